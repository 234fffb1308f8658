import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';
import { partOfDayFlags } from '../src/catalog/derive';

export const welcome = templateSource({
  id: 'greeting.welcome',
  description: 'First reply of a conversation: greet the customer, introduce yourself, offer help.',
  tags: ['chat', 'email', 'first-reply'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
    agentName: z.optional(v.text("The agent's (or bot's) first name")),
  },
  structure: [
    '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "offer"}}',
    '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "offerShort"}}',
  ],
  example: { customerName: 'Sarah', agentName: 'Tom' },
});

export const timeOfDay = templateSource({
  id: 'greeting.time-of-day',
  description: "First reply of a conversation that greets the customer by the part of the day in their time zone (a neutral greeting at night or when the time zone is unknown).",
  tags: ['chat', 'first-reply', 'greeting'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
    agentName: z.optional(v.text("The agent's (or bot's) first name")),
  },
  derive: partOfDayFlags,
  structure: [
    '{{#if morning}}{{#if customerName}}{{t "morningNamed"}}{{else}}{{t "morning"}}{{/if}}{{else}}{{#if afternoon}}{{#if customerName}}{{t "afternoonNamed"}}{{else}}{{t "afternoon"}}{{/if}}{{else}}{{#if evening}}{{#if customerName}}{{t "eveningNamed"}}{{else}}{{t "evening"}}{{/if}}{{else}}{{#if customerName}}{{t "neutralNamed"}}{{else}}{{t "neutral"}}{{/if}}{{/if}}{{/if}}{{/if}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "offer"}}',
    '{{#if morning}}{{#if customerName}}{{t "morningNamed"}}{{else}}{{t "morning"}}{{/if}}{{else}}{{#if afternoon}}{{#if customerName}}{{t "afternoonNamed"}}{{else}}{{t "afternoon"}}{{/if}}{{else}}{{#if evening}}{{#if customerName}}{{t "eveningNamed"}}{{else}}{{t "evening"}}{{/if}}{{else}}{{#if customerName}}{{t "neutralNamed"}}{{else}}{{t "neutral"}}{{/if}}{{/if}}{{/if}}{{/if}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "offerShort"}}',
  ],
  example: { customerName: 'Sarah', agentName: 'Tom' },
});

export const returningCustomer = templateSource({
  id: 'greeting.returning-customer',
  description: 'First reply to a customer who has written to us before: welcome them back and ask whether it is the same topic or a new one.',
  tags: ['chat', 'email', 'first-reply', 'returning'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
    previousTopic: z.optional(
      v.text('The subject of their previous conversation as a short title, shown in quotation marks (e.g. "Refund for order A-1042")'),
    ),
  },
  structure: '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{t "glad"}} {{#if previousTopic}}{{t "previous"}}{{else}}{{t "offer"}}{{/if}}',
  example: { customerName: 'Sarah', previousTopic: 'Refund for order A-1042' },
});

export const proactiveInvitation = templateSource({
  id: 'greeting.proactive-invitation',
  description: 'Chat widget message to a visitor who has spent a while on a page: offer help without pressing them.',
  tags: ['chat', 'proactive', 'website'],
  variables: {
    agentName: z.optional(v.text("The agent's (or bot's) first name")),
  },
  structure: [
    '{{t "hello"}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "offer"}} {{t "noPressure"}}',
    '{{t "hello"}} {{#if agentName}}{{t "agent"}} {{/if}}{{t "lookingFor"}} {{t "noPressureAlt"}}',
  ],
  example: { agentName: 'Tom' },
});

export const afterHours = templateSource({
  id: 'greeting.after-hours',
  description: 'Automatic reply outside opening hours: we are closed, when we are back, and what happens to the message meanwhile.',
  tags: ['chat', 'email', 'auto-reply', 'opening-hours'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
    backAt: v.date('When the support team is available again (shown with date and time in the customer’s time zone)'),
    helpUrl: z.optional(v.url('A link to the help articles, offered as an extra while the customer waits')),
  },
  structure: [
    '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{t "closed"}} {{t "back"}} {{t "meanwhile"}}{{#if helpUrl}}\n\n{{t "help"}}{{/if}}\n\n{{t "thanks"}}',
    '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{t "closedShort"}} {{t "meanwhileShort"}}{{#if helpUrl}}\n\n{{t "help"}}{{/if}}\n\n{{t "thanks"}}',
  ],
  example: { customerName: 'Sarah', backAt: new Date('2026-12-03T07:00:00Z'), helpUrl: 'https://help.example.com' },
});

export const holidayHours = templateSource({
  id: 'greeting.holiday-hours',
  description: 'Tell the customer that support works reduced hours over the holidays, until when, and how soon they can expect a reply.',
  tags: ['chat', 'email', 'opening-hours', 'holidays'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
    untilDate: v.date('The last day of the reduced holiday hours (that day included)'),
    openingHours: z.optional(v.text('The reduced opening hours (e.g. "10:00–14:00 on weekdays")')),
    replyHours: v.count('Within how many hours, at most, we reply during the holiday period'),
  },
  structure:
    '{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{t "reduced"}}{{#if openingHours}} {{t "hours"}}{{/if}} {{t "replies" count=replyHours}} {{t "thanks"}}',
  example: { customerName: 'Sarah', untilDate: new Date('2027-01-03T12:00:00Z'), openingHours: '10:00–14:00', replyHours: 24 },
});

export const salutation = templateSource({
  id: 'greeting.salutation',
  description: 'Just the greeting line ("Hello, Sarah!"), to open a reply written elsewhere; polish() adds it to a bot’s first reply.',
  tags: ['chat', 'first-reply', 'building-block'],
  variables: {
    customerName: z.optional(v.text("The customer's first name, as they gave it")),
  },
  structure: '{{#if customerName}}{{t "greeting:welcome.named"}}{{else}}{{t "greeting:welcome.anonymous"}}{{/if}}',
  example: { customerName: 'Sarah' },
});
