import type { RuleModule } from '../../rule';

/** `policy-shield`: its phrases per locale are in the JSON files beside this module. */
export const policyShield: RuleModule = {
  id: 'policy-shield',
  category: 'tone',
  severity: 'error',
  description: 'Hiding behind rules tells customers the rules matter more than they do.',
};
