import type { RuleModule, Side } from '../../rule';

/**
 * `register`: the only rule that changes sides. Its `phrases` (informal address, or in English
 * over-familiar address) are flagged in formal texts, its `reverse` phrases (stiff formal forms)
 * in informal ones, and its `casual` phrases (casual greetings) only in a formal voice. To a group
 * it does not apply: plural "you" is right in both registers ("Vă rugăm", "спасибо вам").
 */
export const register: RuleModule = {
  id: 'register',
  category: 'style',
  severity: 'warning',
  description: 'Informal address where the reply should be formal, or the reverse.',
  sides({ register, audience, voice }): readonly Side[] {
    if (audience === 'group') return [];
    if (register === 'informal') return ['reverse'];
    return voice === 'formal' ? ['phrases', 'casual'] : ['phrases'];
  },
  tuning: "- The register to keep: `register: 'informal'` flags stiff formal forms instead. To a whole thread or channel (`audience: 'group'`) the rule is off. `voice: 'formal'` also flags casual greetings (\"Hey\", \"Hi there\").",
};
