import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createTactful } from '../instance/create-tactful';
import en from '../generated/locales/en';
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

  // Each was rendered or sent before (a hostile review, session 13).
  it('refuses an argument its schema does not have', () => {
    const outcome = callTool(tactful, 'render_template', { id: 'closing.anything-else', locale: 'de', strict: true });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('no argument "strict"') });
    expect(callTool(tactful, 'lint_reply', { text: 'Hi', locle: 'lv' }).ok).toBe(false);
  });

  it('refuses a day that is not in the calendar, where Date would move it', () => {
    for (const day of ['2026-02-30', '2026-04-31', '2026-02-29', '2026-12-01T24:00:00Z', '2026-12-01T10:60Z']) {
      const outcome = callTool(tactful, 'render_template', { id: 'apology.late-delivery', variables: { delayDays: 2, newDeliveryDate: day } });
      expect(outcome, day).toEqual({ ok: false, error: expect.stringContaining('newDeliveryDate') });
    }
    const leap = callTool(tactful, 'render_template', { id: 'apology.late-delivery', variables: { delayDays: 2, newDeliveryDate: '2028-02-29' }, locale: 'en' });
    expect(leap.ok && (leap.value as { text: string }).text).toContain('29 February 2028');
  });

  it('writes a day alone as that day in the instance’s time zone', () => {
    for (const timeZone of ['Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Riga']) {
      const host = createTactful({ locales: [en], timeZone });
      expect(host.timeZone).toBe(timeZone);
      const outcome = callTool(host, 'render_template', { id: 'apology.late-delivery', variables: { delayDays: 2, newDeliveryDate: '2026-12-01' } });
      expect(outcome.ok && (outcome.value as { text: string }).text, timeZone).toContain('1 December 2026');
    }
  });

  it('hands a guard the facts it refuses as an error, not a verdict', () => {
    const outcome = callTool(tactful, 'guard_reply', { text: 'I’ll refund you within 1 business day.', locale: 'en', facts: { refundDays: -1 } });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('commitments.facts.refundDays') });
  });

  // A text transcript was refused (a new user's first hour, session 13).
  it('checks a conversation given as text, as the CLI reads it', () => {
    const text = 'Customer: Hi, my parcel is late.\nAgent: Hello! I’m sorry it is late. I’ll check with the courier and write back within 2 hours.';
    const asText = callTool(tactful, 'check_conversation', { transcript: text, locale: 'en' });
    const asList = callTool(tactful, 'check_conversation', { transcript: [{ from: 'customer', text: 'Hi, my parcel is late.' }, { from: 'agent', text: 'Hello! I’m sorry it is late. I’ll check with the courier and write back within 2 hours.' }], locale: 'en' });
    expect(asText.ok).toBe(true);
    expect(asText).toEqual(asList);
    expect(callTool(tactful, 'check_conversation', { transcript: 'hello there' })).toEqual({ ok: false, error: expect.stringContaining('line 1') });
  });
});
