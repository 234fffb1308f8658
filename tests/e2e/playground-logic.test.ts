import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, segmentText } from '../../docs/site/playground/highlight';
import { fromWallTime, toWallTime } from '../../docs/site/playground/time-zone';
import { outputPathOf, slugger } from '../../scripts/site/pages';

/** The playground's logic that needs no browser, and the site's naming rules. */

describe('highlight segments', () => {
  it('cuts the text at every span boundary and keeps overlaps together', () => {
    expect(segmentText(10, [{ offset: 2, length: 4 }, { offset: 4, length: 4 }])).toEqual([
      { start: 0, end: 2, covers: [] },
      { start: 2, end: 4, covers: [0] },
      { start: 4, end: 6, covers: [0, 1] },
      { start: 6, end: 8, covers: [1] },
      { start: 8, end: 10, covers: [] },
    ]);
  });

  it('clips spans to the text and skips empty ones', () => {
    expect(segmentText(5, [{ offset: 3, length: 10 }, { offset: 1, length: 0 }])).toEqual([
      { start: 0, end: 3, covers: [] },
      { start: 3, end: 5, covers: [0] },
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });

  it('applies one edit', () => {
    expect(applyEdit('Pls wait', { offset: 0, length: 3, text: 'Please' })).toBe('Please wait');
  });
});

describe('wall time in a time zone', () => {
  it.each([
    ['UTC', '2026-12-01T10:00', '2026-12-01T10:00:00.000Z'],
    ['Europe/Riga', '2026-12-01T12:00', '2026-12-01T10:00:00.000Z'],
    ['Europe/Riga', '2026-07-01T12:00', '2026-07-01T09:00:00.000Z'],
    ['America/New_York', '2026-03-08T03:30', '2026-03-08T07:30:00.000Z'],
  ])('%s %s', (zone, wall, instant) => {
    expect(fromWallTime(wall, zone)?.toISOString()).toBe(instant);
    expect(toWallTime(new Date(instant), zone)).toBe(wall);
  });

  it('refuses what is not a date and time', () => {
    expect(fromWallTime('2026-12-01', 'UTC')).toBeUndefined();
  });
});

describe('site paths', () => {
  it.each([
    ['docs/linter.md', 'linter.html'],
    ['docs/rules/README.md', 'rules/index.html'],
    ['docs/catalog/greeting.md', 'catalog/greeting.html'],
    ['README.md', 'readme.html'],
  ])('%s → %s', (source, output) => {
    expect(outputPathOf(source)).toBe(output);
  });

  it('makes the heading anchors GitHub makes', () => {
    const slug = slugger();
    expect(['`greeting.welcome`', 'Quick start', 'Why? (and how)', 'Quick start', 'Лінтер тону'].map((heading) => slug(heading.replace(/`/g, '')))).toEqual([
      'greetingwelcome',
      'quick-start',
      'why-and-how',
      'quick-start-1',
      'лінтер-тону',
    ]);
  });
});

describe('playground sources', () => {
  it('type-check against the built library', () => {
    const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
    const root = join(__dirname, '..', '..');
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(root, 'docs', 'site', 'tsconfig.json')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`tsc -p docs/site/tsconfig.json failed:\n${(error as { stdout?: string }).stdout || String(error)}`);
    }
  });
});
