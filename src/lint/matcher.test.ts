import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { PhraseMatcher, trieSnapshot } from './matcher';
import { compactPattern, GAP_WORDS, NAME_WORDS, parsePattern, type PatternSlots, type PatternToken } from './pattern';
import { tokenize } from './tokenize';

/**
 * The trie as it was built before it was built lazily: every path of every pattern walked at
 * once, depth first. The matcher's lazily built trie must be this one, node for node and payload
 * for payload in the same order (which phrase wins a tie), for every shipped locale's data.
 */
function eagerTrie<T>(patterns: ReadonlyArray<readonly [PatternSlots, T]>): string {
  type Node = { exact?: Map<string, Node>; stems?: Stem; number?: Node; gap?: Node; name?: Node; payloads?: T[] };
  type Stem = { children?: Map<string, Stem>; target?: Node };
  const root: Node = {};
  let longest = 0;
  const width = (sequence: readonly PatternToken[]) => sequence.reduce((sum, t) => sum + (t.kind === 'gap' ? GAP_WORDS : t.kind === 'name' ? NAME_WORDS : 1), 0);
  const step = (node: Node, token: PatternToken): Node => {
    if (token.kind === 'number' || token.kind === 'gap' || token.kind === 'name') return (node[token.kind] ??= {});
    if (token.kind === 'exact') {
      const exact = (node.exact ??= new Map());
      if (!exact.has(token.value)) exact.set(token.value, {});
      return exact.get(token.value)!;
    }
    let stem = (node.stems ??= {});
    for (const char of token.value) {
      const children = (stem.children ??= new Map());
      if (!children.has(char)) children.set(char, {});
      stem = children.get(char)!;
    }
    return (stem.target ??= {});
  };
  for (const [slots, payload] of patterns) {
    const walk = (node: Node, index: number, depth: number): void => {
      if (index === slots.length) {
        if (depth > 0 && !node.payloads?.includes(payload)) {
          (node.payloads ??= []).push(payload);
          longest = Math.max(longest, depth);
        }
        return;
      }
      for (const alternative of slots[index]!) walk(alternative.reduce(step, node), index + 1, depth + width(alternative));
    };
    walk(root, 0, 0);
  }
  // The same text as trieSnapshot writes, edges by their word or letter.
  const sorted = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [`longest ${longest}`];
  const describeNode = (at: Node): void => {
    out.push('(');
    if (at.exact) for (const [word, child] of sorted(at.exact)) (out.push(` w:${word}`), describeNode(child));
    if (at.stems) (out.push(' s'), describeStem(at.stems));
    if (at.number) (out.push(' #'), describeNode(at.number));
    if (at.gap) (out.push(' ...'), describeNode(at.gap));
    if (at.name) (out.push(' <name>'), describeNode(at.name));
    if (at.payloads) out.push(` = ${at.payloads.map(String).join(' | ')}`);
    out.push(')');
  };
  const describeStem = (at: Stem): void => {
    out.push('[');
    if (at.children) for (const [char, child] of sorted(at.children)) (out.push(char), describeStem(child));
    if (at.target) describeNode(at.target);
    out.push(']');
  };
  describeNode(root);
  return out.join('');
}

/** Every phrase and `notAfter` pattern of a locale's rules, with a payload naming where it comes from. */
function localePatterns(locale: (typeof SHIPPED_LOCALES)[number]): Array<readonly [string, string]> {
  const patterns: Array<readonly [string, string]> = [];
  for (const [rule, data] of Object.entries(locale.lint ?? {})) {
    if (!data) continue;
    for (const [side, phrases] of [['phrases', data], ['reverse', data.reverse], ['casual', data.casual]] as const) {
      phrases?.phrases.forEach((entry, index) => patterns.push([typeof entry === 'string' ? entry : entry.match, `${rule} ${side} ${index}`]));
    }
    data.notAfter?.forEach((pattern, index) => patterns.push([pattern, `${rule} notAfter ${index}`]));
  }
  return patterns;
}

const parsed = (patterns: ReadonlyArray<readonly [string, string]>) => patterns.map(([pattern, payload]) => [parsePattern(pattern), payload] as const);
/** A text that holds some of a locale's phrases: each rule's first example to flag. */
const someText = (locale: (typeof SHIPPED_LOCALES)[number]) => tokenize(Object.values(locale.lint ?? {}).map((data) => data?.examples?.flag[0] ?? '').join(' '));

describe('PhraseMatcher builds its trie as it is reached', () => {
  it.each(SHIPPED_LOCALES.map((locale) => [locale.code, locale] as const))('the trie of %s is the one built all at once', (_, locale) => {
    const patterns = parsed(localePatterns(locale));
    const lazy = new PhraseMatcher<string>();
    for (const [slots, payload] of patterns) lazy.addPattern(slots, payload);
    // Part of it built by matching first, then the rest: the same trie either way.
    lazy.match(someText(locale));
    const expected = eagerTrie(patterns);
    const actual = trieSnapshot(lazy);
    expect(actual.length).toBe(expected.length);
    expect(actual === expected).toBe(true);
  });

  it.each(SHIPPED_LOCALES.map((locale) => [locale.code, locale] as const))('the trie of %s, its patterns compact and read when reached, is the one built all at once', (_, locale) => {
    const patterns = localePatterns(locale);
    const lazy = new PhraseMatcher<string>();
    for (const [pattern, payload] of patterns) {
      const compact = compactPattern(pattern);
      lazy.addWhenReached(compact, (add) => add(parsePattern(compact), payload));
    }
    expect(lazy.match(someText(locale)).length).toBeGreaterThan(0);
    expect(trieSnapshot(lazy) === eagerTrie(parsed(patterns))).toBe(true);
  });

  it('takes patterns added after a match into the nodes already built', () => {
    const patterns = ['{it is|it’s} [really] company polic*', 'company {policy|rules}', 'within # {hours|days}', "there's nothing ... we can do", 'contact <name> [directly]'].map(
      (pattern, index) => [parsePattern(pattern), `p${index}`] as const,
    );
    const lazy = new PhraseMatcher<string>();
    lazy.addPattern(...patterns[0]!);
    lazy.addPattern(...patterns[1]!);
    expect(lazy.match(tokenize('It is company policy.')).map((m) => m.payload)).toEqual(['p0', 'p1']);
    for (const pattern of patterns.slice(2)) lazy.addPattern(...pattern);
    expect(trieSnapshot(lazy)).toBe(eagerTrie(patterns));
    expect(lazy.match(tokenize('We reply within 2 days.')).map((m) => m.payload)).toEqual(['p2']);
  });
});

describe('PhraseMatcher reads a compact pattern when a text may hold it', () => {
  const deferred = (patterns: readonly string[], order: readonly number[] = patterns.map((_, i) => i)) => {
    const matcher = new PhraseMatcher<string>();
    const loaded: string[] = [];
    for (const index of order) {
      const pattern = compactPattern(patterns[index]!);
      matcher.addWhenReached(pattern, (add) => {
        loaded.push(`p${index}`);
        add(parsePattern(pattern), `p${index}`);
      });
    }
    return { matcher, loaded };
  };

  it('reads only the patterns a text may start, by word or by stem', () => {
    const { matcher, loaded } = deferred(['company polic*', '{it is|it’s} [really] our rule', 'polic* {says|states}', '[please] be patient', 'within # days']);
    expect(matcher.size).toBe(5);
    expect(matcher.match(tokenize('Policy says so.')).map((m) => m.payload)).toEqual(['p2']);
    // `within # days` starts with a word; `[please] be patient` with "please" or "be".
    expect(loaded).toEqual(['p2']);
    expect(matcher.match(tokenize('Be patient, it’s really our rule.')).map((m) => m.payload)).toEqual(['p3', 'p1']);
    expect(loaded).toEqual(['p2', 'p1', 'p3']);
  });

  it('ranks the payloads of one phrase by the order their patterns were added, whenever they were read', () => {
    const patterns = ['b c', '{a|b} c', 'b c'];
    const { matcher, loaded } = deferred(patterns);
    // "a" reads p1 alone; "b" then reads p0 and p2, which rank around it as if read at once.
    expect(matcher.match(tokenize('a c')).map((m) => m.payload)).toEqual(['p1']);
    expect(matcher.match(tokenize('b c')).map((m) => m.payload)).toEqual(['p0', 'p1', 'p2']);
    expect(loaded).toEqual(['p1', 'p0', 'p2']);
    const eager = new PhraseMatcher<string>();
    patterns.forEach((pattern, index) => eager.addPattern(parsePattern(pattern), `p${index}`));
    expect(trieSnapshot(matcher)).toBe(trieSnapshot(eager));
  });

  it('puts a payload two patterns share where the earlier pattern puts it, whichever is read first', () => {
    const matcher = new PhraseMatcher<string>();
    for (const [pattern, payload] of [['a z', 'A'], ['a z', 'B'], ['{a|c} z', 'A']] as const) {
      const compact = compactPattern(pattern);
      matcher.addWhenReached(compact, (add) => add(parsePattern(compact), payload));
    }
    // "c" reads the third pattern alone (payload A, after B in the order); "a" then reads the
    // first, whose A comes before B.
    matcher.match(tokenize('c'));
    expect(matcher.match(tokenize('a z')).map((m) => m.payload)).toEqual(['A', 'B']);
  });

  it('reads a pattern that may start with a number, or that is not compact, at once', () => {
    const matcher = new PhraseMatcher<string>();
    const loaded: string[] = [];
    for (const pattern of [compactPattern('[within] # days'), 'within # hours']) matcher.addWhenReached(pattern, (add) => (loaded.push(pattern), add(parsePattern(pattern), pattern)));
    expect(loaded).toHaveLength(2);
  });

  it('reads a pattern again at the next text when reading it failed', () => {
    const matcher = new PhraseMatcher<string>();
    let calls = 0;
    matcher.addWhenReached(compactPattern('hello there'), () => {
      calls++;
      throw new Error('broken');
    });
    expect(matcher.match(tokenize('Nothing here.'))).toEqual([]);
    expect(calls).toBe(0);
    expect(() => matcher.match(tokenize('Hello there.'))).toThrow('broken');
    expect(() => matcher.match(tokenize('Hello there.'))).toThrow('broken');
    expect(calls).toBe(2);
  });
});
