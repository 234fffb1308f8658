import { contactName, helpDeskReplies, replyEntries, type HelpDeskProfile } from './helpdesk';
import type { ExportFile, ExportFormat } from './types';
import { groupByLocale, json } from './write';

/**
 * Chatwoot canned responses, as its API takes them (`POST /api/v1/accounts/{id}/canned_responses`
 * with `{ short_code, content }`), one JSON array per locale. Chatwoot replaces `{{…}}` when an
 * agent inserts a response (`replaceVariablesInMessage` in `@chatwoot/utils`): an unknown or empty
 * variable becomes "", so the customer's name is never used (a contact without a name would read
 * "Hello, !", and Chatwoot cannot put "Jānis" in the vocative "Jāni"). The content is Markdown,
 * as Chatwoot's editor writes it.
 */
export const CHATWOOT_PROFILE: HelpDeskProfile = {
  tool: 'Chatwoot',
  variables: {
    // Chatwoot fills agent.* from the conversation's assignee: empty while it is unassigned. Used
    // only where the template needs the name of the agent writing (who has taken the conversation).
    agentName: { expression: '{{agent.first_name}}', guaranteed: false, assumedWhenRequired: true, note: 'the assignee: assign the conversation to yourself before inserting' },
    ...contactName('{{contact.first_name}}', 'empty for a contact without a name'),
  },
};

/** A Chatwoot canned response as its API takes it. */
export interface ChatwootCannedResponse {
  readonly short_code: string;
  readonly content: string;
}

export const chatwoot: ExportFormat = {
  name: 'chatwoot',
  summary: 'Chatwoot canned responses ({ short_code, content }), one JSON file per locale',
  write(units) {
    const { replies, notes, refused } = helpDeskReplies(units, CHATWOOT_PROFILE, ['markdown']);
    const files: ExportFile[] = groupByLocale(replies, (r) => r.unit.code).map(([locale, list]) => ({
      path: `chatwoot/${locale}.json`,
      locale,
      content: json(list.map((r): ChatwootCannedResponse => ({ short_code: r.shortCode, content: r.text.markdown! }))),
    }));
    const entries = replyEntries(replies);
    return { files, entries, notes, refused };
  },
};
