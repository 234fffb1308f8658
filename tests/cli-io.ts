import { runCli } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';

/**
 * Runs the CLI in-process over an in-memory file system (`files`, changed in place by writes) and
 * a given standard input, collecting what it prints. Without `readLines` or `writeOut`, commands
 * take their whole-text paths.
 */
export async function runWith(files: Record<string, string>, stdin: string, argv: string[], { tty = false } = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path]!;
    },
    writeFile: (path, text) => {
      files[path] = text;
    },
    exists: (path) => path in files,
    color: false,
    readStdin: async () => stdin,
    isDirectory: () => false,
    glob: () => [],
    stdinIsTTY: tty,
    cwd: '/project',
  };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}
