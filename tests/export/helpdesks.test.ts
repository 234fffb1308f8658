import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src';
import { EXPORT_FORMATS, exportCatalog, FILL_IN_SLOT, type ExportFormatName } from '../../src/export';
import { ALL_LOCALES } from '../helpers';

/**
 * The help-desk files validate against JSON Schemas written from each tool's API reference
 * (schemas/helpdesks, the source of each field in its $comment); every format is deterministic;
 * no placeholder survives but the tool's own; and the exported text passes tactful's linter,
 * where the only findings are the fill-in slots an agent must still replace.
 */
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormatName[];
const results = new Map(FORMATS.map((format) => [format, exportCatalog(format, { locales: ALL_LOCALES })]));
const ajv = new Ajv({ allErrors: true, strict: true });
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(new URL(`./schemas/helpdesks/${name}.schema.json`, import.meta.url), 'utf8')));

/** The tool's own variable syntax, which may stay in the text. */
const TOOL_VARIABLES: Record<string, RegExp> = {
  chatwoot: /\{\{(?:agent|contact)\.[a-z_]+\}\}/g,
  zendesk: /\{\{(?:current_user|ticket\.requester)\.[a-z_]+\}\}/g,
  freshdesk: /\{\{ticket\.(?:agent|requester)\.[a-z_]+\}\}/g,
  gorgias: /\{\{(?:current_user|ticket\.customer)\.[a-z_]+\}\}/g,
};

/** Every reply text of a help-desk file, with its locale and register. */
function texts(format: string, file: { content: string; locale?: string }): Array<{ text: string; locale: string; register: 'formal' | 'informal' }> {
  const data = JSON.parse(file.content);
  const register = (name: string) => (/informal/.test(name) ? 'informal' : 'formal') as 'formal' | 'informal';
  switch (format) {
    case 'chatwoot':
      return data.map((r: { short_code: string; content: string }) => ({ text: r.content, locale: file.locale!, register: register(r.short_code) }));
    case 'zendesk':
      return data.dynamic_content_items.flatMap((item: { name: string; variants: Array<{ locale: string; content: string }> }) =>
        item.variants.map((v) => ({ text: v.content, locale: v.locale, register: register(item.name) })),
      );
    case 'freshdesk':
      return data.folders.flatMap((f: { canned_responses: Array<{ title: string; content_html: string }> }) =>
        f.canned_responses.map((r) => ({ text: r.content_html, locale: file.locale!, register: register(r.title) })),
      );
    default:
      return data.flatMap((m: { name: string; actions: Array<{ arguments: { body_text: string; body_html: string } }> }) =>
        m.actions.flatMap((a) => [a.arguments.body_text, a.arguments.body_html].map((text) => ({ text, locale: file.locale!, register: register(m.name) }))),
      );
  }
}

describe('help-desk exports', () => {
  it.each(['chatwoot', 'zendesk', 'freshdesk', 'gorgias'])('%s: valid against the schema from its API reference', (format) => {
    const validate = schema(format);
    for (const file of results.get(format as ExportFormatName)!.files) {
      expect(validate(JSON.parse(file.content)), `${file.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it.each(['chatwoot', 'zendesk', 'freshdesk', 'gorgias'])('%s: every template in every locale and register, none refused', (format) => {
    const result = results.get(format as ExportFormatName)!;
    expect(result.report.refused).toEqual([]);
    const locales = new Set(result.entries.map((e) => `${e.locale} ${e.register}`));
    expect(locales.size).toBe(ALL_LOCALES.reduce((sum, l) => sum + l.registers.length, 0));
  });

  it.each(['chatwoot', 'zendesk', 'freshdesk', 'gorgias'])('%s: only the tool\'s variables and fill-in slots are left to fill', (format) => {
    for (const file of results.get(format as ExportFormatName)!.files) {
      for (const { text } of texts(format, file)) {
        const rest = text.replace(TOOL_VARIABLES[format]!, '').replace(FILL_IN_SLOT, '');
        expect(rest, text).not.toMatch(/[{}]|\[[^\]]*\]/);
      }
    }
  });

  it.each(['chatwoot', 'zendesk', 'gorgias'])('%s: the text passes the linter, but for the slots to fill and the tool\'s own variables', (format) => {
    const findings: string[] = [];
    for (const file of results.get(format as ExportFormatName)!.files) {
      for (const { text, locale, register } of texts(format, file)) {
        if (text.startsWith('<')) continue; // html bodies: the same words as the text bodies
        // The slots an agent fills, and the tool's own variables (`{{contact.first_name}}`), which the
        // tool fills when it sends: the unfilled-placeholder rule rightly sees both as placeholders.
        const slots = [...text.matchAll(FILL_IN_SLOT), ...text.matchAll(/\{\{\s*[\w.]+\s*\}\}/g)].map((m) => [m.index, m.index + m[0].length] as const);
        for (const d of lint(text, { locale, locales: ALL_LOCALES, register })) {
          const inSlot = slots.some(([start, end]) => d.offset >= start && d.offset + d.length <= end);
          if (!inSlot) findings.push(`${locale} ${register}: ${d.ruleId} “${d.text}” in ${text.slice(0, 80)}`);
        }
      }
    }
    expect(findings).toEqual([]);
  });
});

describe('every format', () => {
  it.each(FORMATS)('%s: the same input gives the same bytes', (format) => {
    const again = exportCatalog(format, { locales: [...ALL_LOCALES] });
    expect(again.files).toEqual(results.get(format)!.files);
  });

  it('lg and rasa: only their own variable syntax is left', () => {
    for (const file of results.get('lg')!.files) {
      for (const line of file.content.split('\n').filter((l) => /^\s*- /.test(l))) expect(line.replace(/\$\{[^}]*\}/g, ''), line).not.toMatch(/\{\{|\}\}|[{}]/);
    }
    for (const file of results.get('rasa')!.files) {
      for (const line of file.content.split('\n').filter((l) => /^\s*- text: /.test(l))) expect(line.replace(/\{[a-zA-Z_]+\}/g, ''), line).not.toMatch(/[{}]/);
    }
  });
});
