import { testRule } from '../rule-tester';

testRule('jargon', {
  valid: ['Your ticket number is 4412.', 'We fixed it on our side.', { text: 'We check SAML logins daily.', options: { allow: ['SAML'] } }],
  invalid: [
    { text: 'We will deploy a hotfix.', flagged: ['deploy', 'hotfix'] },
    { text: 'Log in with SAML.', options: { glossary: { SAML: 'your company login' } }, flagged: ['SAML'] },
  ],
});
