import i18next, { type i18n } from 'i18next';
import { MESSAGE_STORE_OPTIONS } from '../render/locale-registry';
import { builtinTemplates } from '../catalog';
import { InvalidOptionsError, requireLocaleObject } from '../core/errors';
import { canonicalLocale } from '../core/locale';
import type { AnyTemplate, VariableShape } from '../core/template';
import { REGISTERS, type LocaleDefinition, type Register } from '../core/types';
import { describeVariable, type VariableDescriptor } from '../core/variables';
import { buildPlan } from '../render/plan';
import { expandStructure, type ExpandPolicy, type ExportCase, type ResolvedMessages } from './expand';

/** One template in one locale and register, with its messages resolved as the renderer resolves them. */
export interface ExportUnit {
  readonly template: AnyTemplate;
  readonly locale: LocaleDefinition;
  /** The locale's code (`lv`). */
  readonly code: string;
  readonly register: Register;
  readonly messages: ResolvedMessages;
  /** The template's variables, described (kind, required). */
  readonly variables: ReadonlyMap<string, VariableDescriptor>;
  /** Names the structures branch on that are derived flags, not variables (`morning`). */
  readonly derived: ReadonlySet<string>;
  /** The variables some message of this locale puts in the vocative (only where the locale has a vocative rule). */
  readonly vocatives: ReadonlySet<string>;
}

/** A template that could not be exported in a locale and register, and why. */
export interface ExportRefusal {
  readonly templateId: string;
  readonly locale: string;
  readonly register: Register;
  readonly reason: string;
}

/** What to export: the locales and registers, and which templates. */
export interface SourceOptions {
  readonly locales: readonly LocaleDefinition[];
  readonly registers?: readonly Register[];
  /** Your own templates (from `tactful/define`); one with a built-in id replaces it. */
  readonly templates?: readonly AnyTemplate[];
  /** Export the built-in catalog too. Default: true. */
  readonly builtin?: boolean;
}

/**
 * The catalog to export, resolved through i18next as `createTactful` resolves it (register
 * fallback, plural suffixes, a template's own messages), but without falling back to another
 * language: a locale that lacks a message a template needs gets no copy of that template.
 */
export function resolveUnits(options: SourceOptions): { units: ExportUnit[]; refused: ExportRefusal[] } {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object with at least `locales`', options);
  if (!Array.isArray(options.locales) || options.locales.length === 0) {
    throw new InvalidOptionsError('locales', 'a non-empty array of locales, e.g. [en, lv] from "tactful/locales/<lng>"', options.locales);
  }
  for (let i = 0; i < options.locales.length; i++) requireLocaleObject(`locales[${i}]`, options.locales[i]);
  const registers = options.registers ?? REGISTERS;
  for (const register of registers) {
    if (!REGISTERS.includes(register)) throw new InvalidOptionsError('registers', `a list of ${REGISTERS.join(', ')}`, registers);
  }
  const catalog = new Map<string, AnyTemplate>();
  if (options.builtin !== false) for (const template of builtinTemplates) catalog.set(template.id, template);
  for (const template of options.templates ?? []) {
    if (typeof template !== 'object' || template === null || !Array.isArray(template.variants)) {
      throw new InvalidOptionsError('templates', 'templates made with defineTemplate() from "tactful/define"', template);
    }
    catalog.set(template.id, template);
  }
  const locales = options.locales.map((locale) => [canonicalLocale(locale.code, 'locales'), locale] as const);
  const i18n = createI18n(locales, options.templates ?? []);

  const units: ExportUnit[] = [];
  const refused: ExportRefusal[] = [];
  const templates = [...catalog.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const template of templates) {
    const variables = new Map(Object.entries(template.variables as VariableShape).map(([name, schema]) => [name, describeVariable(name, schema)]));
    const derived = new Set(Object.keys(template.derive ?? {}));
    for (const [code, locale] of locales) {
      for (const register of registers) {
        // English has one register: its informal copy would be the formal one again.
        if (!locale.registers.includes(register)) continue;
        const plan = buildPlan(i18n, template, code, register);
        if (!plan.ok) {
          refused.push({ templateId: template.id, locale: code, register, reason: plan.problem });
          continue;
        }
        const vocatives = new Set<string>();
        if (locale.vocative) {
          for (const segments of plan.messages.values()) {
            for (const segment of segments) if (typeof segment !== 'string' && segment.format === 'vocative') vocatives.add(segment.name);
          }
        }
        // A template with no informal wording of its own (its messages have no `_informal` form)
        // would export the formal entry twice, under two names.
        const formal = register === 'informal' ? units.find((u) => u.template === template && u.code === code && u.register === 'formal') : undefined;
        if (formal && sameMessages(formal.messages, plan.messages)) continue;
        units.push({ template, locale, code, register, messages: plan.messages, variables, derived, vocatives });
      }
    }
  }
  return { units, refused };
}

function sameMessages(a: ExportUnit['messages'], b: ExportUnit['messages']): boolean {
  if (a.size !== b.size) return false;
  for (const [key, segments] of a) if (JSON.stringify(segments) !== JSON.stringify(b.get(key))) return false;
  return true;
}

function createI18n(locales: ReadonlyArray<readonly [string, LocaleDefinition]>, templates: readonly AnyTemplate[]): i18n {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries(locales.map(([code, locale]) => [code, structuredClone(locale.resources)])),
    lng: locales[0]![0],
    ...MESSAGE_STORE_OPTIONS,
  } as Parameters<i18n['init']>[0]);
  const known = new Set(locales.map(([code]) => code));
  for (const template of templates) {
    for (const [code, tree] of Object.entries(template.messages ?? {})) {
      const canonical = canonicalLocale(code, `templates["${template.id}"].messages`);
      if (known.has(canonical)) i18n.addResourceBundle(canonical, template.category, { [template.name]: tree }, true, true);
    }
  }
  return i18n;
}

/** The decisions a policy took for a unit, for the report: `{ customerName: false }`, `{ delayDays: 'few' }`. */
export type FixedDecisions = Record<string, boolean | string>;

/**
 * Expands every variant of a unit under a policy, and records what the policy decided instead of
 * the tool: a name left out because the tool cannot put it in the vocative, a derived flag, a
 * plural form chosen up front.
 */
export function expandUnit(unit: ExportUnit, policy: ExpandPolicy): { variants: ExportCase[][]; fixed: FixedDecisions } {
  const fixed: FixedDecisions = {};
  const recording: ExpandPolicy = {
    given(name) {
      const decision = policy.given(name);
      if (decision !== undefined) fixed[name] = decision;
      return decision;
    },
    plural(name) {
      const decision = policy.plural(name);
      if (decision !== undefined) fixed[name] = decision;
      return decision;
    },
  };
  const variants = unit.template.variants.map((structure) => expandStructure(structure, unit.messages, unit.code, recording, unit.locale.vocative !== undefined, (name) => unit.variables.get(name)?.kind));
  return { variants, fixed: Object.fromEntries(Object.entries(fixed).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** The plural category a number falls in, in a locale. */
export function pluralCategory(locale: string, count: number): string {
  return new Intl.PluralRules(locale).select(count);
}

/** `apology.wrong-item` + `lv` + `informal` → `apology-wrong-item-lv-informal`; variant 2 → `…-2`. */
export function shortCode(unit: Pick<ExportUnit, 'template' | 'code' | 'register'>, variant: number): string {
  return [unit.template.id.replace('.', '-'), unit.code.toLowerCase(), unit.register === 'informal' ? 'informal' : '', variant > 0 ? String(variant + 1) : '']
    .filter(Boolean)
    .join('-');
}
