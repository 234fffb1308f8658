import { escapeHtml } from '../core/escape';
import type { MessageSegment } from '../core/message';
import type { Structure, StructureNode } from '../core/structure';
import type { Channel } from '../core/types';
import type { VariableKind } from '../core/variables';
import { finishOutput } from '../render/output';
import { pluralSamples } from '../core/format';
import { planKey } from '../render/plan';

/**
 * A template, written out for a tool that cannot run our renderer: every `{{#if}}` and every
 * plural form is either decided up front (the tool cannot branch on it) or turned into a
 * condition the tool checks itself. What is left of one path through the structure is a
 * {@link ExportCase}: the conditions that select it and its text, as literal text and the
 * variables the tool fills in.
 */

/** A variable the tool fills in, as a message places it. */
export interface VariableRef {
  /** The template's variable (for `{{count}}` of a plural message, the variable that counts). */
  readonly name: string;
  /** The placeholder's format, as the message writes it (`date`, `time`, `list`…); `count` for the number of a plural message. */
  readonly format: string | undefined;
  readonly options: Readonly<Record<string, string>>;
  /**
   * One name for the value as the customer reads it: `orderId`, `since_time`,
   * `newDeliveryDate_date_numeric`, `guideTitles_list_quoted`. Bots pass formatted values under
   * it; help desks name their fill-in slots after it.
   */
  readonly key: string;
}

/** Literal text (already escaped for the channel) or a variable. */
export type Piece = string | VariableRef;

/** What selects a case: a variable given or not (`{{#if}}`), or the plural category of a count. */
export type Condition =
  | { readonly kind: 'given'; readonly name: string; readonly value: boolean }
  | { readonly kind: 'plural'; readonly name: string; readonly category: string };

/** One path through a template: when it applies, and its text. */
export interface ExportCase {
  /** By `given:<name>` and `plural:<name>`; the tool checks these. Decisions the policy fixed are not here. */
  readonly when: ReadonlyMap<string, Condition>;
  readonly pieces: readonly Piece[];
}

/** How a tool deals with what it cannot decide itself. */
export interface ExpandPolicy {
  /** `true`/`false` to fix a `{{#if name}}`, `undefined` to let the tool check it. */
  given(name: string): boolean | undefined;
  /** A plural category to fix for a count, `undefined` to let the tool choose. */
  plural(countVariable: string): string | undefined;
}

/** The key a value is passed under: `since` + `time` → `since_time`; dots become underscores. */
export function variableKey(name: string, format: string | undefined, options: Readonly<Record<string, string>>): string {
  const parts = [name.replace(/\./g, '_')];
  if (format !== undefined && format !== 'count') parts.push(format);
  if (options.style === 'numeric') parts.push('numeric');
  if (options.type === 'disjunction') parts.push('or');
  if (options.quote === 'true') parts.push('quoted');
  return parts.join('_');
}

/**
 * The format a placeholder really has: the renderer formats a plain `{{amount}}` of money as
 * money, a plain date as a date, a plain list as a list and a plain number as a number, so a tool
 * must be given those values formatted too. `number` stands for every number shown as a number.
 */
export function effectiveFormat(format: string | undefined, kind: VariableKind | undefined): string | undefined {
  if (format !== undefined) return format;
  if (kind === 'money') return 'currency';
  if (kind === 'date') return 'date';
  if (kind === 'list') return 'list';
  if (kind === 'count' || kind === 'number' || kind === 'percent') return 'number';
  return undefined;
}

interface State {
  readonly when: Map<string, Condition>;
  readonly pieces: Piece[];
}

/** The messages of one template in one locale and register, by plan key (`named`, `eta#few`). */
export type ResolvedMessages = ReadonlyMap<string, readonly MessageSegment[]>;

/**
 * Walks one structure (one variant) and returns every case the tool must tell apart, in a
 * stable order. `vocative` is the locale's, when it has one: a `{{name, vocative}}` then keeps
 * its format (the caller decides what a tool can do with it); without it the name stands as given.
 */
export function expandStructure(
  structure: Structure,
  messages: ResolvedMessages,
  locale: string,
  policy: ExpandPolicy,
  hasVocative: boolean,
  kindOf: (name: string) => VariableKind | undefined,
): ExportCase[] {
  const categories = [...pluralSamples(locale).keys()];
  const visit = (nodes: readonly StructureNode[], states: State[]): State[] => {
    let current = states;
    for (const node of nodes) {
      if (typeof node === 'string') {
        for (const state of current) state.pieces.push(node);
      } else if ('t' in node) {
        const next: State[] = [];
        for (const state of current) {
          if (node.count === undefined) {
            appendMessage(state, messages.get(planKey(node.t)), undefined, hasVocative, kindOf);
            next.push(state);
            continue;
          }
          const known = state.when.get(`plural:${node.count}`);
          const fixed = known?.kind === 'plural' ? known.category : policy.plural(node.count);
          const choices = fixed !== undefined ? [fixed] : categories;
          for (const category of choices) {
            const branch = fixed !== undefined ? state : fork(state);
            if (fixed === undefined) branch.when.set(`plural:${node.count}`, { kind: 'plural', name: node.count, category });
            appendMessage(branch, messages.get(planKey(node.t, category)), node.count, hasVocative, kindOf);
            next.push(branch);
          }
        }
        current = next;
      } else {
        const next: State[] = [];
        for (const state of current) {
          const known = state.when.get(`given:${node.if}`);
          const fixed = known?.kind === 'given' ? known.value : policy.given(node.if);
          if (fixed !== undefined) {
            next.push(...visit(fixed ? node.then : node.else, [state]));
            continue;
          }
          // A count both branched on and counted: "given" is decided first, its plural inside.
          const yes = fork(state);
          yes.when.set(`given:${node.if}`, { kind: 'given', name: node.if, value: true });
          const no = fork(state);
          no.when.set(`given:${node.if}`, { kind: 'given', name: node.if, value: false });
          next.push(...visit(node.then, [yes]), ...visit(node.else, [no]));
        }
        current = next;
      }
    }
    return current;
  };
  return visit(structure, [{ when: new Map(), pieces: [] }]).map((state) => ({ when: state.when, pieces: mergeText(state.pieces) }));
}

function fork(state: State): State {
  return { when: new Map(state.when), pieces: [...state.pieces] };
}

function appendMessage(
  state: State,
  segments: readonly MessageSegment[] | undefined,
  countVariable: string | undefined,
  hasVocative: boolean,
  kindOf: (name: string) => VariableKind | undefined,
): void {
  if (!segments) throw new Error('a message of the structure is not in the resolved messages');
  for (const segment of segments) {
    if (typeof segment === 'string') {
      state.pieces.push(segment);
      continue;
    }
    const isCount = countVariable !== undefined && segment.name === 'count';
    const name = isCount ? countVariable : segment.name;
    // Without a vocative rule a `{{name, vocative}}` shows the name as given: a plain value.
    const format = isCount ? 'count' : effectiveFormat(segment.format === 'vocative' && !hasVocative ? undefined : segment.format, kindOf(name));
    state.pieces.push({ name, format, options: segment.options, key: variableKey(name, format, segment.options) });
  }
}

function mergeText(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

// Private-use characters stand for variables while the text is finished for its channel, so
// paragraphs and trimming follow exactly the renderer's rules (finishOutput).
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * The case's text finished for a channel as the renderer finishes a reply: literal text escaped
 * for html, paragraphs (`<p>` in html), the edges trimmed. Variables stay variables.
 */
export function finishPieces(pieces: readonly Piece[], channel: Channel): Piece[] {
  const refs: VariableRef[] = [];
  let raw = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') raw += channel === 'html' ? escapeHtml(piece) : piece;
    else raw += `${OPEN}${refs.push(piece) - 1}${CLOSE}`;
  }
  const finished = finishOutput(raw, channel);
  const out: Piece[] = [];
  const pattern = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  let cursor = 0;
  for (const match of finished.matchAll(pattern)) {
    if (match.index > cursor) out.push(finished.slice(cursor, match.index));
    out.push(refs[Number(match[1])]!);
    cursor = match.index + match[0].length;
  }
  if (cursor < finished.length) out.push(finished.slice(cursor));
  return out;
}

/** Writes pieces as one string, each variable as `write` spells it. */
export function writePieces(pieces: readonly Piece[], write: (ref: VariableRef) => string, escape: (text: string) => string = (text) => text): string {
  return pieces.map((piece) => (typeof piece === 'string' ? escape(piece) : write(piece))).join('');
}

/** Every variable the pieces use, once each, in order. */
export function refsOf(pieces: readonly Piece[]): VariableRef[] {
  const seen = new Map<string, VariableRef>();
  for (const piece of pieces) if (typeof piece !== 'string' && !seen.has(piece.key)) seen.set(piece.key, piece);
  return [...seen.values()];
}

/** A stable text for a case's conditions, for sorting and grouping. */
export function conditionKey(when: ReadonlyMap<string, Condition>): string {
  return [...when]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]) => `${key}=${c.kind === 'given' ? c.value : c.category}`)
    .join('&');
}
