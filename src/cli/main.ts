import { version } from '../../package.json';
import { COMMANDS, runCommand } from './commands';
import { EXIT, type ExitCode } from './exit-codes';
import { processIo, type CliIo } from './io';

const HELP = `Usage: tactful <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

Options:
  -h, --help     show this help
  -v, --version  print tactful's version

Run \`tactful help <command>\` (or \`tactful <command> --help\`) for a command's options.`;

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
    io.stdout(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`tactful: unknown command "${name}"\n\n${HELP}`);
    return EXIT.usage;
  }
  return runCommand(command, args, io);
}
