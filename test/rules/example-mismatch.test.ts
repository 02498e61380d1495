import { describe, expect, it } from 'vitest';
import rule from '../../rules/example-mismatch.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, header, modele, namedBody, quickReply, template, urlButton } from '../helpers/template.js';

const HANDLE = '4::aW1hZ2UvanBlZw==:ARb52CTUac8FTuSZdkoCXGdeoxDZPHtGa3LSZmQjIxGnvDhg3hJQe37IRYld6flatNuZiaa89a6M_23HGH0ylis7w1O6pILkUxR-TrLlKp-mYA:e:1708173546:256725303808337:100052252050649:ARbcwlC3kHgZ7vaMLbQ';

/** A media header with the given `header_handle` value (any type, for shape cases). */
function media(format: string, handle: unknown): Record<string, unknown> {
  return { type: 'HEADER', format, example: { header_handle: handle } };
}

/** A BODY with a raw `example` value. */
function bodyWith(text: string, example: unknown): Record<string, unknown> {
  return { type: 'BODY', text, example };
}

/** A NAMED template's body with raw named samples, in the order given (duplicates allowed). */
function namedPairs(text: string, pairs: Array<[string, string]>): Record<string, unknown> {
  return bodyWith(text, { body_text_named_params: pairs.map(([param_name, example]) => ({ param_name, example })) });
}

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [header('Order {{1}}', 'A-1042'), body('Hi {{1}}, your order {{2}} ships on {{3}}.', ['Ana', 'A-1042', 'March 12'])] }),
    modele({ components: [header('Commande {{1}}', 'A-1042'), body('Bonjour {{1}}, votre colis arrive le {{2}}.', ['Léa', '12 mars'])] }),
    {
      name: "Meta's named-parameter samples, in any order",
      code: template({
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Our {{sale_name}} is on!', example: { header_text_named_params: [{ param_name: 'sale_name', example: 'Summer Sale' }] } },
          namedBody('Thank you, {{first_name}}! Your order {{order_number}} is confirmed.', { order_number: '860198-230332', first_name: 'Pablo' }),
        ],
      }),
    },
    {
      name: 'a media sample as GET message_templates returns it: a link to Meta\'s CDN',
      code: template({
        components: [media('IMAGE', ['https://scontent.whatsapp.net/v/t61.29466-34/123_456_n.jpg?ccb=1-7&oh=abc&oe=66']), body('Your order has shipped.')],
      }),
    },
    {
      name: 'a sample named after a badly written placeholder is left to variable-syntax',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{Prenom}}, votre commande est prête.', { Prenom: 'Léa' })] }),
    },
    {
      name: 'French named samples',
      code: modele({ parameter_format: 'named', components: [namedBody('Bonjour {{prenom}}, votre rendez-vous du {{date_rdv}} est confirmé.', { prenom: 'Léa', date_rdv: 'mardi 12 mars' })] }),
    },
    {
      name: 'named samples without parameter_format follow the placeholders (parameter_format is another rule)',
      code: template({ components: [namedBody('Hi {{first_name}}, welcome aboard.', { first_name: 'Pablo' })] }),
    },
    { name: 'a placeholder used twice takes one sample', code: template({ components: [body('Hi {{1}}! Yes, {{1}}, your table is ready.', ['Ana'])] }) },
    { name: 'LOCATION header takes no example', code: template({ components: [{ type: 'HEADER', format: 'LOCATION' }, body('Your parcel waits at this pickup point.')] }) },
    { name: 'image header with an upload handle', code: modele({ category: 'MARKETING', components: [media('IMAGE', [HANDLE]), body('Découvrez la collection de printemps.')] }) },
    {
      name: 'COPY_CODE example is a string; URL example starts with the static part',
      code: template({
        category: 'MARKETING',
        components: [
          body('Use code {{1}} for {{2}} off.', ['SPRING15', '15%']),
          buttons({ type: 'COPY_CODE', example: 'SPRING15' }, urlButton('Shop now', 'https://www.shop-example.fr/promo?code={{1}}', 'https://www.shop-example.fr/promo?code=SPRING15')),
        ],
      }),
    },
    {
      name: "Meta's components page: the URL sample is the variable's value alone",
      code: template({
        category: 'MARKETING',
        components: [body('Our summer sale is on, tap below to shop it.'), buttons(urlButton('Shop Now', 'https://www.luckyshrub.com/shop?promo={{1}}', 'summer2023'))],
      }),
    },
    {
      name: "French carousel card URL samples as Meta's media card example writes them (the value, not the URL)",
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos plantes rares de la semaine, à découvrir.'),
          {
            type: 'CAROUSEL',
            cards: ['BLUE_ELF', 'BUDDHA'].map((v) => ({
              components: [media('IMAGE', [HANDLE]), buttons(quickReply('Plus comme ça'), urlButton('Acheter', 'https://www.plantes-exemple.fr/rares/{{1}}', v))],
            })),
          },
        ],
      }),
    },
    {
      name: 'samples of common French words that developers also use as filler: Var, Nil, Tutu',
      code: modele({ components: [body('Votre agence du {{1}} organise une croisière sur le {{2}} ; votre {{3}} est prêt en boutique.', ['Var', 'Nil', 'Tutu'])] }),
    },
    {
      name: 'a sample for a badly written placeholder is not extra: variable-syntax reports the placeholder',
      code: modele({ components: [body('Bonjour {{ 1 }}, votre commande {{2}} est partie.', ['Léa', 'CMD-48213'])] }),
    },
    {
      name: 'English: one sample for a `{{#1}}` placeholder',
      code: template({ components: [body('Hi {{#1}}, your order has shipped.', ['Ana'])] }),
    },
    {
      name: 'URL button without a variable: its example is not checked',
      code: modele({ components: [body('Votre colis est en route.'), buttons({ type: 'URL', text: 'Suivre', url: 'https://colis.fr/suivi', example: ['test'] })] }),
    },
    {
      name: 'AUTHENTICATION body without text',
      code: template({
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', add_security_recommendation: true }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] }],
      }),
    },
    {
      name: 'realistic samples: prices, numbers, a full link, words that contain filler words',
      code: template({
        components: [
          body('{{1}} items at {{2}} each, order {{3}}, see {{4}}. Contact {{5}} about {{6}}.', ['3', '$19.99', '123', 'https://www.laposte.fr/outils/suivre-vos-envois', 'Testa Bartoli', 'the latest test results']),
        ],
      }),
    },
    {
      name: 'brackets around part of a sample only are not a placeholder',
      code: modele({ components: [body('Bonjour {{1}}, votre article {{2}} est en route.', ['Léa', '[Édition limitée] Sac cabas'])] }),
    },
    { name: 'French samples that start like filler words', code: modele({ components: [body('Votre {{1}} : {{2}} pour {{3}}.', ['essai gratuit de 30 jours', '12 €', 'Texier & fils'])] }) },
    { name: 'malformed placeholders are not counted', code: template({ components: [body('Hi {{ 1 }}, your order has shipped.', [])] }) },
    { name: 'empty sample lists are example-required business', code: template({ components: [bodyWith('Hi {{1}}, welcome.', { body_text: [] }), buttons({ type: 'URL', text: 'Go', url: 'https://a.fr/{{1}}', example: [] })] }) },
    {
      name: 'URL handles allowed by option',
      options: { allowUrlHandles: true },
      code: template({ components: [media('IMAGE', ['https://cdn.shop-example.fr/spring.jpg']), body('Spring is here.')] }),
    },
    {
      name: 'type errors in samples are left to template-schema',
      code: modele({
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Soldes {{remise}}', example: { header_text_named_params: { param_name: 'remise', example: '-30 %' } } },
          bodyWith('Bonjour {{prenom}}, à bientôt.', { body_text_named_params: [{ param_name: 'prenom' }, 42] }),
        ],
      }),
    },
    {
      name: 'more type errors left to template-schema',
      code: template({
        components: [
          media('IMAGE', HANDLE),
          { type: 'HEADER', format: 'TEXT', text: 'Deal {{1}}', example: { header_text: 'Summer' } },
          bodyWith('Your total is {{1}}.', { body_text: [[42]] }),
          bodyWith('Hi {{1}}.', [['Ana']]),
          bodyWith('Hi {{1}}.', { body_text: 'Ana' }),
          buttons({ type: 'URL', text: 'Go', url: 'https://a.fr/{{1}}', example: 42 }),
        ],
      }),
    },
    { name: 'wrong types: text 42', code: template({ components: [{ type: 'BODY', text: 42, example: { body_text: [[]] } }, { type: 'HEADER', format: 7, text: '{{1}}', example: 'x' }] }) },
    { name: 'wrong types: components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'wrong types: buttons', code: template({ components: [body('Hello.'), { type: 'BUTTONS', buttons: [42, { type: 'URL', url: 7, example: 3 }, { type: 7 }] }] }) },
    { name: 'wrong types: not a template', code: [null, 42] },
    {
      name: 'YAML template with good samples',
      format: 'yaml',
      code: [
        'name: rappel_rdv',
        'language: fr',
        'category: UTILITY',
        'components:',
        '  - type: BODY',
        "    text: 'Bonjour {{1}}, votre rendez-vous est le {{2}}.'",
        '    example:',
        '      body_text:',
        '        - ["Léa", "12 mars à 10 h"]',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    // shape
    {
      name: 'English flat body_text',
      code: template({ components: [bodyWith('Hi {{1}}, your order has shipped.', { body_text: ['Ana'] })] }),
      errors: [{ messageId: 'shape', data: { field: 'body_text', expected: '`[["sample 1", "sample 2"]]` (an array holding one array)' }, pointer: '/components/0/example/body_text', line: 10, column: 22 }],
    },
    {
      name: 'French flat body_text',
      code: modele({ components: [bodyWith('Bonjour {{1}}, votre commande {{2}} est prête.', { body_text: ['Léa', 'A-1042'] })] }),
      errors: [{ messageId: 'shape', data: { field: 'body_text', expected: '`[["sample 1", "sample 2"]]` (an array holding one array)' }, pointer: '/components/0/example/body_text' }],
    },
    {
      name: 'English URL example given as a string',
      code: template({
        components: [body('Your invoice is ready.'), buttons({ type: 'URL', text: 'Pay', url: 'https://pay.shop-example.com/{{1}}', example: 'https://pay.shop-example.com/inv-42' })],
      }),
      errors: [{ messageId: 'shape', data: { field: 'example', expected: '`["https://…/A1B2C3"]` (an array of one full URL, or of the variable\'s value)' }, pointer: '/components/1/buttons/0/example' }],
    },
    // count
    {
      name: 'English body with one sample for two placeholders',
      code: template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana'])] }),
      errors: [{ messageId: 'count', data: { field: 'body_text[0]', expected: 2, actual: 1 }, pointer: '/components/0/example/body_text/0', line: 11, column: 11 }],
    },
    {
      name: 'French header with two samples for one placeholder',
      code: modele({ components: [{ type: 'HEADER', format: 'TEXT', text: 'Commande {{1}}', example: { header_text: ['A-1042', 'B-7'] } }, body('Elle est partie ce matin.')] }),
      errors: [{ messageId: 'count', data: { field: 'header_text', expected: 1, actual: 2 } }],
    },
    {
      name: 'French: two samples for one well-formed and no badly written placeholder',
      code: modele({ components: [body('Bonjour {{1}}, votre commande est partie.', ['Léa', 'CMD-48213'])] }),
      errors: [{ messageId: 'count', data: { field: 'body_text[0]', expected: 1, actual: 2 } }],
    },
    {
      name: 'French samples for a body without placeholders',
      code: modele({ components: [body('Votre commande est partie.', ['Léa'])] }),
      errors: [{ messageId: 'count', data: { field: 'body_text[0]', expected: 0, actual: 1 } }],
    },
    {
      name: 'English URL example with two values',
      code: template({ components: [body('Track your parcel.'), buttons({ type: 'URL', text: 'Track', url: 'https://track.shop-example.com/{{1}}', example: ['https://track.shop-example.com/A1', 'https://track.shop-example.com/B2'] })] }),
      errors: [{ messageId: 'count', data: { field: 'example', expected: 1, actual: 2 }, pointer: '/components/1/buttons/0/example' }],
    },
    // named
    {
      name: 'English named samples missing one name',
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hi {{first_name}}, order {{order_id}} is ready.', { first_name: 'Pablo' })] }),
      errors: [{ messageId: 'namedMissing', data: { name: 'order_id', field: 'body_text_named_params' }, pointer: '/components/0/example/body_text_named_params', line: 11, column: 35 }],
    },
    {
      name: 'French named header sample missing',
      code: modele({
        parameter_format: 'NAMED',
        components: [{ type: 'HEADER', format: 'TEXT', text: 'Offre {{offre}}', example: { header_text_named_params: [{ param_name: 'prenom', example: 'Léa' }] } }, body('Valable jusqu’à dimanche.')],
      }),
      errors: [
        { messageId: 'namedMissing', data: { name: 'offre', field: 'header_text_named_params' }, pointer: '/components/0/example/header_text_named_params' },
        { messageId: 'namedExtra', data: { name: 'prenom' }, pointer: '/components/0/example/header_text_named_params/0/param_name', actual: 'prenom' },
      ],
    },
    {
      name: 'English named sample for a name that is not in the text',
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hi {{first_name}}, welcome.', { first_name: 'Pablo', last_name: 'Diaz' })] }),
      errors: [{ messageId: 'namedExtra', data: { name: 'last_name' }, pointer: '/components/0/example/body_text_named_params/1/param_name', line: 17, column: 27, endColumn: 38 }],
    },
    {
      name: 'French duplicate named sample',
      code: modele({ parameter_format: 'NAMED', components: [namedPairs('Bonjour {{prenom}}, à bientôt.', [['prenom', 'Léa'], ['prenom', 'Hugo']])] }),
      errors: [{ messageId: 'namedDuplicate', data: { name: 'prenom' }, pointer: '/components/0/example/body_text_named_params/1/param_name', actual: 'prenom' }],
    },
    {
      name: 'English duplicate named sample',
      code: template({ parameter_format: 'NAMED', components: [namedPairs('Hi {{first_name}}, welcome.', [['first_name', 'Ana'], ['first_name', 'Pablo']])] }),
      errors: [{ messageId: 'namedDuplicate', data: { name: 'first_name' } }],
    },
    {
      name: 'English positional samples in a NAMED template',
      code: template({ parameter_format: 'NAMED', components: [bodyWith('Hi {{first_name}}, welcome.', { body_text: [['Ana']] })] }),
      errors: [{ messageId: 'positionalInNamed', data: { field: 'body_text', expected: 'body_text_named_params' }, pointer: '/components/0/example/body_text' }],
    },
    {
      name: 'French positional header sample in a NAMED template',
      code: modele({
        parameter_format: 'NAMED',
        components: [{ type: 'HEADER', format: 'TEXT', text: 'Commande {{commande}}', example: { header_text: ['A-1042'] } }, namedBody('Merci {{prenom}} !', { prenom: 'Léa' })],
      }),
      errors: [{ messageId: 'positionalInNamed', data: { field: 'header_text', expected: 'header_text_named_params' } }],
    },
    {
      name: 'French named samples in a POSITIONAL template',
      code: modele({ parameter_format: 'POSITIONAL', components: [namedBody('Bonjour {{1}}, à bientôt.', { '1': 'Léa' })] }),
      errors: [{ messageId: 'namedInPositional', data: { field: 'body_text_named_params', expected: 'body_text' }, pointer: '/components/0/example/body_text_named_params' }],
    },
    {
      name: 'English named samples for positional placeholders',
      code: template({ components: [{ type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text_named_params: [{ param_name: 'order', example: 'A-1042' }] } }, body('It has shipped.')] }),
      errors: [{ messageId: 'namedInPositional', data: { field: 'header_text_named_params', expected: 'header_text' } }],
    },
    // sample values
    {
      name: 'English empty and blank samples',
      code: template({ components: [body('Hi {{1}}, your code is {{2}}.', ['', '   '])] }),
      errors: [
        { messageId: 'emptySample', data: {}, pointer: '/components/0/example/body_text/0/0', line: 12, column: 13, endColumn: 15 },
        { messageId: 'emptySample', data: {}, pointer: '/components/0/example/body_text/0/1', actual: '   ' },
      ],
    },
    {
      name: 'French empty named sample and empty handle',
      code: modele({ parameter_format: 'NAMED', components: [media('IMAGE', [' ']), namedBody('Bonjour {{prenom}}, à bientôt.', { prenom: '' })] }),
      errors: [
        { messageId: 'emptySample', data: {}, pointer: '/components/0/example/header_handle/0' },
        { messageId: 'emptySample', data: {}, pointer: '/components/1/example/body_text_named_params/0/example' },
      ],
    },
    {
      name: 'English placeholder-looking samples',
      code: template({ components: [body('Hi {{1}}, order {{2}} ships {{3}}.', ['{{1}}', '<order_id>', '[date]'])] }),
      errors: [
        { messageId: 'placeholderSample', data: { value: '{{1}}' }, actual: '{{1}}' },
        { messageId: 'placeholderSample', data: { value: '<order_id>' } },
        { messageId: 'placeholderSample', data: { value: '[date]' } },
      ],
    },
    {
      name: 'French bracketed labels of several words',
      code: modele({ components: [body('Bonjour {{1}}, votre commande {{2}} arrive le {{3}}.', ['[Prénom du client]', '<numéro de commande>', '{date de livraison}'])] }),
      errors: [
        { messageId: 'placeholderSample', data: { value: '[Prénom du client]' }, actual: '[Prénom du client]' },
        { messageId: 'placeholderSample', data: { value: '<numéro de commande>' } },
        { messageId: 'placeholderSample', data: { value: '{date de livraison}' } },
      ],
    },
    {
      name: "English bracketed label with an apostrophe: <customer's name>",
      code: template({ components: [body('Hi {{1}}, your order has shipped.', ["<customer's name>"])] }),
      errors: [{ messageId: 'placeholderSample', data: { value: "<customer's name>" } }],
    },
    {
      name: 'French named sample repeating its parameter name',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{prenom}}, votre {{num_commande}} est prête.', { prenom: 'Prénom', num_commande: 'Num commande' })] }),
      errors: [
        { messageId: 'placeholderSample', data: { value: 'Prénom' }, pointer: '/components/0/example/body_text_named_params/0/example' },
        { messageId: 'placeholderSample', data: { value: 'Num commande' } },
      ],
    },
    {
      name: 'English URL example that still holds the placeholder',
      code: template({ components: [body('Track your parcel.'), buttons(urlButton('Track', 'https://track.shop-example.com/{{1}}', 'https://track.shop-example.com/{{1}}'))] }),
      errors: [{ messageId: 'placeholderSample', data: { value: 'https://track.shop-example.com/{{1}}' }, pointer: '/components/1/buttons/0/example/0' }],
    },
    {
      name: 'English filler samples',
      code: template({ components: [header('Deal {{1}}', 'TEST'), body('Hi {{1}}, {{2}} and {{3}}.', ['xxx', 'Lorem ipsum dolor sit amet', 'sample 2'])] }),
      errors: [
        { messageId: 'fillerSample', data: { value: 'TEST' }, pointer: '/components/0/example/header_text/0', line: 12, column: 11, endColumn: 17 },
        { messageId: 'fillerSample', data: { value: 'xxx' } },
        { messageId: 'fillerSample', data: { value: 'Lorem ipsum dolor sit amet' } },
        { messageId: 'fillerSample', data: { value: 'sample 2' } },
      ],
    },
    {
      name: 'multi-line filler sample',
      code: template({ components: [body('Hi {{1}}, welcome.', ['Lorem ipsum\ndolor  sit amet, consectetur adipiscing elit, sed do eiusmod tempor'])] }),
      errors: [{ messageId: 'fillerSample', data: { value: 'Lorem ipsum\ndolor  sit amet, consectetur adipiscing elit, sed do eiusmod tempor' }, line: 12, column: 13, endLine: 12 }],
    },
    {
      name: 'French filler samples',
      code: modele({ components: [body('Bonjour {{1}}, votre {{2}} du {{3}} : {{4}}.', ['Exemple', 'essai', 'Texte', 'toto'])] }),
      errors: [
        { messageId: 'fillerSample', data: { value: 'Exemple' } },
        { messageId: 'fillerSample', data: { value: 'essai' } },
        { messageId: 'fillerSample', data: { value: 'Texte' } },
        { messageId: 'fillerSample', data: { value: 'toto' } },
      ],
    },
    {
      name: 'English body sample with a bit.ly link',
      code: template({ components: [body('Hi {{1}}, read the guide: {{2}}.', ['Ana', 'https://bit.ly/3xYzAbc'])] }),
      errors: [{ messageId: 'shortenerSample', data: { host: 'bit.ly' }, pointer: '/components/0/example/body_text/0/1', actual: 'https://bit.ly/3xYzAbc', line: 13, column: 14, endColumn: 36 }],
    },
    {
      name: 'French named sample with a bare short link inside a sentence',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour, {{lien}} vous attend.', { lien: 'votre bon sur cutt.ly/promo-ete' })] }),
      errors: [{ messageId: 'shortenerSample', data: { host: 'cutt.ly' }, actual: 'cutt.ly/promo-ete' }],
    },
    {
      name: 'French URL button example on a shortener subdomain',
      code: modele({ components: [body('Votre colis est en route.'), buttons(urlButton('Suivre', 'https://{{1}}', 'https://go.tinyurl.com/colis42'))] }),
      errors: [{ messageId: 'shortenerSample', data: { host: 'tinyurl.com' }, pointer: '/components/1/buttons/0/example/0' }],
    },
    {
      name: 'English URL example on another domain',
      code: template({ components: [body('Your receipt is ready.'), buttons(urlButton('Receipt', 'https://shop-example.com/receipts/{{1}}', 'https://other-shop.com/receipts/R-77'))] }),
      errors: [
        {
          messageId: 'urlExamplePrefix',
          data: { prefix: 'https://shop-example.com/receipts/' },
          pointer: '/components/1/buttons/0/example/0',
          actual: 'https://other-shop.com/receipts/R-77',
          line: 18,
          column: 13,
          endColumn: 51,
        },
      ],
    },
    {
      name: 'French URL example without a scheme, on another domain, is still a URL and is checked',
      code: modele({ components: [body('Votre colis est en route.'), buttons(urlButton('Suivre', 'https://www.exemple.fr/suivi/{{1}}', 'www.exemple.com/suivi/CMD-1'))] }),
      errors: [{ messageId: 'urlExamplePrefix', data: { prefix: 'https://www.exemple.fr/suivi/' }, actual: 'www.exemple.com/suivi/CMD-1' }],
    },
    {
      name: 'French URL example that drops the path',
      code: modele({ components: [body('Votre facture est prête.'), buttons(urlButton('Voir', 'https://boutique.fr/factures/{{1}}', 'https://boutique.fr/F-2024-001'))] }),
      errors: [{ messageId: 'urlExamplePrefix', data: { prefix: 'https://boutique.fr/factures/' } }],
    },
    {
      name: 'English image header with a web URL as handle',
      code: template({ category: 'MARKETING', components: [media('IMAGE', ['https://cdn.shop-example.com/spring.jpg']), body('Spring is here.')] }),
      errors: [
        {
          messageId: 'handleIsUrl',
          data: { value: 'https://cdn.shop-example.com/spring.jpg' },
          pointer: '/components/0/example/header_handle/0',
          line: 11,
          column: 11,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'French video header with a www URL as handle, in a carousel card',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos vidéos de la semaine.'),
          {
            type: 'CAROUSEL',
            cards: [
              { components: [media('VIDEO', ['www.boutique.fr/atelier.mp4']), body('L’atelier.')] },
              { components: [media('VIDEO', [HANDLE]), body('La boutique.')] },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'handleIsUrl', data: { value: 'www.boutique.fr/atelier.mp4' }, pointer: '/components/1/cards/0/components/0/example/header_handle/0' }],
    },
    {
      name: 'card body samples are checked too',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos offres.'),
          { type: 'CAROUSEL', cards: [{ components: [media('IMAGE', [HANDLE]), body('Tomates à {{1}}.', ['xxx'])] }, { components: [media('IMAGE', [HANDLE]), body('Fraises à {{1}}.', ['3 €'])] }] },
        ],
      }),
      errors: [{ messageId: 'fillerSample', data: { value: 'xxx' }, pointer: '/components/1/cards/0/components/1/example/body_text/0/0' }],
    },
    {
      name: 'YAML French body: flow sequence with filler and a count mismatch',
      format: 'yaml',
      code: [
        'name: rappel_rdv',
        'language: fr',
        'category: UTILITY',
        'components:',
        '  - type: BODY',
        "    text: 'Bonjour {{1}}, votre rendez-vous est le {{2}}.'",
        '    example:',
        '      body_text: [["test"]]',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'count', data: { field: 'body_text[0]', expected: 2, actual: 1 }, line: 8, column: 19, endColumn: 27 },
        { messageId: 'fillerSample', data: { value: 'test' }, line: 8, column: 20, endColumn: 26 },
      ],
    },
    {
      name: 'YAML English URL button with a short link and a flat body_text',
      format: 'yaml',
      code: [
        'name: order_update',
        'language: en_US',
        'category: UTILITY',
        'components:',
        '  - type: BODY',
        '    text: Hi {{1}}, your order is on its way.',
        '    example:',
        '      body_text: [Ana]',
        '  - type: BUTTONS',
        '    buttons:',
        '      - type: URL',
        '        text: Track',
        '        url: https://track.shop-example.com/{{1}}',
        '        example:',
        '          - https://ow.ly/aBc12',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'shape', data: { field: 'body_text', expected: '`[["sample 1", "sample 2"]]` (an array holding one array)' }, line: 8, column: 18 },
        { messageId: 'shortenerSample', data: { host: 'ow.ly' }, line: 15, column: 13, endColumn: 32 },
      ],
    },
  ],
});

describe('example-mismatch messages', () => {
  it('show sample values on one line, cut when long', () => {
    const message = rule.messages.fillerSample({ value: 'Lorem ipsum\ndolor  sit amet, consectetur adipiscing elit, sed do eiusmod tempor' });
    expect(message).not.toMatch(/\n| {2}/);
    expect(message).toContain('`Lorem ipsum dolor sit amet, consectetur adipiscing elit, se…`');
  });
});
