import type { RuleModule } from '../../rule';

/** `flat-refusal`: its phrases per locale are in the JSON files beside this module. */
export const flatRefusal: RuleModule = {
  id: 'flat-refusal',
  category: 'tone',
  severity: 'warning',
  description: 'A flat "no" closes the door; say what you can do instead.',
};
