import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

async function run(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: () => undefined,
    exists: () => false,
    color: false,
    readStdin: async () => '',
    isDirectory: () => false,
    glob: () => [],
    stdinIsTTY: false,
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('tactful export', () => {
  it('prints one locale to stdout and the report to stderr', async () => {
    const { code, out, err } = await run(process.cwd(), 'export', '--to', 'chatwoot', '--locale', 'lv');
    expect(code).toBe(0);
    const responses = JSON.parse(out) as Array<{ short_code: string }>;
    expect(responses.map((r) => r.short_code)).toContain('apology-wrong-item-lv');
    expect(err).toMatch(/exported to chatwoot/);
    expect(err).toMatch(/name-left-out/);
  });

  it('writes every locale under --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-export-'));
    const { code } = await run(dir, 'export', '--to', 'lg', '--out', 'exports', '--register', 'formal');
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'exports/lg')).sort()).toEqual(['tactful.en.lg', 'tactful.lt.lg', 'tactful.lv.lg', 'tactful.ro.lg', 'tactful.ru.lg', 'tactful.uk.lg']);
  });

  it('asks for --out when there are several files, and for a known format', async () => {
    expect((await run(process.cwd(), 'export', '--to', 'freshdesk')).code).toBe(2);
    expect((await run(process.cwd(), 'export', '--to', 'intercom')).code).toBe(2);
    expect((await run(process.cwd(), 'export', '--to', 'chatwoot', '--locale', 'de')).code).toBe(2);
  });

  // Each crashed with exit 70 or exported twice (a hostile review, session 13).
  it('refuses an --out that is a file, and exports a locale named twice once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-export-'));
    writeFileSync(join(dir, 'existing'), 'x');
    const refused = await run(dir, 'export', '--to', 'chatwoot', '--locale', 'lv', '--out', 'existing');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--out existing: is a file');
    expect(readFileSync(join(dir, 'existing'), 'utf8')).toBe('x');
    const once = JSON.parse((await run(process.cwd(), 'export', '--to', 'chatwoot', '--locale', 'lv')).out) as unknown[];
    const twice = JSON.parse((await run(process.cwd(), 'export', '--to', 'chatwoot', '--locale', 'lv,LV', '--locale', 'lv')).out) as unknown[];
    expect(twice).toHaveLength(once.length);
  });

  it('exports a team\'s own templates with --templates', async () => {
    const { code, out } = await run(process.cwd(), 'export', '--to', 'gorgias', '--locale', 'lv', '--templates', 'tests/export/fixtures/shop-templates.ts', '--no-builtin');
    expect(code).toBe(0);
    const macros = JSON.parse(out) as Array<{ name: string; language: string; actions: Array<{ arguments: { body_text: string } }> }>;
    // The template has no informal wording of its own: one macro, not the same text twice (session 13).
    expect(macros.map((m) => [m.name, m.language])).toEqual([['shop-order-ready-lv', 'lv']]);
    // No vocative in Gorgias: the unnamed wording; the number is the agent's to type.
    expect(macros[0]!.actions[0]!.arguments.body_text).toBe('Labas ziņas! Pasūtījums [ORDER_ID] ir gatavs saņemšanai. Tas jūs gaidīs [DAYS] dienas.');
  });
});
