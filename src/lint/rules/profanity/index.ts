import type { RuleModule } from '../../rule';

/** `profanity`: its phrases per locale are in the JSON files beside this module. */
export const profanity: RuleModule = {
  id: 'profanity',
  category: 'respect',
  severity: 'error',
  description: 'Swearing has no place in a reply to a customer.',
};
