import { describe, it } from 'vitest';
import rule from '../../rules/carousel-format.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, phoneButton, quickReply, template, urlButton } from '../helpers/template.js';

const HANDLE = '4::aW1hZ2UvanBlZw==:ARb52CTUac8FTuSZdkoCXGdeoxDZPHtGa3LSZmQjIxGnvDhg3hJQe37IRYld6flatNuZiaa89a6M_23HGH0ylis7w1O6pILkUxR-TrLlKp-mYA:e:1708173546:256725303808337:100052252050649:ARbcwlC3kHgZ7vaMLbQ';

function media(format: string): Record<string, unknown> {
  return { type: 'HEADER', format, example: { header_handle: [HANDLE] } };
}

/** A media card: header, optional body, then buttons (any number, as given). */
function card(format: string, text: string | undefined, ...list: Array<Record<string, unknown>>): Record<string, unknown> {
  const components: unknown[] = [media(format)];
  if (text !== undefined) components.push(body(text));
  if (list.length > 0) components.push(buttons(...list));
  return { components };
}

/** The card of Meta's media card carousel sample: image, body with a sample, a quick reply and a URL button. */
function shrubCard(plant: string, code: string): Record<string, unknown> {
  return {
    components: [
      media('IMAGE'),
      body(`Rare ${plant}. Use code {{1}} to get 15% off.`, [code]),
      buttons(quickReply('Send more like this'), urlButton('Buy now', 'https://www.luckyshrub.com/shop?promo={{1}}', `https://www.luckyshrub.com/shop?promo=${code}`)),
    ],
  };
}

function carousel(...cards: unknown[]): Record<string, unknown> {
  return { type: 'CAROUSEL', cards };
}

/** French cards: video header, body, phone button. */
function carte(n: number): Record<string, unknown> {
  return card('VIDEO', `Atelier n° ${n} : inscrivez-vous par téléphone.`, phoneButton('Appeler', '+33123456789'));
}

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    {
      name: "Meta's media card carousel sample shape",
      code: template({
        name: 'summer_carousel_promo',
        category: 'MARKETING',
        components: [body('Summer is here, and we have the freshest produce around! Use code {{1}} to get {{2}} off.', ['15OFF', '15%']), carousel(shrubCard('lemons', 'LEMON15'), shrubCard('oranges', 'ORANGE15'))],
      }),
    },
    {
      name: 'French carousel with three video cards',
      code: modele({ name: 'ateliers_mars', category: 'MARKETING', components: [body('Nos ateliers du mois de mars, places limitées.'), carousel(carte(1), carte(2), carte(3))] }),
    },
    {
      name: 'product card carousel: PRODUCT headers and SPM buttons',
      code: template({
        category: 'MARKETING',
        components: [
          body('Our best sellers are back in stock.'),
          carousel(
            { components: [{ type: 'HEADER', format: 'PRODUCT' }, buttons({ type: 'SPM', text: 'View' })] },
            { components: [{ type: 'HEADER', format: 'PRODUCT' }, buttons({ type: 'SPM', text: 'View' })] },
          ),
        ],
      }),
    },
    {
      name: 'cards with only a header (body and buttons are optional)',
      code: modele({ category: 'MARKETING', components: [body('Les nouveautés de la semaine.'), carousel(card('IMAGE', undefined), card('IMAGE', undefined))] }),
    },
    {
      name: 'ten cards, lower-case types',
      code: template({
        category: 'marketing',
        components: [
          { type: 'body', text: 'Ten ideas for your garden this spring.' },
          { type: 'carousel', cards: Array.from({ length: 10 }, (_, i) => ({ components: [{ type: 'header', format: 'image', example: { header_handle: [HANDLE] } }, { type: 'body', text: `Idea ${i + 1}.` }] })) },
        ],
      }),
    },
    {
      name: 'same components written in a different order',
      code: template({
        category: 'MARKETING',
        components: [
          body('Pick your favourite.'),
          carousel(
            { components: [media('IMAGE'), body('Lemon tea.'), buttons(quickReply('I want it'))] },
            { components: [buttons(quickReply('I want it')), media('IMAGE'), body('Mint tea.')] },
          ),
        ],
      }),
    },
    {
      name: 'a placeholder at the start of a card body is not this rule’s business',
      code: modele({ category: 'MARKETING', components: [body('Nos prix de la semaine.'), carousel(card('IMAGE', '{{1}} le kilo.'), card('IMAGE', '{{1}} la barquette.'))] }),
    },
    { name: 'no carousel at all', code: template({ components: [header('Hello'), body('Your order has shipped.'), footer('Thanks')] }) },
    {
      name: 'wrong types: category 42 and body text 42 in every card',
      code: template({
        category: 42 as unknown as string,
        components: [body('Deals.'), carousel({ components: [media('IMAGE'), { type: 'BODY', text: 42 }] }, { components: [media('IMAGE'), { type: 'BODY', text: 42 }] })],
      }),
    },
    { name: 'wrong types: components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    {
      name: 'YAML French carousel',
      format: 'yaml',
      code: [
        'name: nouveautes',
        'language: fr',
        'category: MARKETING',
        'components:',
        '  - type: BODY',
        '    text: Découvrez nos nouveautés.',
        '  - type: CAROUSEL',
        '    cards:',
        '      - components:',
        '          - { type: HEADER, format: IMAGE, example: { header_handle: ["4::aW1hZ2U=:ARa"] } }',
        '          - { type: BUTTONS, buttons: [{ type: QUICK_REPLY, text: Je veux }] }',
        '      - components:',
        '          - { type: HEADER, format: IMAGE, example: { header_handle: ["4::aW1hZ2U=:ARb"] } }',
        '          - { type: BUTTONS, buttons: [{ type: QUICK_REPLY, text: Je veux }] }',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'English carousel in a UTILITY template',
      code: template({ components: [body('Your picks are ready.'), carousel(shrubCard('lemons', 'LEMON15'), shrubCard('limes', 'LIME15'))] }),
      errors: [{ messageId: 'marketingOnly', data: { category: 'UTILITY' }, pointer: '/components/1', line: 10, column: 5 }],
    },
    {
      name: 'French carousel in an authentication template',
      code: modele({ category: 'authentication', components: [body('Vos ateliers.'), carousel(carte(1), carte(2))] }),
      errors: [{ messageId: 'marketingOnly', data: { category: 'AUTHENTICATION' } }],
    },
    {
      name: 'English carousel with one card',
      code: template({ category: 'MARKETING', components: [body('Our pick of the week.'), carousel(shrubCard('lemons', 'LEMON15'))] }),
      errors: [{ messageId: 'tooFewCards', data: { count: 1 }, pointer: '/components/1/cards', line: 12, column: 16 }],
    },
    {
      name: 'French carousel without cards',
      code: modele({ category: 'MARKETING', components: [body('Nos ateliers.'), { type: 'CAROUSEL' }] }),
      errors: [{ messageId: 'tooFewCards', data: { count: 0 }, pointer: '/components/1' }],
    },
    {
      name: 'cards of the wrong type count as none',
      code: modele({ category: 'MARKETING', components: [body('Nos ateliers.'), { type: 'CAROUSEL', cards: 'x' }] }),
      errors: [{ messageId: 'tooFewCards', data: { count: 0 }, pointer: '/components/1/cards' }],
    },
    {
      name: 'English carousel with eleven cards',
      code: template({ category: 'MARKETING', components: [body('Eleven deals.'), carousel(...Array.from({ length: 11 }, () => card('IMAGE', 'A deal.')))] }),
      errors: [{ messageId: 'tooManyCards', data: { count: 11 }, pointer: '/components/1/cards' }],
    },
    {
      name: 'French carousel with twelve cards',
      code: modele({ category: 'MARKETING', components: [body('Douze ateliers.'), carousel(...Array.from({ length: 12 }, (_, i) => carte(i + 1)))] }),
      errors: [{ messageId: 'tooManyCards', data: { count: 12 } }],
    },
    {
      name: 'English card without a header',
      code: template({
        category: 'MARKETING',
        components: [body('Two teas.'), carousel(card('IMAGE', 'Lemon tea.'), { components: [body('Mint tea.')] })],
      }),
      errors: [{ messageId: 'cardHeaderRequired', data: { card: 2 }, pointer: '/components/1/cards/1' }],
    },
    {
      name: 'French card that is not an object',
      code: modele({ category: 'MARKETING', components: [body('Deux ateliers.'), carousel(carte(1), 'carte 2')] }),
      errors: [{ messageId: 'cardHeaderRequired', data: { card: 2 }, pointer: '/components/1/cards/1' }],
    },
    {
      name: 'English text header in a card',
      code: template({
        category: 'MARKETING',
        components: [body('Two teas.'), carousel(card('IMAGE', 'Lemon tea.'), { components: [header('Mint tea'), body('Fresh mint.')] })],
      }),
      errors: [{ messageId: 'cardHeaderFormat', data: { card: 2, format: 'TEXT' }, pointer: '/components/1/cards/1/components/0/format' }],
    },
    {
      name: 'French document header in a card, and a header without format',
      code: modele({
        category: 'MARKETING',
        components: [body('Nos catalogues.'), carousel({ components: [{ type: 'HEADER', format: 'document', example: { header_handle: [HANDLE] } }] }, { components: [{ type: 'HEADER' }] }, card('IMAGE', undefined))],
      }),
      errors: [
        { messageId: 'cardHeaderFormat', data: { card: 1, format: 'document' }, pointer: '/components/1/cards/0/components/0/format' },
        { messageId: 'cardHeaderFormat', data: { card: 2, format: '' }, pointer: '/components/1/cards/1/components/0' },
      ],
    },
    {
      name: 'card header format of the wrong type',
      code: template({ category: 'MARKETING', components: [body('Two teas.'), carousel(card('IMAGE', undefined), { components: [{ type: 'HEADER', format: 42 }] })] }),
      errors: [{ messageId: 'cardHeaderFormat', data: { card: 2, format: '42' } }],
    },
    {
      name: 'English card with three buttons',
      code: template({
        category: 'MARKETING',
        components: [
          body('Two teas.'),
          carousel(card('IMAGE', 'Lemon tea.', quickReply('Buy'), quickReply('More')), card('IMAGE', 'Mint tea.', quickReply('Buy'), quickReply('More'), quickReply('Stop'))),
        ],
      }),
      errors: [{ messageId: 'cardTooManyButtons', data: { card: 2, count: 3 }, pointer: '/components/1/cards/1/components/2' }],
    },
    {
      name: 'French cards with three buttons each',
      code: modele({
        category: 'MARKETING',
        components: [body('Deux ateliers.'), carousel(card('VIDEO', 'Poterie.', quickReply('Oui'), quickReply('Non'), phoneButton('Appeler', '+33123456789')), card('VIDEO', 'Tissage.', quickReply('Oui'), quickReply('Non'), phoneButton('Appeler', '+33123456789')))],
      }),
      errors: [
        { messageId: 'cardTooManyButtons', data: { card: 1, count: 3 } },
        { messageId: 'cardTooManyButtons', data: { card: 2, count: 3 } },
      ],
    },
    {
      name: 'English: one video card among image cards',
      code: template({ category: 'MARKETING', components: [body('Three teas.'), carousel(card('IMAGE', 'Lemon.'), card('VIDEO', 'Mint.'), card('IMAGE', 'Jasmine.'))] }),
      errors: [
        {
          messageId: 'cardMismatch',
          data: { card: 2, actual: 'HEADER VIDEO, BODY', expected: 'HEADER IMAGE, BODY' },
          pointer: '/components/1/cards/1',
          line: 30,
          column: 9,
        },
      ],
    },
    {
      name: 'French: one card without body text',
      code: modele({ category: 'MARKETING', components: [body('Nos ateliers.'), carousel(carte(1), card('VIDEO', undefined, phoneButton('Appeler', '+33123456789')), carte(3))] }),
      errors: [{ messageId: 'cardMismatch', data: { card: 2, actual: 'HEADER VIDEO, BUTTONS [PHONE_NUMBER]', expected: 'HEADER VIDEO, BODY, BUTTONS [PHONE_NUMBER]' } }],
    },
    {
      name: 'French: buttons in another order, the first card is the reference on a tie',
      code: modele({
        category: 'MARKETING',
        components: [body('Deux thés.'), carousel(card('IMAGE', 'Citron.', quickReply('Oui'), urlButton('Acheter', 'https://the.fr/citron')), card('IMAGE', 'Menthe.', urlButton('Acheter', 'https://the.fr/menthe'), quickReply('Oui')))],
      }),
      errors: [{ messageId: 'cardMismatch', data: { card: 2, actual: 'HEADER IMAGE, BODY, BUTTONS [URL, QUICK_REPLY]', expected: 'HEADER IMAGE, BODY, BUTTONS [QUICK_REPLY, URL]' } }],
    },
    {
      name: 'English: top-level footer beside the carousel',
      code: template({ category: 'MARKETING', components: [body('Two teas.'), carousel(card('IMAGE', 'Lemon.'), card('IMAGE', 'Mint.')), footer('Reply STOP to opt out')] }),
      errors: [{ messageId: 'componentNotAllowed', data: { type: 'FOOTER' }, pointer: '/components/2' }],
    },
    {
      name: 'French: top-level header and buttons beside the carousel',
      code: modele({ category: 'MARKETING', components: [header('Nos ateliers'), body('Inscrivez-vous vite.'), carousel(carte(1), carte(2)), buttons(quickReply('Stop promos'))] }),
      errors: [
        { messageId: 'componentNotAllowed', data: { type: 'HEADER' }, pointer: '/components/0', line: 6, column: 5 },
        { messageId: 'componentNotAllowed', data: { type: 'BUTTONS' }, pointer: '/components/3' },
      ],
    },
    {
      name: 'French: a footer in every card (a card holds a header, a body and buttons only)',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos bouquets de la semaine.'),
          carousel(
            { components: [media('IMAGE'), body('Pivoines.'), footer('Livraison offerte')] },
            { components: [media('IMAGE'), body('Tulipes.'), footer('Livraison offerte')] },
          ),
        ],
      }),
      errors: [
        { messageId: 'cardComponentNotAllowed', data: { card: 1, type: 'FOOTER' }, pointer: '/components/1/cards/0/components/2' },
        { messageId: 'cardComponentNotAllowed', data: { card: 2, type: 'FOOTER' }, pointer: '/components/1/cards/1/components/2' },
      ],
    },
    {
      name: 'English: a carousel nested in a card, and a limited-time offer in another',
      code: template({
        category: 'MARKETING',
        components: [
          body('Two teas.'),
          carousel(
            { components: [media('IMAGE'), carousel(card('IMAGE', undefined), card('IMAGE', undefined))] },
            { components: [media('IMAGE'), { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Expiring offer!', has_expiration: false } }] },
          ),
        ],
      }),
      errors: [
        { messageId: 'cardComponentNotAllowed', data: { card: 1, type: 'CAROUSEL' }, pointer: '/components/1/cards/0/components/1' },
        { messageId: 'cardComponentNotAllowed', data: { card: 2, type: 'LIMITED_TIME_OFFER' }, pointer: '/components/1/cards/1/components/1' },
      ],
    },
    {
      name: 'several problems, in position order',
      code: template({ components: [body('One tea.'), carousel({ components: [header('Tea'), buttons(quickReply('A'), quickReply('B'), quickReply('C'))] })] }),
      errors: [
        { messageId: 'marketingOnly', data: { category: 'UTILITY' }, line: 10, column: 5 },
        { messageId: 'tooFewCards', data: { count: 1 }, line: 12, column: 16 },
        { messageId: 'cardHeaderFormat', data: { card: 1, format: 'TEXT' }, line: 17, column: 25 },
        { messageId: 'cardTooManyButtons', data: { card: 1, count: 3 }, line: 20, column: 13},
      ],
    },
    {
      name: 'YAML English carousel with a utility category and a single card',
      format: 'yaml',
      code: [
        'name: tea_picks',
        'language: en_US',
        'category: UTILITY',
        'components:',
        '  - type: BODY',
        '    text: Our teas of the week.',
        '  - type: CAROUSEL',
        '    cards:',
        '      - components:',
        '          - type: HEADER',
        '            format: IMAGE',
        '            example: { header_handle: ["4::aW1hZ2U=:ARa"] }',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'marketingOnly', data: { category: 'UTILITY' }, line: 7, column: 5 },
        { messageId: 'tooFewCards', data: { count: 1 }, line: 9, column: 7 },
      ],
    },
  ],
});
