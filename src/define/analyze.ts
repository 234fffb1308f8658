import Handlebars from 'handlebars';
import { InvalidTemplateError } from '../core/errors';
import { parseTemplateId, type MessageRef } from '../core/template';

/** Options every structure is compiled with: only our helpers, no prototype access. */
export const COMPILE_OPTIONS = {
  knownHelpers: { t: true },
  knownHelpersOnly: true,
  preventIndent: true,
} as const;

type Node = hbs.AST.Node;
type Position = { line: number; column: number };

function positionOf(node: Node): Position {
  return { line: node.loc.start.line, column: node.loc.start.column + 1 };
}

/**
 * Checks a template's Handlebars structure and lists the messages it uses. A structure may only
 * call `{{t "key"}}` (with `count=variable` for plural messages), branch with `{{#if variable}}` /
 * `{{#unless variable}}` / `{{else}}` on declared variables, and hold white space between them:
 * every word a customer reads comes from a translatable message. Anything else is an
 * `InvalidTemplateError` with the position, raised now rather than at the first render.
 */
export function analyzeStructure(id: string, structure: string, declared: ReadonlySet<string>): MessageRef[] {
  const { category, name } = parseTemplateId(id);
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
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case 'ContentStatement': {
        const text = (node as hbs.AST.ContentStatement).value;
        if (text.trim() !== '') fail(node, `text "${text.trim().slice(0, 40)}" belongs in a translatable message: use {{t "key"}}`);
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
        for (const pair of pairs) {
          if (pair.key !== 'count') fail(pair, `{{t}} accepts only count=…, found ${pair.key}=…`);
          checkVariable(pair.value);
        }
        const ref = toRef((key as hbs.AST.StringLiteral).value, category, name, pairs.length > 0);
        const previous = refs.get(`${ref.ns}:${ref.key}`);
        if (previous && previous.counted !== ref.counted) fail(node, `message "${ref.key}" is used both with and without count`);
        refs.set(`${ref.ns}:${ref.key}`, ref);
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const helper = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        if (helper !== 'if' && helper !== 'unless') return fail(node, `only {{#if}} and {{#unless}} blocks are allowed, found "{{#${helper}}}"`);
        if (block.params.length !== 1 || (block.hash?.pairs.length ?? 0) > 0) return fail(node, `{{#${helper}}} takes exactly one variable`);
        checkVariable(block.params[0] as Node);
        visit(block.program);
        if (block.inverse) visit(block.inverse);
        return;
      }
      default:
        fail(node, `${node.type} is not allowed in a template structure`);
    }
  };
  visit(program);
  if (refs.size === 0) throw new InvalidTemplateError(id, 'the structure uses no message: add at least one {{t "key"}}');
  return [...refs.values()];
}

/** `"named"` → the template's own key; `"common:anythingElse"` → a key of another namespace. */
function toRef(raw: string, category: string, name: string, counted: boolean): MessageRef {
  const colon = raw.indexOf(':');
  if (colon === -1) return { raw, ns: category, key: `${name}.${raw}`, counted };
  return { raw, ns: raw.slice(0, colon), key: raw.slice(colon + 1), counted };
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
