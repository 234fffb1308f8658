import type { PatternSlots, PatternToken } from './pattern';
import type { Token } from './tokenize';

// Fields are created on first use: a locale's phrases make tens of thousands of nodes, most of
// them leaves, and eager maps made compiling a locale mostly garbage collection.
class TrieNode<T> {
  exact: Map<string, TrieNode<T>> | undefined = undefined;
  stems: StemNode<T> | undefined = undefined;
  number: TrieNode<T> | undefined = undefined;
  payloads: T[] | undefined = undefined;
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
 * const matcher = new PhraseMatcher<string>();
 * for (const sequence of compilePattern('company polic*')) matcher.add(sequence, 'policy-shield');
 * matcher.match(tokenize('It is company policy.')); // [{ first: 2, last: 3, payload: 'policy-shield' }]
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
    const walk = (node: TrieNode<T>, index: number, depth: number): void => {
      if (index === slots.length) {
        if (depth > 0 && !node.payloads?.includes(payload)) {
          (node.payloads ??= []).push(payload);
          this.longest = Math.max(this.longest, depth);
          this.count++;
        }
        return;
      }
      for (const alternative of slots[index]!) walk(this.descend(node, alternative), index + 1, depth + alternative.length);
    };
    walk(this.root, 0, 0);
  }

  add(sequence: readonly PatternToken[], payload: T): void {
    const node = this.descend(this.root, sequence);
    (node.payloads ??= []).push(payload);
    this.longest = Math.max(this.longest, sequence.length);
    this.count++;
  }

  /** The node a word sequence leads to from `from`, creating the path as needed. */
  private descend(from: TrieNode<T>, sequence: readonly PatternToken[]): TrieNode<T> {
    let node = from;
    for (const token of sequence) {
      if (token.kind === 'number') {
        node = node.number ??= new TrieNode<T>();
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

  /** Every phrase occurrence, by start token; a phrase never spans a sentence break. */
  match(tokens: readonly Token[], skip?: (index: number) => boolean): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let first = 0; first < tokens.length; first++) {
      if (skip?.(first)) continue;
      let active: TrieNode<T>[] = [this.root];
      for (let index = first; index < tokens.length && index - first < this.longest; index++) {
        const token = tokens[index]!;
        if (index > first && (token.breakBefore || skip?.(index))) break;
        const next: TrieNode<T>[] = [];
        for (const node of active) {
          const exact = node.exact?.get(token.norm);
          if (exact) next.push(exact);
          if (node.number && NUMBER.test(token.norm)) next.push(node.number);
          let stem = node.stems;
          for (let i = 0; stem && i < token.norm.length; i++) {
            stem = stem.children?.get(token.norm[i]!);
            if (stem?.target) next.push(stem.target);
          }
        }
        for (const node of next) if (node.payloads) for (const payload of node.payloads) matches.push({ first, last: index, payload });
        if (next.length === 0) break;
        active = next;
      }
    }
    return matches;
  }
}
