import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../../bench/real';
import { ALL_LOCALES } from '../../../../tests/helpers';
import { lint } from '../../linter';

/**
 * Precision on real text: the replies of the real-text corpora (bench/real) were written by people
 * and sent to customers, none with a placeholder left in. At most 1 % may be flagged; the figure in
 * docs/linter.md is this count.
 */
describe('unfilled-placeholder on real support replies', () => {
  it('flags at most 1 % of them', () => {
    let replies = 0;
    const flagged: string[] = [];
    for (const { language, file } of corpusFiles()) {
      const locale = ALL_LOCALES.find((l) => l.code === language)!;
      for (const reply of readCorpus(file)) {
        replies++;
        const found = lint(reply.text, { locale }).filter((d) => d.ruleId === 'unfilled-placeholder');
        if (found.length > 0) flagged.push(`${reply.id}: ${found.map((d) => d.text).join(', ')}`);
      }
    }
    expect(replies).toBeGreaterThan(1000);
    expect(flagged.length / replies, flagged.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
