import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTactful, escapeMarkdown } from '../../src';
import { builtinTemplates } from '../../src/catalog';
import { botVariables, exportCatalog } from '../../src/export';
import { ALL_LOCALES } from '../helpers';
import { validateKwalify } from './kwalify';
import { variableSets } from './variable-sets';

/**
 * The exported Rasa domains parse as YAML, pass Rasa's own domain schema (a copy, see
 * schemas/rasa/SOURCE.md), and, with Rasa's response selection (conditions, then channel) and its
 * `{slot}` interpolation written out below as rasa/core/nlg/response.py and interpolator.py do it,
 * give the replies tactful renders, for every template, locale and register.
 */
const result = exportCatalog('rasa', { locales: ALL_LOCALES });
// With a Markdown channel: its own variations where links make the Markdown differ.
const withChannels = exportCatalog('rasa', { locales: ALL_LOCALES, rasaChannels: { markdown: 'socketio' } });
const tactful = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
const descriptors = new Map(tactful.templates().map((t) => [t.id, t]));
const templates = new Map(builtinTemplates.map((t) => [t.id, t]));
const schemaDir = new URL('./schemas/rasa/', import.meta.url);
const domainSchema = parse(readFileSync(new URL('domain.yml', schemaDir), 'utf8')) as Record<string, unknown>;
const responsesSchema = parse(readFileSync(new URL('responses.yml', schemaDir), 'utf8')) as Record<string, Record<string, unknown>>;
const TIME_ZONE = 'Europe/Riga';
const NIGHT = new Date('2026-12-03T01:00:00Z');

type Variation = { text: string; channel?: string; condition?: Array<{ type: string; name: string; value: unknown }> };

/** rasa/core/nlg/response.py: conditional variations that match win, else the default ones; then the channel's own. */
function suitable(variations: readonly Variation[], slots: Record<string, unknown>, channel: string): Variation[] {
  const defaults = variations.filter((v) => !v.condition);
  const conditional = variations.filter((v) => v.condition && v.condition.every((c) => (slots[c.name] ?? null) === c.value));
  const potential = conditional.length > 0 ? conditional : defaults;
  const own = potential.filter((v) => v.channel === channel);
  return own.length > 0 ? own : potential;
}

/** rasa/core/nlg/interpolator.py: `{slot}` filled with str(value) (Python prints None as "None"). */
function interpolate(text: string, slots: Record<string, unknown>): string {
  return text.replace(/\{([^\n{}]+?)\}/g, (_, name: string) => (slots[name] === undefined || slots[name] === null ? 'None' : String(slots[name])));
}

describe('rasa export', () => {
  it('exports every template in every locale and register, refusing none', () => {
    expect(result.report.refused).toEqual([]);
    expect(result.entries).toHaveLength(ALL_LOCALES.reduce((sum, l) => sum + l.registers.length, 0) * builtinTemplates.length);
  });

  it.each(ALL_LOCALES.map((l) => [l.code] as const))('%s: valid YAML that passes Rasa\'s domain schema', (code) => {
    const domain = parse(result.files.find((f) => f.locale === code)!.content) as Record<string, Record<string, Variation[]>>;
    expect(withChannels.files.find((f) => f.locale === code)!.content).toContain('channel: "socketio"');
    expect(validateKwalify(parse(withChannels.files.find((f) => f.locale === code)!.content), domainSchema, { responses: responsesSchema['schema;responses']! }, { require_response_keys: () => [] })).toEqual([]);
    const requireResponseKeys = (value: unknown, path: string) =>
      (value as Array<Record<string, unknown>>).flatMap((r, i) => (['text', 'custom', 'image', 'buttons', 'attachment', 'quick_replies'].some((k) => k in r) ? [] : [`${path}[${i}]: no text`]));
    expect(validateKwalify(domain, domainSchema, { responses: responsesSchema['schema;responses']! }, { require_response_keys: requireResponseKeys })).toEqual([]);
    expect(Object.keys(domain.responses!)).toHaveLength(result.entries.filter((e) => e.locale === code).length);
  });

  it.each(ALL_LOCALES.map((l) => [l.code] as const))('%s: Rasa picks and fills what tactful renders', (code) => {
    const domain = parse(result.files.find((f) => f.locale === code)!.content) as { responses: Record<string, Variation[]>; slots: Record<string, unknown> };
    const markdownDomain = parse(withChannels.files.find((f) => f.locale === code)!.content) as { responses: Record<string, Variation[]> };
    const locale = ALL_LOCALES.find((l) => l.code === code)!;
    const plural = new Intl.PluralRules(code);
    const problems: string[] = [];
    let compared = 0;
    for (const entry of result.entries.filter((e) => e.locale === code)) {
      const descriptor = descriptors.get(entry.templateId)!;
      const template = templates.get(entry.templateId)!;
      const urls = new Set(descriptor.variables.filter((v) => v.kind === 'url').map((v) => v.name));
      for (const variables of variableSets(descriptor, code, entry.fixed)) {
        const slots: Record<string, unknown> = { ...botVariables(template, variables, { locale, register: entry.register, timeZone: TIME_ZONE }) };
        for (const v of descriptor.variables) {
          const value = variables[v.name];
          slots[`${v.name}_given`] = value !== undefined && value !== '' && value !== 0;
          if (typeof value === 'number') slots[`${v.name}_plural`] = plural.select(value);
          if (typeof value === 'number' && v.kind !== 'money') slots[v.name] = String(value).replace('.', new Intl.NumberFormat(code).format(1.5).includes(',') ? ',' : '.');
        }
        for (const channel of ['rest', 'socketio'] as const) {
          const ours = new Set(
            Array.from({ length: descriptor.variants }, (_, variant) =>
              tactful.render(entry.templateId as never, variables as never, { locale: code, register: entry.register, variant, timeZone: TIME_ZONE, now: NIGHT, channel: channel === 'socketio' ? 'markdown' : 'text' }),
            ),
          );
          const responses = channel === 'socketio' ? markdownDomain.responses : domain.responses;
          // For a Markdown channel the bot escapes what it puts in slots, as the renderer escapes variables.
          const filled = channel === 'socketio' ? Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' && !urls.has(k) ? escapeMarkdown(v) : v])) : slots;
          const theirs = new Set(suitable(responses[entry.name]!, filled, channel).map((v) => interpolate(v.text, filled)));
          compared++;
          if ([...ours].sort().join('\n') !== [...theirs].sort().join('\n')) problems.push(`${entry.name} ${channel} ${JSON.stringify(variables)}\n  tactful: ${[...ours].join(' | ')}\n  rasa:    ${[...theirs].join(' | ')}`);
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    for (const entry of result.entries.filter((e) => e.locale === code)) for (const slot of entry.variables) expect(domain.slots).toHaveProperty(slot);
    console.log(`rasa ${code}: ${compared} selections compared`);
  });
});
