import { SaxesParser } from 'saxes';

/**
 * saxes' parser class, which `fromXliff` reads XML with. The build gives this module another body
 * (`lazyXmlParser` in tsup.config.ts), `require('saxes')` inside the function: saxes is CommonJS,
 * bundled into the package, and an import would run it — and build xmlchars' large Unicode
 * expressions — at every `import 'tactful'`, where a call runs it at the first `fromXliff`.
 */
export function xmlParser(): typeof SaxesParser {
  return SaxesParser;
}
