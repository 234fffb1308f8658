import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const transfer = templateSource({
  id: 'escalation.transfer',
  description: 'Hand the conversation to a colleague who can solve it, so the customer knows why, who and how long.',
  tags: ['transfer', 'hand-off', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    colleagueName: z.optional(v.text("The first name of the colleague who takes over")),
    waitMinutes: z.optional(v.count('How many minutes the customer may wait, at most (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}} {{#if colleagueName}}{{t "colleague"}} {{/if}}{{t "context"}}{{#if waitMinutes}} {{t "wait" count=waitMinutes}}{{/if}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', colleagueName: 'Anna', waitMinutes: 5 },
});

export const toTechnical = templateSource({
  id: 'escalation.to-technical',
  description: 'Transfer the customer to technical support: say why, and what to have ready for them.',
  tags: ['transfer', 'technical', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    prepare: z.optional(
      v.list('What the customer should have at hand, each a short phrase in the customer’s language (e.g. "the router model", "a screenshot of the error")'),
    ),
    waitMinutes: z.optional(v.count('How many minutes until a technician joins, at most (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}} {{t "why"}} {{t "context"}}{{#if waitMinutes}} {{t "wait" count=waitMinutes}}{{/if}}\n\n{{#if prepare}}{{t "prepareList"}}{{else}}{{t "prepare"}}{{/if}} {{t "thanks"}}',
    '{{#if customerName}}{{t "introAltNamed"}}{{else}}{{t "introAlt"}}{{/if}} {{t "context"}} {{#if prepare}}{{t "prepareList"}}{{else}}{{t "prepare"}}{{/if}}{{#if waitMinutes}} {{t "wait" count=waitMinutes}}{{/if}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', prepare: ['the router model', 'a screenshot of the error'], waitMinutes: 5 },
});

export const toSupervisor = templateSource({
  id: 'escalation.to-supervisor',
  description: 'The customer asked for a manager, or the case needs a decision above the agent: bring in a supervisor without being defensive.',
  tags: ['transfer', 'supervisor', 'complaint'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    supervisorName: z.optional(v.text("The first name of the supervisor who takes over")),
    waitMinutes: z.optional(v.count('How many minutes until the supervisor joins, at most (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}} {{t "action"}}{{#if supervisorName}} {{t "supervisor"}}{{/if}} {{t "context"}}{{#if waitMinutes}} {{t "wait" count=waitMinutes}}{{/if}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', supervisorName: 'Laura', waitMinutes: 3 },
});

export const toBilling = templateSource({
  id: 'escalation.to-billing',
  description: 'Transfer a question about payments, invoices or refunds to the billing team.',
  tags: ['transfer', 'billing', 'payment'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    invoiceId: z.optional(v.text('The number of the invoice or payment the question is about')),
    waitMinutes: z.optional(v.count('How many minutes until someone from billing joins, at most (0 leaves the sentence out)')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}}{{#if invoiceId}} {{t "invoice"}}{{/if}} {{t "context"}}{{#if waitMinutes}} {{t "wait" count=waitMinutes}}{{/if}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', invoiceId: 'INV-2026-0117', waitMinutes: 5 },
});

export const withEstimate = templateSource({
  id: 'escalation.with-estimate',
  description: 'The case goes to specialists: say so and promise an answer within a number of hours.',
  tags: ['escalation', 'time-estimate', 'email', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    hours: v.count('Within how many hours, at most, the customer hears back'),
    ticketId: z.optional(v.text('The case or ticket number the customer can refer to')),
  },
  structure: [
    '{{#if customerName}}{{t "introNamed"}}{{else}}{{t "intro"}}{{/if}} {{t "estimate" count=hours}}{{#if ticketId}} {{t "ticket"}}{{/if}} {{t "nothingNeeded"}}',
    '{{#if customerName}}{{t "introAltNamed"}}{{else}}{{t "introAlt"}}{{/if}} {{t "estimateAlt" count=hours}} {{t "nothingNeeded"}}{{#if ticketId}} {{t "ticket"}}{{/if}} {{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', hours: 24, ticketId: 'CS-48213' },
});

export const followUp = templateSource({
  id: 'escalation.follow-up',
  description: 'Follow up on an escalated case: where it stands now, the next step and when the next update comes.',
  tags: ['escalation', 'follow-up', 'email'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    ticketId: z.optional(v.text('The case or ticket number')),
    status: v.text('Where the case stands now, as a short clause without a full stop (e.g. "the payment provider has confirmed the double charge")'),
    nextStep: v.text('What happens next, as a short clause without a full stop (e.g. "the second payment goes back to your card")'),
    nextUpdate: v.date('When the customer hears from us again, at the latest (date and time)'),
  },
  structure: [
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{#if ticketId}}{{t "introWithTicket"}}{{else}}{{t "intro"}}{{/if}} {{t "status"}} {{t "next"}}\n\n{{t "update"}} {{t "reply"}} {{t "thanks"}}',
  ],
  example: {
    customerName: 'Sarah',
    ticketId: 'CS-48213',
    status: 'the payment provider has confirmed the double charge',
    nextStep: 'the second payment goes back to your card',
    nextUpdate: new Date('2026-12-03T14:00:00Z'),
  },
});

export const warmHandoff = templateSource({
  id: 'escalation.warm-handoff',
  description: 'The colleague who takes over introduces themselves, sums up the issue and spares the customer from repeating it.',
  tags: ['transfer', 'hand-off', 'chat', 'first-reply'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    agentName: v.text('The first name of the agent who takes over (the one writing)'),
    summary: v.text('The issue as the new agent understood it, as a short clause without a full stop (e.g. "the discount code is not accepted at checkout")'),
  },
  structure: [
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}} {{t "intro"}} {{t "read"}} {{t "summary"}} {{t "noRepeat"}}',
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}} {{t "introAlt"}} {{t "readAlt"}} {{t "noRepeatAlt"}}',
  ],
  example: { customerName: 'Sarah', agentName: 'Tom', summary: 'the discount code is not accepted at checkout' },
});
