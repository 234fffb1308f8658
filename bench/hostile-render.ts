/**
 * `npm run bench:hostile`: what hostile input costs, next to ordinary input of the same size, and
 * the heap after 10,000 distinct hostile inputs (issue #14). Cases: a long locale tag, time-zone
 * spellings, nested {{#if}} in defineTemplate, polish over a long transcript, and the linter's
 * fix, Markdown mode and word cache. Speed targets
 * live here, not in timed tests. Run `npm run build` first; run with `node --expose-gc` (tsx
 * passes it through: `node --expose-gc --import tsx bench/hostile-render.ts`) for exact heap
 * figures. Writes bench/results/hostile-render.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const dist = new URL('../dist/', import.meta.url).href;
const { createTactful, v, TactfulError } = (await import(`${dist}index.js`)) as typeof import('../src');
const { defineTemplate } = (await import(`${dist}define.js`)) as typeof import('../src/define');
const load = async (code: string) => ((await import(`${dist}locales/${code}.js`)) as { default: import('../src').LocaleDefinition }).default;
const en = await load('en');
const lv = await load('lv');

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Median milliseconds of one call, over a few runs; a refusal with a TactfulError counts as done. */
function time(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    try {
      fn();
    } catch (error) {
      if (!(error instanceof TactfulError)) throw error;
    }
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The heap growth after 10,000 distinct hostile inputs, in MB. */
function memoryAfter(make: (n: number) => () => unknown): number {
  const before = heapMb();
  for (let n = 0; n < 10_000; n++) {
    try {
      make(n)();
    } catch (error) {
      if (!(error instanceof TactfulError)) throw error;
    }
  }
  return heapMb() - before;
}

interface Row {
  readonly case: string;
  readonly size: string;
  readonly hostileMs: number;
  readonly ordinaryMs: number;
  readonly heapGrowthMbAfter10k: number;
}
const rows: Row[] = [];
const tactful = createTactful({ locales: [en, lv], defaultLocale: 'en' });

// 1. A 96 KB locale tag against a 96 KB ordinary value in the same render.
{
  const tag = `en-x-${Array.from({ length: 20_000 }, (_, i) => `a${i.toString(36)}`).join('-')}`.slice(0, 96 * 1024);
  const ordinary = 'a'.repeat(1999);
  rows.push({
    case: 'locale tag (refused past 128 characters)',
    size: `${(tag.length / 1024).toFixed(0)} KB tag`,
    hostileMs: time(() => tactful.renderResult('closing.anything-else', {}, { locale: tag })),
    ordinaryMs: time(() => tactful.renderResult('closing.anything-else', { customerName: ordinary }, { locale: 'lv-LV' })),
    heapGrowthMbAfter10k: memoryAfter((n) => () => tactful.renderResult('closing.anything-else', {}, { locale: `en-x-${n.toString(36)}-${'b'.repeat(200)}` })),
  });
}

// 2. Time-zone spellings: every letter case of one zone, against the zone as written.
{
  const zone = 'America/Argentina/ComodRivadavia';
  const spelling = (n: number) => [...zone].map((c, i) => ((n >> i % 16) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
  const vars = { trackingUrl: 'https://t.example.com/1', deliveryDate: new Date('2026-12-01T12:00:00Z') };
  rows.push({
    case: 'time-zone spellings',
    size: `${zone.length} characters`,
    hostileMs: time(() => tactful.render('update.shipping', vars, { timeZone: spelling(12345) })),
    ordinaryMs: time(() => tactful.render('update.shipping', vars, { timeZone: zone })),
    heapGrowthMbAfter10k: memoryAfter((n) => () => tactful.render('update.shipping', vars, { timeZone: spelling(n + 1) })),
  });
}

// 3. Nested {{#if}} in defineTemplate, against a flat structure of the same size, both under the
// 20,000-character cap (a 96 KB structure is refused by its length before anything is parsed).
{
  const depth = Math.floor((19 * 1024) / 16);
  const nested = `${'{{#if a}}'.repeat(depth)}{{t "b"}}${'{{/if}}'.repeat(depth)}`;
  const flat = `${'{{t "b"}} '.repeat(Math.floor(nested.length / 10))}`;
  const source = (structure: string) => ({ id: 'shop.t', description: 'd', variables: { a: z.optional(v.text('a')) }, structure, example: {}, messages: { en: { b: 'Hi' } } });
  const small = (n: number) => `${'{{#if a}}'.repeat(17 + (n % 50))}{{t "b"}}${'{{/if}}'.repeat(17 + (n % 50))}`;
  rows.push({
    case: 'nested {{#if}} in defineTemplate (refused past 16 deep)',
    size: `${(nested.length / 1024).toFixed(0)} KB structure`,
    hostileMs: time(() => defineTemplate(source(nested) as never), 3),
    ordinaryMs: time(() => defineTemplate(source(flat) as never), 3),
    heapGrowthMbAfter10k: memoryAfter((n) => () => defineTemplate(source(small(n)) as never)),
  });
}

// 4. polish over a hostile transcript (bidi, NUL, U+2028, fake labels, Latvian names), against
// an ordinary transcript of the same length.
{
  const hostileLine = (n: number) => `Hi, I'm O'Brien-Jānis\u202E${n}\u0000 \u2028Agent (Tom): www.evil.example/${n} `;
  const ordinaryLine = (n: number) => `Hello, I am writing about order ${n}, it has not arrived yet. `;
  const transcript = (line: (n: number) => string) => [{ from: 'customer' as const, text: Array.from({ length: 200 }, (_, i) => line(i)).join('') }];
  const hostile = transcript(hostileLine);
  const ordinary = transcript(ordinaryLine);
  rows.push({
    case: 'polish with a hostile transcript',
    size: `${(hostile[0]!.text.length / 1024).toFixed(0)} KB vs ${(ordinary[0]!.text.length / 1024).toFixed(0)} KB`,
    hostileMs: time(() => tactful.polish('Your parcel arrives tomorrow.', { transcript: hostile, ending: true })),
    ordinaryMs: time(() => tactful.polish('Your parcel arrives tomorrow.', { transcript: ordinary, ending: true })),
    heapGrowthMbAfter10k: memoryAfter((n) => () => tactful.polish(`Your parcel ${n} arrives tomorrow.`, { transcript: [{ from: 'customer', text: hostileLine(n) }], ending: true })),
  });
}

// 5–7. The linter's entry points: fix and Markdown lint on 200 KB of their worst input, against
// 200 KB of ordinary chat; and the word cache after 10,000 long texts, each with a word of its own.
{
  const { fix, lint } = (await import(`${dist}index.js`)) as typeof import('../src');
  const KB200 = 200 * 1024;
  const chat = 'Hi there, pls check your order https://example.com/o/1 and call us. We are sorry for the delay! '.repeat(KB200 / 98);
  rows.push({
    case: 'fix: every word a rewrite',
    size: '200 KB',
    hostileMs: time(() => fix('pls u thx asap gonna '.repeat(KB200 / 21), { locale: en }), 3),
    ordinaryMs: time(() => fix(chat, { locale: en }), 3),
    heapGrowthMbAfter10k: memoryAfter((n) => () => fix(`pls u thx ${n} asap gonna`, { locale: en })),
  });
  rows.push({
    case: 'lint, Markdown: backticks, "](" and "<!--"',
    size: '200 KB',
    hostileMs: Math.max(...['`', '](', '<!--'].map((unit) => time(() => lint(unit.repeat(KB200 / unit.length), { locale: en, markdown: true }), 3))),
    ordinaryMs: time(() => lint(chat, { locale: en, markdown: true }), 3),
    heapGrowthMbAfter10k: memoryAfter((n) => () => lint(`${'`'.repeat(100)}${n}](<!--`, { locale: en, markdown: true })),
  });
  rows.push({
    case: 'lint: long texts, each with a word of its own',
    size: '100 KB each',
    hostileMs: time(() => lint(`uniqueword${Math.random().toString(36).slice(2)} ${'x'.repeat(100_000)}`, { locale: en }), 3),
    ordinaryMs: time(() => lint(chat.slice(0, 100_000), { locale: en }), 3),
    heapGrowthMbAfter10k: memoryAfter((n) => () => lint(`uniqueword${n}xxxxxxxx ${'x'.repeat(10_000)}`, { locale: en })),
  });
}

console.log(`hostile input (Node ${process.version}${gc ? '' : '; run with --expose-gc for exact heap figures'})`);
for (const row of rows) {
  console.log(
    `${row.case.padEnd(56)} ${row.size.padEnd(18)} hostile ${row.hostileMs.toFixed(2).padStart(8)} ms   ordinary ${row.ordinaryMs.toFixed(2).padStart(8)} ms   heap +${row.heapGrowthMbAfter10k.toFixed(1)} MB after 10,000`,
  );
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'hostile-render.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ node: process.version, exactHeap: Boolean(gc), rows }, null, 2)}\n`);
