import { once } from 'node:events';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tinyglobby } from './glob';
import { EXIT, type ExitCode } from './exit-codes';
import { LOCALE_CODES } from '../generated/locale-codes';

/** What a command may touch: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  readonly exists: (path: string) => boolean;
  readonly isDirectory: (path: string) => boolean;
  /** The files the glob patterns match, relative to the working directory, sorted; none of `ignore`. */
  readonly glob: (patterns: readonly string[], ignore: readonly string[]) => string[];
  /** Colour the output (a terminal, and NO_COLOR not set). */
  readonly color: boolean;
  readonly readStdin: () => Promise<string>;
  /** Standard input is a terminal: nothing is piped in, and a person would wait at a silent prompt. */
  readonly stdinIsTTY: boolean;
  readonly cwd: string;
  /**
   * The lines of a file, or of standard input without a path, read as they are taken (constant
   * memory). Optional: without it a command reads the whole text with `readFile` or `readStdin`.
   */
  readonly readLines?: (path: string | undefined) => AsyncIterable<string>;
  /**
   * Writes text to standard output as is, resolving when the output can take more (a slow reader
   * slows the command). Optional: without it a command writes with `stdout`.
   */
  readonly writeOut?: (text: string) => Promise<void>;
}

/** The real terminal. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readTextFile(path),
  writeFile: (path, text) => writeFileSync(path, text),
  exists: (path) => existsSync(path),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  glob: (patterns, ignore) => tinyglobby().globSync([...patterns], { ignore: [...ignore], onlyFiles: true, expandDirectories: false }).sort(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinIsTTY: Boolean(process.stdin.isTTY),
  cwd: process.cwd(),
  readLines: (path) => splitLines(path === undefined ? process.stdin : createReadStream(path), path ?? '<stdin>'),
  writeOut: (text) => writeWithBackpressure(process.stdout, text),
};

/**
 * Standard input, read to its end. At a terminal the command says first what it waits for, on
 * stderr, instead of seeming to hang.
 */
export async function readInput(io: CliIo, what: string): Promise<string> {
  if (io.stdinIsTTY) io.stderr(`Reading ${what} from standard input; end with Ctrl-D, or pass a file.`);
  return io.readStdin();
}

/**
 * Ends the process quietly, with `EXIT.ok`, when the reader of `stream` goes away
 * (`tactful list --json | head -1`): the write fails with EPIPE, which is no error of ours, as in
 * `cat` or `git log`. The one place every command's output gets this; other errors stay loud.
 */
export function endQuietlyWhenReaderLeaves(stream: NodeJS.WritableStream = process.stdout, exit: (code: number) => void = process.exit): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    exit(EXIT.ok);
  });
}

/** A mistake in how the command was called: printed with the usage, exit code `EXIT.usage`. */
export class UsageError extends Error {}

/** A subcommand: its one-line summary, its help text, and what it does. */
export interface Command {
  readonly summary: string;
  readonly help: string;
  readonly run: (args: string[], io: CliIo) => Promise<ExitCode>;
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

/**
 * Reads a file that must be UTF-8 text. A directory, a file in another encoding (Latin-1) or a
 * binary file is a usage error that names the file: decoding it leniently would turn its bytes
 * into U+FFFD, and `lint --fix` would then write that back over the original.
 */
export function readTextFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`${path}: is a directory; name the files, e.g. ${path}/*.md`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    // A missing or unreadable file is the caller's to fix, not a crash of tactful (exit 70).
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  return decodeText(bytes, path);
}

/** Decodes bytes as UTF-8 text, refusing invalid UTF-8 and NUL bytes (a binary file). */
export function decodeText(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path}: not UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8); the file was not changed`);
  }
  if (text.includes('\0')) throw new UsageError(`${path}: a binary file (it holds NUL bytes), not text; the file was not changed`);
  return text;
}

/** JSON from a file the user wrote; a `__proto__` key, which would set an object's prototype, is refused. */
export function parseUserJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') throw new UsageError(`${what}: the key "__proto__" is not allowed`);
      return value;
    });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what}: not valid JSON (${(error as Error).message})`);
  }
}

export type OptionValues<S extends string, F extends string, L extends string> = { [K in S]?: string } & { [K in F]?: boolean } & { [K in L]?: string[] };

/**
 * A command's arguments: its options by kind (`strings` take a value, `flags` none, `lists` a value
 * each time they are repeated) and its positional arguments. An unknown option is a usage error.
 */
export function parseCommandLine<S extends string = never, F extends string = never, L extends string = never>(
  args: string[],
  spec: { readonly strings?: readonly S[]; readonly flags?: readonly F[]; readonly lists?: readonly L[] },
): { values: OptionValues<S, F, L>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const name of spec.strings ?? []) options[name] = { type: 'string' };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  for (const name of spec.lists ?? []) options[name] = { type: 'string', multiple: true };
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  return { values: values as OptionValues<S, F, L>, positionals };
}

/** The longest line `splitLines` keeps, in bytes of UTF-8 (4 MiB): a transcript far longer than any conversation. */
export const MAX_LINE_LENGTH = 4 * 1024 * 1024;
/**
 * What `splitLines` gives in place of a longer line, followed by its length, and `checkLine`
 * turns into the line's error record. Both markers start with a lone surrogate, which no line
 * decoded from UTF-8 can hold, so no line of input can pass for one.
 */
export const LINE_TOO_LONG = '\uD800line-too-long:';
/** What `splitLines` gives in place of a line that is not UTF-8; `checkLine` turns it into the line's error record. */
export const LINE_NOT_UTF8 = '\uD800line-not-utf8';

/**
 * The lines of a stream of bytes, as they arrive: the stream is read only as fast as the lines
 * are taken, so memory holds one chunk and one line, whatever the size of the input. A line
 * ends at LF or CR LF (an LF byte is never part of another character in UTF-8, so the bytes are
 * split before they are decoded). Each line is decoded on its own: a line that is not UTF-8 is
 * given as `LINE_NOT_UTF8`, and one longer than `maxLineLength` bytes is dropped as it arrives
 * and given as `LINE_TOO_LONG` and its length, so one bad line costs that line only.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * for await (const line of splitLines([new TextEncoder().encode('a\r\nb'), new TextEncoder().encode('c\n')], 'x.jsonl')) lines.push(line);
 * lines;
 * // → ['a', 'bc']
 * ```
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, path: string, maxLineLength = MAX_LINE_LENGTH): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const encoder = new TextEncoder();
  // The line so far, in one buffer that doubles as it fills (a line arriving a byte at a time
  // costs its own size, not an object per byte): each chunk is searched once, so a long line
  // costs linear time.
  let buffer = new Uint8Array(0);
  let length = 0;
  const finish = (tail: Uint8Array): string => {
    const total = length + tail.length;
    let bytes: Uint8Array | undefined;
    if (total <= maxLineLength) {
      if (length === 0) bytes = tail;
      else {
        keep(tail);
        bytes = buffer.subarray(0, length);
      }
    }
    const line = bytes === undefined ? undefined : decodeLine(bytes);
    length = 0;
    if (buffer.length > 64 * 1024) buffer = new Uint8Array(0);
    if (line === undefined) return `${LINE_TOO_LONG}${total}`;
    return line;
  };
  const decodeLine = (bytes: Uint8Array): string => {
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      return LINE_NOT_UTF8;
    }
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  const keep = (piece: Uint8Array) => {
    const end = length + piece.length;
    // Past the limit the text is dropped as it arrives; only its length is counted. The piece is
    // copied, so the chunk it came from is not held.
    if (end <= maxLineLength) {
      if (end > buffer.length) {
        const grown = new Uint8Array(Math.min(maxLineLength, Math.max(end, buffer.length * 2, 1024)));
        grown.set(buffer.subarray(0, length));
        buffer = grown;
      }
      buffer.set(piece, length);
    }
    length = end;
  };
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      let start = 0;
      for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
        yield finish(bytes.subarray(start, end));
        start = end + 1;
      }
      if (start < bytes.length) keep(bytes.subarray(start));
    }
  } catch (error) {
    // A file that cannot be read (no permission, vanished) is the caller's to fix, as a missing one is.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new UsageError(`${path}: cannot be read (${code})`);
    throw error;
  }
  if (length > 0) yield finish(new Uint8Array(0));
}

/**
 * Writes to a stream and resolves once the stream can take more (its buffer is under its
 * high-water mark), so a slow reader slows the writer instead of filling memory.
 */
export async function writeWithBackpressure(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** A locale's folder name: a language tag as `tactful locales add` takes it (`pl`, `pt-BR`, `zh-Hant`). */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** Whether tactful ships the language of a tag, however it is written (`lv-LV`, `lv_LV`, `LV` → lv). */
export function isShippedLanguage(tag: string): boolean {
  return (LOCALE_CODES as readonly string[]).includes(tag.split(/[-_]/)[0]!.toLowerCase());
}

/**
 * Refuses a locale tag of a language tactful does not ship (`--locale xx`), naming where it came
 * from (`--locale`, or `tactful.config.json: locale`): the caller's mistake (exit 2), not an empty
 * result or "problems found".
 */
export function refuseUnshippedLocale(tag: string | undefined, where = '--locale'): void {
  if (tag === undefined || isShippedLanguage(tag)) return;
  throw new UsageError(`${where} ${tag}: not a language tactful ships (${LOCALE_CODES.join(', ')})`);
}
