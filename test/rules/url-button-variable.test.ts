import { describe, it } from 'vitest';
import rule from '../../rules/url-button-variable.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, modele, quickReply, template, urlButton } from '../helpers/template.js';

const withUrl = (url: string, example?: string) =>
  template({ components: [body('Your order has shipped, track it with the button below.'), buttons(urlButton('Track', url, example))] });
const avecUrl = (url: string, example?: string) =>
  modele({ components: [body('Votre commande est partie, suivez-la avec le bouton ci-dessous.'), buttons(urlButton('Suivre', url, example))] });

/** A carousel whose single card has a URL button. */
const carousel = (url: string) =>
  modele({
    category: 'MARKETING',
    components: [
      body('Nos nouveautés de la semaine.'),
      {
        type: 'CAROUSEL',
        cards: [
          {
            components: [
              { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
              { type: 'BODY', text: 'Robe d’été en lin.' },
              buttons(urlButton('Voir', url)),
            ],
          },
        ],
      },
    ],
  });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    withUrl('https://example.com/track/{{1}}', 'https://example.com/track/A12'),
    avecUrl('https://example.fr/suivi?id={{1}}', 'https://example.fr/suivi?id=A12'),
    withUrl('https://example.com/track'),
    { name: 'variable after a fragment', code: withUrl('https://example.com/help#{{1}}') },
    { name: 'variable right after the path slash', code: avecUrl('https://example.fr/{{1}}') },
    { name: 'variable followed by trailing spaces only', code: withUrl('https://example.com/t/{{1}}  ') },
    { name: 'named placeholder at the end', code: avecUrl('https://example.fr/commande/{{numero}}') },
    { name: 'card URL button with a trailing variable', code: carousel('https://example.fr/produit/{{1}}') },
    {
      name: 'placeholders in a quick reply are not URLs',
      code: template({ components: [body('Reply below, please.'), buttons({ type: 'QUICK_REPLY', text: 'Yes', url: 'https://{{1}}/{{2}}/x' })] }),
    },
    { name: 'url is a number', code: template({ components: [body('Track your order below.'), buttons({ type: 'URL', text: 'Track', url: 5 })] }) },
    { name: 'URL button without url', code: template({ components: [body('Track your order below.'), buttons({ type: 'URL', text: 'Track' })] }) },
    { name: 'button that is a number', code: template({ components: [body('Track your order below.'), buttons(7 as never, quickReply('Yes'))] }) },
    { name: 'buttons is a string', code: template({ components: [body('Track your order below.'), { type: 'BUTTONS', buttons: 'x' }] }) },
    {
      name: 'YAML with a trailing variable',
      format: 'yaml',
      code: 'name: suivi\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre colis est en route.\n  - type: BUTTONS\n    buttons:\n      - type: URL\n        text: Suivre\n        url: https://example.fr/suivi/{{1}}\n        example: [https://example.fr/suivi/A12]\n',
    },
  ],
  invalid: [
    // variableInHost
    {
      name: 'English: variable as a subdomain',
      code: withUrl('https://{{1}}.example.com/x', 'https://shop.example.com/x'),
      errors: [{ messageId: 'variableInHost', data: { placeholder: '{{1}}' }, actual: '{{1}}', pointer: '/components/1/buttons/0/url', line: 16, column: 27, endColumn: 32 }],
    },
    {
      name: 'French: variable glued to the domain',
      code: avecUrl('https://example.fr{{1}}'),
      errors: [{ messageId: 'variableInHost', data: { placeholder: '{{1}}' }, column: 37, endColumn: 42 }],
    },
    {
      name: 'French: the whole URL is a variable',
      code: avecUrl('{{1}}'),
      errors: [{ messageId: 'variableInHost', data: { placeholder: '{{1}}' }, column: 19, endColumn: 24 }],
    },
    {
      name: 'YAML: variable in the host',
      format: 'yaml',
      code: 'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n  - type: BUTTONS\n    buttons:\n      - type: URL\n        text: Track\n        url: "https://{{1}}/track"\n',
      errors: [{ messageId: 'variableInHost', data: { placeholder: '{{1}}' }, line: 11, column: 23, endColumn: 28 }],
    },
    // variableNotAtEnd
    {
      name: 'English: variable in the middle of the path',
      code: withUrl('https://example.com/{{1}}/track'),
      errors: [{ messageId: 'variableNotAtEnd', data: { placeholder: '{{1}}' }, actual: '{{1}}', line: 16, column: 39, endColumn: 44 }],
    },
    {
      name: 'French: variable followed by a slash',
      code: avecUrl('https://example.fr/suivi/{{1}}/'),
      errors: [{ messageId: 'variableNotAtEnd', data: { placeholder: '{{1}}' }, column: 44, endColumn: 49 }],
    },
    {
      name: 'French: variable in a carousel card button',
      code: carousel('https://example.fr/{{1}}?utm_source=whatsapp'),
      errors: [{ messageId: 'variableNotAtEnd', data: { placeholder: '{{1}}' }, pointer: '/components/1/cards/0/components/2/buttons/0/url' }],
    },
    {
      name: 'YAML: variable before a query string',
      format: 'yaml',
      code: "name: suivi\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre colis est en route.\n  - type: BUTTONS\n    buttons:\n      - type: URL\n        text: Suivre\n        url: 'https://example.fr/{{1}}?src=wa'\n",
      errors: [{ messageId: 'variableNotAtEnd', data: { placeholder: '{{1}}' }, line: 11, column: 34, endColumn: 39 }],
    },
    // tooManyVariables
    {
      name: 'English: two query variables',
      code: withUrl('https://example.com/a?x={{1}}&y={{2}}'),
      errors: [{ messageId: 'tooManyVariables', data: { placeholder: '{{1}}', count: 2 }, actual: '{{1}}', line: 16, column: 43, endColumn: 48 }],
    },
    {
      name: 'French: three path variables',
      code: avecUrl('https://example.fr/{{1}}/{{2}}/{{3}}'),
      errors: [
        { messageId: 'tooManyVariables', data: { placeholder: '{{1}}', count: 3 }, column: 38, endColumn: 43 },
        { messageId: 'tooManyVariables', data: { placeholder: '{{2}}', count: 3 }, column: 44, endColumn: 49 },
      ],
    },
    {
      name: 'French: one variable in the host, one extra, one in the middle',
      code: avecUrl('https://{{1}}.example.fr/{{2}}/{{3}}/fin'),
      errors: [
        { messageId: 'variableInHost', data: { placeholder: '{{1}}' } },
        { messageId: 'tooManyVariables', data: { placeholder: '{{2}}', count: 3 } },
        { messageId: 'variableNotAtEnd', data: { placeholder: '{{3}}' } },
      ],
    },
    {
      name: 'JSON escapes before the variable keep positions exact',
      format: 'json',
      code: '{"name":"order_update","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your order has shipped."},\n{"type":"BUTTONS","buttons":[{"type":"URL","text":"Track","url":"https://example.com/caf\\u00e9/{{1}}/\\u2192"}]}]}\n',
      errors: [{ messageId: 'variableNotAtEnd', data: { placeholder: '{{1}}' }, line: 2, column: 96, endColumn: 101 }],
    },
  ],
});
