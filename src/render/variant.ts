import { InvalidOptionsError } from '../core/errors';
import type { AnyTemplate } from '../core/template';

/** FNV-1a, 32 bits: a small, stable hash so the same seed picks the same phrasing everywhere. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Picks a phrasing: an index is used as given (and must exist); a string seed (a conversation
 * id, say) maps to a stable index, so a bot varies its wording between conversations but never
 * within one.
 */
export function pickVariant(template: AnyTemplate, variant: number | string | undefined): number {
  const count = template.variants.length;
  if (variant === undefined) return 0;
  if (typeof variant === 'string') return hash(variant) % count;
  if (Number.isInteger(variant) && variant >= 0 && variant < count) return variant;
  throw new InvalidOptionsError('variant', `an index from 0 to ${count - 1} for "${template.id}", or a string seed`, variant);
}
