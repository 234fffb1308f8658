import { InvalidOptionsError, MissingMessageError } from '../core/errors';
import { DEFAULT_QUOTES, renderSegments, type MessageEnvironment, type Placeholder } from '../core/message';
import type { AnyTemplate } from '../core/template';
import type { LocaleDefinition, Register } from '../core/types';
import { validateVariables } from '../core/validate';
import { effectiveFormat, variableKey } from './expand';
import { resolveUnits, type ExportUnit } from './source';

/** Options of {@link botVariables}. */
export interface BotVariablesOptions {
  /** The locale the reply is written in. */
  readonly locale: LocaleDefinition;
  readonly register?: Register;
  /** The tag dates, numbers and money are formatted with (`lv-LV`). Default: the locale's. */
  readonly formatLocale?: string;
  /** IANA time zone for dates and times (the customer's). Default: the runtime's. */
  readonly timeZone?: string;
}

/**
 * The variables an exported `.lg` template or Rasa response reads for one reply: each variable
 * under its own name, as given, and each formatted value as tactful's renderer would show it
 * under `<name>_<format>` (`since_time`, `newPrice_currency`, `newDeliveryDate_date_numeric`).
 * For bots in JavaScript that run an exported file; bots in other languages format the same
 * values themselves.
 *
 * @example
 * ```ts no-run
 * import { botVariables } from 'tactful/export';
 * import lv from 'tactful/locales/lv';
 *
 * botVariables(template, { since: new Date('2026-12-03T07:30:00Z'), affected: 'karšu maksājumi' }, { locale: lv, timeZone: 'Europe/Riga' });
 * // { since: Date, affected: 'karšu maksājumi', since_date_numeric: '03.12.2026.', since_time: '09:30' }
 * ```
 */
// Resolving a template's messages builds an i18next instance: once per template, locale and register.
const units = new WeakMap<AnyTemplate, WeakMap<LocaleDefinition, Map<Register, ExportUnit>>>();

function unitFor(template: AnyTemplate, locale: LocaleDefinition, register: Register): ExportUnit {
  let byLocale = units.get(template);
  if (!byLocale) units.set(template, (byLocale = new WeakMap()));
  let byRegister = byLocale.get(locale);
  if (!byRegister) byLocale.set(locale, (byRegister = new Map()));
  let unit = byRegister.get(register);
  if (!unit) {
    const resolved = resolveUnits({ locales: [locale], registers: [register], templates: [template], builtin: false });
    unit = resolved.units[0];
    if (!unit) throw new MissingMessageError(template.id, locale.code, '', resolved.refused[0]?.reason ?? 'no messages in this locale');
    byRegister.set(register, unit);
  }
  return unit;
}

export function botVariables(template: AnyTemplate, variables: Readonly<Record<string, unknown>>, options: BotVariablesOptions): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || typeof options.locale?.code !== 'string') {
    throw new InvalidOptionsError('locale', 'a locale object from "tactful/locales/<lng>"', options?.locale);
  }
  const values = validateVariables(template, variables) as Record<string, unknown>;
  const register = options.register ?? 'formal';
  const unit = unitFor(template, options.locale, register);
  const env: MessageEnvironment = {
    locale: options.formatLocale ?? options.locale.formatLocale ?? unit.code,
    quotes: options.locale.quotes ?? DEFAULT_QUOTES,
    channel: 'text',
    vocative: options.locale.vocative,
    timeZone: options.timeZone,
    fail: (placeholder: Placeholder, problem: string): never => {
      throw new MissingMessageError(template.id, unit.code, placeholder.name, `{{${placeholder.name}}} ${problem}`);
    },
  };
  const out: Record<string, unknown> = { ...values };
  for (const segments of unit.messages.values()) {
    for (const segment of segments) {
      if (typeof segment === 'string') continue;
      const format = effectiveFormat(segment.format, unit.variables.get(segment.name)?.kind);
      if (format === undefined || format === 'vocative' || format === 'url' || format === 'number' || segment.name === 'count') continue;
      const value = valueAt(values, segment.name);
      if (value === undefined || value === null) continue;
      out[variableKey(segment.name, format, segment.options)] = renderSegments([segment], (name) => valueAt(values, name), env);
    }
  }
  return out;
}

function valueAt(values: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = values;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
