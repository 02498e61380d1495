import { describe, it } from 'vitest';
import rule from '../../rules/footer-no-variables.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, modele, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order has shipped.', ['Ana']), footer('Reply STOP to unsubscribe')] }),
    modele({ components: [body('Bonjour {{1}}, votre commande est partie.', ['Léa']), footer('Répondez STOP pour vous désabonner')] }),
    {
      name: 'authentication footer with code_expiration_minutes and no text',
      code: template({
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', add_security_recommendation: true }, { type: 'FOOTER', code_expiration_minutes: 10 }],
      }),
    },
    { name: 'braces that are not a placeholder are variable-syntax business', code: modele({ components: [body('Bonjour, votre commande est partie.'), footer('Code {1} valable 24 h')] }) },
    { name: 'footer text is a number', code: template({ components: [body('Hi, your order has shipped.'), { type: 'FOOTER', text: 60 }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'components holds non-objects', code: template({ components: [null, 'FOOTER'] }) },
  ],
  invalid: [
    {
      code: template({ components: [body('Hi {{1}}, your order has shipped.', ['Ana']), footer('Reply STOP to {{1}}')] }),
      errors: [{ messageId: 'inFooter', data: { placeholder: '{{1}}' }, actual: '{{1}}', pointer: '/components/1/text', line: 19, column: 30, endColumn: 35 }],
    },
    {
      name: 'French footer from the rule catalog',
      code: modele({ components: [body('Bonjour {{1}}, votre commande est partie.', ['Léa']), footer('Répondez STOP au {{2}}')] }),
      errors: [{ messageId: 'inFooter', data: { placeholder: '{{2}}' }, line: 19, column: 33, endColumn: 38 }],
    },
    {
      name: 'French named placeholders, each reported',
      code: modele({ parameter_format: 'NAMED', components: [body('Bonjour, votre commande est partie.'), footer('{{boutique}} – {{ville}}')] }),
      errors: [
        { messageId: 'inFooter', data: { placeholder: '{{boutique}}' }, line: 13, column: 16, endColumn: 28 },
        { messageId: 'inFooter', data: { placeholder: '{{ville}}' }, line: 13, column: 31, endColumn: 40 },
      ],
    },
    {
      name: 'an invalid placeholder is a placeholder too',
      code: template({ components: [body('Hi, your order has shipped.'), footer('Sent by {{ shop }}')] }),
      errors: [{ messageId: 'inFooter', data: { placeholder: '{{ shop }}' } }],
    },
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "suivi",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Bonjour, votre commande est partie." },\n    { "type": "FOOTER", "text": "Envoy\\u00e9 par {{1}}" }\n  ]\n}\n',
      errors: [{ messageId: 'inFooter', data: { placeholder: '{{1}}' }, line: 7, column: 50, endColumn: 55 }],
    },
    {
      name: 'YAML',
      format: 'yaml',
      code: "name: suivi\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Bonjour, votre commande est partie.\n  - type: FOOTER\n    text: 'Boutique {{1}}'\n",
      errors: [{ messageId: 'inFooter', data: { placeholder: '{{1}}' }, line: 8, column: 21, endColumn: 26 }],
    },
  ],
});
