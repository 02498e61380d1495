import { describe, it } from 'vitest';
import rule from '../../rules/unclear-content.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, header, modele, namedBody, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'ORD-48213'])] }),
    modele({ components: [body('Bonjour {{1}}, votre rendez-vous est confirmé.', ['Léa'])] }),
    {
      name: 'few words, but they name an order (French)',
      code: modele({ components: [body('Commande {{1}} expédiée.', ['CMD-48213'])] }),
    },
    {
      name: 'few words, but they name a payment (English)',
      code: template({ components: [body('Payment {{1}} received.', ['$49.90'])] }),
    },
    {
      name: 'MARKETING templates are left alone: being categorised MARKETING costs them nothing',
      code: template({ category: 'MARKETING', components: [body('Congratulations!')] }),
    },
    {
      name: 'AUTHENTICATION bodies are Meta\'s preset text',
      code: template({ category: 'AUTHENTICATION', components: [body('{{1}}', ['123456'])] }),
    },
    {
      name: 'with minWords 1, a two-word greeting passes',
      options: { minWords: 1 },
      code: template({ components: [body('Hello {{1}}, welcome!', ['Ana'])] }),
    },
    { name: 'an empty body is left to other rules', code: template({ components: [body('  ')] }) },
    { name: 'no body text', code: template({ components: [{ type: 'BODY' }] }) },
    { name: 'a body text that is not a string', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'components that are not an array', code: template({ components: 'x' as unknown as unknown[] }) },
  ],
  invalid: [
    {
      name: 'English body that is only a placeholder (Meta example)',
      code: template({ components: [body('{{1}}', ['Your order has shipped'])] }),
      errors: [{ messageId: 'onlyPlaceholders', data: { text: '{{1}}' }, line: 8, column: 16, endColumn: 21 }],
    },
    {
      name: 'French body of only named placeholders and punctuation',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('{{prenom}} : {{message}}', { prenom: 'Léa', message: 'Votre colis arrive' })] }),
      errors: [{ messageId: 'onlyPlaceholders', data: { text: '{{prenom}} : {{message}}' } }],
    },
    {
      name: 'English "Congratulations!" (Meta example)',
      code: template({ components: [body('Congratulations!')] }),
      errors: [{ messageId: 'tooFewWords', data: { text: 'Congratulations!', words: 1, min: 4 }, line: 8, column: 16, endColumn: 32 }],
    },
    {
      name: 'French « Bonjour {{1}} ! » with a generic header',
      code: modele({ components: [header('Bonne nouvelle'), body('Bonjour {{1}}, félicitations !', ['Léa'])] }),
      errors: [{ messageId: 'tooFewWords', data: { text: 'Bonjour {{1}}, félicitations !', words: 2, min: 4 } }],
    },
    {
      name: 'a body of emoji only',
      code: template({ components: [body('🎉🎉🎉')] }),
      errors: [{ messageId: 'tooFewWords', data: { text: '🎉🎉🎉', words: 0, min: 4 } }],
    },
    {
      name: 'with minWords 8, a six-word generic message is reported',
      options: { minWords: 8 },
      code: template({ components: [body('Hello {{1}}, we have news for you!', ['Ana'])] }),
      errors: [{ messageId: 'tooFewWords', data: { text: 'Hello {{1}}, we have news for you!', words: 6, min: 8 } }],
    },
    {
      name: 'YAML: « Salut {{1}} »',
      format: 'yaml',
      code: "name: salut\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: 'Salut {{1}} !'\n    example: { body_text: [['Léa']] }\n",
      errors: [{ messageId: 'tooFewWords', data: { text: 'Salut {{1}} !', words: 1, min: 4 }, line: 6, column: 12, endColumn: 25 }],
    },
  ],
});
