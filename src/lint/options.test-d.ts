import { describe, expectTypeOf, it } from 'vitest';
import { lint, type LintOptions, type RuleId } from '../index';
import en from '../generated/locales/en';
import type { LintConfig } from './options';

describe('lint options are typed', () => {
  it('accepts rule settings by rule id', () => {
    lint('x', { locale: en, rules: { jargon: 'off', robotic: 'warning' } });
    // @ts-expect-error -- not a rule
    lint('x', { locale: en, rules: { jargn: 'off' } });
    // @ts-expect-error -- not a severity
    lint('x', { locale: en, rules: { jargon: 'warn' } });
  });

  it('takes extra phrases by rule and locale, and a glossary of explanations', () => {
    lint('x', { locale: en, extraPhrases: { 'policy-shield': { lv: ['tādi ir noteikumi'] } }, glossary: { SSO: 'one login for all our apps' } });
    // @ts-expect-error -- phrases are listed by locale
    lint('x', { locale: en, extraPhrases: { 'policy-shield': ['tādi ir noteikumi'] } });
    // @ts-expect-error -- an explanation is text
    lint('x', { locale: en, glossary: { SSO: 1 } });
  });

  it('knows the audiences and voices', () => {
    expectTypeOf<LintOptions['audience']>().toEqualTypeOf<'one' | 'group' | undefined>();
    expectTypeOf<LintOptions['voice']>().toEqualTypeOf<'casual' | 'formal' | undefined>();
    // @ts-expect-error -- not an audience
    lint('x', { locale: en, audience: 'everyone' });
  });

  it('a configuration file holds the same options, with the locale as a tag', () => {
    expectTypeOf<LintConfig['rules']>().toEqualTypeOf<LintOptions['rules']>();
    expectTypeOf<LintConfig['locale']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<keyof NonNullable<LintConfig['rules']>>().toEqualTypeOf<RuleId>();
  });
});
