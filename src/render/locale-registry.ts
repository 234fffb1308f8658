import i18next, { type i18n } from 'i18next';
import { InvalidLocaleError, InvalidOptionsError, InvalidTemplateError, LocaleNotAvailableError, refuseUnreadable } from '../core/errors';
import { nearest } from '../core/nearest';
import { canonicalLocale, copyResources, defineLocale, joinSameLocale, languageOf, requireTextPart } from '../core/locale';
import { fallbackCandidates, servedRegister, SOURCE_LOCALE, type LocaleCandidate } from '../core/locale-resolver';
import { changedKinds, parseMessage, placeholderKinds } from '../core/message';
import { buildMessageTree, copyMessageTree, describeTreeProblem, isSafeKey, ownKeys, ownMessage, readMessageTree } from '../core/message-keys';
import type { AnyTemplate } from '../core/template';
import type { LocaleDefinition, LocaleResources, MessageTree, Register, TextLocale } from '../core/types';
import type { LocaleProblem } from '../translate/check';
import { buildPlan, unknownSharedMessage, type RenderPlan } from './plan';
import type { ServedLocale } from './render-template';


/** Checks a locale against the source's messages, as `checkLocale` does without the tone check. */
export type LocaleChecker = (locale: TextLocale, source: LocaleResources) => readonly LocaleProblem[];

/**
 * How tactful's i18next instances read the locale JSON: no fallback to another language (the
 * resolver decides that), `ns:key.path` keys, values never escaped by i18next (the channel does
 * that), synchronous, quiet.
 */
export const MESSAGE_STORE_OPTIONS = {
  fallbackLng: false,
  initAsync: false,
  keySeparator: '.',
  nsSeparator: ':',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
} as const;

/**
 * An instance's locales: the loaded locales and their regional overlays, the i18next instance that
 * stores their messages, the render plans built from them, and which locale serves a request.
 * Every change to the messages (`addLocale`, `overrideMessages`) goes through here, and here the
 * plans built from the old messages are dropped.
 */
export class LocaleRegistry {
  readonly defaultLocale: string;
  private readonly locales = new Map<string, TextLocale>();
  // Regional overlays (`en-US` over `en`) are i18next languages of their own: asked for `en-US`,
  // i18next finds each message there first and then in `en`, and never in another language.
  private readonly regional = new Map<string, TextLocale>();
  private readonly i18n: i18n = i18next.createInstance();
  // template → `locale register` → plan; keyed by the template object, so no id string is built per render.
  private readonly plans = new Map<AnyTemplate, Map<string, RenderPlan>>();
  private loadedList: readonly TextLocale[] = [];

  constructor(locales: readonly LocaleDefinition[], defaultLocale: string | undefined, templates: readonly AnyTemplate[]) {
    try {
      if (!Array.isArray(locales) || locales.length === 0) {
        throw new InvalidOptionsError('locales', 'a non-empty array of locales, e.g. [en] from "tactful/locales/en"', locales);
      }
      // Parts of one locale given separately (its apology and closing text, or its text and its
      // tone rules' phrases) join into one.
      const given = new Map<string, LocaleDefinition>();
      for (const locale of locales) {
        if (typeof locale !== 'object' || locale === null || typeof locale.code !== 'string' || !Array.isArray(locale.registers) || !locale.registers.includes('formal')) {
          throw new InvalidOptionsError('locales', 'locale objects from "tactful/locales/<lng>" or defineLocale()', locale);
        }
        const code = canonicalLocale(locale.code, 'locales');
        const before = given.get(code);
        given.set(code, before ? joinSameLocale(before, locale, code) : locale);
      }
      for (const [code, locale] of given) this.locales.set(code, requireTextPart(locale));
      // Each locale's regional overlays are read once, for their tags and their messages alike.
      const regions = new Map([...this.locales].map(([code, locale]) => [code, locale.regions] as const));
      this.defaultLocale = canonicalLocale(defaultLocale ?? locales[0]!.code, 'defaultLocale');
      if (!this.locales.has(this.defaultLocale)) {
        throw new InvalidOptionsError('defaultLocale', `one of the loaded locales (${this.codes.join(', ')})`, defaultLocale);
      }
      for (const [code, locale] of this.locales) this.addRegions(locale, code, regions.get(code));
      void this.i18n.init({
        resources: Object.fromEntries([
          // Each locale's messages are read once more into the store's own objects, checked as they
          // are read: a locale changed after its import (or after defineLocale) cannot bring an
          // empty message, an entity or a getter's second answer into a reply.
          ...[...this.locales].map(([code, locale]) => [code, copyResources(code, locale.resources)] as const),
          ...[...this.locales].flatMap(([code]) => regionResources(code, regions.get(code))),
        ]),
        lng: this.defaultLocale,
        ...MESSAGE_STORE_OPTIONS,
      } as Parameters<i18n['init']>[0]);
      for (const template of templates) {
        for (const [code, tree] of Object.entries(template.messages ?? {})) {
          const canonical = canonicalLocale(code, `templates["${template.id}"].messages`);
          if (!this.locales.has(canonical)) continue;
          const copy = copyMessageTree(tree, (path, problem, value) => {
            throw new InvalidLocaleError(canonical, describeTreeProblem(problem, value), `templates["${template.id}"].messages${path ? `.${path}` : ''}`);
          });
          this.i18n.addResourceBundle(canonical, template.category, { [template.name]: copy }, true, true);
        }
      }
      for (const template of templates) this.checkSharedMessages(template);
      this.loadedList = Object.freeze([...this.locales.values()]);
    } catch (error) {
      refuseUnreadable(error, (message) => new InvalidOptionsError('locales', 'locale objects of plain data that can be read', message));
    }
  }

  /** A caller's template naming a message of another namespace that none of the loaded locales has (`{{t "common:anythingEls"}}`) is refused, with the nearest keys. */
  private checkSharedMessages(template: AnyTemplate): void {
    for (const ref of template.messageRefs) {
      if (!ref.raw.includes(':')) continue;
      // A regional overlay (en-US) may hold the message, or the whole namespace, alone.
      const unknown = unknownSharedMessage(this.i18n, [...this.locales.keys(), ...this.regional.keys()], ref);
      if (unknown === undefined) continue;
      const hint =
        'keys' in unknown
          ? nearest(ref.key, unknown.keys, 3).map((key) => `"${ref.ns}:${key}"`).join(', ')
          : nearest(ref.ns, unknown.namespaces, 3).map((ns) => `"${ns}:…"`).join(', ');
      const what = 'keys' in unknown ? 'this message' : `namespace "${ref.ns}"`;
      throw new InvalidTemplateError(template.id, `{{t "${ref.raw}"}}: no loaded locale (${this.codes.join(', ')}) has ${what}${hint ? ` — did you mean ${hint}?` : ''}`);
    }
  }

  /** The loaded locales' codes, in the order they were given. */
  get codes(): string[] {
    return [...this.locales.keys()];
  }

  /** The loaded locales, in the order they were given. */
  get loaded(): readonly TextLocale[] {
    return this.loadedList;
  }

  /** A loaded locale or regional overlay by its canonical code. */
  get(code: string): TextLocale | undefined {
    return this.locales.get(code) ?? this.regional.get(code);
  }

  /** The loaded locales that may serve a tag, in order (see `fallbackCandidates`): with the default last unless `withDefault: false`. */
  candidates(tag: string, options: { withDefault?: boolean; strict?: boolean } = {}): LocaleCandidate[] {
    // No spread: an object literal with properties after a spread cost about 2 µs on Node 20, on
    // every render (src/render/render-template.ts says more).
    return fallbackCandidates(canonicalLocale(tag), (code) => this.get(code), {
      defaultLocale: options.withDefault === false ? undefined : this.defaultLocale,
      sameLanguage: options.strict === true,
    });
  }

  /** The plan of a template in a locale and register, built once. */
  plan(template: AnyTemplate, code: string, register: Register): RenderPlan {
    let byLocale = this.plans.get(template);
    if (!byLocale) this.plans.set(template, (byLocale = new Map()));
    const key = register === 'formal' ? code : `${code} ${register}`;
    let plan = byLocale.get(key);
    if (!plan) {
      plan = buildPlan(this.i18n, template, code, register);
      byLocale.set(key, plan);
    }
    return plan;
  }

  /**
   * The first locale along the request's fallback chain that can write every message of the
   * template, or a `LocaleNotAvailableError` saying why none could. `strict` keeps to the language
   * asked for.
   */
  serve(template: AnyTemplate, requestedLocale: string, requestedRegister: Register, strict: boolean): ServedLocale {
    const skipped: string[] = [];
    for (const { code, locale } of this.candidates(requestedLocale, { strict })) {
      const register = servedRegister(locale, requestedRegister);
      const plan = this.plan(template, code, register);
      if (plan.ok) return { code, locale, register, plan, skipped };
      skipped.push(`${code}: ${plan.problem}`);
    }
    throw new LocaleNotAvailableError(requestedLocale, this.codes, template.id, skipped.join('; ') || undefined);
  }

  /**
   * Loads a locale at run time, checked like a translation; see `Tactful.addLocale`. The checker
   * is passed in (`checkLocale`), so an entry that never adds a locale does not carry it.
   */
  addLocale(locale: LocaleDefinition, check: LocaleChecker): void {
    const checked = requireTextPart(defineLocale(locale), 'locale');
    const source = this.locales.get(SOURCE_LOCALE) ?? this.locales.get(this.defaultLocale)!;
    // What is missing or still marked untranslated falls back to the default locale at render
    // time (a half-translated locale ships one template at a time); anything else would be sent
    // broken, and is refused.
    const blocking = check(checked, source.resources).filter(
      (p) => p.severity === 'error' && p.code !== 'missing' && p.code !== 'missing-file' && p.code !== 'untranslated',
    );
    if (blocking.length > 0) throw new InvalidLocaleError(checked.code, describeProblems(blocking));
    // A regional overlay holds only the messages a region writes differently, so it may lack
    // any; what it holds is checked like the locale's own (no placeholder may change its kind).
    const regions = regionResources(checked.code, checked.regions);
    for (const [tag, resources] of regions) {
      const overlay = check({ ...checked, code: tag, resources }, source.resources).filter((p) => p.severity === 'error' && (p.code === 'placeholder' || p.code === 'syntax'));
      if (overlay.length > 0) throw new InvalidLocaleError(tag, describeProblems(overlay));
    }
    // An update of a loaded locale (a translation back from XLIFF): its messages join the loaded
    // ones in the store, so what it does not say about the locale (the vocative, the quotes, the
    // overlays) is kept too; the old messages must not lose the vocative they were written with.
    const loaded = this.locales.get(checked.code);
    this.locales.set(checked.code, loaded ? Object.freeze({ ...loaded, ...definedFields(checked), resources: { ...loaded.resources, ...checked.resources } }) : checked);
    this.loadedList = Object.freeze([...this.locales.values()]);
    for (const [ns, tree] of Object.entries(copyResources(checked.code, checked.resources))) this.i18n.addResourceBundle(checked.code, ns, tree, true, true);
    this.addRegions(checked, checked.code, checked.regions);
    for (const [tag, resources] of regions) {
      for (const [ns, tree] of Object.entries(resources)) this.i18n.addResourceBundle(tag, ns, tree, true, true);
    }
    this.plans.clear();
  }

  /** Replaces single messages of a loaded locale; see `Tactful.overrideMessages`. */
  overrideMessages(code: string, messages: LocaleResources): void {
    try {
      this.override(code, messages);
    } catch (error) {
      refuseUnreadable(error, (message) => new InvalidOptionsError('messages', 'plain data that can be read', message));
    }
  }

  private override(code: string, messages: LocaleResources): void {
    const locale = this.locales.get(canonicalLocale(code));
    if (!locale) throw new InvalidOptionsError('locale', `a loaded locale (${this.codes.join(', ')})`, code);
    if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
      throw new InvalidOptionsError('messages', 'an object of namespaces, e.g. { closing: { … } }', messages);
    }
    const problems: Array<{ key: string; problem: string }> = [];
    // Each message is read once: what is checked is what is stored.
    const accepted = new Map<string, MessageTree>();
    const namespaces = ownKeys(messages);
    if (!namespaces.ok) throw new InvalidOptionsError('messages', 'an object of namespaces that can be read', namespaces.error);
    for (const ns of namespaces.keys) {
      const where = (key: string) => (key ? `${ns}:${key}` : ns);
      if (!isSafeKey(ns)) {
        problems.push({ key: ns, problem: describeTreeProblem('unsafe-key', undefined) });
        continue;
      }
      const texts = readMessageTree(messages[ns], (key, problem, value) => problems.push({ key: where(key), problem: describeTreeProblem(problem, value) }));
      accepted.set(ns, buildMessageTree(texts, (key) => problems.push({ key: where(key), problem: describeTreeProblem('invalid-key', undefined) })));
      const current = locale.resources[ns];
      for (const [key, text] of texts) {
        const before = ownMessage(current, key.split('.')) ?? ownMessage(this.i18n.getResourceBundle(locale.code, ns), key.split('.'));
        if (before === undefined) {
          problems.push({ key: where(key), problem: 'no such message' });
          continue;
        }
        const parsed = parseMessage(text);
        const changed = parsed.ok ? changedKinds(text, placeholderKinds(before)) : [];
        if (!parsed.ok) problems.push({ key: where(key), problem: parsed.problem });
        else if (placeholderNames(text) !== placeholderNames(before)) problems.push({ key: where(key), problem: `placeholders must stay ${placeholderNames(before) || 'none'}, received ${placeholderNames(text) || 'none'}` });
        else if (changed.length > 0) problems.push({ key: where(key), problem: `a placeholder may not change its kind: ${changed.join(', ')}` });
      }
    }
    if (problems.length === 1) throw new InvalidLocaleError(locale.code, problems[0]!.problem, problems[0]!.key);
    if (problems.length > 1) throw new InvalidLocaleError(locale.code, problems.map((p) => `${p.key}: ${p.problem}`).join('; '), problems[0]!.key);
    for (const [ns, tree] of accepted) this.i18n.addResourceBundle(locale.code, ns, tree, true, true);
    this.plans.clear();
  }

  private addRegions(locale: TextLocale, code: string, regions: LocaleDefinition['regions']): void {
    for (const tag of Object.keys(regions ?? {})) {
      const canonical = canonicalLocale(tag, `locales["${code}"].regions`);
      if (languageOf(canonical) !== languageOf(code) || canonical === code) {
        throw new InvalidLocaleError(code, `a regional overlay must be a fuller tag of the same language, such as "${code}-US", received "${tag}"`, tag);
      }
      this.regional.set(canonical, locale);
    }
  }
}

/** A locale's fields that are not undefined. */
function definedFields(locale: TextLocale): Partial<TextLocale> {
  return Object.fromEntries(Object.entries(locale).filter(([, value]) => value !== undefined));
}

function regionResources(code: string, regions: LocaleDefinition['regions']) {
  return Object.entries(regions ?? {}).map(([tag, resources]) => {
    const region = canonicalLocale(tag);
    return [region, copyResources(code, resources, `${region}/`)] as const;
  });
}

function placeholderNames(text: string): string {
  const parsed = parseMessage(text);
  return parsed.ok ? [...new Set(parsed.segments.flatMap((s) => (typeof s === 'string' ? [] : [s.name])))].sort().join(', ') : '';
}

function describeProblems(problems: readonly LocaleProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `${p.namespace}:${p.key} ${p.message}`);
  return `${shown.join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`;
}

