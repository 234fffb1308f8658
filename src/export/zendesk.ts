import { contactName, helpDeskReplies, replyEntries, type HelpDeskProfile } from './helpdesk';
import type { ExportFormat } from './types';
import { json } from './write';

/**
 * Zendesk macros whose text is dynamic content: one dynamic content item per reply, with a
 * variant per locale (the source locale, `en`, is the default), and one macro that writes
 * `{{dc.<item>}}` into the comment. Zendesk then picks the variant in the requester's language.
 * One file holds every locale, as Zendesk keeps them together.
 *
 * Zendesk assigns locale and item ids per account, so the file names locales by code
 * (`"locale": "lv"`); the import script in docs/exports.md maps them to `locale_id` with
 * `GET /api/v2/locales` before posting.
 */
export const ZENDESK_PROFILE: HelpDeskProfile = {
  tool: 'Zendesk',
  variables: {
    // The agent applying the macro: always known.
    agentName: { expression: '{{current_user.first_name}}', guaranteed: true, note: 'the agent applying the macro' },
    ...contactName('{{ticket.requester.first_name}}', 'empty or an email address for a requester without a name'),
  },
};

/** A dynamic content item as the export writes it: the API's item with locale codes for ids. */
export interface ZendeskDynamicContentItem {
  readonly name: string;
  readonly default_locale: string;
  readonly variants: ReadonlyArray<{ readonly locale: string; readonly default: boolean; readonly content: string }>;
}

/** A macro as the API takes it (`POST /api/v2/macros`). */
export interface ZendeskMacro {
  readonly title: string;
  readonly description: string;
  readonly active: boolean;
  readonly actions: ReadonlyArray<{ readonly field: string; readonly value: string }>;
}

export const zendesk: ExportFormat = {
  name: 'zendesk',
  summary: 'Zendesk macros with their text in dynamic content, every locale in one JSON file',
  write(units) {
    const { replies, notes, refused } = helpDeskReplies(units, ZENDESK_PROFILE, ['text']);
    const items = new Map<string, { reply: (typeof replies)[number]; variants: Map<string, string> }>();
    for (const reply of replies) {
      const name = itemName(reply.unit.template.id, reply.unit.register, reply.variant);
      if (!items.has(name)) items.set(name, { reply, variants: new Map() });
      items.get(name)!.variants.set(reply.unit.code, reply.text.text!);
    }
    const dynamicContent: ZendeskDynamicContentItem[] = [];
    const macros: ZendeskMacro[] = [];
    for (const [name, { reply, variants }] of items) {
      const defaultLocale = variants.has('en') ? 'en' : [...variants.keys()][0]!;
      dynamicContent.push({
        name,
        default_locale: defaultLocale,
        variants: [...variants].map(([locale, content]) => ({ locale, default: locale === defaultLocale, content })),
      });
      const { template, register } = reply.unit;
      macros.push({
        title: `tactful::${template.category}::${template.name}${register === 'informal' ? ' (informal)' : ''}${reply.variant > 0 ? ` ${reply.variant + 1}` : ''}`,
        description: `${template.description} [${template.id}${template.tags.length ? `; tags: ${template.tags.join(', ')}` : ''}]`,
        active: true,
        actions: [{ field: 'comment_value', value: `{{dc.${name}}}` }],
      });
    }
    const entries = replyEntries(replies, (r) => itemName(r.unit.template.id, r.unit.register, r.variant));
    return { files: [{ path: 'zendesk/zendesk.json', content: json({ dynamic_content_items: dynamicContent, macros }) }], entries, notes, refused };
  },
};

/** `apology.wrong-item`, informal, variant 2 → `tactful_apology_wrong_item_informal_2`: Zendesk's placeholder is the name. */
function itemName(id: string, register: string, variant: number): string {
  return ['tactful', id.replace(/[.-]/g, '_'), register === 'informal' ? 'informal' : '', variant > 0 ? String(variant + 1) : ''].filter(Boolean).join('_');
}
