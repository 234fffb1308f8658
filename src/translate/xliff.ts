import { InvalidLocaleError } from '../core/errors';
import type { LocaleResources, MessageTree } from '../core/types';
import { flatten } from '../core/message-keys';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (m, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? m;
  });

/** The English source of a key: `fix_formal` → `fix`, `wait_few` → `wait_other`. */
function sourceOf(key: string, source: Map<string, string>): string {
  if (source.has(key)) return source.get(key)!;
  const base = key.replace(/_(formal|informal)(?=(_(zero|one|two|few|many|other))?$)/, '');
  if (source.has(base)) return source.get(base)!;
  const plural = base.replace(/_(zero|one|two|few|many)$/, '_other');
  return source.get(plural) ?? source.get(base.replace(/_(zero|one|two|few|many|other)$/, '')) ?? '';
}

/**
 * Exports a locale as XLIFF 2.0 for translators who work in CAT tools: one `<file>` per
 * namespace, one `<unit>` per key (`wrong-item.fix_formal`), the English text as `<source>`,
 * the translation as `<target>`. `fromXliff` reads it back without loss.
 *
 * @example
 * ```ts
 * const xliff = toXliff(lv.resources, en.resources, { source: 'en', target: 'lv' });
 * ```
 */
export function toXliff(target: LocaleResources, source: LocaleResources, languages: { source: string; target: string }): string {
  const files = Object.entries(target).map(([namespace, tree]) => {
    const sourceTexts = flatten(source[namespace] ?? {});
    const units = [...flatten(tree)].map(
      ([key, text]) =>
        `    <unit id="${escapeXml(key)}">\n      <segment>\n        <source>${escapeXml(sourceOf(key, sourceTexts))}</source>\n        <target>${escapeXml(text)}</target>\n      </segment>\n    </unit>`,
    );
    return `  <file id="${escapeXml(namespace)}">\n${units.join('\n')}\n  </file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(languages.source)}" trgLang="${escapeXml(languages.target)}">\n${files.join('\n')}\n</xliff>\n`;
}

function setPath(tree: Record<string, unknown>, path: string, value: string): void {
  const parts = path.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

/**
 * Reads XLIFF 2.0 (as `toXliff` writes it, or as a CAT tool returns it) back into locale
 * resources: namespace → message tree. Units without a target are left out.
 */
export function fromXliff(xml: string): { target: string; resources: LocaleResources } {
  const root = /<xliff\b[^>]*\btrgLang="([^"]*)"/.exec(xml);
  if (!root) throw new InvalidLocaleError('(xliff)', 'not an XLIFF 2.0 document with a trgLang attribute');
  const resources: Record<string, MessageTree> = {};
  for (const file of xml.matchAll(/<file\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/file>/g)) {
    const namespace = unescapeXml(file[1]!);
    const tree: Record<string, unknown> = {};
    for (const unit of file[2]!.matchAll(/<unit\b[^>]*\bid="([^"]*)"[^>]*>([\s\S]*?)<\/unit>/g)) {
      const target = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(unit[2]!);
      if (target) setPath(tree, unescapeXml(unit[1]!), unescapeXml(target[1]!));
    }
    resources[namespace] = tree as MessageTree;
  }
  return { target: unescapeXml(root[1]!), resources };
}
