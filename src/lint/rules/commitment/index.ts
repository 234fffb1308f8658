import type { RuleModule } from '../../rule';

/**
 * `commitment`: promises made on the company's behalf, each phrase with its `kind` (refund,
 * compensation, discount, replacement, deadline, guarantee) in the JSON files beside this module.
 * Off unless asked for: a human agent may promise what they are allowed to; a bot's promise is
 * held for approval by `guard`, which turns the rule on.
 */
export const commitment: RuleModule = {
  id: 'commitment',
  category: 'honesty',
  severity: 'warning',
  optIn: true,
  description: 'A promise on the company’s behalf (refund, compensation, discount, replacement, deadline, guarantee) that someone must have approved.',
  tuning:
    "- Off by default: turn it on with `rules: { commitment: 'warning' }`. Each diagnostic has a `kind` (`refund`, `compensation`, `discount`, `replacement`, `deadline`, `guarantee`); `guard` accepts the kinds and facts you allow (`commitments: { allow: ['replacement'], facts: { refundDays: 5 } }`).",
};
