import { TextlintKernel } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import { describe, expect, it } from 'vitest';
import type { TextlintRuleModule } from '@textlint/types';
import tactfulRule from './index';

// Our rule types only the parts of textlint's context it uses; textlint's own types are wider.
const rule = tactfulRule as unknown as TextlintRuleModule;

const kernel = new TextlintKernel();
const base = { ext: '.md', plugins: [{ pluginId: 'markdown', plugin: markdownPlugin }] };

async function lintMarkdown(text: string, options: object = {}) {
  const result = await kernel.lintText(text, { ...base, rules: [{ ruleId: 'tactful', rule, options }] });
  return result.messages.map((m) => ({ line: m.line, column: m.column, message: m.message, severity: m.severity }));
}

describe('tactful as a textlint rule', () => {
  it('reports with the exact position inside the document', async () => {
    const messages = await lintMarkdown('# Returns\n\nSorry, **rules** are rules. Rules are rules.\n');
    expect(messages.map((m) => [m.line, m.column])).toEqual([
      [3, 10],
      [3, 29],
    ]);
    expect(messages[0]!.message).toMatch(/\(policy-shield\)$/);
  });

  it('skips code, link targets and block quotes', async () => {
    const text = 'Use `calm down` here, see [the guide](https://x.test/calm-down).\n\n> Calm down, it is company policy.\n\n```\nrules are rules\n```\n';
    expect(await lintMarkdown(text)).toEqual([]);
  });

  it('takes the linter options, including the locale', async () => {
    expect(await lintMarkdown('Calm down.', { rules: { dismissive: 'off' } })).toEqual([]);
    expect(await lintMarkdown('Calm down.', { locale: 'ru' })).toEqual([]);
    expect(await lintMarkdown('Calm down.', { locale: 'en' })).toHaveLength(1);
  });

  it('names the flagged phrase in each message', async () => {
    const [message] = await lintMarkdown('Sorry, rules are rules.\n');
    expect(message!.message).toContain('rules are rules');
  });

  it.each([
    [{}, [2, 1]],
    [{ rules: { slang: 'info' } }, [2, 3]],
    [{ rules: { 'policy-shield': 'warning' } }, [1, 1]],
  ])('maps each diagnostic\'s severity to textlint\'s (error 2, warning 1, info 3): %j', async (options, severities) => {
    const messages = await lintMarkdown('Rules are rules. Pls wait.\n', options);
    expect(messages.map((m) => m.severity)).toEqual(severities);
  });

  it.each([[{ rulez: { jargon: 'off' } }, 'rulez'], [{ rules: { jargn: 'off' } }, 'rules.jargn'], [{ register: 'casual' }, 'register']])(
    'reports a misspelt option instead of ignoring it: %j',
    async (options, option) => {
      await expect(lintMarkdown('Calm down.', options)).rejects.toMatchObject({ code: 'INVALID_OPTIONS', option: expect.stringContaining(option) });
      await expect(kernel.fixText('Calm down.', { ...base, rules: [{ ruleId: 'tactful', rule, options }] })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    },
  );

  it('accepts textlint\'s own severity key beside ours', async () => {
    expect(await lintMarkdown('Calm down.', { severity: 'warning', locale: 'en' })).toHaveLength(1);
  });

  it('attaches each safe fix to its report when linting, so textlint marks it fixable', async () => {
    // textlint runs a fixable rule's `linter` without --fix: the fix must be there too, with the
    // range in the document (the rule reports it relative to the paragraph it linted).
    const text = '# Returns\n\nRun `pls` here, pls!!! Rules are rules.\n';
    const result = await kernel.lintText(text, { ...base, rules: [{ ruleId: 'tactful', rule, options: {} }] });
    expect(result.messages.map((m) => [m.message.match(/\((\S+)\)$/)?.[1], m.range, m.fix])).toEqual([
      ['slang', [27, 30], { range: [27, 30], text: 'please' }],
      ['shouting', [30, 33], { range: [30, 33], text: '!' }],
      ['policy-shield', [34, 49], undefined],
    ]);
  });

  it('fixes with textlint --fix', async () => {
    const result = await kernel.fixText('Pls read this!!!\n', { ...base, rules: [{ ruleId: 'tactful', rule, options: {} }] });
    expect(result.output).toBe('Please read this!\n');
  });
});
