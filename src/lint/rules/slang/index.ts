import type { RuleModule } from '../../rule';

/** `slang`: its phrases per locale are in the JSON files beside this module. */
export const slang: RuleModule = {
  id: 'slang',
  category: 'style',
  severity: 'warning',
  description: 'Chat slang and shorthand look careless in a support reply.',
};
