import { describeValue, InvalidTemplateError, InvalidVariablesError, refuseUnreadable } from '../core/errors';
import { parseMessage, placeholderKind, type PlaceholderKind } from '../core/message';
import { canonicalLocale } from '../core/locale';
import { copyMessageTrees, describeTreeProblem, flatten, isSafeKey, keyParts, readMessageTree } from '../core/message-keys';
import type { MessageTree } from '../core/types';
import { validateVariables } from '../core/validate';
import { describeVariable, type VariableKind } from '../core/variables';
import type { Structure } from '../core/structure';
import { assembleTemplate, structureNames, structuresOf, type Template, type TemplateSource, type VariableShape } from '../core/template';
import { compileStructure } from './analyze';

export { compileStructure } from './analyze';
export type { CompiledStructure } from './analyze';

/**
 * Defines a template at run time. The structure is checked now — syntax, helpers, variables —
 * so a broken template fails where it is written, with its id and the line and column, never
 * in front of a customer. This entry point loads Handlebars to parse the structure; the
 * built-in catalog is compiled at build time and never needs it. Either way a structure
 * becomes plain data, never code, so rendering needs no `eval` and works under a strict
 * Content-Security-Policy.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { createTactful, v } from 'tactful';
 * import { defineTemplate } from 'tactful/define';
 * import en from 'tactful/locales/en';
 *
 * const orderReady = defineTemplate({
 *   id: 'shop.order-ready',
 *   description: 'Tell the customer their order can be collected.',
 *   variables: { orderId: v.text('The order number') },
 *   structure: '{{t "body"}}',
 *   example: { orderId: 'A-1042' },
 *   messages: { en: { body: 'Good news: order {{orderId}} is ready to collect.' } },
 * });
 *
 * const tactful = createTactful({ locales: [en], templates: [orderReady] });
 * tactful.render('shop.order-ready', { orderId: 'A-1042' });
 * // → 'Good news: order A-1042 is ready to collect.'
 * ```
 */
export function defineTemplate<const Id extends string, S extends VariableShape>(input: TemplateSource<Id, S>): Template<Id, S> {
  // The id, once read: a field that cannot be read is told with the template it belongs to.
  let id = '(none)';
  try {
    return checkedTemplate(input, (known) => (id = known));
  } catch (error) {
    // A field that cannot be read is the definition's fault, told as one, not a TypeError from
    // deep inside (the input is not read again here: it may be what cannot be read).
    refuseUnreadable(error, (message) => new InvalidTemplateError(id, `a template definition must be plain data that can be read (${message})`));
  }
}

/**
 * The definition's own fields, each read once, the id first (told to `onId`): a getter answering
 * differently later, or a change to the caller's object after this call, cannot bring a value
 * the checks never saw into a reply.
 */
function readDefinition<T extends object>(input: T, onId: (id: string) => void): T {
  const source: Record<string, unknown> = {};
  const keys = Object.keys(input);
  for (const key of keys.includes('id') ? ['id', ...keys.filter((k) => k !== 'id')] : keys) {
    source[key] = (input as Record<string, unknown>)[key];
    if (key === 'id' && typeof source.id === 'string') onId(source.id);
  }
  return source as T;
}

function checkedTemplate<const Id extends string, S extends VariableShape>(input: TemplateSource<Id, S>, onId: (id: string) => void): Template<Id, S> {
  if (typeof input !== 'object' || input === null) throw new InvalidTemplateError('(none)', 'a template definition must be an object');
  // The messages are copied as they are checked too (frozen, without a prototype).
  const source = readDefinition(input, onId);
  if (typeof source.id !== 'string') throw new InvalidTemplateError('(none)', `a template id must be a string such as "shop.order-ready", received ${describeValue(source.id)}`);
  const id = source.id;
  if (source.messages !== undefined) (source as { messages?: unknown }).messages = copyTemplateMessages(id, source.messages);
  if (typeof source.description !== 'string' || source.description.trim() === '') {
    throw new InvalidTemplateError(id, 'a template needs a one-line description');
  }
  const tags: unknown = source.tags;
  // Every index, holes included (`every` skips them).
  if (tags !== undefined && !(Array.isArray(tags) && Array.from(tags as unknown[]).every((tag) => typeof tag === 'string' && tag.trim() !== ''))) {
    throw new InvalidTemplateError(id, `tags must be a list of words such as ["shop", "orders"], received ${describeValue(tags)}`);
  }
  if (typeof source.variables !== 'object' || source.variables === null) {
    throw new InvalidTemplateError(id, 'variables must be an object of zod schemas');
  }
  // The variables are kept as they are now: a schema swapped in later (v.url for v.text) must not
  // change what the checks below approved.
  (source as { variables: S }).variables = Object.freeze({ ...source.variables });
  for (const [name, schema] of Object.entries(source.variables)) {
    if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
      throw new InvalidTemplateError(id, `variables.${name} must be a zod schema such as v.text("…") or v.url("…"), received ${describeValue(schema)}`);
    }
  }
  const structures: unknown = source.structure;
  if (typeof structures !== 'string' && (!Array.isArray(structures) || structures.length === 0)) {
    throw new InvalidTemplateError(id, `structure must be Handlebars text or a non-empty array of them (one per phrasing), received ${describeValue(structures)}`);
  }
  const declared = structureNames(source);
  const variants: Structure[] = structuresOf(source).map((structure) => compileStructure(id, structure, declared).nodes);
  const template = assembleTemplate(source, variants);
  checkCounts(template);
  checkSaysSomething(template);
  checkExample(template);
  checkMessages(template);
  return template;
}

/** A template's messages by locale, read once into a frozen copy; refused, naming the key, where one is not text. */
function copyTemplateMessages(id: string, messages: unknown): Readonly<Record<string, MessageTree>> {
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
    throw new InvalidTemplateError(id, 'messages must be an object of locales, e.g. { en: { body: "…" } }');
  }
  for (const code of Object.keys(messages)) {
    // Refused here, not only when an instance loads the template.
    try {
      canonicalLocale(code);
    } catch {
      throw new InvalidTemplateError(id, `messages.${code}: a locale's messages go under its BCP 47 language tag, such as "en" or "lt-LT"`);
    }
  }
  const copy = copyMessageTrees(messages, (code, path, problem, value) => {
    throw new InvalidTemplateError(id, `messages${code ? `.${code}` : ''}${path ? `.${path}` : ''}: ${describeTreeProblem(problem, value)}`);
  });
  for (const tree of Object.values(copy)) deepFreeze(tree);
  return Object.freeze(copy);
}

function deepFreeze<T extends object>(tree: T): T {
  for (const value of Object.values(tree)) if (typeof value === 'object' && value !== null) deepFreeze(value);
  return Object.freeze(tree);
}

/** Kinds that can never choose a plural form: `count=` on one would only fail when a customer's reply is rendered. */
const NOT_COUNTS: ReadonlySet<VariableKind> = new Set(['text', 'money', 'date', 'list', 'url', 'boolean']);

function checkCounts(template: Template<string, VariableShape>): void {
  const visit = (nodes: Structure): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if ('t' in node) {
        if (node.count === undefined) continue;
        const schema = template.variables[node.count];
        // Not a variable: a derived flag, which is true or false.
        const kind: VariableKind = schema ? describeVariable(node.count, schema).kind : 'boolean';
        if (NOT_COUNTS.has(kind)) {
          throw new InvalidTemplateError(template.id, `{{t "${node.t}" count=${node.count}}}: "${node.count}" is a ${kind} variable; count= needs a number (v.count or v.number)`);
        }
      } else {
        visit(node.then);
        visit(node.else);
      }
    }
  };
  template.variants.forEach(visit);
}

/** Kinds a valid value of is always true to `{{#if}}`: a required one never takes the `{{else}}` branch. */
const ALWAYS_TRUE: ReadonlySet<VariableKind> = new Set(['text', 'list', 'url', 'money', 'date']);

/**
 * Every phrasing must say something whatever the variables: `{{#if customerName}}{{t "named"}}{{/if}}`
 * alone renders an empty reply for a customer without a name. Each way the flags can fall is
 * tried (a required name or list is always true); `{{#if x}}…{{/if}}{{#unless x}}…{{/unless}}`
 * says something either way. A phrasing with more than ten flags is left to the render's own
 * guard, which never sends a reply without a word.
 */
function checkSaysSomething(template: Template<string, VariableShape>): void {
  const alwaysTrue = (name: string) => {
    const schema = template.variables[name];
    if (!schema) return false;
    const { kind, required } = describeVariable(name, schema);
    return required && ALWAYS_TRUE.has(kind);
  };
  template.variants.forEach((variant, index) => {
    const flags = new Set<string>();
    const collect = (nodes: Structure): void => {
      for (const node of nodes) {
        if (typeof node === 'string' || 't' in node) continue;
        if (!alwaysTrue(node.if)) flags.add(node.if);
        collect(node.then);
        collect(node.else);
      }
    };
    collect(variant);
    const names = [...flags];
    if (names.length > 10) return;
    for (let mask = 0; mask < 1 << names.length; mask++) {
      const isTrue = (name: string) => alwaysTrue(name) || (mask & (1 << names.indexOf(name))) !== 0;
      const says = (nodes: Structure): boolean => nodes.some((node) => typeof node !== 'string' && ('t' in node || says(isTrue(node.if) ? node.then : node.else)));
      if (!says(variant)) {
        const which = template.variants.length > 1 ? `phrasing ${index + 1}` : 'the structure';
        // No flag to name: a required variable (always given) leads past every message.
        const when = names.length > 0 ? `when ${names.map((name) => `${name} ${isTrue(name) ? 'given' : 'not given'}`).join(', ')}` : 'whenever its required variables are given';
        throw new InvalidTemplateError(template.id, `${which} renders an empty reply ${when}: a {{#if}} or {{#unless}} without a message on every branch (add {{else}} with a message)`);
      }
    }
  });
}

/** The example must render: it is what the catalog, the docs and a caller's tests rely on. */
function checkExample(template: Template<string, VariableShape>): void {
  if (typeof template.example !== 'object' || template.example === null) {
    throw new InvalidTemplateError(template.id, 'a template needs an example: a complete set of variables that renders it');
  }
  try {
    validateVariables(template, template.example);
  } catch (error) {
    if (error instanceof InvalidVariablesError) {
      throw new InvalidTemplateError(template.id, `its example does not fit its variables: ${error.issues.map((i) => `${i.variable || '(example)'} ${i.problem}`).join('; ')}`);
    }
    throw error;
  }
}

/**
 * The messages a template brings (`messages: { en: { … } }`) are checked now, not at the first
 * render, where a typo would only make the reply fall back to another language: each must parse,
 * use only declared variables (and `{{count}}` where the structure passes one), and every message
 * the structure uses must be written in at least one of the locales given.
 */
/**
 * Which kinds of variable each kind of format fits: a link only a url (a text variable shown as
 * a link would put the customer's words into `href`), a date format only a date, and so on.
 * A plain placeholder fits every variable.
 */
const FITS: Readonly<Record<PlaceholderKind, readonly VariableKind[]>> = {
  plain: ['text', 'number', 'percent', 'count', 'money', 'date', 'list', 'url', 'boolean', 'unknown'],
  link: ['url'],
  date: ['date', 'unknown'],
  list: ['list', 'unknown'],
  percent: ['number', 'percent', 'count', 'unknown'],
};

function checkMessages(template: Template<string, VariableShape>): void {
  if (template.messages === undefined) return;
  if (typeof template.messages !== 'object' || template.messages === null) {
    throw new InvalidTemplateError(template.id, 'messages must be an object of locales, e.g. { en: { body: "…" } }');
  }
  const declared = new Set(Object.keys(template.variables));
  const kinds = new Map(Object.entries(template.variables as VariableShape).map(([name, schema]) => [name, describeVariable(name, schema).kind]));
  const counted = template.messageRefs.some((ref) => ref.counted);
  const written = new Set<string>();
  for (const [code, tree] of Object.entries(template.messages)) {
    if (!isSafeKey(code)) throw new InvalidTemplateError(template.id, `messages.${code}: ${describeTreeProblem('unsafe-key', undefined)}`);
    const texts = readMessageTree(tree, (path, problem, value) => {
      throw new InvalidTemplateError(template.id, `messages.${code}${path ? `.${path}` : ''}: ${describeTreeProblem(problem, value)}`);
    });
    for (const [path, text] of texts) {
      const where = `messages.${code}.${path}`;
      const parsed = parseMessage(text);
      if (!parsed.ok) throw new InvalidTemplateError(template.id, `${where}: ${parsed.problem}`);
      for (const segment of parsed.segments) {
        if (typeof segment === 'string') continue;
        const head = segment.name.split('.')[0] ?? '';
        if (!declared.has(head) && !(counted && head === 'count')) {
          throw new InvalidTemplateError(template.id, `${where} uses {{${segment.name}}}, which is not a variable of the template (${[...declared].join(', ') || 'none'})`);
        }
        const kind = placeholderKind(segment.format);
        const variable = kinds.get(segment.name);
        if (variable !== undefined && !FITS[kind].includes(variable)) {
          throw new InvalidTemplateError(template.id, `${where} formats {{${segment.name}, ${segment.format}}}, but ${segment.name} is a ${variable} variable (declare it with v.${kind === 'link' ? 'url' : kind === 'percent' ? 'percent' : kind})`);
        }
      }
      written.add(keyParts(path).base);
    }
  }
  const own = template.messageRefs.filter((ref) => !ref.raw.includes(':'));
  const missing = own.filter((ref) => !written.has(ref.raw)).map((ref) => `{{t "${ref.raw}"}}`);
  if (missing.length > 0) {
    throw new InvalidTemplateError(template.id, `the structure uses ${missing.join(', ')}, which no locale in messages (${Object.keys(template.messages).join(', ')}) has`);
  }
}
