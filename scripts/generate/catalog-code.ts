import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import * as derive from '../../src/catalog/derive';
import { compileStructure } from '../../src/define/analyze';
import { structureNames, structuresOf, type TemplateSource, type VariableShape } from '../../src/core/template';
import { describeVariable, v } from '../../src/core/variables';
import { generatedHeader, identifier, ROOT, type GeneratedFiles } from './shared';

/**
 * The built-in templates' code: `src/generated/template-sources.ts` (every source in `templates/`,
 * for the types) and `src/generated/catalog.ts` (every template as data: variables as kinds and
 * descriptions, structures compiled to nodes, no Handlebars, no eval, no zod schema built at import).
 */

/** The category files in `templates/`: every `.ts` file there is one category. */
export function templateCategories(root = ROOT): string[] {
  return readdirSync(join(root, 'templates'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/**
 * Every template source, read from the category files themselves rather than from the generated
 * index, so a new category is compiled in the same run that lists it.
 */
export async function loadTemplateSources(root = ROOT): Promise<TemplateSource[]> {
  const modules = await Promise.all(templateCategories(root).map(async (category) => (await import(pathToFileURL(join(root, 'templates', `${category}.ts`)).href)) as Record<string, TemplateSource>));
  return modules.flatMap((module) => Object.values(module));
}

/** A schema as comparable text: its definition, inner schemas and checks, all the way down. */
function fingerprint(value: unknown, depth = 0): unknown {
  if (depth > 12) return '…';
  if (typeof value === 'function' || value instanceof RegExp) return String(value);
  if (Array.isArray(value)) return value.map((item) => fingerprint(item, depth + 1));
  if (typeof value !== 'object' || value === null) return value;
  const zod = (value as { _zod?: { def: object } })._zod;
  const object = zod ? zod.def : value;
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, fingerprint(item, depth + 1)]));
}

/**
 * A built-in variable as data: `['text']`, or with `'optional'` when wrapped in `z.optional`; its
 * description goes to the details. The catalog rebuilds the schema from both on first use, so it
 * must be exactly what `v.<kind>(description)` builds: anything else stops the generator.
 */
function variableSpec(id: string, name: string, schema: $ZodType): readonly string[] {
  const described = describeVariable(name, schema);
  const build = v[described.kind as keyof typeof v] as ((description: string) => $ZodType) | undefined;
  const rebuilt = build ? build(described.description) : undefined;
  const expected = rebuilt && (described.required ? rebuilt : z.optional(rebuilt));
  if (!expected || JSON.stringify(fingerprint(expected)) !== JSON.stringify(fingerprint(schema))) {
    throw new Error(`${id}: variable "${name}" must be v.<kind>(description), optionally inside z.optional(), for the compiled catalog`);
  }
  return described.required ? [described.kind] : [described.kind, 'optional'];
}

/** A value as TypeScript source: JSON, with dates as `new Date(…)`. */
function literal(value: unknown): string {
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function catalogData(sources: readonly TemplateSource[]): string {
  const deriveNames = new Map<unknown, string>(Object.entries(derive).map(([name, flags]) => [flags, name]));
  // Sorted by id: the order of a module's exports differs between loaders (tsx, vitest).
  const entries = [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((source) => {
    const declared = structureNames(source);
    const variants = structuresOf(source).map((structure) => compileStructure(source.id, structure, declared).nodes);
    const variables = Object.entries(source.variables as VariableShape).map(([name, schema]) => `${name}: ${literal(variableSpec(source.id, name, schema))}`);
    const lines = [
      `    id: ${JSON.stringify(source.id)},`,
      `    tags: ${literal(source.tags ?? [])},`,
      `    variables: { ${variables.join(', ')} },`,
      `    variants: ${JSON.stringify(variants)},`,
    ];
    if (source.derive) {
      const name = deriveNames.get(source.derive);
      if (!name) throw new Error(`${source.id}: derive must be one of the exports of src/catalog/derive.ts`);
      lines.push(`    derive: ${name},`);
    }
    return { category: source.id.slice(0, source.id.indexOf('.')), text: `  {\n${lines.join('\n')}\n  },` };
  });
  const used = [...deriveNames.values()].filter((name) => entries.some((entry) => entry.text.includes(`derive: ${name},`)));
  const categories = [...new Set(entries.map((entry) => entry.category))];
  return `${generatedHeader('templates/')}import type { BuiltinEntry } from '../catalog/builtin';
${used.length > 0 ? `import { ${used.join(', ')} } from '../catalog/derive';\n` : ''}
/*
 * The built-in templates as data, what rendering needs: variables as \`[kind]\` (schemas are built
 * on first use, not at import), structures compiled to nodes (no Handlebars, no eval at run time).
 * Descriptions and examples are in ./catalog-details.ts, for browsing. One array per category, so
 * that a bundle which renders only some categories (\`tactful/templates\`) carries only theirs.
 */
${categories
  .map(
    (category) => `
/** The ${category} templates. */
export const ${identifier(category)}: readonly BuiltinEntry[] = [
${entries
  .filter((entry) => entry.category === category)
  .map((entry) => entry.text)
  .join('\n')}
];
`,
  )
  .join('')}
/** Every built-in template, by id. */
export const catalog: readonly BuiltinEntry[] = /* @__PURE__ */ [${categories.map((category) => `${identifier(category)}`).join(', ')}].flat();
`;
}

/**
 * \`src/generated/templates.ts\`, the entry \`tactful/templates\`: the built-in templates of each
 * category, as rendering needs them, typed, for \`createRendererFor\`.
 */
function templatesEntry(categories: readonly string[]): string {
  return `${generatedHeader('templates/')}/**
 * \`tactful/templates\`: the built-in templates of each category, as rendering needs them (no
 * descriptions or examples), one export per category. Give the ones an app sends to
 * \`createRendererFor\` from \`tactful/render\`, with the same categories of a locale's text
 * (\`tactful/locales/<lng>/categories\`), and a
 * bundle carries only those:
 *
 * @example
 * \`\`\`ts
 * import { createRendererFor } from 'tactful/render';
 * import { apology } from 'tactful/templates';
 * import { apology as lvApology } from 'tactful/locales/lv/categories';
 *
 * const renderer = createRendererFor({ templates: apology, locales: [lvApology] });
 * renderer.render('apology.wrong-item', { ordered: 'zils krekls', received: 'sarkans krekls' });
 * \`\`\`
 *
 * @packageDocumentation
 */
import { builtinCategory, type BuiltinCategory } from '../catalog/builtin';
import * as entries from './catalog';
${categories
  .map(
    (category) => `
/** The built-in ${category} templates (\`${category}.*\`). */
export const ${identifier(category)}: BuiltinCategory<'${category}'> = /* @__PURE__ */ builtinCategory(entries.${identifier(category)});`,
  )
  .join('\n')}

export type { BuiltinCategory, BuiltinTemplateId, BuiltinTemplates } from '../catalog/builtin';
`;
}

/** What browsing needs and rendering does not: each template's description, its variables' descriptions, its example. */
function catalogDetails(sources: readonly TemplateSource[]): string {
  const entries = [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((source) => {
    const variables = Object.entries(source.variables as VariableShape).map(([name, schema]) => `${name}: ${JSON.stringify(describeVariable(name, schema).description)}`);
    return [
      `  ${JSON.stringify(source.id)}: {`,
      `    description: ${JSON.stringify(source.description)},`,
      `    variables: { ${variables.join(', ')} },`,
      `    example: ${literal(source.example)},`,
      `  },`,
    ].join('\n');
  });
  return `${generatedHeader('templates/')}import type { BuiltinDetails } from '../catalog/builtin';

/**
 * The built-in templates' descriptions, their variables' descriptions and their examples, by id:
 * what \`templates()\` and \`tactful/catalog\` show, apart from ./catalog.ts so that an app that only
 * renders (\`tactful/render\`) does not download them.
 */
export const catalogDetails: Readonly<Record<string, BuiltinDetails>> = {
${entries.join('\n')}
};
`;
}

function templateSourcesIndex(categories: readonly string[]): string {
  return `${generatedHeader('the files in templates/')}/**
 * Every built-in template source, for the types of the catalog (\`BuiltinTemplates\`). Each file in
 * templates/ is a category; every source it exports is a template. The run-time catalog is the
 * compiled data in ./catalog.ts; the text lives in locales/.
 */
${categories.map((c) => `import * as ${identifier(c)} from '../../templates/${c}';`).join('\n')}

export const templateSources = [
${categories.map((c) => `  ...Object.values(${identifier(c)}),`).join('\n')}
];
`;
}

export async function generateCatalogCode(root = ROOT): Promise<GeneratedFiles> {
  const sources = await loadTemplateSources(root);
  return new Map([
    ['src/generated/template-sources.ts', templateSourcesIndex(templateCategories(root))],
    ['src/generated/catalog.ts', catalogData(sources)],
    ['src/generated/catalog-details.ts', catalogDetails(sources)],
    ['src/generated/templates.ts', templatesEntry(templateCategories(root))],
  ]);
}
