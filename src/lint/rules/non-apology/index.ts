import type { RuleModule } from '../../rule';

/** `non-apology`: its phrases per locale are in the JSON files beside this module. */
export const nonApology: RuleModule = {
  id: 'non-apology',
  category: 'honesty',
  severity: 'warning',
  description: 'A generic or conditional apology sounds like no apology at all.',
};
