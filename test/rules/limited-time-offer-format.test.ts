import { describe, it } from 'vitest';
import rule from '../../rules/limited-time-offer-format.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template, urlButton } from '../helpers/template.js';

const HANDLE = '4::aW1hZ2UvanBlZw==:ARb52CTUac8FTuSZdkoCXGdeoxDZPHtGa3LSZmQjIxGnvDhg3hJQe37IRYld6flatNuZiaa89a6M_23HGH0ylis7w1O6pILkUxR-TrLlKp-mYA:e:1708173546:256725303808337:100052252050649:ARbcwlC3kHgZ7vaMLbQ';

function media(format: string): Record<string, unknown> {
  return { type: 'HEADER', format, example: { header_handle: [HANDLE] } };
}

/** A LIMITED_TIME_OFFER component; `hasExpiration` undefined leaves the key out. */
function offer(text: unknown, hasExpiration?: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = { text };
  if (hasExpiration !== undefined) fields.has_expiration = hasExpiration;
  return { type: 'LIMITED_TIME_OFFER', limited_time_offer: fields };
}

function copyCode(code: string): Record<string, unknown> {
  return { type: 'COPY_CODE', example: code };
}

const BOOK = urlButton('Book now!', 'https://awesomedestinations.com/offers?code={{1}}', 'https://awesomedestinations.com/offers?code=n3mtql');
const RESERVER = urlButton('Réserver', 'https://voyages-soleil.fr/offres?code={{1}}', 'https://voyages-soleil.fr/offres?code=ETE25');
const CARIBBEAN = body('Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!', ['Pablo', 'CARIBE25']);
const ETE = body('Bonne nouvelle, {{1}} ! Avec le code {{2}}, -25 % sur tous nos séjours aux Antilles.', ['Léa', 'ETE25']);

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    {
      name: "Meta's limited-time offer sample",
      code: template({
        name: 'limited_time_offer_caribbean_pkg_2023',
        category: 'marketing',
        components: [
          { type: 'header', format: 'image', example: { header_handle: [HANDLE] } },
          { type: 'limited_time_offer', limited_time_offer: { text: 'Expiring offer!', has_expiration: true } },
          CARIBBEAN,
          { type: 'buttons', buttons: [{ type: 'copy_code', example: 'CARIBE25' }, BOOK] },
        ],
      }),
    },
    {
      name: 'French offer without expiration and without COPY_CODE',
      code: modele({ name: 'offre_antilles', category: 'MARKETING', components: [media('VIDEO'), offer('Offre flash !', false), ETE, buttons(RESERVER)] }),
    },
    { name: 'no header and no has_expiration', code: modele({ category: 'MARKETING', components: [offer('Vente privée'), ETE, buttons(copyCode('ETE25'), RESERVER)] }) },
    { name: 'offer text of exactly 16 characters', code: modele({ category: 'MARKETING', components: [offer('Jusqu’à dimanche', true), ETE, buttons(copyCode('ETE25'), RESERVER)] }) },
    {
      name: 'emoji count as one character each (18 UTF-16 units, 15 code points)',
      code: modele({ category: 'MARKETING', components: [offer('🔥🔥🔥 Vente flash', false), ETE, buttons(RESERVER)] }),
    },
    { name: 'no offer: a footer and a text header are fine', code: template({ components: [header('Your order'), body('It has shipped.'), footer('Thanks for shopping with us')] }) },
    {
      name: 'wrong types: category 42, buttons not a list',
      code: template({ category: 42 as unknown as string, components: [offer('Expiring offer!'), CARIBBEAN, { type: 'BUTTONS', buttons: 'x' }] }),
    },
    { name: 'wrong types: components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    {
      name: 'YAML French offer',
      format: 'yaml',
      code: [
        'name: offre_antilles',
        'language: fr',
        'category: MARKETING',
        'components:',
        '  - type: LIMITED_TIME_OFFER',
        '    limited_time_offer:',
        '      text: Offre flash !',
        '      has_expiration: true',
        '  - type: BODY',
        '    text: Profitez de -25 % sur nos séjours, réservez vite.',
        '  - type: BUTTONS',
        '    buttons:',
        '      - type: COPY_CODE',
        '        example: ETE25',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'English offer in a UTILITY template',
      code: template({ components: [offer('Expiring offer!', true), CARIBBEAN, buttons(copyCode('CARIBE25'), BOOK)] }),
      errors: [{ messageId: 'marketingOnly', data: { category: 'UTILITY' }, pointer: '/components/0', line: 6, column: 5}],
    },
    {
      name: 'French offer in an authentication template',
      code: modele({ category: 'authentication', components: [offer('Offre flash !'), ETE] }),
      errors: [{ messageId: 'marketingOnly', data: { category: 'AUTHENTICATION' } }],
    },
    {
      name: 'English offer with a footer',
      code: template({ category: 'MARKETING', components: [offer('Expiring offer!', false), CARIBBEAN, footer('Terms apply'), buttons(BOOK)] }),
      errors: [{ messageId: 'footerNotAllowed', data: {}, pointer: '/components/2' }],
    },
    {
      name: 'French offer with a footer',
      code: modele({ category: 'MARKETING', components: [offer('Offre flash !'), ETE, footer('Répondez STOP pour vous désabonner')] }),
      errors: [{ messageId: 'footerNotAllowed', data: {}, pointer: '/components/2' }],
    },
    {
      name: 'English offer with a text header',
      code: template({ category: 'MARKETING', components: [header('Caribbean deals'), offer('Expiring offer!'), CARIBBEAN] }),
      errors: [{ messageId: 'headerFormat', data: { format: 'TEXT' }, pointer: '/components/0/format', line: 8, column: 17, endColumn: 23 }],
    },
    {
      name: 'French offer with a document header',
      code: modele({ category: 'MARKETING', components: [media('document'), offer('Offre flash !'), ETE] }),
      errors: [{ messageId: 'headerFormat', data: { format: 'document' } }],
    },
    {
      name: 'location header and a header without format',
      code: modele({ category: 'MARKETING', components: [{ type: 'HEADER', format: 'LOCATION' }, { type: 'HEADER', text: 'Soldes' }, offer('Offre flash !'), ETE] }),
      errors: [
        { messageId: 'headerFormat', data: { format: 'LOCATION' }, pointer: '/components/0/format' },
        { messageId: 'headerFormat', data: { format: '' }, pointer: '/components/1' },
      ],
    },
    {
      name: 'header format of the wrong type',
      code: template({ category: 'MARKETING', components: [{ type: 'HEADER', format: 3 }, offer('Expiring offer!'), CARIBBEAN] }),
      errors: [{ messageId: 'headerFormat', data: { format: '3' }, pointer: '/components/0/format' }],
    },
    {
      name: 'English offer without text',
      code: template({ category: 'MARKETING', components: [{ type: 'LIMITED_TIME_OFFER', limited_time_offer: { has_expiration: false } }, CARIBBEAN] }),
      errors: [{ messageId: 'textRequired', data: {}, pointer: '/components/0/limited_time_offer', line: 8, column: 29 }],
    },
    {
      name: 'French offer with blank text',
      code: modele({ category: 'MARKETING', components: [offer('   '), ETE] }),
      errors: [{ messageId: 'textRequired', data: {}, pointer: '/components/0/limited_time_offer/text' }],
    },
    {
      name: 'offer component without limited_time_offer',
      code: template({ category: 'MARKETING', components: [{ type: 'LIMITED_TIME_OFFER' }, CARIBBEAN] }),
      errors: [{ messageId: 'textRequired', data: {}, pointer: '/components/0' }],
    },
    {
      name: 'offer text of the wrong type',
      code: template({ category: 'MARKETING', components: [offer(42), CARIBBEAN] }),
      errors: [{ messageId: 'textRequired', data: {}, pointer: '/components/0/limited_time_offer/text' }],
    },
    {
      name: 'English offer text over 16 characters',
      code: template({ category: 'MARKETING', components: [offer('Limited time offer!', true), CARIBBEAN, buttons(copyCode('CARIBE25'), BOOK)] }),
      errors: [
        {
          messageId: 'textTooLong',
          data: { text: 'Limited time offer!', length: 19 },
          pointer: '/components/0/limited_time_offer/text',
          actual: 'Limited time offer!',
          line: 9,
          column: 17,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'French offer text over 16 characters',
      code: modele({ category: 'MARKETING', components: [offer('Offre à durée limitée'), ETE] }),
      errors: [{ messageId: 'textTooLong', data: { text: 'Offre à durée limitée', length: 21 } }],
    },
    {
      name: 'English has_expiration as a string',
      code: template({ category: 'MARKETING', components: [offer('Expiring offer!', 'true'), CARIBBEAN, buttons(copyCode('CARIBE25'), BOOK)] }),
      errors: [{ messageId: 'expirationNotBoolean', data: { value: '"true"' }, pointer: '/components/0/limited_time_offer/has_expiration', line: 10, column: 27, endColumn: 33 }],
    },
    {
      name: 'French has_expiration as a number',
      code: modele({ category: 'MARKETING', components: [offer('Offre flash !', 1), ETE] }),
      errors: [{ messageId: 'expirationNotBoolean', data: { value: '1' } }],
    },
    {
      name: 'English expiring offer with only a URL button',
      code: template({ category: 'MARKETING', components: [offer('Expiring offer!', true), CARIBBEAN, buttons(BOOK)] }),
      errors: [{ messageId: 'copyCodeRequired', data: {}, pointer: '/components/2' }],
    },
    {
      name: 'French expiring offer without any button',
      code: modele({ category: 'MARKETING', components: [offer('Offre flash !', true), ETE] }),
      errors: [{ messageId: 'copyCodeRequired', data: {}, pointer: '/components/0/limited_time_offer/has_expiration' }],
    },
    {
      name: 'English COPY_CODE after the URL button',
      code: template({ category: 'MARKETING', components: [offer('Expiring offer!', true), CARIBBEAN, buttons(BOOK, copyCode('CARIBE25'))] }),
      errors: [{ messageId: 'copyCodeNotFirst', data: { position: 2 }, pointer: '/components/2/buttons/1' }],
    },
    {
      name: 'French COPY_CODE after a quick reply, without expiration',
      code: modele({ category: 'MARKETING', components: [offer('Offre flash !', false), ETE, buttons(quickReply('Plus tard'), copyCode('ETE25'), RESERVER)] }),
      errors: [{ messageId: 'copyCodeNotFirst', data: { position: 2 } }],
    },
    {
      name: 'YAML French offer breaking several rules',
      format: 'yaml',
      code: [
        'name: offre_antilles',
        'language: fr',
        'category: UTILITY',
        'components:',
        '  - type: LIMITED_TIME_OFFER',
        '    limited_time_offer:',
        '      text: "Offre exceptionnelle"',
        '      has_expiration: "oui"',
        '  - type: BODY',
        '    text: Profitez de -25 % sur nos séjours, réservez vite.',
        '  - type: FOOTER',
        '    text: Offre soumise à conditions',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'marketingOnly', data: { category: 'UTILITY' }, line: 5, column: 5 },
        { messageId: 'textTooLong', data: { text: 'Offre exceptionnelle', length: 20 }, line: 7, column: 13, endColumn: 35 },
        { messageId: 'expirationNotBoolean', data: { value: '"oui"' }, line: 8, column: 23, endColumn: 28 },
        { messageId: 'footerNotAllowed', data: {}, line: 11, column: 5 },
      ],
    },
  ],
});
