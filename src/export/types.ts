import type { Register } from '../core/types';
import type { ExportRefusal, ExportUnit, FixedDecisions } from './source';

/** A file an export writes: its path relative to the output folder, and its text. */
export interface ExportFile {
  readonly path: string;
  /** The locale it holds, when it holds one (`lv`); absent for a file with every locale (Zendesk). */
  readonly locale?: string;
  readonly content: string;
}

/** One exported reply: which template, locale, register and phrasing it is, and under which name. */
export interface ExportEntry {
  /** The name the tool knows it by: a short code, a macro title, a response or template name. */
  readonly name: string;
  readonly templateId: string;
  readonly locale: string;
  readonly register: Register;
  /** Index of the template's phrasing (variant); bots get every phrasing as variations of one entry and list `-1`. */
  readonly variant: number;
  /** What the export decided because the tool cannot: `{ customerName: false, delayDays: 'few' }`. */
  readonly fixed: FixedDecisions;
  /** The names the tool fills in or the bot passes (`agent.first_name`, `orderId`, `since_time`). */
  readonly variables: readonly string[];
  /** Fill-in slots an agent must replace (`[ORDER_ID]`), for help desks. */
  readonly slots: readonly string[];
}

/** Why something was exported differently from what the renderer would write, for the report. */
export type ExportNoteCode =
  /** A name in direct address left out: the tool cannot put it in the vocative, or may leave it empty. */
  | 'name-left-out'
  /** An optional variable left out: the tool cannot branch on it. */
  | 'optional-left-out'
  /** A flag the renderer derives (the part of the day) taken as false. */
  | 'derived-flag'
  /** A variable the tool has no equivalent for, left as a fill-in slot for the agent. */
  | 'fill-in-slot'
  /** A plural form chosen up front: the agent types the number. */
  | 'plural-fixed'
  /** A variable mapped to the tool's own. */
  | 'tool-variable';

/** One note of the report. */
export interface ExportNote {
  readonly code: ExportNoteCode;
  readonly templateId: string;
  readonly locale: string;
  readonly register: Register;
  readonly variable: string;
  readonly message: string;
}

/** What an export did: what it wrote, what it had to decide, and what it refused. */
export interface ExportReport {
  readonly format: string;
  readonly entries: number;
  readonly notes: readonly ExportNote[];
  readonly refused: readonly ExportRefusal[];
}

/** Options every format understands, besides what to export. */
export interface FormatOptions {
  /**
   * Rasa only: the Rasa output channels that get the html and Markdown text where it differs from
   * the plain text, e.g. `{ markdown: 'socketio' }`. Default: none (plain text for every channel).
   * Rasa prefers a channel's own variations; some versions pick among all of them on a channel
   * that has none, so name every channel the bot uses.
   */
  readonly rasaChannels?: Readonly<Partial<Record<'html' | 'markdown', string>>>;
}

/** What a format module returns. */
export interface FormatOutput {
  readonly files: readonly ExportFile[];
  readonly entries: readonly ExportEntry[];
  readonly notes: readonly ExportNote[];
  readonly refused: readonly ExportRefusal[];
}

/**
 * A target format: one module per tool (`src/export/<name>.ts`), each of this shape, listed in
 * `src/export/index.ts`. See docs/exports.md, "Adding a format".
 */
export interface ExportFormat {
  /** The name `--to` takes: `chatwoot`. */
  readonly name: string;
  /** What it writes, for `--help`: `Chatwoot canned responses (JSON, one file per locale)`. */
  readonly summary: string;
  /** Writes the resolved templates (sorted by id, then locale, then register). */
  write(units: readonly ExportUnit[], options: FormatOptions): FormatOutput;
}
