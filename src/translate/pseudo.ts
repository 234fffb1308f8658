import { requireString } from '../core/errors';
import { defineLocale, requireTextPart } from '../core/locale';
import type { LocaleDefinition, MessageTree, TextLocale } from '../core/types';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((c, i) => [c, [...'àƀçđéğĥíķĺñöŕšţüýžÀƁÇĐÉĞĤÍĶĹÑÖŔŠŢÜÝŽ'][i]!]),
);

function pseudo(text: string): string {
  // Accent letters outside {{placeholders}} and double the vowels, so the text runs about a
  // third longer (as German or Lithuanian does) and truncation shows up in a UI.
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const body = parts
    .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => (ACCENTED[c] ?? c).repeat(/[aeiou]/i.test(c) ? 2 : 1)).join('')))
    .join('');
  return `⟦${body}⟧`;
}

function transform(tree: MessageTree): MessageTree {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudo(value) : transform(value)]));
}

/**
 * The pseudo-locale `en-XA`: every English message accented, lengthened and bracketed
 * ("⟦Ĥééĺĺöö!⟧"), placeholders untouched. Render a UI with it to spot text that is not
 * translatable (it stays plain) and text that gets truncated (the brackets go missing).
 *
 * @example
 * ```ts
 * const tactful = createTactful({ locales: [pseudoLocale(en)] });
 * tactful.render('closing.anything-else'); // → '⟦ÍÍš ţĥééŕéé ààñýţĥííñğ ééĺšéé ÍÍ çààñ ĥééĺp ýööüü wííţĥ?⟧'
 * ```
 */
export function pseudoLocale(source: LocaleDefinition, code = 'en-XA'): TextLocale {
  // Checked as any locale is (a tree of text), so a broken source is a TactfulError naming the key.
  requireString('code', code);
  const checked = defineLocale(source);
  const { resources } = requireTextPart(checked, 'source');
  return Object.freeze({
    code,
    name: `${checked.name} (pseudo)`,
    registers: checked.registers,
    resources: Object.fromEntries(Object.entries(resources).map(([ns, tree]) => [ns, transform(tree)])),
  });
}
