import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

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
