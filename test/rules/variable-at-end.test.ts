import { describe, it } from 'vitest';
import rule from '../../rules/variable-at-end.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, modele, namedBody, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order has shipped.', ['Ana'])] }),
    modele({ components: [body('Bonjour {{1}}, votre commande est partie.', ['Léa'])] }),
    {
      name: 'words after the last placeholder, on the next line',
      code: modele({ components: [body('Votre code : {{1}}\nIl expire dans 10 minutes.', ['123456'])] }),
    },
    {
      name: 'a currency sign after an amount counts as text',
      code: modele({ components: [body('Bonjour, le total de votre commande est de {{1}} €', ['42,50'])] }),
    },
    {
      name: 'a percent sign after a value counts as text',
      code: template({ components: [body('Good news: your discount on the next order is {{1}} %.', ['10'])] }),
    },
    {
      name: 'a number after the placeholder counts as text',
      code: template({ components: [body('Your seat for the show is {{1}} in row 12', ['A4'])] }),
    },
    { name: 'no placeholder at all', code: template({ components: [body('Thanks for your order!')] }) },
    {
      name: "French AUTHENTICATION body as GET message_templates returns it: Meta's preset ends on the code",
      code: modele({
        name: 'code_verification',
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', text: 'Votre code de vérification est *{{1}}*.', example: { body_text: [['482913']] } }],
      }),
    },
    {
      name: 'Portuguese AUTHENTICATION preset with the security line, lower-case category',
      code: template({
        name: 'codigo',
        language: 'pt_BR',
        category: 'authentication',
        components: [{ type: 'BODY', text: 'Seu código de verificação é *{{1}}*.', add_security_recommendation: true, example: { body_text: [['123456']] } }],
      }),
    },
    {
      name: 'carousel card bodies are not checked',
      code: modele({
        category: 'MARKETING',
        components: [body('Nos offres de la semaine, à ne pas manquer.'), { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Seulement {{1}}' }] }] }],
      }),
    },
    { name: 'text is a number', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'body without text', code: template({ components: [{ type: 'BODY' }] }) },
  ],
  invalid: [
    {
      code: template({ components: [body('Your order will arrive {{1}}', ['Monday'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, actual: '{{1}}', pointer: '/components/0/text', line: 8, column: 39, endColumn: 44 }],
    },
    {
      name: 'only a full stop after the placeholder',
      code: template({ components: [body('Hi, your order will arrive on {{1}}.', ['Monday'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, line: 8, column: 46, endColumn: 51 }],
    },
    {
      name: 'French spacing before the exclamation mark',
      code: modele({ components: [body('Votre commande arrive le {{1}} !', ['lundi'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, line: 8, column: 41, endColumn: 46 }],
    },
    {
      name: 'French: an emoji after the placeholder does not count as words',
      code: modele({ components: [body('Merci pour votre commande, {{1}} 🎉', ['Léa'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, column: 43, endColumn: 48 }],
    },
    {
      name: 'French named placeholder between guillemets',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Votre code promo est « {{code}} ».', { code: 'ETE24' })] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{code}}' }, line: 9 }],
    },
    {
      name: 'English: a keycap emoji after the placeholder is not text',
      code: template({ components: [body('Your table number is {{1}} 1️⃣', ['12'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, line: 8, column: 37, endColumn: 42 }],
    },
    {
      name: 'French: an emoji with a variation selector after the placeholder',
      code: modele({ components: [body('Merci pour votre commande passée ce matin, {{1}} ❤️', ['Léa'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' } }],
    },
    {
      name: 'French UTILITY body ending on a code is still reported (only AUTHENTICATION presets are exempt)',
      code: modele({ components: [body('Votre code de retrait est *{{1}}*.', ['A7K2'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' } }],
    },
    {
      name: 'trailing newlines and a closing parenthesis',
      code: template({ components: [body('Thanks for your order (ref. {{1}}).\n\n', ['A-1'])] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' } }],
    },
    {
      name: 'an invalid placeholder at the end is still a placeholder',
      code: template({ components: [body('Thanks for your order, {{ 1 }}')] }),
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{ 1 }}' } }],
    },
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "rappel",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Rendez-vous confirm\\u00e9.\\nNous vous attendons \\u00e0 {{1}}.\\n" }\n  ]\n}\n',
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, line: 6, column: 87, endColumn: 92 }],
    },
    {
      name: 'YAML plain scalar',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre rendez-vous est prévu le {{1}}\n',
      errors: [{ messageId: 'atEnd', data: { placeholder: '{{1}}' }, line: 6, column: 42, endColumn: 47 }],
    },
  ],
});
