/**
 * The parts of a text the linter must not judge: non-prose (links, handles, codes, sign-offs: see
 * `non-prose.ts`), what the customer wrote (quoted text, `>` quote lines), code in Markdown, and
 * what the writer silenced with a directive. All found in one
 * linear pass each.
 */

import { nonProse } from './non-prose';

/** A span of the text, `[start, end)`. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A span where some rules (or all, when `rules` is undefined) are silenced by a directive. */
export interface DisabledRange extends Range {
  readonly rules: ReadonlySet<string> | undefined;
}

export interface Regions {
  /** Spans no rule looks at, sorted by start. */
  readonly excluded: readonly Range[];
  /**
   * Prose the rules judge but no fix may rewrite, sorted by start: the text of a Markdown
   * reference that is also its label (`[TY][]`, `[TY]` with a definition), which a rewrite would
   * unlink.
   */
  readonly unfixable: readonly Range[];
  /** Spans where directives silence rules. */
  readonly disabled: readonly DisabledRange[];
}

const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '"': '"',
  '”': '”',
};

/**
 * Quoted text: “…”, „…“, „…”, «…», "…", closed on the same line. A quote that does not close
 * hides nothing (a stray mark must not silence the rest of a reply), and a straight quote right
 * after a digit is an inch mark (`27"`), not a quote.
 */
function quotedRanges(text: string, out: Range[]): void {
  const marks = /[“„«"”»\n]/g;
  let start = -1;
  let closers = '';
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const char = m[0];
    const i = m.index;
    if (char === '"' && isDigitAt(text, i - 1)) continue;
    if (start === -1) {
      const expected = CLOSERS[char];
      if (expected !== undefined) {
        start = i;
        closers = expected;
      }
    } else if (char === '\n') {
      start = -1;
    } else if (closers.includes(char)) {
      out.push({ start, end: i + 1 });
      start = -1;
    }
  }
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Lines quoting someone else: `> …` (e-mail and Markdown quoting). */
function quoteLines(text: string, out: Range[]): void {
  const quoteLine = /^[ \t]*>[^\n]*/gm;
  for (let m = quoteLine.exec(text); m !== null; m = quoteLine.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
}

/**
 * Markdown code (fenced blocks, inline spans), link targets, autolinks and HTML comments. Each
 * scan moves forward only, so a hostile document (100 KB of backticks, "](" or "<!--" with no
 * end) costs one pass, not one pass per start.
 */
const LINK_TARGET = /^[ \t]*(?:<[^<>\n]*>|[^\s<]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*))?[ \t]*$/;
const ANGLE_TARGET = /[ \t]*<(?:[^<>\n\\]|\\.)*>(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)/y;

function markdownRanges(text: string, out: Range[], unfixable: Range[]): void {
  const fences: Range[] = [];
  fencedBlocks(text, fences);
  for (const fence of fences) out.push(fence);
  const inline = /`[^`\n]+`|<https?:[^>\s<]*>/g;
  for (let m = inline.exec(text); m !== null; m = inline.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  // Link targets: "](" up to the next ")" on the same line; the next ")" and line end only move on.
  let close = -1;
  let lineEnd = -1;
  for (let at = text.indexOf('](', 0); at !== -1; at = text.indexOf('](', at + 2)) {
    if (close < at) close = text.indexOf(')', at);
    if (lineEnd < at) lineEnd = text.indexOf('\n', at);
    if (close === -1) break;
    // A destination holds no space (unless in <…>), then an optional title: "](Calm down, we will
    // refund you)" is not a link target but text the reader sees.
    if ((lineEnd === -1 || close < lineEnd) && LINK_TARGET.test(text.slice(at + 2, close))) out.push({ start: at, end: close + 1 });
    else {
      // A destination in <…> may hold ")" and spaces ("](<https://x.test/a) b>)"): it ends at
      // its ">", not at the first ")". The match stops at the next "<", ">" or line end, so each
      // attempt reads only up to where the next could start.
      ANGLE_TARGET.lastIndex = at + 2;
      const angle = ANGLE_TARGET.exec(text);
      if (angle) out.push({ start: at, end: at + 2 + angle[0].length });
    }
  }
  referenceLabels(text, out, unfixable, fences);
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    const end = text.indexOf('-->', at + 4);
    if (end === -1) break;
    out.push({ start: at, end: end + 3 });
    at = text.indexOf('<!--', end + 3);
  }
}

/**
 * Labels that tie a reference to its definition. A footnote (`[^ty]`), the label of a full
 * reference (`[text][ty]`) and a definition's label (`[ty]: https://…`) are identifiers, not
 * prose (`out`). The text of a collapsed reference (`[TY][]`) and of a shortcut reference with a
 * definition (`[TY]`) is also its label: the reader sees it, so the rules judge it, but a rewrite
 * would break the link (`unfixable`). A definition needs a destination after its colon and is
 * not one inside a fenced code block (`fences`, sorted). Forward scans only, as above.
 */
function referenceLabels(text: string, out: Range[], unfixable: Range[], fences: readonly Range[]): void {
  // The next "]" and the next line end at or after a position; each only ever moves forward.
  const nextAfter = (char: string) => {
    let found = -2;
    return (from: number) => {
      if (found !== -1 && found < from) found = text.indexOf(char, from);
      return found;
    };
  };
  // A label may run over a line break, not over a blank line ("[read\nthis]" is one label).
  const nextBlankLine = () => {
    let found = -2;
    const blank = /\n[ \t]*(?=\n)/g;
    return (from: number) => {
      if (found !== -1 && found < from) {
        blank.lastIndex = from;
        found = blank.exec(text)?.index ?? -1;
      }
      return found;
    };
  };
  const closeInParagraph = (nextClose: (from: number) => number, nextBlank: (from: number) => number, from: number) => {
    const close = nextClose(from);
    const blank = nextBlank(from);
    return close !== -1 && (blank === -1 || close < blank) ? close : -1;
  };
  // Definitions first: "[ty]: https://…" (or a footnote's "[^ty]: …") opening a line, up to three
  // spaces in, or inside a list item or a blockquote ("- [ty]: …", "> [ty]: …"), outside code
  // blocks. After the colon, a footnote has its text; a link, a destination (on that line or the
  // next) and at most a title: "[We will refund you in full]: now, honestly" is text the reader
  // sees. CommonMark labels hold at most 999 characters and no "[", and may run over a line break
  // but not a blank line, so each attempt reads at most up to the next "[". A reference is a link
  // only where its label is defined; an undefined one is shown as written, so it is prose.
  const definition = /[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*(?:(\[\^[^[\]\n]{1,998}\]):[ \t]*[^\s]|(\[(?:[^[\]\n]|\n(?![ \t]*\n)){1,999}\]):[ \t]*\n?[ \t]*(?:<(?:[^<>\n\\]|\\.)*>|[^\s<]+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*(?:\n|$))/y;
  const defined = new Set<string>();
  let fence = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    definition.lastIndex = lineStart;
    while (fence < fences.length && fences[fence]!.end <= lineStart) fence++;
    const inFence = fence < fences.length && fences[fence]!.start <= lineStart;
    const m = inFence ? null : definition.exec(text);
    if (m) {
      // A footnote's definition holds its note; a link's, a destination and a title.
      const written = m[1] ?? m[2]!;
      const label = m.index + m[0].indexOf('[');
      out.push({ start: label, end: label + written.length });
      defined.add(referenceLabel(written.slice(1, -1)));
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (defined.size === 0) return;
  const isDefined = (start: number, end: number) => end - start <= 1000 && defined.has(referenceLabel(text.slice(start, end)));
  const [footClose, footBlank] = [nextAfter(']'), nextBlankLine()];
  for (let at = text.indexOf('[^'); at !== -1; at = text.indexOf('[^', at + 2)) {
    const close = closeInParagraph(footClose, footBlank, at + 2);
    if (close !== -1 && isDefined(at + 1, close)) out.push({ start: at, end: close + 1 });
  }
  const [refClose, refBlank] = [nextAfter(']'), nextBlankLine()];
  let previous = 0;
  for (let at = text.indexOf(']['); at !== -1; at = text.indexOf('][', at + 2)) {
    const close = closeInParagraph(refClose, refBlank, at + 2);
    if (close === -1) continue;
    if (close === at + 2) {
      // Collapsed: the text before "[]" is the label; its "[" lies after the previous reference.
      const open = text.lastIndexOf('[', at);
      if (open >= previous && !/\n[ \t]*\n/.test(text.slice(open, at)) && isDefined(open + 1, at)) {
        out.push({ start: at + 1, end: close + 1 });
        unfixable.push({ start: open, end: at + 1 });
      }
    } else if (isDefined(at + 2, close)) out.push({ start: at + 1, end: close + 1 });
    previous = close + 1;
  }
  // A shortcut reference, "[TY]" alone, is a link when a definition has its label: its text is
  // the label, so a rewrite would break the link. Brackets followed by "(", "[" or ":" are an
  // inline link, a full or collapsed reference, or the definition itself, read above.
  const [shortClose, shortBlank] = [nextAfter(']'), nextBlankLine()];
  for (let at = text.indexOf('['), next = -1; at !== -1; at = next) {
    next = text.indexOf('[', at + 1);
    const close = closeInParagraph(shortClose, shortBlank, at + 1);
    // A label holds no "[": only the last "[" before a "]" can open one, so the labels read are
    // disjoint and the scan stays linear ("[[[[…]" costs one label, not one per bracket).
    if (close === -1 || (next !== -1 && next < close)) continue;
    const after = text[close + 1];
    if (after !== '(' && after !== '[' && after !== ':' && isDefined(at + 1, close)) unfixable.push({ start: at, end: close + 1 });
  }
}

/** A reference label as CommonMark matches it: case and runs of white space do not matter. */
function referenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Fenced code blocks: a line opening with ``` or ~~~ (three or more) up to a line closing it, or the end. */
function fencedBlocks(text: string, out: Range[]): void {
  let open: { start: number; char: string; size: number } | undefined;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let i = lineStart;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) i++;
    const char = text[i];
    if (char === '`' || char === '~') {
      let size = 0;
      while (i + size < lineEnd && text[i + size] === char) size++;
      if (size >= 3) {
        if (!open) open = { start: lineStart, char, size };
        else if (char === open.char && size >= open.size) {
          out.push({ start: open.start, end: lineEnd });
          open = undefined;
        }
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (open) out.push({ start: open.start, end: text.length });
}

/** A real document has a handful of directives; the cap keeps hostile input linear. */
const MAX_DIRECTIVES = 1000;

const RULE_LIST = /^[ \t]*((?:[a-z][a-z-]*[ \t]*,?[ \t]*)*)/;

function parseRules(rest: string): ReadonlySet<string> | undefined {
  const list = RULE_LIST.exec(rest)?.[1] ?? '';
  const ids = list.split(/[\s,]+/).filter((id) => id && id !== '--' && id !== 'tactful');
  return ids.length > 0 ? new Set(ids) : undefined;
}

/**
 * Directives: `tactful-ignore [rule, …]` silences its own line (and the next line when it stands
 * alone on its line); `tactful-disable [rule, …]` … `tactful-enable` silences a stretch (written
 * as `<!-- tactful-disable jargon -->` in Markdown). The directives themselves are not linted.
 */
function directives(text: string, excluded: Range[], disabled: DisabledRange[]): void {
  const directive = /tactful-(ignore|disable|enable)\b([^\n]*)/g;
  const open: Array<{ start: number; rules: ReadonlySet<string> | undefined }> = [];
  let seen = 0;
  for (let m = directive.exec(text); m !== null && seen < MAX_DIRECTIVES; m = directive.exec(text), seen++) {
    const [, kind, rest = ''] = m;
    const body = rest.replace(/-->.*$/, '').replace(/\*\/.*$/, '');
    const rules = parseRules(body);
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEndIndex = text.indexOf('\n', m.index);
    const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
    excluded.push({ start: m.index, end: m.index + m[0].length });
    if (kind === 'ignore') {
      const before = text.slice(lineStart, m.index).replace(/<!--|\/\/|\/\*|#|\s/g, '');
      const after = text.slice(m.index + m[0].length, lineEnd).trim();
      let end = lineEnd;
      if (before === '' && after === '' && lineEnd < text.length) {
        const next = text.indexOf('\n', lineEnd + 1);
        end = next === -1 ? text.length : next;
      }
      disabled.push({ start: lineStart, end, rules });
    } else if (kind === 'disable') {
      open.push({ start: m.index, rules });
    } else {
      const opened = open.pop();
      if (opened) disabled.push({ start: opened.start, end: m.index, rules: opened.rules });
    }
  }
  for (const opened of open) disabled.push({ start: opened.start, end: text.length, rules: opened.rules });
}

/** Finds every region of a text; `markdown` also skips code, link targets and HTML comments. */
export function findRegions(text: string, markdown: boolean): Regions {
  const excluded: Range[] = [...nonProse(text)];
  const disabled: DisabledRange[] = [];
  const unfixable: Range[] = [];
  quotedRanges(text, excluded);
  quoteLines(text, excluded);
  if (markdown) markdownRanges(text, excluded, unfixable);
  if (text.includes('tactful-')) directives(text, excluded, disabled);
  excluded.sort((a, b) => a.start - b.start);
  unfixable.sort((a, b) => a.start - b.start);
  return { excluded, disabled, unfixable };
}

/** A token outside every excluded range. */
export const PROSE = 0;
/** A token in an excluded range. */
export const EXCLUDED = 1;
/** A token of an @mention: excluded, but it may stand for a name in a phrase ("contact @AmazonHelp"). */
export const MENTION = 2;

/** For sorted tokens, which ones lie in an excluded range (one merge pass): PROSE, EXCLUDED or MENTION. */
export function excludedTokens(tokens: readonly Range[], excluded: readonly Range[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let r = 0;
  let reach = -1;
  let mentionReach = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // Every range that begins before the token ends: a token that overlaps a range (an invisible
    // character before "U.S.") is as excluded as one inside it.
    while (r < excluded.length && excluded[r]!.start < token.end) {
      const range = excluded[r++]! as Range & { kind?: string };
      reach = Math.max(reach, range.end);
      if (range.kind === 'mention') mentionReach = Math.max(mentionReach, range.end);
    }
    if (token.start < reach) flags[t] = token.start < mentionReach && reach === mentionReach ? MENTION : EXCLUDED;
  }
  return flags;
}

/** True when a directive silences `ruleId` at `offset`. */
export function isDisabled(disabled: readonly DisabledRange[], ruleId: string, offset: number): boolean {
  for (const range of disabled) {
    if (offset >= range.start && offset < range.end && (range.rules === undefined || range.rules.has(ruleId))) return true;
  }
  return false;
}
