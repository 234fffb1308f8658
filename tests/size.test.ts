import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Size guard on the built package (npm test builds first): what a browser downloads for the core
 * and one locale, bundled and minified like an application would. The budget in the performance
 * issue is 30 KB min+gz; it is not met (docs/performance.md says why: i18next and the English
 * text alone pass it), so this test holds the line where it stands, with 2 KB to spare. linkify-it
 * (the linter's link and e-mail finder, about 4.7 KB with uc.micro) and the linter's non-prose
 * handling took core + en from 76 to about 83 KB; the rule families grown from real replies (the
 * English phrase data) to about 87 KB; the checks of hostile-input round two (keys, links,
 * values on every channel) to about 89 KB; the conversation checker's media, hand-offs and
 * signals grown from real conversations to about 94 KB; regional formats (the en-US overlay travels
 * with en, money and date rules, quoted lists) to about 98 KB; the LLM companion (the
 * unfilled-placeholder and commitment rules with their English data, and `guard` on the instance)
 * to about 104 KB. The performance issue (#20) takes it from here: entry points that pay only for
 * what they use, rule data compiled at build time.
 */
const CEILING_KB = 106;

async function gzippedKilobytes(contents: string): Promise<number> {
  const result = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, charset: 'utf8', format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]!.contents).length / 1024;
}

describe('bundle size', () => {
  it(`core + one locale stays under ${CEILING_KB} KB min+gz`, async () => {
    const size = await gzippedKilobytes("import { createTactful } from './dist/index.js'; import en from './dist/locales/en.js'; console.log(createTactful({ locales: [en] }));");
    expect(size).toBeLessThan(CEILING_KB);
  });

  it('the XML parser fromXliff needs stays out of the core bundle', async () => {
    const result = await build({ stdin: { contents: "import { createTactful } from './dist/index.js'; import en from './dist/locales/en.js'; console.log(createTactful({ locales: [en] }));", resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', metafile: true });
    const included = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
    expect(included.some((path) => path.includes('src/translate') || path.includes('dist/index.js'))).toBe(true);
    expect(included.filter((path) => /node_modules\/(saxes|xmlchars)\//.test(path))).toEqual([]);
    // Nor the MCP SDK (only `tactful mcp` loads it) or the exporters (`tactful/export`).
    expect(included.filter((path) => /node_modules\/@modelcontextprotocol\/|src\/export\/|dist\/export/.test(path))).toEqual([]);
  });

  it('a locale pulls in no other locale', async () => {
    const lv = await gzippedKilobytes("import lv from './dist/locales/lv.js'; console.log(lv);");
    const both = await gzippedKilobytes("import lv from './dist/locales/lv.js'; import ru from './dist/locales/ru.js'; console.log(lv, ru);");
    expect(both).toBeGreaterThan(lv * 1.5);
  });
});
