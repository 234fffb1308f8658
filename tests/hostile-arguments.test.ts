import { describe, expect, it } from 'vitest';
import * as main from '../src';
import * as exportEntry from '../src/export';
import * as streamEntry from '../src/guard/stream-entry';
import * as toolsEntry from '../src/tools';
import en from '../src/generated/locales/en';
import lv from '../src/generated/locales/lv';

/**
 * Every exported function, called as JavaScript and data from outside call it: with `null`, a
 * number, an empty object or array, a Symbol where text or a locale belongs. Whatever it does, it
 * returns, or throws a TactfulError that names the argument: never a TypeError from deep inside,
 * never a loop without end (`localeChain([])` filled the heap before).
 */
// An object without a prototype cannot even be turned into text; a list may hold the wrong thing.
const WRONG: readonly unknown[] = [null, undefined, 42, {}, [], Symbol('wrong'), Object.create(null), [null], { code: 'en' }];
const CALLS: ReadonlyArray<(wrong: unknown) => unknown[]> = [(w) => [w], (w) => ['hello', w], (w) => [w, w]];

/**
 * The building blocks of `tactful/export` for a format of one's own take what `resolveUnits` made
 * (docs/exports.md, "Adding a format"), never data from outside; `resolveUnits` itself and the
 * entry's other functions are called here.
 */
const FORMAT_BUILDING_BLOCKS = new Set(['expandStructure', 'expandUnit', 'fillInSlot', 'finishPieces', 'givenExpression', 'helpDeskReplies', 'lgName', 'rasaName', 'refsOf', 'shortCode', 'variableKey', 'writePieces']);

const functionsOf = (entry: Record<string, unknown>) =>
  Object.entries(entry).filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && !/^[A-Z]/.test(e[0]) && !FORMAT_BUILDING_BLOCKS.has(e[0]));

/** Runs a call to its end: a promise awaited, an async iterable (a guarded stream) read. */
async function settle(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    if (result instanceof Promise) await result;
    else if (typeof (result as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function' && typeof result === 'object') {
      for await (const _ of result as AsyncIterable<unknown>) void _;
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

const describeCall = (args: unknown[]) => args.map((a) => (typeof a === 'symbol' ? 'Symbol()' : JSON.stringify(a) ?? 'undefined')).join(', ');

describe.each([
  ['tactful', main],
  ['tactful/export', exportEntry],
  ['tactful/stream', streamEntry],
  ['tactful/tools', toolsEntry],
] as const)('every function of %s, given the wrong kind of argument', (_name, entry) => {
  it.each(functionsOf(entry as Record<string, unknown>))('%s returns or throws a TactfulError', async (name, fn) => {
    for (const wrong of WRONG) {
      for (const make of CALLS) {
        const args = make(wrong);
        const error = await settle(() => fn(...args));
        if (error !== undefined && !(error instanceof main.TactfulError)) {
          throw new Error(`${name}(${describeCall(args)}) threw ${(error as Error).constructor.name}: ${(error as Error).message}`);
        }
      }
    }
  });
});

describe('the exported helpers name what was wrong', () => {
  it('refuses a tag that is not text in localeChain, which looped until the heap ran out', () => {
    expect(() => main.localeChain([] as never, 'en')).toThrow(main.InvalidOptionsError);
    expect(() => main.localeChain('lv', null as never)).toThrow(/option "defaultLocale": expected a string, received null/);
  });

  it('escapes only text', () => {
    expect(() => main.escapeHtml(null as never)).toThrow(/option "text": expected a string, received null/);
    expect(() => main.escapeMarkdown(42 as never)).toThrow(main.InvalidOptionsError);
    expect(main.escapeHtml('<b>')).toBe('&lt;b&gt;');
  });

  it('reads the part of the day in a zone it knows, and nothing in one it does not', () => {
    const morningInRiga = new Date('2026-12-01T07:30:00Z');
    expect(main.partOfDay(morningInRiga, 'Europe/Riga')).toBe('morning');
    expect(main.partOfDay(morningInRiga, 'europe/riga')).toBe('morning');
    // As documented: an unknown zone (from a client) gives no part of the day, not a RangeError.
    expect(main.partOfDay(morningInRiga, 'Mars/Olympus')).toBeUndefined();
    expect(main.partOfDay(morningInRiga, '')).toBeUndefined();
    expect(() => main.partOfDay(morningInRiga, 3 as never)).toThrow(/option "timeZone"/);
    expect(() => main.partOfDay(new Date('not a day'), 'Europe/Riga')).toThrow(/option "now": expected a valid Date, received an invalid Date/);
  });

  it('detects a language only among locale objects', () => {
    expect(main.detectLocale('Labdien! Paldies, ka sazinājāties.', [en, lv])?.code).toBe('lv');
    expect(() => main.detectLocale('Labdien!', [en, 'lv'] as never)).toThrow(/option "locales\[1\]": expected a locale object/);
    // A hole in the list is refused too, not skipped.
    // eslint-disable-next-line no-sparse-arrays
    expect(() => main.detectLocale('Labdien!', [en, , lv] as never)).toThrow(/option "locales\[1\]"/);
    expect(() => main.findSignals('Sorry to hear that.', null as never)).toThrow(/option "locale"/);
  });

  it('describes only a variable schema', () => {
    expect(main.describeVariable('orderId', main.v.text('The order number'))).toMatchObject({ kind: 'text', required: true });
    expect(() => main.describeVariable('orderId', {} as never)).toThrow(/option "schema": expected a variable schema/);
  });

  it('makes a pseudo-locale only of a locale with text, and checks its tag', () => {
    expect(() => main.pseudoLocale(null as never)).toThrow(main.InvalidLocaleError);
    expect(() => main.pseudoLocale({ ...en, resources: { common: { hello: 42 } } } as never)).toThrow(/key "common:hello": a message must be text, received number/);
    expect(() => main.pseudoLocale(en, 42 as never)).toThrow(/option "code"/);
    // The tag as given: an instance checks it as it checks any locale's.
    expect(main.pseudoLocale(en, 'qps-ploc').code).toBe('qps-ploc');
    expect(main.pseudoLocale(en).code).toBe('en-XA');
  });

  it('exports to XLIFF every message or refuses: a message that is not text is never left out unsaid', () => {
    const languages = { source: 'en', target: 'lv' };
    expect(() => main.toXliff({ app: { hello: 42 } } as never, { app: { hello: 'Hello' } }, languages)).toThrow(/option "target\.app\.hello": expected a message/);
    expect(() => main.toXliff({ app: 'Hello' } as never, {}, languages)).toThrow(/option "target\.app": expected a tree of messages/);
    expect(() => main.toXliff({ app: { hello: 'Sveiki' } }, { app: { hello: 'Hello' } }, { source: 'en' } as never)).toThrow(/option "languages\.target"/);
    expect(() => main.toXliff({ app: { hello: 'Sveiki' } }, null as never, languages)).toThrow(/option "source"/);
    expect(main.toXliff({ app: { hello: 'Sveiki' } }, { app: { hello: 'Hello' } }, languages)).toContain('<target>Sveiki</target>');
  });

  it('guards a stream only of text or bytes, and says so before the first chunk', async () => {
    expect(() => streamEntry.guardStream(null as never, { locale: en })).toThrow(/option "source"/);
    expect(() => streamEntry.guardStream(['Hello.'], undefined as never)).toThrow(/option "options"/);
    expect(() => new streamEntry.GuardTransformStream({ guard: 'yes' } as never)).toThrow(/option "guard"/);
    const guarded = streamEntry.guardStream(['Hello there. ', 42 as never], { locale: en });
    const error = await settle(() => guarded);
    expect(error).toBeInstanceOf(main.InvalidOptionsError);
    expect((error as Error).message).toMatch(/option "chunk": expected text, or UTF-8 bytes/);
  });

  // Session 14's own review: what the first round of these checks refused wrongly, or missed.
  it('reads a Date from another realm, and milliseconds, as Intl does', async () => {
    const { runInNewContext } = await import('node:vm');
    expect(main.partOfDay(runInNewContext('new Date("2026-12-01T07:30:00Z")') as Date, 'Europe/Riga')).toBe('morning');
    expect(main.partOfDay(Date.parse('2026-12-01T07:30:00Z') as never, 'Europe/Riga')).toBe('morning');
    expect(() => main.partOfDay(1e20 as never, 'Europe/Riga')).toThrow(/option "now"/);
    expect(() => main.partOfDay({ [Symbol.toStringTag]: 'Date' } as never, 'Europe/Riga')).toThrow(/option "now"/);
  });

  it('takes bytes in an ArrayBuffer, and rejects the verdict of a stream that fails', async () => {
    const state = new streamEntry.StreamGuard({ locale: en });
    expect(state.push(new TextEncoder().encode('Hello there. How are you? ').buffer as never)).toBe('Hello there. How are you? ');
    const stream = new streamEntry.GuardTransformStream({ locale: en });
    const writer = stream.writable.getWriter();
    void stream.readable.getReader().read().catch(() => undefined);
    await writer.write(42 as never).catch(() => undefined);
    await expect(stream.result).rejects.toThrow(/option "chunk"/);
  });

  it('names a locale that is not one, or has no data for what is asked', () => {
    expect(() => main.lint('Hello.', { locale: {} as never })).toThrow(/option "locale": expected a locale object/);
    expect(() => main.findSignals('Sorry to hear that.', { ...en, conversation: {} } as never)).toThrow(main.InvalidLocaleError);
  });

  it('takes a model\'s variables only as an object', () => {
    expect(() => toolsEntry.fromJsonVariables(null as never, [])).toThrow(/expected an object of variables, received null/);
    expect(() => toolsEntry.variablesJsonSchema(null as never)).toThrow(/option "variables"/);
    expect(() => toolsEntry.variablesJsonSchema([null] as never)).toThrow(/option "variables\[0\]"/);
    expect(toolsEntry.toJsonValue(new Date(Number.NaN))).toBeNull();
    expect(toolsEntry.callTool(main.createTactful({ locales: [en] }), Object.create(null) as never, {})).toMatchObject({ ok: false });
    expect(toolsEntry.callTool(main.createTactful({ locales: [en] }), Symbol('tool') as never, {})).toMatchObject({ ok: false });
  });
});
