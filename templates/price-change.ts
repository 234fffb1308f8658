import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const increaseNotice = templateSource({
  id: 'price-change.increase-notice',
  description: 'Tell a customer ahead of time that a price goes up: when, by how much, why, and what they can do.',
  tags: ['pricing', 'subscription', 'email', 'notice'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The product or plan whose price changes, with its noun (e.g. "Premium plan", not "Premium")'),
    oldPrice: v.money('The price until the change'),
    newPrice: v.money('The price from the effective date'),
    effectiveDate: v.date('The day the new price applies'),
    reason: z.optional(v.text('The honest reason, in a short phrase (e.g. "higher energy costs")')),
  },
  structure: [
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{t "change"}}{{#if reason}} {{t "reason"}}{{/if}}\n\n{{t "options"}} {{t "questions"}}',
  ],
  example: {
    customerName: 'Sarah',
    productName: 'Premium plan',
    oldPrice: { amount: 9.99, currency: 'EUR' },
    newPrice: { amount: 11.99, currency: 'EUR' },
    effectiveDate: new Date('2026-12-01T12:00:00Z'),
    reason: 'higher hosting and support costs',
  },
});

export const whyPriceRose = templateSource({
  id: 'price-change.why-price-rose',
  description: 'The customer asks why a price went up: give the honest reason, what they get for it, and their options.',
  tags: ['pricing', 'question', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The product or plan whose price went up, with its noun (e.g. "Premium plan", not "Premium")'),
    reason: v.text('The honest main reason for the increase, as a short phrase (e.g. "higher hosting and support costs")'),
    benefit: z.optional(v.text('What the customer gets for the new price, as a short phrase (e.g. "daily backups and phone support")')),
    alternativePlan: z.optional(v.text('The name of a cheaper plan the customer could switch to')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "reason"}}{{#if benefit}} {{t "benefit"}}{{/if}}\n\n{{#if alternativePlan}}{{t "optionsPlan"}}{{else}}{{t "options"}}{{/if}} {{t "thanks"}}',
    '{{#if customerName}}{{t "openingShortNamed"}}{{else}}{{t "openingShort"}}{{/if}} {{t "reason"}}{{#if benefit}} {{t "benefit"}}{{/if}} {{#if alternativePlan}}{{t "optionsPlan"}}{{else}}{{t "options"}}{{/if}}',
  ],
  example: {
    customerName: 'Sarah',
    productName: 'Premium plan',
    reason: 'higher hosting and support costs',
    benefit: 'priority phone support on weekdays',
    alternativePlan: 'Basic',
  },
});

export const droppedAfterPurchase = templateSource({
  id: 'price-change.dropped-after-purchase',
  description: 'The price dropped soon after the customer bought: acknowledge the frustration, then refund the difference, offer a credit, or say honestly that we cannot.',
  tags: ['pricing', 'refund', 'order'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The product the customer bought, as the shop names it'),
    paidPrice: v.money('What the customer paid'),
    currentPrice: v.money('The lower price it costs now'),
    difference: z.optional(v.money('The difference we refund; leave out when we cannot refund it')),
    refundDays: z.optional(v.count('How many working days the refund takes to reach the customer')),
    credit: z.optional(v.money('Store credit we offer when the difference cannot be refunded; used only without "difference"')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "prices"}}\n\n{{#if difference}}{{t "refund"}}{{#if refundDays}} {{t "refundTime" count=refundDays}}{{/if}}{{else}}{{#if credit}}{{t "credit"}}{{else}}{{t "noRefund"}}{{/if}}{{/if}} {{t "closing"}}',
  ],
  example: {
    customerName: 'Sarah',
    productName: 'Trail running shoes',
    paidPrice: { amount: 89, currency: 'EUR' },
    currentPrice: { amount: 74, currency: 'EUR' },
    difference: { amount: 15, currency: 'EUR' },
    refundDays: 5,
    credit: { amount: 15, currency: 'EUR' },
  },
});

export const discountInquiry = templateSource({
  id: 'price-change.discount-inquiry',
  description: 'The customer asks about discounts or sales: share the current offer, or say honestly there is none and when sales usually happen.',
  tags: ['pricing', 'discount', 'question', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    currentOffer: z.optional(v.text('The offer running now, as a short phrase (e.g. "15% off all winter jackets"); leave out when there is none')),
    offerEndDate: z.optional(v.date('The last day of the current offer')),
    saleSeasons: z.optional(v.list('When our sales usually happen, as short phrases (e.g. "late November", "the first half of January")')),
    newsletterUrl: z.optional(v.url('Where the customer can sign up for the newsletter that announces offers')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{#if currentOffer}}{{t "offer"}}{{#if offerEndDate}} {{t "offerEnd"}}{{/if}}{{else}}{{t "noOffer"}}{{#if saleSeasons}} {{t "seasons"}}{{/if}}{{/if}}{{#if newsletterUrl}} {{t "newsletter"}}{{/if}} {{t "closing"}}',
    '{{#if customerName}}{{t "openingAltNamed"}}{{else}}{{t "openingAlt"}}{{/if}} {{#if currentOffer}}{{t "offer"}}{{#if offerEndDate}} {{t "offerEnd"}}{{/if}}{{else}}{{t "noOffer"}}{{#if saleSeasons}} {{t "seasons"}}{{/if}}{{/if}}{{#if newsletterUrl}} {{t "newsletter"}}{{/if}} {{t "closingAlt"}}',
  ],
  example: {
    customerName: 'Sarah',
    currentOffer: '15% off all winter jackets',
    offerEndDate: new Date('2026-12-01T12:00:00Z'),
    saleSeasons: ['late November', 'the first half of January'],
    newsletterUrl: 'https://example.com/newsletter',
  },
});

export const discountNotApplicable = templateSource({
  id: 'price-change.discount-not-applicable',
  description: 'A discount code does not apply to the customer\'s order: explain why, honestly, and offer an alternative.',
  tags: ['pricing', 'discount', 'checkout', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    code: v.text('The discount code, exactly as the customer entered it'),
    reason: v.text('Why it does not apply, as a short clause (e.g. "it is valid only on full-price items")'),
    alternative: z.optional(v.text('What we can offer instead, as a short phrase (e.g. "free delivery on this order")')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "why"}} {{#if alternative}}{{t "offerAlt"}}{{else}}{{t "noAlt"}}{{/if}}',
    '{{#if customerName}}{{t "openingAltNamed"}}{{else}}{{t "openingAlt"}}{{/if}} {{t "why"}} {{#if alternative}}{{t "offerAlt"}}{{else}}{{t "noAlt"}}{{/if}}',
  ],
  example: {
    customerName: 'Sarah',
    code: 'WINTER15',
    reason: 'it is valid only on full-price items, and everything in your basket is already reduced',
    alternative: 'free delivery on this order',
  },
});

export const priceMatch = templateSource({
  id: 'price-change.price-match',
  description: 'The customer asks us to match a lower price seen elsewhere: how we handle it, what we need from them, and when they hear back.',
  tags: ['pricing', 'price-match', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    replyHours: v.count('Within how many hours the customer hears back once they send the link'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "how"}}\n\n{{t "need"}} {{t "when" count=replyHours}}',
  ],
  example: { customerName: 'Sarah', replyHours: 24 },
});

export const renewalNewPrice = templateSource({
  id: 'price-change.renewal-new-price',
  description: 'Remind a subscriber that the subscription renews at a new price on a given date, and how to change plan before then.',
  tags: ['pricing', 'subscription', 'renewal', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    planName: v.text('The name of the subscription plan'),
    oldPrice: v.money('The price the customer pays now'),
    newPrice: v.money('The price from the renewal date'),
    renewalDate: v.date('The day the subscription renews at the new price'),
    manageUrl: z.optional(v.url('Where the customer can change or cancel the plan')),
  },
  structure: [
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{t "renewal"}} {{#if manageUrl}}{{t "changeLink"}}{{else}}{{t "change"}}{{/if}} {{t "timing"}}\n\n{{t "closing"}}',
  ],
  example: {
    customerName: 'Sarah',
    planName: 'Premium',
    oldPrice: { amount: 9.99, currency: 'EUR' },
    newPrice: { amount: 11.99, currency: 'EUR' },
    renewalDate: new Date('2026-12-01T12:00:00Z'),
    manageUrl: 'https://example.com/account/plan',
  },
});

export const saleEnded = templateSource({
  id: 'price-change.sale-ended',
  description: 'The customer ordered just after a sale ended: say honestly that the sale price no longer applies and what we can still offer.',
  tags: ['pricing', 'sale', 'order'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    saleEndDate: z.optional(v.date('The last day of the sale')),
    offer: z.optional(v.text('What we can still offer, as a short phrase (e.g. "a 10% discount on your next order")')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{#if saleEndDate}}{{t "endedOn"}}{{else}}{{t "ended"}}{{/if}} {{#if offer}}{{t "canOffer"}}{{else}}{{t "noOffer"}}{{/if}}',
  ],
  example: {
    customerName: 'Sarah',
    saleEndDate: new Date('2026-11-30T12:00:00Z'),
    offer: 'a 10% discount on your next order',
  },
});
