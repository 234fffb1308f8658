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
