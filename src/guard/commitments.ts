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
  let end = offset + length;
  while (end < text.length && !/[!?\n]/.test(text[end]!) && !(text[end] === '.' && !/\d/.test(text[end + 1] ?? ''))) end++;
  return text.slice(start, end);
}

/** The numbers of days a sentence names ("5 business days", "3 darba dienu", "5 рабочих дней"). */
function daysIn(sentence: string, stems: readonly string[]): number[] {
  const found: number[] = [];
  const number = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s+((?:[\p{L}\p{M}]+\s+){0,1}[\p{L}\p{M}]+)`, 'gu');
  const lower = stems.map((s) => s.toLowerCase().split(/\s+/).at(-1)!);
  for (let m = number.exec(sentence); m !== null; m = number.exec(sentence)) {
    const words = m[2]!.toLowerCase().split(/\s+/);
    if (words.some((word) => lower.some((stem) => word.startsWith(stem)))) found.push(Number(m[1]!.replace(',', '.')));
    number.lastIndex = m.index + m[1]!.length;
  }
  return found;
}

function percentsIn(sentence: string): number[] {
  return [...sentence.matchAll(PERCENT)].map((m) => Number(m[1]!.replace(',', '.')));
}

/**
 * A number given as a percentage: "50%", "50 %", Markdown emphasis between them ("**50**%",
 * "_50_ %"), or the word ("50 percent", "50 procenti", "50 процентов", "50 відсотків", "50 la sută").
 */
const PERCENT = /(\d+(?:[.,]\d+)?)(?:[*_~\s]{0,4}%|[*_~]{0,2}\s+(?:percent|per\s?cent|procent|la\s+sut|процент|відсот))/giu;

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
  const stems = locale.lint?.commitment?.days ?? ['day'];
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
      const days = daysIn(sentence, stems);
      const sooner = days.find((n) => n < fact);
      if (sooner !== undefined) return { ...base, allowed: false, disagreement: `It promises ${sooner} days where the company needs ${fact}.` };
      if (kind === 'deadline' && days.length === 0) return { ...base, allowed: false, disagreement: `It names no number of days to check against the ${fact} the company needs.` };
      return { ...base, allowed: true };
    });
}
