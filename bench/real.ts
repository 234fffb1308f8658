/**
 * `npm run bench:real`: the tone linter on real support replies nobody here wrote, labelled by
 * hand (bench/real/LABELLING.md). Prints, per language and per rule, how many bad replies are
 * caught (recall), how many flagged replies deserved it (precision) and the share of good
 * replies flagged; default options, as a new user would run it.
 *
 *   npm run bench:real                 the tables
 *   npm run bench:real -- --details    also every miss and every false alarm
 *   TACTFUL_REAL_EXTRA=/tmp/real npm run bench:real
 *                                      also the .jsonl files of another folder (labelled text
 *                                      whose licence keeps it out of the repository)
 *
 * Writes bench/results/real.json. The team measures on a separate held-out set; develop on this
 * one only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type Diagnostic, type LocaleDefinition } from '../src';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ro from '../src/generated/locales/ro';
import ru from '../src/generated/locales/ru';
import uk from '../src/generated/locales/uk';
import { shippedLocale } from '../src/lint/shipped-data';

// The phrases as the package ships them (compact, each read when a text may hold it).
const LOCALES: Readonly<Record<string, LocaleDefinition>> = Object.fromEntries(Object.entries({ en, ro, ru, lv, lt, uk }).map(([code, locale]) => [code, shippedLocale(locale)]));

/** One labelled reply: see bench/real/LABELLING.md. */
export interface LabelledReply {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly label: 'good' | 'bad';
  readonly rules: readonly string[];
  readonly note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The corpus files, by split: `dev` (bench/real/corpus/<lng>.jsonl, and the folders of
 * TACTFUL_REAL_EXTRA), which the rules are tuned on, and `validation`
 * (bench/real/validation/<lng>-<source>.jsonl), labelled blind and never tuned on.
 */
export function corpusFiles(): Array<{ split: 'dev' | 'validation'; language: string; file: string }> {
  const list = (folder: string, split: 'dev' | 'validation') =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => /^[a-z]{2}(?:-[\w-]+)?\.jsonl$/.test(f))
          .map((f) => ({ split, language: f.slice(0, 2), file: join(folder, f) }))
      : [];
  return [
    ...[join(here, 'real', 'corpus'), ...(process.env.TACTFUL_REAL_EXTRA ?? '').split(':').filter(Boolean)].flatMap((folder) => list(folder, 'dev')),
    ...list(join(here, 'real', 'validation'), 'validation'),
  ];
}

export function readCorpus(file: string): LabelledReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReply);
}

interface Tally {
  replies: number;
  bad: number;
  flagged: number;
  /** Bad replies with a diagnostic of one of their rules. */
  caught: number;
  /** Good replies with no diagnostic at all. */
  cleanGood: number;
  /** Flagged replies where some diagnostic names one of the reply's labelled rules. */
  rightlyFlagged: number;
}

const tally = (): Tally => ({ replies: 0, bad: 0, flagged: 0, caught: 0, cleanGood: 0, rightlyFlagged: 0 });
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const ratio = (part: number, whole: number) => `${part}/${whole}`;

function main(): void {
  const details = process.argv.includes('--details');
  const byLanguage = new Map<string, Tally>();
  // Per rule: replies labelled with it, of those caught by it, replies it flagged, of those rightly.
  const byRule = new Map<string, { labelled: number; caught: number; flagged: number; right: number }>();
  const rule = (id: string) => byRule.get(id) ?? (byRule.set(id, { labelled: 0, caught: 0, flagged: 0, right: 0 }), byRule.get(id)!);
  const misses: string[] = [];
  const falseAlarms: string[] = [];

  for (const { split, language, file } of corpusFiles()) {
    const locale = LOCALES[language];
    if (!locale) throw new Error(`${file}: no shipped locale "${language}"`);
    const key = `${split}: ${language}`;
    const t = byLanguage.get(key) ?? tally();
    byLanguage.set(key, t);
    for (const reply of readCorpus(file)) {
      const diagnostics: Diagnostic[] = lint(reply.text, { locale });
      const firing = new Set(diagnostics.map((d) => d.ruleId as string));
      const labelled = new Set(reply.rules);
      t.replies++;
      if (diagnostics.length > 0) t.flagged++;
      if (reply.label === 'bad') t.bad++;
      const right = [...firing].some((id) => labelled.has(id));
      if (reply.label === 'bad' && right) t.caught++;
      if (reply.label === 'good' && diagnostics.length === 0) t.cleanGood++;
      if (diagnostics.length > 0 && right) t.rightlyFlagged++;
      for (const id of labelled) {
        rule(id).labelled++;
        if (firing.has(id)) rule(id).caught++;
      }
      for (const id of firing) {
        rule(id).flagged++;
        if (labelled.has(id)) rule(id).right++;
      }
      const shown = diagnostics.map((d) => `${d.ruleId} “${d.text}”`).join(', ');
      if (reply.label === 'bad' && !right) misses.push(`${reply.id} [${reply.rules.join(', ')}] ${reply.text.replace(/\s+/g, ' ')}${shown ? `\n    got: ${shown}` : ''}`);
      for (const d of diagnostics) if (!labelled.has(d.ruleId)) falseAlarms.push(`${reply.id} ${d.ruleId} “${d.text}” in: ${reply.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }

  const all = tally();
  for (const [key, t] of byLanguage) if (key.startsWith('dev')) for (const field of Object.keys(all) as (keyof Tally)[]) all[field] += t[field];
  const rows = [...[...byLanguage.entries()].sort(([a], [b]) => a.localeCompare(b)), ['dev: all', all] as const].map(([language, t]) => ({
    language,
    replies: t.replies,
    'bad caught (recall)': `${ratio(t.caught, t.bad)} = ${percent(t.caught, t.bad)}`,
    'precision (flagged replies rightly)': `${ratio(t.rightlyFlagged, t.flagged)} = ${percent(t.rightlyFlagged, t.flagged)}`,
    'good with no diagnostic': `${ratio(t.cleanGood, t.replies - t.bad)} = ${percent(t.cleanGood, t.replies - t.bad)}`,
    'flagged at all': `${ratio(t.flagged, t.replies)} = ${percent(t.flagged, t.replies)}`,
  }));
  console.log('By language (default options)');
  console.table(rows);
  const ruleRows = [...byRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, r]) => ({ rule: id, labelled: r.labelled, 'recall': `${ratio(r.caught, r.labelled)} = ${percent(r.caught, r.labelled)}`, flagged: r.flagged, precision: `${ratio(r.right, r.flagged)} = ${percent(r.right, r.flagged)}` }));
  console.log('By rule (replies, both splits)');
  console.table(ruleRows);
  // Nobody sent a placeholder in these replies: every flag of this rule is a false alarm.
  const placeholders = byRule.get('unfilled-placeholder')?.flagged ?? 0;
  const total = [...byLanguage.values()].reduce((sum, t) => sum + t.replies, 0);
  console.log(`unfilled-placeholder: ${placeholders} of ${total} real replies flagged (${percent(placeholders, total)}; at most 1 % allowed)`);
  if (details) {
    console.log(`\nMissed bad replies (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n')}`);
    console.log(`\nDiagnostics on rules the reply is not labelled with (${falseAlarms.length}):\n${falseAlarms.map((m) => `  ${m}`).join('\n')}`);
  }
  const out = join(here, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'real.json'), `${JSON.stringify({ byLanguage: Object.fromEntries(byLanguage), all, byRule: Object.fromEntries(byRule) }, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
