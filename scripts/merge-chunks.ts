import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Joins the small chunks an entry of an ES-module build loads into one file, for Node's sake.
 *
 * esbuild gives every set of entries that shares a module a chunk of its own, so the library's
 * entries (`tactful`, `…/render`, `…/lint`, `…/catalog`, the locale parts) cut the core into
 * chunks of a few hundred bytes: the error classes, the locale helpers, `nearest`, `lazyRegExp`.
 * Node's ES-module loader resolves, reads, compiles and links each file apart, about half a
 * millisecond each on the reference machine whatever its size, and `import 'tactful'` with a
 * locale loaded 21 files, 8 of them the core's, 0.2–16 KB each. Every chunk of at most
 * `maxBytes` that `from` (the entry whose start-up counts: `index`) loads becomes one file, and
 * every file reachable from `entries` imports that file instead. An entry that loaded one of them
 * now loads all, about 30 KB together (`tactful/lint` alone starts faster for it, having loaded
 * five); a bundler shakes out what an app leaves unused, statement by statement.
 *
 * Only the core's chunks are joined: they hold code, whose top-level statements esbuild can tell
 * are pure. A locale's chunks are data frozen with `Object.freeze`, which a bundler keeps whole in
 * a joined file where it dropped a chunk nobody imported (a widget carried every category).
 * Returns the joined file's name and what it holds, or `undefined` when there was nothing to join.
 */
export async function joinSmallChunks(outDir: string, entries: readonly string[], options: { from: string; maxBytes: number }): Promise<{ file: string; chunks: string[] } | undefined> {
  const dir = resolve(outDir);
  const graph = readGraph(dir, entries);
  const chunks = [...graph.loaded(join(dir, `${options.from}.js`))].filter((file) => graph.isChunk(file) && graph.size(file) <= options.maxBytes);
  if (chunks.length < 2) return undefined;
  return { file: await joinChunks(dir, graph, chunks), chunks: chunks.map((file) => relative(dir, file)).sort() };
}

interface Graph {
  readonly files: ReadonlyMap<string, { readonly text: string; readonly imports: readonly string[] }>;
  /** Every file an import of `file` loads, `file` included. */
  loaded(file: string): Set<string>;
  isChunk(file: string): boolean;
  size(file: string): number;
}

function readGraph(dir: string, entries: readonly string[]): Graph {
  const files = new Map<string, { text: string; imports: string[] }>();
  const read = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(IMPORT)].map((m) => join(dirname(file), m[2]!));
    files.set(file, { text, imports });
    for (const next of imports) read(next);
  };
  const entryFiles = entries.map((entry) => join(dir, `${entry}.js`));
  for (const file of entryFiles) read(file);
  const loaded = (start: string) => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of files.get(file)!.imports) walk(next);
    };
    walk(start);
    return seen;
  };
  return {
    files,
    loaded,
    isChunk: (file) => dirname(file) === dir && /^chunk-[\w-]+\.js$/.test(relative(dir, file)),
    size: (file) => Buffer.byteLength(files.get(file)!.text),
  };
}

/** Bundles `chunks` into one new file beside them, points every importer at it, and removes them. */
async function joinChunks(dir: string, graph: Graph, chunks: readonly string[]): Promise<string> {
  const members = new Set(chunks);
  const exported = new Map<string, string>();
  for (const file of chunks) {
    for (const name of exportNames(graph.files.get(file)!.text)) {
      const other = exported.get(name);
      if (other) throw new Error(`merge-chunks: ${relative(dir, file)} and ${relative(dir, other)} both export "${name}"`);
      exported.set(name, file);
    }
  }
  const result = await build({
    stdin: { contents: [...chunks].sort().map((file) => `export * from './${relative(dir, file)}';`).join('\n'), resolveDir: dir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        // Packages and the build's other chunks stay imports: only the members are joined.
        name: 'only-members',
        setup: (b) =>
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point' || !args.importer) return undefined;
            if (!args.path.startsWith('.')) return { path: args.path, external: true };
            const file = join(args.resolveDir, args.path);
            return members.has(file) ? { path: file } : { path: `./${relative(dir, file)}`, external: true };
          }),
      },
    ],
  });
  const code = result.outputFiles[0]!.text;
  const kept = new Set(exportNames(code));
  const lost = [...exported.keys()].filter((name) => !kept.has(name));
  if (lost.length > 0) throw new Error(`merge-chunks: joining ${chunks.map((f) => relative(dir, f)).join(', ')} lost ${lost.join(', ')}`);
  const name = `chunk-${createHash('sha256').update(code).digest('hex').slice(0, 8).toUpperCase()}.js`;
  const target = join(dir, name);
  writeFileSync(target, code);

  for (const [file, { text }] of graph.files) {
    if (members.has(file)) continue;
    const link = relative(dirname(file), target).replace(/\\/g, '/');
    let bare = false;
    const lines = text.split('\n').flatMap((line) => {
      const m = IMPORT_LINE.exec(line);
      if (!m || !members.has(join(dirname(file), m[2]!))) return [line];
      // One bare import of the joined file is enough.
      if (/^import\s*['"]/.test(line)) {
        if (bare) return [];
        bare = true;
      }
      return [line.replace(m[2]!, link.startsWith('.') ? link : `./${link}`)];
    });
    if (lines.join('\n') !== text) writeFileSync(file, lines.join('\n'));
  }
  for (const file of chunks) rmSync(file);
  return name;
}

/** An import or re-export of a relative file, as esbuild writes them: one statement a line. */
const IMPORT = /^((?:import|export)\b[^'"\n]*?(?:from\s*)?)['"](\.{1,2}\/[^'"]+)['"];?[ \t]*$/gm;
/** The same, for one line at a time. */
const IMPORT_LINE = new RegExp(IMPORT.source);

/** The names a chunk exports: esbuild ends each with `export { a, b as c };`. */
function exportNames(code: string): string[] {
  return [...code.matchAll(/^export\s*\{([^}]*)\}\s*;?\s*$/gm)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((part) => part.trim().split(/\s+as\s+/).pop()!.trim())
      .filter(Boolean),
  );
}
