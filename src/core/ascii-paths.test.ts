import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../lint/linter';
import { isLowerCase } from '../lint/rules/shouting';
import lt from '../generated/locales/lt';
import uk from '../generated/locales/uk';
import { isCommonLetter } from './letters';
import { parseMessage, PLACEHOLDER_BODY, PLACEHOLDER_BODY_ASCII } from './message';

// Three places read a text without compiling a Unicode class when a cheaper test gives the same
// answer (each class costs 0.5–2 ms to compile at its first use: docs/performance.md). Each
// shortcut is checked here against the class it stands in for.

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => c < 0xd800 || c > 0xdfff);

describe('placeholder bodies in ASCII', () => {
  const alphabet = fc.constantFrom(...'aZ_$9.,() \t:-;xyz0'.split(''));
  it('are read by the ASCII expression exactly as by the Unicode one', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join('')), (body) => {
        expect(PLACEHOLDER_BODY_ASCII.exec(body)).toEqual(PLACEHOLDER_BODY().exec(body));
      }),
      { numRuns: 20_000 },
    );
    for (const body of ['customerName', ' customerName , vocative ', 'newPrice.amount, currency', 'when, date(style: numeric; timeZone: Europe/Riga)', '-name', 'a..b', '1name', 'name,', '$t', '_x, list(type: disjunction)']) {
      expect(PLACEHOLDER_BODY_ASCII.exec(body), body).toEqual(PLACEHOLDER_BODY().exec(body));
    }
  });

  it('leave names in other scripts to the Unicode expression', () => {
    expect(parseMessage('Sveiki, {{vārds}}!')).toMatchObject({ ok: true, segments: ['Sveiki, ', { name: 'vārds' }, '!'] });
    expect(parseMessage('{{ім’я}}').ok).toBe(false);
  });
});

describe('common letters', () => {
  it('are letters to \\p{L}', () => {
    const letter = /\p{L}/u;
    const wrong = everyCodeUnit.filter((c) => isCommonLetter(c) && !letter.test(String.fromCharCode(c)));
    expect(wrong).toEqual([]);
    // Latin and Cyrillic letters of the shipped languages are among them.
    for (const c of 'āčēģīķļņšūžąęėįųșțăâîёїієґАЯ') expect(isCommonLetter(c.charCodeAt(0)), c).toBe(true);
  });
});

describe('shouting', () => {
  it('rules out a word by its lower-case second letter only where \\p{Lu}\\p{M}\\p{N} would', () => {
    const capitalsCompany = /^[\p{Lu}\p{M}\p{N}]$/u;
    expect(everyCodeUnit.filter((c) => isLowerCase(c) && capitalsCompany.test(String.fromCharCode(c)))).toEqual([]);
    // …and it does rule out the lower-case letters of the shipped languages.
    for (const c of 'aāčžąșțяїґё') expect(isLowerCase(c.charCodeAt(0)), c).toBe(true);
  });

  it('still finds capitals in Cyrillic and Baltic words, and not in a capitalised word', () => {
    expect(lint('Я ЦЕ ВЖЕ ПОЯСНЮВАВ.', { locale: uk }).map((d) => d.ruleId)).toContain('shouting');
    expect(lint('Tai JŪSŲ KLAIDA.', { locale: lt }).map((d) => d.ruleId)).toContain('shouting');
    expect(lint('Дякуємо за очікування.', { locale: uk }).map((d) => d.ruleId)).not.toContain('shouting');
  });
});
