import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/cli/config';
import { processIo, readTextFile, UsageError } from '../src/cli/io';
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

  it.each([['lint'], ['check']])('%s <directory> is a usage error (exit 2), without a stack trace', (command) => {
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
