import type { i18n } from 'i18next';
import { pluralRules } from '../core/format';
import { parseMessage, type MessageSegment } from '../core/message';
import type { AnyTemplate, MessageRef } from '../core/template';
import type { Register } from '../core/types';
import { UNTRANSLATED } from '../core/untranslated';
import { ownMessage } from '../core/message-keys';

/**
 * Everything one template needs to render in one locale and register, resolved once through
 * i18next (fallback from informal to formal, context and plural suffixes) and parsed, so a render
 * never calls `i18next.t()`: messages by structure key (`named`, or `eta#few` for a plural form).
 */
export type RenderPlan =
  | { readonly ok: true; readonly messages: ReadonlyMap<string, readonly MessageSegment[]> }
  | { readonly ok: false; readonly problem: string };

/** The key a plan stores a message under: the structure key, with `#category` for plural forms. */
export function planKey(raw: string, category?: string): string {
  return category === undefined ? raw : `${raw}#${category}`;
}

const SAMPLE_COUNTS = [
  ...Array.from({ length: 201 }, (_, i) => i),
  0.5, 1.5, 2.5, 0.1, 1.1, 2.1, 5.5, 1000000,
];
const samplesByLocale = new Map<string, ReadonlyMap<string, number>>();

/**
 * One count for each plural category of a locale (lt: one → 1, few → 2, many → 0.5, other → 0),
 * so i18next can be asked for each form of a message through its own plural resolution.
 */
export function pluralSamples(locale: string): ReadonlyMap<string, number> {
  let samples = samplesByLocale.get(locale);
  if (!samples) {
    const rules = pluralRules(locale);
    const found = new Map<string, number>();
    for (const n of SAMPLE_COUNTS) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
    samples = found;
    samplesByLocale.set(locale, samples);
  }
  return samples;
}

function lookup(i18n: i18n, locale: string, ref: MessageRef, register: Register, count: number | undefined): string | undefined {
  const contexts: Register[] = register === 'formal' ? ['formal'] : [register, 'formal'];
  for (const context of contexts) {
    const options = { lng: locale, ns: ref.ns, context, skipInterpolation: true, ...(count === undefined ? {} : { count }) };
    if (i18n.exists(ref.key, options)) {
      // i18next finds the key (fallback language, context, plural form); the text is then read
      // through own properties only, so `{{t "constructor:name"}}` is missing, never "Object".
      const found = i18n.t(ref.key, { ...options, returnDetails: true }) as unknown as { usedLng?: string; usedNS?: string; exactUsedKey?: string };
      if (!found.usedLng || !found.usedNS || !found.exactUsedKey) return undefined;
      return ownMessage(i18n.store.data, [found.usedLng, found.usedNS, ...found.exactUsedKey.split('.')]);
    }
  }
  return undefined;
}

/** Resolves and checks every message a template uses in one locale and register. */
export function buildPlan(i18n: i18n, template: AnyTemplate, locale: string, register: Register): RenderPlan {
  const messages = new Map<string, readonly MessageSegment[]>();
  const declared = new Set(Object.keys(template.variables));
  for (const ref of template.messageRefs) {
    const forms: Array<[string | undefined, number | undefined]> = ref.counted ? [...pluralSamples(locale)] : [[undefined, undefined]];
    for (const [category, count] of forms) {
      const form = category ? ` (plural form "${category}")` : '';
      const source = lookup(i18n, locale, ref, register, count);
      if (source === undefined) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} is missing` };
      // A scaffolded value nobody has translated is English text: never send it as this language.
      if (source.startsWith(UNTRANSLATED)) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} is not translated yet` };
      const parsed = parseMessage(source);
      if (!parsed.ok) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form}: ${parsed.problem}` };
      for (const segment of parsed.segments) {
        if (typeof segment === 'string') continue;
        const head = segment.name.split('.')[0] ?? '';
        if (!declared.has(head) && !(ref.counted && head === 'count')) {
          return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} uses {{${segment.name}}}, which the template does not declare` };
        }
      }
      messages.set(planKey(ref.raw, category), parsed.segments);
    }
  }
  return { ok: true, messages };
}
