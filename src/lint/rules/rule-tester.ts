import { describe, expect, it } from 'vitest';
import { ALL_LOCALES } from '../../../tests/helpers';
import { lint } from '../linter';
import type { LintOptions } from '../options';
import type { RuleId } from '../types';

/** A text the rule must not flag. */
export type ValidCase = string | { readonly text: string; readonly locale?: string; readonly options?: Omit<LintOptions, 'locale' | 'locales'> };

/** A text the rule must flag exactly at `flagged`: each the words it marks, in order. */
export interface InvalidCase {
  readonly text: string;
  readonly locale?: string;
  readonly options?: Omit<LintOptions, 'locale' | 'locales'>;
  /** The spans the rule flags, as the words of the text (offsets follow from where they stand, left to right). */
  readonly flagged: readonly string[];
}

const localeOf = (code = 'en') => {
  const found = ALL_LOCALES.find((l) => l.code === code);
  if (!found) throw new Error(`no shipped locale ${code}`);
  return found;
};

/** Where each flagged span stands, searching left to right. */
function spans(text: string, flagged: readonly string[]): Array<[number, number]> {
  let from = 0;
  return flagged.map((words) => {
    const at = text.indexOf(words, from);
    if (at === -1) throw new Error(`"${words}" is not in ${JSON.stringify(text)}`);
    from = at + words.length;
    return [at, words.length];
  });
}

/**
 * A table of texts a rule must pass and texts it must flag, asserting the rule id, offset and
 * length of each diagnostic, not the wording of the message (ESLint's RuleTester does the same):
 * the message can improve without breaking a test.
 */
export function testRule(ruleId: RuleId, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  const found = (text: string, locale: string | undefined, options: Omit<LintOptions, 'locale' | 'locales'> = {}) =>
    lint(text, { ...options, locale: localeOf(locale) })
      .filter((d) => d.ruleId === ruleId)
      .map((d): [number, number] => [d.offset, d.length]);

  describe(ruleId, () => {
    it.each(cases.valid.map((c) => [typeof c === 'string' ? c : c.text, c] as const))('passes %j', (_text, c) => {
      const { text, locale, options } = typeof c === 'string' ? { text: c, locale: undefined, options: undefined } : c;
      expect(found(text, locale, options)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c] as const))('flags %j', (_text, { text, locale, options, flagged }) => {
      expect(found(text, locale, options)).toEqual(spans(text, flagged));
    });
  });
}
