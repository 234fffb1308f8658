import type { RuleId, Severity } from './types';

/** What every locale shares about a rule: its category, default severity and what it is about. */
export interface RuleMeta {
  readonly id: RuleId;
  readonly category: 'tone' | 'honesty' | 'clarity' | 'style' | 'respect';
  readonly severity: Severity;
  /** One line, in English, for the rules table and as a fallback message. */
  readonly description: string;
}

/**
 * The built-in rules. Their phrases, messages, suggestions and examples live per locale in
 * `src/lint/rules/<id>/<lng>.json`; their documentation in `docs/rules/<id>.md`.
 */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = {
  'policy-shield': { id: 'policy-shield', category: 'tone', severity: 'error', description: 'Hiding behind rules tells customers the rules matter more than they do.' },
  uncertainty: { id: 'uncertainty', category: 'honesty', severity: 'warning', description: '"I don\'t know" ends the search; say what you will do to find out.' },
  'flat-refusal': { id: 'flat-refusal', category: 'tone', severity: 'warning', description: 'A flat "no" closes the door; say what you can do instead.' },
  'self-service-deflection': { id: 'self-service-deflection', category: 'respect', severity: 'warning', description: 'Sending customers off to search on their own feels like being dismissed.' },
  blame: { id: 'blame', category: 'respect', severity: 'error', description: 'Blaming the customer makes them defend themselves instead of solving the problem with you.' },
  dismissive: { id: 'dismissive', category: 'respect', severity: 'error', description: 'Dismissive phrases make an upset customer feel unheard.' },
  'not-my-department': { id: 'not-my-department', category: 'tone', severity: 'error', description: 'To the customer you are the company; say who will help and hand it over.' },
  'non-apology': { id: 'non-apology', category: 'honesty', severity: 'warning', description: 'A generic or conditional apology sounds like no apology at all.' },
  robotic: { id: 'robotic', category: 'style', severity: 'info', description: 'Stock phrases sound canned; write as a person would.' },
  jargon: { id: 'jargon', category: 'clarity', severity: 'info', description: 'Technical terms the customer may not know; explain them or use plain words.' },
  shouting: { id: 'shouting', category: 'tone', severity: 'warning', description: 'Capitals and runs of "!!!" or "???" read as shouting.' },
  slang: { id: 'slang', category: 'style', severity: 'warning', description: 'Chat slang and shorthand look careless in a support reply.' },
  register: { id: 'register', category: 'style', severity: 'warning', description: 'Informal address where the reply should be formal, or the reverse.' },
  profanity: { id: 'profanity', category: 'respect', severity: 'error', description: 'Swearing has no place in a reply to a customer.' },
};
