import type { RuleModule } from '../../rule';

/** `uncertainty`: its phrases per locale are in the JSON files beside this module. */
export const uncertainty: RuleModule = {
  id: 'uncertainty',
  category: 'honesty',
  severity: 'warning',
  description: '"I don\'t know" ends the search; say what you will do to find out.',
};
