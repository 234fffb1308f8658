import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCode, generateDocs, ROOT } from '../scripts/generate';
import { describeDataProblems, validateData } from '../scripts/generate/validate-data';

/** The folders that hold only generated files: where a newcomer looks, and where the generator writes. */
const GENERATED_FOLDERS = ['src/generated', 'docs/rules', 'docs/catalog', 'docs/snapshots'];

const code = await generateCode();
const docs = await generateDocs();

describe('generated files are up to date (run `npm run generate`)', () => {
  for (const [path, content] of code) {
    it(path, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
    });
  }

  it('docs/rules, docs/catalog and docs/snapshots (every template in every locale and register)', () => {
    expect([...docs.keys()].filter((path) => path.startsWith('docs/snapshots/'))).toContain('docs/snapshots/lv.md');
    for (const [path, content] of docs) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
  });
});

describe('generated files live apart', () => {
  const files = (dir: string): string[] =>
    existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])) : [];

  it('the generator writes only into the generated folders', () => {
    for (const path of [...code.keys(), ...docs.keys()]) expect(GENERATED_FOLDERS.some((dir) => path.startsWith(`${dir}/`)), path).toBe(true);
  });

  it('every file in the generated folders is written by the generator (no hand-written or stale file among them)', () => {
    const written = new Set([...code.keys(), ...docs.keys()]);
    const stray = GENERATED_FOLDERS.flatMap(files).map((path) => relative(ROOT, join(ROOT, path))).filter((path) => !written.has(path) && !path.endsWith('/README.md'));
    expect(stray).toEqual([]);
  });
});

it('the data the generator reads is clean: no phrase in two rules, no stray characters, no empty lists', () => {
  expect(describeDataProblems(validateData())).toBe('');
});
