import { version } from '../../package.json';
import { nearest } from '../core/nearest';
import { COMMANDS, runCommand } from './commands';
import { EXIT, type ExitCode } from './exit-codes';
import { processIo, type CliIo } from './io';

/** The overview: it loads every command for its summary, which only `--help` and a misspelt command wait for. */
async function help(): Promise<string> {
  const lines = await Promise.all(Object.entries(COMMANDS).map(async ([name, load]) => `  ${name.padEnd(10)}${(await load()).summary}`));
  return `Usage: tactful <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help
  -v, --version  print tactful's version

Run \`tactful help <command>\` (or \`tactful <command> --help\`) for a command's options.

Exit codes: 0 done and nothing failed, 1 something failed (a lint error, a locale error, a score
under --min-score) or the input was refused, 2 called wrongly (an unknown command or option, a
bad value, a missing file), 70 a bug in tactful.`;
}

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(version);
    return EXIT.ok;
  }
  // `tactful help render` is `tactful render --help`, as in git and npm.
  if (name === 'help' && args[0] !== undefined && !args[0].startsWith('-')) return runCli([args[0], '--help'], io);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    // A misspelt command ("lsit") says what was meant first, as git does.
    const [guess] = nearest(name, Object.keys(COMMANDS), 1);
    io.stderr(`tactful: unknown command "${name}"${guess ? ` — did you mean "${guess}"?` : ''}\n\n${await help()}`);
    return EXIT.usage;
  }
  return runCommand(name, await load(), args, io);
}
