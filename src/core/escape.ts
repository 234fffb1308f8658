import { requireString } from './errors';
import { lazyRegExp } from './lazy-regexp';
import type { Channel } from './types';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>Tom & Jerry</b>'); // → '&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  requireString('text', text);
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes the characters that CommonMark (and GitHub-flavoured Markdown) would read as markup, so
 * a customer's name such as `*Sarah*` or `[click](evil)` shows as typed. Characters that only
 * matter at the start of a line (`#`, `-`, `+`, `1.`) are escaped there too.
 *
 * @example
 * ```ts
 * escapeMarkdown('*Sarah* [x](y)'); // → '\\*Sarah\\* \\[x\\](y)'
 * ```
 */
export function escapeMarkdown(text: string): string {
  requireString('text', text);
  return text
    .replace(/[\\`*_[\]<>|~&!{}@]/g, '\\$&')
    // GitHub-flavoured Markdown links bare addresses (www.…, http://…, a@b.c) and runs the link on
    // over the template's closing quote: a customer's text must stay text.
    .replace(/(www)\./gi, '$1\\.')
    // Every `//`, so a protocol-relative `//evil.com` is no link either (markdown-it's linkify).
    .replace(/\/\//g, '\\/\\/')
    .replace(/^([ \t]*)([#+\-=]|\d+(?=[.)]))/gm, (_m, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
    );
}

/** Escapes a variable's text for the given channel; `text` leaves it exactly as it is. */
export function escapeForChannel(text: string, channel: Channel): string {
  if (channel === 'html') return escapeHtml(text);
  if (channel === 'markdown') return escapeMarkdown(text);
  return text;
}

/**
 * What an address never holds: white space, a control character, a bidi control, an invisible
 * character. In a link it would be spoofing ("…/\u202Egpj.exe" shows as "exe.jpg") and, once
 * balanced like text, a different target.
 */
export const NOT_IN_A_LINK = lazyRegExp(
  // Format characters (\p{Cf}: soft hyphen, bidi controls, zero-width characters, tags…) and the
  // blanks Unicode does not count as such (Hangul and Braille fillers, variation selectors).
  String.raw`[\s\p{Cc}\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]`,
  'u',
);

/** Every way a line can end: CR LF, a lone CR or LF, NEL, VT, FF, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
const ANY_LINE_BREAK = /[\r\n\v\f\u0085\u2028\u2029]/;

/**
 * Line breaks as `\n`, whatever the sender's system wrote. A lone CR, U+2028 or U+2029 ends a line
 * for a Markdown renderer, a browser or a chat client as surely as `\n` does, so a check for blank
 * lines must see them all.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, '\n');
}

/** True when a text holds a blank line (two line breaks with only spaces or tabs between), in any line-break convention. */
export function hasBlankLine(text: string): boolean {
  // Most values hold no line break at all: no copy of them is made. U+2029 is a paragraph
  // separator by definition.
  if (!ANY_LINE_BREAK.test(text)) return false;
  return text.includes('\u2029') || BLANK_LINE.test(normalizeLineBreaks(text));
}

/** What shows as nothing and `\s` does not know: zero-width space and joiners, the word joiner, the Mongolian vowel separator, the Braille and Hangul blanks. */
const INVISIBLE = String.raw`\u180E\u200B-\u200D\u2060\u2800\u3164`;

// A line that only holds white space of any kind (a no-break space, an ideographic space, a BOM, a
// zero-width space or joiner, a Braille or Hangul blank) looks blank in a chat client, and ends a
// Markdown list as surely as an empty one.
const BLANK_LINE = new RegExp(String.raw`\n(?:[^\S\n]|[${INVISIBLE}])*\n`);
const BLANK_LINES = new RegExp(String.raw`\n(?:(?:[^\S\n]|[${INVISIBLE}])*\n)+`, 'g');

/** True when a text holds half of a surrogate pair: a character cut in two, shown as "�". */
export function hasLoneSurrogate(text: string): boolean {
  // Most text has no surrogate at all: one plain scan, and the pairing only where there is one.
  return SURROGATE.test(text) && LONE_SURROGATE.test(text);
}

const SURROGATE = /[\uD800-\uDFFF]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isInvisible = (c: number) => c === 0x85 || c === 0x180e || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x2800 || c === 0x3164;
const EDGES = new RegExp(String.raw`^[\s\u0085${INVISIBLE}]+|[\s\u0085${INVISIBLE}]+$`, 'g');

/**
 * A value without white space at either end: `String#trim`'s white space, and also NEL (U+0085,
 * which becomes a line break) and the characters that show as nothing (zero-width space and
 * joiners, the word joiner, the Braille and Hangul blanks), which `trim` leaves.
 *
 * @example
 * ```ts
 * trimValue('\u0085 Exchange\u200B '); // → 'Exchange'
 * ```
 */
export function trimValue(text: string): string {
  const trimmed = text.trim();
  // Most values: `trim` is all it takes, without an expression.
  const first = trimmed.charCodeAt(0);
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (!isInvisible(first) && !isInvisible(last)) return trimmed;
  return trimmed.replace(EDGES, '');
}

// Embeddings and overrides (LRE RLE LRO RLO) end at PDF; isolates (LRI RLI FSI) at PDI.
const BIDI = /[\u202A-\u202E\u2066-\u2069\n]/g;
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * Closes what a value opens: a bidi embedding, override or isolate left open would reverse the rest
 * of the reply ("Trojan Source"), so each is closed at the end of its line, and a closer with no
 * opener in the value (which would close the template's own) is dropped. Balanced use, such as a
 * right-to-left name wrapped in an isolate, is kept as typed.
 */
function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  const closeAll = () => open.splice(0).reverse().join('');
  return text.replace(BIDI, (c) => {
    if (c === '\n') return `${closeAll()}\n`;
    if (c === PDF) {
      if (open.at(-1) !== PDF) return '';
      open.pop();
      return c;
    }
    if (c === PDI) {
      const at = open.lastIndexOf(PDI);
      if (at === -1) return '';
      // A PDI also ends every embedding opened inside its isolate.
      return `${open.splice(at).slice(1).reverse().join('')}${c}`;
    }
    open.push(c >= '\u2066' ? PDI : PDF);
    return c;
  }) + closeAll();
}

/**
 * Makes a caller's value safe to place in a reply on any channel, before channel escaping: NUL
 * removed (it truncates text in C-based clients and databases), line breaks as `\n` with blank
 * lines closed up (a value is one paragraph of the reply, never several), and bidi controls
 * balanced so a value cannot reorder the text around it.
 *
 * @example
 * ```ts
 * cleanValue('Sa\u0000rah\r\r\u202Eevil'); // → 'Sarah\n\u202Eevil\u202C'
 * ```
 */
export function cleanValue(text: string): string {
  let clean = text.includes('\0') ? text.replace(/\0/g, '') : text;
  if (ANY_LINE_BREAK.test(clean)) clean = normalizeLineBreaks(clean).replace(BLANK_LINES, '\n');
  return balanceBidi(clean);
}
