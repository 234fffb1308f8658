import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const agentMistake = templateSource({
  id: 'apology.agent-mistake',
  description: 'A colleague gave the customer wrong information: apologise, give the correct information and help undo the effects.',
  tags: ['correction', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    correctInfo: v.text('The correct information, as a short sentence without a full stop at the end (e.g. "the return period is 30 days, not 14")'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "correct"}} {{t "ownership"}} {{t "help"}}',
  ],
  example: { customerName: 'Sarah', correctInfo: 'the return period is 30 days from delivery, not 14' },
});

export const billingMistake = templateSource({
  id: 'apology.billing-mistake',
  description: 'We charged the customer wrongly: own the mistake and say when the refund arrives.',
  tags: ['billing', 'refund', 'payment'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    amount: v.money('The amount we charged by mistake'),
    refundDays: v.count('Within how many working days the refund reaches the customer'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "ownership"}} {{t "refund" count=refundDays}} {{t "check"}}',
  ],
  example: { customerName: 'Sarah', amount: { amount: 29.99, currency: 'EUR' }, refundDays: 5 },
});

export const cancelledOrder = templateSource({
  id: 'apology.cancelled-order',
  description: 'We had to cancel the customer\'s order: say so honestly, give the reason and confirm the full refund.',
  tags: ['order', 'cancellation', 'refund', 'e-commerce'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    reason: v.text('The honest reason for the cancellation, as a short clause that completes "Unfortunately, …" (e.g. "the last item in stock turned out to be damaged")'),
    refundDays: z.optional(v.count('Within how many working days the full refund reaches the customer (0 leaves the number out)')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "reason"}} {{#if refundDays}}{{t "refund" count=refundDays}}{{else}}{{t "refundSoon"}}{{/if}} {{t "offer"}}',
  ],
  example: { customerName: 'Sarah', reason: 'the last item in stock turned out to be damaged', refundDays: 3 },
});

export const defectiveProduct = templateSource({
  id: 'apology.defective-product',
  description: 'A product arrived faulty or stopped working: apologise and offer a free replacement or repair.',
  tags: ['order', 'product', 'e-commerce', 'warranty'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The faulty product, as the shop names it'),
    orderId: z.optional(v.text('The order number')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "ownership"}} {{t "offer"}}{{#if orderId}} {{t "order"}}{{/if}} {{t "next"}}',
  ],
  example: { customerName: 'Sarah', productName: 'Aroma 300 coffee grinder', orderId: 'A-2087' },
});

export const lateDelivery = templateSource({
  id: 'apology.late-delivery',
  description: 'The order is late: apologise, say how late it is and why, and give the new date or promise to send it.',
  tags: ['order', 'delivery', 'e-commerce'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    delayDays: v.count('How many days late the order is now'),
    newDeliveryDate: z.optional(v.date('The new expected delivery date, if the carrier has given one')),
    reason: z.optional(v.text('The honest reason for the delay, as a short phrase (e.g. "a backlog at the carrier’s sorting centre")')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "delay" count=delayDays}}{{#if reason}} {{t "reason"}}{{/if}} {{#if newDeliveryDate}}{{t "newDate"}}{{else}}{{t "noDate"}}{{/if}} {{t "thanks"}}',
    '{{#if customerName}}{{t "askedNamed"}}{{else}}{{t "asked"}}{{/if}} {{t "delay" count=delayDays}}{{#if reason}} {{t "reason"}}{{/if}} {{#if newDeliveryDate}}{{t "newDateAlt"}}{{else}}{{t "noDate"}}{{/if}} {{t "help"}}',
  ],
  example: {
    customerName: 'Sarah',
    delayDays: 2,
    newDeliveryDate: new Date('2026-12-05T12:00:00Z'),
    reason: 'a backlog at the carrier’s sorting centre',
  },
});

export const serviceOutage = templateSource({
  id: 'apology.service-outage',
  description: 'Part of the service is down: apologise, say what is affected and since when, and when it should work again.',
  tags: ['outage', 'incident', 'status'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    affected: v.text('What does not work, as a short phrase (e.g. "card payments in the mobile app")'),
    since: v.date('When the problem started (date and time)'),
    expectedRecovery: z.optional(v.date('When we expect everything to work again (date and time), if the team has given an estimate')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "affected"}} {{t "since"}} {{t "team"}} {{#if expectedRecovery}}{{t "recovery"}}{{else}}{{t "noEstimate"}}{{/if}} {{t "thanks"}}',
    '{{#if customerName}}{{t "reportedNamed"}}{{else}}{{t "reported"}}{{/if}} {{t "affected"}} {{t "since"}}\n\n{{t "team"}} {{#if expectedRecovery}}{{t "recovery"}}{{else}}{{t "noEstimate"}}{{/if}} {{t "nothingToDo"}}',
  ],
  example: {
    customerName: 'Sarah',
    affected: 'card payments in the mobile app',
    since: new Date('2026-12-03T07:30:00Z'),
    expectedRecovery: new Date('2026-12-03T12:00:00Z'),
  },
});

export const slowReply = templateSource({
  id: 'apology.slow-reply',
  description: 'We took too long to answer: apologise for the wait before getting to the answer.',
  tags: ['chat', 'email', 'response-time'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    waitHours: z.optional(v.count('How many hours the customer waited for our reply (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}}{{#if waitHours}} {{t "wait" count=waitHours}}{{/if}} {{t "now"}}',
    '{{#if customerName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}}{{#if waitHours}} {{t "wait" count=waitHours}}{{/if}} {{t "nowAlt"}}',
  ],
  example: { customerName: 'Sarah', waitHours: 5 },
});

export const wrongItem = templateSource({
  id: 'apology.wrong-item',
  description: 'The customer received a different item from the one they ordered: apologise and put it right.',
  tags: ['order', 'delivery', 'e-commerce'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    ordered: v.text('What the customer ordered, as the shop names it'),
    received: v.text('What arrived instead'),
    orderId: z.optional(v.text('The order number')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{#if orderId}}{{t "detailWithOrder"}}{{else}}{{t "detail"}}{{/if}} {{t "fix"}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', ordered: 'Blue linen shirt, size M', received: 'Red linen shirt, size M', orderId: 'A-1042' },
});
