import { describe, expect, it } from 'vitest';
import { checkConversation, createTactful, InvalidLocaleError, InvalidOptionsError, TactfulError } from '../index';
import en from '../generated/locales/en';
import lv from '../generated/locales/lv';
import ru from '../generated/locales/ru';
import { fix, fixResult, lint } from './linter';
import type { LintOptions } from './options';
import { thrown } from '../../tests/helpers';

const ids = (text: string, options: LintOptions = {}) => lint(text, { locale: en, ...options }).map((d) => d.ruleId);

describe('matching survives real typing', () => {
  it.each([
    ['straight apostrophe', "It's company policy."],
    ['curly apostrophe', 'It’s company policy.'],
    ['no apostrophe', 'Its company policy.'],
    ['capitals', 'IT IS COMPANY POLICY.'],
    ['extra and non-breaking spaces', 'It is   company\u00a0policy.'],
    ['zero-width characters', 'It is com\u200Bpany pol\u200Dicy.'],
    ['soft hyphen', 'It is com\u00ADpany policy.'],
    ['a line break inside', 'It is company\npolicy.'],
  ])('%s', (_name, text) => {
    expect(ids(text)).toContain('policy-shield');
  });

  it('does not match across a sentence end', () => {
    expect(ids('I do not. Know the answer yet, but I will find it.')).not.toContain('uncertainty');
  });

  it('matches words, not parts of words', () => {
    expect(ids('The dampness damaged it.')).not.toContain('profanity');
    expect(ids('Our menu has it.')).not.toContain('slang');
  });
});

describe('diagnostics', () => {
  it('carry the exact span in the original text, with line and column', () => {
    const text = 'Hello Sarah,\nthanks for waiting.\nIt’s\u200B company policy, sorry.';
    const [diagnostic] = lint(text, { locale: en });
    expect(diagnostic).toMatchObject({ ruleId: 'policy-shield', severity: 'error', line: 3, column: 1 });
    expect(text.slice(diagnostic!.offset, diagnostic!.offset + diagnostic!.length)).toBe('It’s\u200B company policy');
    expect(diagnostic!.text).toBe('It’s\u200B company policy');
    expect(diagnostic!.suggestions.length).toBeGreaterThan(0);
    expect(diagnostic!.message.length).toBeGreaterThan(0);
  });

  it('keeps the longest of overlapping phrases of one rule', () => {
    const found = lint('We apologize for any inconvenience this may have caused.', { locale: en });
    expect(found.filter((d) => d.ruleId === 'non-apology')).toHaveLength(1);
    expect(found[0]!.text).toBe('We apologize for any inconvenience this may have caused');
  });

  it('are sorted by position', () => {
    const offsets = lint('Calm down. It is company policy. Google it.', { locale: en }).map((d) => d.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets).toHaveLength(3);
  });
});

describe("quoted text is the customer's", () => {
  it.each([
    ['curly quotes', 'You wrote “it is company policy” — I understand why that upset you.'],
    ['straight quotes', 'The last agent said "rules are rules", and I am sorry for that.'],
    ['guillemets', 'Вам ответили «rules are rules», простите.'],
    ['a > quote line', '> I don’t know what to do, it is company policy\nLet me help you with that.'],
  ])('%s are not flagged', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('directives', () => {
  it('tactful-ignore silences its own line', () => {
    expect(ids('Rules are rules. // tactful-ignore\nRules are rules.')).toEqual(['policy-shield']);
  });

  it('a tactful-ignore line alone silences the next line', () => {
    expect(ids('<!-- tactful-ignore -->\nRules are rules.\nRules are rules.')).toEqual(['policy-shield']);
  });

  it('tactful-ignore can name rules', () => {
    expect(ids('Calm down, rules are rules. <!-- tactful-ignore policy-shield -->')).toEqual(['dismissive']);
  });

  it('tactful-disable … tactful-enable silences a stretch', () => {
    const text = 'Rules are rules.\n<!-- tactful-disable policy-shield -->\nRules are rules.\nCalm down.\n<!-- tactful-enable -->\nRules are rules.';
    expect(ids(text)).toEqual(['policy-shield', 'dismissive', 'policy-shield']);
  });
});

describe('markdown', () => {
  const text = 'Use `rules are rules` in code.\n\n```\ncalm down\n```\n\nHere is [the guide](https://x.test/rules-are-rules). Calm down.';
  it('skips code and link targets only when linting Markdown', () => {
    expect(ids(text, { markdown: true })).toEqual(['dismissive']);
    // A link is never prose, in plain text as in Markdown.
    expect(ids(text)).toEqual(['policy-shield', 'dismissive', 'dismissive']);
  });
});

describe('options', () => {
  it('turns rules off and changes severities', () => {
    expect(ids('Calm down.', { rules: { dismissive: 'off' } })).toEqual([]);
    expect(lint('Calm down.', { locale: en, rules: { dismissive: 'info' } })[0]!.severity).toBe('info');
  });

  it('allows phrases', () => {
    expect(ids('Please clear your cache.', { allow: ['{clear|clearing} your cache'] })).toEqual([]);
    expect(ids('Please clear your cache.', { allow: ['cache'] })).toEqual(['jargon']);
  });

  it('adds phrases per rule and locale', () => {
    const extraPhrases = { 'policy-shield': { en: ['the system {does not|doesn’t} allow it'] } };
    expect(ids('Sorry, the system doesn’t allow it.', { extraPhrases })).toEqual(['policy-shield']);
  });

  it('extends the jargon glossary with explanations', () => {
    const [diagnostic] = lint('Log in with SAML.', { locale: en, glossary: { SAML: 'your company login' } });
    expect(diagnostic?.ruleId).toBe('jargon');
    expect(diagnostic?.suggestions).toContain('your company login');
  });

  it('rejects malformed patterns with the rule and locale', () => {
    expect(() => lint('x', { locale: en, extraPhrases: { blame: { en: ['{unclosed'] } } })).toThrow(InvalidLocaleError);
    expect(() => lint('x', { locale: en, allow: ['[oops'] })).toThrow(InvalidOptionsError);
  });

  it('refuses options in the wrong shape instead of ignoring them', () => {
    const bad: Array<[LintOptions, string]> = [
      [{ rules: { slang: 'warn' as never } }, 'rules.slang'],
      [{ rules: { slangg: 'off' } as never }, 'rules.slangg'],
      [{ allow: 'cache' as never }, 'allow'],
      [{ extraPhrases: { 'policy-sheild': { en: ['x'] } } as never }, 'extraPhrases.policy-sheild'],
      [{ extraPhrases: { 'policy-shield': ['x'] } as never }, 'extraPhrases.policy-shield'],
      [{ extraPhrases: { 'policy-shield': { en: 'x' } } as never }, 'extraPhrases.policy-shield.en'],
      [{ glossary: { SSO: 1 } as never }, 'glossary'],
      // A misspelt option was silently ignored before (a hostile review, session 13).
      [{ rulez: { slang: 'off' } } as never, 'rulez'],
      [{ markdown: 'yes' } as never, 'markdown'],
    ];
    for (const [options, option] of bad) expect(thrown(() => lint('x', { locale: en, ...options })), option).toMatchObject({ code: 'INVALID_OPTIONS', option });
    expect(() => lint('x', { locale: en, rules: { slang: 'warning' }, allow: ['cache'], glossary: { SSO: 'one login' } })).not.toThrow();
    // The nearest rule id, as a misspelt option gets the nearest option (a new user's first hour, session 13).
    expect(() => lint('x', { locale: en, rules: { jargn: 'off' } as never })).toThrow(/did you mean "jargon"\?/);
  });

  it('needs to know the locale', () => {
    expect(() => lint('Calm down.')).toThrow(InvalidOptionsError);
    // tactful/lint users need only the lint part; the message names it.
    expect(() => lint('Calm down.')).toThrow('tactful/locales/lv/lint');
    expect(() => lint('Calm down.', { locale: 'lv' })).toThrow('{ locale: lv } with `import lv from "tactful/locales/lv"`');
    expect(() => lint('Calm down.', { locale: 'lt-LT' })).toThrow('import lt from "tactful/locales/lt"');
    expect(lint('Calm down.', { locale: 'en-GB', locales: [en] }).map((d) => d.ruleId)).toEqual(['dismissive']);
  });
});

describe('notAfter: conditions are not answers', () => {
  it('stays silent right after a condition word, in every locale that has one', () => {
    expect(ids("If that's not possible, we will refund you.")).toEqual([]);
    expect(ids('If you did something wrong during setup, we will sort it out together.')).toEqual([]);
    expect(ids("That's not possible.")).toEqual(['flat-refusal']);
  });

  it('needs the condition right before the match, with only white space between', () => {
    expect(ids("Yes, that's not possible.")).toEqual(['flat-refusal']);
    expect(ids("If so, that's not possible.")).toEqual(['flat-refusal']);
    expect(ids("I asked if. That's not possible.")).toEqual(['flat-refusal']);
    expect(ids("If\u00a0that's not possible, we will refund you.")).toEqual([]);
  });

  it('guards only its own rule', () => {
    // "when" guards flat-refusal; the policy shield after it is still flagged.
    expect(ids("When it's company policy, we say so.")).toEqual(['policy-shield']);
  });

  it('comes from the locale data, and a malformed pattern names the rule', () => {
    const locale = { ...en, lint: { ...en.lint, 'flat-refusal': { ...en.lint!['flat-refusal']!, notAfter: ['{if'] } } };
    expect(thrown(() => lint('x', { locale }))).toMatchObject({ code: 'INVALID_LOCALE', locale: 'en', key: 'flat-refusal' });
    const without = { ...en, lint: { ...en.lint, 'flat-refusal': { ...en.lint!['flat-refusal']!, notAfter: [] } } };
    expect(lint("If that's not possible, we will refund you.", { locale: without }).map((d) => d.ruleId)).toEqual(['flat-refusal']);
  });
});

describe('register', () => {
  it('flags over-familiar address, casual greetings in a formal voice, and stiff formulas in informal texts', () => {
    expect(ids('Hey, your order is ready.')).toEqual([]);
    expect(ids('Hey, your order is ready.', { voice: 'formal' })).toEqual(['register']);
    expect(ids('Hey, your order is ready.', { register: 'informal', voice: 'formal' })).toEqual([]);
    expect(ids('Thanks, mate, your order is ready.')).toEqual(['register']);
    expect(ids('Share it with your mate.')).toEqual([]);
    expect(ids('Dear Sir or Madam, your order is ready.', { register: 'informal' })).toContain('register');
  });

  it('keeps every other rule in informal texts', () => {
    expect(ids('Calm down, it is company policy. Pls wait.', { register: 'informal' })).toEqual(['dismissive', 'policy-shield', 'slang']);
  });

  it('does not apply to a group, where plural "you" is right in both registers', () => {
    const ro = { ...en, code: 'ro', lint: { ...en.lint, register: { ...en.lint!.register!, reverse: { message: 'x', suggestions: [], phrases: ['vă rugăm'] } } } };
    expect(lint('Vă rugăm să respectați regulile.', { locale: ro, register: 'informal' }).map((d) => d.ruleId)).toEqual(['register']);
    expect(lint('Vă rugăm să respectați regulile.', { locale: ro, register: 'informal', audience: 'group' })).toEqual([]);
    expect(ids('Hey, your order is ready. Calm down.', { audience: 'group' })).toEqual(['dismissive']);
    expect(() => ids('Hey.', { audience: 'everyone' as never })).toThrow(InvalidOptionsError);
  });
});

describe('fix', () => {
  it('writes apostrophes the way the text does', () => {
    expect(fix('I dunno, it’s not here.', { locale: en })).toBe('I don’t know, it’s not here.');
    expect(fix("I dunno, it's not here.", { locale: en })).toBe("I don't know, it's not here.");
  });

  it('applies only safe rewrites, keeping capitals', () => {
    expect(fix('Pls wait, I’m gonna check!!!', { locale: en })).toBe('Please wait, I’m going to check!');
    // Capitals are not carried over: "THANKS" would be shouting.
    expect(fix('Dear valued customer, THX.', { locale: en })).toBe('Hello, thanks.');
    expect(fix('THX for waiting.', { locale: en })).toBe('Thanks for waiting.');
  });

  it('leaves what has no safe rewrite, and says so', () => {
    const result = fixResult('Calm down, pls.', { locale: en });
    expect(result.text).toBe('Calm down, please.');
    expect(result.applied.map((d) => d.ruleId)).toEqual(['slang']);
    expect(result.remaining.map((d) => d.ruleId)).toEqual(['dismissive']);
  });

  it('changes nothing when nothing is flagged', () => {
    expect(fix('Thank you for waiting.', { locale: en })).toBe('Thank you for waiting.');
  });
});

describe('a locale still being translated', () => {
  it('shows its untranslated explanations in English, without the [untranslated] marker', () => {
    const policy = en.lint!['policy-shield']!;
    const partial = { ...en, code: 'pl', lint: { ...en.lint, 'policy-shield': { ...policy, message: `[untranslated] ${policy.message}`, suggestions: policy.suggestions.map((t) => `[untranslated] ${t}`) } } };
    const [diagnostic] = lint('It’s company policy.', { locale: partial });
    expect(diagnostic!.message).toBe(policy.message);
    expect(diagnostic!.suggestions).toEqual(policy.suggestions);
    const items = Object.fromEntries(Object.entries(en.conversation!.items).map(([id, t]) => [id, { ...t, fail: `[untranslated] ${t.fail}`, suggestion: `[untranslated] ${t.suggestion}` }]));
    const card = checkConversation([{ from: 'agent', text: 'Your parcel is on its way.' }, { from: 'customer', text: 'ok' }], { locale: 'pl', locales: [{ ...partial, conversation: { ...en.conversation!, items } }] });
    expect(card.items.map((i) => `${i.explanation} ${i.suggestion}`).join(' ')).not.toContain('[untranslated]');
    expect(card.items.find((i) => i.id === 'greets')!.explanation).toBe(en.conversation!.items.greets!.fail);
  });
});

describe('on an instance', () => {
  it('uses the instance locales and default register', () => {
    const tactful = createTactful({ locales: [en] });
    expect(tactful.lint('It’s company policy.').map((d) => d.ruleId)).toEqual(['policy-shield']);
    expect(tactful.fix('Thx!!!')).toBe('Thanks!');
    expect(() => tactful.lint('x', { locale: 'lv' })).toThrow(InvalidOptionsError);
  });

  it('lints a text in the language it is written in when no locale is given', () => {
    const tactful = createTactful({ locales: [en, lv, ru] });
    expect(tactful.lint('Tā ir uzņēmuma politika.').map((d) => d.ruleId)).toEqual(['policy-shield']);
    expect(tactful.lint('Такова политика компании.').map((d) => d.ruleId)).toEqual(['policy-shield']);
    expect(tactful.lint('It’s company policy.').map((d) => d.ruleId)).toEqual(['policy-shield']);
    // A locale given wins over the detection.
    expect(tactful.lint('Tā ir uzņēmuma politika.', { locale: 'en' })).toEqual([]);
  });
});

describe('extraPhrases and glossary that parse but cannot stand', () => {
  it.each([['... hello'], ['hello ...'], ['<name> hello'], ['hello [...] [...] there']])('%j is a TactfulError naming the rule, not a raw PatternError', (pattern) => {
    for (const options of [{ extraPhrases: { jargon: { en: [pattern] } } }, { glossary: { [pattern]: 'explained' } }]) {
      let caught: unknown;
      try {
        lint('hello there', { locale: en, ...options });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(TactfulError);
      expect((caught as InvalidLocaleError).key).toBe('jargon');
    }
  });
});
