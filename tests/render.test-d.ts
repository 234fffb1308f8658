import { describe, expectTypeOf, it } from 'vitest';
import { createTactful, type RenderResult } from '../src';
import en from '../src/generated/locales/en';
import { apology as lvApology, closing as lvClosing } from '../src/generated/locales/lv/categories';
import { apology, closing } from '../src/generated/templates';
import { createRendererFor } from '../src/render';

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

describe('createRendererFor is typed by the templates it is given', () => {
  const renderer = createRendererFor({ templates: [...apology, ...closing], locales: [lvApology, lvClosing] });

  it('accepts the ids and variables of those templates', () => {
    expectTypeOf(renderer.render('apology.wrong-item', { ordered: 'a', received: 'b' })).toEqualTypeOf<string>();
    expectTypeOf(renderer.render('closing.anything-else')).toEqualTypeOf<string>();
  });

  it('rejects a missing required variable', () => {
    // @ts-expect-error -- `received` is required
    renderer.render('apology.wrong-item', { ordered: 'a' });
  });

  it('rejects a template of a category it was not given', () => {
    // @ts-expect-error -- greeting templates were not given
    renderer.render('greeting.welcome', {});
  });
});
