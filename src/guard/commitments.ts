import { lazyRegExp } from '../core/lazy-regexp';
import type { LocaleDefinition } from '../core/types';
import type { Diagnostic } from '../lint/types';

/** What a promise is about. */
export type CommitmentKind = 'refund' | 'compensation' | 'discount' | 'replacement' | 'deadline' | 'guarantee';

/** The kinds of promise the `commitment` rule reports. */
export const COMMITMENT_KINDS: readonly CommitmentKind[] = ['refund', 'compensation', 'discount', 'replacement', 'deadline', 'guarantee'];

/** What the company really offers, for promises to agree with. */
export interface CommitmentFacts {
  /** Refunds reach the customer within this many days: a refund promise may not name fewer. */
  readonly refundDays?: number;
  /** A replacement is sent within this many days: a replacement promise may not name fewer. */
  readonly replacementDays?: number;
  /** Orders arrive within this many days: a deadline must name a number of days, no fewer. */
  readonly deliveryDays?: number;
  /** The largest discount, in percent, a bot may offer. */
  readonly maxDiscountPercent?: number;
}

/** A promise in a reply and what the policy says of it. */
export interface CommitmentFinding {
  readonly kind: CommitmentKind;
  readonly text: string;
  readonly offset: number;
  /** True when `allow` lists the kind or a fact of that kind agrees with it. */
  readonly allowed: boolean;
  /** When a fact does not agree: what the promise says against it (in English, for logs). */
  readonly disagreement?: string;
  readonly diagnostic: Diagnostic;
}

const FACT_OF: Partial<Record<CommitmentKind, keyof CommitmentFacts>> = { refund: 'refundDays', replacement: 'replacementDays', deadline: 'deliveryDays', discount: 'maxDiscountPercent' };

/** The sentence around an offset: from the previous sentence end to the next. */
function sentenceAround(text: string, offset: number, length: number): string {
  let start = offset;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  return text.slice(start, sentenceEnd(text, offset + length));
}

/** Where the sentence that goes on at `from` ends: its mark (a point not inside a number), a line break, or the text's end. */
function sentenceEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !/[!?\n]/.test(text[end]!) && !(text[end] === '.' && !/\d/.test(text[end + 1] ?? ''))) end++;
  return end;
}

/** How a locale writes a number of days: the words for days, number words, words for "today" or "tomorrow", and for hours. */
interface DayWords {
  readonly stems: readonly string[];
  readonly numbers: Readonly<Record<string, number>>;
  readonly soon: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, number>>;
}

/**
 * The numbers of days a sentence names: "5 business days", "3 darba dienu", "5 рабочих дней", and
 * in words, "within one day", "per trei zile", "за два дня"; and the days a word for a time within a
 * day or two means ("today", "24 hours", "tomorrow", "rīt"). A promise written in words is checked
 * as one written in digits: "within one day" against `refundDays: 5` is held, as "within 1 day" is.
 */
function daysIn(sentence: string, { stems, numbers, soon, units }: DayWords): number[] {
  const found: number[] = [];
  const dayWords = stems.map((s) => s.toLowerCase().split(/\s+/).at(-1)!);
  // Words that may stand between "a" and its day word ("a business day"); after a number any one
  // word may ("3 calendar days", "20 de zile"), as before number words were read.
  const between = new Set(stems.flatMap((s) => s.toLowerCase().split(/\s+/).slice(0, -1)));
  const isDay = (word: string | undefined) => word !== undefined && dayWords.some((stem) => word.startsWith(stem));
  const isBetween = (word: string | undefined) => word !== undefined && [...between].some((stem) => word.startsWith(stem));
  const words: string[] = sentence.toLowerCase().match(WORD()) ?? [];
  const numberAt = (i: number): number | undefined => {
    const word = words[i];
    if (word === undefined) return undefined;
    return /^\d/.test(word) ? Number(word.replace(',', '.')) : Object.hasOwn(numbers, word) ? numbers[word] : undefined;
  };
  words.forEach((word, i) => {
    const value = numberAt(i);
    if (value === undefined) return;
    // "a few days" is no number of days: a one-letter article counts only right before its day word.
    const loose = word.length > 1 || /^\d/.test(word);
    if (isDay(words[i + 1]) || (isDay(words[i + 2]) && (loose || isBetween(words[i + 1])))) found.push(value);
  });
  // Words for "today", "tomorrow" and hours are read only where the sentence names no number of
  // days: "ships today, and arrives within 5 business days" promises 5 days, not 0. A unit below a
  // day counts the days its number makes ("48 hours": 2); alone ("within hours"), 0.
  if (found.length > 0) return found;
  const indexOf = (key: string) =>
    key.endsWith('*') ? words.findIndex((w) => w.startsWith(key.slice(0, -1))) : key.includes(' ') ? (` ${words.join(' ')} `.includes(` ${key} `) ? 0 : -1) : words.indexOf(key);
  for (const [key, days] of Object.entries(soon)) if (indexOf(key) !== -1) found.push(days);
  for (const [key, perDay] of Object.entries(units)) {
    const at = indexOf(key);
    if (at === -1) continue;
    const count = numberAt(at - 1);
    found.push(count === undefined ? 0 : Math.ceil(count / perDay));
  }
  return found;
}

// A word, or a number with its decimal part ("1.5", "2,5").
const WORD = lazyRegExp(String.raw`\d+(?:[.,]\d+)?|[\p{L}\p{M}'’]+`, 'gu');

function percentsIn(sentence: string): number[] {
  return [...sentence.matchAll(PERCENT)].map((m) => Number(m[1]!.replace(',', '.')));
}

/**
 * A number given as a percentage: "50%", "50 %", Markdown emphasis between them ("**50**%",
 * "_50_ %"), or the word ("50 percent", "50 procenti", "50 процентов", "50 відсотків", "50 la sută").
 */
const PERCENT = /(\d+(?:[.,]\d+)?)(?:[*_~\s]{0,4}%|[*_~]{0,2}\s+(?:percent|per\s?cent|procent|la\s+sut|процент|відсот))/giu;

/**
 * Whether a promise's words end in a question mark: "Деньги вернём за два дня?" asks, but "I will
 * refund you in 2 days, okay?" promises and asks. Words cannot tell the two apart, so such a
 * promise is held for a person to read (`revise`), never sent or blocked unread.
 */
export function isQuestion(text: string, d: Pick<Diagnostic, 'offset' | 'length'>): boolean {
  return text[sentenceEnd(text, d.offset + d.length)] === '?';
}

/**
 * The promises among a reply's diagnostics, each judged by the policy: a kind in `allow` passes;
 * a kind with a fact passes when what the sentence names agrees with it.
 */
export function checkCommitments(
  text: string,
  diagnostics: readonly Diagnostic[],
  policy: { readonly allow?: readonly CommitmentKind[]; readonly facts?: CommitmentFacts },
  locale: LocaleDefinition,
): CommitmentFinding[] {
  const data = locale.lint?.commitment;
  const dayWords: DayWords = { stems: data?.days ?? ['day'], numbers: data?.numbers ?? {}, soon: data?.soon ?? {}, units: data?.units ?? {} };
  return diagnostics
    .filter((d) => d.ruleId === 'commitment' && d.kind)
    .map((d) => {
      const kind = d.kind as CommitmentKind;
      const base = { kind, text: d.text, offset: d.offset, diagnostic: d };
      if (policy.allow?.includes(kind)) return { ...base, allowed: true };
      const factName = FACT_OF[kind];
      const fact = factName ? policy.facts?.[factName] : undefined;
      if (fact === undefined) return { ...base, allowed: false };
      const sentence = sentenceAround(text, d.offset, d.length);
      if (kind === 'discount') {
        const over = percentsIn(sentence).find((p) => p > fact);
        return over === undefined ? { ...base, allowed: true } : { ...base, allowed: false, disagreement: `It offers ${over} %, more than the ${fact} % allowed.` };
      }
      const days = daysIn(sentence, dayWords);
      const sooner = days.find((n) => n < fact);
      if (sooner !== undefined) return { ...base, allowed: false, disagreement: `It promises ${sooner} day${sooner === 1 ? '' : 's'} where the company needs ${fact}.` };
      if (kind === 'deadline' && days.length === 0) return { ...base, allowed: false, disagreement: `It names no number of days to check against the ${fact} the company needs.` };
      return { ...base, allowed: true };
    });
}
