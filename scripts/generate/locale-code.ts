import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generatedHeader, identifier, readLocaleIndex, ROOT, type GeneratedFiles, type LocaleMeta } from './shared';

/**
 * The locales' code, from `locales/index.json` and the data folders: one entry point per locale
 * (`src/generated/locales/<lng>.ts`, the package's `tactful/locales/<lng>`) bringing its messages,
 * its vocative, its tone rules' phrases and its conversation signals; the list of codes (the build
 * and the package exports follow it); and every shipped locale at once, for the CLI and textlint.
 */

function localeEntry(code: string, meta: LocaleMeta, root: string): string {
  const namespaces = readdirSync(join(root, 'locales', code))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const vocativeName = `vocative${code[0]!.toUpperCase()}${code.slice(1).replace(/-/g, '')}`;
  const hasVocative = existsSync(join(root, 'src', 'locales', 'vocative', `${code}.ts`));
  const imports = namespaces.map((ns) => `import ${identifier(ns)} from '../../../locales/${code}/${ns}.json';`);
  if (hasVocative) imports.push(`import { ${vocativeName} } from '../../locales/vocative/${code}';`);
  const resources = namespaces.map((ns) => (identifier(ns) === ns ? ns : `'${ns}': ${identifier(ns)}`)).join(', ');
  const regions = (meta.regions ?? []).map((tag) => {
    const files = readdirSync(join(root, 'locales', tag)).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();
    for (const ns of files) imports.push(`import ${identifier(`${tag}-${ns}`.toLowerCase())} from '../../../locales/${tag}/${ns}.json';`);
    return `'${tag}': { ${files.map((ns) => `'${ns}': ${identifier(`${tag}-${ns}`.toLowerCase())}`).join(', ')} }`;
  });
  const rules = readdirSync(join(root, 'src', 'lint', 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src', 'lint', 'rules', entry.name, `${code}.json`)))
    .map((entry) => entry.name)
    .sort();
  for (const rule of rules) imports.push(`import ${identifier(`lint-${rule}`)} from '../../lint/rules/${rule}/${code}.json';`);
  const lint = rules.map((rule) => `'${rule}': ${identifier(`lint-${rule}`)}`).join(', ');
  const hasConversation = existsSync(join(root, 'src', 'conversation', 'data', `${code}.json`));
  if (hasConversation) imports.push(`import conversation from '../../conversation/data/${code}.json';`);
  const hasExamples = existsSync(join(root, 'templates', 'examples', `${code}.json`));
  if (hasExamples) imports.push(`import examples from '../../../templates/examples/${code}.json';`);
  return `${generatedHeader(`locales/${code}/`)}import { defineLocale } from '../../core/locale';
import type { LocaleDefinition } from '../../core/types';
${imports.join('\n')}

/**
 * ${meta.name} (\`${code}\`): every built-in message in ${meta.registers.join(' and ')} register${meta.registers.length > 1 ? 's' : ''}.
 *
 * @example
 * \`\`\`ts
 * import { createTactful } from 'tactful';
 * import ${identifier(code)} from 'tactful/locales/${code}';
 *
 * const tactful = createTactful({ locales: [${identifier(code)}] });
 * \`\`\`
 */
const locale: LocaleDefinition = /* @__PURE__ */ defineLocale({
  ${[
    `code: '${code}'`,
    `name: '${meta.name}'`,
    `registers: ${JSON.stringify(meta.registers).replace(/"/g, "'").replace(/,/g, ', ')}`,
    ...(meta.formatLocale ? [`formatLocale: '${meta.formatLocale}'`] : []),
    ...(meta.quotes ? [`quotes: ${JSON.stringify(meta.quotes).replace(/,/g, ', ')}`] : []),
    ...(hasVocative ? [`vocative: ${vocativeName}`] : []),
    ...(hasConversation ? ['conversation'] : []),
    ...(hasExamples ? ['examples'] : []),
  ].join(', ')},
  resources: { ${resources} },${regions.length > 0 ? `\n  regions: { ${regions.join(', ')} },` : ''}
  lint: { ${lint} },
});

export default locale;
`;
}

function localeCodes(codes: readonly string[]): string {
  return `${generatedHeader('locales/index.json')}
/** The locales shipped with the package, each an entry point \`tactful/locales/<code>\`. */
export const LOCALE_CODES = ${JSON.stringify(codes).replace(/"/g, "'").replace(/,/g, ', ')} as const;

/** A shipped locale's code. */
export type LocaleCode = (typeof LOCALE_CODES)[number];
`;
}

function shippedLocales(codes: readonly string[]): string {
  return `${generatedHeader('locales/index.json')}import type { LocaleDefinition } from '../core/types';
${codes.map((code) => `import ${identifier(code)} from './locales/${code}';`).join('\n')}

/**
 * Every shipped locale, in the order of locales/index.json (English, the source, first). For the
 * command line and the textlint rule, which speak every language; a library caller imports only
 * the locales it needs from \`tactful/locales/<lng>\`.
 */
export const SHIPPED_LOCALES: readonly LocaleDefinition[] = [${codes.map(identifier).join(', ')}];
`;
}

/** The shipped locales' formatting data alone (no messages), for `tactful/i18next`. */
function localeFormats(index: Record<string, LocaleMeta>): string {
  const rows = Object.entries(index).map(([code, meta]) => `  ${code}: { ${meta.formatLocale ? `formatLocale: '${meta.formatLocale}', ` : ''}quotes: ${JSON.stringify(meta.quotes ?? ['“', '”']).replace(/,/g, ', ')} },`);
  return `${generatedHeader('locales/index.json')}
/** Each shipped language's quotation marks and the tag its bare code formats with, without its messages. */
export const LOCALE_FORMATS: Readonly<Record<string, { readonly formatLocale?: string; readonly quotes: readonly [string, string] }>> = {
${rows.join('\n')}
};
`;
}

export function generateLocaleCode(root = ROOT): GeneratedFiles {
  const index = readLocaleIndex(root);
  const files: GeneratedFiles = new Map();
  for (const [code, meta] of Object.entries(index)) files.set(`src/generated/locales/${code}.ts`, localeEntry(code, meta, root));
  files.set('src/generated/locale-codes.ts', localeCodes(Object.keys(index)));
  files.set('src/generated/shipped-locales.ts', shippedLocales(Object.keys(index)));
  files.set('src/generated/locale-formats.ts', localeFormats(index));
  return files;
}
