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
   * Prose the rules judge but no fix may rewrite, sorted by start and disjoint: the text of a
   * Markdown reference that is also its label (`[TY][]`, `[TY]` with a definition), which a
   * rewrite would unlink, and what looks like part of a link where no link is made (`:][ty]`,
   * `](<…>)` after no link text), which the reader sees as written.
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

// The pieces of a Markdown link, as CommonMark reads them. A destination is in <…> (no line
// break, no unescaped "<" or ">") or a run without spaces whose parentheses balance one level
// deep (https://x.test/a_(b)); a title is quoted or in parentheses; one line break may stand
// around them. Each piece stops at a character the next could start with, so no two loops read
// the same spaces: matching is linear, whatever the input.
const DESTINATION = String.raw`(?:<(?:[^<>\n\\]|\\.)*>|[^\s<()][^\s()]*(?:\([^\s()]*\)[^\s()]*)*)`;
const GAP = String.raw`[ \t]*(?:\n[ \t]*)?`;
const BEFORE_TITLE = String.raw`(?:[ \t]+|[ \t]*\n[ \t]*)`;
/**
 * A line break that ends a paragraph, so a label or a title cannot run over it: after a heading,
 * or before a blank line, a list item, a quote, a heading, a fence, a setext underline or a
 * thematic break. The look back runs only at a line break, over one line.
 */
const BLOCK_BREAK = String.raw`\n(?<=(?:^|\n) {0,3}#{1,6}(?:[ \t][^\n]*)?\n)|\n(?=[ \t]*(?:\n|$)| {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}(?:[ \t]|\n|$)|\x60\x60\x60|~~~|(?:=+|-+)[ \t]*(?:\n|$)|(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})(?:\n|$)))`;
/** A title: quoted or in parentheses, escapes allowed, over line breaks but not over a block break. */
const TITLE = String.raw`(?:"(?:[^"\n\\]|\\.|(?!${BLOCK_BREAK})\n)*"|'(?:[^'\n\\]|\\.|(?!${BLOCK_BREAK})\n)*'|\((?:[^()\n\\]|\\.|(?!${BLOCK_BREAK})\n)*\))`;
/** What follows "](" in an inline link, up to its ")": `(https://x.test "title")`, `(<a b>)`, `()`. */
const INLINE_TARGET = new RegExp(String.raw`${GAP}(?:${DESTINATION}(?:${BEFORE_TITLE}${TITLE})?${GAP})?\)`, 'y');
/** A line that is a block of its own: an ATX heading, a fence line, a thematic break. */
const BLOCK_LINE = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~|(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$)/;
/** Where a line opens a list item or a quote: what a definition may follow, and a paragraph may not continue into. */
const CONTAINER = /[ \t]{0,3}(?:[-*+][ \t]|1[.)][ \t]|>)/y;
const LIST_ITEM = /[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/y;
/**
 * A definition at the start of a line, inside list items and quotes: a footnote's ("[^ty]: its
 * note", a label without spaces) or a link's ("[ty]: https://… "title"", a label of at most 999
 * characters, no "[", that may run over a line break but not a block break, then a destination
 * and at most a title, ending its line).
 */
const DEFINITION = new RegExp(
  String.raw`[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*)*(?:(\[\^[^[\]\s]{1,998}\]):[ \t]*\S|(\[(?:[^[\]\n]|(?!${BLOCK_BREAK})\n){1,999}\]):${GAP}${DESTINATION}(?:${BEFORE_TITLE}${TITLE})?[ \t]*(?=\n|$))`,
  'y',
);

/**
 * The next position of something at or after a position, for scans that only move forward: each
 * search starts where the last one ended, so a whole scan costs one pass over the text.
 */
function forward(text: string, pattern: string | RegExp): (from: number) => number {
  let found = -2;
  const regex = typeof pattern === 'string' ? undefined : new RegExp(pattern.source, 'g');
  return (from) => {
    if (found !== -1 && found < from) {
      if (regex === undefined) found = text.indexOf(pattern as string, from);
      else {
        regex.lastIndex = from;
        found = regex.exec(text)?.index ?? -1;
      }
    }
    return found;
  };
}

/**
 * Where the paragraph that holds each position ends: the block breaks of a text, found once, and
 * for a position the first at or after it (-1 for none), by binary search. Every scan that must
 * stop at a paragraph's end asks this one list.
 */
function blockBreaks(text: string): (from: number) => number {
  const breaks: number[] = [];
  const pattern = new RegExp(BLOCK_BREAK, 'g');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) breaks.push(m.index);
  return (from) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (breaks[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low < breaks.length ? breaks[low]! : -1;
  };
}

/**
 * The last "[" before each position asked about, if it could open a link text: after the last
 * "]" before it (no link holds a link), not escaped, not `hidden` (in code or a link target),
 * and with no block break between.
 * Positions must be asked in order; the scan moves forward only.
 */
function linkTextOpener(text: string, nextBreak: (from: number) => number, hidden: (at: number) => boolean): (at: number) => number {
  const nextOpen = forward(text, '[');
  const nextClose = forward(text, ']');
  let open = -1;
  let close = -1;
  let seen = -1;
  return (at) => {
    for (let o = nextOpen(seen + 1); o !== -1 && o < at; o = nextOpen(o + 1)) {
      seen = o;
      if (!hidden(o)) open = o;
    }
    for (let c = nextClose(close + 1); c !== -1 && c < at; c = nextClose(c + 1)) close = c;
    if (open === -1 || open < close || text[open - 1] === '\\') return -1;
    const broken = nextBreak(open);
    return broken === -1 || broken > at ? open : -1;
  };
}

/**
 * Markdown code (fenced blocks, inline spans), link targets, autolinks and HTML comments. Each
 * scan moves forward only, so a hostile document (100 KB of backticks, "](" or "<!--" with no
 * end) costs one pass, not one pass per start.
 */
function markdownRanges(text: string, out: Range[], unfixable: Range[]): void {
  const nextBreak = blockBreaks(text);
  const fences: Range[] = [];
  fencedBlocks(text, fences);
  // An autolink is a link, not prose, and a backtick in it opens nothing; nor does one in a
  // fenced block, or an escaped one ("\`"). The code ranges do not overlap, so they can be searched.
  const autolinks: Range[] = [];
  const autolink = /<https?:[^>\s<]*>/g;
  for (let m = autolink.exec(text); m !== null; m = autolink.exec(text)) autolinks.push({ start: m.index, end: m.index + m[0].length });
  // Link targets, "](" and what follows up to its ")", read before code: a backtick in one opens
  // no code span ("[a](x`) … `").
  const candidates: Range[] = [];
  for (let at = text.indexOf('](', 0); at !== -1; at = text.indexOf('](', at + 2)) {
    INLINE_TARGET.lastIndex = at + 2;
    const target = INLINE_TARGET.exec(text);
    if (target) candidates.push({ start: at + 1, end: at + 2 + target[0].length });
  }
  const code = merged([...fences, ...autolinks, ...codeSpans(text, merged([...fences, ...autolinks, ...candidates]), nextBreak)]);
  for (const range of code) out.push(range);
  // A target outside code is a link's only after a link text, "[…]"; elsewhere ("Hello
  // ](Calm down) bye") the reader sees it, so the rules judge it, and no fix rewrites it. A "["
  // in code or in a link's target opens no link text.
  const targets: Range[] = [];
  const hidden = (at: number) => overlapsAny(code, at, at + 1) || overlapsAny(targets, at, at + 1);
  const openerBefore = linkTextOpener(text, nextBreak, hidden);
  const inlineLinks = new Set<number>();
  for (const range of candidates) {
    const at = range.start - 1;
    if (overlapsAny(code, at, at + 1)) continue;
    if (openerBefore(at) === -1) unfixable.push(range);
    else {
      out.push(range);
      inlineLinks.add(range.start);
      appendMerged(targets, range);
    }
  }
  referenceLabels(text, out, unfixable, code, hidden, inlineLinks, nextBreak);
  htmlComments(text, code, out);
}

/**
 * HTML comments, as CommonMark reads them: "<!-->" and "<!--->" are whole (empty) comments; one
 * that opens a line may run over blank lines, one inside a paragraph ends with it. A "<!--"
 * escaped or in code opens none.
 */
function htmlComments(text: string, code: readonly Range[], out: Range[]): void {
  const nextBlank = forward(text, /\n[ \t]*\n/);
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    let end = -1;
    if (text[at - 1] !== '\\' && !overlapsAny(code, at, at + 1)) {
      if (text.startsWith('>', at + 4)) end = at + 5;
      else if (text.startsWith('->', at + 4)) end = at + 6;
      else {
        const close = text.indexOf('-->', at + 4);
        if (close === -1) return;
        let indent = 0;
        while (indent < 4 && text[at - indent - 1] === ' ') indent++;
        const opensBlock = indent <= 3 && (at - indent === 0 || text[at - indent - 1] === '\n');
        const blank = nextBlank(at);
        if (opensBlock || blank === -1 || blank > close) end = close + 3;
      }
    }
    if (end === -1) at = text.indexOf('<!--', at + 4);
    else {
      out.push({ start: at, end });
      at = text.indexOf('<!--', end);
    }
  }
}

/**
 * Inline code spans: a run of backticks up to the next run of the same length in its paragraph
 * ("`a`", "``a ` b``", over a line break too); a run with no partner is text ("```Calm down`" is
 * no code). A run after a backslash opens nothing, and runs in `skip` (fenced blocks, autolinks;
 * sorted, disjoint) are not runs. Each run's partner is found by one pass from the end of its
 * paragraph, so the whole scan is linear.
 */
function codeSpans(text: string, skip: readonly Range[], nextBreak: (from: number) => number): Range[] {
  const spans: Range[] = [];
  const nextTick = forward(text, '`');
  for (let start = 0; start < text.length; ) {
    const broken = nextBreak(start);
    const end = broken === -1 ? text.length : broken;
    const runs: { start: number; size: number }[] = [];
    for (let at = nextTick(start); at !== -1 && at < end; ) {
      let after = at;
      while (after < end && text[after] === '`') after++;
      if (!overlapsAny(skip, at, after)) runs.push({ start: at, size: after - at });
      at = nextTick(after);
    }
    // For each run, the next run of the same length in the paragraph.
    const partner = new Array<number>(runs.length).fill(-1);
    const lastOfSize = new Map<number, number>();
    for (let i = runs.length - 1; i >= 0; i--) {
      partner[i] = lastOfSize.get(runs[i]!.size) ?? -1;
      lastOfSize.set(runs[i]!.size, i);
    }
    for (let i = 0; i < runs.length; i++) {
      const j = partner[i]!;
      if (j === -1 || text[runs[i]!.start - 1] === '\\') continue;
      spans.push({ start: runs[i]!.start, end: runs[j]!.start + runs[j]!.size });
      i = j;
    }
    if (broken === -1) break;
    start = broken + 1;
  }
  return spans;
}

/**
 * Whether `[start, end)` overlaps one of the ranges, sorted by start and disjoint: a binary
 * search for the last that starts before `end`.
 */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid]!.start < end) low = mid + 1;
    else high = mid;
  }
  return low > 0 && ranges[low - 1]!.end > start;
}

/**
 * Labels that tie a reference to its definition. A footnote (`[^ty]`), the label of a full
 * reference (`[text][ty]`) and a definition (`[ty]: https://…`) are identifiers, not prose
 * (`out`). The text of a collapsed reference (`[TY][]`) and of a shortcut reference with a
 * definition (`[TY]`) is also its label: the reader sees it, so the rules judge it, but a rewrite
 * would break the link (`unfixable`). A definition is one only where CommonMark reads one: at the
 * start of a block (a definition cannot interrupt a paragraph), with a destination, outside code
 * (`code`, sorted). `inlineLinks` holds the "(" of every inline link found. Forward scans only.
 */
function referenceLabels(
  text: string,
  out: Range[],
  unfixable: Range[],
  code: readonly Range[],
  hidden: (at: number) => boolean,
  inlineLinks: ReadonlySet<number>,
  nextBreak: (from: number) => number,
): void {
  const defined = new Set<string>();
  const definitionAt = new Set<number>();
  let previous: 'start' | 'blank' | 'definition' | 'list' | 'text' = 'start';
  for (let lineStart = 0; lineStart < text.length; ) {
    let newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    CONTAINER.lastIndex = lineStart;
    LIST_ITEM.lastIndex = lineStart;
    const listItem = LIST_ITEM.test(text);
    // After a paragraph's line (or a list item's), a line continues it unless it opens a list
    // item or a quote (any list item after a list item; only "1." after text).
    const blockStart = previous === 'start' || previous === 'blank' || previous === 'definition' || CONTAINER.test(text) || (listItem && previous === 'list');
    DEFINITION.lastIndex = lineStart;
    const m = blockStart && line.includes('[') && !overlapsAny(code, lineStart, lineStart + 1) ? DEFINITION.exec(text) : null;
    if (m) {
      const written = m[1] ?? m[2]!;
      const label = m.index + m[0].indexOf('[');
      // A footnote's note is prose; a link's destination and title are not.
      out.push({ start: label, end: m[1] === undefined ? m.index + m[0].length : label + written.length });
      defined.add(referenceLabel(written.slice(1, -1)));
      definitionAt.add(label);
      previous = 'definition';
      newline = text.indexOf('\n', m.index + m[0].length);
    } else if (line.trim() === '') previous = 'blank';
    // A heading, a fence line or a thematic break ends its block: a definition may follow.
    else if (BLOCK_LINE.test(line)) previous = 'definition';
    else previous = listItem ? 'list' : 'text';
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (defined.size === 0) return;
  const isDefined = (start: number, end: number) => end - start <= 1000 && defined.has(referenceLabel(text.slice(start, end)));
  const closeInParagraph = (nextClose: (from: number) => number, from: number) => {
    const close = nextClose(from);
    const broken = nextBreak(from);
    return close !== -1 && (broken === -1 || close < broken) ? close : -1;
  };
  // A footnote's label has no spaces; "[^It's company policy]" is a shortcut reference, read below.
  const [footClose, footSpace] = [forward(text, ']'), forward(text, /\s/)];
  for (let at = text.indexOf('[^'); at !== -1; at = text.indexOf('[^', at + 2)) {
    const close = closeInParagraph(footClose, at + 2);
    const space = footSpace(at + 2);
    if (close !== -1 && (space === -1 || space > close) && isDefined(at + 1, close)) out.push({ start: at, end: close + 1 });
  }
  const refClose = forward(text, ']');
  const openerBefore = linkTextOpener(text, nextBreak, hidden);
  let previousEnd = 0;
  for (let at = text.indexOf(']['); at !== -1; at = text.indexOf('][', at + 2)) {
    const close = closeInParagraph(refClose, at + 2);
    if (close === -1) continue;
    const open = openerBefore(at);
    const linked = open !== -1 && open >= previousEnd;
    if (close === at + 2) {
      // Collapsed: the text before "[]" is the label.
      if (linked && isDefined(open + 1, at)) {
        out.push({ start: at + 1, end: close + 1 });
        unfixable.push({ start: open, end: at + 1 });
      }
    } else if (isDefined(at + 2, close)) {
      // A full reference's label is an identifier only after a link text ("[text][ty]"); after
      // anything else (":][ty]", "\[x][ty]") the reader sees it: judged, never rewritten.
      if (linked) out.push({ start: at + 1, end: close + 1 });
      else unfixable.push({ start: at + 1, end: close + 1 });
    }
    previousEnd = close + 1;
  }
  // A shortcut reference, "[TY]" alone, is a link when a definition has its label: its text is
  // the label, so a rewrite would break the link. Brackets followed by an inline link's "(", a
  // "[" or a definition's ":" are read above.
  const [shortClose, labelClose] = [forward(text, ']'), forward(text, ']')];
  const fullOrCollapsed = (open: number) => {
    const close = closeInParagraph(labelClose, open + 1);
    return close === open + 1 || (close !== -1 && isDefined(open + 1, close));
  };
  for (let at = text.indexOf('['), next = -1; at !== -1; at = next) {
    next = text.indexOf('[', at + 1);
    const close = closeInParagraph(shortClose, at + 1);
    // A label holds no "[": only the last "[" before a "]" can open one, so the labels read are
    // disjoint and the scan stays linear ("[[[[…]" costs one label, not one per bracket).
    if (close === -1 || (next !== -1 && next < close)) continue;
    const after = text[close + 1];
    // "[TY][x]" with no "x" defined is the shortcut "[TY]" followed by text.
    const readAbove = (after === '(' && inlineLinks.has(close + 1)) || (after === '[' && fullOrCollapsed(close + 1)) || definitionAt.has(at);
    if (!readAbove && isDefined(at + 1, close)) unfixable.push({ start: at, end: close + 1 });
  }
}

/** A reference label as CommonMark matches it: case and runs of white space do not matter. */
function referenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Fenced code blocks: a line opening with ``` or ~~~ (three or more), indented at most three
 * spaces, up to a line closing it, or the end. A backtick fence's info string holds no backtick
 * ("```Calm down`" is inline code, not a fence).
 */
function fencedBlocks(text: string, out: Range[]): void {
  let open: { start: number; char: string; size: number; indent: number } | undefined;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let i = lineStart;
    let indent = 0;
    while (i < lineEnd && (text[i] === ' ' || text[i] === '\t')) indent += text[i++] === '\t' ? 4 : 1;
    // A fence opened inside a list item ends with the item: at a line indented less than it.
    if (open && i < lineEnd && indent < open.indent) {
      out.push({ start: open.start, end: lineStart - 1 });
      open = undefined;
    }
    const char = text[i];
    if (indent <= 3 && (char === '`' || char === '~')) {
      let size = 0;
      while (i + size < lineEnd && text[i + size] === char) size++;
      if (size >= 3) {
        if (!open) {
          if (char === '~' || !text.slice(i + size, lineEnd).includes('`')) open = { start: lineStart, char, size, indent };
        } else if (char === open.char && size >= open.size && text.slice(i + size, lineEnd).trim() === '') {
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
  return { excluded, disabled, unfixable: merged(unfixable) };
}

/** Ranges sorted by start, overlapping ones joined: what `overlapsAny` searches. */
function merged(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const range of ranges) appendMerged(out, range);
  return out;
}

/** Adds a range that starts at or after the last one's start, joining the two where they overlap. */
function appendMerged(ranges: Range[], range: Range): void {
  const last = ranges.at(-1);
  if (last && range.start < last.end) ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
  else ranges.push(range);
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
