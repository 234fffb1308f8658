import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as publicApi from '../src';
import { examplesModule } from './examples-module';

/**
 * Every ```ts `@example` in the source's JSDoc runs, like the examples in the docs: a `// → value`
 * after a statement (on its own line or at the end of the statement's line) is checked, and
 * `// → throws ErrorName` expects that error. An example may use, without importing them, what its
 * own file exports, everything `tactful` exports, the shipped locales (`en`, `lv`, …), `z` from
 * zod/mini, and `tactful`: an instance with every shipped locale. Mark a block ```ts no-run to skip it.
 */
const root = join(__dirname, '..');
const tmp = join(root, '.tactful-tmp', 'jsdoc');
const LOCALES = ['en', 'ro', 'ru', 'lv', 'lt', 'uk'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The ```ts blocks of a file's JSDoc comments, without the comments' leading stars. */
export function jsdocExamples(source: string): string[] {
  return [...source.matchAll(/\/\*\*[\s\S]*?\*\//g)].flatMap((comment) => {
    const text = comment[0].split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, '')).join('\n');
    return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  });
}

/** `statement; // → value` becomes the statement and then `// → value` on its own line. */
function splitInlineArrows(block: string): string {
  return block.replace(/^(\s*)(\S.*?;)\s*(\/\/ → .*)$/gm, '$1$2\n$1$3');
}

const declares = (block: string, name: string) =>
  new RegExp(`(?:const|let|var|function|class)\\s+${name}\\b|import\\s[^;]*\\b${name}\\b[^;]*\\sfrom\\s`).test(block);
const uses = (block: string, name: string) => new RegExp(`(?<![\\w.'"$])${name}\\b`).test(block);

function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)/gm)].map((m) => m[1]!);
}

/** The example as a document the docs runner reads: the imports it relies on, then its code. */
function withPrelude(file: string, block: string): string {
  const lines: string[] = [];
  const own = exportedNames(readFileSync(file, 'utf8')).filter((name) => uses(block, name) && !declares(block, name));
  if (own.length > 0) lines.push(`import { ${own.join(', ')} } from '${file.replace(/\.ts$/, '')}';`);
  const needsInstance = uses(block, 'tactful') && !declares(block, 'tactful');
  const api = Object.keys(publicApi).filter((name) => !own.includes(name) && (uses(block, name) || (needsInstance && name === 'createTactful')) && !declares(block, name));
  if (api.length > 0) lines.push(`import { ${api.join(', ')} } from 'tactful';`);
  for (const code of LOCALES) if ((uses(block, code) || needsInstance) && !declares(block, code)) lines.push(`import ${code} from 'tactful/locales/${code}';`);
  if (uses(block, 'z') && !declares(block, 'z')) lines.push(`import * as z from 'zod/mini';`);
  if (needsInstance) lines.push(`const tactful = createTactful({ locales: [${LOCALES.join(', ')}], defaultLocale: 'en' });`, '');
  // An example may import from its neighbours as its own file does (`from './tokenize'`).
  const body = splitInlineArrows(block).replace(/from '(\.{1,2}\/[^']+)'/g, (_m, specifier: string) => `from '${join(dirname(file), specifier)}'`);
  return `\`\`\`ts\n${lines.join('\n')}\n${body}\`\`\`\n`;
}

const files = [...sourceFiles(join(root, 'src'))];

describe('JSDoc examples run and show the right output', () => {
  for (const file of files) {
    const blocks = jsdocExamples(readFileSync(file, 'utf8'));
    blocks.forEach((block, index) => {
      const name = `${relative(root, file)} example ${index + 1}`;
      it(name, async () => {
        const module = examplesModule(withPrelude(file, block))!;
        mkdirSync(tmp, { recursive: true });
        const path = join(tmp, `${name.replace(/[/\\. ]/g, '_')}.ts`);
        writeFileSync(path, module.source);
        await import(path);
      });
    });
  }
});
