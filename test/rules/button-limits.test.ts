import { describe, it } from 'vitest';
import rule from '../../rules/button-limits.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, modele, phoneButton, quickReply, template, urlButton } from '../helpers/template.js';

function copyCode(example: string): Record<string, unknown> {
  return { type: 'COPY_CODE', example };
}

/** `n` quick replies with distinct labels. */
function quickReplies(n: number, label = 'Option'): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => quickReply(`${label} ${i + 1}`));
}

const promo = (...list: Array<Record<string, unknown>>) =>
  template({ category: 'MARKETING', components: [body('Our summer sale starts today, see the details below.'), buttons(...list)] });
const promoFr = (...list: Array<Record<string, unknown>>) =>
  modele({ category: 'MARKETING', components: [body('Nos soldes d’été commencent aujourd’hui, voyez le détail ci-dessous.'), buttons(...list)] });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    promo(quickReply('Yes'), quickReply('No'), urlButton('Shop', 'https://example.com/shop'), phoneButton('Call us', '+15550051310')),
    promoFr(urlButton('Voir', 'https://example.fr/soldes'), phoneButton('Appeler', '+33612345678'), quickReply('Oui'), quickReply('Non')),
    { name: 'exactly 10 quick replies', code: promoFr(...quickReplies(10, 'Choix')) },
    {
      name: 'every per-type limit reached but not passed, 10 buttons in all',
      code: promo(
        urlButton('Shop', 'https://example.com/shop'),
        urlButton('Track', 'https://example.com/track/{{1}}', 'https://example.com/track/A12'),
        phoneButton('Call us', '+15550051310'),
        copyCode('SAVE10'),
        ...quickReplies(6),
      ),
    },
    { name: 'only quick replies', code: promo(...quickReplies(3)) },
    { name: 'no quick reply at all', code: promo(urlButton('Shop', 'https://example.com/shop'), phoneButton('Call us', '+15550051310')) },
    { name: 'labels that differ by more than case and spaces', code: promoFr(quickReply('Oui'), quickReply('Oui !'), quickReply('Oui, merci')) },
    { name: 'labels that differ by an accent', code: promoFr(quickReply('Resume'), quickReply('Résumé')) },
    { name: 'empty labels are left to other rules', code: promo(quickReply(''), quickReply('  ')) },
    { name: 'single braces are not a placeholder', code: promo(quickReply('Option {1}')) },
    {
      name: 'carousel card buttons are left to carousel-format',
      code: template({
        category: 'MARKETING',
        components: [
          body('Découvrez nos nouveautés de la semaine.'),
          {
            type: 'CAROUSEL',
            cards: [
              {
                components: [
                  { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
                  buttons(quickReply('Voir'), urlButton('Voir', 'https://example.fr/{{1}}'), urlButton('Acheter {{1}}', 'https://example.fr/a')),
                ],
              },
            ],
          },
        ],
      }),
    },
    { name: 'buttons is a string', code: template({ components: [body('Hello there, your order has shipped.'), { type: 'BUTTONS', buttons: 'x' }] }) },
    { name: 'buttons missing', code: template({ components: [body('Hello there, your order has shipped.'), { type: 'BUTTONS' }] }) },
    { name: 'buttons that are not objects', code: promo(5 as never, 'Yes' as never, null as never, quickReply('Yes')) },
    { name: 'label and type of the wrong type', code: promo({ type: 7, text: 42 }, { type: 'QUICK_REPLY', text: ['Yes'] }, { type: 'QUICK_REPLY', text: ['Yes'] }) },
    { name: 'components is a string', code: template({ components: 'x' as never }) },
    {
      name: 'YAML with grouped quick replies',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre rendez-vous est demain à 10 h.\n  - type: BUTTONS\n    buttons:\n      - type: QUICK_REPLY\n        text: Confirmer\n      - type: QUICK_REPLY\n        text: Annuler\n      - type: PHONE_NUMBER\n        text: Appeler\n        phone_number: "+33612345678"\n',
    },
  ],
  invalid: [
    // tooManyButtons
    {
      name: 'English: 11 buttons',
      code: promo(urlButton('Shop', 'https://example.com/shop'), urlButton('Blog', 'https://example.com/blog'), phoneButton('Call us', '+15550051310'), ...quickReplies(8)),
      errors: [{ messageId: 'tooManyButtons', data: { button: 'Option 8', count: 11 }, pointer: '/components/1/buttons/10' }],
    },
    {
      name: 'French: 12 buttons',
      code: promoFr(...quickReplies(9, 'Choix'), urlButton('Voir', 'https://example.fr/a'), urlButton('Acheter', 'https://example.fr/b'), phoneButton('Appeler', '+33612345678')),
      errors: [{ messageId: 'tooManyButtons', data: { button: 'Acheter', count: 12 }, pointer: '/components/1/buttons/10' }],
    },
    // tooManyUrlButtons
    {
      name: 'English: three URL buttons',
      code: promo(urlButton('Shop', 'https://example.com/shop'), urlButton('Blog', 'https://example.com/blog'), urlButton('Help', 'https://example.com/help')),
      errors: [{ messageId: 'tooManyUrlButtons', data: { button: 'Help', count: 3 }, pointer: '/components/1/buttons/2', line: 23, column: 9, endLine: 23, endColumn: 10 }],
    },
    {
      name: 'French: three URL buttons, lower-case type',
      code: promoFr(urlButton('Boutique', 'https://example.fr/boutique'), { type: 'url', text: 'Suivi', url: 'https://example.fr/suivi' }, urlButton('Aide', 'https://example.fr/aide')),
      errors: [{ messageId: 'tooManyUrlButtons', data: { button: 'Aide', count: 3 }, pointer: '/components/1/buttons/2' }],
    },
    // tooManyPhoneButtons
    {
      name: 'English: two phone buttons',
      code: promo(phoneButton('Sales', '+15550051310'), phoneButton('Support', '+15550051311')),
      errors: [{ messageId: 'tooManyPhoneButtons', data: { button: 'Support', count: 2 }, line: 18, column: 9 }],
    },
    {
      name: 'French: two phone buttons among others',
      code: promoFr(urlButton('Voir', 'https://example.fr/a'), phoneButton('Ventes', '+33612345678'), phoneButton('SAV', '+33612345679')),
      errors: [{ messageId: 'tooManyPhoneButtons', data: { button: 'SAV', count: 2 }, pointer: '/components/1/buttons/2' }],
    },
    // tooManyCopyCodeButtons
    {
      name: 'English: two copy-code buttons',
      code: promo(copyCode('SAVE10'), copyCode('SAVE20')),
      errors: [{ messageId: 'tooManyCopyCodeButtons', data: { button: 'button 2', count: 2 }, pointer: '/components/1/buttons/1' }],
    },
    {
      name: 'French: two copy-code buttons',
      code: promoFr({ type: 'COPY_CODE', text: 'Copier le code', example: 'ETE10' }, { type: 'COPY_CODE', text: 'Copier le code bis', example: 'ETE20' }),
      errors: [{ messageId: 'tooManyCopyCodeButtons', data: { button: 'Copier le code bis', count: 2 } }],
    },
    // tooManyQuickReplies
    {
      name: 'English: 11 quick replies, reported once',
      code: promo(...quickReplies(11)),
      errors: [{ messageId: 'tooManyQuickReplies', data: { button: 'Option 11', count: 11 }, pointer: '/components/1/buttons/10' }],
    },
    {
      name: 'French: a URL button and 11 quick replies',
      code: promoFr(urlButton('Voir', 'https://example.fr/a'), ...quickReplies(11, 'Choix')),
      errors: [
        { messageId: 'tooManyButtons', data: { button: 'Choix 10', count: 12 }, pointer: '/components/1/buttons/10' },
        { messageId: 'tooManyQuickReplies', data: { button: 'Choix 11', count: 11 }, pointer: '/components/1/buttons/11' },
      ],
    },
    // quickRepliesNotGrouped
    {
      name: 'English: QR, URL, QR',
      code: promo(quickReply('Yes'), urlButton('Shop', 'https://example.com/shop'), quickReply('No')),
      errors: [{ messageId: 'quickRepliesNotGrouped', data: { button: 'No' }, pointer: '/components/1/buttons/2', line: 22, column: 9, endLine: 22, endColumn: 10 }],
    },
    {
      name: 'French: a quick reply between two other buttons',
      code: promoFr(urlButton('Voir', 'https://example.fr/a'), quickReply('Oui'), phoneButton('Appeler', '+33612345678')),
      errors: [{ messageId: 'quickRepliesNotGrouped', data: { button: 'Oui' }, pointer: '/components/1/buttons/1' }],
    },
    {
      name: 'French: the longer run of quick replies is the group',
      code: promoFr(quickReply('Oui'), urlButton('Voir', 'https://example.fr/a'), quickReply('Non'), quickReply('Plus tard')),
      errors: [{ messageId: 'quickRepliesNotGrouped', data: { button: 'Oui' }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'YAML: quick replies on both sides of a URL button',
      format: 'yaml',
      code: 'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n  - type: BUTTONS\n    buttons:\n      - type: QUICK_REPLY\n        text: Thanks\n      - type: URL\n        text: Track\n        url: https://example.com/track\n      - type: QUICK_REPLY\n        text: Stop\n',
      errors: [{ messageId: 'quickRepliesNotGrouped', data: { button: 'Stop' }, line: 14, column: 9 }],
    },
    // duplicateLabel
    {
      name: 'English: same label up to case and spaces',
      code: promo(urlButton('Track order', 'https://example.com/track'), quickReply(' track ORDER ')),
      errors: [{ messageId: 'duplicateLabel', data: { label: 'track ORDER' }, actual: ' track ORDER ', pointer: '/components/1/buttons/1/text', line: 20, column: 19, endColumn: 34 }],
    },
    {
      name: 'French: a label used three times',
      code: promoFr(quickReply('Oui'), quickReply('Non'), quickReply('OUI'), quickReply('oui')),
      errors: [
        { messageId: 'duplicateLabel', data: { label: 'OUI' }, pointer: '/components/1/buttons/2/text' },
        { messageId: 'duplicateLabel', data: { label: 'oui' }, pointer: '/components/1/buttons/3/text' },
      ],
    },
    // placeholderInLabel
    {
      name: 'English: a placeholder in a URL button label',
      code: promo(urlButton('Track {{1}}', 'https://example.com/track')),
      errors: [{ messageId: 'placeholderInLabel', data: { placeholder: '{{1}}' }, actual: '{{1}}', line: 15, column: 26, endColumn: 31 }],
    },
    {
      name: 'French: two placeholders in a quick reply label',
      code: promoFr(quickReply('Voir {{1}} et {{produit}}')),
      errors: [
        { messageId: 'placeholderInLabel', data: { placeholder: '{{1}}' }, column: 25, endColumn: 30 },
        { messageId: 'placeholderInLabel', data: { placeholder: '{{produit}}' }, column: 34, endColumn: 45 },
      ],
    },
    {
      name: 'YAML: a placeholder in a phone button label',
      format: 'yaml',
      code: "name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre rendez-vous est demain.\n  - type: BUTTONS\n    buttons:\n      - type: PHONE_NUMBER\n        text: 'Appeler {{1}}'\n        phone_number: '+33612345678'\n",
      errors: [{ messageId: 'placeholderInLabel', data: { placeholder: '{{1}}' }, line: 10, column: 24, endColumn: 29 }],
    },
    {
      name: 'several problems in one component, in position order',
      code: promo(quickReply('Yes'), urlButton('Shop', 'https://example.com/shop'), quickReply('yes'), phoneButton('Call {{1}}', '+15550051310'), phoneButton('Fax', '+15550051311')),
      errors: [
        { messageId: 'quickRepliesNotGrouped', data: { button: 'yes' }, pointer: '/components/1/buttons/2' },
        { messageId: 'duplicateLabel', data: { label: 'yes' }, pointer: '/components/1/buttons/2/text' },
        { messageId: 'placeholderInLabel', data: { placeholder: '{{1}}' }, pointer: '/components/1/buttons/3/text' },
        { messageId: 'tooManyPhoneButtons', data: { button: 'Fax', count: 2 }, pointer: '/components/1/buttons/4' },
      ],
    },
  ],
});
