import { describeValue, InvalidLocaleError, InvalidOptionsError } from '../core/errors';
import { canonicalLocale } from '../core/locale';
import type { LocaleResources, MessageTree } from '../core/types';
import { buildMessageTree, flatten, keyParts } from '../core/message-keys';
import { UNTRANSLATED } from '../core/untranslated';
import { xmlParser } from './xml-parser';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;' };
const escapeXml = (text: string) => text.replace(/[&<>"'\r\t\n]/g, (c) => XML_ESCAPES[c]!);
/**
 * Text content: escaped, with `\r` kept (XML would read it as `\n`) and the characters XML 1.0
 * cannot hold (control characters, lone surrogates) written as XLIFF's `<cp hex="…"/>`.
 */
const escapeContent = (text: string) =>
  text
    .replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]!)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `<cp hex="${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`);

/**
 * What a translator needs to know about a unit that its id only hints at: the template it belongs
 * to, the register it is written in, and which numbers a plural form stands for in the target
 * language ("plural form few: 2, 3, 4, 22, …").
 */
function unitNote(namespace: string, key: string, language: string): string {
  const parts = keyParts(key.slice(key.lastIndexOf('.') + 1));
  const notes = [`template ${namespace}.${key.split('.')[0]}`];
  if (parts.register) notes.push(parts.register === 'formal' ? 'formal register (the polite form of address)' : 'informal register (the familiar form of address)');
  if (parts.plural) {
    // Intl's own rules, not core/format's cached ones: importing those would cut the core into more chunks.
    const rules = new Intl.PluralRules(language);
    const numbers: string[] = [];
    for (let n = 0; n <= 200 && numbers.length < 5; n++) if (rules.select(n) === parts.plural) numbers.push(String(n));
    // Forms for large round numbers (French "many": 1000000) and for fractions.
    for (const n of [1000, 1e6, 1.5, 0.5]) if (numbers.length < 5 && rules.select(n) === parts.plural) numbers.push(String(n));
    notes.push(`plural form ${parts.plural}: ${numbers.join(', ')}${numbers.length === 5 ? ', …' : ''}`);
  }
  return notes.join('; ');
}

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
  if (typeof languages !== 'object' || languages === null) throw new InvalidOptionsError('languages', 'the language tags, e.g. { source: "en", target: "lv" }', languages);
  const srcLang = canonicalLocale(languages.source, 'languages.source');
  const trgLang = canonicalLocale(languages.target, 'languages.target');
  const texts = (resources: LocaleResources, option: string, namespace: string) => {
    const tree = resources[namespace];
    // Nothing is left out unsaid: a message that is not text would be missing from the file.
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) throw new InvalidOptionsError(`${option}.${namespace}`, 'a tree of messages', tree);
    return flatten(tree, (path, value) => {
      throw new InvalidOptionsError(`${option}.${namespace}.${path}`, 'a message (text) or a tree of them', value);
    });
  };
  for (const [option, resources] of [['target', target], ['source', source]] as const) {
    if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) throw new InvalidOptionsError(option, 'the messages by namespace, e.g. lv.resources', resources);
  }
  const files = Object.keys(target).map((namespace) => {
    const sourceTexts = Object.hasOwn(source, namespace) ? texts(source, 'source', namespace) : new Map<string, string>();
    // A text the scaffold copied from English and nobody has translated yet has no target, so a
    // CAT tool shows it as still to translate (and `fromXliff` leaves it out).
    const units = [...texts(target, 'target', namespace)].map(([key, text]) => {
      const target = text.startsWith(UNTRANSLATED) ? '' : `\n        <target>${escapeContent(text)}</target>`;
      // XLIFF 2.0 reads a segment without a state as "initial": a translation says it is one.
      return `    <unit id="${escapeXml(key)}">\n      <notes>\n        <note category="context">${escapeContent(unitNote(namespace, key, trgLang))}</note>\n      </notes>\n      <segment state="${target ? 'translated' : 'initial'}">\n        <source>${escapeContent(sourceOf(key, sourceTexts))}</source>${target}\n      </segment>\n    </unit>`;
    });
    return `  <file id="${escapeXml(namespace)}">\n${units.join('\n')}\n  </file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(srcLang)}" trgLang="${escapeXml(trgLang)}">\n${files.join('\n')}\n</xliff>\n`;
}

/** A namespace is a file name (`locales/<lng>/<namespace>.json`): a word, or words joined by `-` or `_`. */
const NAMESPACE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

/** XLIFF inline codes that stand for something outside the text; tactful messages have none. */
const CODES: ReadonlySet<string> = new Set(['ph', 'sc', 'ec']);
/** XLIFF inline markers: their text (if any) is the message's; the marks themselves are dropped. */
const MARKERS: ReadonlySet<string> = new Set(['pc', 'mrk', 'sm', 'em']);

function xliffError(detail: string, locale = '(xliff)', key?: string, cause?: unknown): InvalidLocaleError {
  const error = new InvalidLocaleError(locale, detail, key);
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, configurable: true, writable: true });
  return error;
}

/** The target language as a file-system-safe canonical tag, or an error naming what was given. */
function targetLanguage(trgLang: string | undefined): string {
  if (trgLang === undefined) throw xliffError('not an XLIFF 2.0 document: <xliff> has no trgLang attribute');
  let tag: string | undefined;
  try {
    tag = canonicalLocale(trgLang, 'trgLang');
  } catch {
    // reported below, as a locale problem
  }
  if (!tag || !/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(tag)) throw xliffError(`trgLang must be a language tag such as "lv" or "pt-BR", received ${describeValue(trgLang)}`);
  return tag;
}

interface UnitState {
  readonly namespace: string;
  readonly id: string;
  /** The text of each segment's and ignorable's target, in order; undefined where a segment has none. */
  readonly parts: Array<string | undefined>;
  segments: number;
  translated: number;
}

/**
 * Reads XLIFF 2.0 (as `toXliff` writes it, or as a CAT tool returns it) back into locale
 * resources: namespace → message tree. An XML parser reads it, so comments, CDATA, character
 * references and either kind of quotes mean what XML says, in time linear in its length. A
 * unit's segments (and the ignorable whitespace between them) are joined back into one message;
 * a unit that is not fully translated (a segment without a target, or in state "initial") is
 * left out; an inline code becomes its text equivalent (`<ph equiv="{{customerName}}"/>`).
 * Everything else that cannot become a message — XML that is not well-formed, a trgLang or file
 * id that is not a language tag or a name, a unit id that names the prototype or is also the
 * prefix of another, an empty target, a segment with two targets, an element inside a target that
 * is not XLIFF inline content — throws an
 * `InvalidLocaleError` naming the unit. The trees returned have no prototype.
 *
 * @example
 * ```ts
 * const xml = toXliff(lv.resources, en.resources, { source: 'en', target: 'lv' }); // as a CAT tool returns it
 * const { target, resources } = fromXliff(xml);
 * target; // → 'lv'
 * tactful.addLocale(defineLocale({ code: target, name: 'Latviešu', registers: ['formal', 'informal'], resources }));
 * ```
 */
export function fromXliff(xml: string): { target: string; resources: LocaleResources } {
  if (typeof xml !== 'string') throw xliffError(`expected the text of an XLIFF 2.0 document, received ${describeValue(xml)}`);
  const XmlParser = xmlParser();
  const parser = new XmlParser({ position: true });
  const stack: string[] = [];
  const units = new Map<string, Array<[string, string]>>();
  let target: string | undefined;
  let namespace: string | undefined;
  let unit: UnitState | undefined;
  /** The text being collected: a segment's or ignorable's target, or an ignorable's source. */
  let text: { kind: 'target' | 'source'; value: string } | undefined;
  let ignorableSource: string | undefined;
  /** The segment being read is in state "initial", and how many targets its segment or ignorable has had. */
  let partInitial = false;
  let partTargets = 0;
  const where = () => (unit ? `${unit.namespace}:${unit.id}` : undefined);

  parser.on('error', (error) => {
    throw xliffError(`not well-formed XML: ${error.message}`, target, where(), error);
  });
  parser.on('opentag', (node) => {
    const parent = stack[stack.length - 1];
    const { name } = node;
    const attr = (key: string): string | undefined => {
      const value = node.attributes[key];
      return typeof value === 'string' ? value : value?.value;
    };
    stack.push(name);
    if (text) {
      // Inline elements inside a target: a code becomes its text equivalent, a marker keeps its text.
      if (CODES.has(name)) {
        const equivalent = attr('equiv') || attr('disp');
        if (!equivalent) throw xliffError(`<${name}> inside <target> has no equiv or disp text: tactful messages are plain text with {{placeholders}}`, target, where());
        text.value += equivalent;
      } else if (name === 'cp') {
        const code = Number.parseInt(attr('hex') ?? '', 16);
        if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw xliffError(`<cp hex="${attr('hex') ?? ''}"> is not a code point`, target, where());
        text.value += String.fromCodePoint(code);
      } else if (!MARKERS.has(name)) {
        // Anything else is not XLIFF inline content; dropping the tag and keeping its text would
        // put words into a message that no translator wrote as such.
        throw xliffError(`<${name}> is not XLIFF 2.0 inline content (ph, pc, sc, ec, mrk, sm, em, cp)`, target, where());
      }
      return;
    }
    if (stack.length === 1) {
      if (name !== 'xliff') throw xliffError(`not an XLIFF 2.0 document: the root element is <${name}>`);
      target = targetLanguage(attr('trgLang'));
    } else if (name === 'file' && parent === 'xliff') {
      const id = attr('id') ?? '';
      if (!NAMESPACE.test(id)) throw xliffError(`<file id=${JSON.stringify(id.slice(0, 60))}> must name a namespace such as "closing" or "price-change"`, target);
      namespace = id;
    } else if (name === 'unit' && namespace !== undefined && (parent === 'file' || parent === 'group')) {
      unit = { namespace, id: attr('id') ?? '', parts: [], segments: 0, translated: 0 };
    } else if (unit && (name === 'segment' || name === 'ignorable') && parent === 'unit') {
      if (name === 'segment') unit.segments++;
      unit.parts.push(undefined);
      ignorableSource = undefined;
      // XLIFF 2.0: a segment in state "initial" is not translated yet, whatever its target holds
      // (a CAT tool's "copy source to target" leaves the English there).
      partInitial = name === 'segment' && attr('state') === 'initial';
      partTargets = 0;
    } else if (unit && name === 'target' && (parent === 'segment' || parent === 'ignorable')) {
      if (++partTargets > 1) throw xliffError(`a <${parent}> has more than one <target>`, target, where());
      text = { kind: 'target', value: '' };
    } else if (unit && name === 'source' && parent === 'ignorable') {
      text = { kind: 'source', value: '' };
    }
  });
  const append = (chunk: string) => {
    if (text) text.value += chunk;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  parser.on('closetag', () => {
    const name = stack.pop();
    const parent = stack[stack.length - 1];
    if (text && (name === 'target' || name === 'source') && (parent === 'segment' || parent === 'ignorable')) {
      if (text.kind === 'source') ignorableSource = text.value;
      else {
        unit!.parts[unit!.parts.length - 1] = text.value;
        if (parent === 'segment' && !partInitial) unit!.translated++;
      }
      text = undefined;
    } else if (unit && name === 'ignorable' && parent === 'unit') {
      // Whitespace between segments: its target when it has one, else the source as it is.
      unit.parts[unit.parts.length - 1] ??= ignorableSource ?? '';
    } else if (unit && name === 'unit') {
      const done = unit;
      unit = undefined;
      if (done.segments === 0 || done.translated < done.segments) return; // not (fully) translated yet
      const message = done.parts.join('');
      if (message.trim() === '') throw xliffError('the <target> is empty: leave the target out for a text that is not translated yet', target, `${done.namespace}:${done.id}`);
      if (!units.has(done.namespace)) units.set(done.namespace, []);
      units.get(done.namespace)!.push([done.id, message]);
    } else if (name === 'file' && parent === 'xliff') {
      namespace = undefined;
    }
  });
  parser.write(xml).close();
  if (target === undefined) throw xliffError('not an XLIFF 2.0 document: no <xliff> element');

  const resources: Record<string, MessageTree> = Object.create(null);
  for (const [ns, entries] of units) {
    resources[ns] = buildMessageTree(entries, (key, problem) => {
      throw xliffError(
        problem === 'conflict'
          ? 'this unit id is also the start of another unit id (or repeats one): a key is either a message or a group of messages'
          : 'a unit id is a dotted key such as "wrong-item.fix_formal"; its parts may not be empty, __proto__, constructor or prototype',
        target,
        `${ns}:${key}`,
      );
    });
  }
  return { target, resources };
}
