import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './matcher';
import { ALL_LOCALES } from '../../tests/helpers';
import { compactPattern, compilePattern, parsePattern, PatternError } from './pattern';
import { normalizeWord, tokenize } from './tokenize';

const show = (pattern: string) => compilePattern(pattern).map((seq) => seq.map((t) => (t.kind === 'stem' ? `${t.value}*` : t.value)).join(' '));

describe('compilePattern', () => {
  it('expands alternatives, optional words and multi-word alternatives', () => {
    expect(show('{it is|it’s} [really] company polic*')).toEqual([
      'it is really company polic*',
      'it is company polic*',
      'its really company polic*',
      'its company polic*',
    ]);
  });

  it('takes alternatives inside optional brackets', () => {
    expect(show('I [really|truly] know')).toEqual(['i really know', 'i truly know', 'i know']);
  });

  it('folds case, apostrophes and diacritics like the text', () => {
    expect(show('Tā ir uzņēmuma politika')).toEqual(['ta ir uznemuma politika']);
    expect(show('Политика компании, ёлки')).toEqual(['политика компании елки']);
  });

  it.each([['{a|b'], ['a]'], ['{only}'], ['wo*rd'], ['*'], ['   '], ['c++'], ['+1'], ['@home'], ['{a|b} {c|d} {e|f} {g|h} {i|j} {k|l} {m|n} {o|p} {q|r} {s|t} {u|v} {w|x}']])(
    'rejects %j',
    (pattern) => {
      expect(() => compilePattern(pattern)).toThrow(PatternError);
    },
  );
});

it('rejects a phrase of 10 000 words (a phrase, not a document)', () => {
  expect(() => compilePattern('word '.repeat(10_000))).toThrow(PatternError);
});

describe('normalizeWord', () => {
  it.each([
    ['Ţară', 'tara'],
    ['Țară', 'tara'],
    ['Șansă', 'sansa'],
    ['Şansă', 'sansa'],
    ['Ąžuolas', 'azuolas'],
    ['Ёжик', 'ежик'],
    ['Йод', 'йод'],
    ['Їжак', 'їжак'],
    ['don’t', 'dont'],
  ])('%s → %s', (word, expected) => {
    expect(normalizeWord(word)).toBe(expected);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>();
  for (const [pattern, id] of [
    ['политик* компании', 'policy'],
    ['такова политик*', 'policy'],
    ['не знаю', 'uncertainty'],
  ] as const) {
    for (const sequence of compilePattern(pattern)) matcher.add(sequence, id);
  }

  it('matches stems with any ending', () => {
    const tokens = tokenize('Это противоречит политике компании. Такова политика.');
    expect(matcher.match(tokens).map((m) => [m.payload, m.first, m.last])).toEqual([
      ['policy', 2, 3],
      ['policy', 4, 5],
    ]);
  });

  it('does not match a stem inside a word or a phrase across a sentence end', () => {
    expect(matcher.match(tokenize('Геополитика компании.'))).toEqual([]);
    expect(matcher.match(tokenize('Я не. Знаю.'))).toEqual([]);
  });

  it('matches any number with #, decimals included', () => {
    const numbers = new PhraseMatcher<string>();
    numbers.addPattern(parsePattern('within # {hours|hour}'), 'estimate');
    expect(numbers.match(tokenize('We will reply within 24 hours.')).map((m) => m.payload)).toEqual(['estimate']);
    expect(numbers.match(tokenize('We will reply within 1.5 hours.')).map((m) => m.payload)).toEqual(['estimate']);
    expect(numbers.match(tokenize('We will reply within hours.'))).toEqual([]);
  });

  it('skips tokens the caller excludes', () => {
    const tokens = tokenize('Я не знаю.');
    expect(matcher.match(tokens, (i) => i === 2)).toEqual([]);
  });

  describe('gaps and names', () => {
    const slotted = new PhraseMatcher<string>();
    slotted.addPattern(parsePattern("there's nothing ... we can do"), 'refusal');
    slotted.addPattern(parsePattern("{you'll|you will} need to contact <name>"), 'hand-off');
    slotted.addPattern(parsePattern("due to our ... polic* {we are not|we're not|we aren't} able to"), 'policy');
    const spans = (text: string, isName?: (i: number, tokens: ReturnType<typeof tokenize>) => boolean) => {
      const tokens = tokenize(text);
      return slotted
        .match(tokens, undefined, (i) => (isName ? isName(i, tokens) : tokens[i]!.capital))
        .map((m) => [m.payload, text.slice(tokens[m.first]!.start, tokens[m.last]!.end)]);
    };

    it.each([
      ["There's nothing we can do.", "There's nothing we can do"],
      ["There's nothing more we can do.", "There's nothing more we can do"],
      ["There's nothing else at all we can do.", "There's nothing else at all we can do"],
      ["There's nothing, sadly, that we can do.", "There's nothing, sadly, that we can do"],
    ])('"..." takes up to three words: %j', (text, span) => {
      expect(spans(text)).toEqual([['refusal', span]]);
    });

    it('a gap of four words, or across a sentence end, does not match', () => {
      expect(spans("There's nothing at all that anyone we can do.")).toEqual([]);
      expect(spans("There's nothing. We can do it.")).toEqual([]);
    });

    it('<name> takes one to four capitalised words, longest last', () => {
      expect(spans("You'll need to contact Kuwait Airways for that.")).toEqual([
        ['hand-off', "You'll need to contact Kuwait"],
        ['hand-off', "You'll need to contact Kuwait Airways"],
      ]);
      expect(spans("You'll need to contact them.")).toEqual([]);
      expect(spans("You'll need to contact us.")).toEqual([]);
    });

    it('<name> takes what the caller says is a name (an @handle)', () => {
      expect(spans("You'll need to contact @amazonhelp.", (i, tokens) => tokens[i]!.norm === 'amazonhelp')).toEqual([['hand-off', "You'll need to contact @amazonhelp"]]);
    });

    it('a gap and a stem together', () => {
      expect(spans("Due to our privacy policy we're not able to address these concerns.")).toEqual([['policy', "Due to our privacy policy we're not able to"]]);
      expect(spans("Due to our updated privacy policies we aren't able to.")).toEqual([['policy', "Due to our updated privacy policies we aren't able to"]]);
    });

    it.each([['... we can do'], ['<name> will help'], ['we can ...'], ['we ... ... can']])('rejects %j', (pattern) => {
      expect(() => new PhraseMatcher<string>().addPattern(parsePattern(pattern), 'x')).toThrow(PatternError);
    });
  });
});

describe('compact patterns (what the build ships)', () => {
  /** Every pattern of a shipped locale: the tone rules' phrases, reverse, casual and notAfter lists, and the conversation signals. */
  const patternsOf = (locale: (typeof ALL_LOCALES)[number]): string[] => {
    const out: string[] = [];
    for (const data of Object.values(locale.lint ?? {})) {
      if (!data) continue;
      for (const side of [data, data.reverse, data.casual]) for (const entry of side?.phrases ?? []) out.push(typeof entry === 'string' ? entry : entry.match);
      out.push(...(data.notAfter ?? []));
    }
    for (const signal of Object.values(locale.conversation?.signals ?? {})) out.push(...signal.phrases);
    return out;
  };

  it.each(ALL_LOCALES.map((locale) => [locale.code, locale] as const))('read back to the same slots as the pattern, for every phrase of %s', (_code, locale) => {
    const patterns = patternsOf(locale);
    expect(patterns.length).toBeGreaterThan(100);
    for (const pattern of patterns) expect(parsePattern(compactPattern(pattern)), pattern).toEqual(parsePattern(pattern));
  });

  it('keep optional slots, empty alternatives, multi-word alternatives and every kind of word', () => {
    for (const pattern of ['[Jūs] {nevarat|nevarēsiet} pieslēgt*', '{it is|it’s} ... polic*', 'within # hours', 'contact <name> [please]', 'T&C {apply|applies}', '{a|’} b']) {
      expect(parsePattern(compactPattern(pattern)), pattern).toEqual(parsePattern(pattern));
    }
    expect(compactPattern('[Jūs] {nevarat|nevarēsiet} pieslēgt*').slice(1)).toBe('{jus|} {nevarat|nevaresiet} pieslegt*');
  });

  it('keep the limits every pattern keeps', () => {
    const mark = String.fromCharCode(0xe000);
    expect(() => parsePattern(`${mark}${'{a|b} '.repeat(12)}`)).toThrow(PatternError);
    expect(() => parsePattern(`${mark}${'a '.repeat(65)}`)).toThrow(PatternError);
    expect(() => parsePattern(`${mark}{|}`)).toThrow(PatternError);
    expect(() => parsePattern(`${mark}a *`)).toThrow(PatternError);
    expect(() => parsePattern(`${mark}{a|b`)).toThrow(PatternError);
    // Words inside one alternative count too: a slot of 3,000 words made linting take seconds.
    const long = `{${'a '.repeat(65)}b|c}`;
    expect(() => parsePattern(long)).toThrow(PatternError);
    expect(() => parsePattern(`${mark}${long}`)).toThrow(PatternError);
  });
});
