import * as z from 'zod/mini';
import type { Structure } from '../core/structure';
import { messageRefsOf, type AnyTemplate, type DeriveFunction, type MessageRef, type VariableShape } from '../core/template';
import { builtinVariableKinds, v } from '../core/variables';
import type { BuiltinTemplateId, BuiltinTemplates } from './index';

export type { BuiltinTemplateId, BuiltinTemplates };

/** The built-in templates of one category (`apology`), with their exact types: what `tactful/templates` exports. */
export type BuiltinCategory<C extends string> = ReadonlyArray<BuiltinTemplates[Extract<BuiltinTemplateId, `${C}.${string}`>]>;

/** The kinds a built-in variable can be: each is built by the `v` builder of that name. */
/** The kinds a built-in variable is made of (`v.optional` wraps one of them). */
export type BuiltinKind = Exclude<keyof typeof v, 'optional'>;

/** A built-in variable as data: `[kind]`, with `'optional'` for `z.optional(v.kind(description))`. */
export type VariableSpec = readonly [kind: BuiltinKind, optional?: 'optional'];

/** A built-in template as `npm run generate` writes it into `src/generated/catalog.ts`: what rendering needs. */
export interface BuiltinEntry {
  readonly id: string;
  readonly tags: readonly string[];
  readonly variables: Readonly<Record<string, VariableSpec>>;
  readonly variants: readonly Structure[];
  readonly derive?: Readonly<Record<string, DeriveFunction<unknown>>>;
}

/** What browsing shows of a built-in template (`src/generated/catalog-details.ts`): not needed to render. */
export interface BuiltinDetails {
  readonly description: string;
  /** Each variable's description, by name. */
  readonly variables: Readonly<Record<string, string>>;
  readonly example: Readonly<Record<string, unknown>>;
}

const NO_EXAMPLE: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * A built-in template from its data, with its description and example when browsing needs them. The generator checked it when it wrote the data, so nothing
 * is checked again here, and everything costly waits for first use: the variables' schemas (a
 * few hundred across the catalog), the object schema and the list of messages. Importing the
 * catalog builds none of them; a process that renders three templates builds three.
 */
export function builtinTemplate(entry: BuiltinEntry, details?: BuiltinDetails): AnyTemplate {
  const dot = entry.id.indexOf('.');
  const category = entry.id.slice(0, dot);
  const name = entry.id.slice(dot + 1);
  let variables: VariableShape | undefined;
  let schema: z.ZodMiniObject<VariableShape> | undefined;
  let refs: readonly MessageRef[] | undefined;
  const shape = (): VariableShape =>
    (variables ??= Object.freeze(
      Object.fromEntries(
        Object.entries(entry.variables).map(([key, [kind, optional]]) => {
          const schema = v[kind](details?.variables[key] ?? '');
          return [key, optional ? z.optional(schema) : schema];
        }),
      ),
    ));
  const template: AnyTemplate = Object.freeze({
    id: entry.id,
    category,
    name,
    // Without the details (tactful/render), a template has no description and no example to show.
    description: details?.description ?? '',
    // Frozen like a defineTemplate template's: a caller's push() must not change the catalog.
    tags: Object.freeze(entry.tags),
    example: details?.example ?? NO_EXAMPLE,
    variants: Object.freeze(entry.variants),
    ...(entry.derive ? { derive: entry.derive } : {}),
    get variables() {
      return shape();
    },
    get schema() {
      return (schema ??= z.strictObject(shape()));
    },
    get messageRefs() {
      return (refs ??= Object.freeze(messageRefsOf(category, name, entry.variants)));
    },
  });
  builtinVariableKinds.set(template, entry.variables);
  return template;
}

/** The templates of one category from their data, as rendering needs them (no descriptions or examples). */
export function builtinCategory<C extends string>(entries: readonly BuiltinEntry[]): BuiltinCategory<C> {
  return Object.freeze(entries.map((entry) => builtinTemplate(entry))) as unknown as BuiltinCategory<C>;
}
