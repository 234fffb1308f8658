import { LinkifyIt } from 'linkify-it';
import { describe, expect, it } from 'vitest';
import { itMatchesReference } from '../../tests/helpers';
import { findLinks } from './links';

// linkify-it (a development dependency now) is the reference: findLinks is its matcher written
// again, and must find exactly what it finds, except where linkify-it reads astral characters and
// lone surrogates loosely (links.ts lists the differences; the generated text below has neither
// astral punctuation nor lone surrogates, and no label of more than 31 emoji).
const linkify = new LinkifyIt({ fuzzyLink: true });
const reference = (text: string) => (linkify.match(text) ?? []).map((m) => ({ schema: m.schema, index: m.index, lastIndex: m.lastIndex }));

describe('findLinks', () => {
  // The real corpora hold links in many shapes (t.co, help-centre paths, e-mails, bare domains),
  // over a thousand in all. Pieces of links and the text around them, put together at random: schemes, hosts, endings
  // (ASCII, Cyrillic, punycode), ports, bracketed IPv6 hosts (valid and not), paths, quotes,
  // brackets, punctuation inside and outside ASCII, white space of several kinds, emoji.
  const pieces = [
    'http://', 'HTTPS://', 'ftp://', 'mailto:', '//', 'www.', 'example', 'shop', 'ex-ample', '.com', '.COM', '.lv', '.co', '.рф', '.xn--p1ai', '.zz', '.museum',
    'a', 'B', 'é', 'Ж', '1', '42', ':8080', ':99999', '[::1]', '[2001:db8::1]', '[1:2]', '[IPv6:2001:db8::1]', '[IPv6:zz]', 'localhost',
    '@', '-', '_', '.', '..', ',', ';', ':', '!', '?', '/', '#', '%', '&', '=', '~', '*', '(', ')', '[', ']', '{', '}', '"', "'", '<', '>',
    '$', '+', '^', '`', '|', '\uff5c', '“', '”', '«', '»', '…', '–', '§', '€', '😀', ' ', '\n', '\t', '\u00a0', '\u2028', '\u3000',
  ];
  describe('finds what linkify-it finds', () => itMatchesReference(findLinks, reference, pieces, 1000, { maxLength: 24, numRuns: 3000 }));

  it('reads punctuation, white space and control characters as Unicode defines them', () => {
    // The expressions list Z and Cc, and read P as the ASCII marks plus `§` (every other mark is
    // shaped to it): a newer Unicode that moved a character would show here.
    const wide = /[\p{Z}\p{Cc}]/u;
    const listed = /[\x20\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x00-\x1f\x7f-\x9f]/;
    const asciiMarks = /[!"#%&'()*,\-./:;?@[\\\]_{}]/;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect(listed.test(c), `U+${code.toString(16)}`).toBe(wide.test(c));
      if (code < 0x80) expect(asciiMarks.test(c), `U+${code.toString(16)}`).toBe(/\p{P}/u.test(c));
    }
  });

  it('finds links, e-mail addresses and bracketed hosts, leaving trailing punctuation out', () => {
    const spans = (text: string) => findLinks(text).map((m) => text.slice(m.index, m.lastIndex));
    expect(spans('Write to help@shop.lv or see shop.lv/faq.')).toEqual(['help@shop.lv', 'shop.lv/faq']);
    expect(spans('(see https://example.com/a_(b)), then “www.example.com/x”…')).toEqual(['https://example.com/a_(b)', 'www.example.com/x']);
    expect(spans('http://[::1]:8080/x and http://[zz]/x')).toEqual(['http://[::1]:8080/x']);
    expect(spans('It is 10:30 and costs €29.99, e.g. today.')).toEqual([]);
  });
});
