/**
 * A template's structure, compiled: what a Handlebars structure such as
 * `{{#if customerName}}{{t "named"}}{{else}}{{t "plain"}}{{/if}} {{t "offer"}}` means, as data.
 * Structures may only output messages, branch on a variable and hold white space, so a list of
 * three kinds of node says all of it. The built-in catalog is compiled to this form at build time
 * (from Handlebars' own parser) and `defineTemplate` compiles to it at run time, so rendering
 * needs neither a Handlebars runtime nor `eval`, and walking a few nodes costs next to nothing.
 */
export type StructureNode = string | MessageNode | BranchNode;

/** `{{t "key"}}`, or `{{t "key" count=variable}}` for a message with plural forms. */
export interface MessageNode {
  /** The key as the structure writes it: `named`, or `common:anythingElse`. */
  readonly t: string;
  /** The variable whose value chooses the plural form. */
  readonly count?: string;
}

/** `{{#if name}}…{{else}}…{{/if}}`; `{{#unless}}` compiles to the same node with its branches swapped. */
export interface BranchNode {
  readonly if: string;
  readonly then: readonly StructureNode[];
  readonly else: readonly StructureNode[];
}

/** One compiled structure (one phrasing, or variant, of a template). */
export type Structure = readonly StructureNode[];

/** What a structure needs from the render: flags and variables by name, and the text of a message. */
export interface StructureScope {
  value(name: string): unknown;
  message(node: MessageNode): string;
}

/**
 * Handlebars' truth for `{{#if}}`: false, undefined, null, '', 0, NaN and [] choose `{{else}}`.
 * (0 is false on purpose: `refundDays: 0` leaves the sentence with the number out.)
 */
export function isTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Writes a structure out: the text between the nodes, the messages, the branch that holds. */
export function renderStructure(structure: Structure, scope: StructureScope): string {
  let out = '';
  for (const node of structure) {
    if (typeof node === 'string') out += node;
    else if ('t' in node) out += scope.message(node);
    else out += renderStructure(isTruthy(scope.value(node.if)) ? node.then : node.else, scope);
  }
  return out;
}
