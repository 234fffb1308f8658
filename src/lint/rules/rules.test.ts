import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_LOCALES } from '../../../tests/helpers';
import { lint } from '../linter';
import { compilePattern } from '../pattern';
import { RULE_MODULES, RULES } from '../rules';
import { RULE_IDS, type RuleLocaleData } from '../types';

/**
 * Every rule's data carries its own examples: texts to flag and near-misses to pass. They are the
 * examples of the rule's documentation page too, so data, docs and behaviour cannot drift apart.
 */
const cases = ALL_LOCALES.flatMap((locale) =>
  RULE_IDS.filter((id) => locale.lint?.[id]).map((id) => ({ locale, id, data: locale.lint![id] as RuleLocaleData & { examples: NonNullable<RuleLocaleData['examples']> } })),
);

describe.each(cases.map((c) => [`${c.id} (${c.locale.code})`, c] as const))('%s', (_name, { locale: lng, id, data }) => {
  // An opt-in rule is turned on for its own examples.
  const on = RULES[id].optIn ? { rules: { [id]: RULES[id].severity } } : {};
  const locale = lng;
  it('has a message, suggestions and enough examples', () => {
    expect(data.message.length).toBeGreaterThan(20);
    expect(data.suggestions.length).toBeGreaterThan(0);
    expect(data.examples.flag.length).toBeGreaterThanOrEqual(3);
    expect(data.examples.pass.length).toBeGreaterThanOrEqual(2);
    if (!RULE_MODULES[id].check) expect(data.phrases.length).toBeGreaterThan(0);
  });

  it('compiles every phrase', () => {
    for (const entry of [...data.phrases, ...(data.reverse?.phrases ?? []), ...(data.casual?.phrases ?? []), ...(data.notAfter ?? [])]) {
      expect(() => compilePattern(typeof entry === 'string' ? entry : entry.match)).not.toThrow();
    }
  });

  it.each(data.examples.flag.map((text) => [text]))('flags %j', (text) => {
    expect(lint(text, { locale, ...on }).map((d) => d.ruleId)).toContain(id);
  });

  it.each((data.examples.flagInformal ?? []).map((text) => [text]))('flags %j in the informal register', (text) => {
    expect(lint(text, { locale, register: 'informal' }).map((d) => d.ruleId)).toContain(id);
  });

  it.each((data.examples.flagFormalVoice ?? []).map((text) => [text]))('flags %j in a formal voice only', (text) => {
    expect(lint(text, { locale, voice: 'formal' }).map((d) => d.ruleId)).toContain(id);
    expect(lint(text, { locale }).map((d) => d.ruleId)).not.toContain(id);
  });

  it.each(data.examples.pass.map((text) => [text]))('passes %j', (text) => {
    expect(lint(text, { locale, ...on }).map((d) => `${d.ruleId}: ${d.text}`)).toEqual([]);
  });
});

describe('rule folders', () => {
  it.each(RULE_IDS.map((id) => [id]))('%s is a module with its data, its tests and its page', (id) => {
    expect(RULE_MODULES[id].id).toBe(id);
    for (const file of ['index.ts', `${id}.test.ts`, 'en.json']) expect(existsSync(join(__dirname, id, file)), `${id}/${file}`).toBe(true);
    expect(existsSync(join(__dirname, '..', '..', '..', 'docs', 'rules', `${id}.md`))).toBe(true);
  });

  it('has a folder for every rule and a rule for every folder', () => {
    const folders = readdirSync(__dirname, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_MODULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('the linter core names no rule: rules say what they need through their module', () => {
    const core = readFileSync(join(__dirname, '..', 'linter.ts'), 'utf8');
    // No comparison with a rule id, no lookup by one, no severity asked by name (the glossary
    // option is jargon's by definition, so jargon may be named).
    for (const id of RULE_IDS.filter((id) => id !== 'jargon')) {
      expect(core, id).not.toMatch(new RegExp(`(?:===|!==)\\s*['"]${id}['"]|\\[['"]${id}['"]\\]|severityOf\\(['"]${id}`));
    }
  });

  it.each(RULE_IDS.map((id) => [id]))('%s has English data and a default severity', (id) => {
    expect(existsSync(join(__dirname, id, 'en.json'))).toBe(true);
    expect(['error', 'warning', 'info']).toContain(RULES[id].severity);
    const data = JSON.parse(readFileSync(join(__dirname, id, 'en.json'), 'utf8')) as RuleLocaleData;
    expect(data.examples?.flag.length).toBeGreaterThan(0);
  });
});
