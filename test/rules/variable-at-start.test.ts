import { describe, it } from 'vitest';
import rule from '../../rules/variable-at-start.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, modele, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order has shipped.', ['Ana'])] }),
    modele({ components: [body('Bonjour {{1}}, votre commande est partie.', ['Léa'])] }),
    { name: 'no body text at all', code: template({ components: [{ type: 'BODY' }] }) },
    {
      name: 'an AUTHENTICATION body as GET message_templates returns it (Meta writes it, with the code first)',
      code: modele({
        name: 'code_connexion',
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', text: '*{{1}}* est votre code de vérification.', add_security_recommendation: true, example: { body_text: [['123456']] } },
        ],
      }),
    },
    {
      name: 'French near miss: an abbreviation before the placeholder is text',
      code: modele({ components: [body('N° {{1}} : votre commande est partie ce matin.', ['CMD-48213'])] }),
    },
    {
      name: 'a plain digit before the placeholder is text (not a keycap emoji)',
      code: template({ components: [body('2 x {{1}} are waiting for you at the pickup desk.', ['jackets'])] }),
    },
    {
      name: 'placeholder at the start of a carousel card body is left to carousel-format',
      code: template({
        category: 'MARKETING',
        components: [
          body('Nos offres de la semaine.'),
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: '{{1}} est en stock.' }] }] },
        ],
      }),
    },
  ],
  invalid: [
    {
      code: template({ components: [body('{{1}}, your order has shipped.', ['Ana'])] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{1}}' }, pointer: "/components/0/text", line: 8, column: 16, endColumn: 21 }],
    },
    {
      name: 'French body opening with a named placeholder after an emoji and spaces',
      code: modele({ parameter_format: 'NAMED', components: [body('🎉  {{prenom}}, votre colis arrive.')] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{prenom}}' }, actual: '{{prenom}}', column: 20, endColumn: 30 }],
    },
    {
      name: 'English: a zero-width space before the placeholder is not text',
      code: template({ components: [body('\u200b{{1}}, your order has shipped.', ['Ana'])] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{1}}' }, line: 8, column: 17, endColumn: 22 }],
    },
    {
      name: 'French: an emoji with a variation selector (❤️) before the placeholder',
      code: modele({ category: 'MARKETING', components: [body('❤️ {{1}}, merci pour votre commande !', ['Léa'])] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{1}}' }, actual: '{{1}}' }],
    },
    {
      name: 'English: a ZWJ emoji sequence before the placeholder',
      code: template({ components: [body('👨‍👩‍👧 {{1}}, your family pass is ready.', ['Ana'])] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{1}}' } }],
    },
    {
      name: 'French: a keycap emoji (1️⃣) before the placeholder is not text',
      code: modele({ components: [body('1️⃣ {{1}}, votre commande est confirmée.', ['Léa'])] }),
      errors: [{ messageId: 'atStart', data: { placeholder: '{{1}}' } }],
    },
    {
      name: 'YAML source with a leading placeholder',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "{{1}} : votre rendez-vous est confirmé."\n',
      errors: [{ messageId: 'atStart', line: 6, column: 12, endColumn: 17 }],
    },
  ],
});
