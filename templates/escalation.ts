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
