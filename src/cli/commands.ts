import { TactfulError } from '../core/errors';
import { nearest } from '../core/nearest';
import { EXIT, type ExitCode } from './exit-codes';
import { UsageError, type CliIo } from './io';

export type { Command } from './io';
import type { Command } from './io';

/**
 * Every subcommand by name, each loaded when it runs: `tactful lint` of one line should not wait
 * for the catalog, the exporters or the MCP SDK to load (the start-up section of
 * docs/performance.md measures it).
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  render: async () => (await import('./catalog-commands')).renderCommand,
  list: async () => (await import('./catalog-commands')).listCommand,
  lint: async () => (await import('./lint-command')).lintCommand,
  check: async () => (await import('./check-command')).checkCommand,
  locales: async () => (await import('./locales-command')).localesCommand,
  mcp: async () => (await import('./mcp-command')).mcpCommand,
  export: async () => (await import('./export-command')).exportCommand,
};

/** Names other tools use for our options. */
const OPTION_ALIASES: Readonly<Record<string, string>> = {
  lang: '--locale',
  language: '--locale',
  lng: '--locale',
  tz: '--time-zone',
  timezone: '--time-zone',
  formality: '--register',
  output: '--format',
};

/** Node's message for an unknown option explains positional arguments; ours names the nearest option. */
function usageMessage(error: Error, command: Command): string {
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  if (!unknown) return error.message;
  const options = [...new Set(command.help.match(/--[a-z][a-z-]*/g) ?? [])];
  const alias = OPTION_ALIASES[unknown.replace(/^-+/, '').toLowerCase()];
  const [guess] = alias && options.includes(alias) ? [alias] : nearest(unknown, options, 1);
  return `unknown option ${unknown}${guess ? `: did you mean ${guess}?` : ''}`;
}

/** Runs a command and turns errors into messages and exit codes: `failed` for a refused input, `usage` for misuse. */
export async function runCommand(name: string, command: Command, args: string[], io: CliIo): Promise<ExitCode> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`tactful: ${usageMessage(error as Error, command)}\nRun \`tactful ${name} --help\` for its options.`);
      return EXIT.usage;
    }
    if (error instanceof TactfulError) {
      io.stderr(`tactful: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }
}
