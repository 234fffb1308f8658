/**
 * `npm run bench:conversations`: the conversation checker against a QA lead's verdicts on real
 * conversations (bench/conversations/corpus/<lng>.jsonl, labelled with bench/conversations/RUBRIC.md).
 * Prints the share of verdicts the checker agrees with, per item, and how well the score ranks:
 * the probability that a conversation labelled good outscores one labelled poor (ties count half).
 *
 *   npm run bench:conversations                 the tables
 *   npm run bench:conversations -- --details    also every disagreement
 *
 * Writes bench/results/conversations.json. The team measures on a separate held-out set.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKLIST_IDS, checkConversation, type ChecklistId, type LocaleDefinition, type Medium, type TranscriptMessage } from '../src';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ro from '../src/generated/locales/ro';
import ru from '../src/generated/locales/ru';
import uk from '../src/generated/locales/uk';

const LOCALES: Readonly<Record<string, LocaleDefinition>> = { en, ro, ru, lv, lt, uk };
type Verdict = 'pass' | 'fail' | 'not-applicable';

/** One labelled conversation: see bench/conversations/RUBRIC.md. */
interface LabelledConversation {
  readonly id: string;
  readonly source: string;
  readonly medium: Medium;
  readonly transcript: readonly TranscriptMessage[];
  readonly items: Readonly<Record<ChecklistId, Verdict>>;
  readonly overall: 'good' | 'poor' | 'mixed';
  readonly note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const details = process.argv.includes('--details');

/** How one labelled set compares with the checker. */
interface SetResult {
  conversations: number;
  agree: Map<ChecklistId, { same: number; total: number; confusion: Map<string, number> }>;
  scores: Record<'good' | 'poor' | 'mixed', number[]>;
  disagreements: string[];
}

function measure(folder: string): SetResult {
  const result: SetResult = {
    conversations: 0,
    agree: new Map(CHECKLIST_IDS.map((id) => [id, { same: 0, total: 0, confusion: new Map() }])),
    scores: { good: [], poor: [], mixed: [] },
    disagreements: [],
  };
  for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => /^[a-z]{2}\.jsonl$/.test(f)) : []) {
    const locale = LOCALES[file.slice(0, 2)]!;
    const lines = readFileSync(join(folder, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (const line of lines) {
      const c = JSON.parse(line) as LabelledConversation;
      // Messages without a time are left untimed; the checker reads ISO strings.
      const transcript = c.transcript.map((m) => (m.at ? m : { from: m.from, text: m.text }));
      const card = checkConversation(transcript, { locale, medium: c.medium });
      result.conversations++;
      result.scores[c.overall].push(card.score);
      for (const item of card.items) {
        const expected = c.items[item.id];
        const tally = result.agree.get(item.id)!;
        tally.total++;
        if (item.status === expected) tally.same++;
        else {
          const key = `${expected} → ${item.status}`;
          tally.confusion.set(key, (tally.confusion.get(key) ?? 0) + 1);
          result.disagreements.push(`${c.id} ${item.id}: QA ${expected}, checker ${item.status}${c.note ? ` (note: ${c.note.slice(0, 100)})` : ''}`);
        }
      }
    }
  }
  return result;
}

/** P(a good conversation outscores a poor one), ties counting half. */
function rankQuality(good: readonly number[], poor: readonly number[]): number {
  let wins = 0;
  for (const g of good) for (const p of poor) wins += g > p ? 1 : g === p ? 0.5 : 0;
  return good.length * poor.length === 0 ? Number.NaN : wins / (good.length * poor.length);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

/** Prints one set's tables and returns its figures for the results file. */
function report(name: string, set: SetResult) {
  let same = 0;
  let total = 0;
  const rows = CHECKLIST_IDS.map((id) => {
    const t = set.agree.get(id)!;
    same += t.same;
    total += t.total;
    return { item: id, agreement: `${t.same}/${t.total} = ${percent(t.same, t.total)}`, 'most common disagreement (QA → checker)': [...t.confusion].sort((a, b) => b[1] - a[1])[0]?.join(': ') ?? '' };
  });
  const ranking = rankQuality(set.scores.good, set.scores.poor);
  console.log(`\n${name}: conversation checker vs a QA lead on ${set.conversations} real conversations\n`);
  console.table(rows);
  console.log(`agreement over all verdicts: ${same}/${total} = ${percent(same, total)}`);
  console.log(`a good conversation outscores a poor one: ${ranking.toFixed(3)} (good ${set.scores.good.length}, poor ${set.scores.poor.length}, mixed ${set.scores.mixed.length})`);
  if (details) console.log(`\n${set.disagreements.join('\n')}`);
  return { conversations: set.conversations, agreement: same / total, ranking, items: Object.fromEntries([...set.agree].map(([id, t]) => [id, { same: t.same, total: t.total }])) };
}

// The development set tunes the checker; the validation set, labelled blind to it, is never tuned on.
const results = {
  development: report('development set (corpus/)', measure(join(here, 'conversations', 'corpus'))),
  validation: report('validation set (validation/, never tuned on)', measure(join(here, 'conversations', 'validation'))),
};
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'conversations.json'), `${JSON.stringify(results, null, 2)}\n`);
