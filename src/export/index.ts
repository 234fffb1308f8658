/**
 * Exports the catalog (and your own templates) to the help desks and bot frameworks teams
 * already run: Chatwoot, Zendesk, Freshdesk, Gorgias, Rasa and Bot Framework LG.
 *
 * @packageDocumentation
 */
import { InvalidOptionsError } from '../core/errors';
import { nearest } from '../core/nearest';
import { chatwoot } from './chatwoot';
import { freshdesk } from './freshdesk';
import { gorgias } from './gorgias';
import { lg } from './lg';
import { rasa } from './rasa';
import { resolveUnits, type SourceOptions } from './source';
import type { ExportEntry, ExportFile, ExportFormat, ExportReport, FormatOptions } from './types';
import { zendesk } from './zendesk';

/** Every format by name. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = { chatwoot, zendesk, freshdesk, gorgias, rasa, lg };

/** The name of a built-in format. */
export type ExportFormatName = 'chatwoot' | 'zendesk' | 'freshdesk' | 'gorgias' | 'rasa' | 'lg';

/** Options of {@link exportCatalog}. */
export interface ExportOptions extends SourceOptions, FormatOptions {}

/** What {@link exportCatalog} returns: the files to write, one entry per exported reply, and the report. */
export interface ExportResult {
  readonly format: string;
  readonly files: readonly ExportFile[];
  readonly entries: readonly ExportEntry[];
  readonly report: ExportReport;
}

/**
 * Exports the catalog to a tool's own format, in every locale and register given. The same input
 * always gives the same bytes. Where the tool cannot do what the renderer does (choose a plural
 * form, put a name in the vocative, leave out a sentence when a value is missing), the export
 * uses wording that stays correct there and says so in `report.notes`; a template it cannot
 * express at all is left out and listed in `report.refused` with the reason.
 *
 * @example
 * ```ts
 * import { exportCatalog } from 'tactful/export';
 * import en from 'tactful/locales/en';
 * import lv from 'tactful/locales/lv';
 *
 * const { files, report } = exportCatalog('chatwoot', { locales: [en, lv] });
 * files.map((f) => f.path); // ['chatwoot/en.json', 'chatwoot/lv.json']
 * report.refused; // []
 * ```
 */
export function exportCatalog(format: ExportFormatName | ExportFormat, options: ExportOptions): ExportResult {
  const target = typeof format === 'object' && format !== null ? format : EXPORT_FORMATS[format];
  if (!target || typeof target.write !== 'function') {
    const guess = typeof format === 'string' ? nearest(format, Object.keys(EXPORT_FORMATS), 1)[0] : undefined;
    throw new InvalidOptionsError('format', `one of ${Object.keys(EXPORT_FORMATS).join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`, format);
  }
  const { units, refused } = resolveUnits(options);
  const output = target.write(units, options);
  return {
    format: target.name,
    files: output.files,
    entries: output.entries,
    report: { format: target.name, entries: output.entries.length, notes: output.notes, refused: [...refused, ...output.refused] },
  };
}

export { fillInSlot, FILL_IN_SLOT } from './helpdesk';
export { botVariables } from './bot-variables';
export type { BotVariablesOptions } from './bot-variables';
export type { ExportRefusal, FixedDecisions, SourceOptions } from './source';
export type { ExportEntry, ExportFile, ExportFormat, ExportNote, ExportNoteCode, ExportReport, FormatOptions, FormatOutput } from './types';

// For a format of your own (docs/exports.md, "Adding a format"): the same building blocks the built-in ones use.
export { expandStructure, finishPieces, refsOf, variableKey, writePieces } from './expand';
export type { Condition, ExpandPolicy, ExportCase, Piece, VariableRef } from './expand';
export { expandUnit, resolveUnits, shortCode } from './source';
export type { ExportUnit } from './source';
export { helpDeskReplies } from './helpdesk';
export type { HelpDeskProfile, HelpDeskReply, ToolVariable } from './helpdesk';
export { botPolicy, givenExpression, lgName } from './lg';
export { rasaName } from './rasa';
