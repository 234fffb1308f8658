import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { templateCategories } from './catalog-code';
import { generatedHeader, identifier, readLocaleIndex, ROOT, type GeneratedFiles, type LocaleMeta } from './shared';

/**
 * The locales' code, from `locales/index.json` and the data folders: three entry points per locale,
 * so each use loads only its data: `src/generated/locales/<lng>/text.ts` (`tactful/locales/<lng>/text`:
 * messages, regional overlays, formats, vocative; what rendering needs), `<lng>/lint.ts`
 * (`tactful/locales/<lng>/lint`: the tone rules' phrases; what lint and guard need) and `<lng>.ts`
 * (`tactful/locales/<lng>`: both, the conversation signals and the localized examples); the list of
 * codes (the build and the package exports follow it); and every shipped locale at once, for the
 * CLI and textlint.
 */

/** The files of one locale: its message namespaces, regional overlays, tone rules and extras. */
function localeSources(code: string, meta: LocaleMeta, root: string) {
  const namespaces = readdirSync(join(root, 'locales', code))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const regions = (meta.regions ?? []).map((tag) => ({
    tag,
    files: readdirSync(join(root, 'locales', tag)).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort(),
  }));
  const rules = readdirSync(join(root, 'src', 'lint', 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src', 'lint', 'rules', entry.name, `${code}.json`)))
    .map((entry) => entry.name)
    .sort();
  return {
    namespaces,
    regions,
    rules,
    hasVocative: existsSync(join(root, 'src', 'locales', 'vocative', `${code}.ts`)),
    hasConversation: existsSync(join(root, 'src', 'conversation', 'data', `${code}.json`)),
    hasExamples: existsSync(join(root, 'templates', 'examples', `${code}.json`)),
  };
}

const registersOf = (meta: LocaleMeta) => `Object.freeze(${JSON.stringify(meta.registers).replace(/"/g, "'").replace(/,/g, ', ')})`;

/** The name of a locale's vocative function: `vocativeLv`. */
const vocativeNameOf = (code: string) => `vocative${code[0]!.toUpperCase()}${code.slice(1).replace(/-/g, '')}`;

/** A text part's fields but its messages, as source: code, name, registers, formats, quotes, vocative. */
function textFields(code: string, meta: LocaleMeta, hasVocative: boolean): string {
  return [
    `code: '${code}'`,
    `name: '${meta.name}'`,
    `registers: ${registersOf(meta)}`,
    ...(meta.formatLocale ? [`formatLocale: '${meta.formatLocale}'`] : []),
    ...(meta.quotes ? [`quotes: ${JSON.stringify(meta.quotes).replace(/,/g, ', ')}`] : []),
    ...(hasVocative ? [`vocative: ${vocativeNameOf(code)}`] : []),
  ].join(', ');
}

/** `src/generated/locales/<lng>/text.ts`: what rendering needs (messages, overlays, formats, vocative). */
function textPart(code: string, meta: LocaleMeta, root: string): string {
  const { namespaces, regions, hasVocative } = localeSources(code, meta, root);
  const vocativeName = vocativeNameOf(code);
  const imports = namespaces.map((ns) => `import ${identifier(ns)} from '../../../../locales/${code}/${ns}.json';`);
  const overlays = regions.map(({ tag, files }) => {
    for (const ns of files) imports.push(`import ${identifier(`${tag}-${ns}`.toLowerCase())} from '../../../../locales/${tag}/${ns}.json';`);
    return `'${tag}': { ${files.map((ns) => `'${ns}': ${identifier(`${tag}-${ns}`.toLowerCase())}`).join(', ')} }`;
  });
  if (hasVocative) imports.push(`import { ${vocativeName} } from '../../../locales/vocative/${code}';`);
  const resources = namespaces.map((ns) => (identifier(ns) === ns ? ns : `'${ns}': ${identifier(ns)}`)).join(', ');
  return `${generatedHeader(`locales/${code}/`)}import type { TextLocale } from '../../../core/types';
${imports.join('\n')}

/**
 * ${meta.name} (\`${code}\`), the template text alone: every built-in message in ${meta.registers.join(' and ')} register${meta.registers.length > 1 ? 's' : ''}${hasVocative ? ', and the vocative' : ''}.
 * What \`createRenderer\` needs; \`tactful/locales/${code}\` adds the tone rules' phrases and the conversation signals.
 *
 * @example
 * \`\`\`ts
 * import { createRenderer } from 'tactful/render';
 * import ${identifier(code)} from 'tactful/locales/${code}/text';
 *
 * const renderer = createRenderer({ locales: [${identifier(code)}] });
 * \`\`\`
 */
// Checked when it was generated and by the tests (tests/locale-parts.test.ts: defineLocale accepts
// it unchanged), so importing it walks no message: a frozen object, as defineLocale returns.
const text: TextLocale = /* @__PURE__ */ Object.freeze<TextLocale>({
  ${textFields(code, meta, hasVocative)},
  resources: { ${resources} },${overlays.length > 0 ? `\n  regions: { ${overlays.join(', ')} },` : ''}
});

export default text;
`;
}

/**
 * `src/generated/locales/<lng>/categories.ts` (`tactful/locales/<lng>/categories`): the text part
 * by category, one named export each (`apology`: that category's messages and overlays alone), for
 * a bundle that renders only some. Apart from `…/text`, whose CommonJS build stays the locale itself.
 */
function categoriesPart(code: string, meta: LocaleMeta, root: string): string {
  const { namespaces, regions, hasVocative } = localeSources(code, meta, root);
  const vocativeName = vocativeNameOf(code);
  const messagesOf = (ns: string) => `${identifier(ns)}Messages`;
  const overlayOf = (tag: string, ns: string) => identifier(`${tag}-${ns}`.toLowerCase());
  const imports = namespaces.map((ns) => `import ${messagesOf(ns)} from '../../../../locales/${code}/${ns}.json';`);
  for (const { tag, files } of regions) for (const ns of files) imports.push(`import ${overlayOf(tag, ns)} from '../../../../locales/${tag}/${ns}.json';`);
  if (hasVocative) imports.push(`import { ${vocativeName} } from '../../../locales/vocative/${code}';`);
  /** `part({ … }, { 'en-US': { … } })` for some namespaces. */
  const partOf = (chosen: readonly string[]) => {
    const resources = chosen.map((ns) => `'${ns}': ${messagesOf(ns)}`).join(', ');
    const overlays = regions
      .map(({ tag, files }) => ({ tag, files: files.filter((ns) => chosen.includes(ns)) }))
      .filter(({ files }) => files.length > 0)
      .map(({ tag, files }) => `'${tag}': { ${files.map((ns) => `'${ns}': ${overlayOf(tag, ns)}`).join(', ')} }`);
    return `/* @__PURE__ */ part({ ${resources} }${overlays.length > 0 ? `, { ${overlays.join(', ')} }` : ''})`;
  };
  const categories = namespaces.map(
    (ns) => `
/** ${meta.name} (\`${code}\`), the text of the ${ns} templates alone: for \`createRendererFor\` with \`${identifier(ns)}\` from \`tactful/templates\`. */
export const ${identifier(ns)}: TextLocale = ${partOf([ns])};`,
  );
  return `${generatedHeader(`locales/${code}/`)}import type { LocaleResources, TextLocale } from '../../../core/types';
${imports.join('\n')}

// Checked when it was generated and by the tests (tests/locale-parts.test.ts: defineLocale accepts
// every part unchanged), so importing it walks no message: frozen objects, as defineLocale returns.
function part(resources: LocaleResources, regions?: Readonly<Record<string, LocaleResources>>): TextLocale {
  return Object.freeze<TextLocale>({
    ${textFields(code, meta, hasVocative)},
    resources,
    ...(regions ? { regions } : {}),
  });
}

/**
 * ${meta.name} (\`${code}\`), the template text by category: each export is a text part holding one
 * category's messages (and its regional overlays), for \`createRendererFor\` with the same category
 * of \`tactful/templates\`. Parts of one locale given together join.
 *
 * @example
 * \`\`\`ts
 * import { createRendererFor } from 'tactful/render';
 * import { apology } from 'tactful/templates';
 * import { apology as ${identifier(code)}Apology } from 'tactful/locales/${code}/categories';
 *
 * const renderer = createRendererFor({ templates: apology, locales: [${identifier(code)}Apology] });
 * \`\`\`
 */
${categories.join('\n')}
`;
}

/** `src/generated/locales/<lng>/lint.ts`: what \`lint\`, \`fix\` and \`guard\` need (the tone rules' phrases). */
function lintPart(code: string, meta: LocaleMeta, root: string): string {
  const { rules } = localeSources(code, meta, root);
  const imports = rules.map((rule) => `import ${identifier(`lint-${rule}`)} from '../../../lint/rules/${rule}/${code}.json';`);
  const lint = rules.map((rule) => `'${rule}': ${identifier(`lint-${rule}`)}`).join(', ');
  return `${generatedHeader(`src/lint/rules/*/${code}.json`)}import type { LintLocale } from '../../../core/types';
${imports.join('\n')}

/**
 * ${meta.name} (\`${code}\`), the tone rules' phrases alone: what \`lint\`, \`fix\` and \`guard\` need, without the template text.
 *
 * @example
 * \`\`\`ts
 * import { lint } from 'tactful/lint';
 * import ${identifier(code)} from 'tactful/locales/${code}/lint';
 *
 * lint('…', { locale: ${identifier(code)} });
 * \`\`\`
 */
// Checked by the tests (tests/locale-parts.test.ts), so importing it checks nothing again.
const lint: LintLocale = /* @__PURE__ */ Object.freeze<LintLocale>({
  code: '${code}', name: '${meta.name}', registers: ${registersOf(meta)},
  lint: { ${lint} },
});

export default lint;
`;
}

/** `src/generated/locales/<lng>.ts`: the whole locale, \`tactful/locales/<lng>\`: both parts, the conversation signals and the localized examples. */
function localeEntry(code: string, meta: LocaleMeta, root: string): string {
  const { hasConversation, hasExamples } = localeSources(code, meta, root);
  const imports = [`import text from './${code}/text';`, `import lint from './${code}/lint';`];
  if (hasConversation) imports.push(`import conversation from '../../conversation/data/${code}.json';`);
  if (hasExamples) imports.push(`import examples from '../../../templates/examples/${code}.json';`);
  const extra = [...(hasConversation ? ['conversation'] : []), ...(hasExamples ? ['examples'] : [])];
  return `${generatedHeader(`locales/${code}/`)}import { joinLocaleParts } from '../../core/locale';
import type { FullLocale } from '../../core/types';
${imports.join('\n')}

/**
 * ${meta.name} (\`${code}\`): every built-in message in ${meta.registers.join(' and ')} register${meta.registers.length > 1 ? 's' : ''}, the tone rules' phrases and the conversation signals.
 * Its parts alone: \`tactful/locales/${code}/text\` (to render) and \`tactful/locales/${code}/lint\` (to lint).
 *
 * @example
 * \`\`\`ts
 * import { createTactful } from 'tactful';
 * import ${identifier(code)} from 'tactful/locales/${code}';
 *
 * const tactful = createTactful({ locales: [${identifier(code)}] });
 * \`\`\`
 */
const locale: FullLocale = /* @__PURE__ */ joinLocaleParts(text, lint, { ${extra.join(', ')} });

export default locale;
`;
}

function localeCodes(codes: readonly string[], root: string): string {
  const categories = templateCategories(root);
  return `${generatedHeader('locales/index.json')}
/** The locales shipped with the package, each an entry point \`tactful/locales/<code>\`. */
export const LOCALE_CODES = ${JSON.stringify(codes).replace(/"/g, "'").replace(/,/g, ', ')} as const;

/** A shipped locale's code. */
export type LocaleCode = (typeof LOCALE_CODES)[number];

/** The built-in templates' categories: each shipped locale's text has one part per category (\`tactful/locales/<code>/categories\`). */
export const CATEGORIES: readonly string[] = ${JSON.stringify(categories).replace(/"/g, "'").replace(/,/g, ', ')};
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

/**
 * The shipped locales one by one, loaded when asked for: `tactful lint --locale uk` loads the
 * Ukrainian tone rules, not every language's phrases and templates.
 */
function shippedLocaleLoaders(codes: readonly string[]): string {
  return `${generatedHeader('locales/index.json')}import type { LintLocale, LocaleDefinition } from '../core/types';

type Load<T> = () => Promise<{ default: T }>;
const WHOLE: Readonly<Record<string, Load<LocaleDefinition>>> = {
${codes.map((code) => `  ${JSON.stringify(code)}: () => import('./locales/${code}'),`).join('\n')}
};
const LINT: Readonly<Record<string, Load<LintLocale>>> = {
${codes.map((code) => `  ${JSON.stringify(code)}: () => import('./locales/${code}/lint'),`).join('\n')}
};

/**
 * The shipped locales a locale tag needs: its language alone (\`lv-LV\` → lv), whole or only its
 * tone rules' phrases (\`part: 'lint'\`). Every shipped locale, whole, in the order of
 * locales/index.json, when the tag is left out or names no shipped language: the language is then
 * detected, or the tag refused naming them all.
 */
export async function loadShippedLocales(tag?: string, part: 'whole' | 'lint' = 'whole'): Promise<readonly LocaleDefinition[]> {
  const language = typeof tag === 'string' ? tag.split(/[-_]/)[0]!.toLowerCase() : undefined;
  if (language !== undefined && Object.hasOwn(WHOLE, language)) return [(await (part === 'lint' ? LINT : WHOLE)[language]!()).default];
  return Promise.all(Object.values(WHOLE).map(async (load) => (await load()).default));
}
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
  for (const [code, meta] of Object.entries(index)) {
    files.set(`src/generated/locales/${code}.ts`, localeEntry(code, meta, root));
    files.set(`src/generated/locales/${code}/text.ts`, textPart(code, meta, root));
    files.set(`src/generated/locales/${code}/categories.ts`, categoriesPart(code, meta, root));
    files.set(`src/generated/locales/${code}/lint.ts`, lintPart(code, meta, root));
  }
  files.set('src/generated/locale-codes.ts', localeCodes(Object.keys(index), root));
  files.set('src/generated/shipped-locales.ts', shippedLocales(Object.keys(index)));
  files.set('src/generated/shipped-locale-loaders.ts', shippedLocaleLoaders(Object.keys(index)));
  files.set('src/generated/locale-formats.ts', localeFormats(index));
  return files;
}
