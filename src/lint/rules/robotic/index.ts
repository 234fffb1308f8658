import type { RuleModule } from '../../rule';

/** `robotic`: its phrases per locale are in the JSON files beside this module. */
export const robotic: RuleModule = {
  id: 'robotic',
  category: 'style',
  severity: 'info',
  description: 'Stock phrases sound canned; write as a person would.',
};
