import type { PolishContext, PolishResult } from '../conversation/polish';
import { InvalidOptionsError } from '../core/errors';
import { LINT_OPTION_NAMES, type LintOptions } from '../lint/options';
import { checkGuardOptions, guard, GUARD_OPTION_NAMES, type GuardOptions, type GuardResult } from './guard';

/** What an instance's `guard` takes: the linter's options but `locales` (the instance's own), guard's, and `polish`. */
const INSTANCE_OPTION_NAMES: ReadonlySet<string> = new Set([...[...LINT_OPTION_NAMES].filter((name) => name !== 'locales'), ...GUARD_OPTION_NAMES, 'polish']);

/** Options of an instance's `guard`: a locale by tag (else the reply's language), and polish on request. */
export type InstanceGuardOptions = Omit<GuardOptions, 'locale' | 'locales'> & {
  readonly locale?: string;
  /**
   * Also add what etiquette expects, as `polish` does: a greeting on the first reply, the
   * "anything else?" question when `ending` is true. Off unless asked: `true`, or polish's context
   * (`{ transcript, ending, customerName }`).
   */
  readonly polish?: boolean | Omit<PolishContext, 'locale' | 'register' | 'lint'>;
};

/** What an instance lends its `guard`: its lint options for a text, and its `polish`. */
export interface InstanceGuardDeps {
  readonly lintOptions: (text: string, options: Omit<LintOptions, 'locales'> & { readonly locale?: string }) => LintOptions;
  readonly polish: (reply: string, context: PolishContext) => PolishResult;
}

/** An instance's `guard`: in its locales (detected when not given) and register. */
export function guardWithInstance(reply: string, options: InstanceGuardOptions, deps: InstanceGuardDeps): GuardResult {
  checkGuardOptions(options as GuardOptions, INSTANCE_OPTION_NAMES);
  const { polish, policy, commitments, fix, ...rest } = options;
  if (polish !== undefined && typeof polish !== 'boolean' && (typeof polish !== 'object' || polish === null || Array.isArray(polish))) {
    throw new InvalidOptionsError('polish', "true, false, or polish's context ({ transcript, ending, customerName })", polish);
  }
  const lintOptions = deps.lintOptions(typeof reply === 'string' ? reply : '', rest);
  const guardOptions: GuardOptions = { ...lintOptions, ...(policy ? { policy } : {}), ...(commitments !== undefined ? { commitments } : {}), ...(fix !== undefined ? { fix } : {}) };
  if (!polish) return guard(reply, guardOptions);
  const context = polish === true ? {} : polish;
  const { locale, register, locales: _locales, ...lint } = lintOptions;
  return guard(reply, guardOptions, { polish: (text) => deps.polish(text, { ...context, locale: typeof locale === 'string' ? locale : locale?.code, register, lint }) });
}
