import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesModule } from './examples-module';

/**
 * Every ```ts example in README.md and docs/ runs, and every `// → value` under a line is checked
 * (`// → throws ErrorName` expects that error). The examples of one file run in order as one
 * module, so later examples may use what earlier ones defined. Mark a block ```ts no-run to skip it.
 */
const root = join(__dirname, '..');
const tmp = join(root, '.tactful-tmp');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' ? [] : markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];

describe('documentation examples run and show the right output', () => {
  for (const file of files) {
    const name = relative(root, file);
    const module = examplesModule(readFileSync(file, 'utf8'));
    if (!module) continue;
    it(name, async () => {
      mkdirSync(tmp, { recursive: true });
      const path = join(tmp, `${name.replace(/[/\\.]/g, '_')}.ts`);
      writeFileSync(path, module.source);
      await import(path);
      expect(module.checks).toBeGreaterThan(0);
    });
  }
});
