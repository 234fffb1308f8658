import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { resolveTextLocale, SOURCE_LOCALE } from '../core/locale-resolver';
import { fixLinted, lint } from '../lint/linter';
import { checkLintConfig, type LintOptions } from '../lint/options';
import type { Diagnostic, Severity } from '../lint/types';
import { InvalidOptionsError } from '../core/errors';

/** Options of the textlint rule, as in `.textlintrc`: the linter's options, the locale as a tag. */
export type TextlintOptions = Omit<LintOptions, 'locale' | 'locales' | 'markdown'> & { readonly locale?: string };

// The few parts of textlint's rule context this rule uses, typed here so that the published
// types need no textlint package.
interface TxtNode {
  readonly type: string;
}
interface RuleContext {
  readonly Syntax: Readonly<Record<string, string>>;
  readonly report: (node: TxtNode, error: unknown) => void;
  readonly getSource: (node: TxtNode) => string;
  readonly locator: { range(range: readonly [number, number]): unknown };
  readonly fixer?: { replaceTextRange(range: readonly [number, number], text: string): unknown };
}

// textlint's severity levels (TextlintRuleSeverityLevelKeys): a report carries its own.
const TEXTLINT_SEVERITY: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 3 };

/**
 * The rule's options, checked by the linter's own schema: a misspelt key (\`rulez\`) or rule id
 * is an error that names it, not an option silently ignored. \`severity\` is textlint's own key.
 */
function checkedOptions(options: TextlintOptions & { severity?: unknown }): TextlintOptions {
  const { severity: _textlintSeverity, ...ours } = options;
  const result = checkLintConfig(ours);
  if (!result.ok) {
    const [first] = result.problems;
    throw new InvalidOptionsError(`tactful textlint rule: ${first!.path}`, first!.expected, first!.received);
  }
  return ours;
}
type Handlers = Record<string, (node: TxtNode) => void>;

/**
 * One reporter for textlint's lint and fix runs, as fixable textlint rules are written: a report
 * carries its fix in both, so `textlint` marks it fixable and `textlint --fix` applies it.
 */
function reporter(context: RuleContext, options: TextlintOptions = {}): Handlers {
  const { Syntax, report, getSource, locator, fixer } = context;
  options = checkedOptions(options);
  const locale = resolveTextLocale(options.locale, SHIPPED_LOCALES, { fallback: SOURCE_LOCALE });
  const lintOptions: LintOptions = { ...options, locale, locales: SHIPPED_LOCALES, markdown: true };
  let quoteDepth = 0;
  const check = (node: TxtNode) => {
    if (quoteDepth > 0) return; // a quote is someone else's words
    // The node's own source, Markdown and all: the linter skips its code spans, link targets and
    // other non-prose, and every offset it returns is relative to the node, which is what both
    // `padding` and `fixer.replaceTextRange` take (textlint adds the node's start).
    const source = getSource(node);
    const diagnostics = lint(source, lintOptions);
    // Only the rewrites `fix` would apply: `fixResult` drops one that would bring a new problem.
    const safe = new Set<Diagnostic>(diagnostics.some((d) => d.fix) ? fixLinted(source, diagnostics, lintOptions).applied : []);
    for (const d of diagnostics) {
      const range = [d.offset, d.offset + d.length] as const;
      const suggestion = d.suggestions[0] ? ` ${d.suggestions[0]}` : '';
      const fix = d.fix && safe.has(d) && fixer ? fixer.replaceTextRange([d.fix.offset, d.fix.offset + d.fix.length], d.fix.text) : undefined;
      // A plain report object, not a RuleError, so that it carries the diagnostic's own severity.
      report(node, { message: `“${d.text}”: ${d.message}${suggestion} (${d.ruleId})`, padding: locator.range(range), severity: TEXTLINT_SEVERITY[d.severity], ...(fix ? { fix } : {}) });
    }
  };
  return {
    [Syntax.BlockQuote!]: () => {
      quoteDepth++;
    },
    [`${Syntax.BlockQuote!}:exit`]: () => {
      quoteDepth--;
    },
    [Syntax.Paragraph!]: check,
    [Syntax.Header!]: check,
  };
}

/**
 * The tone linter as a textlint rule, for knowledge-base writers who already lint their Markdown
 * with textlint. A fixable rule: `textlint` marks the reports that have a safe rewrite
 * (`✓ fixable`) and `textlint --fix` applies them. In `.textlintrc.json` (textlint finds the
 * package's `tactful/textlint` entry by that name):
 *
 * ```json
 * { "rules": { "tactful/textlint": { "locale": "lv", "rules": { "jargon": "off" } } } }
 * ```
 */
const rule = { linter: reporter, fixer: reporter };

export default rule;
