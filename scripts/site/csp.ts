/**
 * The Content-Security-Policy of the docs site: every page carries it in a `<meta>` element and
 * the static server sends it as a header. No `unsafe-eval`, no `unsafe-inline`: the playground
 * proves the built library renders the built-in catalog under it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The `<meta>` element that carries the policy (the first thing in every page's `<head>`). */
export const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
