import { describe, it } from 'vitest';
import rule from '../../rules/variable-sequence.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, header, modele, namedBody, template, urlButton } from '../helpers/template.js';

const carousel = (...cardBodies: string[]): Record<string, unknown> => ({
  type: 'CAROUSEL',
  cards: cardBodies.map((text) => ({
    components: [{ type: 'HEADER', format: 'IMAGE' }, { type: 'BODY', text }, buttons(urlButton('Voir', 'https://exemple.fr/p/{{1}}', 'https://exemple.fr/p/42'))],
  })),
});

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} ships on {{3}}.', ['Ana', 'A-1', 'Monday'])] }),
    {
      name: 'French: the header and the body number their own placeholders',
      code: modele({ components: [header('Commande {{1}}', 'C-42'), body('Bonjour {{1}}, votre commande part le {{2}}.', ['Léa', 'lundi'])] }),
    },
    {
      name: 'a number used again is allowed by default',
      code: template({ components: [body('Hi {{1}}, your code is {{2}}. Again, {{1}}: {{2}} is your code.', ['Ana', '1234'])] }),
    },
    {
      name: 'URL buttons start their own count at {{1}}',
      code: template({ components: [body('Hi {{1}}, your order {{2}} is on its way.', ['Ana', 'A-1']), buttons(urlButton('Track', 'https://example.com/t/{{1}}', 'https://example.com/t/A1'))] }),
    },
    {
      name: 'French carousel: every card body and card button starts at {{1}}',
      code: modele({ category: 'MARKETING', components: [body('Bonjour {{1}}, voici nos offres.', ['Léa']), carousel('Le {{1}} à {{2}} €.', 'Le {{1}} à {{2}} € seulement.')] }),
    },
    {
      name: 'NAMED templates are not numbered',
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hi {{first_name}}, order {{order_id}} has shipped.', { first_name: 'Ana', order_id: 'A-1' })] }),
    },
    {
      name: 'a number in a NAMED template is variable-syntax business',
      code: modele({ parameter_format: 'named', components: [body('Bonjour {{2}}, votre commande est partie.')] }),
    },
    {
      name: 'named placeholders in a positional template are not counted',
      code: template({ components: [body('Hi {{name}}, your order {{1}} has shipped.', ['A-1'])] }),
    },
    {
      name: 'order not required when requireOrder is false',
      options: { requireOrder: false },
      code: modele({ components: [body('Bonjour {{2}}, votre commande {{1}} est partie.', ['C-42', 'Léa'])] }),
    },
    { name: 'text is a number', code: template({ components: [{ type: 'HEADER', format: 'TEXT', text: 42 }, { type: 'BODY', text: ['{{2}}'] }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'buttons of the wrong shape', code: template({ components: [body('Hi, your order has shipped.'), { type: 'BUTTONS', buttons: [null, 'URL', { type: 'URL', url: 7 }] }] }) },
    {
      name: 'YAML with three placeholders in order',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Bonjour {{1}}, votre rendez-vous du {{2}} à {{3}} est confirmé."\n',
    },
  ],
  invalid: [
    // notFromOne
    {
      code: template({ components: [body('Hi {{2}}, your order has shipped.', ['Ana'])] }),
      errors: [{ messageId: 'notFromOne', data: { part: 'body', placeholder: '{{2}}', missing: '`{{1}}`' }, actual: '{{2}}', line: 8, column: 19, endColumn: 24 }],
    },
    {
      code: modele({ components: [header('Commande {{3}}', 'C-42'), body('Bonjour, votre commande est partie.')] }),
      errors: [{ messageId: 'notFromOne', data: { part: 'header', placeholder: '{{3}}', missing: '`{{1}}` and `{{2}}`' }, line: 9, column: 25, endColumn: 30 }],
    },
    {
      name: 'URL button numbered 2',
      code: template({ components: [body('Hi {{1}}, your parcel is on its way.', ['Ana']), buttons(urlButton('Track', 'https://example.com/t/{{2}}', 'https://example.com/t/A1'))] }),
      errors: [{ messageId: 'notFromOne', data: { part: 'URL of button 1', placeholder: '{{2}}', missing: '`{{1}}`' }, pointer: '/components/1/buttons/0/url' }],
    },
    // gap
    {
      code: template({ components: [body('Hi {{1}}, your order {{2}} ships on {{5}}.', ['Ana', 'A-1', 'Monday'])] }),
      errors: [{ messageId: 'gap', data: { part: 'body', placeholder: '{{5}}', missing: '`{{3}}` and `{{4}}`' }, column: 52, endColumn: 57 }],
    },
    {
      name: 'French carousel card body with a gap',
      code: modele({ category: 'MARKETING', components: [body('Bonjour {{1}}, voici nos offres.', ['Léa']), carousel('Le {{1}} à {{2}} €.', 'Le {{1}} à {{3}} € seulement.')] }),
      errors: [{ messageId: 'gap', data: { part: 'body of card 2', placeholder: '{{3}}', missing: '`{{2}}`' }, pointer: '/components/1/cards/1/components/1/text' }],
    },
    {
      name: 'a long gap is named as a range',
      code: modele({ components: [body('Bonjour {{1}}, votre commande {{9}} est partie.', ['Léa', 'C-42'])] }),
      errors: [{ messageId: 'gap', data: { part: 'body', placeholder: '{{9}}', missing: '`{{2}}` to `{{8}}`' } }],
    },
    {
      name: 'a number written with spaces still counts, so no gap is reported after it',
      code: template({ components: [body('Hi {{1}}, order {{ 2 }} ships on {{4}}.', ['Ana', 'A-1', 'Monday'])] }),
      errors: [{ messageId: 'gap', data: { part: 'body', placeholder: '{{4}}', missing: '`{{3}}`' } }],
    },
    // outOfOrder
    {
      name: "Meta's example: {{1}}, {{2}}, {{5}}, {{4}}",
      code: template({ components: [body('Items: {{1}}, {{2}}, {{5}}, {{4}} are in your basket.', ['a', 'b', 'c', 'd'])] }),
      errors: [
        { messageId: 'outOfOrder', data: { part: 'body', placeholder: '{{4}}', previous: '{{5}}' }, column: 44, endColumn: 49 },
        { messageId: 'gap', data: { part: 'body', placeholder: '{{4}}', missing: '`{{3}}`' }, column: 44, endColumn: 49 },
      ],
    },
    {
      code: modele({ components: [body('Bonjour {{2}}, votre commande {{1}} est partie.', ['C-42', 'Léa'])] }),
      errors: [{ messageId: 'outOfOrder', data: { part: 'body', placeholder: '{{1}}', previous: '{{2}}' }, actual: '{{1}}', line: 8, column: 46, endColumn: 51 }],
    },
    // repeated
    {
      name: 'a number used twice, with allowRepeated false',
      options: { allowRepeated: false },
      code: template({ components: [body('Hi {{1}}, your code is {{2}}. Again: {{2}}.', ['Ana', '1234'])] }),
      errors: [{ messageId: 'repeated', data: { part: 'body', placeholder: '{{2}}' }, column: 53, endColumn: 58 }],
    },
    {
      name: 'French: a number used twice, with allowRepeated false',
      options: { allowRepeated: false },
      code: modele({ components: [body('Bonjour {{1}}, à bientôt {{1}} !', ['Léa'])] }),
      errors: [{ messageId: 'repeated', data: { part: 'body', placeholder: '{{1}}' } }],
    },
    // raw text
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "suivi",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Votre colis a \\u00e9t\\u00e9 exp\\u00e9di\\u00e9.\\nSuivi : {{2}} \\u2014 merci !" }\n  ]\n}\n',
      errors: [{ messageId: 'notFromOne', data: { part: 'body', placeholder: '{{2}}', missing: '`{{1}}`' }, line: 6, column: 88, endColumn: 93 }],
    },
    {
      name: 'YAML block scalar',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: |\n      Bonjour {{1}},\n      votre rendez-vous du {{3}} est confirmé.\n',
      errors: [{ messageId: 'gap', data: { part: 'body', placeholder: '{{3}}', missing: '`{{2}}`' }, line: 8, column: 28, endColumn: 33 }],
    },
  ],
});
