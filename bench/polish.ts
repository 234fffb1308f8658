/**
 * `npm run bench:polish`: `polish` on real replies. Each conversation of
 * bench/conversations/corpus/<lng>.jsonl gives its first agent reply, polished as a bot would
 * before sending it (the conversation so far, `ending` when it is the last message, the medium of
 * the conversation). Prints what polish changed and every way it could have made a reply worse,
 * checked mechanically:
 *
 * - the reply grew past the medium's length limit;
 * - a link, handle, code or sign-off changed, or a sign-off no longer ends the reply;
 * - the leading @handles no longer lead;
 * - a closing question after a hand-off, a question or a split reply;
 * - the linter reports something the original did not have.
 *
 * A human judgement of better / same / worse is the team's held-out measure; this one can fail a
 * build. Writes bench/results/polish.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTactful, lint, MEDIUM_PROFILES, type LocaleDefinition, type Medium, type TranscriptMessage } from '../src';
import { nonProse } from '../src/lint/non-prose';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ro from '../src/generated/locales/ro';
import ru from '../src/generated/locales/ru';
import uk from '../src/generated/locales/uk';

const LOCALES: Readonly<Record<string, LocaleDefinition>> = { en, ro, ru, lv, lt, uk };
const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, 'conversations', 'corpus');
const details = process.argv.includes('--details');

const counts = { replies: 0, changed: 0, greeting: 0, closing: 0, fix: 0 };
const problems: string[] = [];

for (const file of existsSync(folder) ? readdirSync(folder).filter((f) => /^[a-z]{2}\.jsonl$/.test(f)) : []) {
  const locale = LOCALES[file.slice(0, 2)]!;
  const tactful = createTactful({ locales: [locale] });
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter((l) => l.trim() !== '')) {
    const c = JSON.parse(line) as { id: string; medium: Medium; transcript: TranscriptMessage[] };
    const index = c.transcript.findIndex((m) => m.from !== 'customer');
    if (index === -1) continue;
    const reply = c.transcript[index]!.text;
    const result = tactful.polish(reply, { transcript: c.transcript.slice(0, index), ending: index === c.transcript.length - 1, medium: c.medium });
    counts.replies++;
    if (result.text !== reply) counts.changed++;
    for (const change of result.changes) counts[change.kind]++;
    const problem = (what: string) => problems.push(`${c.id}: ${what}\n    - ${reply.replace(/\s+/g, ' ')}\n    + ${result.text.replace(/\s+/g, ' ')}`);
    const limit = MEDIUM_PROFILES[c.medium].maxLength;
    if (limit !== undefined && reply.length <= limit && result.text.length > limit) problem(`longer than ${limit} characters`);
    for (const range of nonProse(reply)) {
      const piece = reply.slice(range.start, range.end);
      if (!result.text.includes(piece)) problem(`${range.kind} "${piece}" changed`);
      if (range.kind === 'sign-off' && !result.text.trimEnd().endsWith(piece.trimEnd())) problem(`sign-off "${piece}" no longer ends the reply`);
    }
    const handles = /^\s*((?:@[\p{L}\p{N}_]+\s*)+)/u.exec(reply)?.[1]?.trim();
    if (handles && !result.text.trimStart().startsWith(handles)) problem('the @handles no longer lead');
    const newRules = new Set(lint(result.text, { locale }).map((d) => d.ruleId));
    for (const d of lint(reply, { locale })) newRules.delete(d.ruleId);
    if (newRules.size > 0) problem(`new diagnostics: ${[...newRules].join(', ')}`);
  }
}

console.log(`polish on ${counts.replies} real first replies: ${counts.changed} changed (greetings ${counts.greeting}, closing questions ${counts.closing}, fixes ${counts.fix}); ${problems.length} made worse by a mechanical check`);
if (details || problems.length > 0) console.log(problems.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'polish.json'), `${JSON.stringify({ ...counts, worse: problems.length }, null, 2)}\n`);
