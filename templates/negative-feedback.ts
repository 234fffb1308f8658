import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const acknowledgeComplaint = templateSource({
  id: 'negative-feedback.acknowledge-complaint',
  description: 'First reply to a complaint: thank the customer for telling us, show we take it seriously, and say what happens next and when.',
  tags: ['complaint', 'first-reply', 'email', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    replyDays: v.count('Within how many working days the customer gets a full answer'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "serious"}}\n\n{{t "next"}} {{t "when" count=replyDays}}',
    '{{#if customerName}}{{t "openingAltNamed"}}{{else}}{{t "openingAlt"}}{{/if}} {{t "seriousAlt"}} {{t "next"}} {{t "when" count=replyDays}}',
  ],
  example: { customerName: 'Sarah', replyDays: 2 },
});

export const publicReviewReply = templateSource({
  id: 'negative-feedback.public-review-reply',
  description: 'Public reply to a negative review: short and human, never defensive, inviting the reviewer to continue in private.',
  tags: ['review', 'public', 'social'],
  variables: {
    customerName: z.optional(v.text("The reviewer's first name, as shown on the review")),
    contactEmail: z.optional(v.text('The email address where the reviewer can write to us directly')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "middle"}} {{#if contactEmail}}{{t "privateEmail"}}{{else}}{{t "private"}}{{/if}}',
    '{{#if customerName}}{{t "openingAltNamed"}}{{else}}{{t "openingAlt"}}{{/if}} {{t "middleAlt"}} {{#if contactEmail}}{{t "privateEmail"}}{{else}}{{t "private"}}{{/if}}',
  ],
  example: { customerName: 'Sarah', contactEmail: 'care@example.com' },
});

export const switchingToCompetitor = templateSource({
  id: 'negative-feedback.switching-to-competitor',
  description: 'The customer says they are leaving for a competitor: respect the decision, ask what we could have done better, mention what we can offer, without pressure.',
  tags: ['churn', 'retention', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    offer: z.optional(v.text('What we can offer if they stay, as a short phrase (e.g. "two months at half price")')),
    exportGuideUrl: z.optional(v.url('A guide to taking their data with them, if they leave')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "respect"}} {{t "ask"}}\n\n{{#if offer}}{{t "offerMsg"}} {{/if}}{{#if exportGuideUrl}}{{t "export"}} {{/if}}{{t "closing"}}',
  ],
  example: { customerName: 'Sarah', offer: 'two months at half price', exportGuideUrl: 'https://example.com/help/export' },
});

export const passedToTeam = templateSource({
  id: 'negative-feedback.passed-to-team',
  description: 'Tell the customer their feedback went to the product team, honestly without promising a change or a date, and how they will hear about it.',
  tags: ['feedback', 'product', 'feature-request'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    updatesUrl: z.optional(v.url('Where product news is published (release notes, roadmap)')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "passed"}}\n\n{{t "honest"}} {{t "hear"}}{{#if updatesUrl}} {{t "updates"}}{{/if}}',
    '{{#if customerName}}{{t "openingAltNamed"}}{{else}}{{t "openingAlt"}}{{/if}} {{t "passedAlt"}} {{t "honest"}} {{t "hear"}}{{#if updatesUrl}} {{t "updates"}}{{/if}}',
  ],
  example: { customerName: 'Sarah', updatesUrl: 'https://example.com/changelog' },
});

export const damagedProduct = templateSource({
  id: 'negative-feedback.damaged-product',
  description: 'The product arrived damaged: apologise and let the customer choose a replacement or a refund, with no return or a prepaid one, photos optional.',
  tags: ['order', 'delivery', 'damage', 'refund'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The damaged product, as the shop names it'),
    replacementDays: z.optional(v.count('Within how many working days a replacement would arrive')),
    returnLabelUrl: z.optional(v.url('A prepaid return label, when we need the item back; leave out when the customer need not send it back')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "choice"}}{{#if replacementDays}} {{t "replacementTime" count=replacementDays}}{{/if}}\n\n{{#if returnLabelUrl}}{{t "returnLabel"}}{{else}}{{t "keepIt"}}{{/if}} {{t "photos"}}\n\n{{t "closing"}}',
    '{{#if customerName}}{{t "openingShortNamed"}}{{else}}{{t "openingShort"}}{{/if}} {{#if returnLabelUrl}}{{t "returnLabel"}}{{else}}{{t "keepIt"}}{{/if}} {{t "photos"}} {{t "choiceQuestion"}}{{#if replacementDays}} {{t "replacementTime" count=replacementDays}}{{/if}}',
  ],
  example: { customerName: 'Sarah', productName: 'Ceramic teapot, 1 l', replacementDays: 3, returnLabelUrl: 'https://example.com/returns/label/A-1042' },
});

export const repeatedProblem = templateSource({
  id: 'negative-feedback.repeated-problem',
  description: 'The same problem happened to the customer again: acknowledge how frustrating the repeat is, escalate, and give a concrete next step with a time.',
  tags: ['complaint', 'escalation', 'repeat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    updateHours: v.count('Within how many hours we get back to the customer with the cause and the next step'),
    colleagueName: z.optional(v.text('The first name of the senior colleague who now owns the case')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}}\n\n{{t "escalate"}}{{#if colleagueName}} {{t "colleague"}}{{/if}} {{t "next" count=updateHours}}\n\n{{t "closing"}}',
  ],
  example: { customerName: 'Sarah', updateHours: 24, colleagueName: 'Anna' },
});

export const thanksForCriticism = templateSource({
  id: 'negative-feedback.thanks-for-criticism',
  description: 'Thank the customer for constructive criticism and say what we will change or consider because of it.',
  tags: ['feedback', 'thanks', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    change: z.optional(v.text('What we are changing because of it, as a short phrase (e.g. "clearer delivery times on every product page")')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "value"}} {{#if change}}{{t "willChange"}}{{else}}{{t "willConsider"}}{{/if}} {{t "closing"}}',
  ],
  example: { customerName: 'Sarah', change: 'clearer delivery times on every product page' },
});
