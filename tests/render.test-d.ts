import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { createTactful, v, type RenderResult } from '../src';
import { defineTemplate } from '../src/define';
import en from '../src/generated/locales/en';

const tactful = createTactful({ locales: [en] });

describe('render is typed by template id', () => {
  it('accepts the right variables', () => {
    expectTypeOf(tactful.render('apology.wrong-item', { ordered: 'a', received: 'b' })).toEqualTypeOf<string>();
    expectTypeOf(tactful.renderResult('greeting.welcome', {})).toEqualTypeOf<RenderResult>();
  });

  it('rejects a missing required variable', () => {
    // @ts-expect-error -- `received` is required
    tactful.render('apology.wrong-item', { ordered: 'a' });
  });

  it('rejects a variable of the wrong type', () => {
    // @ts-expect-error -- customerName is text
    tactful.render('greeting.welcome', { customerName: 42 });
  });

  it('rejects an unknown variable', () => {
    // @ts-expect-error -- a typo of customerName
    tactful.render('greeting.welcome', { customername: 'Sarah' });
  });

  it('rejects an unknown template id', () => {
    // @ts-expect-error -- no such template
    tactful.render('greeting.welcom', {});
  });

  it('makes the variables argument optional only when every variable is optional', () => {
    tactful.render('closing.anything-else');
    // @ts-expect-error -- apology.wrong-item has required variables
    tactful.render('apology.wrong-item');
  });

  it('types money and dates', () => {
    tactful.render('price-change.increase-notice', {
      productName: 'Plan',
      oldPrice: { amount: 1, currency: 'EUR' },
      newPrice: { amount: 2, currency: 'EUR' },
      effectiveDate: new Date(),
    });
    tactful.render('price-change.increase-notice', {
      productName: 'Plan',
      // @ts-expect-error -- money is an object with amount and currency
      oldPrice: 1,
      newPrice: { amount: 2, currency: 'EUR' },
      effectiveDate: new Date(),
    });
  });

  it('types render options', () => {
    // @ts-expect-error -- not a register
    tactful.render('closing.anything-else', {}, { register: 'casual' });
    // @ts-expect-error -- not a channel
    tactful.render('closing.anything-else', {}, { channel: 'pdf' });
  });
});

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
});
