import type { Channel } from './types';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>Tom & Jerry</b>'); // '&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes the characters that CommonMark (and GitHub-flavoured Markdown) would read as markup, so
 * a customer's name such as `*Sarah*` or `[click](evil)` shows as typed. Characters that only
 * matter at the start of a line (`#`, `-`, `+`, `1.`) are escaped there too.
 *
 * @example
 * ```ts
 * escapeMarkdown('*Sarah* [x](y)'); // '\\*Sarah\\* \\[x\\](y)'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&!{}]/g, '\\$&')
    .replace(/^([ \t]*)([#+\-=]|\d+(?=[.)]))/gm, (_m, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`,
    );
}

/** Escapes a variable's text for the given channel; `text` leaves it exactly as it is. */
export function escapeForChannel(text: string, channel: Channel): string {
  if (channel === 'html') return escapeHtml(text);
  if (channel === 'markdown') return escapeMarkdown(text);
  return text;
}
