import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    readFile: (path) => (path === 'vars.json' ? JSON.stringify({ ordered: 'Blue shirt', received: 'Red shirt', customerName: 'Jonas' }) : '{oops'),
    readStdin: async () => '',
    cwd: process.cwd(),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('tactful render', () => {
  it('renders with --var, --locale, --register and --channel', async () => {
    const { code, out } = await run('render', 'closing.anything-else', '--locale', 'ru', '--register', 'informal', '--var', 'customerName=<Саша>', '--channel', 'html');
    expect(code).toBe(0);
    expect(out).toContain('&lt;Саша&gt;');
    expect(out).toContain('тебе');
  });

  it('reads variables from a JSON file', async () => {
    const { code, out } = await run('render', 'apology.wrong-item', '--vars', 'vars.json', '--locale', 'lt');
    expect(code).toBe(0);
    expect(out).toContain('„Blue shirt“');
  });

  it('coerces numbers, money and dates by the variable kind', async () => {
    const { code, out } = await run(
      'render', 'price-change.increase-notice', '--var', 'productName=Pro', '--var', 'oldPrice=9.50 EUR',
      '--var', 'newPrice=EUR 12', '--var', 'effectiveDate=2026-12-01', '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out) as { text: string; locale: string };
    expect(result.text).toContain('€9.50');
    expect(result.text).toContain('December 1, 2026');
    expect(result.locale).toBe('en');
  });

  it('suggests the nearest ids for an unknown id and exits 1', async () => {
    const { code, err } = await run('render', 'greeting.welcom');
    expect(code).toBe(1);
    expect(err).toContain('greeting.welcome');
  });

  it('names invalid variables and exits 1', async () => {
    const { code, err } = await run('render', 'apology.wrong-item', '--var', 'ordered=x');
    expect(code).toBe(1);
    expect(err).toMatch(/"received": required/);
  });

  it.each([
    [['render'], /needs a template id/],
    [['render', 'greeting.welcome', '--register', 'casual'], /--register must be one of/],
    [['render', 'greeting.welcome', '--var', 'oops'], /name=value/],
    [['render', 'escalation.transfer', '--var', 'waitMinutes=soon'], /expected a number/],
    [['render', 'greeting.welcome', '--vars', 'broken.json'], /--vars broken\.json/],
    [['render', 'greeting.welcome', '--bogus'], /bogus/],
    [['nope'], /unknown command "nope"/],
  ])('exits 2 on misuse: %j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('prints help for each command', async () => {
    for (const command of ['render', 'list']) {
      const { code, out } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`Usage: tactful ${command}`));
    }
    expect((await run('--help')).out).toMatch(/Commands:/);
  });
});

describe('tactful list', () => {
  it('lists by category and search words', async () => {
    const { code, out } = await run('list', '--category', 'apology');
    expect(code).toBe(0);
    expect(out).toMatch(/^apology\.wrong-item /m);
    expect((await run('list', 'price')).out).toContain('price-change.increase-notice');
  });

  it('prints descriptors as JSON', async () => {
    const { out } = await run('list', '--json', '--locale', 'lv');
    const list = JSON.parse(out) as Array<{ id: string; locales: string[] }>;
    expect(list.every((t) => t.locales.includes('lv'))).toBe(true);
  });

  it('exits 1 when nothing matches', async () => {
    expect((await run('list', '--search', 'zzzz')).code).toBe(1);
  });
});

describe('the built executable', () => {
  it('runs as `tactful` with the exit codes of the in-process CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
    const vars = join(dir, 'vars.json');
    writeFileSync(vars, JSON.stringify({ customerName: 'Jonas' }));
    const out = execFileSync(process.execPath, ['dist/cli.js', 'render', 'closing.anything-else', '--vars', vars, '--locale', 'lt'], { encoding: 'utf8' });
    expect(out.trim()).toMatch(/^Jona/);
    const failed = spawnSync(process.execPath, ['dist/cli.js', 'render', 'nope.nope'], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
  });
});
