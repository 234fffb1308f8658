import { createTactful } from '../instance/create-tactful';
import { callTool, toolDefinitions } from '../tools/tools';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { UsageError, type Command } from './io';

/**
 * `tactful mcp`: the catalog and the checks as an MCP server over stdio, for assistants and agent
 * frameworks. The MCP SDK is loaded here only, when the command runs: the library and the other
 * commands never load it.
 */
export const mcpCommand: Command = {
  summary: 'serve templates, lint and guard as MCP tools over stdio',
  help: `Usage: tactful mcp

Runs a Model Context Protocol server on stdin/stdout with the tools list_templates,
render_template, lint_reply, guard_reply and check_conversation, in every shipped language.

Add it to an MCP client, e.g.:
  { "mcpServers": { "tactful": { "command": "npx", "args": ["tactful", "mcp"] } } }`,
  async run(args) {
    if (args.length > 0) throw new UsageError(`mcp takes no arguments, received: ${args.join(' ')}`);
    const [{ Server }, { StdioServerTransport }, { CallToolRequestSchema, ListToolsRequestSchema }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/index.js'),
      import('@modelcontextprotocol/sdk/server/stdio.js'),
      import('@modelcontextprotocol/sdk/types.js'),
    ]);
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
