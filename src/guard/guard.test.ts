import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../bench/real';
import { ALL_LOCALES, thrown } from '../../tests/helpers';
import { InvalidOptionsError } from '../core/errors';
import { createTactful } from '../instance/create-tactful';
import { guard, type GuardOptions } from './guard';
import { guardStream, GuardTransformStream } from './stream';

const locale = (code: string) => ALL_LOCALES.find((l) => l.code === code)!;
const en = locale('en');

describe('guard', () => {
  it('sends a good reply as it is', () => {
    const result = guard('Thanks, Sarah! Your parcel left our warehouse this morning.', { locale: en });
    expect(result.verdict).toBe('send');
    expect(result.reasons).toEqual([]);
  });

  it('applies the safe rewrites and reports them', () => {
    const result = guard('Pls wait a moment!!!', { locale: en });
    expect(result.text).toBe('Please wait a moment!');
    expect(result.changes.map((c) => c.ruleId)).toEqual(['slang', 'shouting']);
    expect(result.verdict).toBe('send');
  });

  it('blocks a placeholder, whatever the policy for other rules', () => {
    const result = guard('Hi {{first_name}}, thanks!', { locale: en });
    expect(result.verdict).toBe('block');
    expect(result.reasons.map((r) => [r.code, r.text])).toEqual([['unfilled-placeholder', '{{first_name}}']]);
  });

  it('decides by severity, and by the policy where it says', () => {
    expect(guard('It’s company policy.', { locale: en }).verdict).toBe('block');
    expect(guard('It’s company policy.', { locale: en, policy: { 'policy-shield': 'revise' } }).verdict).toBe('revise');
    expect(guard('I don’t know.', { locale: en }).verdict).toBe('revise');
    expect(guard('I don’t know.', { locale: en, policy: { uncertainty: 'send' } }).verdict).toBe('send');
  });

  it('holds a promise nobody allowed, and lets allowed ones through', () => {
    const refund = 'I’ll refund the full amount within 2 business days.';
    expect(guard(refund, { locale: en }).reasons.map((r) => [r.code, r.kind])).toEqual([['commitment', 'refund']]);
    expect(guard(refund, { locale: en, commitments: { allow: ['refund'] } }).verdict).toBe('send');
    expect(guard(refund, { locale: en, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('block');
    expect(guard('I’ll refund the full amount within 5 business days.', { locale: en, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('send');
    expect(guard('We’ll send you a replacement.', { locale: en, commitments: { allow: ['replacement'] } }).verdict).toBe('send');
    expect(guard('Here’s a discount code for 30% off.', { locale: en, commitments: { facts: { maxDiscountPercent: 20 } } }).verdict).toBe('block');
    // Markdown emphasis or the word itself cannot hide the figure from the limit.
    for (const offer of ['We can offer you a **50**% discount.', 'We can offer you a _50_ % discount.', 'We can offer you a 50 percent discount.']) {
      expect(guard(offer, { locale: en, commitments: { facts: { maxDiscountPercent: 20 } } }).verdict, offer).toBe('block');
    }
    expect(guard('We can offer you a **10**% discount.', { locale: en, commitments: { facts: { maxDiscountPercent: 20 } } }).verdict).toBe('send');
    expect(guard('I’ll refund you.', { locale: en, commitments: false }).verdict).toBe('send');
    const lv = locale('lv');
    expect(guard('Naudu atmaksāsim 3 darba dienu laikā.', { locale: lv, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('block');
    expect(guard('Naudu atmaksāsim 5 darba dienu laikā.', { locale: lv, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('send');
  });

  // A guard that misread its options would send what it was set up to stop: each of these was
  // `send` before (a hostile review, session 13).
  it('refuses options it cannot read, rather than sending', () => {
    const policy = 'It’s company policy.';
    const refund = 'I’ll refund you within 1 business day.';
    const refused: ReadonlyArray<readonly [string, string, unknown]> = [
      [policy, 'policy.policy-shield', { policy: { 'policy-shield': 'kill' } }],
      [policy, 'policy.policy-shield', { policy: { 'policy-shield': 'Block' } }],
      [policy, 'policy.policy-sheild', { policy: { 'policy-sheild': 'block' } }],
      [policy, 'policy', { policy: 'block' }],
      [policy, 'polcy', { polcy: { 'policy-shield': 'send' } }],
      [policy, 'fix', { fix: 'no' }],
      [policy, 'markdown', { markdown: 'yes' }],
      [refund, 'commitments', { commitments: null }],
      [refund, 'commitments', { commitments: true }],
      [refund, 'commitments.allow', { commitments: { allow: 'refund' } }],
      [refund, 'commitments.allow', { commitments: { allow: ['refunds'] } }],
      [refund, 'commitments.alow', { commitments: { alow: ['refund'] } }],
      [refund, 'commitments.facts.refundDays', { commitments: { facts: { refundDays: Number.NaN } } }],
      [refund, 'commitments.facts.refundDays', { commitments: { facts: { refundDays: -1 } } }],
      [refund, 'commitments.facts.refundDays', { commitments: { facts: { refundDays: '5' } } }],
      [refund, 'commitments.facts.refundDays', { commitments: { facts: { refundDays: -Infinity } } }],
      [refund, 'commitments.facts.refundDayz', { commitments: { facts: { refundDayz: 5 } } }],
      ['We can offer a 90% discount.', 'commitments.facts.maxDiscountPercent', { commitments: { facts: { maxDiscountPercent: Number.NaN } } }],
      ['We can offer a 90% discount.', 'commitments.facts.maxDiscountPercent', { commitments: { facts: { maxDiscountPercent: 101 } } }],
    ];
    for (const [reply, path, options] of refused) {
      const error = thrown(() => guard(reply, { locale: en, ...(options as GuardOptions) }));
      expect(error, path).toBeInstanceOf(InvalidOptionsError);
      expect((error as InvalidOptionsError).option).toBe(path);
    }
    // The same options, well formed, decide as documented.
    expect(guard(refund, { locale: en, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('block');
    expect(guard(refund, { locale: en, commitments: { facts: { refundDays: 1 } } }).verdict).toBe('send');
    expect(guard(refund, { locale: en, commitments: false }).verdict).toBe('send');
  });

  // Each was sent before: only digits were read (a hostile review, session 13).
  it.each([
    ['en', 'You’ll get the refund within one day.', 1],
    ['en', 'I’ll refund you tomorrow.', 1],
    ['en', 'I’ll refund the full amount today.', 0],
    ['en', 'I’ll refund you within two business days.', 2],
    ['ro', 'Vă vom returna banii în două zile.', 2],
    ['ro', 'Vă vom returna banii mâine.', 1],
    ['ru', 'Мы вернём деньги в течение двух дней.', 2],
    ['ru', 'Мы вернём деньги завтра.', 1],
    ['uk', 'Ми повернемо гроші протягом двох днів.', 2],
    ['uk', 'Ми повернемо гроші завтра.', 1],
    ['lv', 'Naudu atmaksāsim divu darba dienu laikā.', 2],
    ['lv', 'Naudu atmaksāsim rīt.', 1],
    ['lt', 'Grąžinsime Jums visą sumą per dvi dienas.', 2],
    ['lt', 'Grąžinsime Jums visą sumą rytoj.', 1],
    // The money named first, as these languages often put it (session 13, left; session 14).
    ['lt', 'Pinigus grąžinsime per dvi dienas.', 2],
    ['lv', 'Naudu Jums atgriezīsim divās dienās.', 2],
    ['ru', 'Деньги мы вам вернём за два дня.', 2],
    ['uk', 'Гроші повернемо протягом двох днів.', 2],
    ['ro', 'Banii vi-i returnăm în două zile.', 2],
    ['ro', 'Banii vă vor fi returnați în două zile.', 2],
    ['ru', 'Деньги Вам вернут за два дня.', 2],
    ['ro', 'Banii vor fi returnați în două zile.', 2],
  ] as const)('reads a refund promised in words in %s: %s', (code, reply, days) => {
    const result = guard(reply, { locale: locale(code), commitments: { facts: { refundDays: 5 } } });
    expect(result.commitments.map((c) => c.kind)).toContain('refund');
    expect(result.verdict).toBe('block');
    expect(result.commitments.find((c) => c.kind === 'refund')?.disagreement).toBe(`It promises ${days} day${days === 1 ? '' : 's'} where the company needs 5.`);
  });

  // Session 14's own review: a condition with the pronoun first, or the return of a parcel or a
  // call is no refund promise.
  it.each([
    ['ru', 'Если мы деньги вернём, сразу сообщим.'],
    ['uk', 'Якщо ми гроші повернемо, одразу повідомимо.'],
    ['ro', 'Vă returnăm coletul mâine.'],
    ['ro', 'Vă returnăm apelul în două zile.'],
    ['en', "I can't promise your money will be back in two days."],
    ['en', 'Can we refund you within two days?'],
  ] as const)('%s: %s is no promise', (code, reply) => {
    const result = guard(reply, { locale: locale(code), commitments: { facts: { refundDays: 5 } } });
    expect(result.commitments).toEqual([]);
    expect(result.verdict).toBe('send');
  });

  // A question may ask or promise and ask ("…, okay?"): a person reads it, it is neither sent nor blocked unread.
  it.each([
    ['ru', 'Деньги вернём за два дня?'],
    ['uk', 'Гроші повернемо за два дні?'],
    ['lt', 'Ar tikrai pinigus grąžinsime per dvi dienas?'],
    ['en', 'I will refund you within 2 days, okay?'],
    ['ro', 'Vă returnăm banii în două zile, bine?'],
  ] as const)('%s: %s is held for a person', (code, reply) => {
    const result = guard(reply, { locale: locale(code), commitments: { facts: { refundDays: 5 } } });
    expect(result.verdict).toBe('revise');
    expect(result.reasons.find((r) => r.code === 'commitment')?.message).toContain('question mark');
  });

  // Session 13's own review: what the first reading of words broke or missed.
  it.each([
    ['en', 'I will refund you within 3 calendar days.', { refundDays: 5 }, 'block'],
    ['ro', 'Vă vom returna banii în 20 de zile.', { refundDays: 30 }, 'block'],
    ['ru', 'Мы вернём деньги в течение 3 календарных дней.', { refundDays: 5 }, 'block'],
    ['lv', 'Naudu atmaksāsim divās dienās.', { refundDays: 5 }, 'block'],
    ['en', 'I will refund you within 24 hours.', { refundDays: 1 }, 'send'],
    ['en', 'I will refund you within 48 hours.', { refundDays: 2 }, 'send'],
    ['en', 'I will refund you within 24 hours.', { refundDays: 5 }, 'block'],
    ['en', 'Your order ships today, and you will receive it within 5 business days.', { deliveryDays: 5 }, 'send'],
    ['ro', 'Veți primi coletul în termen de 5 zile lucrătoare, până la ora 18:00.', { deliveryDays: 5 }, 'send'],
  ] as const)('%s: %s', (code, reply, facts, verdict) => {
    expect(guard(reply, { locale: locale(code), commitments: { facts } }).verdict).toBe(verdict);
  });

  it('lets a promise in words through where it agrees with the facts', () => {
    expect(guard('I’ll refund you within ten business days.', { locale: en, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('send');
    expect(guard('Мы вернём деньги в течение десяти рабочих дней.', { locale: locale('ru'), commitments: { facts: { refundDays: 5 } } }).verdict).toBe('send');
    // "a few" is no number: read as before, as no number of days.
    expect(guard('I’ll refund you within a few days.', { locale: en, commitments: { facts: { refundDays: 5 } } }).verdict).toBe('send');
  });

  // Session 13's own review: a word after a closing dash, and a sentence run on after a stop, are
  // still read (they had been taken for initials and a file name).
  it.each([
    ['Your order is lost again. -WTF', 'profanity'],
    ['That is company policy.sorry', 'policy-shield'],
    ["I can't help, it's company policy.sorry about that", 'policy-shield'],
  ])('still reads %j', (reply, ruleId) => {
    const result = guard(reply, { locale: en });
    expect(result.reasons.map((r) => r.code)).toContain(ruleId);
    expect(result.verdict).toBe('block');
  });

  it('refuses an instance’s guard options it cannot read', () => {
    const tactful = createTactful({ locales: [en] });
    expect(() => tactful.guard('It’s company policy.', { policy: { 'policy-shield': 'kill' as never } })).toThrow(InvalidOptionsError);
    expect(() => tactful.guard('Thanks!', { polish: 'yes' as never })).toThrow(InvalidOptionsError);
    expect(() => tactful.guard('Thanks!', { locales: [en] } as never)).toThrow(InvalidOptionsError);
    expect(() => tactful.guard('Thanks!', { polsh: true } as never)).toThrow(/did you mean "polish"/);
    expect(tactful.guard('Pls wait!!!', { polish: true }).text).toBe('Hello! Please wait!');
  });

  it('never throws on a string, and blocks an empty reply', () => {
    expect(guard('', { locale: en }).verdict).toBe('block');
    expect(guard(undefined as unknown as string, { locale: en }).verdict).toBe('block');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(['send', 'revise', 'block']).toContain(guard(text, { locale: en }).verdict);
      }),
      { numRuns: 300 },
    );
  });
});

/** Cuts a text at the given points, in UTF-16 code units (so inside surrogate pairs too) or bytes. */
function cut(text: string, points: readonly number[], bytes: boolean): Array<string | Uint8Array> {
  const whole = bytes ? new TextEncoder().encode(text) : text;
  const at = [...new Set(points.map((p) => p % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: Array<string | Uint8Array> = [];
  let from = 0;
  for (const point of [...at, whole.length]) {
    pieces.push(whole.slice(from, point));
    from = point;
  }
  return pieces;
}

async function streamed(chunks: Array<string | Uint8Array>, options: GuardOptions) {
  const guarded = guardStream(chunks, options);
  let out = '';
  for await (const text of guarded) out += text;
  const result = await guarded.result;
  return { out, result };
}

describe('guardStream', () => {
  it('releases checked sentences and stops at a block', async () => {
    const { out, result } = await streamed(['Thanks for wai', 'ting! Your order is on', ' its way.\nHi {{first', '_name}}, more soon.'], { locale: en });
    expect(result.verdict).toBe('block');
    expect(out).toBe('Thanks for waiting! Your order is on its way.\n');
    expect(result.text).toBe(out);
  });

  it('works as a Web TransformStream, with bytes cut inside a character', async () => {
    const bytes = new TextEncoder().encode('Paldies, Jāni! Sūtījums ir ceļā.');
    const stream = new GuardTransformStream({ locale: locale('lv') });
    const writer = stream.writable.getWriter();
    void writer.write(bytes.slice(0, 11));
    void writer.write(bytes.slice(11));
    void writer.close();
    let out = '';
    for await (const text of stream.readable as unknown as AsyncIterable<string>) out += text;
    expect(out).toBe('Paldies, Jāni! Sūtījums ir ceļā.');
    expect((await stream.result).verdict).toBe('send');
  });

  it('gives the verdict of guard on every real reply, cut anywhere', async () => {
    for (const { language, file } of corpusFiles()) {
      const options = { locale: locale(language) };
      for (const [index, reply] of readCorpus(file).entries()) {
        const expected = guard(reply.text, options);
        const points = [7, 13, 29, 31, 64, 101, 150].map((p) => (p * (index + 1)) % (reply.text.length + 1));
        const { out, result } = await streamed(cut(reply.text, points, index % 2 === 0), options);
        expect(result.verdict, reply.id).toBe(expected.verdict);
        if (expected.verdict !== 'block') expect(out, reply.id).toBe(expected.text);
      }
    }
  });

  it('gives the verdict of guard on any text cut at random points', async () => {
    const words = ['Thanks', 'pls', 'it’s company policy', '{{first_name}}', '[Customer Name]', 'I’ll refund you', '“it is company policy”', 'https://example.com/a.b', 'Jāni', '😀', '!!!', 'null and void', 'undefined', 'tactful-ignore policy-shield', '<!-- tactful-ignore -->'];
    const sentence = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((w) => w.join(' '));
    const text = fc.array(fc.tuple(sentence, fc.constantFrom('. ', '! ', '?\n', '\n', ' ', '… ')), { maxLength: 6 }).map((parts) => parts.map(([s, end]) => s + end).join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(400), { maxLength: 12 }), fc.boolean(), async (reply, points, bytes) => {
        const expected = guard(reply, { locale: en });
        const { out, result } = await streamed(cut(reply, points, bytes), { locale: en });
        expect(result.verdict).toBe(expected.verdict);
        // A directive silences its whole line, so one later on the line can undo a rewrite of
        // words already sent; elsewhere the text sent is the text guard gives.
        if (expected.verdict !== 'block' && !reply.includes('tactful-')) expect(out).toBe(expected.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an instance’s guard', () => {
  it('lints in the reply’s language and polishes only when asked', async () => {
    const { createTactful } = await import('../instance/create-tactful');
    const support = createTactful({ locales: [en, locale('lv')], defaultLocale: 'en' });
    const latvian = support.guard('Labdien, [Vārds]! Jūsu pasūtījums ir ceļā.');
    expect([latvian.locale, latvian.verdict]).toEqual(['lv', 'block']);
    const transcript = [{ from: 'customer', text: 'Hi, I’m Sarah. Where is my parcel?' }] as const;
    expect(support.guard('Your parcel arrives tomorrow.', {}).text).toBe('Your parcel arrives tomorrow.');
    const polished = support.guard('Your parcel arrives tomorrow.', { polish: { transcript } });
    expect(polished.text).toBe('Hello, Sarah! Your parcel arrives tomorrow.');
    expect(polished.changes.map((c) => c.kind)).toEqual(['greeting']);
  });
});
