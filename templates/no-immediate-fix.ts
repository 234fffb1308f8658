import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const investigatingWithDeadline = templateSource({
  id: 'no-immediate-fix.investigating-with-deadline',
  description: 'There is no solution yet: say that we are investigating, promise a reply by a given time and offer help with anything else meanwhile.',
  tags: ['investigation', 'follow-up', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    replyBy: v.date('The latest time by which we will reply (shown with date and time)'),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "investigating"}} {{t "deadline"}} {{t "anythingElse"}}',
  example: { customerName: 'Sarah', replyBy: new Date('2026-12-03T15:00:00Z') },
});

export const workaround = templateSource({
  id: 'no-immediate-fix.workaround',
  description: 'No fix yet: offer a temporary way around the problem and say when the real fix is expected.',
  tags: ['workaround', 'technical', 'follow-up'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    workaround: v.text('The temporary way around the problem, as a short instruction (e.g. "export the report as CSV instead of PDF")'),
    fixExpected: z.optional(v.date('When we expect the permanent fix to be ready')),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "meanwhile"}} {{#if fixExpected}}{{t "fixDate"}}{{else}}{{t "fixOpen"}}{{/if}} {{t "otherWay"}}',
  example: { customerName: 'Sarah', workaround: 'export the report as CSV instead of PDF', fixExpected: new Date('2026-12-10T12:00:00Z') },
});

export const honestLimitation = templateSource({
  id: 'no-immediate-fix.honest-limitation',
  description: 'We cannot do exactly what the customer asked: say so honestly, explain, and offer the closest thing we can do.',
  tags: ['expectations', 'alternative', 'chat', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    requested: v.text('What the customer asked for, in a short phrase (e.g. "a refund to a different card")'),
    reason: z.optional(v.text('Why we cannot do it, as a short clause (e.g. "refunds can only go back to the card that paid")')),
    alternative: v.text('The closest thing we can do, in a short phrase (e.g. "a refund to the original card within 3 days")'),
  },
  structure:
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "cannot"}}{{#if reason}} {{t "reason"}}{{/if}} {{t "alternative"}} {{t "ask"}}',
  example: {
    customerName: 'Sarah',
    requested: 'a refund to a different card',
    reason: 'the bank can only return the money to the card that paid',
    alternative: 'a refund to the original card, which we can start today',
  },
});
