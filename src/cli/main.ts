import { COMMANDS, runCommand } from './commands';
import { EXIT, type ExitCode } from './exit-codes';
import { processIo, type CliIo } from './io';

const HELP = `Usage: tactful <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

Run \`tactful <command> --help\` for a command's options.`;

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const [name, ...args] = argv;
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
