import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const stillInvestigating = templateSource({
  id: 'update.still-investigating',
  description: 'A progress note while a request is still being looked into: thank the customer for waiting and say when the next update comes.',
  tags: ['status', 'follow-up', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    nextUpdate: z.optional(v.date('When we will write again at the latest (shown with date and time)')),
  },
  structure: [
    '{{#if customerName}}{{t "thanksNamed"}}{{else}}{{t "thanks"}}{{/if}} {{t "status"}} {{#if nextUpdate}}{{t "next"}}{{else}}{{t "nextOpen"}}{{/if}}',
    '{{#if customerName}}{{t "briefNamed"}}{{else}}{{t "brief"}}{{/if}} {{#if nextUpdate}}{{t "next"}}{{else}}{{t "nextOpen"}}{{/if}} {{t "thanksShort"}}',
  ],
  example: { customerName: 'Sarah', nextUpdate: new Date('2026-12-03T15:00:00Z') },
});

export const checkingWithTeam = templateSource({
  id: 'update.checking-with-team',
  description: 'Tell the customer you are checking their question with the colleagues who handle it, and when to expect an answer.',
  tags: ['status', 'internal', 'follow-up'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    team: z.optional(v.text('The team you are asking (e.g. "billing")')),
    replyBy: z.optional(v.date('When you expect to write back with their answer (shown with date and time)')),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{#if team}}{{t "checkingTeam"}}{{else}}{{t "checking"}}{{/if}} {{#if replyBy}}{{t "replyBy"}}{{else}}{{t "replySoon"}}{{/if}} {{t "nothingNeeded"}}',
  example: { customerName: 'Sarah', team: 'billing', replyBy: new Date('2026-12-03T15:00:00Z') },
});

export const newEstimate = templateSource({
  id: 'update.new-estimate',
  description: 'We missed the time we promised: apologise, say honestly why if you can, and give a new date and time.',
  tags: ['status', 'delay', 'apology'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    previousEstimate: z.optional(v.date('The date we promised earlier and missed')),
    reason: z.optional(v.text('What held us up, as a short clause (e.g. "a part from our supplier arrived late")')),
    newEstimate: v.date('The new date and time by which we expect to finish'),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}}{{#if previousEstimate}} {{t "missed"}}{{/if}}{{#if reason}} {{t "reason"}}{{/if}} {{t "estimate"}} {{t "margin"}} {{t "thanks"}}',
  example: {
    customerName: 'Sarah',
    previousEstimate: new Date('2026-12-01T12:00:00Z'),
    reason: 'a part from our supplier arrived late',
    newEstimate: new Date('2026-12-04T15:00:00Z'),
  },
});

export const resolved = templateSource({
  id: 'update.resolved',
  description: 'The problem is fixed: say what was fixed and ask the customer to confirm that it works for them.',
  tags: ['status', 'resolution', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    whatFixed: v.text('What was fixed, as a short clause (e.g. "invoices show the correct VAT rate again")'),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "fixed"}} {{t "confirm"}} {{t "more"}}',
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "fixed"}} {{t "confirmShort"}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', whatFixed: 'invoices show the correct VAT rate again' },
});

export const shipping = templateSource({
  id: 'update.shipping',
  description: 'The parcel has been sent: give the tracking link and the expected delivery date.',
  tags: ['order', 'delivery', 'e-commerce'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    orderId: z.optional(v.text('The order number')),
    trackingUrl: v.url("The carrier's tracking page for the parcel"),
    deliveryDate: v.date('The expected delivery date'),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{#if orderId}}{{t "sentWithOrder"}}{{else}}{{t "sent"}}{{/if}} {{t "delivery"}}\n\n{{t "tracking"}}\n\n{{t "questions"}}',
  example: {
    customerName: 'Sarah',
    orderId: 'A-1042',
    trackingUrl: 'https://track.example.com/A-1042',
    deliveryDate: new Date('2026-12-03T12:00:00Z'),
  },
});

export const partialFix = templateSource({
  id: 'update.partial-fix',
  description: 'Part of the problem is fixed and the rest is still in progress: say what works, what does not yet, and when.',
  tags: ['status', 'resolution', 'follow-up'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    fixedPart: v.text('What works again, as a short clause (e.g. "you can log in to your account again")'),
    remainingPart: v.text('What is still being fixed, as a short clause (e.g. "the order history still isn’t loading")'),
    remainingDays: v.count('Within how many days (at least 1) we expect the rest to be fixed'),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "fixed"}} {{t "remaining"}} {{t "estimate" count=remainingDays}} {{t "sorry"}}',
  example: {
    customerName: 'Sarah',
    fixedPart: 'you can log in to your account again',
    remainingPart: 'the order history still isn’t loading',
    remainingDays: 2,
  },
});
