import type { i18n } from 'i18next';
import { pluralRules } from '../core/format';
import { parseMessage, placeholderKind, type MessageSegment } from '../core/message';
import { variableKindOf, variableNamesOf } from '../core/variables';
import type { AnyTemplate, MessageRef } from '../core/template';
import type { MessageTree, Register } from '../core/types';
import { holdsUntranslatedMark } from '../core/untranslated';
import { flatten, ownMessage } from '../core/message-keys';
import { registerFallback } from '../core/locale-resolver';
import { categoryExport, languageOf } from '../core/locale';
import { CATEGORIES, LOCALE_CODES } from '../generated/locale-codes';

/**
 * Everything one template needs to render in one locale and register, looked up once (register
 * fallback, context and plural suffixes, from the messages i18next stores) and parsed, so a render
 * never calls `i18next.t()`: messages by structure key (`named`, or `eta#few` for a plural form).
 */
export type RenderPlan =
  | { readonly ok: true; readonly messages: ReadonlyMap<string, readonly MessageSegment[]> }
  | { readonly ok: false; readonly problem: string };

/** The key a plan stores a message under: the structure key, with `#category` for plural forms. */
export function planKey(raw: string, category?: string): string {
  return category === undefined ? raw : `${raw}#${category}`;
}

/**
 * The text of a message in a locale and register, or undefined. The plural category is ours
 * (Intl.PluralRules, the same rules i18next would apply), and so is the order of keys, as i18next
 * resolves them: with context then without, with the plural suffix then without
 * (`eta_informal_few`, `eta_informal`, `eta_few`, `eta`), informal falling back to formal. i18next
 * keeps the messages and its `LanguageUtils.toResolveHierarchy` decides which languages hold them
 * (`en-US` → `en-US`, `en`). The text is read through own properties only, so
 * `{{t "constructor:name"}}` is missing, never "Object".
 */
function lookup(i18n: i18n, locale: string, ref: MessageRef, register: Register, category: string | undefined): string | undefined {
  const languages = (i18n.services.languageUtils as { toResolveHierarchy(code: string): string[] }).toResolveHierarchy(locale);
  for (const context of registerFallback(register)) {
    const contextKey = `${ref.key}_${context}`;
    const keys = category === undefined ? [contextKey, ref.key] : [`${contextKey}_${category}`, contextKey, `${ref.key}_${category}`, ref.key];
    for (const language of languages) {
      for (const key of keys) {
        const text = ownMessage(i18n.store.data, [language, ref.ns, ...key.split('.')]);
        if (text !== undefined) return text;
      }
    }
  }
  return undefined;
}

/** Whether the locale (or the language its tag falls back to) holds any message of a namespace. */
function hasNamespace(i18n: i18n, locale: string, ns: string): boolean {
  const languages = (i18n.services.languageUtils as { toResolveHierarchy(code: string): string[] }).toResolveHierarchy(locale);
  const data = i18n.store.data;
  return languages.some((language) => Object.hasOwn(data, language) && Object.hasOwn(data[language]!, ns));
}

/**
 * Where a caller's template names a message of another namespace (`{{t "closing:…"}}`) that no
 * loaded locale has, what it could have meant: the keys of that namespace, or (`namespaces`) the
 * namespaces loaded when none holds it. A typo, refused when the instance is made, not met at a
 * customer's reply. Undefined when the message is there, or when it belongs to a built-in
 * category none of whose text is loaded (a widget given only some categories): the render
 * names the import to add.
 */
export function unknownSharedMessage(i18n: i18n, codes: readonly string[], ref: MessageRef): { readonly keys: readonly string[] } | { readonly namespaces: readonly string[] } | undefined {
  const holding = codes.filter((code) => hasNamespace(i18n, code, ref.ns));
  if (holding.length === 0) {
    if (CATEGORIES.includes(ref.ns)) return undefined;
    return { namespaces: [...new Set(codes.flatMap((code) => Object.keys(i18n.store.data[code] ?? {})))] };
  }
  const category = ref.counted ? 'other' : undefined;
  if (holding.some((code) => lookup(i18n, code, ref, 'informal', category) !== undefined)) return undefined;
  const keys = new Set<string>();
  for (const code of holding) {
    const tree = i18n.store.data[code]?.[ref.ns];
    if (typeof tree !== 'object' || tree === null) continue;
    for (const key of flatten(tree as MessageTree).keys()) keys.add(key.replace(/(?:_(?:formal|informal))?(?:_(?:zero|one|two|few|many|other))?$/, ''));
  }
  return { keys: [...keys] };
}

/** Where a built-in category's text comes from in a shipped language, when none of it is loaded (`createRendererFor` given only some parts). */
function categoryHint(locale: string, ns: string): string {
  const language = languageOf(locale);
  if (!(LOCALE_CODES as readonly string[]).includes(language) || !CATEGORIES.includes(ns)) return '';
  return `: no text of category "${ns}" is loaded (it is \`import { ${categoryExport(ns)} } from "tactful/locales/${language}/categories"\`, or the whole locale)`;
}

/** Resolves and checks every message a template uses in one locale and register. */
export function buildPlan(i18n: i18n, template: AnyTemplate, locale: string, register: Register): RenderPlan {
  const messages = new Map<string, readonly MessageSegment[]>();
  const declared = new Set(variableNamesOf(template));
  for (const ref of template.messageRefs) {
    const forms: ReadonlyArray<string | undefined> = ref.counted ? pluralRules(locale).resolvedOptions().pluralCategories : [undefined];
    for (const category of forms) {
      const form = category ? ` (plural form "${category}")` : '';
      const source = lookup(i18n, locale, ref, register, category);
      if (source === undefined) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} is missing${hasNamespace(i18n, locale, ref.ns) ? '' : categoryHint(locale, ref.ns)}` };
      // A scaffolded value nobody has translated is English text: never send it as this language.
      if (holdsUntranslatedMark(source)) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} is not translated yet` };
      const parsed = parseMessage(source);
      if (!parsed.ok) return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form}: ${parsed.problem}` };
      for (const segment of parsed.segments) {
        if (typeof segment === 'string') continue;
        const head = segment.name.split('.')[0] ?? '';
        if (!declared.has(head) && !(ref.counted && head === 'count')) {
          return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} uses {{${segment.name}}}, which the template does not declare` };
        }
        // A link is only ever a url variable's, whatever brought the message (a locale given to
        // the instance, an overlay, a template): a text variable shown as a link would put the
        // customer's words into href. Checked here, where every path meets.
        if (placeholderKind(segment.format) === 'link' && variableKindOf(template, segment.name) !== 'url') {
          return { ok: false, problem: `message "${ref.ns}:${ref.key}"${form} shows {{${segment.name}}} as a link, but only a url variable (v.url) may be one` };
        }
      }
      messages.set(planKey(ref.raw, category), parsed.segments);
    }
  }
  return { ok: true, messages };
}
