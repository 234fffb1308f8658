import type { Channel } from '../core/types';

/**
 * Finishes a rendered structure for its channel. Structures separate paragraphs with a blank
 * line; `html` wraps each in `<p>` (line breaks inside become `<br>`), `text` and `markdown`
 * keep the blank lines; `inline` gives a fragment without paragraph markup. Only the structure's own white space at the edges is trimmed:
 * variables' text is never touched here.
 */
export function finishOutput(raw: string, channel: Channel, inline = false): string {
  // Most replies are one paragraph: no splitting needed.
  if (!raw.includes('\n')) {
    const text = raw.trim();
    return channel === 'html' && !inline ? `<p>${text}</p>` : text;
  }
  const paragraphs = raw
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  // A fragment to place inside the caller's own text (polish): no paragraph markup of its own.
  if (inline) return paragraphs.map((paragraph) => (channel === 'html' ? paragraph.replace(/\n/g, '<br>\n') : paragraph)).join(channel === 'html' ? '<br>\n' : ' ');
  if (channel === 'html') return paragraphs.map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>\n')}</p>`).join('\n');
  return paragraphs.join('\n\n');
}
