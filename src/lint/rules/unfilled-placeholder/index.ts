import type { RuleLocaleData } from '../../../core/lint-data';
import { nonProse } from '../../non-prose';
import type { Finding, RuleContext, RuleModule } from '../../rule';
import { lazyRegExp } from '../../../core/lazy-regexp';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const MARKS = new RegExp(String.raw`\p{M}`, 'gu');
const WORD_BEFORE = lazyRegExp(String.raw`([\p{L}\p{M}'’]+)[\s,]*$`, 'u');
const WORDS_AFTER = lazyRegExp(String.raw`^[\s,]*([\p{L}\p{M}'’]+(?:\s+[\p{L}\p{M}'’]+)?)`, 'u');

/**
 * Template syntax of every system a reply may pass through, whatever the language: Handlebars,
 * Mustache, Liquid and the help desks built on them (`{{first_name}}`, `{% if %}`), Ruby and
 * Rails i18n (`%{name}`), Zammad and CoffeeScript (`#{ticket.number}`), JavaScript template
 * strings (`${name}`), Salesforce (`{!Contact.FirstName}`), Help Scout and FreeScout
 * (`{%customer.firstName%}`), Mailchimp merge tags (`*|FNAME|*`) and printf (`%s`, `%(name)s`).
 * Bounded repetitions only: each start is read a bounded number of characters on.
 */
const TEMPLATE_SYNTAX = lazyRegExp(String.raw`\{\{[^{}\n]{1,80}\}\}|\{%[^{}\n]{1,80}%\}|[%#$]\{[^{}\n]{1,60}\}|\{![^{}\n]{1,60}\}|\*\|[A-Za-z0-9_:-]{1,40}\|\*|%\([A-Za-z_][A-Za-z0-9_]{0,30}\)[sd]|(?<![\p{L}\p{N}%])%[sd@](?![\p{L}\p{N}])`, 'gu');

/** One pair of braces around a name: `{first_name}`, `{customerName}`, `{0}`, `{order.id}`. */
const SINGLE_BRACES = /(?<![{%#$!])\{([^{}\n"':;,=<>()]{1,40})\}(?!\})/gu;
const IDENTIFIER = lazyRegExp(String.raw`^\s*(?:[\p{L}_$][\p{L}\p{N}_.$-]*|\d{1,2})\s*$`, 'u');

/** Square and angle brackets around words: `[Customer Name]`, `<first name>`, `<OTRS_CUSTOMER_REALNAME>`. */
const BRACKETS = /\[([^[\]\n]{1,60})\](?![(:[])|<([^<>\n]{1,60})>/gu;
const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/**
 * Stand-in letters for a number or a date: `XXX`, `#XXXX`, `XX/XX/XXXX`, `€XX.XX`, `xxx-xxx`, also
 * in Cyrillic (`ХХХ`). Lower-case "xxx" alone is left alone: people sign messages with kisses.
 */
const STAND_IN_LETTERS = lazyRegExp(String.raw`(?<![\p{L}\p{N}_])(?:#?[XХ]{3,}|(?:[XХ]{2,}|x{2,})(?:[-/.:][XХx]{2,})+|#x{3,}|[$€£]\s?[XХx]{2,}(?:[.,][XХx]{2})?)(?![\p{L}\p{N}_])`, 'gu');

/** What a program writes where a value was missing: never a word a customer should read. */
const ALWAYS = lazyRegExp(String.raw`\[object Object\]|Invalid Date|(?<![\p{L}\p{N}_])NaN(?![\p{L}\p{N}_])|(?:[$€£¥₽₴]|(?<![\p{L}\p{N}_])[A-Z]{3})\s?-?Infinity|(?<![\p{L}\p{N}_])-?Infinity\s?(?:[$€£¥₽₴]|[A-Z]{3}(?![\p{L}\p{N}_]))`, 'gu');
/** The same, but also words of prose ("null and void", "is undefined"): judged by their neighbours. */
const VALUE_WORDS = lazyRegExp(String.raw`(?<![\p{L}\p{N}_.])(?:undefined|null|NULL)(?![\p{L}\p{N}_])`, 'gu');
/**
 * Capitalised, a value only where a name is addressed and nothing name-like stands before it (a
 * program that capitalised the name it never got): "Undefined, your order shipped.", "Hello,
 * Undefined!", "Dear Null,". Not "Kevin Null!", "Dear Ms Null," or "Our Undefined collection".
 */
const ADDRESSED_VALUE = lazyRegExp(String.raw`(?<![\p{L}\p{N}_.])(?:Undefined|UNDEFINED|Null)(?=\s*[,!.:;—–]|[^\S\n]*(?:\n|$))`, 'gu');
// A sentence's start: not the point of a title ("Dear Mr. Null," addresses Mr Null).
const SENTENCE_START = String.raw`(?:^|(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St))[.!?]\s+|\n\s*)`;
const ADDRESS_BEFORE = lazyRegExp(String.raw`${SENTENCE_START}(?:\p{L}+,\s*|(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\s+)?$`, 'iu');

const CODE_BEFORE = /(?:["']\s*:|[=!<>]=?=?|[([])\s*$/;

/**
 * A form to compare bracketed words with the data: lower case, diacritics and apostrophes gone,
 * separators as spaces ("Customer_Name", "customer-name" and "Customer  Name" are one form).
 */
export function standInForm(words: string): string {
  return words
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`´]/g, '')
    .replace(/[_\-.,\s]+/g, ' ')
    .trim();
}

interface Vocabulary {
  readonly standIns: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly notAfter: ReadonlySet<string>;
  readonly notBefore: readonly string[];
}

/**
 * Stand-ins that models and help desks write in English in any language: a Latvian bot prompted
 * in English still leaves "[Customer Name]".
 */
const ENGLISH_STAND_INS = ['name', 'first name', 'customer name', 'customer', 'client name', 'agent name', 'your name', 'user name', 'full name', 'order number', 'order id', 'date', 'company', 'company name'];

const vocabularies = new WeakMap<RuleLocaleData, Vocabulary>();
function vocabularyOf(data: RuleLocaleData): Vocabulary {
  let vocabulary = vocabularies.get(data);
  if (!vocabulary) {
    vocabulary = {
      standIns: new Set([...ENGLISH_STAND_INS, ...(data.standIns ?? [])].map(standInForm)),
      prefixes: (data.standInPrefixes ?? []).map((p) => `${standInForm(p)} `),
      suffixes: (data.standInSuffixes ?? []).map((s) => ` ${standInForm(s)}`),
      notAfter: new Set((data.valueNotAfter ?? []).map(standInForm)),
      notBefore: (data.valueNotBefore ?? []).map(standInForm),
    };
    vocabularies.set(data, vocabulary);
  }
  return vocabulary;
}

/** Whether bracketed words name a value to fill in: "Customer Name", "insert date here", "Vārds". */
function isStandIn(words: string, vocabulary: Vocabulary): boolean {
  let form = standInForm(words);
  if (form === '' || /^\d+$/.test(form)) return false;
  // Strip "insert", "your", "here" and their kind, one at a time, checking the list at each step.
  for (let round = 0; round < 4; round++) {
    if (vocabulary.standIns.has(form)) return true;
    const prefix = vocabulary.prefixes.find((p) => form.startsWith(p));
    const suffix = vocabulary.suffixes.find((s) => form.endsWith(s));
    if (prefix) form = form.slice(prefix.length);
    else if (suffix) form = form.slice(0, -suffix.length);
    else return false;
  }
  return vocabulary.standIns.has(form);
}

/** Code a developer is shown: inline `code` spans and fenced blocks hold template syntax on purpose. */
function codeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  const fence = /^[ \t]*(?:```|~~~)[^\n]*$/gm;
  for (let m = fence.exec(text); m !== null; m = fence.exec(text)) {
    if (open === -1) open = m.index;
    else {
      ranges.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  if (open !== -1) ranges.push([open, text.length]);
  const inline = /`[^`\n]+`/g;
  for (let m = inline.exec(text); m !== null; m = inline.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** An overlap test over ranges: merged once, then a binary search per question. */
function overlaps(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return (start, end) => {
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (merged[mid]![1] <= start) low = mid + 1;
      else high = mid;
    }
    return low < merged.length && merged[low]![0] < end;
  };
}

/** The word right before `at` and the words right after `end`, in the comparison form. */
function neighbours(text: string, at: number, end: number): { before: string; after: string } {
  const before = WORD_BEFORE().exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  const after = WORDS_AFTER().exec(text.slice(end, end + 40))?.[1] ?? '';
  return { before: standInForm(before), after: standInForm(after) };
}

/**
 * Leftover template syntax and stand-ins in a reply: the placeholder a template, a help desk or
 * a language model failed to fill. Code spans are a developer's example, not a slip; a link may
 * hold `{id}`, a footnote `[1]`, a JSON snippet braces, and "null and void" is English.
 */
function findPlaceholders(data: RuleLocaleData, { text }: RuleContext): Finding[] {
  const vocabulary = vocabularyOf(data);
  const inCode = overlaps(codeRanges(text));
  const found: Finding[] = [];
  const push = (start: number, end: number) => {
    if (!inCode(start, end)) found.push({ start, end });
  };
  let addresses: ((start: number, end: number) => boolean) | undefined;
  const inAddress = (start: number, end: number) => {
    addresses ??= overlaps(nonProse(text).filter((r) => r.kind === 'link' || r.kind === 'path').map((r): [number, number] => [r.start, r.end]));
    return addresses(start, end);
  };
  const each = (pattern: RegExp, visit: (m: RegExpExecArray) => void) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m);
  };
  if (/[{%*]/.test(text)) each(TEMPLATE_SYNTAX(), (m) => push(m.index, m.index + m[0].length));
  if (text.includes('{')) {
    each(SINGLE_BRACES, (m) => {
      const words = m[1]!;
      if ((IDENTIFIER().test(words) || isStandIn(words, vocabulary)) && !inAddress(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length);
    });
  }
  if (/[[<]/.test(text)) {
    each(BRACKETS, (m) => {
      const words = (m[1] ?? m[2])!;
      if (words.trim() !== words && m[2] !== undefined) return; // "a < b > c" is a comparison
      const standIn = isStandIn(words, vocabulary) || SCREAMING_SNAKE.test(words.trim());
      if (standIn && !inAddress(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length);
    });
  }
  if (/[XХx]{2}/.test(text)) each(STAND_IN_LETTERS(), (m) => push(m.index, m.index + m[0].length));
  // Each of ALWAYS's words, looked for first: its Unicode classes cost a few milliseconds to
  // compile, at the first reply that could hold one.
  if (/\[object Object\]|Invalid Date|NaN|Infinity/.test(text)) each(ALWAYS(), (m) => push(m.index, m.index + m[0].length));
  if (/undefined|null/i.test(text)) {
    each(VALUE_WORDS(), (m) => {
      const end = m.index + m[0].length;
      // A value in code or JSON a developer is shown: `"note": null`, `x === undefined`, `f(null)`.
      if (CODE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
      const { before, after } = neighbours(text, m.index, end);
      if (vocabulary.notAfter.has(before)) return;
      if (vocabulary.notBefore.some((words) => after === words || after.startsWith(`${words} `))) return;
      push(m.index, end);
    });
    each(ADDRESSED_VALUE(), (m) => {
      if (ADDRESS_BEFORE().test(text.slice(Math.max(0, m.index - 40), m.index))) push(m.index, m.index + m[0].length);
    });
  }
  // Syntax inside syntax (`[{{name}}]`) is one placeholder: the outermost span wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return found.filter((f) => {
    if (f.end <= reach) return false;
    reach = f.end;
    return true;
  });
}

/** `unfilled-placeholder`: its own matcher; per locale the bracketed words that stand in for a value. */
export const unfilledPlaceholder: RuleModule = {
  id: 'unfilled-placeholder',
  category: 'clarity',
  severity: 'error',
  description: 'Template syntax or a stand-in that was never filled: {{first_name}}, %{ticket.name}, [Customer Name], XXX, undefined.',
  check: findPlaceholders,
  tuning:
    '- Bracketed stand-ins are words per locale: `standIns` (whole contents such as "customer name"), `standInPrefixes` ("insert", "your") and `standInSuffixes` ("here") in the data file; `valueNotAfter` and `valueNotBefore` are the words around "null" and "undefined" that make them prose ("null and void").',
};
