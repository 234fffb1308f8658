import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { templateSources } from '../generated/template-sources';
import { compileStructure } from '../define/analyze';
import { renderStructure, type MessageNode } from './structure';
import { structureNames, structuresOf } from './template';

/**
 * The structures were once rendered by Handlebars itself; they are now compiled to data. These
 * tests hold the two to the same output: every built-in structure, and a set of awkward ones,
 * rendered by Handlebars and by `renderStructure` under every combination of its flags.
 */
const handlebars = Handlebars.create();
handlebars.registerHelper('t', (key: string, options: Handlebars.HelperOptions) =>
  new Handlebars.SafeString(Object.hasOwn(options.hash, 'count') ? `⟨${key}#${String(options.hash.count)}⟩` : `⟨${key}⟩`),
);

/** What a flag may hold: Handlebars treats 0, '' and [] as false and objects as true. */
const VALUES: readonly unknown[] = [undefined, 'Sarah', 0, 3, '', [], ['a'], { amount: 1, currency: 'EUR' }, false, true];

function* assignments(names: readonly string[]): Generator<Record<string, unknown>> {
  // Every name gets every value in turn; the others cycle through true and false, so each
  // value meets both states of its neighbours without trying every combination.
  for (let round = 0; round < 2; round++) {
    for (const name of names) {
      for (const value of VALUES) {
        const context: Record<string, unknown> = {};
        names.forEach((other, i) => (context[other] = (i + round) % 2 === 0 ? 2 : undefined));
        context[name] = value;
        yield context;
      }
    }
  }
}

function ours(nodes: ReturnType<typeof compileStructure>['nodes'], context: Record<string, unknown>): string {
  return renderStructure(nodes, {
    value: (name) => context[name],
    message: (node: MessageNode) => (node.count === undefined ? `⟨${node.t}⟩` : `⟨${node.t}#${String(context[node.count])}⟩`),
  });
}

function expectSameOutput(id: string, structure: string, names: readonly string[]): void {
  const compiled = compileStructure(id, structure, new Set(names));
  const reference = handlebars.compile(structure, { knownHelpers: { t: true }, knownHelpersOnly: true, preventIndent: true });
  for (const context of assignments(names.length > 0 ? names : ['none'])) {
    expect(ours(compiled.nodes, context), `${id} with ${JSON.stringify(context)}`).toBe(reference(context));
  }
}

describe('compiled structures render as Handlebars does', () => {
  it.each(templateSources.map((source) => [source.id, source] as const))('%s', (id, source) => {
    const names = [...structureNames(source)];
    for (const structure of structuresOf(source)) expectSameOutput(id, structure, names);
  });

  it.each([
    ['else if chains', '{{#if a}}{{t "a"}}{{else if b}}{{t "b"}}{{else}}{{t "c"}}{{/if}}'],
    ['unless with else', '{{#unless a}}{{t "no"}}{{else}}{{t "yes"}}{{/unless}} {{t "end"}}'],
    ['nested blocks', '{{#if a}}{{#unless b}}{{t "x" count=a}}{{/unless}} {{t "y"}}{{/if}}'],
    ['white-space control', '{{t "a"}}   {{~#if b}} {{t "b"}} {{~/if~}}   {{t "c"}}'],
    ['standalone block lines', '{{t "a"}}\n{{#if b}}\n{{t "b"}}\n{{/if}}\n\n{{t "c"}}'],
    ['comments', '{{!-- a note --}}{{t "a"}}{{! another }} {{t "b"}}'],
    ['paragraphs', '{{t "a"}}\n\n{{#if b}}{{t "b"}}\n\n{{/if}}{{t "c"}}'],
  ])('%s', (_name, structure) => {
    expectSameOutput('test.structure', structure, ['a', 'b']);
  });
});

describe('compileStructure', () => {
  it('compiles to plain data: text, messages and branches, with unless as a swapped if', () => {
    expect(compileStructure('shop.note', '{{#unless a}}{{t "x" count=n}}{{/unless}} {{t "common:y"}}', new Set(['a', 'n'])).nodes).toEqual([
      { if: 'a', then: [], else: [{ t: 'x', count: 'n' }] },
      ' ',
      { t: 'common:y' },
    ]);
  });

  it('lists each message once, with its namespace and key', () => {
    const { refs } = compileStructure('shop.note', '{{#if a}}{{t "x"}}{{else}}{{t "x"}}{{/if}}{{t "common:y"}}', new Set(['a']));
    expect(refs).toEqual([
      { raw: 'x', ns: 'shop', key: 'note.x', counted: false },
      { raw: 'common:y', ns: 'common', key: 'y', counted: false },
    ]);
  });
});
