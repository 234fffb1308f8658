import { languageOf } from '../core/locale';
import { contactName, helpDeskReplies, replyEntries, type HelpDeskProfile } from './helpdesk';
import type { ExportFile, ExportFormat } from './types';
import { groupByLocale, json } from './write';

/**
 * Gorgias macros (`POST /api/macros`), one JSON array per locale: the reply as a
 * `setResponseText` action with its text and html bodies, the macro's `language` (ISO 639-1) set
 * so Gorgias offers it for tickets in that language, and the template's id, locale, register and
 * phrasing in `external_id`.
 */
export const GORGIAS_PROFILE: HelpDeskProfile = {
  tool: 'Gorgias',
  variables: {
    // The agent applying the macro: always known.
    agentName: { expression: '{{current_user.firstname}}', guaranteed: true, note: 'the agent applying the macro' },
    ...contactName('{{ticket.customer.firstname}}', 'empty for a customer without a name'),
  },
};

/** A Gorgias macro as its API takes it. */
export interface GorgiasMacro {
  readonly name: string;
  readonly external_id: string;
  readonly language: string;
  readonly actions: ReadonlyArray<{
    readonly name: 'setResponseText';
    readonly title: string;
    readonly type: 'user';
    readonly arguments: { readonly body_text: string; readonly body_html: string };
  }>;
}

export const gorgias: ExportFormat = {
  name: 'gorgias',
  summary: 'Gorgias macros (setResponseText, with their language), one JSON file per locale',
  write(units) {
    const { replies, notes, refused } = helpDeskReplies(units, GORGIAS_PROFILE, ['text', 'html']);
    const files: ExportFile[] = groupByLocale(replies, (r) => r.unit.code).map(([locale, list]) => ({
      path: `gorgias/${locale}.json`,
      locale,
      content: json(
        list.map(
          (r): GorgiasMacro => ({
            name: r.shortCode,
            external_id: `tactful:${r.unit.template.id}:${r.unit.code}:${r.unit.register}:${r.variant + 1}`,
            language: languageOf(r.unit.code),
            actions: [{ name: 'setResponseText', title: 'Set response text', type: 'user', arguments: { body_text: r.text.text!, body_html: r.text.html! } }],
          }),
        ),
      ),
    }));
    const entries = replyEntries(replies);
    return { files, entries, notes, refused };
  },
};
