import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The textlint rule in a real textlint project, as a user sets it up: the built package is packed
 * (`npm pack`), installed beside textlint from the npm registry into an empty project, and run
 * with textlint's own CLI — its rule loading, `-f json` and `--fix`. Slow (an install of about
 * 40 s) and it needs the registry, so it is skipped inside `npm test`; `npm run test:e2e` runs it,
 * as does naming the file (`npx vitest run tests/e2e/textlint-project`).
 */

const root = join(__dirname, '..', '..');
const insideNpmTest = process.env.npm_lifecycle_event === 'test';
// textlint's major version, as in the @textlint/kernel this repository tests the rule against.
const TEXTLINT = `textlint@^${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@textlint/kernel'].replace(/^\D*(\d+).*$/, '$1')}`;

// textlint's JSON severities.
const WARNING = 1;
const ERROR = 2;

let project: string;

const textlint = (...args: string[]) => spawnSync(join(project, 'node_modules', '.bin', 'textlint'), args, { cwd: project, encoding: 'utf8' });
const write = (name: string, text: string) => writeFileSync(join(project, name), text);

interface JsonMessage {
  readonly ruleId: string;
  readonly message: string;
  readonly severity: number;
  readonly range: readonly [number, number];
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
}
const lintJson = (...args: string[]): JsonMessage[] => {
  const run = textlint('-f', 'json', ...args);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as Array<{ messages: JsonMessage[] }>)[0]!.messages;
};
// Our rule's id closes each message: `… (slang)`.
const tactfulRuleId = (m: JsonMessage) => /\((\S+)\)$/.exec(m.message)?.[1];

const REPLY = '# Pls read\n\nSorry, rules are rules. Run `pls --asap` or see [the docs](https://x.test/asap) asap!!!\n\n> Pls calm down!!!\n\n- thx for waiting\n';

describe.skipIf(insideNpmTest)('tactful/textlint in a textlint project installed from the npm registry', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'textlint.js'))) throw new Error('dist/ is missing: run `npm run build` first');
    project = mkdtempSync(join(tmpdir(), 'tactful-textlint-'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as Array<{ filename: string }>;
    write('package.json', JSON.stringify({ name: 'knowledge-base', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', TEXTLINT, join(project, packed[0]!.filename)], { cwd: project, stdio: 'pipe' });
    // The configuration as docs/linter.md shows it.
    write('.textlintrc.json', JSON.stringify({ rules: { 'tactful/textlint': { locale: 'en' } } }));
  }, 300_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('reports each phrase with its severity, and the safe fixes (not in code, link targets or quotes)', () => {
    write('reply.md', REPLY);
    const messages = lintJson('reply.md');
    expect(messages.map((m) => [m.ruleId, tactfulRuleId(m), m.severity, REPLY.slice(...m.range), m.fix?.text])).toEqual([
      ['tactful/textlint', 'slang', WARNING, 'Pls', 'Please'],
      ['tactful/textlint', 'policy-shield', ERROR, 'rules are rules', undefined],
      ['tactful/textlint', 'slang', WARNING, 'asap', 'as soon as possible'],
      ['tactful/textlint', 'shouting', WARNING, '!!!', '!'],
      ['tactful/textlint', 'slang', WARNING, 'thx', 'thanks'],
    ]);
    for (const m of messages) if (m.fix) expect(m.fix.range).toEqual(m.range);
    // The stylish formatter counts them as fixable, and exits with 1 for the error.
    const stylish = textlint('reply.md');
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/4 fixable/);
  });

  it('rewrites the file with --fix and leaves what has no safe fix', () => {
    write('reply.md', REPLY);
    expect(textlint('--fix', 'reply.md').status).toBe(1); // the policy-shield error remains
    expect(readFileSync(join(project, 'reply.md'), 'utf8')).toBe(
      '# Please read\n\nSorry, rules are rules. Run `pls --asap` or see [the docs](https://x.test/asap) as soon as possible!\n\n> Pls calm down!!!\n\n- thanks for waiting\n',
    );
    expect(lintJson('reply.md').map(tactfulRuleId)).toEqual(['policy-shield']);
  });

  it('takes the locale and the register from its options', () => {
    write('lv.textlintrc.json', JSON.stringify({ rules: { 'tactful/textlint': { locale: 'lv', register: 'informal' } } }));
    const text = 'Čau! Pls uzgaidi, tgd pārbaudīšu. Mēs Jums nosūtījām `kkas` paroli.\n';
    write('lv.md', text);
    expect(lintJson('-c', 'lv.textlintrc.json', 'lv.md').map((m) => [tactfulRuleId(m), text.slice(...m.range), m.fix?.text])).toEqual([
      ['slang', 'Pls', 'Lūdzu'],
      ['slang', 'tgd', 'tagad'],
      ['register', 'Jums', 'Tev'],
    ]);
    textlint('-c', 'lv.textlintrc.json', '--fix', 'lv.md');
    expect(readFileSync(join(project, 'lv.md'), 'utf8')).toBe('Čau! Lūdzu uzgaidi, tagad pārbaudīšu. Mēs Tev nosūtījām `kkas` paroli.\n');
  });

  it('stops on a misspelt option, naming it', () => {
    write('typo.textlintrc.json', JSON.stringify({ rules: { 'tactful/textlint': { rulez: { jargon: 'off' } } } }));
    write('reply.md', REPLY);
    const run = textlint('-c', 'typo.textlintrc.json', 'reply.md');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('INVALID_OPTIONS');
    expect(run.stderr).toContain('rulez');
  });
});
