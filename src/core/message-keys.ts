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

/**
 * Key parts that would walk into an object's prototype instead of its own data. A key path from
 * outside (an XLIFF unit id, a JSON file, a caller's overrides, a config file) never uses them:
 * `__proto__.x` written with a naive walker pollutes `Object.prototype` for the whole process.
 */
const UNSAFE_KEY_PARTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key (or one part of a dotted key path) is safe to use as an object property. */
export function isSafeKey(part: string): boolean {
  return !UNSAFE_KEY_PARTS.has(part);
}

/** What is wrong with one entry of a message tree from outside. */
export type MessageTreeProblem = 'unsafe-key' | 'invalid-key' | 'not-text' | 'empty' | 'entity' | 'too-deep' | 'too-large' | 'unreadable';

/** The named HTML references a message is likely to hold by mistake (HTML reads no unknown name: "Q&As;" is text). */
const NAMED_ENTITIES = 'amp|lt|gt|quot|apos|nbsp|ensp|emsp|thinsp|shy|copy|reg|trade|hellip|mdash|ndash|lsquo|rsquo|sbquo|ldquo|rdquo|bdquo|laquo|raquo|lsaquo|rsaquo|middot|bull|deg|plusmn|times|divide|euro|pound|yen|cent|sect|para|frac12|frac14|frac34|zwj|zwnj|lrm|rlm|iexcl|iquest|acute|uml|cedil';

/**
 * An HTML entity in a message: messages are plain text, and the channel escapes them, so
 * `&amp;` would reach a text reply as "&amp;" and an HTML one as "&amp;amp;". As HTML reads them:
 * numeric references with or without ";" and any leading zeros, named ones with ";", and the
 * common ones a browser reads without it (`&amp`, `&nbsp`). "Q&A" and "R & D" are text.
 */
// Built at the first message with a "&": a top-level expression made from a template with a
// substitution is one a bundler cannot tell is free of effects, and kept in every bundle.
let entity: RegExp | undefined;

/** The first HTML entity in a message (`&#281;`, `&amp;`), which a message must not hold; undefined when it has none. */
export function findEntity(text: string): string | undefined {
  if (!text.includes('&')) return undefined;
  entity ??= new RegExp(String.raw`&(?:#\d+;?|#x[\da-f]+;?|(?:${NAMED_ENTITIES});|(?:amp|lt|gt|quot|apos|nbsp|copy|reg)(?![a-z\d]))`, 'i');
  return entity.exec(text)?.[0];
}

/**
 * Reads a message tree that comes from outside (a caller's overrides or locale, a template's
 * messages): every own key, with each leaf checked. A key that names the prototype, a leaf that
 * is not text (an array, a number, `null`), and a message that is empty or blank are told to
 * `onProblem` and left out, so a caller can refuse them naming the key; the rest come back as
 * `key.path` → text.
 */
export function readMessageTree(tree: unknown, onProblem: (path: string, problem: MessageTreeProblem, value: unknown) => void): Map<string, string> {
  return walkMessageTree(tree, onProblem).texts;
}

/**
 * {@link readMessageTree}'s walk, which also builds the tree's copy as it goes when it can: each
 * value is read once, and the copy is the tree `buildMessageTree` would build from the texts when
 * nothing was reported and no key needs splitting (a dotted key, `"a.b"`) or refusing (a blank
 * one), as in every shipped locale; `nested` is undefined otherwise.
 */
function walkMessageTree(tree: unknown, onProblem: (path: string, problem: MessageTreeProblem, value: unknown) => void): { texts: Map<string, string>; nested: MessageTree | undefined } {
  const out = new Map<string, string>();
  // The objects on the path walked (a cycle is refused where it closes), and how many entries
  // were read: a tree that shares its branches (o.a = o.b = p, p.a = p.b = q, …) would otherwise
  // take time exponential in its depth.
  const ancestors = new Set<object>();
  let entries = 0;
  let plain = true;
  const problem = (path: string, kind: MessageTreeProblem, value: unknown) => {
    plain = false;
    onProblem(path, kind, value);
  };
  const walk = (node: object, keys: readonly string[], prefix: string, depth: number, copy: Record<string, unknown>): void => {
    ancestors.add(node);
    for (const key of keys) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (++entries > MAX_ENTRIES) {
        problem(path, 'too-large', entries);
        break;
      }
      if (plain && (key.includes('.') || key.trim() === '')) plain = false;
      let value: unknown;
      try {
        value = (node as Record<string, unknown>)[key];
      } catch (error) {
        problem(path, 'unreadable', error instanceof Error ? error.message : String(error));
        continue;
      }
      if (!isSafeKey(key)) problem(path, 'unsafe-key', value);
      else if (typeof value === 'string') {
        const entity = findEntity(value);
        if (value.trim() === '') problem(path, 'empty', value);
        else if (entity !== undefined) problem(path, 'entity', entity);
        // A message from outside (an override, a translation from XLIFF with `&#13;&#10;`) may break
        // its lines the Windows way or with Unicode separators: read as `\n` (U+2029, a paragraph
        // separator, as a blank line), they render as `<br>` and paragraphs, never a stray `\r`.
        else {
          const text = normalizeBreaks(value);
          out.set(path, text);
          copy[key] = text;
        }
      } else if (typeof value !== 'object' || value === null) problem(path, 'not-text', value);
      else {
        // Keys first: Array.isArray throws on a revoked Proxy, reading its keys reports it.
        const inner = ownKeys(value);
        if (!inner.ok) problem(path, 'unreadable', inner.error);
        else if (inner.keys.length === 0 || Array.isArray(value)) problem(path, 'not-text', value);
        else if (ancestors.has(value) || depth >= MAX_DEPTH) problem(path, 'too-deep', value);
        else walk(value, inner.keys, path, depth + 1, (copy[key] = Object.create(null) as Record<string, unknown>));
      }
    }
    ancestors.delete(node);
  };
  const nested = Object.create(null) as Record<string, unknown>;
  const top = typeof tree === 'object' && tree !== null ? ownKeys(tree) : undefined;
  if (top && !top.ok) problem('', 'unreadable', top.error);
  else if (top && top.keys.length > 0 && !Array.isArray(tree)) walk(tree as object, top.keys, '', 1, nested);
  else problem('', 'not-text', tree);
  return { texts: out, nested: plain ? (nested as MessageTree) : undefined };
}

const OTHER_BREAK = /[\r\v\f\u0085\u2028\u2029]/;
const normalizeBreaks = (text: string) => (OTHER_BREAK.test(text) ? text.replace(/\r\n?|[\v\f\u0085\u2028]/g, '\n').replace(/\u2029/g, '\n\n') : text);

/** How deep a message tree may nest: message files hold three or four levels. */
const MAX_DEPTH = 32;
/** The most entries one tree may hold: the shipped locales hold about a thousand messages each. */
const MAX_ENTRIES = 100_000;

/**
 * An object's own keys, or what went wrong reading them: a Proxy may be revoked or list a key
 * twice, and neither should end in a TypeError far from the caller's key.
 */
export function ownKeys(value: object): { ok: true; keys: string[] } | { ok: false; error: string } {
  try {
    return { ok: true, keys: Object.keys(value) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** How a {@link MessageTreeProblem} reads in an error message. */
export function describeTreeProblem(problem: MessageTreeProblem, value: unknown): string {
  if (problem === 'unsafe-key') return 'a key may not be __proto__, constructor or prototype';
  if (problem === 'invalid-key') return 'a key may not be empty or hold a dot (a dot separates the keys of a path)';
  if (problem === 'empty') return 'a message may not be empty or blank';
  if (problem === 'too-deep') return `messages may nest at most ${MAX_DEPTH} levels deep, and never inside themselves`;
  if (problem === 'too-large') return `a message tree may hold at most ${MAX_ENTRIES} entries`;
  if (problem === 'unreadable') return `the value could not be read (${String(value)})`;
  if (problem === 'entity') return `a message is plain text and each channel escapes it: write the character, not the HTML entity ${String(value)}`;
  return `a message must be text, received ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an empty object' : typeof value}`;
}

/**
 * Builds a message tree from `key.path` → text pairs read from outside (XLIFF units). Objects
 * have no prototype, so no key can reach `Object.prototype`; a key with an empty part or one that
 * names the prototype, or a key that is both a message and the prefix of another (`a` and
 * `a.b`), is told to `onProblem` and left out.
 */
export function buildMessageTree(
  entries: Iterable<readonly [string, string]>,
  onProblem: (path: string, problem: 'invalid-key' | 'conflict') => void,
): MessageTree {
  const tree: Record<string, unknown> = Object.create(null);
  entries: for (const [path, text] of entries) {
    const parts = path.split('.');
    if (parts.some((part) => part.trim() === '' || !isSafeKey(part))) {
      onProblem(path, 'invalid-key');
      continue;
    }
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (next === undefined) node = node[part] = Object.create(null) as Record<string, unknown>;
      else if (typeof next === 'object') node = next as Record<string, unknown>;
      else {
        onProblem(path, 'conflict');
        continue entries;
      }
    }
    const last = parts[parts.length - 1]!;
    if (node[last] !== undefined) {
      onProblem(path, 'conflict');
      continue;
    }
    node[last] = text;
  }
  return tree as MessageTree;
}

/**
 * A message tree from outside, checked as {@link readMessageTree} checks it and read once into a
 * tree of its own (objects without a prototype): what was checked is what is kept, whatever a
 * getter, a Proxy or a later change to the caller's object would give the next time.
 */
export function copyMessageTree(tree: unknown, onProblem: (path: string, problem: MessageTreeProblem, value: unknown) => void): MessageTree {
  // Built as the tree is walked where nothing needs splitting: building it again from the key
  // paths was half of copying a locale (the copy was 4.5 ms of the first createTactful in
  // Ukrainian). src/core/message-keys.test.ts holds the two ways to the same copy.
  const { texts, nested } = walkMessageTree(tree, onProblem);
  return nested ?? buildMessageTree(texts, (path) => onProblem(path, 'invalid-key', undefined));
}

/**
 * Message trees by key from outside (a locale's namespaces, a template's locales), each copied as
 * {@link copyMessageTree} copies it; `onProblem` names the key (empty for the container itself)
 * and the path in its tree, and must throw. With `emptyAllowed`, a key holding `{}` is kept empty:
 * a namespace not started yet has no message to check.
 */
export function copyMessageTrees(
  container: object,
  onProblem: (key: string, path: string, problem: MessageTreeProblem, value: unknown) => never,
  emptyAllowed = false,
): Record<string, MessageTree> {
  const copy = Object.create(null) as Record<string, MessageTree>;
  const keys = ownKeys(container);
  if (!keys.ok) onProblem('', '', 'unreadable', keys.error);
  for (const key of keys.keys) {
    if (!isSafeKey(key)) onProblem(key, '', 'unsafe-key', undefined);
    const tree = (container as Record<string, unknown>)[key];
    // Keys first: Array.isArray throws on a revoked Proxy, which copyMessageTree reports by its key.
    const inner = emptyAllowed && typeof tree === 'object' && tree !== null ? ownKeys(tree) : undefined;
    const empty = inner?.ok === true && inner.keys.length === 0 && !Array.isArray(tree);
    copy[key] = empty ? (Object.create(null) as MessageTree) : copyMessageTree(tree, (path, problem, value) => onProblem(key, path, problem, value));
  }
  return copy;
}

/**
 * The text at a key path of a tree, through own properties only: `constructor.name` is never
 * `Object`, whatever the tree inherits.
 */
export function ownMessage(tree: unknown, path: readonly string[]): string | undefined {
  let node = tree;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The path of the first key in a parsed JSON value that names the prototype (`rules.__proto__`),
 * or undefined. Data read from a file is refused with it before any code walks or copies it.
 */
export function unsafeKeyPath(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (!isSafeKey(key)) return here;
    const inner = unsafeKeyPath((value as Record<string, unknown>)[key], here);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
