import { createTactful } from '../instance/create-tactful';
import { callTool, toolDefinitions } from '../tools/tools';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { UsageError, type Command } from './io';

const SDK = '@modelcontextprotocol/sdk';

/**
 * The MCP SDK is an optional peer dependency: it brings a web server and about a hundred
 * packages, which an app that renders and lints never needs.
 */
const MISSING_SDK = `tactful mcp needs the MCP SDK, which tactful does not install for you:
  npm install ${SDK}
or, without installing anything:
  npx -y -p tactful -p ${SDK} tactful mcp`;

/** Whether an import failed because a package is not installed (not because it is broken). */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && message.includes(name);
}

/**
 * `tactful mcp`: the catalog and the checks as an MCP server over stdio, for assistants and agent
 * frameworks. The MCP SDK (an optional peer dependency) is loaded here only, when the command
 * runs: the library and the other commands never load it.
 */
export const mcpCommand: Command = {
  summary: 'serve templates, lint and guard as MCP tools over stdio',
  help: `Usage: tactful mcp

Runs a Model Context Protocol server on stdin/stdout with the tools list_templates,
render_template, lint_reply, guard_reply and check_conversation, in every shipped language.

It needs the MCP SDK beside tactful (npm install @modelcontextprotocol/sdk). Add it to an
MCP client, e.g.:
  { "mcpServers": { "tactful": { "command": "npx", "args": ["-y", "-p", "tactful", "-p", "@modelcontextprotocol/sdk", "tactful", "mcp"] } } }`,
  async run(args) {
    if (args.length > 0) throw new UsageError(`mcp takes no arguments, received: ${args.join(' ')}`);
    const [{ Server }, { StdioServerTransport }, { CallToolRequestSchema, ListToolsRequestSchema }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/index.js'),
      import('@modelcontextprotocol/sdk/server/stdio.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]).catch((error: unknown) => {
      if (isMissing(error, SDK)) throw new UsageError(MISSING_SDK);
      throw error;
    });
    const tactful = createTactful({ locales: SHIPPED_LOCALES, defaultLocale: 'en' });
    const server = new Server({ name: 'tactful', version: '0.0.0' }, { capabilities: { tools: {} } });
    server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: toolDefinitions().map((tool) => ({ name: tool.name, description: tool.description, inputSchema: tool.parameters as { type: 'object' } })),
    }));
    server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const outcome = callTool(tactful, request.params.name, request.params.arguments ?? {});
      // A wrong call is the model's to correct: a tool error with what was wrong, never a crash.
      return outcome.ok
        ? { content: [{ type: 'text' as const, text: JSON.stringify(outcome.value, null, 2) }] }
        : { content: [{ type: 'text' as const, text: outcome.error }], isError: true };
    });
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = () => resolve();
      process.stdin.on('end', () => resolve());
    });
    await server.connect(transport);
    await closed;
    return 0;
  },
};
