import { describe, expect, it } from 'vitest';
import type { LocaleDefinition } from '../core/types';
import { findSignals } from '../conversation/signals';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { realSupportTexts } from '../../tests/helpers';
import { lint } from './linter';
import type { LintOptions } from './options';
import { shippedData, shippedLocale } from './shipped-data';

// The package ships the rules' and the conversation signals' phrases compact, and reads each one
// only when a text may hold it (PhraseMatcher#addWhenReached). The sources are read whole, at
// once. Both must find the same things, in the same order, with the same messages.


/** Every text a locale's data carries: its rules' examples and its signals' matches and misses. */
function dataTexts(locale: LocaleDefinition): string[] {
  const texts: string[] = [];
  for (const data of Object.values(locale.lint ?? {})) if (data?.examples) texts.push(...Object.values(data.examples).flat());
  for (const signal of Object.values(locale.conversation?.signals ?? {})) texts.push(...(signal?.match ?? []), ...(signal?.miss ?? []));
  return texts;
}

// Every fourth real text: a few thousand, so the whole file runs in seconds.
const REAL = realSupportTexts().filter((_, index) => index % 4 === 0);

const OPTIONS: readonly LintOptions[] = [{}, { register: 'informal' }, { voice: 'formal' }, { audience: 'group', markdown: true }];

describe('the shipped phrases find what the sources find', () => {
  it.each(SHIPPED_LOCALES.map((locale) => [locale.code, locale] as const))('%s: lint, every option, and the conversation signals', (_, source) => {
    const compact = shippedLocale(source);
    const texts = [...dataTexts(source), ...(source.code === 'en' || source.code === 'lv' ? REAL : REAL.slice(0, 300))];
    expect(texts.length).toBeGreaterThan(100);
    let flagged = 0;
    for (const options of OPTIONS) {
      for (const text of texts) {
        const expected = lint(text, { ...options, locale: source });
        flagged += expected.length;
        expect(lint(text, { ...options, locale: compact }), text).toEqual(expected);
      }
    }
    let signals = 0;
    for (const text of texts) {
      const expected = findSignals(text, source);
      signals += expected.length;
      expect(findSignals(text, compact), text).toEqual(expected);
    }
    // The comparison is worth something only where the sources find plenty.
    expect(flagged).toBeGreaterThan(300);
    expect(signals).toBeGreaterThan(300);
  });
});

describe('a shipped phrase read late', () => {
  it('says what its rule said when the locale was first used, whatever changed since', () => {
    const source = SHIPPED_LOCALES.find((locale) => locale.code === 'en')!;
    const shippedRule = shippedData(source.lint!['policy-shield']!);
    const locale: LocaleDefinition = { ...source, lint: { ...source.lint, 'policy-shield': shippedRule } };
    // The caller's objects, changed in place after the first lint.
    const data = shippedRule as unknown as { message: string; suggestions: string[] };
    expect(lint('Hello there.', { locale })).toEqual([]);
    const { message, suggestions } = { message: data.message, suggestions: [...data.suggestions] };
    data.message = 'changed';
    data.suggestions.push('changed too');
    const [found] = lint('It’s company policy.', { locale });
    expect(found).toMatchObject({ ruleId: 'policy-shield', message, suggestions });
  });
});
