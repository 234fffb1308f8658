import { InvalidOptionsError } from '../core/errors';
import { pluralRules } from '../core/format';
import { changedKinds, parseMessage, placeholderKinds, type PlaceholderKind } from '../core/message';
import type { LocaleResources, MessageTree, Register } from '../core/types';
import type { RuleLocaleData } from '../core/lint-data';
import { lint } from '../lint/linter';
import { keyPositions } from './json-lines';
import { describeTreeProblem, findEntity, flatten, keyParts } from '../core/message-keys';

/** What `checkLocale` can report. */
export type LocaleProblemCode =
  | 'json'
  | 'missing-file'
  | 'extra-file'
  | 'missing'
  | 'extra'
  | 'untranslated'
  | 'same-as-source'
  | 'placeholder'
  | 'syntax'
  | 'plural'
  | 'register'
  | 'tone';

/** One problem in a locale, with where it is. */
export interface LocaleProblem {
  readonly severity: 'error' | 'warning';
  readonly code: LocaleProblemCode;
  readonly locale: string;
  /** The namespace (the file `locales/<lng>/<namespace>.json`). */
  readonly namespace: string;
  /** The key as i18next sees it, e.g. `wrong-item.fix_formal`; empty for a whole file. */
  readonly key: string;
  readonly message: string;
  /** Set when the file text was given. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export { UNTRANSLATED } from '../core/untranslated';
import { holdsUntranslatedMark, UNTRANSLATED } from '../core/untranslated';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const THREE_LETTERS = new RegExp(String.raw`\p{L}{3}`, 'u');

/** An HTML tag in a message: plain text, so the html channel shows it as typed and text sends it raw. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

/**
 * The plural categories that only ever stand for one number in a language (`one` in English and
 * Polish is 1; in Russian it is also 21, 31…): only there may a form leave `{{count}}` out
 * ("czekać godzinę"). Any other form without it hides the number from the customer.
 */
function singleNumberCategories(code: string): Set<string> {
  const rules = pluralRules(code);
  const numbers = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) {
    const category = rules.select(n);
    numbers.set(category, (numbers.get(category) ?? 0) + 1);
  }
  return new Set([...numbers].filter(([, count]) => count === 1).map(([category]) => category));
}

/** Message paths a tree writes more than once (a dotted key and the nesting it stands for). */
function twiceWritten(tree: MessageTree): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  const walk = (node: MessageTree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'object' && value !== null) walk(value, path);
      else if (seen.has(path)) twice.push(path);
      else seen.add(path);
    }
  };
  walk(tree, '');
  return twice;
}

function placeholders(text: string): Set<string> {
  const parsed = parseMessage(text);
  if (!parsed.ok) return new Set();
  return new Set(parsed.segments.flatMap((s) => (typeof s === 'string' ? [] : [s.name])));
}

/** The locale being checked: its code, registers, messages and (optionally) its linter data. */
export interface LocaleUnderCheck {
  readonly code: string;
  readonly registers: readonly Register[];
  readonly resources: LocaleResources;
  readonly lint?: Readonly<Partial<Record<string, RuleLocaleData>>>;
}

/** Options of `checkLocale`. */
export interface CheckLocaleOptions {
  /** The source texts (English) by namespace. */
  readonly source: LocaleResources;
  /** Each namespace file's text, for line numbers: namespace → { path, text }. */
  readonly files?: Readonly<Record<string, { readonly path: string; readonly text: string }>>;
  /** Lint every message in its register with the locale's own linter data. Default: true. */
  readonly tone?: boolean;
}

/**
 * Checks a locale's messages against the source (English): missing and extra keys, untranslated
 * values, placeholders that differ, message syntax, plural forms against the language's CLDR
 * categories (`Intl.PluralRules`), missing register variants, and tone-linter findings.
 *
 * @example
 * ```ts
 * checkLocale({ code: 'lv', registers: ['formal', 'informal'], resources: { closing: { 'anything-else': { plain_formal: 'Vai varu vēl palīdzēt?' } } } }, { source: en.resources })
 *   .filter((p) => p.code === 'missing').length; // every other message of the catalog
 * ```
 */
export function checkLocale(locale: LocaleUnderCheck, options: CheckLocaleOptions): LocaleProblem[] {
  if (typeof options !== 'object' || options === null || typeof options.source !== 'object' || options.source === null) {
    throw new InvalidOptionsError('source', 'the English messages to check against, e.g. checkLocale(lv, { source: en.resources })', options?.source);
  }
  if (typeof locale !== 'object' || locale === null || typeof locale.resources !== 'object' || locale.resources === null) {
    const code = typeof (locale as { code?: unknown } | null)?.code === 'string' ? (locale as { code: string }).code : 'lv';
    throw new InvalidOptionsError('locale', `a locale with its messages: the whole locale (\`import ${code} from "tactful/locales/${code}"\`) or its text part ("tactful/locales/${code}/text")`, locale);
  }
  const problems: LocaleProblem[] = [];
  const categories = new Set<string>(pluralRules(locale.code).resolvedOptions().pluralCategories);
  const singleNumber = singleNumberCategories(locale.code);
  const informal = locale.registers.includes('informal');
  // One object for all messages: the linter caches its compiled phrases by locale object.
  const lintLocale = options.tone !== false && locale.lint ? { code: locale.code, name: locale.code, registers: locale.registers, resources: {}, lint: locale.lint } : undefined;
  const report = (severity: LocaleProblem['severity'], code: LocaleProblemCode, namespace: string, key: string, message: string, where?: { line: number; column: number }) => {
    const file = options.files?.[namespace];
    problems.push({ severity, code, locale: locale.code, namespace, key, message, ...(file ? { file: file.path } : {}), ...(where ?? {}) });
  };

  for (const namespace of Object.keys(options.source)) {
    if (!Object.hasOwn(locale.resources, namespace)) report('error', 'missing-file', namespace, '', `the file for "${namespace}" is missing`);
  }
  for (const namespace of Object.keys(locale.resources)) {
    if (!Object.hasOwn(options.source, namespace)) report('error', 'extra-file', namespace, '', `"${namespace}" has no English source`);
  }

  for (const [namespace, sourceTree] of Object.entries(options.source)) {
    const tree = Object.hasOwn(locale.resources, namespace) ? locale.resources[namespace] : undefined;
    if (!tree) continue;
    const lines = options.files?.[namespace] ? keyPositions(options.files[namespace]!.text) : undefined;
    const at = (key: string) => lines?.get(key);
    const source = flatten(sourceTree);
    const target = flatten(tree);
    // "anything-else.plain" beside "anything-else": { "plain" } names one message twice, and
    // i18next reads the dotted key: a translation written in the nested one would never be sent.
    for (const key of twiceWritten(tree)) report('error', 'syntax', namespace, key, 'written twice, as a dotted key and as a nested one: only one of them is read (the later in the file), so keep one', at(key));

    // Source messages by base key: which are plural, whether they show the count, and their placeholders.
    const sourceBases = new Map<string, { plural: boolean; counts: boolean; text: string; names: Set<string>; kinds: Map<string, Set<PlaceholderKind>> }>();
    for (const [key, text] of source) {
      const parts = keyParts(key);
      const entry = sourceBases.get(parts.base);
      const names = placeholders(text);
      const counts = names.delete('count');
      const kinds = placeholderKinds(text);
      if (entry) {
        for (const n of names) entry.names.add(n);
        for (const [name, found] of kinds) for (const kind of found) (entry.kinds.get(name) ?? entry.kinds.set(name, new Set()).get(name)!).add(kind);
        sourceBases.set(parts.base, { ...entry, plural: entry.plural || parts.plural !== undefined, counts: entry.counts || counts });
      } else sourceBases.set(parts.base, { plural: parts.plural !== undefined, counts, text, names, kinds });
    }

    const targetBases = new Map<string, Map<string, string>>();
    for (const [key, text] of target) {
      const parts = keyParts(key);
      if (!targetBases.has(parts.base)) targetBases.set(parts.base, new Map());
      targetBases.get(parts.base)!.set(key, text);
    }

    for (const [base, info] of sourceBases) {
      const keys = targetBases.get(base);
      if (!keys) {
        report('error', 'missing', namespace, base, `missing (English: "${info.text.slice(0, 60)}")`);
        continue;
      }
      // Registers: a message is either register-neutral (plain) or has both variants.
      const registers = new Set([...keys.keys()].map((k) => keyParts(k).register ?? 'plain'));
      if (registers.has('plain') && (registers.has('formal') || registers.has('informal'))) {
        report('warning', 'register', namespace, base, 'has both a plain key and a register variant; the plain one is used only as a fallback');
      }
      if (informal && registers.has('formal') !== registers.has('informal')) {
        const missing = registers.has('formal') ? 'informal' : 'formal';
        report('error', 'register', namespace, `${base}_${missing}`, `the ${missing} variant is missing`, at([...keys.keys()][0]!));
      }
      if (!informal && registers.has('informal')) {
        report('warning', 'register', namespace, base, `${locale.code} has no informal register; the _informal text is never used`);
      }
      // Plurals: exactly the language's CLDR categories, per register.
      if (info.plural) {
        for (const register of registers) {
          const forms = [...keys.keys()].filter((k) => (keyParts(k).register ?? 'plain') === register);
          const present = new Set(forms.map((k) => keyParts(k).plural).filter((p): p is string => p !== undefined));
          const missing = [...categories].filter((c) => !present.has(c));
          const extra = [...present].filter((c) => !categories.has(c));
          const keyName = register === 'plain' ? base : `${base}_${register}`;
          if (missing.length > 0) report('error', 'plural', namespace, keyName, `missing plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${locale.code} uses ${[...categories].join(', ')})`, at(forms[0] ?? base));
          if (extra.length > 0) report('error', 'plural', namespace, keyName, `plural form${extra.length > 1 ? 's' : ''} ${extra.join(', ')} do${extra.length > 1 ? '' : 'es'} not exist in ${locale.code} (it uses ${[...categories].join(', ')})`, at(forms.find((f) => extra.includes(keyParts(f).plural ?? '')) ?? base));
        }
      }
      for (const [key, text] of keys) {
        const where = at(key);
        if (text.startsWith(UNTRANSLATED)) {
          report('error', 'untranslated', namespace, key, 'not translated yet', where);
          continue;
        }
        // Left behind after the text was translated: it would reach the customer as typed.
        if (holdsUntranslatedMark(text)) report('error', 'untranslated', namespace, key, `the ${UNTRANSLATED.trim()} marker is still in the text: delete it once the message is translated`, where);
        const entity = findEntity(text);
        if (entity !== undefined) report('error', 'syntax', namespace, key, describeTreeProblem('entity', entity), where);
        if (text.trim() === '') {
          report('error', 'syntax', namespace, key, 'the message is empty: it would send an empty reply', where);
          continue;
        }
        const parsed = parseMessage(text);
        if (!parsed.ok) {
          report('error', 'syntax', namespace, key, `${parsed.problem} (at character ${parsed.offset + 1})`, where);
          continue;
        }
        const literal = parsed.segments.filter((segment): segment is string => typeof segment === 'string').join('\u0000');
        const brace = /[{}]/.exec(literal);
        if (brace) report('warning', 'syntax', namespace, key, `a "${brace[0]}" outside a placeholder reaches the customer as typed: "{{name}}}" is one brace too many`, where);
        const tag = HTML_TAG.exec(literal);
        if (tag) report('warning', 'syntax', namespace, key, `messages are plain text: ${tag[0]} is shown as typed on the html channel and sent raw on the others`, where);
        const category = keyParts(key).plural;
        if (info.counts && category !== undefined && !singleNumber.has(category) && !parsed.segments.some((segment) => typeof segment !== 'string' && segment.name === 'count')) {
          report('warning', 'placeholder', namespace, key, `{{count}} is left out: the "${category}" form stands for several numbers in ${locale.code}, so the customer would not see which`, where);
        }
        const changed = changedKinds(text, info.kinds);
        if (changed.length > 0) report('error', 'placeholder', namespace, key, `a placeholder may not change its kind: ${changed.join(', ')}`, where);
        const names = placeholders(text);
        names.delete('count');
        const dropped = [...info.names].filter((n) => !names.has(n));
        const unknown = [...names].filter((n) => !info.names.has(n));
        if (dropped.length > 0 || unknown.length > 0) {
          const parts = [dropped.length ? `missing {{${dropped.join('}}, {{')}}}` : '', unknown.length ? `unknown {{${unknown.join('}}, {{')}}}` : ''].filter(Boolean);
          report('error', 'placeholder', namespace, key, `${parts.join('; ')} (English has ${info.names.size ? `{{${[...info.names].join('}}, {{')}}}` : 'none'})`, where);
        }
        if (locale.code.split('-')[0] !== 'en' && text === info.text && THREE_LETTERS.test(text.replace(/\{\{[^}]*\}\}/g, ''))) {
          report('warning', 'same-as-source', namespace, key, 'identical to the English text', where);
        }
        if (lintLocale) {
          const register = keyParts(key).register ?? 'formal';
          for (const d of lint(text.replace(/\{\{[^}]*\}\}/g, (m) => ' '.repeat(m.length)), { locale: lintLocale, register })) {
            report('warning', 'tone', namespace, key, `${d.ruleId}: “${d.text}” — ${d.message}`, where);
          }
        }
      }
    }
    for (const [base, keys] of targetBases) {
      if (!sourceBases.has(base)) for (const key of keys.keys()) report('error', 'extra', namespace, key, 'not in the English source (a typo, or a message that was removed)', at(key));
    }
  }
  return problems;
}
