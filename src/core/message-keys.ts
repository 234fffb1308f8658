import type { MessageTree, Register } from './types';

/**
 * Message keys as i18next writes them: a path of nested keys, and at the end of the last one
 * the register (context) and the plural form, `eta_formal_one`.
 */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const REGISTER_SUFFIX = /_(formal|informal)$/;

/** A message key without its suffixes, and the suffixes. */
export interface KeyParts {
  readonly base: string;
  readonly register: Register | undefined;
  readonly plural: string | undefined;
}

/** `eta_formal_one` → `{ base: 'eta', register: 'formal', plural: 'one' }`. */
export function keyParts(key: string): KeyParts {
  let rest = key;
  const plural = PLURAL_SUFFIX.exec(rest)?.[1];
  if (plural) rest = rest.slice(0, -plural.length - 1);
  const register = REGISTER_SUFFIX.exec(rest)?.[1] as Register | undefined;
  if (register) rest = rest.slice(0, -register.length - 1);
  return { base: rest, register, plural };
}

/**
 * Flattens a message tree to `key.path` → text. A leaf that is neither text nor a tree is left
 * out, and told to `onOther` when given.
 */
export function flatten(tree: MessageTree, onOther?: (path: string, value: unknown) => void): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: MessageTree, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else if (typeof value === 'object' && value !== null && !Array.isArray(value)) walk(value, path);
      else onOther?.(path, value);
    }
  };
  walk(tree, '');
  return out;
}
