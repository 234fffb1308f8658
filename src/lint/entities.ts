/**
 * HTML character references, as chat and social APIs deliver plain text ("it&#39;s company
 * policy"): decoded for matching, while every offset still points into the original text.
 */

/** A text with its character references decoded, and the way back to original offsets. */
export interface DecodedText {
  readonly text: string;
  /** Original offset of each decoded offset (one more entry, for the end of the text). */
  readonly toOriginal: (offset: number) => number;
  /** Whether `[start, end)` of the decoded text covers a decoded reference. */
  readonly touchesReference: (start: number, end: number) => boolean;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bdquo: '„', laquo: '«', raquo: '»',
  hellip: '…', mdash: '—', ndash: '–', euro: '€', pound: '£', copy: '©', reg: '®', trade: '™',
};

// One reference at a time; a named reference is at most a few letters, a numeric one a few digits.
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,6}));/g;

function decodeOne(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return NAMED[name];
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  // Not a Unicode scalar value (too large, a surrogate, NUL): left as written.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Decodes `&amp;`, `&#39;`, `&#x2019;`, `&rsquo;`… in one linear pass; undefined when the text
 * has none, so ordinary text costs one `indexOf`.
 *
 * @example
 * ```ts
 * const decoded = decodeReferences('it&#39;s policy')!;
 * decoded.text;          // → "it's policy"
 * decoded.toOriginal(3); // → 7
 * ```
 */
export function decodeReferences(original: string): DecodedText | undefined {
  if (!original.includes('&')) return undefined;
  let text = '';
  // Pieces: decoded offset → original offset at the start of each piece.
  const decodedStarts: number[] = [];
  const originalStarts: number[] = [];
  const referenceSpans: number[] = [];
  let cursor = 0;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(original); m !== null; m = REFERENCE.exec(original)) {
    const value = decodeOne(m[1], m[2], m[3]);
    if (value === undefined) continue;
    text += original.slice(cursor, m.index);
    decodedStarts.push(text.length);
    originalStarts.push(m.index);
    referenceSpans.push(text.length);
    text += value;
    cursor = m.index + m[0].length;
    // After the reference, the text runs in step again from here.
    decodedStarts.push(text.length);
    originalStarts.push(cursor);
  }
  if (decodedStarts.length === 0) return undefined;
  text += original.slice(cursor);
  const toOriginal = (offset: number): number => {
    // The last piece starting at or before `offset`.
    let low = 0;
    let high = decodedStarts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (decodedStarts[mid]! <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found === -1) return offset;
    // Inside a decoded reference (odd pieces start one): its whole original span maps to its start.
    const start = originalStarts[found]!;
    if (found % 2 === 0 && offset > decodedStarts[found]!) return found + 1 < decodedStarts.length ? originalStarts[found + 1]! : start;
    return start + (offset - decodedStarts[found]!);
  };
  const touchesReference = (start: number, end: number): boolean => {
    let low = 0;
    let high = referenceSpans.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = referenceSpans[mid]!;
      if (at < start) low = mid + 1;
      else if (at >= end) high = mid - 1;
      else return true;
    }
    return false;
  };
  return { text, toOriginal, touchesReference };
}
