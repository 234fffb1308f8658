import { contactName, helpDeskReplies, replyEntries, type HelpDeskProfile } from './helpdesk';
import type { ExportFile, ExportFormat } from './types';
import { groupByLocale, json } from './write';

/**
 * Freshdesk canned responses in folders, one folder per category and locale (`apology (lv)`),
 * one JSON file per locale. Each response is the body of `POST /api/v2/canned_responses`
 * (`title`, `content_html`, `visibility`) without `folder_id`, which Freshdesk assigns when the
 * folder is created (`POST /api/v2/canned_response_folders`); the import script in
 * docs/exports.md creates the folder first.
 */
export const FRESHDESK_PROFILE: HelpDeskProfile = {
  tool: 'Freshdesk',
  variables: {
    agentName: { expression: '{{ticket.agent.name}}', guaranteed: false, assumedWhenRequired: true, note: 'the ticket\'s agent: assign the ticket to yourself before inserting' },
    ...contactName('{{ticket.requester.firstname}}', 'empty for a requester without a name'),
  },
};

/** A folder of canned responses as the export writes it. */
export interface FreshdeskFolder {
  readonly name: string;
  readonly canned_responses: ReadonlyArray<{ readonly title: string; readonly content_html: string; readonly visibility: 0 | 1 | 2 }>;
}

export const freshdesk: ExportFormat = {
  name: 'freshdesk',
  summary: 'Freshdesk canned responses (content_html) in a folder per category, one JSON file per locale',
  write(units) {
    const { replies, notes, refused } = helpDeskReplies(units, FRESHDESK_PROFILE, ['html']);
    const files: ExportFile[] = groupByLocale(replies, (r) => r.unit.code).map(([locale, list]) => {
      const folders = groupByLocale(list, (r) => r.unit.template.category).map(
        ([category, responses]): FreshdeskFolder => ({
          name: `${category} (${locale})`,
          // 0: visible to all agents.
          canned_responses: responses.map((r) => ({ title: r.shortCode, content_html: r.text.html!, visibility: 0 })),
        }),
      );
      return { path: `freshdesk/${locale}.json`, locale, content: json({ folders }) };
    });
    const entries = replyEntries(replies);
    return { files, entries, notes, refused };
  },
};
