import { describe, expect, it } from 'vitest';
import { lazyRegExp } from './lazy-regexp';

describe('lazyRegExp', () => {
  it('builds the expression on first use, not before', () => {
    // An invalid pattern shows when it is built: not when declared, at the first call.
    const broken = lazyRegExp('(', 'u');
    expect(() => broken()).toThrow(SyntaxError);
  });

  it('returns the same object each time, so a global expression keeps its lastIndex', () => {
    const letters = lazyRegExp(String.raw`\p{L}`, 'gu');
    expect(letters()).toBe(letters());
    expect(letters().exec('1a2b')?.[0]).toBe('a');
    expect(letters().lastIndex).toBe(2);
    expect(letters().exec('1a2b')?.[0]).toBe('b');
  });
});
