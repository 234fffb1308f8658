import type { Register, TemplateDescriptor } from '../../src';
import { exampleReplies, quoted, type ExampleReplies } from './example-replies';
import { generatedHeader, page, ROOT, type GeneratedFiles } from './shared';

/** The template catalog: `docs/catalog/README.md` and one page per category, every text in every locale and register. */

function exampleValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** A template's variables as a table: name, kind, required, description, example. */
export function variableTable(t: TemplateDescriptor): string[] {
  return [
    '| variable | kind | required | description | example |',
    '| --- | --- | --- | --- | --- |',
    ...t.variables.map((v) => `| \`${v.name}\` | ${v.kind} | ${v.required ? 'yes' : 'no'} | ${v.description} | \`${exampleValue(t.example[v.name]).replace(/\|/g, '\\|')}\` |`),
  ];
}

function categoryPage(category: string, templates: readonly TemplateDescriptor[], replies: ExampleReplies): string {
  const sections = templates.map((t) => {
    const texts = replies.locales.flatMap((locale) =>
      locale.registers.flatMap((register) =>
        Array.from({ length: t.variants }, (_, variant) => {
          const label = `${locale.name} (\`${locale.code}\`)${locale.registers.length > 1 ? `, ${register}` : ''}${t.variants > 1 ? `, variant ${variant}` : ''}`;
          return `**${label}**\n\n${quoted(replies.render(t.id, locale.code, register as Register, variant))}\n`;
        }),
      ),
    );
    return [`## \`${t.id}\``, '', t.description, '', `Tags: ${t.tags.map((tag) => `\`${tag}\``).join(', ')}`, '', ...variableTable(t), '', ...texts].join('\n');
  });
  return page('catalog-category', { header: generatedHeader('templates/ and locales/', 'md').trimEnd(), category, count: String(templates.length), sections: sections.join('\n') });
}

export async function generateCatalogDocs(root = ROOT, replies?: ExampleReplies): Promise<GeneratedFiles> {
  const { templates } = (replies ??= await exampleReplies(root));
  const categories = [...new Set(templates.map((t) => t.category))].sort();
  const files: GeneratedFiles = new Map();
  files.set(
    'docs/catalog/README.md',
    page('catalog-readme', {
      header: generatedHeader('templates/ and locales/', 'md').trimEnd(),
      count: String(templates.length),
      categoryCount: String(categories.length),
      locales: replies.locales.map((l) => l.code).join(', '),
      categories: categories.map((c) => `- [${c}](${c}.md): ${templates.filter((t) => t.category === c).length}`).join('\n'),
      rows: templates.map((t) => `| [\`${t.id}\`](${t.category}.md#${t.id.replace(/\./g, '')}) | ${t.description} | ${t.variants} |`).join('\n'),
    }),
  );
  for (const category of categories) files.set(`docs/catalog/${category}.md`, categoryPage(category, templates.filter((t) => t.category === category), replies));
  return files;
}
