import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { PhraseMatcher } from './matcher';
import { GAP_WORDS, NAME_WORDS, parsePattern, type PatternSlots, type PatternToken } from './pattern';
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
  // The same text as PhraseMatcher#snapshot writes.
  const out: string[] = [`longest ${longest}`];
  const describeNode = (at: Node): void => {
    out.push('(');
    if (at.exact) for (const [word, child] of at.exact) (out.push(` w:${word}`), describeNode(child));
    if (at.stems) (out.push(' s'), describeStem(at.stems));
    if (at.number) (out.push(' #'), describeNode(at.number));
    if (at.gap) (out.push(' ...'), describeNode(at.gap));
    if (at.name) (out.push(' <name>'), describeNode(at.name));
    if (at.payloads) out.push(` = ${at.payloads.map(String).join(' | ')}`);
    out.push(')');
  };
  const describeStem = (at: Stem): void => {
    out.push('[');
    if (at.children) for (const [char, child] of at.children) (out.push(char), describeStem(child));
    if (at.target) describeNode(at.target);
    out.push(']');
  };
  describeNode(root);
  return out.join('');
}

/** Every phrase and `notAfter` pattern of a locale's rules, with a payload naming where it comes from. */
function localePatterns(locale: (typeof SHIPPED_LOCALES)[number]): Array<readonly [PatternSlots, string]> {
  const patterns: Array<readonly [PatternSlots, string]> = [];
  for (const [rule, data] of Object.entries(locale.lint ?? {})) {
    if (!data) continue;
    for (const [side, phrases] of [['phrases', data], ['reverse', data.reverse], ['casual', data.casual]] as const) {
      phrases?.phrases.forEach((entry, index) => patterns.push([parsePattern(typeof entry === 'string' ? entry : entry.match), `${rule} ${side} ${index}`]));
    }
    data.notAfter?.forEach((pattern, index) => patterns.push([parsePattern(pattern), `${rule} notAfter ${index}`]));
  }
  return patterns;
}

describe('PhraseMatcher builds its trie as it is reached', () => {
  it.each(SHIPPED_LOCALES.map((locale) => [locale.code, locale] as const))('the trie of %s is the one built all at once', (_, locale) => {
    const patterns = localePatterns(locale);
    const lazy = new PhraseMatcher<string>();
    for (const [slots, payload] of patterns) lazy.addPattern(slots, payload);
    // Part of it built by matching first, then the rest: the same trie either way.
    lazy.match(tokenize(locale.examples ? JSON.stringify(locale.examples).slice(0, 2000) : 'hello'));
    const expected = eagerTrie(patterns);
    const actual = lazy.snapshot();
    expect(actual.length).toBe(expected.length);
    expect(actual === expected).toBe(true);
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
    expect(lazy.snapshot()).toBe(eagerTrie(patterns));
    expect(lazy.match(tokenize('We reply within 2 days.')).map((m) => m.payload)).toEqual(['p2']);
  });
});
