import { getMessageVariables, replaceVariablesInMessage } from '@chatwoot/utils';
import { describe, expect, it } from 'vitest';
import { createTactful, escapeMarkdown } from '../../src';
import { builtinTemplates } from '../../src/catalog';
import { botVariables, exportCatalog, FILL_IN_SLOT } from '../../src/export';
import { representativeCount } from '../../src/export/helpdesk';
import { ALL_LOCALES } from '../helpers';
import { variableSets } from './variable-sets';

/**
 * Every exported Chatwoot canned response, put through Chatwoot's own variable replacement
 * (`replaceVariablesInMessage` with `getMessageVariables` from @chatwoot/utils) for a contact with
 * a name, a contact without one, and an assigned agent, gives the reply tactful renders with the
 * same wording, once the agent has filled in the slots. The names are ones Latvian, Lithuanian
 * and Ukrainian put in the vocative: the nominative must never stand where the vocative belongs.
 */
const result = exportCatalog('chatwoot', { locales: ALL_LOCALES });
const tactful = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
const descriptors = new Map(tactful.templates().map((t) => [t.id, t]));
const templates = new Map(builtinTemplates.map((t) => [t.id, t]));
const NAMES: Record<string, string> = { en: 'Sarah Miller', ro: 'Ioana Popescu', ru: 'Ольга Смирнова', lv: 'Jānis Bērziņš', lt: 'Jonas Kazlauskas', uk: 'Олег Коваленко' };
const AGENTS: Record<string, string> = { en: 'Tom Baker', ro: 'Andrei Ionescu', ru: 'Иван Петров', lv: 'Anna Kalniņa', lt: 'Rūta Petraitienė', uk: 'Марія Шевченко' };
const TIME_ZONE = 'Europe/Riga';
const NIGHT = new Date('2026-12-03T01:00:00Z');

function chatwootVariables(contactName: string | undefined, agentName: string) {
  const conversation = { id: 42, meta: { sender: { id: 7, name: contactName, email: 'customer@example.com' }, assignee: { name: agentName, email: 'agent@example.com' } }, custom_attributes: {} };
  return getMessageVariables({ conversation, contact: { custom_attributes: {} }, inbox: { id: 1, name: 'Support' } } as never) as unknown as Record<string, string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('chatwoot export', () => {
  it('exports every template in every locale, register and phrasing, refusing none', () => {
    expect(result.report.refused).toEqual([]);
    const phrasings = builtinTemplates.reduce((sum, t) => sum + t.variants.length, 0);
    expect(result.entries).toHaveLength(ALL_LOCALES.reduce((sum, l) => sum + l.registers.length, 0) * phrasings);
    for (const file of result.files) {
      const responses = JSON.parse(file.content) as Array<{ short_code: string; content: string }>;
      for (const r of responses) expect(Object.keys(r)).toEqual(['short_code', 'content']);
      expect(new Set(responses.map((r) => r.short_code)).size).toBe(responses.length);
    }
    expect(result.entries.map((e) => e.name)).toContain('apology-wrong-item-lv');
  });

  it('leaves no placeholder but Chatwoot\'s own variables and the marked fill-in slots', () => {
    for (const file of result.files) {
      for (const { content } of JSON.parse(file.content) as Array<{ content: string }>) {
        const rest = content.replace(/\{\{(?:agent|contact)\.[a-z_]+\}\}/g, '').replace(FILL_IN_SLOT, '');
        expect(rest, content).not.toMatch(/[{}]|\[[^\]]*\]/);
      }
    }
  });

  it.each(ALL_LOCALES.map((l) => [l.code] as const))('%s: Chatwoot fills in what tactful renders', (code) => {
    const locale = ALL_LOCALES.find((l) => l.code === code)!;
    const responses = new Map((JSON.parse(result.files.find((f) => f.locale === code)!.content) as Array<{ short_code: string; content: string }>).map((r) => [r.short_code, r.content]));
    const contacts = [NAMES[code], undefined];
    const agentFirstName = AGENTS[code]!.split(' ')[0]!;
    let compared = 0;
    const problems: string[] = [];
    for (const entry of result.entries.filter((e) => e.locale === code)) {
      const content = responses.get(entry.name)!;
      const descriptor = descriptors.get(entry.templateId)!;
      const template = templates.get(entry.templateId)!;
      const [example] = variableSets(descriptor, code, entry.fixed);
      const variables: Record<string, unknown> = { ...example };
      for (const [name, decision] of Object.entries(entry.fixed)) {
        if (typeof decision === 'string') variables[name] = representativeCount({ template } as never, name);
      }
      if (entry.variables.includes('{{agent.first_name}}')) variables.agentName = agentFirstName;
      else if (entry.fixed.agentName === false) delete variables.agentName;
      const ours = tactful.render(entry.templateId as never, variables as never, { locale: code, register: entry.register, variant: entry.variant, channel: 'markdown', timeZone: TIME_ZONE, now: NIGHT });
      const formatted = botVariables(template, variables, { locale, register: entry.register, timeZone: TIME_ZONE });
      const values = new Set(Object.values(formatted).filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => escapeMarkdown(String(v).replace('.', ','))));
      for (const v of Object.values(formatted)) if (typeof v === 'string' || typeof v === 'number') values.add(escapeMarkdown(String(v)));
      // A link in Markdown is an autolink; the agent pastes the address.
      for (const v of descriptor.variables) if (v.kind === 'url' && typeof variables[v.name] === 'string') values.add(`<${variables[v.name] as string}>`);
      for (const contact of contacts) {
        const filled = replaceVariablesInMessage({ message: content, variables: chatwootVariables(contact, AGENTS[code]!) });
        compared++;
        // The agent fills each slot with the value the renderer would show there.
        const slots = filled.match(FILL_IN_SLOT) ?? [];
        // Each slot stands for one of the values (longest first), so two slots side by side
        // ("[EFFECTIVE_DATE] [PRODUCT_NAME]") split where the values do.
        const alternatives = [...values].filter((v) => v !== '').sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
        const pattern = new RegExp(`^${filled.split(FILL_IN_SLOT).map(escapeRegExp).join(`(${alternatives})`)}$`, 's');
        const match = pattern.exec(ours);
        if (!match) {
          problems.push(`${entry.name} (contact ${contact ?? 'without a name'})\n  tactful:  ${ours}\n  chatwoot: ${filled}`);
          continue;
        }
        match.slice(1).forEach((gap, i) => {
          if (!values.has(gap)) problems.push(`${entry.name}: slot ${slots[i]} stands for "${gap}", which is none of the values`);
        });
        if (contact) expect(filled).not.toContain(contact.split(' ')[0]);
        expect(filled).not.toMatch(/\{\{|\}\}/);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    console.log(`chatwoot ${code}: ${compared} responses compared`);
  });
});
