import type { RuleModule } from '../../rule';

/** `not-my-department`: its phrases per locale are in the JSON files beside this module. */
export const notMyDepartment: RuleModule = {
  id: 'not-my-department',
  category: 'tone',
  severity: 'error',
  description: 'To the customer you are the company; say who will help and hand it over.',
};
