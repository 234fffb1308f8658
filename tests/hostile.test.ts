import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, createTactful, escapeHtml, escapeMarkdown, lint, TactfulError, type Channel } from '../src';
import { cleanValue, trimValue } from '../src/core/escape';
import { ALL_LOCALES, tactfulWithAllLocales } from './helpers';

/**
 * Hostile input in, a clean message out: whatever a customer types into a variable, rendering
 * either shows it as data (html: escaped, markdown: escaped, text: unchanged) or throws a
 * TactfulError. Nothing else escapes, and nothing leaks into Object.prototype.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{customerName}}',
  '{{#each this}}{{/each}}',
  '{{constructor.constructor "alert(1)"}}',
  '[click](javascript:alert(1))',
  '*bold* _it_ `code` # heading',
  'Tom & Jerry &amp; &lt;',
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  'é and é',
  '👩🏽‍💻🇱🇻',
  'a\ud800b',
  '\udfff',
  'x'.repeat(1999),
  '__proto__',
  'line one\nline two',
];

const tactful = tactfulWithAllLocales();
const templates = tactful.templates();
// A value is cleaned before it is escaped (NUL removed, line breaks as \n, bidi controls balanced).
const shown = (raw: string, channel: Channel) => {
  const value = cleanValue(raw);
  return channel === 'html' ? escapeHtml(value) : channel === 'markdown' ? escapeMarkdown(value) : value;
};

function textVariables(template: (typeof templates)[number]) {
  return template.variables.filter((v) => v.kind === 'text').map((v) => v.name);
}

describe('hostile strings in every text variable', () => {
  const cases = templates.filter((t) => textVariables(t).length > 0);
  it.each(cases.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    for (const locale of ALL_LOCALES) {
      for (const channel of CHANNELS) {
        for (const value of HOSTILE) {
          const variables = { ...template.example };
          for (const name of textVariables(template)) variables[name] = value;
          let text: string;
          try {
            text = tactful.render(template.id as never, variables as never, { locale: locale.code, channel });
          } catch (error) {
            expect(error).toBeInstanceOf(TactfulError);
            continue;
          }
          // Trimmed as values are: white space and the characters that show as nothing.
          const trimmed = trimValue(value);
          const candidates = [trimmed, locale.vocative?.(trimmed) ?? trimmed].map((v) => shown(v, channel));
          const html = channel === 'html' ? text.replace(/<br>\n/g, '\n') : text;
          expect(candidates.some((c) => html.includes(c)), `${locale.code} ${channel} ${JSON.stringify(value)}`).toBe(true);
          if (channel === 'html') expect(text).not.toMatch(/<(?!\/?p>|br>|a href="|\/a>)/);
        }
      }
    }
  });
});

describe('property: any string in any text variable', () => {
  const template = templates.find((t) => t.id === 'apology.wrong-item')!;
  it('renders it as data, or refuses with a TactfulError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...CHANNELS), fc.constantFrom(...ALL_LOCALES.map((l) => l.code)), (value, channel, locale) => {
        try {
          const text = tactful.render(template.id as never, { ...template.example, ordered: value } as never, { locale, channel });
          const shownValue = shown(value.trim(), channel);
          return channel === 'html' ? text.replace(/<br>\n/g, '\n').includes(shownValue) : text.includes(shownValue);
        } catch (error) {
          return error instanceof TactfulError;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('prototype pollution', () => {
  it.each([
    ['__proto__', JSON.parse('{"__proto__": {"polluted": "yes"}, "ordered": "a", "received": "b"}')],
    ['constructor', { constructor: { prototype: { polluted: 'yes' } }, ordered: 'a', received: 'b' }],
    ['prototype', { prototype: { polluted: 'yes' }, ordered: 'a', received: 'b' }],
  ])('a variable named %s is rejected and reaches nothing', (_name, variables) => {
    expect(() => tactful.render('apology.wrong-item', variables as never)).toThrow(TactfulError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores inherited properties: a poisoned prototype supplies no variable', () => {
    const poisoned = Object.create({ customerName: 'Mallory' }) as Record<string, string>;
    poisoned.ordered = 'a';
    poisoned.received = 'b';
    expect(tactful.render('apology.wrong-item', poisoned as never)).not.toContain('Mallory');
  });

  it('reads a getter once, as data', () => {
    let reads = 0;
    const variables = { ordered: 'a', received: 'b', get customerName() {
      reads++;
      return 'Sarah';
    } };
    expect(tactful.render('apology.wrong-item', variables)).toContain('Sarah');
    expect(reads).toBe(1);
  });
});

describe('the linter on adversarial input', () => {
  it('returns spans inside the original text that cut out exactly the flagged words', () => {
    const en = ALL_LOCALES[0];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom("it's company policy", 'calm down', '!!!', 'PLEASE READ', '“quoted policy”', 'gonna', '\u200B', 'é')), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const d of lint(text, { locale: en })) {
          if (d.offset < 0 || d.offset + d.length > text.length || text.slice(d.offset, d.offset + d.length) !== d.text) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('concurrency', () => {
  it('many instances with different locales and registers, rendering interleaved, never mix settings', async () => {
    const settings = ALL_LOCALES.flatMap((locale) => (['formal', 'informal'] as const).map((register) => ({ locale, register })));
    const instances = settings.map((s) => ({ ...s, tactful: createTactful({ locales: [s.locale], register: s.register }) }));
    const expected = instances.map((i) => i.tactful.render('closing.anything-else'));
    const results = await Promise.all(
      Array.from({ length: 600 }, async (_, n) => {
        const index = n % instances.length;
        await new Promise((resolve) => setTimeout(resolve, n % 3));
        return [index, instances[index]!.tactful.render('closing.anything-else')] as const;
      }),
    );
    for (const [index, text] of results) expect(text).toBe(expected[index]);
  });
});

describe('dependencies', () => {
  // Lower bounds that exclude versions with published advisories: Handlebars' prototype-access
  // and remote-code-execution fixes (4.6.0, 4.7.7), zod's e-mail ReDoS fix (3.22.3).
  const MINIMUM: Readonly<Record<string, string>> = { handlebars: '4.7.7', zod: '3.22.3', i18next: '23.0.0' };
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };
  const version = (v: string) => v.replace(/^[\^~>=]+/, '').split('.').map(Number);
  const atLeast = (a: number[], b: number[]) => {
    for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };

  // The three of the design, and saxes: the XML parser fromXliff reads translators' files with
  // (src/translate/xliff.ts; its own chunk, not in the core bundle). linkify-it, the link finder,
  // is a development dependency since session 10: src/lint/links.ts is its matcher, written again
  // with classes that compile in milliseconds, and src/lint/links.test.ts holds the two equal.
  it('has exactly the runtime dependencies of the design', () => {
    // tinyglobby is loaded only by the CLI, to read directories and quoted globs as ESLint does.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['handlebars', 'i18next', 'saxes', 'tinyglobby', 'zod']);
    // The MCP SDK, only `tactful mcp` loads, is an optional peer: an install never brings its web servers.
    expect(pkg.peerDependencies).toEqual({ '@modelcontextprotocol/sdk': expect.any(String) });
    expect(pkg.peerDependenciesMeta).toEqual({ '@modelcontextprotocol/sdk': { optional: true } });
  });

  it.each(Object.entries(MINIMUM))('%s is pinned to a range above its advisories', (name, minimum) => {
    expect(atLeast(version(pkg.dependencies[name]!), version(minimum))).toBe(true);
  });
});
