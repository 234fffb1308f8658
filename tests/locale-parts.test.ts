import { describe, expect, it } from 'vitest';
import { checkConversation, createTactful, defineLocale, guard, InvalidOptionsError, lint } from '../src';
import { createRenderer } from '../src/render';
import { describeTemplate, describeTemplates } from '../src/catalog/details';
import en from '../src/generated/locales/en';
import enLint from '../src/generated/locales/en/lint';
import enText from '../src/generated/locales/en/text';
import lv from '../src/generated/locales/lv';
import lvLint from '../src/generated/locales/lv/lint';
import lvText from '../src/generated/locales/lv/text';
import { ALL_LOCALES, thrown } from './helpers';

/**
 * Each shipped locale comes whole (`tactful/locales/lv`) and in two parts: its text, for rendering
 * (`…/lv/text`), and its tone rules' phrases, for lint and guard (`…/lv/lint`). The parts are
 * generated as plain frozen objects (importing one checks nothing again), so these tests hold
 * them to what defineLocale accepts, and each use to a clear error when given the wrong part.
 */
const parts = await Promise.all(ALL_LOCALES.map(async (locale) => [locale, (await import(`../src/generated/locales/${locale.code}/text.ts`)).default, (await import(`../src/generated/locales/${locale.code}/lint.ts`)).default] as const));

describe.each(parts.map(([locale, text, phrases]) => [locale.code, locale, text, phrases] as const))('%s', (_code, locale, text, phrases) => {
  it('each part is what defineLocale makes of it', () => {
    expect(defineLocale(text)).toEqual(text);
    expect(defineLocale(phrases)).toEqual(phrases);
    expect(Object.isFrozen(text) && Object.isFrozen(phrases) && Object.isFrozen(locale)).toBe(true);
  });

  it('the whole locale is its text, its phrases, its conversation data and examples, and nothing else', () => {
    const { lint: rules, conversation, examples, ...rest } = locale as typeof locale & { examples?: unknown };
    expect(rest).toEqual(text);
    expect(rules).toBe(phrases.lint);
    expect(conversation).toBeDefined();
    expect(Object.keys(phrases).sort()).toEqual(['code', 'lint', 'name', 'registers']);
    expect(examples === undefined).toBe(locale.code === 'en');
  });
});

describe('each use says which part it needs', () => {
  it('rendering with a lint part names the text part to import', () => {
    for (const create of [createTactful, createRenderer] as const) {
      const error = thrown(() => create({ locales: [lvLint] }));
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain('tactful/locales/lv/text');
    }
  });

  it('linting or guarding with a text part names the lint part to import', () => {
    for (const call of [() => lint('Sveiki!', { locale: lvText }), () => guard('Sveiki!', { locale: lvText }), () => createTactful({ locales: [lvText] }).lint('Sveiki!')]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain('tactful/locales/lv/lint');
    }
  });

  it('checking a conversation with a part names the whole locale', () => {
    const transcript = [{ from: 'customer' as const, text: 'Sveiki!' }, { from: 'agent' as const, text: 'Labdien!' }];
    for (const locale of [lvText, lvLint]) {
      const error = thrown(() => checkConversation(transcript, { locale }));
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain('tactful/locales/lv"');
    }
  });

  it('the parts do what the whole locale does', () => {
    const text = 'Tā ir uzņēmuma politika. Pls gaidiet!!!';
    expect(lint(text, { locale: lvLint })).toEqual(lint(text, { locale: lv }));
    expect(guard(text, { locale: lvLint })).toEqual(guard(text, { locale: lv }));
    const variables = { customerName: 'Jānis', ordered: 'zils krekls', received: 'sarkans krekls' };
    expect(createRenderer({ locales: [lvText, enText] }).renderResult('apology.wrong-item', variables)).toEqual(createTactful({ locales: [lv, en] }).renderResult('apology.wrong-item', variables));
    expect(lint('It’s company policy.', { locale: enLint }).map((d) => d.ruleId)).toEqual(['policy-shield']);
  });
});

describe('tactful/render and tactful/catalog', () => {
  it("a renderer's templates() lists what createTactful's does, without descriptions and examples", () => {
    const full = createTactful({ locales: [en, lv] }).templates({ locale: 'lv', category: 'apology' });
    const summaries = createRenderer({ locales: [enText, lvText] }).templates({ locale: 'lv', category: 'apology' });
    expect(summaries).toEqual(full.map(({ description: _d, example: _e, variables, ...rest }) => ({ ...rest, variables: variables.map(({ description: _v, ...variable }) => variable) })));
    expect(createRenderer({ locales: [enText] }).templates({ search: 'refund' }).length).toBeGreaterThan(0);
  });

  it('tactful/catalog describes every template as templates() does', () => {
    const full = createTactful({ locales: [en] }).templates();
    expect(describeTemplates()).toEqual(full.map(({ locales: _l, ...rest }) => rest));
    expect(describeTemplate('closing.anything-else').description).toBe(full.find((t) => t.id === 'closing.anything-else')!.description);
    expect(thrown(() => describeTemplate('closing.anything'))).toMatchObject({ code: 'TEMPLATE_NOT_FOUND' });
  });

  it('the renderer takes the same options as createTactful, but voice', () => {
    expect(createRenderer({ locales: [enText], defaultLocale: 'en', register: 'formal', channel: 'html', strict: true, timeZone: 'Europe/Riga' }).defaultLocale).toBe('en');
    expect(thrown(() => createRenderer({ locales: [enText], voice: 'formal' } as never))).toBeInstanceOf(InvalidOptionsError);
  });
});

describe('tactful/catalog given the wrong things, or changing what it got', () => {
  it('refuses a filter that is not an object of strings with an InvalidOptionsError', () => {
    for (const filter of [null, 'apology', ['apology'], { search: 5 }, { category: {} }]) {
      expect(() => describeTemplates(filter as never)).toThrow(InvalidOptionsError);
    }
  });

  it('hands out copies: a caller changing a description changes it for nobody else', () => {
    const first = describeTemplate('closing.anything-else');
    (first.variables[0] as { description: string }).description = 'HACK';
    (first.example as Record<string, unknown>).extra = 1;
    expect(describeTemplate('closing.anything-else').variables[0]!.description).not.toBe('HACK');
    expect(describeTemplate('closing.anything-else').example).not.toHaveProperty('extra');
    expect(createTactful({ locales: [en] }).templates().find((t) => t.id === 'closing.anything-else')!.variables[0]!.description).not.toBe('HACK');
  });
});
