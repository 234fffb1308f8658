import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plain } from './plain';

/** plain() as it reads with Unicode classes alone, before the shortcut for common letters. */
function byClasses(text: string): string {
  const out = text
    .replace(/(?=[\u0080-\uffff])\p{L}/gu, '\xaa')
    .replace(/(?=[\u0080-\uffff])\p{N}/gu, '\xb2')
    .replace(/(?=[\u0080-\uffff])\p{M}/gu, '\u0300');
  return /[\ud800-\udfff]/.test(out)
    ? out.replace(/(?=[\u{10000}-\u{10ffff}])\p{L}/gu, '\xba\xba').replace(/(?=[\u{10000}-\u{10ffff}])\p{N}/gu, '\xb2\xb2').replace(/(?=[\u{10000}-\u{10ffff}])\p{M}/gu, '\u0300\u0300')
    : out;
}

describe('plain', () => {
  it('reads every code unit as the Unicode classes do, alone and after a Cyrillic word', () => {
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      for (const text of [char, `Дякуємо ${char}.`, `Tā ir ${char}`]) if (plain(text) !== byClasses(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('reads any mix of letters, digits, marks, punctuation and emoji as the Unicode classes do', () => {
    const piece = fc.constantFrom('a', 'Z', '7', ' ', '.', 'ā', 'ž', 'ș', 'Ж', 'ї', 'ґ', 'ª', '²', 'µ', '٣', '\u0301', '’', '“', '–', '€', '₴', '…', '🙏', '𝐀', '\ud800', '\u00a0', 'ß', 'Ω', '中');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (text) => {
        expect(plain(text)).toBe(byClasses(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('leaves ASCII alone and keeps every offset', () => {
    expect(plain('Thanks, see example.com/track.')).toBe('Thanks, see example.com/track.');
    expect(plain('Дякуємо, Ірино — до 10:30 €.')).toBe('ªªªªªªª, ªªªªª — ªª 10:30 €.');
  });
});
