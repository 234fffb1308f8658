import type { RuleMeta, RuleModule } from './rule';
import { blame } from './rules/blame/index';
import { dismissive } from './rules/dismissive/index';
import { flatRefusal } from './rules/flat-refusal/index';
import { jargon } from './rules/jargon/index';
import { nonApology } from './rules/non-apology/index';
import { notMyDepartment } from './rules/not-my-department/index';
import { policyShield } from './rules/policy-shield/index';
import { profanity } from './rules/profanity/index';
import { register } from './rules/register/index';
import { robotic } from './rules/robotic/index';
import { selfServiceDeflection } from './rules/self-service-deflection/index';
import { shouting } from './rules/shouting/index';
import { slang } from './rules/slang/index';
import { uncertainty } from './rules/uncertainty/index';
import { commitment } from './rules/commitment/index';
import { unfilledPlaceholder } from './rules/unfilled-placeholder/index';
import type { RuleId } from './types';

export type { RuleMeta } from './rule';

/**
 * The built-in rules, each a module in its folder `src/lint/rules/<id>/` with its phrases,
 * messages, suggestions and examples per locale (`<lng>.json`) and its tests; its documentation
 * is `docs/rules/<id>.md`. The linter reads rules from here only.
 */
export const RULE_MODULES: Readonly<Record<RuleId, RuleModule>> = {
  'policy-shield': policyShield,
  uncertainty,
  'flat-refusal': flatRefusal,
  'self-service-deflection': selfServiceDeflection,
  blame,
  dismissive,
  'not-my-department': notMyDepartment,
  'non-apology': nonApology,
  robotic,
  jargon,
  shouting,
  slang,
  register,
  profanity,
  'unfilled-placeholder': unfilledPlaceholder,
  commitment,
};

/** Each built-in rule's category, default severity and description. */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = Object.freeze(
  Object.fromEntries(
    Object.entries(RULE_MODULES).map(([id, { category, severity, description, optIn }]) => [id, Object.freeze({ id: id as RuleId, category, severity, description, ...(optIn ? { optIn } : {}) })]),
  ) as Record<RuleId, RuleMeta>,
);
