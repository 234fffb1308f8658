import type { AnyTemplate } from '../core/template';
import { builtinTemplate } from './builtin';
import { catalog } from '../generated/catalog';

/**
 * Every built-in template as rendering needs it: structures, variable kinds and schemas, without
 * descriptions and examples (`src/generated/catalog-details.ts`), which `tactful/render` leaves out.
 */
export const renderableTemplates: readonly AnyTemplate[] = /* @__PURE__ */ catalog.map((entry) => builtinTemplate(entry));
