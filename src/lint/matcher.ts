import type { PatternToken } from './pattern';
import type { Token } from './tokenize';

class TrieNode<T> {
  readonly exact = new Map<string, TrieNode<T>>();
  stems: StemNode<T> | undefined;
  readonly payloads: T[] = [];
}

/** A character trie of the stems leaving one word-trie node, so matching a word costs its length. */
class StemNode<T> {
  readonly children = new Map<string, StemNode<T>>();
  target: TrieNode<T> | undefined;
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

  add(sequence: readonly PatternToken[], payload: T): void {
    let node = this.root;
    for (const token of sequence) {
      if (token.kind === 'exact') {
        let next = node.exact.get(token.value);
        if (!next) node.exact.set(token.value, (next = new TrieNode<T>()));
        node = next;
      } else {
        let stem = (node.stems ??= new StemNode<T>());
        for (let i = 0; i < token.value.length; i++) {
          const char = token.value[i]!;
          let next = stem.children.get(char);
          if (!next) stem.children.set(char, (next = new StemNode<T>()));
          stem = next;
        }
        node = stem.target ??= new TrieNode<T>();
      }
    }
    node.payloads.push(payload);
    this.longest = Math.max(this.longest, sequence.length);
    this.count++;
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
          const exact = node.exact.get(token.norm);
          if (exact) next.push(exact);
          let stem = node.stems;
          for (let i = 0; stem && i < token.norm.length; i++) {
            stem = stem.children.get(token.norm[i]!);
            if (stem?.target) next.push(stem.target);
          }
        }
        for (const node of next) for (const payload of node.payloads) matches.push({ first, last: index, payload });
        if (next.length === 0) break;
        active = next;
      }
    }
    return matches;
  }
}
