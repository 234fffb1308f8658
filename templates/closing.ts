import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const anythingElse = templateSource({
  id: 'closing.anything-else',
  description: 'Before closing, ask whether there is anything else you can help with.',
  tags: ['chat', 'closing'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: [
    '{{#if customerName}}{{t "named"}}{{else}}{{t "plain"}}{{/if}}',
    '{{#if customerName}}{{t "namedAlt"}}{{else}}{{t "plainAlt"}}{{/if}}',
  ],
  example: { customerName: 'Sarah' },
});

export const feedbackRequest = templateSource({
  id: 'closing.feedback-request',
  description: 'After helping, ask for a rating or a few words of feedback, making clear it is quick and optional.',
  tags: ['feedback', 'survey', 'closing'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    surveyUrl: z.optional(v.url('The link to a short satisfaction survey; without it the customer is asked to reply with a score')),
  },
  structure: [
    '{{#if customerName}}{{t "askNamed"}}{{else}}{{t "ask"}}{{/if}} {{#if surveyUrl}}{{t "link"}}\n{{else}}{{t "reply"}} {{/if}}{{t "optional"}}',
    '{{#if customerName}}{{t "askAltNamed"}}{{else}}{{t "askAlt"}}{{/if}} {{#if surveyUrl}}{{t "link"}}\n{{else}}{{t "reply"}} {{/if}}{{t "optionalAlt"}}',
  ],
  example: { customerName: 'Sarah', surveyUrl: 'https://example.com/survey/8f3k' },
});

export const followUp = templateSource({
  id: 'closing.follow-up',
  description: 'A day or more after solving a problem, check that everything still works.',
  tags: ['follow-up', 'email', 'after-resolution'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    topic: z.optional(v.text('What we solved, as a short noun phrase naming the subject (e.g. "syncing your calendar with the app")')),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}}{{#if topic}} {{t "topic"}}{{/if}} {{t "check"}} {{t "reopen"}}',
  ],
  example: { customerName: 'Sarah', topic: 'syncing your calendar with the app' },
});

export const goodbye = templateSource({
  id: 'closing.goodbye',
  description: 'The last message of a conversation: a warm sign-off, optionally from the agent by name.',
  tags: ['chat', 'closing', 'sign-off'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    agentName: z.optional(v.text("The agent's (or bot's) first name")),
  },
  structure: [
    '{{#if customerName}}{{t "pleasureNamed"}}{{else}}{{t "pleasure"}}{{/if}} {{#if agentName}}{{t "wishAgent"}}{{else}}{{t "wish"}}{{/if}}',
    '{{#if customerName}}{{t "hereNamed"}}{{else}}{{t "here"}}{{/if}} {{#if agentName}}{{t "wishAgent"}}{{else}}{{t "wish"}}{{/if}}',
  ],
  example: { customerName: 'Sarah', agentName: 'Tom' },
});

export const noResponse = templateSource({
  id: 'closing.no-response',
  description: 'The customer has stopped replying: close the chat for now and say they can reply any time to continue.',
  tags: ['chat', 'closing', 'inactive'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: [
    '{{#if customerName}}{{t "awayNamed"}}{{else}}{{t "away"}}{{/if}} {{t "close"}} {{t "continue"}}',
    '{{#if customerName}}{{t "quietNamed"}}{{else}}{{t "quiet"}}{{/if}} {{t "continueAlt"}}',
  ],
  example: { customerName: 'Sarah' },
});

export const thankYou = templateSource({
  id: 'closing.thank-you',
  description: 'At the end of a conversation, thank the customer for getting in touch and for their patience.',
  tags: ['chat', 'email', 'closing'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: [
    '{{#if customerName}}{{t "named"}}{{else}}{{t "plain"}}{{/if}} {{t "patience"}}',
    '{{#if customerName}}{{t "namedAlt"}}{{else}}{{t "plainAlt"}}{{/if}}',
  ],
  example: { customerName: 'Sarah' },
});
