import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationLocaleData, PhraseEntry, RuleLocaleData } from '../../src/core/lint-data';
import { UNTRANSLATED } from '../../src/core/untranslated';
import { compilePattern, PatternError } from '../../src/lint/pattern';
import { RULE_IDS } from '../../src/lint/types';
import { readLocaleIndex, ROOT } from './shared';

/**
 * Checks the hand-written data before anything is generated from it, as retext-equality's
 * generator checks its phrase files: a phrase two rules both claim (the diagnostic would say two
 * different things about one word), a phrase that does not parse, stray characters (white space
 * at an edge, doubled spaces, tabs, invisible characters) that make a phrase or a message differ
 * from what its author sees, and empty lists that leave a rule or a signal unable to fire or to
 * be shown. A locale still being translated (text marked untranslated) is the translator check's
 * business, not this one's.
 */
export interface DataProblem {
  /** The file, relative to the root. */
  readonly file: string;
  /** Where in it: `phrases[3]`, `examples.pass`, a message key. */
  readonly at: string;
  readonly problem: string;
}

// Invisible or look-alike characters nobody means to type in a phrase or a message.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/u;

function strayCharacters(text: string): string | undefined {
  if (text !== text.trim()) return 'white space at the start or the end';
  if (/ {2}/.test(text)) return 'two spaces in a row';
  if (text.includes('\t')) return 'a tab';
  const invisible = INVISIBLE.exec(text);
  if (invisible) return `an invisible character U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return undefined;
}

const matchOf = (entry: PhraseEntry) => (typeof entry === 'string' ? entry : entry.match);

function readJson<T>(root: string, file: string, problems: DataProblem[]): T | undefined {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  } catch (error) {
    problems.push({ file, at: '', problem: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Every string in a JSON value, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

function checkStrings(file: string, data: unknown, problems: DataProblem[]): void {
  for (const [at, text] of strings(data)) {
    const stray = strayCharacters(text);
    // Messages may end a paragraph with a line break on purpose; phrases and titles may not.
    if (stray && !(stray.startsWith('white space') && /^[^ \t]*\n|\n[^ \t]*$/.test(text))) problems.push({ file, at, problem: `${stray}: ${JSON.stringify(text)}` });
  }
}

function checkRules(root: string, codes: readonly string[], problems: DataProblem[]): void {
  for (const code of codes) {
    // Each expanded word sequence of a phrase, and the rule that claims it: a second claim is a duplicate.
    const claimed = new Map<string, { rule: string; pattern: string }>();
    for (const rule of RULE_IDS) {
      const file = join('src', 'lint', 'rules', rule, `${code}.json`);
      if (!existsSync(join(root, file))) continue;
      const data = readJson<RuleLocaleData>(root, file, problems);
      if (!data) continue;
      checkStrings(file, data, problems);
      if (data.message.startsWith(UNTRANSLATED)) continue;
      if (data.suggestions.length === 0) problems.push({ file, at: 'suggestions', problem: 'empty: say what to write instead' });
      if (data.phrases.length > 0 && !data.examples?.flag.length) problems.push({ file, at: 'examples.flag', problem: 'empty: give texts the rule must flag (the tests run them, the rule page shows them)' });
      if (!data.examples?.pass.length) problems.push({ file, at: 'examples.pass', problem: 'empty: give texts the rule must let through (the tests run them, the rule page shows them)' });
      data.phrases.forEach((entry, index) => {
        const pattern = matchOf(entry);
        let sequences: ReturnType<typeof compilePattern>;
        try {
          sequences = compilePattern(pattern);
        } catch (error) {
          if (error instanceof PatternError) problems.push({ file, at: `phrases[${index}]`, problem: error.message });
          else throw error;
          return;
        }
        for (const sequence of sequences) {
          const key = sequence.map((t) => `${t.kind}:${t.value}`).join(' ');
          const owner = claimed.get(key);
          if (!owner) claimed.set(key, { rule, pattern });
          else if (owner.rule !== rule) problems.push({ file, at: `phrases[${index}]`, problem: `"${pattern}" is also a phrase of ${owner.rule} ("${owner.pattern}"): one phrase, one rule` });
        }
      });
    }
  }
}

function checkConversation(root: string, codes: readonly string[], problems: DataProblem[]): void {
  for (const code of codes) {
    const file = join('src', 'conversation', 'data', `${code}.json`);
    if (!existsSync(join(root, file))) continue;
    const data = readJson<ConversationLocaleData>(root, file, problems);
    if (!data) continue;
    checkStrings(file, data, problems);
    if (data.notApplicable.startsWith(UNTRANSLATED)) continue;
    for (const [signal, value] of Object.entries(data.signals)) {
      if (value.phrases.length > 0 && !value.match?.length) problems.push({ file, at: `signals.${signal}.match`, problem: 'empty: give texts the signal must find' });
    }
  }
}

function checkMessages(root: string, codes: readonly string[], problems: DataProblem[]): void {
  for (const code of codes) {
    const dir = join('locales', code);
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const file = join(dir, name);
      const data = readJson<unknown>(root, file, problems);
      if (data !== undefined) checkStrings(file, data, problems);
    }
  }
}

/** Every problem in the data the generator reads; empty when it may run. */
export function validateData(root = ROOT): DataProblem[] {
  const codes = Object.keys(readLocaleIndex(root));
  const problems: DataProblem[] = [];
  checkRules(root, codes, problems);
  checkConversation(root, codes, problems);
  checkMessages(root, codes, problems);
  return problems;
}

/** The problems as lines to print: `file at: problem`. */
export function describeDataProblems(problems: readonly DataProblem[]): string {
  return problems.map((p) => `${p.file}${p.at ? ` ${p.at}` : ''}: ${p.problem}`).join('\n');
}
