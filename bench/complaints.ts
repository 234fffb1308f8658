/**
 * `npm run bench:complaints -- <complaints-data.csv>`: how often the conversation checker
 * recognises a complaint, on tweets to brands that other people labelled.
 *
 * The data is the complaint corpus of Preoţiuc-Pietro, Găman and Aletras, "Automatically
 * Identifying Complaints in Social Media" (ACL 2019): 3,449 English tweets, each labelled
 * complaint or not by crowd workers, from github.com/danielpreotiuc/complaints-social-media. It
 * carries no licence, so it is not in this repository: fetch `complaints-data.csv` yourself and
 * give its path. Their complaint ("reality breaches the writer's expectation") is wider than our
 * rubric's (something has gone wrong for the customer): they count "Will you get this dress back
 * in stock?", we do not. So recall here is a floor, and precision the figure to watch.
 *
 * Each tweet is checked as a one-message conversation with a neutral reply: the checker has
 * recognised a complaint when `acknowledges-problem` applies. Tweets from the two random samples
 * (`random_tweet`, `random_reply`) are left out; they are not written to a brand.
 *
 *   npm run bench:complaints -- ~/complaints-data.csv             the figures, per domain
 *   npm run bench:complaints -- ~/complaints-data.csv --missed    also every complaint missed
 *   npm run bench:complaints -- ~/complaints-data.csv --flagged   also every non-complaint flagged
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkConversation } from '../src';
import en from '../src/generated/locales/en';

const [path] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!path || !existsSync(path)) {
  console.error('usage: npm run bench:complaints -- <path to complaints-data.csv from github.com/danielpreotiuc/complaints-social-media>');
  process.exit(2);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (csv[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const recognised = (text: string) =>
  checkConversation([{ from: 'customer', text }, { from: 'agent', text: 'Here is the link.' }], { locale: en, medium: 'social' }).items.find((i) => i.id === 'acknowledges-problem')!.status !== 'not-applicable';

interface Tally { tp: number; fp: number; fn: number; tn: number }
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const all = empty();
const byDomain = new Map<string, Tally>();
const shown: string[] = [];
for (const [, text, label, domain] of csvRows(readFileSync(path, 'utf8'))) {
  if (text === undefined || domain === undefined || domain.startsWith('random') || (label !== '0' && label !== '1')) continue;
  const complaint = label === '1';
  const found = recognised(text);
  const key = complaint ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn';
  all[key]++;
  const tally = byDomain.get(domain) ?? empty();
  tally[key]++;
  byDomain.set(domain, tally);
  if ((key === 'fn' && process.argv.includes('--missed')) || (key === 'fp' && process.argv.includes('--flagged'))) shown.push(`${key === 'fn' ? 'missed ' : 'flagged'} ${text.replace(/\s+/g, ' ')}`);
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const row = (name: string, t: Tally) => ({ domain: name, tweets: t.tp + t.fp + t.fn + t.tn, precision: percent(t.tp, t.tp + t.fp), recall: percent(t.tp, t.tp + t.fn) });
console.table([...[...byDomain].sort().map(([name, t]) => row(name, t)), row('all written to a brand', all)]);
if (shown.length > 0) console.log(shown.join('\n'));
