import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNTRANSLATED } from '../../src/core/untranslated';
import { RULE_MODULES, RULES } from '../../src/lint/rules';
import { RULE_IDS, type RuleId, type RuleLocaleData } from '../../src/lint/types';
import { generatedHeader, page, readLocaleIndex, ROOT, type GeneratedFiles } from './shared';

/** The rule pages: `docs/rules/README.md` (every rule) and `docs/rules/<rule>.md` (one rule, every locale's examples). */

/** A rule's data file, which always carries its examples (the built package leaves them out). */
type RuleFile = RuleLocaleData & { readonly examples: NonNullable<RuleLocaleData['examples']> };

function ruleData(root: string, id: string): Array<[string, RuleFile]> {
  const index = readLocaleIndex(root);
  return (
    Object.keys(index)
      .filter((code) => existsSync(join(root, 'src', 'lint', 'rules', id, `${code}.json`)))
      .map((code): [string, RuleFile] => [code, JSON.parse(readFileSync(join(root, 'src', 'lint', 'rules', id, `${code}.json`), 'utf8')) as RuleFile])
      // A locale still being translated gets its section when its rule has been written.
      .filter(([, data]) => !data.message.startsWith(UNTRANSLATED) && (data.phrases.length > 0 || data.examples.flag.length > 0))
  );
}

const bullets = (texts: readonly string[]) => texts.map((t) => `- ${t}`);

function localeSection(name: string, code: string, d: RuleFile): string {
  const lines = [`### ${name} (\`${code}\`)`, '', d.message, '', '**Avoid**', '', ...bullets(d.examples.flag)];
  if (d.examples.flagInformal?.length) lines.push('', '**Avoid in an informal conversation**', '', ...bullets(d.examples.flagInformal));
  if (d.examples.flagFormalVoice?.length) lines.push('', "**Avoid in a formal voice** (`voice: 'formal'`)", '', ...bullets(d.examples.flagFormalVoice));
  lines.push('', '**Write instead**', '', ...bullets(d.examples.pass), '', `Suggestion: ${d.suggestions.join(' ')}`, '');
  if (d.notAfter?.length) lines.push(`Not flagged right after: ${d.notAfter.map((p) => `\`${p}\``).join(', ')}.`, '');
  return lines.join('\n');
}

function rulePage(root: string, id: RuleId): string {
  const meta = RULES[id];
  const rule = RULE_MODULES[id];
  const index = readLocaleIndex(root);
  const data = ruleData(root, id);
  const english = data.find(([code]) => code === 'en')?.[1];
  const fixable = data.some(([, d]) => d.phrases.some((p) => typeof p !== 'string' && p.replace !== undefined)) || rule.fixes === true;
  const more = [
    ...(rule.tuning ? [rule.tuning] : []),
    ...(rule.check ? [] : [`- Add your own phrases: \`extraPhrases: { '${id}': { lv: ['…'] } }\`, or a pull request to \`src/lint/rules/${id}/<lng>.json\`.`]),
  ];
  return page('rule', {
    header: generatedHeader(`src/lint/rules/${id}/`, 'md').trimEnd(),
    id,
    description: meta.description,
    category: meta.category,
    severity: meta.optIn ? `off (opt-in; ${meta.severity} when on)` : meta.severity,
    fix: fixable ? 'for some phrases (`fix`, `tactful lint --fix`)' : 'no',
    locales: data.map(([code]) => code).join(', '),
    why: english ? page('rule-why', { message: english.message, suggestions: english.suggestions.join('\n\n') }) : '',
    sections: data.map(([code, d]) => localeSection(index[code]?.name ?? code, code, d)).join('\n'),
    more: more.map((line) => `${line}\n`).join(''),
  });
}

function rulesIndex(root: string): string {
  const rows = RULE_IDS.map((id) => `| [\`${id}\`](${id}.md) | ${RULES[id].category} | ${RULES[id].optIn ? `off (${RULES[id].severity} when on)` : RULES[id].severity} | ${RULES[id].description} | ${ruleData(root, id).map(([code]) => code).join(', ')} |`);
  return page('rules-readme', { header: generatedHeader('src/lint/rules.ts and src/lint/rules/', 'md').trimEnd(), rows: rows.join('\n') });
}

export function generateRuleDocs(root = ROOT): GeneratedFiles {
  const files: GeneratedFiles = new Map([['docs/rules/README.md', rulesIndex(root)]]);
  for (const id of RULE_IDS) files.set(`docs/rules/${id}.md`, rulePage(root, id));
  return files;
}
