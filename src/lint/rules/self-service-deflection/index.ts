import type { RuleModule } from '../../rule';

/** `self-service-deflection`: its phrases per locale are in the JSON files beside this module. */
export const selfServiceDeflection: RuleModule = {
  id: 'self-service-deflection',
  category: 'respect',
  severity: 'warning',
  description: 'Sending customers off to search on their own feels like being dismissed.',
};
