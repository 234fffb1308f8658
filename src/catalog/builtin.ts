import * as z from 'zod/mini';
import type { Structure } from '../core/structure';
import { messageRefsOf, type AnyTemplate, type DeriveFunction, type MessageRef, type VariableShape } from '../core/template';
import { v } from '../core/variables';

/** The kinds a built-in variable can be: each is built by the `v` builder of that name. */
/** The kinds a built-in variable is made of (`v.optional` wraps one of them). */
export type BuiltinKind = Exclude<keyof typeof v, 'optional'>;

/** A built-in variable as data: `[kind, description]`, with `'optional'` for `z.optional(v.kind(description))`. */
export type VariableSpec = readonly [kind: BuiltinKind, description: string, optional?: 'optional'];

/** A built-in template as `npm run generate` writes it into `src/generated/catalog.ts`. */
export interface BuiltinEntry {
  readonly id: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly variables: Readonly<Record<string, VariableSpec>>;
  readonly example: Readonly<Record<string, unknown>>;
  readonly variants: readonly Structure[];
  readonly derive?: Readonly<Record<string, DeriveFunction<unknown>>>;
}

/**
 * A built-in template from its data. The generator checked it when it wrote the data, so nothing
 * is checked again here, and everything costly waits for first use: the variables' schemas (a
 * few hundred across the catalog), the object schema and the list of messages. Importing the
 * catalog builds none of them; a process that renders three templates builds three.
 */
export function builtinTemplate(entry: BuiltinEntry): AnyTemplate {
  const dot = entry.id.indexOf('.');
  const category = entry.id.slice(0, dot);
  const name = entry.id.slice(dot + 1);
  let variables: VariableShape | undefined;
  let schema: z.ZodMiniObject<VariableShape> | undefined;
  let refs: readonly MessageRef[] | undefined;
  const shape = (): VariableShape =>
    (variables ??= Object.freeze(
      Object.fromEntries(
        Object.entries(entry.variables).map(([key, [kind, description, optional]]) => {
          const schema = v[kind](description);
          return [key, optional ? z.optional(schema) : schema];
        }),
      ),
    ));
  return Object.freeze({
    id: entry.id,
    category,
    name,
    description: entry.description,
    // Frozen like a defineTemplate template's: a caller's push() must not change the catalog.
    tags: Object.freeze(entry.tags),
    example: entry.example,
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
}
