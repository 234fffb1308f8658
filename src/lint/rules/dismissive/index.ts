import type { RuleModule } from '../../rule';

/** `dismissive`: its phrases per locale are in the JSON files beside this module. */
export const dismissive: RuleModule = {
  id: 'dismissive',
  category: 'respect',
  severity: 'error',
  description: 'Dismissive phrases make an upset customer feel unheard.',
};
