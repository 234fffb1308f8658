import type { Channel } from '../core/types';
import { finishPieces, refsOf, writePieces, type ExpandPolicy, type VariableRef } from './expand';
import { expandUnit, pluralCategory, shortCode, type ExportRefusal, type ExportUnit, type FixedDecisions } from './source';
import type { ExportNote } from './types';

/**
 * What help desks share: an agent inserts a canned reply and edits it before sending. None of
 * Chatwoot, Zendesk, Freshdesk and Gorgias can choose a plural form or put a name in the vocative,
 * and their own variables are empty when the ticket lacks the value ("Labdien, !"). So each reply
 * is exported as the one wording that is right without them:
 *
 * - an optional variable is left out (the renderer's own wording without it), unless the tool
 *   always has its value (the agent applying a macro);
 * - a required variable becomes the tool's variable where the tool has one and may use it, or a
 *   fill-in slot such as `[ORDER_ID]` that the agent replaces (and the linter flags if forgotten);
 * - a plural message takes the form for the template's example count, next to the slot for the number;
 * - a flag the renderer derives (the part of the day) is false: "Hello" rather than "Good morning".
 */

/** A variable of the tool that can stand for one of ours. */
export interface ToolVariable {
  /** As the tool writes it: `{{agent.first_name}}`. */
  readonly expression: string;
  /** The tool always has a value (the agent applying a macro), so an optional variable may use it. */
  readonly guaranteed: boolean;
  /** For a required variable only: the value is there in the normal course (the agent who took the conversation over). */
  readonly assumedWhenRequired?: boolean;
  /** Why, for the report. */
  readonly note: string;
}

/** How one help desk fills in replies. */
export interface HelpDeskProfile {
  readonly tool: string;
  /** Our variable names → the tool's variables. */
  readonly variables: Readonly<Record<string, ToolVariable>>;
}

/** A fill-in slot for a variable: `orderId` → `[ORDER_ID]`, `since` as a time → `[SINCE_TIME]`. */
export function fillInSlot(ref: Pick<VariableRef, 'name' | 'format'>): string {
  const base = ref.name.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const suffix = ref.format === 'time' || ref.format === 'datetime' || ref.format === 'weekday' ? `_${ref.format.toUpperCase()}` : '';
  return `[${base}${suffix}]`;
}

/** A fill-in slot as exports write it: upper-case words in square brackets. */
export const FILL_IN_SLOT = /\[[A-Z][A-Z0-9_]*\]/g;

/** One reply for a help desk: its text in the channels asked for, and what was decided. */
export interface HelpDeskReply {
  readonly unit: ExportUnit;
  readonly variant: number;
  readonly shortCode: string;
  readonly text: Readonly<Partial<Record<Channel, string>>>;
  readonly variables: readonly string[];
  readonly slots: readonly string[];
  readonly fixed: FixedDecisions;
}

/** Writes every unit's variants as help-desk replies in the given channels. */
export function helpDeskReplies(
  units: readonly ExportUnit[],
  profile: HelpDeskProfile,
  channels: readonly Channel[],
): { replies: HelpDeskReply[]; notes: ExportNote[]; refused: ExportRefusal[] } {
  const replies: HelpDeskReply[] = [];
  const notes: ExportNote[] = [];
  const refused: ExportRefusal[] = [];
  for (const unit of units) {
    const usable = (name: string): ToolVariable | undefined => {
      const tool = profile.variables[name];
      if (!tool || unit.vocatives.has(name)) return undefined;
      const required = unit.variables.get(name)?.required ?? false;
      return tool.guaranteed || (required && tool.assumedWhenRequired) ? tool : undefined;
    };
    const policy: ExpandPolicy = {
      given(name) {
        if (unit.derived.has(name)) return false;
        if (usable(name)) return true;
        return unit.variables.get(name)?.required ?? false;
      },
      plural(name) {
        return pluralCategory(unit.code, representativeCount(unit, name));
      },
    };
    const { variants, fixed } = expandUnit(unit, policy);
    const note = (code: ExportNote['code'], variable: string, message: string) =>
      notes.push({ code, templateId: unit.template.id, locale: unit.code, register: unit.register, variable, message });
    for (const [name, decision] of Object.entries(fixed)) {
      if (unit.derived.has(name)) note('derived-flag', name, `${name}: the wording without the part of the day (${profile.tool} cannot tell the customer's time)`);
      else if (typeof decision === 'string') note('plural-fixed', name, `${name}: the plural form for ${representativeCount(unit, name)}; the agent types the number`);
      else if (decision === false && isName(unit, name)) note('name-left-out', name, `${name}: the wording without the name (${profile.tool} ${unit.vocatives.has(name) ? 'cannot put a name in the vocative' : 'leaves an unknown name empty'})`);
      else if (decision === false) note('optional-left-out', name, `${name}: the wording without it (${profile.tool} cannot tell whether it is known)`);
    }
    variants.forEach((cases, variant) => {
      if (cases.length !== 1) throw new Error(`${unit.template.id}: a help-desk policy must decide every branch`);
      const pieces = cases[0]!.pieces;
      const refs = refsOf(pieces);
      const bad = refs.find((ref) => ref.format === 'vocative' && !usable(ref.name) && !unit.variables.get(ref.name)?.required);
      if (bad) {
        refused.push({ templateId: unit.template.id, locale: unit.code, register: unit.register, reason: `${bad.name} is put in the vocative where ${profile.tool} cannot` });
        return;
      }
      const write = (ref: VariableRef): string => usable(ref.name)?.expression ?? fillInSlot(ref);
      const text: Partial<Record<Channel, string>> = {};
      for (const channel of channels) text[channel] = writePieces(finishPieces(pieces, channel), write);
      const slots = [...new Set(refs.filter((ref) => !usable(ref.name)).map(fillInSlot))];
      const variables = [...new Set(refs.map((ref) => usable(ref.name)?.expression).filter((e): e is string => e !== undefined))];
      if (variant === 0) {
        for (const ref of refs) {
          const tool = usable(ref.name);
          if (tool) note('tool-variable', ref.name, `${ref.name} → ${tool.expression} (${tool.note})`);
          else note('fill-in-slot', ref.name, `${ref.name} → ${fillInSlot(ref)}, for the agent to fill in`);
        }
      }
      replies.push({ unit, variant, shortCode: shortCode(unit, variant), text, variables, slots, fixed });
    });
  }
  return { replies, notes: dedupeNotes(notes), refused };
}

function isName(unit: ExportUnit, name: string): boolean {
  return unit.vocatives.has(name) || /name$/i.test(name);
}

/** The count whose plural form a help desk gets: the template's example, else 2. */
export function representativeCount(unit: ExportUnit, name: string): number {
  const value = (unit.template.example as Record<string, unknown>)[name];
  return typeof value === 'number' && value > 0 ? value : 2;
}

function dedupeNotes(notes: readonly ExportNote[]): ExportNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.code} ${n.templateId} ${n.locale} ${n.register} ${n.variable} ${n.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The customer's name in a tool: the same variable for a customer and a community member. */
export function contactName(expression: string, note: string): Pick<HelpDeskProfile['variables'], 'customerName' | 'memberName'> {
  const variable: ToolVariable = { expression, guaranteed: false, note };
  return { customerName: variable, memberName: variable };
}

/** What the export's report says of each reply: its name in the tool and how it was made. */
export function replyEntries(replies: readonly HelpDeskReply[], name: (reply: HelpDeskReply) => string = (r) => r.shortCode) {
  return replies.map((r) => ({
    name: name(r),
    templateId: r.unit.template.id,
    locale: r.unit.code,
    register: r.unit.register,
    variant: r.variant,
    fixed: r.fixed,
    variables: r.variables,
    slots: r.slots,
  }));
}
