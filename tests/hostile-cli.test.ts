import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/cli/config';
import { endQuietlyWhenReaderLeaves, processIo, readTextFile, UsageError } from '../src/cli/io';
import { toUri } from '../src/cli/report';
import { coerceVariables, parseVarPairs } from '../src/cli/variables';

/** Issue #14, round two: the CLI refuses what it cannot read, and says so (audit 15/10, cli-misc.sh). */
const dir = mkdtempSync(join(tmpdir(), 'tactful-hostile-'));
mkdirSync(join(dir, 'adir'));
const cli = (...args: string[]) => spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });

describe('files the CLI cannot read as text', () => {
  it.each([
    ['latin1.txt', Buffer.from('Caf\xe9 au lait? pls wait\n', 'latin1')],
    ['img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x70, 0x6c, 0x73, 0x00, 0xff])],
    ['nul.txt', Buffer.from('pls\u0000wait', 'utf8')],
  ])('%s is refused as a usage error, and --fix leaves it untouched', (name, bytes) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    expect(() => readTextFile(path)).toThrow(UsageError);
    const result = cli('lint', name, '--fix');
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it.each([['lint'], ['check']])('%s <empty directory> is a usage error (exit 2), without a stack trace', (command) => {
    const result = cli(command, 'adir');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('adir');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads UTF-8 text as before', () => {
    writeFileSync(join(dir, 'ok.txt'), 'Sveiki, Jāni!');
    expect(processIo.readFile(join(dir, 'ok.txt'))).toBe('Sveiki, Jāni!');
  });
});

/** Issue #19: a directory or a quoted glob is read as ESLint reads it. */
describe('directories and globs', () => {
  const tree = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'tactful-tree-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return (...args: string[]) => spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  };
  const paths = (stdout: string) => (JSON.parse(stdout) as Array<{ path: string }>).map((r) => r.path);
  const run = tree({
    'replies/a.txt': 'calm down',
    'replies/sub/b.md': 'Rules are rules.',
    'replies/drafts/c.txt': 'calm down',
    'replies/page.html': '<p>calm down</p>',
    'replies/node_modules/x/d.txt': 'calm down',
    'replies/.git/e.txt': 'calm down',
    'chats/one.txt': 'Customer: Where is my order?\nAgent: No idea.',
    'chats/two.json': JSON.stringify([{ from: 'agent', text: 'Hello! How can I help?' }]),
    'chats/notes.md': 'not a transcript',
  });

  it('lint <directory> lints its text and Markdown files recursively, without node_modules and .git', () => {
    const result = run('lint', 'replies', '--format', 'json');
    expect(result.status).toBe(1);
    expect(paths(result.stdout)).toEqual(['replies/a.txt', 'replies/drafts/c.txt', 'replies/sub/b.md']);
  });

  it('--ignore-pattern skips what it matches, and is repeatable', () => {
    const result = run('lint', 'replies/', '--ignore-pattern', 'replies/drafts/**', '--ignore-pattern', '**/b.md', '--format', 'json');
    expect(paths(result.stdout)).toEqual(['replies/a.txt']);
  });

  it('expands a quoted glob, and a glob that matches nothing is a usage error', () => {
    expect(paths(run('lint', 'replies/**/*.txt', '--format', 'json').stdout)).toEqual(['replies/a.txt', 'replies/drafts/c.txt']);
    const none = run('lint', 'nowhere/*.txt');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nowhere/*.txt');
  });

  it('check <directory> scores each transcript (.txt, .json) under its path', () => {
    const result = run('check', 'chats', '--locale', 'en', '--format', 'json');
    expect(result.status).toBe(0);
    const cards = JSON.parse(result.stdout) as Array<{ path: string; scorecard: { score: number } }>;
    expect(cards.map((c) => c.path)).toEqual(['chats/one.txt', 'chats/two.json']);
    expect(cards.every((c) => typeof c.scorecard.score === 'number')).toBe(true);
    expect(run('check', 'chats/one.txt', '--locale', 'en', '--format', 'json').stdout).toMatch(/^\{/);
  });
});

describe('a reader that goes away', () => {
  // Issue #19: `tactful list --json | head -1` printed an EPIPE stack trace and exited 1.
  it('tactful list --json | head -1 ends quietly with exit 0', () => {
    const bin = join(__dirname, '..', 'dist', 'cli.js');
    const script = `"${process.execPath}" "${bin}" list --json | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('exit=0\n');
  });

  it('only EPIPE ends quietly; other write errors stay loud', () => {
    const stream = new PassThrough();
    const codes: number[] = [];
    endQuietlyWhenReaderLeaves(stream, (code) => codes.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([0]);
    expect(() => stream.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toThrow('no space');
  });
});

describe('SARIF uri values are URI references', () => {
  it.each([
    ['a b#c?.md', 'a%20b%23c%3F.md'],
    ['replies/ok.md', 'replies/ok.md'],
    ['dir\\file 1.md', 'dir/file%201.md'],
    ['/tmp/a b#.md', 'file:///tmp/a%20b%23.md'],
  ])('%s → %s', (path, uri) => {
    expect(toUri(path)).toBe(uri);
  });

  it('the lint command writes them encoded', () => {
    writeFileSync(join(dir, 'a b#c?.md'), 'pls wait');
    const out = cli('lint', 'a b#c?.md', '--format', 'sarif').stdout;
    expect(out).toContain('"uri": "a%20b%23c%3F.md"');
  });
});

describe('--var and config files', () => {
  it.each([['__proto__=x'], ['constructor=x'], ['a b=x'], ['=x']])('--var %s is refused', (pair) => {
    expect(() => parseVarPairs([pair])).toThrow(UsageError);
  });

  it.each([['0x10'], ['1e3'], [''], [' '], ['0b1'], ['Infinity'], ['5 minutes']])('a number given as %j is refused', (value) => {
    expect(() => coerceVariables({ waitMinutes: value }, [{ name: 'waitMinutes', kind: 'count', required: true, description: '' }])).toThrow(UsageError);
  });

  it.each([['5', 5], ['2,5', 2.5], ['0.5', 0.5]])('a decimal %s is read as %d', (value, expected) => {
    expect(coerceVariables({ waitMinutes: value }, [{ name: 'waitMinutes', kind: 'count', required: true, description: '' }]).waitMinutes).toBe(expected);
  });

  it('a __proto__ key anywhere in the config is refused, and nothing is polluted', () => {
    const path = join(dir, 'proto.json');
    writeFileSync(path, '{"glossary": {"__proto__": {"polluted": "yes"}}}');
    expect(() => loadConfig(processIo, path)).toThrow(UsageError);
    writeFileSync(path, '{"__proto__": {"locale": "lv"}}');
    expect(() => loadConfig(processIo, path)).toThrow(UsageError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
