import { lazyRegExp } from '../../../core/lazy-regexp';
import type { RuleLocaleData } from '../../../core/lint-data';
import type { Finding, RuleContext, RuleModule } from '../../rule';
import { hasNonAscii } from '../../../core/letters';
import type { Token } from '../../tokenize';

// Capitals that are not shouting in any language: units, currencies, time zones, common acronyms.
const COMMON_ACRONYMS = [
  'OK', 'ID', 'FAQ', 'PDF', 'SMS', 'URL', 'VAT', 'PVN', 'PVM', 'TVA', 'НДС', 'ПДВ', 'EUR', 'USD', 'GBP', 'UAH', 'RON', 'RUB', 'IBAN', 'PIN', 'API', 'CEO',
  'AM', 'PM', 'UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'ET', 'PT', 'CT', 'MT', 'AEST',
];

const UPPER = lazyRegExp(String.raw`^[\p{Lu}\p{M}\p{N}]+$`, 'u');
const HAS_UPPER_LETTER = lazyRegExp(String.raw`\p{Lu}`, 'u');
// An ASCII word is read with ASCII classes (the same sets there): a reply in English never
// compiles the Unicode ones, a few milliseconds at the first lint.
const UPPER_ASCII = /^[A-Z0-9]+$/;
const HAS_UPPER_ASCII = /[A-Z]/;

/**
 * Whether a character is in lower case, so a word with it is not in capitals: "Дякуємо", "Ačiū"
 * are ruled out by their second letter before a Unicode class is compiled (about 0.7 ms at the
 * first lint). A character toUpperCase changes, except the combining ypogegrammeni and the small
 * roman numerals, which \p{M} and \p{N} count as capitals' company (checked for every code unit
 * in src/core/ascii-paths.test.ts).
 */
export function isLowerCase(code: number): boolean {
  const c = String.fromCharCode(code);
  return code !== 0x345 && !(code >= 0x2170 && code <= 0x217f) && c.toUpperCase() !== c;
}

// A locale's acronyms, built once per data object.
const acronymSets = new WeakMap<RuleLocaleData, ReadonlySet<string>>();
function acronymsOf(data: RuleLocaleData): ReadonlySet<string> {
  let set = acronymSets.get(data);
  if (!set) acronymSets.set(data, (set = new Set([...COMMON_ACRONYMS, ...(data.acronyms ?? [])])));
  return set;
}

/**
 * Capitals in prose: a run of two or more words in capitals with at least six letters outside
 * the locale's acronyms ("PLEASE READ", "YOU MUST"), or one such word of five letters or more
 * ("NEVER"). Acronyms, time zones and units ("PM EST", "GDPR"), short words in capitals ("DM
 * us") and codes, handles and hashtags (non-prose, excluded) are not shouting. Runs of three or
 * more "!" or "?" ("!!!", "???", "?!?") are, with a fix to one mark; "!!" and "?!" are a brand's
 * voice.
 */
function findShouting(data: RuleLocaleData, { text, tokens, excluded, excludedAt }: RuleContext): Finding[] {
  const acronyms = acronymsOf(data);
  const found: Finding[] = [];
  const isCaps = (t: Token) => {
    // Most words start with a lower-case letter or a digit: rule them out before slicing.
    if (t.end - t.start < 2 || !t.capital) return false;
    if (isLowerCase(text.charCodeAt(t.start + 1))) return false;
    const word = text.slice(t.start, t.end).replace(/['’]/g, '');
    return !hasNonAscii(word) ? HAS_UPPER_ASCII.test(word) && UPPER_ASCII.test(word) : HAS_UPPER_LETTER().test(word) && UPPER().test(word);
  };
  const loud = (t: Token) => {
    const word = text.slice(t.start, t.end);
    return acronyms.has(word) ? 0 : word.length;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (excluded[i] || !isCaps(tokens[i]!)) continue;
    let j = i;
    let letters = loud(tokens[i]!);
    let longest = letters;
    while (j + 1 < tokens.length && !excluded[j + 1] && !tokens[j + 1]!.breakBefore && isCaps(tokens[j + 1]!)) {
      j++;
      const size = loud(tokens[j]!);
      letters += size;
      longest = Math.max(longest, size);
    }
    if ((j > i && letters >= 6 && longest >= 3) || longest >= 5) found.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    i = j;
  }
  const runs = /[!?]{3,}/g;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    if (excludedAt(m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, fix: m[0].includes('?') ? '?' : '!' });
  }
  return found;
}

/** `shouting`: no phrases; its own matcher, and per locale the `acronyms` that are not shouting. */
export const shouting: RuleModule = {
  id: 'shouting',
  category: 'tone',
  severity: 'warning',
  description: 'Capitals and runs of "!!!" or "???" read as shouting.',
  check: findShouting,
  fixes: true,
  tuning: '- Acronyms are not shouting: the list is `acronyms` in the data file.',
};
