import { GAP_WORDS, NAME_WORDS, PatternError, type PatternSlots, type PatternToken } from './pattern';
import type { Token } from './tokenize';

// Fields are created on first use: a locale's phrases make tens of thousands of nodes, most of
// them leaves, and eager maps made compiling a locale mostly garbage collection.
class TrieNode<T> {
  exact: Map<string, TrieNode<T>> | undefined = undefined;
  stems: StemNode<T> | undefined = undefined;
  number: TrieNode<T> | undefined = undefined;
  /** After `...`: reached without reading a word, it may then read up to GAP_WORDS words of any kind. */
  gap: TrieNode<T> | undefined = undefined;
  /** After `<name>`: reached by reading a name word, it may then read up to NAME_WORDS - 1 more. */
  name: TrieNode<T> | undefined = undefined;
  payloads: T[] | undefined = undefined;
}

/** Where a walk stands: a node, and how many more words a gap or a name there may take. */
interface State<T> {
  readonly node: TrieNode<T>;
  readonly loop: 'none' | 'gap' | 'name';
  readonly left: number;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** A character trie of the stems leaving one word-trie node, so matching a word costs its length. */
class StemNode<T> {
  children: Map<string, StemNode<T>> | undefined = undefined;
  target: TrieNode<T> | undefined = undefined;
}

/** One phrase found in the text: token indexes (inclusive) and what was inserted for it. */
export interface PhraseMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly payload: T;
}

/**
 * A trie over words. Every phrase is a path of exact words and stems; matching walks the trie
 * from each word of the text, so the cost grows with the length of the text (times the length of
 * the longest phrase), not with the number of phrases, and nothing can backtrack.
 *
 * @example
 * ```ts
 * import { compilePattern } from './pattern';
 * import { tokenize } from './tokenize';
 *
 * const matcher = new PhraseMatcher<string>();
 * for (const sequence of compilePattern('company polic*')) matcher.add(sequence, 'policy-shield');
 * matcher.match(tokenize('It is company policy.')); // → [{ first: 2, last: 3, payload: 'policy-shield' }]
 * ```
 */
export class PhraseMatcher<T> {
  private readonly root = new TrieNode<T>();
  private longest = 0;
  private count = 0;

  /** How many phrase sequences were added. */
  get size(): number {
    return this.count;
  }

  /** Adds every phrase of a parsed pattern, walking its slots: shared prefixes are built once. */
  addPattern(slots: PatternSlots, payload: T): void {
    const walk = (node: TrieNode<T>, index: number, depth: number, last: PatternToken | undefined): void => {
      if (index === slots.length) {
        if (last?.kind === 'gap') throw new PatternError('"..." must stand between words, not at the end');
        if (depth > 0 && !node.payloads?.includes(payload)) {
          (node.payloads ??= []).push(payload);
          this.longest = Math.max(this.longest, depth);
          this.count++;
        }
        return;
      }
      for (const alternative of slots[index]!) {
        const first = alternative[0];
        if (depth === 0 && first && (first.kind === 'gap' || first.kind === 'name')) throw new PatternError(`a pattern must start with a word, not "${first.value}"`);
        if (first?.kind === 'gap' && last?.kind === 'gap') throw new PatternError('two gaps in a row');
        walk(this.descend(node, alternative), index + 1, depth + width(alternative), alternative.at(-1) ?? last);
      }
    };
    walk(this.root, 0, 0, undefined);
  }

  add(sequence: readonly PatternToken[], payload: T): void {
    this.addPattern(sequence.map((token) => [[token]]), payload);
  }

  /** The node a word sequence leads to from `from`, creating the path as needed. */
  private descend(from: TrieNode<T>, sequence: readonly PatternToken[]): TrieNode<T> {
    let node = from;
    for (const token of sequence) {
      if (token.kind === 'number') {
        node = node.number ??= new TrieNode<T>();
      } else if (token.kind === 'gap') {
        node = node.gap ??= new TrieNode<T>();
      } else if (token.kind === 'name') {
        node = node.name ??= new TrieNode<T>();
      } else if (token.kind === 'exact') {
        const exact = (node.exact ??= new Map());
        let next = exact.get(token.value);
        if (!next) exact.set(token.value, (next = new TrieNode<T>()));
        node = next;
      } else {
        let stem = (node.stems ??= new StemNode<T>());
        for (let i = 0; i < token.value.length; i++) {
          const char = token.value[i]!;
          const children = (stem.children ??= new Map());
          let next = children.get(char);
          if (!next) children.set(char, (next = new StemNode<T>()));
          stem = next;
        }
        node = stem.target ??= new TrieNode<T>();
      }
    }
    return node;
  }

  /**
   * Every phrase occurrence, by start token; a phrase never spans a sentence break, nor a word
   * `skip` rules out, except a word `isName` accepts where the phrase has `<name>`.
   */
  match(tokens: readonly Token[], skip?: (index: number) => boolean, isName?: (index: number) => boolean): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const seen = new Map<TrieNode<T>, number>();
    const enter = (states: State<T>[], node: TrieNode<T>, loop: State<T>['loop'], left: number): void => enterState(states, seen, node, loop, left);
    for (let first = 0; first < tokens.length; first++) {
      if (skip?.(first)) continue;
      let active: State<T>[] = [{ node: this.root, loop: 'none', left: 0 }];
      for (let index = first; index < tokens.length && index - first < this.longest; index++) {
        const token = tokens[index]!;
        if (index > first && token.breakBefore) break;
        const skipped = index > first && (skip?.(index) ?? false);
        const name = index > first && (isName?.(index) ?? false);
        const next: State<T>[] = [];
        seen.clear();
        for (const { node, loop, left } of active) {
          if (!skipped) this.step(node, token.norm, (n) => enter(next, n, 'none', 0));
          if (name && node.name) enter(next, node.name, 'name', NAME_WORDS - 1);
          if (loop === 'name' && name && left > 0) enter(next, node, 'name', left - 1);
          if (loop === 'gap' && !skipped && left > 0) enter(next, node, 'gap', left - 1);
        }
        for (const { node, loop } of next) if (node.payloads && loop !== 'gap') for (const payload of node.payloads) matches.push({ first, last: index, payload });
        if (next.length === 0) break;
        active = next;
      }
    }
    return matches;
  }

  /** The nodes a word leads to from `node`: exact, number and stem edges. */
  private step(node: TrieNode<T>, word: string, reach: (node: TrieNode<T>) => void): void {
    const exact = node.exact?.get(word);
    if (exact) reach(exact);
    if (node.number && NUMBER.test(word)) reach(node.number);
    let stem = node.stems;
    for (let i = 0; stem && i < word.length; i++) {
      stem = stem.children?.get(word[i]!);
      if (stem?.target) reach(stem.target);
    }
  }
}

/** How many words an alternative may read at most. */
function width(sequence: readonly PatternToken[]): number {
  let words = 0;
  for (const token of sequence) words += token.kind === 'gap' ? GAP_WORDS : token.kind === 'name' ? NAME_WORDS : 1;
  return words;
}

/** The most states one step may hold: far more than real phrases reach, a bound for hostile ones. */
const MAX_STATES = 256;
const LOOPS = { none: 0, gap: 1, name: 2 } as const;

/**
 * Adds a state once (a node in one kind of loop, with the most words left), with its gap: a node
 * followed by `...` is also where the gap starts, before any word of it is read. `seen` maps a
 * node to the words left of each loop kind already added in this step, so adding is constant time.
 */
function enterState<T>(states: State<T>[], seen: Map<TrieNode<T>, number>, node: TrieNode<T>, loop: State<T>['loop'], left: number): void {
  if (states.length >= MAX_STATES) return;
  // One number per node: 4 bits of words left for each of the three loop kinds, plus one.
  const packed = seen.get(node) ?? 0;
  const shift = LOOPS[loop] * 4;
  const known = ((packed >> shift) & 0xf) - 1;
  if (known >= left) return;
  seen.set(node, (packed & ~(0xf << shift)) | ((left + 1) << shift));
  states.push({ node, loop, left });
  if (node.gap && loop !== 'gap') enterState(states, seen, node.gap, 'gap', GAP_WORDS);
}
