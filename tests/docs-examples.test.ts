import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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

const IMPORT = /^import\s+(.+?)\s+from\s+'([^']+)';$/;

function resolveSpecifier(specifier: string): string {
  if (specifier === 'tactful') return join(root, 'src/index');
  if (specifier === 'tactful/define') return join(root, 'src/define/index');
  if (specifier === 'tactful/export') return join(root, 'src/export/index');
  const locale = /^tactful\/locales\/([\w-]+)$/.exec(specifier);
  return locale ? join(root, 'src/locales', locale[1]!) : specifier;
}

/** Turns a file's examples into one test module; returns undefined when it has none. */
export function examplesModule(markdown: string): { source: string; checks: number } | undefined {
  const blocks = [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  if (blocks.length === 0) return undefined;
  const imports = new Map<string, { defaults: Set<string>; named: Set<string>; namespace?: string }>();
  const body: string[] = [];
  let checks = 0;
  for (const block of blocks) {
    const lines = block.split('\n');
    // Where the statement before a `// →` line starts: after the last blank line or `;`.
    let statementStart = body.length;
    let ended = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const imported = IMPORT.exec(line.trim());
      if (imported) {
        const [, clause, specifier] = imported;
        const entry = imports.get(specifier!) ?? { defaults: new Set<string>(), named: new Set<string>() };
        const named = /\{([^}]*)\}/.exec(clause!);
        if (named) for (const name of named[1]!.split(',')) if (name.trim()) entry.named.add(name.trim());
        const star = /\*\s+as\s+(\w+)/.exec(clause!);
        if (star) entry.namespace = star[1];
        const plain = clause!.replace(/\{[^}]*\}/, '').replace(/\*\s+as\s+\w+/, '').replace(/,/g, '').trim();
        if (plain) entry.defaults.add(plain);
        imports.set(specifier!, entry);
        continue;
      }
      const arrow = /^\s*\/\/ → (.*)$/.exec(line);
      if (arrow) {
        const expression = body.splice(statementStart).join('\n').replace(/;\s*$/, '');
        const expected = arrow[1]!;
        const thrown = /^throws (\w+)$/.exec(expected);
        body.push(
          thrown
            ? `expect(() => { ${expression}; }).toThrow(__errors.${thrown[1]});`
            : `expect(${expression}).toEqual(${expected});`,
        );
        checks++;
        ended = true;
        continue;
      }
      if (ended && line.trim() !== '') statementStart = body.length;
      body.push(line);
      ended = line.trim() === "" || /;\s*$/.test(line);
    }
  }
  const header = [`import { expect } from 'vitest';`, `import * as __errors from '${join(root, 'src/index')}';`];
  for (const [specifier, entry] of imports) {
    const target = resolveSpecifier(specifier);
    for (const name of entry.defaults) header.push(`import ${name} from '${target}';`);
    if (entry.namespace) header.push(`import * as ${entry.namespace} from '${target}';`);
    if (entry.named.size > 0) header.push(`import { ${[...entry.named].join(', ')} } from '${target}';`);
  }
  return { source: `${header.join('\n')}\n\n${body.join('\n')}\n`, checks };
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
