import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What a command may touch: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  readonly exists: (path: string) => boolean;
  /** Colour the output (a terminal, and NO_COLOR not set). */
  readonly color: boolean;
  readonly readStdin: () => Promise<string>;
  readonly cwd: string;
}

/** The real terminal. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  exists: (path) => existsSync(path),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  cwd: process.cwd(),
};

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** A subcommand: its one-line summary, its help text, and what it does. */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: string[], io: CliIo) => Promise<number>;
}

/** Checks an option against its allowed values. */
export function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, received "${value}"`);
  return value as T;
}

/** ANSI colours for a terminal, or plain text when `color` is false (not a TTY, or NO_COLOR). */
export function painter(color: boolean): (code: string, text: string) => string {
  return (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
}
