import type { RuleModule } from '../../rule';

/** `jargon`: its phrases per locale are in the JSON files beside this module. */
export const jargon: RuleModule = {
  id: 'jargon',
  category: 'clarity',
  severity: 'info',
  description: 'Technical terms the customer may not know; explain them or use plain words.',
};
