import { compactStarts, GAP_WORDS, NAME_WORDS, PatternError, type PatternSlots, type PatternToken } from './pattern';
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
  /** Each payload's pattern, by the order patterns were added: a later pattern's payload comes after. */
  orders: number[] | undefined = undefined;
  /**
   * The walks owed to this node: its edges and payloads are built from them the first time a
   * match (or a later pattern) reaches it; `undefined` once built. The patterns of a locale
   * expand to hundreds of thousands of nodes (Russian and Ukrainian stems over alternatives), of
   * which one text visits a few hundred: building them all made the first lint cost 50–500 ms.
   */
  pending: Walk<T>[] | undefined = [];
}

/**
 * What is left of a pattern's walk from a node: the rest of one alternative of slot `index`
 * (from token `offset`; none at a slot boundary), then the slots after it.
 */
interface Walk<T> {
  readonly slots: PatternSlots;
  readonly index: number;
  readonly alternative: readonly PatternToken[] | undefined;
  readonly offset: number;
  readonly depth: number;
  readonly payload: T;
  /** The pattern's place in the order patterns were added. */
  readonly order: number;
}

/**
 * A pattern not read yet: `load` parses it and hands it to `add` the first time a text holds a
 * word it may start with. Cleared once loaded.
 */
interface Deferred<T> {
  readonly order: number;
  load: ((add: (slots: PatternSlots, payload: T) => void) => void) | undefined;
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
  /** Patterns so far, deferred or not: each one's place in the order. */
  private added = 0;
  /**
   * Deferred patterns filed in a trie of the words and stems they may start with, one edge deep:
   * a word of the text finds them as it would find a phrase's first word (`step`). A node's
   * payloads are the patterns not read yet; emptied as they are read.
   */
  private readonly starts = new TrieNode<Deferred<T>>();
  /** Every deferred pattern, read or not, in order (for `expandAll`). */
  private readonly deferred: Deferred<T>[] = [];
  private waiting = 0;

  /** How many patterns with at least one phrase were added. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds every phrase of a parsed pattern. The pattern is checked here, whole; its paths are
   * walked into the trie only as far as matching (or a later pattern) goes: each node builds its
   * edges the first time it is reached, so the trie holds the same nodes, in the same order, as
   * if every path had been built at once (`expandAll` builds them all, for tests).
   */
  addPattern(slots: PatternSlots, payload: T): void {
    if (this.insert(slots, payload, this.added++)) this.count++;
  }

  add(sequence: readonly PatternToken[], payload: T): void {
    this.addPattern(sequence.map((token) => [[token]]), payload);
  }

  /**
   * Adds a pattern written as `pattern`, read by `load` (which parses it and hands it to `add`, to
   * add it as `addPattern` would). A compact pattern (the build ships every shipped locale's so)
   * is read only when a text to match holds a word it may start with: a locale's phrases number
   * in the hundreds and a reply holds the first words of a few, and reading them all made most of
   * a locale's first lint. Any other pattern, a translator's or an option's, is read at once, so
   * its mistakes show at once; a compact one is trusted to have been checked when it was written
   * (by `compactPattern`), and a mistake in it shows only when a text reaches it. Matches, and
   * which payload comes first, are the same as if every pattern had been read at once.
   *
   * @example
   * ```ts
   * import { compactPattern, parsePattern } from './pattern';
   * import { tokenize } from './tokenize';
   *
   * const matcher = new PhraseMatcher<string>();
   * const pattern = compactPattern('{it is|it’s} company polic*');
   * matcher.addWhenReached(pattern, (add) => add(parsePattern(pattern), 'policy-shield'));
   * matcher.match(tokenize('It’s company policy.')); // → [{ first: 0, last: 2, payload: 'policy-shield' }]
   * ```
   */
  addWhenReached(pattern: string, load: (add: (slots: PatternSlots, payload: T) => void) => void): void {
    const starts = compactStarts(pattern);
    if (!starts) {
      load((slots, payload) => this.addPattern(slots, payload));
      return;
    }
    const deferred: Deferred<T> = { order: this.added++, load };
    this.count++;
    this.waiting++;
    this.deferred.push(deferred);
    for (const word of starts.words) (edge(this.starts, { kind: 'exact', value: word }).payloads ??= []).push(deferred);
    for (const stem of starts.stems) (edge(this.starts, { kind: 'stem', value: stem }).payloads ??= []).push(deferred);
  }

  /** Checks a pattern and owes its walk to the root; false when it has no phrase. */
  private insert(slots: PatternSlots, payload: T, order: number): boolean {
    const longest = checkSlots(slots);
    if (longest === 0) return false;
    this.longest = Math.max(this.longest, longest);
    owe(this.root, { slots, index: 0, alternative: undefined, offset: 0, depth: 0, payload, order });
    return true;
  }

  /** Loads the deferred patterns that may start at a word of the text, in the order they were added. */
  private loadFor(tokens: readonly Token[], skip: ((index: number) => boolean) | undefined): void {
    const due: Deferred<T>[] = [];
    // Each node's list is taken once (a word may recur), and filed again if a read fails.
    const taken: Array<readonly [TrieNode<Deferred<T>>, Deferred<T>[]]> = [];
    const collect = (node: TrieNode<Deferred<T>>) => {
      if (!node.payloads) return;
      taken.push([node, node.payloads]);
      for (const deferred of node.payloads) if (deferred.load) due.push(deferred);
      node.payloads = undefined;
    };
    for (let i = 0; i < tokens.length; i++) if (!skip?.(i)) step(this.starts, tokens[i]!.norm, collect);
    try {
      this.loadAll(due);
    } catch (error) {
      for (const [node, list] of taken) node.payloads = list;
      throw error;
    }
  }

  private loadAll(due: Deferred<T>[]): void {
    due.sort((a, b) => a.order - b.order);
    for (const deferred of due) {
      const load = deferred.load;
      if (!load) continue;
      // Cleared only once loaded: a pattern that fails to load fails again at the next match.
      load((slots, payload) => this.insert(slots, payload, deferred.order));
      deferred.load = undefined;
      this.waiting--;
    }
  }

  /**
   * Every phrase occurrence, by start token; a phrase never spans a sentence break, nor a word
   * `skip` rules out, except a word `isName` accepts where the phrase has `<name>`.
   */
  match(tokens: readonly Token[], skip?: (index: number) => boolean, isName?: (index: number) => boolean): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const seen = new Map<TrieNode<T>, number>();
    const enter = (states: State<T>[], node: TrieNode<T>, loop: State<T>['loop'], left: number): void => enterState(states, seen, node, loop, left);
    if (this.waiting > 0) this.loadFor(tokens, skip);
    for (let first = 0; first < tokens.length; first++) {
      if (skip?.(first)) continue;
      open(this.root);
      let active: State<T>[] = [{ node: this.root, loop: 'none', left: 0 }];
      for (let index = first; index < tokens.length && index - first < this.longest; index++) {
        const token = tokens[index]!;
        if (index > first && token.breakBefore) break;
        const skipped = index > first && (skip?.(index) ?? false);
        const name = index > first && (isName?.(index) ?? false);
        const next: State<T>[] = [];
        seen.clear();
        for (const { node, loop, left } of active) {
          if (!skipped) step(node, token.norm, (n) => enter(next, n, 'none', 0));
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
}

/**
 * Builds every node a matcher still owes, reading every deferred pattern first: the trie as it
 * would be had every pattern been read and walked at once. For tests; a module function, so no
 * bundle that only matches carries it.
 */
export function expandAll<T>(matcher: PhraseMatcher<T>): void {
  if (matcher['waiting'] > 0) matcher['loadAll']([...matcher['deferred']]);
  const stack: TrieNode<T>[] = [matcher['root']];
  while (stack.length > 0) {
    const node = stack.pop()!;
    open(node);
    if (node.exact) for (const child of node.exact.values()) stack.push(child);
    const stems: StemNode<T>[] = node.stems ? [node.stems] : [];
    while (stems.length > 0) {
      const stem = stems.pop()!;
      if (stem.target) stack.push(stem.target);
      if (stem.children) for (const child of stem.children.values()) stems.push(child);
    }
    for (const next of [node.number, node.gap, node.name]) if (next) stack.push(next);
  }
}

/**
 * A matcher's trie as text, every node built (`expandAll`): for tests that compare two ways of
 * building it. Edges by their word or letter (a text looks them up; the order they were made in
 * says nothing), payloads as `String(payload)` in their order (which phrase wins a tie).
 */
export function trieSnapshot<T>(matcher: PhraseMatcher<T>): string {
  expandAll(matcher);
  const out: string[] = [`longest ${matcher['longest']}`];
  const node = (at: TrieNode<T>): void => {
    out.push('(');
    if (at.exact) for (const [word, child] of sorted(at.exact)) (out.push(` w:${word}`), node(child));
    if (at.stems) (out.push(' s'), stem(at.stems));
    if (at.number) (out.push(' #'), node(at.number));
    if (at.gap) (out.push(' ...'), node(at.gap));
    if (at.name) (out.push(' <name>'), node(at.name));
    if (at.payloads) out.push(` = ${at.payloads.map(String).join(' | ')}`);
    out.push(')');
  };
  const stem = (at: StemNode<T>): void => {
    out.push('[');
    if (at.children) for (const [char, child] of sorted(at.children)) (out.push(char), stem(child));
    if (at.target) node(at.target);
    out.push(']');
  };
  node(matcher['root']);
  return out.join('');
}

const sorted = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The nodes a word leads to from `node`: exact, number and stem edges. */
function step<T>(node: TrieNode<T>, word: string, reach: (node: TrieNode<T>) => void): void {
  const exact = node.exact?.get(word);
  if (exact) reach(exact);
  if (node.number && NUMBER.test(word)) reach(node.number);
  let stem = node.stems;
  for (let i = 0; stem && i < word.length; i++) {
    stem = stem.children?.get(word[i]!);
    if (stem?.target) reach(stem.target);
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
  if (node.pending) open(node);
  // One number per node: 4 bits of words left for each of the three loop kinds, plus one.
  const packed = seen.get(node) ?? 0;
  const shift = LOOPS[loop] * 4;
  const known = ((packed >> shift) & 0xf) - 1;
  if (known >= left) return;
  seen.set(node, (packed & ~(0xf << shift)) | ((left + 1) << shift));
  states.push({ node, loop, left });
  if (node.gap && loop !== 'gap') enterState(states, seen, node.gap, 'gap', GAP_WORDS);
}

/** Builds a node's edges and payloads from the walks owed to it (once). */
function open<T>(node: TrieNode<T>): void {
  const walks = node.pending;
  if (!walks) return;
  node.pending = undefined;
  for (const walk of walks) take(node, walk);
}

/** Hands a walk to a node: kept for later while the node is unbuilt, taken at once after. */
function owe<T>(node: TrieNode<T>, walk: Walk<T>): void {
  if (node.pending) node.pending.push(walk);
  else take(node, walk);
}

/**
 * Takes one step of a walk from a built node: the payload at the end of the pattern, the next
 * token's edge (created as needed) with the rest of the walk owed to the node it leads to, or,
 * at a slot boundary, each alternative of the slot in order, as building the whole trie would.
 */
function take<T>(node: TrieNode<T>, walk: Walk<T>): void {
  const { slots, index, alternative, offset, depth, payload, order } = walk;
  if (alternative === undefined) {
    if (index === slots.length) {
      if (depth > 0) addPayload(node, payload, order);
      return;
    }
    for (const next of slots[index]!) take(node, { slots, index, alternative: next, offset: 0, depth, payload, order });
    return;
  }
  if (offset === alternative.length) {
    take(node, { slots, index: index + 1, alternative: undefined, offset: 0, depth: depth + width(alternative), payload, order });
    return;
  }
  owe(edge(node, alternative[offset]!), { slots, index, alternative, offset: offset + 1, depth, payload, order });
}

/**
 * Puts a payload among a node's in the order its pattern was added, as adding every pattern at
 * once would: a deferred pattern read late still comes before the patterns added after it, and a
 * payload two patterns share stands where the earlier one puts it.
 */
function addPayload<T>(node: TrieNode<T>, payload: T, order: number): void {
  const payloads = (node.payloads ??= []);
  const orders = (node.orders ??= []);
  // A payload is at a node once, where its earliest pattern puts it.
  const known = payloads.indexOf(payload);
  if (known !== -1) {
    if (orders[known]! <= order) return;
    payloads.splice(known, 1);
    orders.splice(known, 1);
  }
  let at = orders.length;
  while (at > 0 && orders[at - 1]! > order) at--;
  payloads.splice(at, 0, payload);
  orders.splice(at, 0, order);
}

/** The node one token leads to from `node`, created as needed. */
function edge<T>(node: TrieNode<T>, token: PatternToken): TrieNode<T> {
  if (token.kind === 'number') return (node.number ??= new TrieNode<T>());
  if (token.kind === 'gap') return (node.gap ??= new TrieNode<T>());
  if (token.kind === 'name') return (node.name ??= new TrieNode<T>());
  if (token.kind === 'exact') {
    const exact = (node.exact ??= new Map());
    let next = exact.get(token.value);
    if (!next) exact.set(token.value, (next = new TrieNode<T>()));
    return next;
  }
  let stem = (node.stems ??= new StemNode<T>());
  for (let i = 0; i < token.value.length; i++) {
    const char = token.value[i]!;
    const children = (stem.children ??= new Map());
    let next = children.get(char);
    if (!next) children.set(char, (next = new StemNode<T>()));
    stem = next;
  }
  return (stem.target ??= new TrieNode<T>());
}

/**
 * Checks every path of a pattern at once, without walking them (a pattern may stand for 2 048):
 * where a path may stand, as the set of (no word read yet, the last token was a gap), and what
 * it may read at most. Returns the most words a match may span (0: the pattern has no phrase).
 */
function checkSlots(slots: PatternSlots): number {
  // Bit 0: at the start (no token yet); bit 1: after a word; bit 2: after a gap.
  const START = 1;
  const WORD = 2;
  const GAP = 4;
  let where = START;
  let longest = 0;
  for (const slot of slots) {
    let next = 0;
    let widest = 0;
    for (const alternative of slot) {
      const first = alternative[0];
      if (!first) {
        next |= where;
        continue;
      }
      if ((where & START) !== 0 && (first.kind === 'gap' || first.kind === 'name')) throw new PatternError(`a pattern must start with a word, not "${first.value}"`);
      if (first.kind === 'gap' && (where & GAP) !== 0) throw new PatternError('two gaps in a row');
      next |= alternative.at(-1)!.kind === 'gap' ? GAP : WORD;
      widest = Math.max(widest, width(alternative));
    }
    where = next;
    longest += widest;
  }
  if ((where & GAP) !== 0) throw new PatternError('"..." must stand between words, not at the end');
  return longest;
}
