import { describe, it } from 'vitest';
import rule from '../../rules/name-format.js';
import { codeText, RuleTester } from '../../src/engine/rule-tester.js';
import { modele, template } from '../helpers/template.js';

/** The JSON text of a template after renaming it. */
function renamed(code: object, to: string): string {
  const text = codeText(code);
  return text.replace(/"name": "(?:[^"\\]|\\.)*"/, `"name": ${JSON.stringify(to)}`);
}

const orderUpdate = template({ name: 'Order_Update' });
const suiviCommande = modele({ name: 'Suivi_Commande_2' });
const spaced = template({ name: 'order update' });
const hyphenated = template({ name: 'order-update-v2' });
const accented = modele({ name: 'commande_confirmée' });
const frenchTitle = modele({ name: 'Rappel : rendez-vous à 10h' });
const ligature = modele({ name: 'offre_cœur' });
const tooLong = 'a'.repeat(513);

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template(),
    modele(),
    template({ name: 'order_update_2024' }),
    template({ name: '_' }),
    template({ name: '2fa_code' }),
    modele({ name: 'rappel_rendez_vous' }),
    { name: 'exactly 512 characters', code: template({ name: 'a'.repeat(512) }) },
    { name: 'name missing: template-schema reports it', code: { language: 'en_US', category: 'UTILITY', components: [] } },
    { name: 'name of the wrong type: template-schema reports it', code: template({ name: 42 as unknown as string }) },
    { name: 'name null', code: template({ name: null as unknown as string }) },
    { name: 'not a template object', code: ['order_update', 12] },
    {
      name: 'Graph API list response',
      code: { data: [{ id: '1', status: 'APPROVED', ...template() }, { id: '2', status: 'REJECTED', ...modele() }] },
    },
    {
      name: 'YAML source',
      format: 'yaml',
      code: 'name: suivi_commande\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
    },
  ],
  invalid: [
    {
      name: 'English name with capitals',
      code: orderUpdate,
      errors: [
        {
          messageId: 'uppercase',
          data: { name: 'Order_Update' },
          pointer: '/name',
          actual: 'Order_Update',
          line: 2,
          column: 11,
          endColumn: 25,
          suggestions: [{ messageId: 'useLowercase', data: { name: 'order_update' }, output: renamed(orderUpdate, 'order_update') }],
        },
      ],
      output: null,
    },
    {
      name: 'French name with capitals',
      code: suiviCommande,
      errors: [
        {
          messageId: 'uppercase',
          data: { name: 'Suivi_Commande_2' },
          suggestions: [{ messageId: 'useLowercase', data: { name: 'suivi_commande_2' }, output: renamed(suiviCommande, 'suivi_commande_2') }],
        },
      ],
    },
    {
      name: 'English name with a space',
      code: spaced,
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'order update', characters: [' '] },
          line: 2,
          column: 11,
          endColumn: 25,
          suggestions: [{ messageId: 'useSlug', data: { name: 'order_update' }, output: renamed(spaced, 'order_update') }],
        },
      ],
    },
    {
      name: 'English name with hyphens',
      code: hyphenated,
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'order-update-v2', characters: ['-'] },
          suggestions: [{ messageId: 'useSlug', data: { name: 'order_update_v2' }, output: renamed(hyphenated, 'order_update_v2') }],
        },
      ],
    },
    {
      name: 'French name with an accent',
      code: accented,
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'commande_confirmée', characters: ['é'] },
          actual: 'commande_confirmée',
          suggestions: [{ messageId: 'useSlug', data: { name: 'commande_confirmee' }, output: renamed(accented, 'commande_confirmee') }],
        },
      ],
    },
    {
      name: 'French title used as a name: capitals, spaces, colon, hyphen, accent',
      code: frenchTitle,
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'Rappel : rendez-vous à 10h', characters: [' ', ':', '-', 'à'] },
          suggestions: [{ messageId: 'useSlug', data: { name: 'rappel_rendez_vous_a_10h' }, output: renamed(frenchTitle, 'rappel_rendez_vous_a_10h') }],
        },
      ],
    },
    {
      name: 'French ligature',
      code: ligature,
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'offre_cœur', characters: ['œ'] },
          suggestions: [{ messageId: 'useSlug', data: { name: 'offre_coeur' }, output: renamed(ligature, 'offre_coeur') }],
        },
      ],
    },
    {
      name: 'emoji in a name counts as one character and slugs away',
      code: template({ name: 'promo_🎉' }),
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'promo_🎉', characters: ['🎉'] },
          line: 2,
          column: 11,
          endColumn: 21,
          suggestions: [{ messageId: 'useSlug', data: { name: 'promo' }, output: renamed(template({ name: 'promo_🎉' }), 'promo') }],
        },
      ],
    },
    {
      name: 'name with no letter left after slugging gets no suggestion',
      code: modele({ name: '日本語' }),
      errors: [{ messageId: 'invalidCharacters', data: { name: '日本語', characters: ['日', '本', '語'] }, suggestions: [] }],
    },
    {
      name: 'empty English name',
      code: template({ name: '' }),
      errors: [{ messageId: 'empty', pointer: '/name', line: 2, column: 11, endColumn: 13 }],
    },
    {
      name: 'empty French name in an array',
      code: [modele(), modele({ name: '' })],
      errors: [{ messageId: 'empty', pointer: '/1/name' }],
    },
    {
      name: 'English name over 512 characters',
      code: template({ name: tooLong }),
      errors: [{ messageId: 'tooLong', data: { length: 513, max: 512 }, line: 2, column: 11, endColumn: 526 }],
    },
    {
      name: 'French name over 512 characters and with an accent',
      code: modele({ name: `é${'a'.repeat(512)}` }),
      errors: [
        { messageId: 'tooLong', data: { length: 513, max: 512 } },
        {
          messageId: 'invalidCharacters',
          data: { name: `é${'a'.repeat(512)}`, characters: ['é'] },
          suggestions: [{ messageId: 'useSlug', data: { name: `e${'a'.repeat(511)}` }, output: renamed(modele({ name: `é${'a'.repeat(512)}` }), `e${'a'.repeat(511)}`) }],
        },
      ],
    },
    {
      name: 'YAML source with a French name in capitals',
      format: 'yaml',
      code: 'name: Suivi_Commande\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
      errors: [
        {
          messageId: 'uppercase',
          data: { name: 'Suivi_Commande' },
          line: 1,
          column: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useLowercase',
              data: { name: 'suivi_commande' },
              output: 'name: suivi_commande\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
            },
          ],
        },
      ],
    },
    {
      name: 'YAML source with a quoted English name with spaces',
      format: 'yaml',
      code: 'name: "Order update"\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n',
      errors: [
        {
          messageId: 'invalidCharacters',
          data: { name: 'Order update', characters: [' '] },
          line: 1,
          column: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useSlug',
              data: { name: 'order_update' },
              output: 'name: "order_update"\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n',
            },
          ],
        },
      ],
    },
  ],
});
