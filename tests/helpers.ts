import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { createTactful } from '../src';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ro from '../src/generated/locales/ro';
import ru from '../src/generated/locales/ru';
import uk from '../src/generated/locales/uk';

/** Every shipped locale, English first. */
export const ALL_LOCALES = [en, ro, ru, lv, lt, uk] as const;

/** An instance with every shipped locale and the library's defaults. */
export function tactfulWithAllLocales() {
  return createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
}

/**
 * The error a call throws, so a test asserts its code and fields (`toMatchObject({ code, … })`),
 * as valibot's and ESLint's tests do, rather than its wording, which may improve.
 */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** One count for each plural category of a locale, for tests that drive i18next's plural resolution. */
export { pluralSamples } from '../src/core/format';

/**
 * Every string of the real support text under bench/ (the linter's labelled replies, the labelled
 * conversations, their notes): some 16,000 texts nobody here wrote, for tests that hold a
 * rewritten matcher equal to the one it replaces.
 */
export function realSupportTexts(): string[] {
  const bench = join(__dirname, '..', 'bench');
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const dir of ['real/corpus', 'real/validation', 'conversations/corpus', 'conversations/validation']) {
    for (const file of readdirSync(join(bench, dir)).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(bench, dir, file), 'utf8').split('\n')) if (line.trim() !== '') collect(JSON.parse(line));
    }
  }
  return texts;
}

/**
 * Two tests that hold a rewritten matcher equal to the one it replaces: on every real support text
 * (`realSupportTexts`), where it must find at least `atLeast` items in all, and on text put
 * together at random from `pieces`.
 */
export function itMatchesReference<T>(actual: (text: string) => readonly T[], reference: (text: string) => readonly T[], pieces: readonly string[], atLeast: number, generated = { maxLength: 30, numRuns: 4000 }): void {
  it('on every real support text we hold', () => {
    const texts = realSupportTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    let found = 0;
    for (const text of texts) {
      const items = actual(text);
      found += items.length;
      expect(items, text).toEqual(reference(text));
    }
    expect(found).toBeGreaterThan(atLeast);
  });

  it('on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: generated.maxLength }), (parts) => {
        const text = parts.join('');
        expect(actual(text)).toEqual(reference(text));
      }),
      { numRuns: generated.numRuns, seed: 20261207 },
    );
  });
}
