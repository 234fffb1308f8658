import Handlebars from 'handlebars';
import { describeValue, InvalidTemplateError } from '../core/errors';
import type { StructureNode } from '../core/structure';
import { messageRef, parseTemplateId, type MessageRef } from '../core/template';

type Node = hbs.AST.Node;
type Position = { line: number; column: number };

function positionOf(node: Node): Position {
  return { line: node.loc.start.line, column: node.loc.start.column + 1 };
}

/** A structure compiled from its Handlebars source, and the messages it uses. */
export interface CompiledStructure {
  readonly nodes: StructureNode[];
  readonly refs: MessageRef[];
}

/**
 * Checks a template's Handlebars structure and compiles it to structure nodes, listing the
 * messages it uses. A structure may only call `{{t "key"}}` (with `count=variable` for plural
 * messages), branch with `{{#if variable}}` / `{{#unless variable}}` / `{{else}}` on declared
 * variables, and hold white space between them: every word a customer reads comes from a
 * translatable message. Anything else is an `InvalidTemplateError` with the position, raised now
 * rather than at the first render. Handlebars' own parser reads the source, so white-space
 * control (`{{~`) and standalone block lines behave exactly as in Handlebars.
 *
 * @example
 * ```ts
 * import { compileStructure } from 'tactful/define';
 *
 * compileStructure('shop.order-ready', '{{#if orderId}}{{t "withOrder"}}{{else}}{{t "plain"}}{{/if}}', new Set(['orderId'])).nodes;
 * // → [{ if: 'orderId', then: [{ t: 'withOrder' }], else: [{ t: 'plain' }] }]
 * ```
 */
export function compileStructure(id: string, structure: string, declared: ReadonlySet<string>): CompiledStructure {
  const { category, name } = parseTemplateId(id);
  if (typeof structure !== 'string') throw new InvalidTemplateError(id, `a structure must be Handlebars text, received ${describeValue(structure)}`);
  checkNesting(id, structure);
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(structure);
  } catch (error) {
    throw new InvalidTemplateError(id, `Handlebars syntax error: ${firstLine(error)}`, parsePosition(error));
  }
  const refs = new Map<string, MessageRef>();
  const fail = (node: Node, detail: string): never => {
    throw new InvalidTemplateError(id, detail, positionOf(node));
  };
  const checkVariable = (node: Node): string => {
    if (node.type !== 'PathExpression') return fail(node, 'expected a variable name');
    const path = node as hbs.AST.PathExpression;
    const head = path.parts[0];
    if (path.data || path.depth > 0 || path.parts.length !== 1 || head === undefined) {
      return fail(node, `"${path.original}" is not a plain variable name`);
    }
    if (!declared.has(head)) {
      return fail(node, `unknown variable "${head}" — declared: ${[...declared].join(', ') || 'none'}`);
    }
    return head;
  };
  const visit = (node: Node, out: StructureNode[]): void => {
    switch (node.type) {
      case 'Program':
        for (const child of (node as hbs.AST.Program).body) visit(child, out);
        return;
      case 'ContentStatement': {
        const text = (node as hbs.AST.ContentStatement).value;
        if (text.trim() !== '') fail(node, `text "${text.trim().slice(0, 40)}" belongs in a translatable message: use {{t "key"}}`);
        if (text === '') return;
        if (typeof out.at(-1) === 'string') out[out.length - 1] += text;
        else out.push(text);
        return;
      }
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        const helper = mustache.path.type === 'PathExpression' ? (mustache.path as hbs.AST.PathExpression).original : '';
        if (helper !== 't') return fail(node, `only {{t "key"}} may output text here, found "{{${helper}}}"`);
        const [key, ...extra] = mustache.params;
        if (!key || key.type !== 'StringLiteral' || extra.length > 0) return fail(node, '{{t}} takes exactly one quoted message key');
        const pairs = mustache.hash?.pairs ?? [];
        let count: string | undefined;
        for (const pair of pairs) {
          if (pair.key !== 'count') fail(pair, `{{t}} accepts only count=…, found ${pair.key}=…`);
          count = checkVariable(pair.value);
        }
        const raw = (key as hbs.AST.StringLiteral).value;
        const ref = messageRef(raw, category, name, count !== undefined);
        const previous = refs.get(`${ref.ns}:${ref.key}`);
        if (previous && previous.counted !== ref.counted) fail(node, `message "${ref.key}" is used both with and without count`);
        refs.set(`${ref.ns}:${ref.key}`, ref);
        out.push(count === undefined ? { t: raw } : { t: raw, count });
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const helper = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        if (helper !== 'if' && helper !== 'unless') return fail(node, `only {{#if}} and {{#unless}} blocks are allowed, found "{{#${helper}}}"`);
        if (block.params.length !== 1 || (block.hash?.pairs.length ?? 0) > 0) return fail(node, `{{#${helper}}} takes exactly one variable`);
        const condition = checkVariable(block.params[0] as Node);
        const then: StructureNode[] = [];
        const otherwise: StructureNode[] = [];
        // `{{^if x}}…{{/if}}` has no program, only its inverse: "…" when x is not given.
        if (block.program) visit(block.program, then);
        if (block.inverse) visit(block.inverse, otherwise);
        out.push(helper === 'if' ? { if: condition, then, else: otherwise } : { if: condition, then: otherwise, else: then });
        return;
      }
      default:
        fail(node, `${node.type} is not allowed in a template structure`);
    }
  };
  const nodes: StructureNode[] = [];
  visit(program, nodes);
  if (refs.size === 0) throw new InvalidTemplateError(id, 'the structure uses no message: add at least one {{t "key"}}');
  return { nodes, refs: [...refs.values()] };
}

/** Deeper than any real reply needs; Handlebars' parser slows down super-linearly long before its stack runs out. */
export const MAX_STRUCTURE_DEPTH = 16;
/** A structure holds message keys and branches, never text: far below this even with many variants. */
export const MAX_STRUCTURE_LENGTH = 20_000;

/**
 * Refuses, before Handlebars parses it, a structure whose blocks nest deeper than
 * {@link MAX_STRUCTURE_DEPTH} or that is longer than {@link MAX_STRUCTURE_LENGTH}: one linear
 * scan of the `{{#…}}` and `{{/…}}` tags, so a hostile structure costs microseconds to refuse.
 */
function checkNesting(id: string, structure: string): void {
  if (structure.length > MAX_STRUCTURE_LENGTH) {
    throw new InvalidTemplateError(id, `the structure is ${structure.length} characters long, more than the ${MAX_STRUCTURE_LENGTH} allowed`);
  }
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  const tags = /\n|\{\{~?\s*([#^/])/g;
  for (let match = tags.exec(structure); match; match = tags.exec(structure)) {
    if (match[0] === '\n') {
      line++;
      lineStart = match.index + 1;
      continue;
    }
    depth += match[1] === '/' ? -1 : 1;
    if (depth > MAX_STRUCTURE_DEPTH) {
      throw new InvalidTemplateError(id, `blocks nest more than ${MAX_STRUCTURE_DEPTH} deep`, { line, column: match.index - lineStart + 1 });
    }
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter((line) => line && !/^-*\^$/.test(line)).pop() ?? message;
}

function parsePosition(error: unknown): Position | undefined {
  const e = error as { lineNumber?: number; column?: number; hash?: { loc?: { first_line: number; first_column: number } }; message?: string };
  if (typeof e.lineNumber === 'number') return { line: e.lineNumber, column: (e.column ?? 0) + 1 };
  if (e.hash?.loc) return { line: e.hash.loc.first_line, column: e.hash.loc.first_column + 1 };
  const line = /on line (\d+)/.exec(e.message ?? '');
  const caret = /\n(-*)\^/.exec(e.message ?? '');
  return line ? { line: Number(line[1]), column: (caret?.[1]?.length ?? 0) + 1 } : undefined;
}
