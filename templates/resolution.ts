import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const alternative = templateSource({
  id: 'resolution.alternative',
  description: 'None of the offered options suits the customer: acknowledge it and offer an alternative.',
  tags: ['options', 'alternative', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    alternative: v.text('The alternative, as a short sentence without a full stop at the end (e.g. "we can keep your order and ship it as soon as the blue colour is back in stock")'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "alternative"}} {{t "next"}}',
  ],
  example: { customerName: 'Sarah', alternative: 'we can keep your order and ship it as soon as the blue colour is back in stock, in about 10 days' },
});

export const extraResources = templateSource({
  id: 'resolution.extra-resources',
  description: 'After solving the problem, point to guides for reading more, as a helpful extra.',
  tags: ['after-resolution', 'guides', 'self-service'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    guideUrl: z.optional(v.url('A link to the guide, or to the page with the guides')),
    guideTitles: z.optional(v.list('The titles of the guides, as they appear on the site')),
  },
  structure: [
    '{{#if customerName}}{{t "gladNamed"}}{{else}}{{t "glad"}}{{/if}}{{#if guideTitles}} {{t "titles"}}{{#if guideUrl}} {{t "linkForTitles"}}\n{{else}} {{/if}}{{else}}{{#if guideUrl}} {{t "link"}}\n{{else}} {{/if}}{{/if}}{{t "end"}}',
  ],
  example: {
    customerName: 'Sarah',
    guideUrl: 'https://example.com/help/invoices',
    guideTitles: ['Downloading invoices', 'Changing billing details'],
  },
});

export const options = templateSource({
  id: 'resolution.options',
  description: 'Offer two or three ways to solve the problem, each with what it means for the customer, and let them choose.',
  tags: ['options', 'choice', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    optionOne: v.text('The first option and its trade-off, shown on its own numbered line, no full stop at the end (e.g. "Exchange for size L: free, arrives in 3–4 working days")'),
    optionTwo: v.text('The second option and its trade-off, shown on its own numbered line, no full stop at the end'),
    optionThree: z.optional(v.text('A third option and its trade-off, shown on its own numbered line, no full stop at the end')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}}\n{{t "first"}}\n{{t "second"}}{{#if optionThree}}\n{{t "third"}}{{/if}}\n\n{{t "choose"}}',
  ],
  example: {
    customerName: 'Sarah',
    optionOne: 'Exchange for size L: free of charge, arrives in 3–4 working days',
    optionTwo: 'Full refund to your card: the money is back within 5 working days',
    optionThree: 'Keep the shirt with a 20% discount: no waiting and nothing to send back',
  },
});

export const passwordReset = templateSource({
  id: 'resolution.password-reset',
  description: 'Explain in short numbered steps how to set a new password, with the reset link when you have one.',
  tags: ['account', 'password', 'how-to'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    resetUrl: z.optional(v.url('A password reset link for this customer; without it the steps start from the sign-in page')),
    linkValidMinutes: z.optional(v.count('For how many minutes the reset link stays valid (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}}\n{{#if resetUrl}}{{t "linkOpen"}}\n{{t "linkNew"}}\n{{t "linkSignIn"}}{{else}}{{t "emailRequest"}}\n{{t "emailOpen"}}\n{{t "emailNew"}}\n{{t "emailSignIn"}}{{/if}}{{#if linkValidMinutes}}\n\n{{t "valid" count=linkValidMinutes}}{{/if}}\n\n{{t "help"}}',
    '{{#if customerName}}{{t "introAltNamed"}}{{else}}{{t "introAlt"}}{{/if}}\n{{#if resetUrl}}{{t "linkOpen"}}\n{{t "linkNew"}}\n{{t "linkSignIn"}}{{else}}{{t "emailRequest"}}\n{{t "emailOpen"}}\n{{t "emailNew"}}\n{{t "emailSignIn"}}{{/if}}\n\n{{#if linkValidMinutes}}{{t "valid" count=linkValidMinutes}} {{/if}}{{t "helpAlt"}}',
  ],
  example: { customerName: 'Sarah', resetUrl: 'https://example.com/account/new-password/7Qx2', linkValidMinutes: 30 },
});

export const refundConfirmed = templateSource({
  id: 'resolution.refund-confirmed',
  description: 'Confirm a refund: how much, where the money goes and within how many working days it arrives.',
  tags: ['refund', 'billing', 'payment'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    amount: v.money('The amount refunded'),
    refundDays: v.count('Within how many working days the money reaches the customer'),
    paymentMethod: v.text('Where the money goes, as a short phrase (e.g. "Visa card ending in 4242")'),
  },
  structure: [
    '{{#if customerName}}{{t "confirmedNamed"}}{{else}}{{t "confirmed"}}{{/if}} {{t "method"}} {{t "days" count=refundDays}} {{t "check"}}',
  ],
  example: { customerName: 'Sarah', amount: { amount: 49.9, currency: 'EUR' }, refundDays: 5, paymentMethod: 'Visa card ending in 4242' },
});
