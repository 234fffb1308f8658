import type { RuleModule } from '../../rule';

/** `blame`: its phrases per locale are in the JSON files beside this module. */
export const blame: RuleModule = {
  id: 'blame',
  category: 'respect',
  severity: 'error',
  description: 'Blaming the customer makes them defend themselves instead of solving the problem with you.',
};
