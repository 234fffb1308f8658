import { join } from 'node:path';

/**
 * Turns Markdown with ```ts examples into one test module: the imports hoisted (`tactful`,
 * `tactful/define` and `tactful/locales/<lng>` resolved to the sources), every `// → value` under
 * a statement turned into an `expect`, `// → throws ErrorName` into an expected error. Used by the
 * docs examples and the JSDoc examples.
 */
const root = join(__dirname, '..');

const IMPORT = /^import\s+(.+?)\s+from\s+'([^']+)';$/;

function resolveSpecifier(specifier: string): string {
  if (specifier === 'tactful') return join(root, 'src/index');
  if (specifier === 'tactful/define') return join(root, 'src/define/index');
  if (specifier === 'tactful/i18next') return join(root, 'src/i18next/index');
  if (specifier === 'tactful/stream') return join(root, 'src/guard/stream-entry');
  if (specifier === 'tactful/tools') return join(root, 'src/tools/index');
  if (specifier === 'tactful/export') return join(root, 'src/export/index');
  if (specifier === 'tactful/render') return join(root, 'src/render/index');
  if (specifier === 'tactful/lint') return join(root, 'src/lint/index');
  if (specifier === 'tactful/catalog') return join(root, 'src/catalog/details');
  if (specifier === 'tactful/templates') return join(root, 'src/generated/templates');
  const locale = /^tactful\/locales\/([\w-]+(?:\/(?:text|lint|categories))?)$/.exec(specifier);
  return locale ? join(root, 'src/generated/locales', locale[1]!) : specifier;
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
