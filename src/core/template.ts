import type { $ZodType, input } from 'zod/v4/core';
import * as z from 'zod/mini';
import { InvalidTemplateError } from './errors';
import type { Structure, StructureNode } from './structure';
import type { MessageTree } from './types';

/** The variables of a template: name → zod schema (zod 4, classic or mini). */
export type VariableShape = Readonly<Record<string, $ZodType>>;

type OptionalKeys<S extends VariableShape> = {
  [K in keyof S]: undefined extends input<S[K]> ? K : never;
}[keyof S];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The variables a caller passes for a shape: optional schemas become optional properties. */
export type VariablesOf<S extends VariableShape> = Simplify<
  { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: input<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: input<S[K]>;
  }
>;

/** A message a structure uses: `{{t "named"}}` → `{ ns: 'greeting', key: 'welcome.named', counted: false }`. */
export interface MessageRef {
  /** The key as the structure writes it: `named`, or `common:anythingElse` for a shared message. */
  readonly raw: string;
  readonly ns: string;
  readonly key: string;
  /** True when the structure passes `count=…`, so the message has plural forms. */
  readonly counted: boolean;
}

/** What a template author writes: everything about a template except its translations. */
export interface TemplateSource<Id extends string = string, S extends VariableShape = VariableShape> {
  /** `category.name`, lower-case words joined by hyphens: `apology.wrong-item`. */
  readonly id: Id;
  /** One line saying when to send it. */
  readonly description: string;
  readonly tags?: readonly string[];
  readonly variables: S;
  /**
   * The Handlebars structure that composes translatable messages, one per phrasing (variant):
   * `{{#if customerName}}{{t "named"}}{{else}}{{t "anonymous"}}{{/if}} {{t "offer"}}`.
   * Only `t`, `if`, `unless` and `else` are allowed; text comes from messages, never from here.
   */
  readonly structure: string | readonly string[];
  /** A complete set of variables that renders the template. */
  readonly example: VariablesOf<S>;
  /**
   * Flags computed before rendering, for `{{#if}}` in the structure: each gets the validated
   * variables and the render's context (the customer's time zone when known, the current time)
   * and returns true or false. Example: `morning` from the hour in the customer's time zone.
   */
  readonly derive?: Readonly<Record<string, DeriveFunction<VariablesOf<S>>>>;
  /**
   * Messages of a template defined at run time, by locale (`{ en: { named: 'Hi, {{customerName}}!' } }`),
   * under the template's own key. Built-in templates keep theirs in `locales/`.
   */
  readonly messages?: Readonly<Record<string, MessageTree>>;
}

/** Computes one flag; declared bivariantly so a template with any variables is still a template. */
export type DeriveFunction<V> = { bivarianceHack(variables: V, context: DeriveContext): boolean }['bivarianceHack'];

/** What a `derive` function knows besides the variables. */
export interface DeriveContext {
  /** The moment of rendering (the `now` render option, or the current time). */
  readonly now: Date;
  /** The customer's IANA time zone, when the caller knows it. */
  readonly timeZone: string | undefined;
  /** The locale the reply is written in. */
  readonly locale: string;
}

/**
 * A template ready to render: its source with the structures compiled (`variants`) in place of
 * their Handlebars text, and the messages it uses.
 */
export interface Template<Id extends string = string, S extends VariableShape = VariableShape> extends Omit<TemplateSource<Id, S>, 'structure'> {
  readonly category: string;
  /** The part of the id after the category: `wrong-item`. */
  readonly name: string;
  readonly tags: readonly string[];
  /** The strict object schema of all variables: unknown names are rejected. */
  readonly schema: z.ZodMiniObject<S>;
  /** One compiled structure per variant. */
  readonly variants: readonly Structure[];
  /** Every message the structures use. */
  readonly messageRefs: readonly MessageRef[];
}

/** Any template, whatever its id and variables. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTemplate = Template<string, any>;

/** The variables of a template, as a caller passes them. */
export type TemplateVariables<T> = T extends Template<string, infer S> ? VariablesOf<S> : never;

/** A map from id to template, built from a list of templates. */
export type TemplateMap<T extends readonly AnyTemplate[]> = { [Tpl in T[number] as Tpl['id']]: Tpl };

const TEMPLATE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Checks an id's form and splits it into category and name. */
export function parseTemplateId(id: string): { category: string; name: string } {
  if (typeof id !== 'string' || !TEMPLATE_ID.test(id)) {
    throw new InvalidTemplateError(id, 'the id must be "category.name" in lower-case words joined by hyphens, e.g. "apology.wrong-item"');
  }
  const dot = id.indexOf('.');
  return { category: id.slice(0, dot), name: id.slice(dot + 1) };
}

/** The names a structure may branch on: the variables and the derived flags. */
export function structureNames(source: { readonly variables: object; readonly derive?: object }): Set<string> {
  return new Set([...Object.keys(source.variables), ...Object.keys(source.derive ?? {})]);
}

/** The structures of a source as a list, one per variant. */
export function structuresOf(source: { readonly structure: string | readonly string[] }): readonly string[] {
  return typeof source.structure === 'string' ? [source.structure] : source.structure;
}

/** The helpers a structure may call; anything else is rejected when the template is defined. */
export const STRUCTURE_HELPERS = ['t', 'if', 'unless'] as const;

/** `"named"` → the template's own key; `"common:anythingElse"` → a key of another namespace. */
export function messageRef(raw: string, category: string, name: string, counted: boolean): MessageRef {
  const colon = raw.indexOf(':');
  if (colon === -1) return { raw, ns: category, key: `${name}.${raw}`, counted };
  return { raw, ns: raw.slice(0, colon), key: raw.slice(colon + 1), counted };
}

/** Every message the structures use, once each. */
export function messageRefsOf(category: string, name: string, variants: readonly Structure[]): MessageRef[] {
  const refs = new Map<string, MessageRef>();
  const visit = (nodes: readonly StructureNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if ('t' in node) refs.set(node.t, messageRef(node.t, category, name, node.count !== undefined));
      else {
        visit(node.then);
        visit(node.else);
      }
    }
  };
  variants.forEach(visit);
  return [...refs.values()];
}

/**
 * Builds a renderable template from its source and its compiled structures. Shared by the
 * built-in catalog (compiled at build time) and `defineTemplate` (compiled now).
 */
export function assembleTemplate<Id extends string, S extends VariableShape>(source: TemplateSource<Id, S>, variants: readonly Structure[]): Template<Id, S> {
  const { category, name } = parseTemplateId(source.id);
  for (const flag of Object.keys(source.derive ?? {})) {
    if (Object.hasOwn(source.variables, flag)) throw new InvalidTemplateError(source.id, `derived flag "${flag}" has the name of a variable`);
    if (typeof source.derive?.[flag] !== 'function') throw new InvalidTemplateError(source.id, `derived flag "${flag}" must be a function`);
  }
  let schema: z.ZodMiniObject<S> | undefined;
  // The structures' text is compiled into `variants`; like the built-in templates, keep only those.
  const { structure: _text, ...rest } = source;
  return Object.freeze({
    ...rest,
    category,
    name,
    tags: Object.freeze([...(source.tags ?? [])]),
    // Built on first use: most processes render a handful of the catalog's templates.
    get schema() {
      return (schema ??= z.strictObject(source.variables));
    },
    variants: Object.freeze([...variants]),
    messageRefs: Object.freeze(messageRefsOf(category, name, variants)),
  });
}

/**
 * Declares a built-in template's source (used in `templates/`); its structure is compiled at build time.
 * An identity function that keeps the id and the variables' types exact.
 */
export function templateSource<const Id extends string, S extends VariableShape>(source: TemplateSource<Id, S>): TemplateSource<Id, S> {
  return source;
}
