import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { tactfulWithAllLocales } from '../../tests/helpers';
import { variablesJsonSchema, toJsonValue } from './schema';
import { callTool, templateToolDefinitions, toolDefinitions } from './tools';

const tactful = tactfulWithAllLocales();
const ajv = new Ajv({ strict: true, allErrors: true });

describe('JSON Schema of every template’s variables', () => {
  it.each(tactful.templates().map((t) => [t.id, t] as const))('%s: its example validates, a missing required variable does not', (_id, template) => {
    const validate = ajv.compile(variablesJsonSchema(template.variables));
    const example = toJsonValue(template.example) as Record<string, unknown>;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    for (const variable of template.variables.filter((v) => v.required)) {
      const { [variable.name]: _dropped, ...missing } = example;
      expect(validate(missing), variable.name).toBe(false);
    }
    expect(validate({ ...example, customerNmae: 'Sarah' })).toBe(false);
  });

  it('every tool definition is a valid schema and a valid name', () => {
    for (const tool of [...toolDefinitions(), ...templateToolDefinitions(tactful)]) {
      expect(tool.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(() => ajv.compile(tool.parameters)).not.toThrow();
    }
  });
});

describe('callTool', () => {
  it('renders with JSON values: dates as ISO strings, money as objects', () => {
    const template = tactful.templates().find((t) => t.variables.some((v) => v.kind === 'date'))!;
    const outcome = callTool(tactful, 'render_template', { id: template.id, variables: toJsonValue(template.example), locale: 'lv', register: 'informal' });
    expect(outcome.ok).toBe(true);
  });

  it('returns wrong arguments as errors naming the variable', () => {
    const outcome = callTool(tactful, 'render_template', { id: 'greeting.welcome', variables: { customerName: '' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toContain('customerName');
    const unknown = callTool(tactful, 'render_template', { id: 'greeting.welcom' });
    expect(!unknown.ok && unknown.error).toContain('greeting.welcome');
    expect(callTool(tactful, 'guard_reply', { text: 5 }).ok).toBe(false);
    expect(callTool(tactful, 'nope', {}).ok).toBe(false);
    expect(callTool(tactful, 'lint_reply', 'text').ok).toBe(false);
  });

  it('guards with the commitments allowed', () => {
    const held = callTool(tactful, 'guard_reply', { text: 'We’ll send you a replacement today.', locale: 'en' });
    const allowed = callTool(tactful, 'guard_reply', { text: 'We’ll send you a replacement today.', locale: 'en', allow: ['replacement'] });
    expect(held.ok && (held.value as { verdict: string }).verdict).toBe('block');
    expect(allowed.ok && (allowed.value as { verdict: string }).verdict).toBe('send');
  });
});
