import { describe, it } from 'vitest';
import rule from '../../rules/adjacent-variables.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, header, modele, namedBody, template } from '../helpers/template.js';

const carousel = (...cardBodies: string[]): Record<string, unknown> => ({
  type: 'CAROUSEL',
  cards: cardBodies.map((text) => ({ components: [{ type: 'HEADER', format: 'IMAGE' }, { type: 'BODY', text }] })),
});

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'A-1'])] }),
    modele({ components: [body('Bonjour {{1}} et {{2}}, votre réservation est confirmée.', ['Léa', 'Paul'])] }),
    {
      name: 'punctuation between two placeholders, with words on the line',
      code: template({ components: [body('Hi {{1}}, {{2}} is ready for pickup today.', ['Ana', 'Your parcel'])] }),
    },
    {
      name: 'French: a line with a range and a currency sign says what the values are',
      code: modele({ components: [body('Votre devis est prêt.\n{{1}} – {{2}} €\nMerci de votre confiance.', ['100', '120'])] }),
    },
    {
      name: 'one placeholder alone on its line is not floating',
      code: modele({ components: [body('Adresse de livraison :\n{{1}}\nMerci de vérifier.', ['1 rue de la Paix'])] }),
    },
    {
      name: 'a range with words on the same line',
      code: modele({ components: [body('Votre créneau : {{1}} - {{2}}, merci de votre ponctualité.', ['10:00', '12:00'])] }),
    },
    {
      name: 'a line of placeholders separated by digits',
      code: template({ components: [body('Your seats:\n{{1}} 1 {{2}}\nEnjoy the show.', ['A', 'B'])] }),
    },
    {
      name: 'French card bodies with words between placeholders',
      code: modele({ category: 'MARKETING', components: [body('Nos offres de la semaine, à ne pas manquer.'), carousel('Le {{1}} à {{2}} € seulement.')] }),
    },
    { name: 'text is a number', code: template({ components: [{ type: 'HEADER', format: 'TEXT', text: 12 }, { type: 'BODY', text: { a: 1 } }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'components holds non-objects', code: template({ components: [null, 'BODY', 3] }) },
  ],
  invalid: [
    // adjacent
    {
      code: template({ components: [body('Hi {{1}}{{2}}, your order has shipped.', ['Ana', 'Smith'])] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, actual: '{{1}}{{2}}', line: 8, column: 19, endColumn: 29 }],
    },
    {
      code: template({ components: [body('Hi {{1}} {{2}}, your order has shipped.', ['Ana', 'Smith'])] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, actual: '{{1}} {{2}}', line: 8, column: 19, endColumn: 30 }],
    },
    {
      code: modele({ components: [body('Bonjour {{1}} {{2}} {{3}}, votre commande est partie.', ['M.', 'Paul', 'Martin'])] }),
      errors: [
        { messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, column: 24, endColumn: 35 },
        { messageId: 'adjacent', data: { first: '{{2}}', second: '{{3}}' }, column: 30, endColumn: 41 },
      ],
    },
    {
      name: 'French named placeholders separated by a zero-width space',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{prenom}}\u200b{{nom}}, votre commande est partie.', { prenom: 'Léa', nom: 'Martin' })] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{prenom}}', second: '{{nom}}' }, line: 9, column: 24, endColumn: 42 }],
    },
    {
      name: 'only a line break between two placeholders',
      code: template({ components: [body('Your delivery address:\n{{1}}\n{{2}}\nPlease check it.', ['1 Main St', 'Springfield'])] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' } }],
    },
    {
      name: 'French text header',
      code: modele({ components: [header('Commande {{1}} {{2}}'), body('Bonjour, votre commande est partie.')] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, pointer: '/components/0/text', line: 9, column: 25, endColumn: 36 }],
    },
    {
      name: 'carousel card body',
      code: template({ category: 'MARKETING', components: [body('Our offers of the week, do not miss them.'), carousel('Now {{1}}{{2}} only.')] }),
      errors: [{ messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, pointer: '/components/1/cards/0/components/1/text' }],
    },
    // floatingLine
    {
      code: template({ components: [body('Your time slot is confirmed:\n{{1}} - {{2}}\nSee you soon.', ['10:00', '12:00'])] }),
      errors: [{ messageId: 'floatingLine', data: { line: '{{1}} - {{2}}' }, actual: '{{1}} - {{2}}', line: 8, column: 46, endColumn: 59 }],
    },
    {
      name: "Bird's example, in French",
      code: modele({ components: [body('Bonjour {{1}}, votre rendez-vous est le {{2}} :\n{{3}} - {{4}}\nÀ bientôt.', ['Léa', 'lundi', '10 h', '11 h'])] }),
      errors: [{ messageId: 'floatingLine', data: { line: '{{3}} - {{4}}' }, column: 65, endColumn: 78 }],
    },
    {
      name: 'French: an emoji is no word either',
      code: modele({ components: [body('Votre trajet est réservé.\n{{1}} 👉 {{2}}\nBon voyage !', ['Paris', 'Lyon'])] }),
      errors: [{ messageId: 'floatingLine', data: { line: '{{1}} 👉 {{2}}' } }],
    },
    {
      name: 'a line with adjacent placeholders and a dash gets both reports',
      code: template({ components: [body('Your booking:\n{{1}} {{2}} - {{3}}\nThanks for choosing us.', ['Ana', 'Smith', 'Room 4'])] }),
      errors: [
        { messageId: 'adjacent', data: { first: '{{1}}', second: '{{2}}' }, column: 31, endColumn: 42 },
        { messageId: 'floatingLine', data: { line: '{{1}} {{2}} - {{3}}' }, column: 31, endColumn: 50 },
      ],
    },
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "rappel",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Cr\\u00e9neau r\\u00e9serv\\u00e9 :\\n{{1}} \\u2013 {{2}}\\nMerci." }\n  ]\n}\n',
      errors: [{ messageId: 'floatingLine', data: { line: '{{1}} – {{2}}' }, line: 6, column: 66, endColumn: 84 }],
    },
    {
      name: 'YAML block scalar',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: |\n      Bonjour, voici votre créneau :\n      {{1}} / {{2}}\n      À bientôt.\n',
      errors: [{ messageId: 'floatingLine', data: { line: '{{1}} / {{2}}' }, line: 8, column: 7, endColumn: 20 }],
    },
  ],
});
