import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocaleDefinition, Register, TemplateDescriptor } from '../../src';
import { CATALOG_RENDER, readLocaleIndex, readLocalizedExamples, ROOT } from './shared';

/**
 * Every template rendered with its example values, for the pages that show replies (the catalog
 * and the snapshots): English with the sources' own examples, every other language with
 * `templates/examples/<lng>.json` over them, at a fixed moment in UTC.
 */
export interface ExampleReplies {
  readonly templates: readonly TemplateDescriptor[];
  readonly locales: ReadonlyArray<Pick<LocaleDefinition, 'code' | 'name' | 'registers'>>;
  /** The reply, or `undefined` where the locale cannot render the template yet (not translated). */
  render(id: string, code: string, register: Register, variant: number): string | undefined;
}

export async function exampleReplies(root = ROOT): Promise<ExampleReplies> {
  const codes = Object.keys(readLocaleIndex(root));
  // Imported only now: these modules are what the code generators have just written.
  const { createTactful } = (await import(pathToFileURL(join(root, 'src', 'index.ts')).href)) as typeof import('../../src');
  const locales = await Promise.all(codes.map(async (code) => ((await import(pathToFileURL(join(root, 'src', 'generated', 'locales', `${code}.ts`)).href)) as { default: LocaleDefinition }).default));
  const tactful = createTactful({ locales, defaultLocale: 'en' });
  const templates = tactful.templates();
  const byId = new Map(templates.map((t) => [t.id, t]));
  const examples = new Map(codes.map((code) => [code, readLocalizedExamples(code, root)]));
  return {
    templates,
    locales: locales.map(({ code, name, registers }) => ({ code, name, registers })),
    render(id, code, register, variant) {
      const example = { ...byId.get(id)!.example, ...examples.get(code)?.[id] };
      try {
        return tactful.render(id as never, example as never, { locale: code, register, variant, strict: true, ...CATALOG_RENDER });
      } catch (error) {
        // A locale still being translated shows its gaps instead of stopping the generator.
        if ((error as { code?: string }).code === 'LOCALE_NOT_AVAILABLE') return undefined;
        throw error;
      }
    },
  };
}

/** A reply as a Markdown quote, or the note that it is not translated yet. */
export function quoted(reply: string | undefined): string {
  if (reply === undefined) return '_not translated yet_';
  return reply.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');
}
