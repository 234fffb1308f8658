import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

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
