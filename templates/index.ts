/**
 * Every built-in template, in catalog order. The structures are precompiled by
 * `npm run generate` into `src/catalog/precompiled.ts`; the text lives in `locales/`.
 */
import * as apology from './apology';
import * as closing from './closing';
import * as escalation from './escalation';
import * as greeting from './greeting';
import * as priceChange from './price-change';

export const templateSources = [
  greeting.welcome,
  apology.wrongItem,
  escalation.transfer,
  priceChange.increaseNotice,
  closing.anythingElse,
] as const;
