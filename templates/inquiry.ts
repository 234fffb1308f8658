import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const orderNumber = templateSource({
  id: 'inquiry.order-number',
  description: 'Ask the customer for their order number so you can look the order up.',
  tags: ['order', 'e-commerce', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: [
    '{{#if customerName}}{{t "askNamed"}}{{else}}{{t "ask"}}{{/if}} {{t "where"}} {{t "fallback"}} {{t "next"}}',
    '{{#if customerName}}{{t "askQuickNamed"}}{{else}}{{t "askQuick"}}{{/if}} {{t "fallback"}}',
  ],
  example: { customerName: 'Sarah' },
});

export const accountDetails = templateSource({
  id: 'inquiry.account-details',
  description: 'Ask for the email address or customer number of the account, and say why you need it.',
  tags: ['account', 'verification', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: '{{#if customerName}}{{t "askNamed"}}{{else}}{{t "ask"}}{{/if}} {{t "why"}} {{t "password"}} {{t "next"}}',
  example: { customerName: 'Sarah' },
});

export const customerName = templateSource({
  id: 'inquiry.customer-name',
  description: 'Politely ask the customer for their name, so you can address them by it.',
  tags: ['chat', 'personal'],
  variables: {
    agentName: z.optional(v.text("The agent's (or bot's) first name")),
  },
  structure: '{{#if agentName}}{{t "agent"}} {{/if}}{{t "ask"}} {{t "enough"}}',
  example: { agentName: 'Tom' },
});

export const problemDetails = templateSource({
  id: 'inquiry.problem-details',
  description: 'Ask the customer to describe the problem and the exact error message they see (the second variant also asks for a screenshot).',
  tags: ['troubleshooting', 'technical', 'chat'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
  },
  structure: [
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "ask"}} {{t "error"}} {{t "next"}}',
    '{{#if customerName}}{{t "openingNamed"}}{{else}}{{t "opening"}}{{/if}} {{t "askShort"}} {{t "error"}} {{t "screenshot"}}',
  ],
  example: { customerName: 'Sarah' },
});

export const confirmUnderstanding = templateSource({
  id: 'inquiry.confirm-understanding',
  description: 'Paraphrase the problem back to the customer and ask whether you have understood it correctly.',
  tags: ['chat', 'email', 'clarification'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    summary: v.text(
      'The problem in one short sentence, written in the language of the reply (e.g. "the payment went through, but the order does not appear in the account")',
    ),
  },
  structure: [
    '{{#if customerName}}{{t "checkNamed"}}{{else}}{{t "check"}}{{/if}} {{t "right"}} {{t "next"}}',
    '{{#if customerName}}{{t "checkAltNamed"}}{{else}}{{t "checkAlt"}}{{/if}} {{t "rightAlt"}}',
  ],
  example: { customerName: 'Sarah', summary: 'the payment went through, but the order does not appear in your account' },
});
