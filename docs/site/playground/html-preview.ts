import { h } from './dom';

/** The elements the html channel writes (paragraphs, line breaks, links); everything else is unwrapped. */
const ALLOWED = new Set(['p', 'br', 'a', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'code']);

/**
 * A preview of the html channel's output, rebuilt node by node from an inert parse: only the
 * allowed elements, only http(s) links, no other attribute. The library escapes every variable
 * already; the preview does not rely on it.
 */
export function htmlPreview(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node) => {
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element) {
        const tag = child.tagName.toLowerCase();
        if (!ALLOWED.has(tag)) {
          copy(child, to);
          continue;
        }
        const href = tag === 'a' ? child.getAttribute('href') : null;
        const element = tag === 'a' ? h('a', { href: href && /^https?:\/\//i.test(href) ? href : undefined, rel: 'noopener noreferrer' }) : document.createElement(tag);
        copy(child, element);
        to.appendChild(element);
      }
    }
  };
  copy(parsed.body, out);
  return out;
}
