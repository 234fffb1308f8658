import * as z from 'zod/mini';
import { templateSource } from '../src/core/template';
import { v } from '../src/core/variables';

export const increaseNotice = templateSource({
  id: 'price-change.increase-notice',
  description: 'Tell a customer ahead of time that a price goes up: when, by how much, why, and what they can do.',
  tags: ['pricing', 'subscription', 'email', 'notice'],
  variables: {
    customerName: z.optional(v.text("The customer's first name")),
    productName: v.text('The product or plan whose price changes'),
    oldPrice: v.money('The price until the change'),
    newPrice: v.money('The price from the effective date'),
    effectiveDate: v.date('The day the new price applies'),
    reason: z.optional(v.text('The honest reason, in a short phrase (e.g. "higher energy costs")')),
  },
  structure: [
    '{{#if customerName}}{{t "greetingNamed"}}{{else}}{{t "greeting"}}{{/if}}\n\n{{t "change"}}{{#if reason}} {{t "reason"}}{{/if}}\n\n{{t "options"}} {{t "questions"}}',
  ],
  example: {
    customerName: 'Sarah',
    productName: 'Premium plan',
    oldPrice: { amount: 9.99, currency: 'EUR' },
    newPrice: { amount: 11.99, currency: 'EUR' },
    effectiveDate: new Date('2026-12-01T12:00:00Z'),
    reason: 'higher hosting and support costs',
  },
});
