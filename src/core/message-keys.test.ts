import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../generated/locales/en';
import uk from '../generated/locales/uk';
import { buildMessageTree, copyMessageTree, readMessageTree, type MessageTreeProblem } from './message-keys';

/** The copy the long way (every entry read into a path, then the tree built from the paths), and what it reported. */
function longWay(tree: unknown) {
  const problems: Array<[string, MessageTreeProblem, unknown]> = [];
  const onProblem = (path: string, problem: MessageTreeProblem, value: unknown) => void problems.push([path, problem, value]);
  const copy = buildMessageTree(readMessageTree(tree, onProblem), (path) => onProblem(path, 'invalid-key', undefined));
  return { copy, problems };
}

function copied(tree: unknown) {
  const problems: Array<[string, MessageTreeProblem, unknown]> = [];
  const copy = copyMessageTree(tree, (path, problem, value) => void problems.push([path, problem, value]));
  return { copy, problems };
}

describe('copyMessageTree', () => {
  it('copies like the long way, problems and all, whatever the tree', () => {
    // Keys that need splitting or are refused, values that are refused or rewritten.
    const key = fc.constantFrom('a', 'b', 'opening_formal', 'a.b', 'b.a', '', ' ', '__proto__', 'constructor', 'x y');
    const text = fc.constantFrom('Hello', 'Thanks, {{name}}.', '', '  ', 'Q&A', 'Fish &amp; chips', 'one\r\ntwo', 'a\u2029b', 'ok\u2028');
    const { tree } = fc.letrec((tie) => ({
      tree: fc.dictionary(key, fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, text, tie('tree'), fc.constant(7), fc.constant(null), fc.constant(['x'])), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree, (t) => {
        expect(copied(t)).toEqual(longWay(t));
      }),
      { numRuns: 5_000 },
    );
  });

  it('copies what is not a tree, cycles, getters and throwing Proxies like the long way', () => {
    const cycle: Record<string, unknown> = { a: 'x' };
    cycle.self = cycle;
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy({ a: 'x' }, { get: () => { throw new Error('no'); } });
    [undefined, null, 'text', [], ['a'], {}, { a: {} }, cycle, { a: revoked.proxy }, throwing].forEach((tree, index) => {
      expect(copied(tree), `tree ${index}`).toEqual(longWay(tree));
    });
  });

  it('reads each value once, even where the tree must be read into paths (a hostile review)', () => {
    // A getter beside a dotted key: read once, and what was read is what is kept.
    let reads = 0;
    const counted = { get a() {
      reads++;
      return 'first';
    }, 'b.c': 'x' };
    expect(copied(counted).copy).toEqual({ a: 'first', b: { c: 'x' } });
    expect(reads).toBe(1);
    // A value that can be read only once.
    let taken = false;
    const once = { get a() {
      if (taken) throw new Error('already read');
      taken = true;
      return 'once';
    }, 'b.c': 'x' };
    expect(copied(once)).toEqual({ copy: { a: 'once', b: { c: 'x' } }, problems: [] });
    // A getter that removes its sibling: the sibling, read after it, is missing and reported.
    const tree: Record<string, unknown> = { get plain() {
      delete tree.named;
      return 'Anything else?';
    }, named: 'Anything else, {{customerName}}?' };
    expect(copied(tree).problems).toEqual([['named', 'not-text', undefined]]);
  });

  it('copies every shipped locale as it is', () => {
    for (const locale of [en, uk]) {
      for (const [ns, tree] of Object.entries(locale.resources)) {
        const { copy, problems } = copied(tree);
        expect(problems, ns).toEqual([]);
        expect(copy).toEqual(JSON.parse(JSON.stringify(tree)));
        expect(copy).not.toBe(tree);
      }
    }
  });
});
