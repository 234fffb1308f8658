import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The MCP server end to end: the SDK's own client spawns the built CLI (`npm test` builds first)
 * and talks to it over a real stdio transport.
 */
const cli = join(__dirname, '..', 'dist', 'cli.js');
let client: Client;

type TextContent = { type: 'text'; text: string };
const call = async (name: string, args: Record<string, unknown>) => {
  const result = (await client.callTool({ name, arguments: args })) as { content: TextContent[]; isError?: boolean };
  const text = result.content.map((c) => c.text).join('');
  return { isError: result.isError === true, text, value: result.isError ? undefined : (JSON.parse(text) as unknown) };
};

beforeAll(async () => {
  client = new Client({ name: 'tactful-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [cli, 'mcp'], stderr: 'pipe' }));
}, 30_000);

afterAll(async () => {
  await client?.close();
});

describe('tactful mcp', () => {
  it('lists its five tools with their schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['list_templates', 'render_template', 'lint_reply', 'guard_reply', 'check_conversation']);
    expect(tools.every((t) => t.inputSchema.type === 'object')).toBe(true);
  });

  it('lists templates with the JSON Schema of their variables', async () => {
    const { value } = await call('list_templates', { search: 'anything else' });
    const templates = value as Array<{ id: string; variables: { type: string } }>;
    expect(templates.map((t) => t.id)).toContain('closing.anything-else');
    expect(templates[0]!.variables.type).toBe('object');
  });

  it('renders a template in Latvian, informally', async () => {
    const { isError, value } = await call('render_template', { id: 'closing.anything-else', variables: { customerName: 'Jānis' }, locale: 'lv', register: 'informal' });
    expect(isError).toBe(false);
    expect((value as { text: string }).text).toBe('Jāni, vai varu tev vēl kaut kā palīdzēt?');
  });

  it('returns a bad variable as a tool error that names it', async () => {
    const { isError, text } = await call('render_template', { id: 'closing.anything-else', variables: { customerName: '   ' }, locale: 'lv' });
    expect(isError).toBe(true);
    expect(text).toContain('customerName');
    const typo = await call('render_template', { id: 'closing.anything-else', variables: { customerNmae: 'Jānis' } });
    expect(typo.isError).toBe(true);
    expect(typo.text).toContain('customerNmae');
  });

  it('lints a reply', async () => {
    const { value } = await call('lint_reply', { text: 'It’s company policy.', locale: 'en' });
    expect((value as Array<{ ruleId: string }>).map((d) => d.ruleId)).toEqual(['policy-shield']);
  });

  it('guards a reply', async () => {
    const blocked = await call('guard_reply', { text: 'Hi [Customer Name], I’ll refund you today.', locale: 'en' });
    const verdict = blocked.value as { verdict: string; reasons: Array<{ code: string }> };
    expect(verdict.verdict).toBe('block');
    expect(verdict.reasons.map((r) => r.code)).toEqual(['unfilled-placeholder', 'commitment']);
    const sent = await call('guard_reply', { text: 'Thanks, Sarah! Pls hold on.', locale: 'en' });
    expect(sent.value).toMatchObject({ verdict: 'send', text: 'Thanks, Sarah! Please hold on.' });
  });

  it('checks a conversation', async () => {
    const { value } = await call('check_conversation', { transcript: [{ from: 'customer', text: 'Hi, my parcel is late.' }, { from: 'agent', text: 'Hello! I’m sorry to hear that.' }] });
    expect(typeof (value as { score: number }).score).toBe('number');
  });
});
