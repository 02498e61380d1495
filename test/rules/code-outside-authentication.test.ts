import { describe, it } from 'vitest';
import rule from '../../rules/code-outside-authentication.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, modele, quickReply, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'ORD-48213'])] }),
    {
      name: 'a bank alert that says « ne communiquez jamais ce code » and gives none',
      code: modele({
        name: 'alerte_virement',
        components: [
          body('Un virement de {{1}} est en attente de validation. Vous allez recevoir un code par SMS : ne communiquez jamais ce code, même à un conseiller.', ['250 €']),
        ],
      }),
    },
    {
      name: 'an English security alert: never share your code',
      code: template({ components: [body('A new device signed in to your account on {{1}}. We will never ask for your code; never share it with anyone.', ['May 3'])] }),
    },
    {
      name: 'a pickup code is not a one-time code (French)',
      code: modele({ components: [body('Bonjour {{1}}, votre commande est prête. Présentez le code de retrait {{2}} au comptoir.', ['Léa', '4821'])] }),
    },
    {
      name: 'a booking reference next to « code » is not a one-time code',
      code: template({ components: [body('Hi {{1}}, your booking is confirmed. Your booking code is {{2}}.', ['Ana', 'K7X9PQ'])] }),
    },
    {
      name: 'a password reset link, no code',
      code: template({ components: [body('Hi {{1}}, use the button below to reset your password. The link expires in 30 minutes.', ['Ana'])] }),
    },
    {
      name: 'a promo code is not a one-time code',
      code: template({ category: 'MARKETING', components: [body('Hi {{1}}, use the promo code {{2}} for 20% off.', ['Ana', 'SPRING20'])] }),
    },
    {
      name: 'PIN inside a word (shipping) is no PIN',
      code: template({ components: [body('Hi {{1}}, shipping for order {{2}} is on its way.', ['Ana', '123456'])] }),
    },
    {
      name: 'AUTHENTICATION templates are where codes belong',
      code: modele({
        name: 'code_connexion',
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: '*{{1}}* est votre code de vérification.', add_security_recommendation: true, example: { body_text: [['123456']] } },
          buttons({ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copier le code' }),
        ],
      }),
    },
    { name: 'components that are not an array', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'a body text that is not a string', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
  ],
  invalid: [
    {
      name: 'a UTILITY login code (Meta example)',
      code: template({ components: [body('Hi, {{1}} is your login code. It expires in 10 minutes.', ['123456'])] }),
      errors: [{ messageId: 'deliversCode', data: { phrase: 'is your login code', category: 'UTILITY' }, line: 8, column: 26, endColumn: 44, actual: 'is your login code' }],
    },
    {
      name: 'a French UTILITY code with a numeric sample and « ne communiquez jamais ce code »',
      code: modele({ components: [body('Bonjour, votre code : {{1}}. Ne communiquez jamais ce code.', ['482913'])] }),
      errors: [{ messageId: 'deliversCodeSample', data: { phrase: 'code : {{1}}', sample: '482913', category: 'UTILITY' }, line: 8, column: 31, endColumn: 43 }],
    },
    {
      name: 'a MARKETING template that delivers a verification code with a promotion around it',
      code: modele({
        category: 'MARKETING',
        components: [body('Ventes privées : votre code de vérification est {{1}}. Profitez de -30 % dès maintenant !', ['731904']), footer('Répondez STOP')],
      }),
      errors: [{ messageId: 'deliversCode', data: { phrase: 'votre code de vérification est', category: 'MARKETING' } }],
    },
    {
      name: 'English code far from the word "code" in a long sentence, with a quick reply',
      code: template({
        components: [body('Hello, your code to finish signing up to Quill Books is {{1}}. Tell us if it was not you.', ['662019']), buttons(quickReply('Not me'))],
      }),
      errors: [{ messageId: 'deliversCodeSample', data: { phrase: 'code to finish signing up to Quill Books is {{1}}', sample: '662019', category: 'UTILITY' } }],
    },
    {
      name: 'a COPY_CODE button holding a one-time code',
      code: template({
        components: [body('Hi {{1}}, confirm your new phone number with the code below. It is valid for 10 minutes.', ['Ana']), buttons({ type: 'COPY_CODE', example: '550913' })],
      }),
      errors: [{ messageId: 'deliversCode', data: { phrase: '550913', category: 'UTILITY' }, pointer: '/components/1/buttons/0' }],
    },
  ],
});
