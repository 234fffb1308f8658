/**
 * Links and e-mail addresses in prose, found as linkify-it 6 finds them with
 * `{ fuzzyLink: true }` (what markdown-it uses): `https://…`, `ftp://…`, `//…`, `mailto:…`,
 * `www.…` and bare domains with a known ending (`apple.co/x`), and `name@host.tld`; trailing
 * punctuation and unbalanced brackets stay outside.
 *
 * This is linkify-it's own matcher (MIT, © Vitaly Puzrin; github.com/markdown-it/linkify-it),
 * written again with plain classes. linkify-it builds its expressions from uc.micro's code-point
 * tables, which V8 took 18–31 ms to compile at the first match of every process: a CLI run, a
 * serverless guard, a chat widget's first check of a reply with a link or a time ("10:30") in it.
 * Here white space and control characters are listed, and every punctuation mark outside ASCII is
 * read as `§` (`shape`), so the same expressions compile in a few milliseconds, and linkify-it and
 * uc.micro left the package's dependencies. `src/lint/links.test.ts` holds every match equal to
 * linkify-it's on real support text and on generated link-like text.
 *
 * Known differences, all where linkify-it reads characters beyond the Basic Multilingual Plane
 * loosely: an astral punctuation mark (`𑁇`) is a letter of a host there and punctuation here; a
 * lone low surrogate joins the character before it there (`Hi \ude00shop.lv` is one link there,
 * `\ude00shop.lv` here); and a host label's 63-character limit counts code points there and UTF-16
 * units here, so a label of more than 31 emoji is a link there and not here.
 */
import { hasNonAscii } from '../core/letters';

/** A link or an e-mail address: where it is, and its scheme (`''` for a bare domain). */
export interface LinkMatch {
  readonly schema: string;
  readonly index: number;
  readonly lastIndex: number;
}

// Two-letter endings (every country code), written as linkify-it writes them: a first letter and
// the second letters that follow it.
const TWO_LETTER = 'a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw';
const ENDINGS = 'biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф';

/** The expressions, built on first use: a text with nothing link-like never pays for them. */
interface Expressions {
  readonly schemaSearch: RegExp;
  readonly fuzzyLinkSearch: RegExp;
  readonly mailHostSearch: RegExp;
  readonly mailName: RegExp;
  readonly http: RegExp;
  readonly relative: RegExp;
  readonly mailto: RegExp;
}

let built: Expressions | undefined;

const IP6_LOOSE = '[0-9A-Fa-f:.]{2,45}';
let ip6Exact: RegExp | undefined;

/** Whether a bracketed host (`[::1]`, `[IPv6:2001:db8::1]`) at `at` in `text`, if there is one, is an IPv6 address. */
function ip6HostOk(text: string, at: number): boolean {
  if (text[at] !== '[') return true;
  const inner = /^\[(?:IPv6:)?([^\]]*)\]/i.exec(text.slice(at, at + 52))?.[1] ?? '';
  if (!ip6Exact) {
    const h16 = '[0-9A-Fa-f]{1,4}';
    const ip4 = '(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
    const ls32 = `(?:(?:${h16}:${h16})|${ip4})`;
    ip6Exact = new RegExp(`^(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)$`);
  }
  return ip6Exact.test(inner);
}

function build(): Expressions {
  // White space (Z), control characters (Cc) and punctuation (P), as plain classes. \p{…} classes
  // cost V8 about 0.35 ms each to compile, and these expressions hold some 260 of them: instead,
  // Z and Cc are listed (they are short, fixed lists), and every punctuation mark outside ASCII is
  // read as `§` (see `shape`), so that P is the ASCII marks and `§`.
  const Z = '\\x20\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
  const Cc = '\\x00-\\x1f\\x7f-\\x9f';
  const P = '!"#%&\'()*,\\-./:;?@\\[\\\\\\]_{}\\xa7';
  const ZPCc = `[${Z}${Cc}${P}]`;
  const ZCc = `[${Z}${Cc}]`;
  const separators = '[><\\uff5c]';
  // A letter of a host name: anything but white space, punctuation, control characters and the
  // separators.
  const letter = `[^${Z}${Cc}${P}><\\uff5c]`;
  // An IPv6 host in brackets, read loosely here and checked exactly by `ip6HostOk` after a match: the
  // exact grammar alone took V8 about 10 ms to compile in each of four expressions.
  const ip6UrlHost = `\\[${IP6_LOOSE}\\]`;
  const ip6MailHost = `\\[IPv6:${IP6_LOOSE}\\]`;
  const port = '(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?';
  const hostTerminator = `(?=$|${separators}|${ZPCc})(?!-|_|:\\d|\\.-|\\.(?!$|${ZPCc}))`;
  const pathTerminator = `[${Z}${Cc}${P}><\\uff5c]`;
  const nestedPair = (open: string, close: string) => {
    const atom = `(?:(?!${ZCc}|${open}|${close}).)`;
    let pair = `${open}${atom}{0,1000}${close}`;
    for (let level = 2; level <= 4; level++) pair = `${open}(?:${atom}|${pair}){0,1000}${close}`;
    return pair;
  };
  const path =
    `(?:[/?#](?:${nestedPair('\\[', '\\]')}|${nestedPair('\\(', '\\)')}|${nestedPair('\\{', '\\}')}|` +
    `"(?:(?!${ZCc}|["]).){1,100}"|'(?:(?!${ZCc}|[']).){1,100}'|'(?=${letter}|[-])|` +
    `\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${ZCc}|[.]|$)|-{1,20}|,(?!${ZCc}|$)|;(?!${ZCc}|$)|` +
    `!{1,20}(?!${ZCc}|[!]|$)|\\?(?!${ZCc}|[?]|$)|[\\\\/:%@#&=_~*]|(?!${pathTerminator}).){1,10000}|\\/)?`;
  const mailName = "[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}";
  const xn = 'xn--[a-z0-9\\-]{1,59}';
  const endings = [...new Set([...ENDINGS.split('|'), ...TWO_LETTER.split('|').flatMap((group) => [...group.slice(2)].map((second) => group[0] + second))])].sort().reverse().join('|');
  const domainRoot = `(?:${xn}|${letter}{1,63})`;
  const domain = `(?:${xn}|(?:${letter})|(?:${letter}(?:-|${letter}){0,61}${letter}))`;
  const urlHostPort = `(?:${ip6UrlHost}|(?:(?:(?:${domain})\\.){0,10}${domain}))${port}${hostTerminator}`;
  const fuzzyUrlHost = `(?:(?:(?:${domain})\\.){1,10}(?:${endings}|${xn}))${hostTerminator}`;
  const mailHost = `(?:${ip6MailHost}|(?:(?:(?:${domain})\\.){0,4}${domain}))${hostTerminator}`;
  const fuzzyMailHost = `(?:${ip6MailHost}|(?:(?:(?:${domain})[.]){1,4}${domainRoot}))${hostTerminator}`;
  return {
    schemaSearch: new RegExp(`(^|(?!_)(?:${separators}|${ZPCc}))(http:|https:|ftp:|//|mailto:)`, 'gi'),
    fuzzyLinkSearch: new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\\uff5c]|${ZPCc}))(?:(?![$+<=>^\`|\\uff5c])${fuzzyUrlHost}${path})`, 'gi'),
    mailHostSearch: new RegExp(`@${fuzzyMailHost}`, 'gi'),
    mailName: new RegExp(`(?:^|${separators}|"|\\(|${ZCc})(${mailName})$`),
    http: new RegExp(`\\/\\/${urlHostPort}${path}`, 'iy'),
    relative: new RegExp(`(?:localhost|${ip6UrlHost}|(?:(?:${domain})[.]){1,10}${domainRoot})${port}${hostTerminator}${path}`, 'iy'),
    mailto: new RegExp(`${mailName}@${mailHost}`, 'iy'),
  };
}

const WIDE_PUNCTUATION = new RegExp(String.raw`(?![\x00-\x7f])\p{P}`, 'gu');

/**
 * The text as the expressions read it: every punctuation mark outside ASCII (`“`, `…`, `«`, `–`)
 * becomes `§`, which they treat as they treat any punctuation. Same length, same offsets.
 */
function shape(text: string): string {
  return hasNonAscii(text) ? text.replace(WIDE_PUNCTUATION, (mark) => '\xa7'.repeat(mark.length)) : text;
}

/** How long the link whose scheme ends at `pos` is after its scheme, or 0. */
function schemeTail(re: Expressions, text: string, schema: string, pos: number): number {
  const head = text.slice(0, pos + 10_000);
  const validator = schema === 'mailto:' ? re.mailto : schema === '//' ? re.relative : re.http;
  validator.lastIndex = pos;
  const m = validator.exec(head);
  if (!m) return 0;
  const host = schema === 'mailto:' ? pos + m[0].indexOf('@') + 1 : schema === '//' ? pos : pos + 2;
  if (!ip6HostOk(head, host)) return 0;
  // `//` after `http:` or a path is not a link of its own.
  if (schema === '//' && pos >= 3 && (text[pos - 3] === ':' || text[pos - 3] === '/')) return 0;
  return m[0].length;
}

interface Candidate {
  schema: string;
  index: number;
  lastIndex: number;
}

/**
 * The next candidate a search finds that starts at `pos` or later (the search never goes back
 * before `scanFrom`), or undefined when it finds no more. `candidate` turns a match into one, or
 * rejects it.
 */
function nextAt(search: RegExp, text: string, pos: number, scanFrom: number, candidate: (m: RegExpExecArray) => Candidate | undefined): Candidate | undefined {
  for (;;) {
    if (search.lastIndex < scanFrom) search.lastIndex = scanFrom;
    const m = search.exec(text);
    if (!m) return undefined;
    const found = candidate(m);
    if (found && found.index >= pos) return found;
  }
}

/** Whether `a` goes first: it starts earlier, or at the same place and is longer. */
const before = (a: Candidate | undefined, b: Candidate | undefined): boolean =>
  a !== undefined && (b === undefined || a.index < b.index || (a.index === b.index && a.lastIndex > b.lastIndex));

/**
 * Every link and e-mail address in `text`, left to right, none overlapping: the same matches,
 * in the same order, as linkify-it's `match()` with `{ fuzzyLink: true }`.
 *
 * @example
 * ```ts
 * findLinks('Write to help@shop.lv or see shop.lv/faq.').map((m) => [m.index, m.lastIndex]); // → [[9, 21], [29, 40]]
 * ```
 */
export function findLinks(original: string): LinkMatch[] {
  const result: LinkMatch[] = [];
  if (original.length === 0) return result;
  const text = shape(original);
  const re = (built ??= build());
  const { schemaSearch, fuzzyLinkSearch, mailHostSearch, mailName } = re;
  schemaSearch.lastIndex = 0;
  fuzzyLinkSearch.lastIndex = 0;
  mailHostSearch.lastIndex = 0;
  let email: Candidate | undefined;
  let fuzzy: Candidate | undefined;
  let prefix: Candidate | undefined;
  // An e-mail address holds an `@`, a bare domain a dot: without them, those searches (and their
  // compiling) are skipped, with the same result.
  let emailDone = !text.includes('@');
  let fuzzyDone = !text.includes('.');
  let schemaDone = false;
  let pos = 0;
  for (;;) {
    const scanFrom = Math.max(pos - 1, 0);
    if (!emailDone && (!email || email.index < pos)) {
      email = nextAt(mailHostSearch, text, pos, scanFrom, (m) => {
        const name = mailName.exec(text.slice(Math.max(0, m.index - 65), m.index));
        return name && ip6HostOk(text, m.index + 1) ? { schema: 'mailto:', index: m.index - name[1]!.length, lastIndex: m.index + m[0].length } : undefined;
      });
      emailDone = email === undefined;
    }
    if (!fuzzyDone && (!fuzzy || fuzzy.index < pos)) {
      fuzzy = nextAt(fuzzyLinkSearch, text, pos, scanFrom, (m) => ({ schema: '', index: m.index + m[1]!.length, lastIndex: m.index + m[0].length }));
      fuzzyDone = fuzzy === undefined;
    }
    const firstFuzzy = before(fuzzy, email) ? fuzzy : email;
    let schemed: Candidate | undefined;
    while (!schemaDone) {
      if (!prefix) {
        if (schemaSearch.lastIndex < scanFrom) schemaSearch.lastIndex = scanFrom;
        const m = schemaSearch.exec(text);
        if (!m) {
          schemaDone = true;
          break;
        }
        prefix = { schema: m[2]!.toLowerCase(), index: m.index + m[1]!.length, lastIndex: m.index + m[0].length };
      }
      if (prefix.index < pos) {
        prefix = undefined;
        continue;
      }
      if (firstFuzzy && prefix.index > firstFuzzy.index) break;
      const found = prefix;
      prefix = undefined;
      const length = schemeTail(re, text, found.schema, found.lastIndex);
      if (length) {
        schemed = { schema: found.schema, index: found.index, lastIndex: found.lastIndex + length };
        break;
      }
    }
    let candidate = schemed;
    if (before(email, candidate)) candidate = email;
    if (before(fuzzy, candidate)) candidate = fuzzy;
    if (!candidate) break;
    if (candidate === email) email = undefined;
    else if (candidate === fuzzy) fuzzy = undefined;
    result.push({ schema: candidate.schema, index: candidate.index, lastIndex: candidate.lastIndex });
    pos = candidate.lastIndex;
  }
  return result;
}
