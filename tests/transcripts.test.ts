import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConversation, type CheckOptions, type ChecklistId, type TranscriptMessage } from '../src';
import { ALL_LOCALES } from './helpers';

/**
 * Example conversations, good and bad, at least 8 per locale in tests/transcripts/<lng>/, each with
 * the checklist results it must get (and the score, where given).
 */
interface Example {
  readonly description: string;
  readonly options?: Omit<CheckOptions, 'locale' | 'locales'>;
  readonly detect?: boolean;
  readonly messages: TranscriptMessage[];
  readonly expect: { readonly score?: number; readonly items: Partial<Record<ChecklistId, 'pass' | 'fail' | 'not-applicable'>> };
}

const root = join(__dirname, 'transcripts');
const locales = readdirSync(root).sort();

describe.each(locales.map((code) => [code] as const))('transcripts (%s)', (code) => {
  const locale = ALL_LOCALES.find((l) => l.code === code)!;
  const files = readdirSync(join(root, code)).filter((f) => f.endsWith('.json')).sort();

  it('has at least 8 example conversations, good and bad', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files.map((f) => [f] as const))('%s', (file) => {
    const example = JSON.parse(readFileSync(join(root, code, file), 'utf8')) as Example;
    const card = checkConversation(example.messages, {
      ...example.options,
      ...(example.detect ? { locales: ALL_LOCALES } : { locale }),
    });
    const statuses = Object.fromEntries(card.items.map((i) => [i.id, i.status]));
    expect(statuses).toMatchObject(example.expect.items);
    if (example.expect.score !== undefined) expect(card.score).toBe(example.expect.score);
    expect(card.locale).toBe(code);
    for (const item of card.items) expect(item.explanation.length, item.id).toBeGreaterThan(0);
  });
});
