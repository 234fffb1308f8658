import type { Register } from '../../src';
import { exampleReplies, quoted, type ExampleReplies } from './example-replies';
import { generatedHeader, page, ROOT, type GeneratedFiles } from './shared';

/**
 * The snapshots: `docs/snapshots/<lng>.md`, every template × register × phrasing of one language
 * rendered with that language's example values, so a reviewer reads a whole language in one file
 * (date-fns keeps a `snapshot.md` per locale for the same reason).
 */
export async function generateSnapshots(root = ROOT, replies?: ExampleReplies): Promise<GeneratedFiles> {
  const { templates, locales } = (replies ??= await exampleReplies(root));
  const files: GeneratedFiles = new Map();
  for (const locale of locales) {
    const sections = templates.map((t) => {
      const texts = locale.registers.flatMap((register) =>
        Array.from({ length: t.variants }, (_, variant) => {
          const label = [locale.registers.length > 1 ? register : '', t.variants > 1 ? `variant ${variant}` : ''].filter(Boolean).join(', ');
          const reply = quoted(replies.render(t.id, locale.code, register as Register, variant));
          return label ? `**${label}**\n\n${reply}\n` : `${reply}\n`;
        }),
      );
      return [`## \`${t.id}\``, '', ...texts].join('\n');
    });
    files.set(
      `docs/snapshots/${locale.code}.md`,
      page('snapshot', {
        header: generatedHeader(`templates/, locales/${locale.code}/ and ${locale.code === 'en' ? "the templates' own examples" : `templates/examples/${locale.code}.json`}`, 'md').trimEnd(),
        name: locale.name,
        code: locale.code,
        registers: locale.registers.length > 1 ? ` (${locale.registers.join(' and ')})` : '',
        examples: locale.code === 'en' ? "the templates' own example values" : `the example values of \`templates/examples/${locale.code}.json\``,
        sections: sections.join('\n'),
      }),
    );
  }
  files.set(
    'docs/snapshots/README.md',
    page('snapshots-readme', {
      header: generatedHeader('locales/index.json', 'md').trimEnd(),
      locales: locales.map((l) => `- [${l.name} (\`${l.code}\`)](${l.code}.md)`).join('\n'),
    }),
  );
  return files;
}
