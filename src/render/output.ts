import type { Channel } from '../core/types';

/**
 * Finishes a rendered structure for its channel. Structures separate paragraphs with a blank
 * line; `html` wraps each in `<p>` (line breaks inside become `<br>`), `text` and `markdown`
 * keep the blank lines. Only the structure's own white space at the edges is trimmed:
 * variables' text is never touched here.
 */
export function finishOutput(raw: string, channel: Channel): string {
  // Most replies are one paragraph: no splitting needed.
  if (!raw.includes('\n')) {
    const text = raw.trim();
    return channel === 'html' ? `<p>${text}</p>` : text;
  }
  const paragraphs = raw
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (channel === 'html') return paragraphs.map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>\n')}</p>`).join('\n');
  return paragraphs.join('\n\n');
}
