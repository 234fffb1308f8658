/**
 * `npm run generate`: writes every file the data implies, so nobody edits them by hand. One module
 * per kind of output:
 *
 * | module | writes | from |
 * | --- | --- | --- |
 * | `validate-data.ts` | nothing: stops the run on bad data | the phrase, signal and message files |
 * | `catalog-code.ts` | `src/generated/catalog.ts`, `src/generated/template-sources.ts` | `templates/` |
 * | `locale-code.ts` | `src/generated/locales/<lng>.ts`, `locale-codes.ts`, `shipped-locales.ts`, `locale-formats.ts` | `locales/index.json` and the data folders |
 * | `rule-docs.ts` | `docs/rules/` | `src/lint/rules/` |
 * | `catalog-docs.ts` | `docs/catalog/` | the catalog rendered with its example values |
 * | `snapshots.ts` | `docs/snapshots/` | the same, one language a page |
 *
 * The pages' prose is Markdown in `pages/`. Code is written first; the pages are rendered with the
 * code just written, in the same run. `tests/generated.test.ts` fails when a committed copy is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogCode } from './catalog-code';
import { generateCatalogDocs } from './catalog-docs';
import { exampleReplies } from './example-replies';
import { generateLocaleCode } from './locale-code';
import { generateRuleDocs } from './rule-docs';
import { ROOT, type GeneratedFiles } from './shared';
import { generateSnapshots } from './snapshots';
import { describeDataProblems, validateData } from './validate-data';

export { CATALOG_RENDER, readLocalizedExamples, ROOT, type LocalizedExamples } from './shared';

/** The generated code: what the library and the build import. */
export async function generateCode(root = ROOT): Promise<GeneratedFiles> {
  return new Map([...(await generateCatalogCode(root)), ...generateLocaleCode(root)]);
}

/** The generated pages: rules, catalog and snapshots. Renders with the generated code as it is on disk. */
export async function generateDocs(root = ROOT): Promise<GeneratedFiles> {
  const replies = await exampleReplies(root);
  return new Map([...generateRuleDocs(root), ...(await generateCatalogDocs(root, replies)), ...(await generateSnapshots(root, replies))]);
}

function write(root: string, files: GeneratedFiles): void {
  for (const [path, content] of files) {
    const target = join(root, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = validateData();
  if (problems.length > 0) {
    console.error(`npm run generate: fix the data first:\n${describeDataProblems(problems)}`);
    process.exit(1);
  }
  write(ROOT, await generateCode());
  write(ROOT, await generateDocs());
}
