import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { createTactful, v } from '../index';
import en from '../generated/locales/en';
import { defineTemplate } from './index';

describe('custom templates extend and override the catalog types', () => {
  const orderReady = defineTemplate({
    id: 'shop.order-ready',
    description: 'Order ready',
    variables: { orderId: v.text('Order number'), pickupBy: z.optional(v.date('Last day')) },
    structure: '{{t "body"}}',
    example: { orderId: 'A-1' },
    messages: { en: { body: 'Order {{orderId}} is ready.' } },
  });
  const custom = createTactful({ locales: [en], templates: [orderReady] });

  it('knows the new id and its variables', () => {
    expectTypeOf(custom.render('shop.order-ready', { orderId: 'A-1' })).toEqualTypeOf<string>();
    // @ts-expect-error -- orderId is required
    custom.render('shop.order-ready', {});
    // the built-in ids are still there
    custom.render('closing.anything-else');
  });

  it('checks the example of a definition', () => {
    defineTemplate({
      id: 'shop.x',
      description: 'x',
      variables: { orderId: v.text('Order number') },
      structure: '{{t "body"}}',
      // @ts-expect-error -- the example misses orderId
      example: {},
    });
  });

  it('overrides a built-in template: its id keeps working with the new variables', () => {
    const anythingElse = defineTemplate({
      id: 'closing.anything-else',
      description: 'Our own closing question, with the agent’s name.',
      variables: { agentName: v.text('The agent’s first name') },
      structure: '{{t "mine"}}',
      example: { agentName: 'Tom' },
      messages: { en: { mine: '{{agentName}} here: anything else on your mind?' } },
    });
    const overridden = createTactful({ locales: [en], templates: [anythingElse] });
    expectTypeOf(overridden.render('closing.anything-else', { agentName: 'Tom' })).toEqualTypeOf<string>();
    // @ts-expect-error -- the built-in's customerName is gone with the built-in
    overridden.render('closing.anything-else', { agentName: 'Tom', customerName: 'Sarah' });
    // @ts-expect-error -- agentName is required now
    overridden.render('closing.anything-else');
  });
});
