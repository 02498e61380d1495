import { describe, it } from 'vitest';
import rule from '../../rules/template-schema.js';
import { codeText, RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, namedBody, phoneButton, quickReply, template, urlButton } from '../helpers/template.js';

const image = (format = 'IMAGE'): Record<string, unknown> => ({ type: 'HEADER', format, example: { header_handle: ['4::aW1hZ2U='] } });

/** Meta's copy-code authentication template: preset body, no body text, a footer with only the expiry. */
const authentication = (parts: Record<string, unknown> = {}): Record<string, unknown> =>
  template({
    name: 'verification_code',
    category: 'AUTHENTICATION',
    components: [
      { type: 'BODY', add_security_recommendation: true },
      { type: 'FOOTER', code_expiration_minutes: 10 },
      buttons({ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }),
    ],
    ...parts,
  });

const carousel = {
  type: 'CAROUSEL',
  cards: [0, 1].map((i) => ({
    components: [image(), { type: 'BODY', text: `Produit ${i + 1}` }, buttons(quickReply('Voir'), urlButton('Acheter', 'https://exemple.fr/p'))],
  })),
};

const offer = { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Offre flash', has_expiration: true } };

/** The text of `code` with one occurrence of `from` replaced. */
const edited = (code: object | string, from: string, to: string): string => codeText(code).replace(from, to);

const legacy = template({ category: 'TRANSACTIONAL' });
const legacyFr = modele({ category: 'OTP' });
const typoCategory = template({ category: 'MARKETTING' });
const typoCategoryFr = modele({ category: 'utilitaire' });
const typoFormat = template({ parameter_format: 'NAME', components: [namedBody('Hi {{first_name}}, your order has shipped.', { first_name: 'Ana' })] });
const typoFormatFr = modele({ parameter_format: 'nommé', components: [namedBody('Bonjour {{prenom}}, votre commande est partie.', { prenom: 'Léa' })] });
const typoType = template({ components: [body('Hello, your order has shipped.'), { type: 'FOOTERS', text: 'Reply STOP to opt out' }] });
const typoTypeFr = modele({ components: [{ type: 'BODDY', text: 'Bonjour, votre commande est partie.' }] });
const typoHeader = template({ components: [{ type: 'HEADER', format: 'IMG', example: { header_handle: ['4::aW1hZ2U='] } }, body('Hello, your order has shipped.')] });
const typoHeaderFr = modele({ components: [{ type: 'HEADER', format: 'DOC' }, body('Bonjour, voici votre facture.')] });
const typoButton = template({ components: [body('Hello, your order has shipped.'), buttons({ type: 'QUICK REPLY', text: 'Thanks' })] });
const typoButtonFr = modele({ components: [body('Bonjour, votre commande est partie.'), buttons({ type: 'PHONE', text: 'Nous appeler', phone_number: '+33123456789' })] });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template(),
    modele(),
    { name: 'category in lower case, as in Meta examples', code: template({ category: 'utility' }) },
    { name: 'French marketing template, category in mixed case', code: modele({ category: 'Marketing' }) },
    {
      name: "Meta's call permission request template: lower-case types and parameter format",
      code: {
        name: 'demande_appel',
        language: 'fr',
        category: 'UTILITY',
        parameter_format: 'named',
        components: [
          { type: 'body', text: 'Bonjour {{prenom}}, pouvons-nous vous appeler ?', example: { body_text_named_params: [{ param_name: 'prenom', example: 'Léa' }] } },
          { type: 'call_permission_request' },
        ],
      },
    },
    { name: 'positional parameter format', code: template({ parameter_format: 'POSITIONAL', components: [body('Hi {{1}}, your order has shipped.', ['Ana'])] }) },
    {
      name: 'every header format',
      code: ['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION', 'GIF', 'PRODUCT'].map((format) =>
        template({ category: 'MARKETING', components: [format === 'TEXT' ? header('Your order') : image(format), body('Hello, your order has shipped.')] }),
      ),
    },
    { name: 'lower-case header format', code: modele({ components: [{ type: 'header', format: 'text', text: 'Votre commande' }, body('Bonjour, votre commande est partie.')] }) },
    {
      name: 'every button type',
      code: template({
        category: 'MARKETING',
        components: [
          body('Hello, here are your options.'),
          buttons(
            quickReply('Stop'),
            urlButton('Shop', 'https://example.com/{{1}}', 'https://example.com/summer'),
            phoneButton('Call us', '+15550100'),
            { type: 'COPY_CODE', example: 'SUMMER20' },
            { type: 'OTP', otp_type: 'ONE_TAP', text: 'Autofill', supported_apps: [] },
            { type: 'VOICE_CALL', text: 'Call on WhatsApp' },
            { type: 'FLOW', text: 'Book', flow_id: '123' },
            { type: 'MPM', text: 'View items' },
            { type: 'SPM', text: 'View' },
            { type: 'CATALOG', text: 'View catalog' },
            { type: 'APP', text: 'Open app' },
            { type: 'CALL_PERMISSION_REQUEST' },
            { type: 'REQUEST_CONTACT_INFO' },
            { type: 'ORDER_DETAILS', text: 'Pay' },
            { type: 'POSTBACK', text: 'OK' },
            { type: 'REMINDER', text: 'Remind me' },
            { type: 'SEND_LOCATION' },
            { type: 'EXTENSION', text: 'Open' },
          ),
        ],
      }),
    },
    { name: 'lower-case button types', code: modele({ components: [body('Bonjour, votre commande est partie.'), buttons({ type: 'quick_reply', text: 'Merci' }, { type: 'url', text: 'Suivre', url: 'https://exemple.fr' })] }) },
    { name: "Meta's authentication template: no body text, footer with only the expiry", code: authentication() },
    {
      name: 'authentication template with an empty body text',
      code: modele({ name: 'code_verification', category: 'AUTHENTICATION', components: [{ type: 'BODY', text: '' }, buttons({ type: 'OTP', otp_type: 'COPY_CODE' })] }),
    },
    {
      name: 'Graph API list response with id, status, quality_score and more',
      code: {
        data: [
          {
            id: '1689556908129835',
            status: 'APPROVED',
            quality_score: { score: 'GREEN', date: 1751247548 },
            rejected_reason: 'NONE',
            sub_category: 'ORDER_DETAILS',
            previous_category: 'UTILITY',
            ...template({ components: [header('Your order'), body('Hi {{1}}, your order has shipped.', ['Ana']), footer('Reply STOP to opt out')] }),
          },
          { id: '2', status: 'PENDING', ...modele() },
        ],
        paging: { cursors: { before: 'QVFI', after: 'QVFJ' } },
      },
    },
    {
      name: 'unknown extra keys are not errors',
      code: modele({
        allow_category_change: true,
        message_send_ttl_seconds: 3600,
        'x-notes': 'relecture OK',
        components: [{ type: 'BODY', text: 'Bonjour, votre commande est partie.', commentaire: 'à revoir' }, footer('Répondez STOP pour ne plus rien recevoir')],
      }),
    },
    { name: 'carousel with cards', code: modele({ category: 'MARKETING', components: [body('Nos nouveautés de la semaine.'), carousel] }) },
    {
      name: 'limited-time offer',
      code: template({ category: 'MARKETING', components: [image(), offer, body('Enjoy {{1}} off this week only.', ['20%']), buttons({ type: 'COPY_CODE', example: 'SPRING20' }, urlButton('Shop', 'https://example.com'))] }),
    },
    {
      name: 'named examples in header and body',
      code: template({
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Order {{order_id}}', example: { header_text_named_params: [{ param_name: 'order_id', example: '1234' }] } },
          namedBody('Hi {{first_name}}, your order has shipped.', { first_name: 'Ana' }),
        ],
      }),
    },
    { name: 'positional header example', code: modele({ components: [header('Commande {{1}}', '1234'), body('Bonjour, votre commande est partie.')] }) },
    { name: 'flat body_text is left to example-mismatch', code: template({ components: [{ type: 'BODY', text: 'Hi {{1}}, your order has shipped.', example: { body_text: ['Ana'] } }] }) },
    { name: 'COPY_CODE example as an array of strings is read too', code: template({ category: 'MARKETING', components: [body('Here is your code.'), buttons({ type: 'COPY_CODE', example: ['SPRING20'] })] }) },
    {
      name: 'YAML source',
      format: 'yaml',
      code: 'name: suivi_commande\nlanguage: fr\ncategory: utility\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n  - type: BUTTONS\n    buttons:\n      - type: QUICK_REPLY\n        text: Merci\n',
    },
  ],
  invalid: [
    // notATemplate
    {
      name: 'English: a string in an array of templates',
      code: [template(), 'order_update'],
      errors: [{ messageId: 'notATemplate', data: { actual: 'a string' }, pointer: '/1', line: 13, column: 3, endColumn: 17 }],
    },
    {
      name: 'French: null in a Graph API list',
      code: { data: [modele(), null] },
      errors: [{ messageId: 'notATemplate', data: { actual: 'null' }, pointer: '/data/1' }],
    },
    // missingField
    {
      name: 'English template missing name, language and category',
      code: { components: [body('Hello, your order has shipped.')] },
      errors: [
        { messageId: 'missingField', data: { field: 'name' }, pointer: '', line: 1, column: 1, endLine: 1, endColumn: 2 },
        { messageId: 'missingField', data: { field: 'language' }, pointer: '' },
        { messageId: 'missingField', data: { field: 'category' }, pointer: '' },
      ],
    },
    {
      name: 'French template missing components',
      code: { name: 'suivi_commande', language: 'fr', category: 'UTILITY' },
      errors: [{ messageId: 'missingField', data: { field: 'components' }, pointer: '' }],
    },
    {
      name: 'English TEXT header without text, URL button without url, phone button without number',
      code: template({
        components: [
          { type: 'HEADER', format: 'TEXT' },
          body('Hello, your order has shipped.'),
          buttons({ type: 'URL', text: 'Track' }, { type: 'PHONE_NUMBER', text: 'Call us' }),
        ],
      }),
      errors: [
        { messageId: 'missingField', data: { field: 'components[0].text' }, pointer: '/components/0', line: 6, column: 5, endLine: 6, endColumn: 6 },
        { messageId: 'missingField', data: { field: 'components[2].buttons[0].url' }, pointer: '/components/2/buttons/0' },
        { messageId: 'missingField', data: { field: 'components[2].buttons[1].phone_number' }, pointer: '/components/2/buttons/1' },
      ],
    },
    {
      name: 'French body without text, header without format, quick reply without label',
      code: modele({ components: [{ type: 'HEADER' }, { type: 'BODY' }, buttons({ type: 'QUICK_REPLY' }), { type: 'FOOTER' }] }),
      errors: [
        { messageId: 'missingField', data: { field: 'components[0].format' }, pointer: '/components/0' },
        { messageId: 'missingField', data: { field: 'components[1].text' }, pointer: '/components/1' },
        { messageId: 'missingField', data: { field: 'components[2].buttons[0].text' }, pointer: '/components/2/buttons/0' },
        { messageId: 'missingField', data: { field: 'components[3].text' }, pointer: '/components/3' },
      ],
    },
    {
      name: 'French component without a type, carousel without cards, offer without details',
      code: modele({ category: 'MARKETING', components: [body('Nos offres.'), { text: 'Sans type' }, { type: 'CAROUSEL' }, { type: 'LIMITED_TIME_OFFER' }] }),
      errors: [
        { messageId: 'missingField', data: { field: 'components[1].type' }, pointer: '/components/1' },
        { messageId: 'missingField', data: { field: 'components[2].cards' }, pointer: '/components/2' },
        { messageId: 'missingField', data: { field: 'components[3].limited_time_offer' }, pointer: '/components/3' },
      ],
    },
    {
      name: 'English buttons component without buttons, card without components, named sample without a name',
      code: template({
        category: 'MARKETING',
        parameter_format: 'NAMED',
        components: [
          { type: 'BODY', text: 'Hi {{first_name}}, see our picks.', example: { body_text_named_params: [{ example: 'Ana' }] } },
          { type: 'BUTTONS' },
          { type: 'CAROUSEL', cards: [{}] },
        ],
      }),
      errors: [
        { messageId: 'missingField', data: { field: 'components[0].example.body_text_named_params[0].param_name' }, pointer: '/components/0/example/body_text_named_params/0' },
        { messageId: 'missingField', data: { field: 'components[1].buttons' }, pointer: '/components/1' },
        { messageId: 'missingField', data: { field: 'components[2].cards[0].components' }, pointer: '/components/2/cards/0' },
      ],
    },
    // wrongType
    {
      name: 'English: body text is a number',
      code: template({ components: [{ type: 'BODY', text: 42 }] }),
      errors: [{ messageId: 'wrongType', data: { field: 'components[0].text', expected: 'a string', actual: 'a number' }, pointer: '/components/0/text', line: 8, column: 15, endColumn: 17 }],
    },
    {
      name: 'English: components is a string',
      code: template({ components: 'x' as unknown as unknown[] }),
      errors: [{ messageId: 'wrongType', data: { field: 'components', expected: 'an array of components', actual: 'a string' }, pointer: '/components', line: 5, column: 17, endColumn: 20 }],
    },
    {
      name: 'French: name, language and category of the wrong type',
      code: modele({ name: 12 as unknown as string, language: { code: 'fr' } as unknown as string, category: null as unknown as string }),
      errors: [
        { messageId: 'wrongType', data: { field: 'name', expected: 'a string', actual: 'a number' }, pointer: '/name' },
        { messageId: 'wrongType', data: { field: 'language', expected: 'a string', actual: 'an object' }, pointer: '/language' },
        { messageId: 'wrongType', data: { field: 'category', expected: 'a string', actual: 'null' }, pointer: '/category' },
      ],
    },
    {
      name: 'French: a component that is not an object, buttons not an array, a button that is a string',
      code: modele({ components: [body('Bonjour, votre commande est partie.'), 'FOOTER', { type: 'BUTTONS', buttons: { type: 'URL' } }, buttons('Merci' as unknown as Record<string, unknown>)] }),
      errors: [
        { messageId: 'wrongType', data: { field: 'components[1]', expected: 'a component object', actual: 'a string' }, pointer: '/components/1' },
        { messageId: 'wrongType', data: { field: 'components[2].buttons', expected: 'an array of buttons', actual: 'an object' }, pointer: '/components/2/buttons' },
        { messageId: 'duplicateComponent', data: { type: 'BUTTONS', scope: 'template' }, pointer: '/components/3' },
        { messageId: 'wrongType', data: { field: 'components[3].buttons[0]', expected: 'a button object', actual: 'a string' }, pointer: '/components/3/buttons/0' },
      ],
    },
    {
      name: 'English: types inside examples, buttons and offer',
      code: template({
        category: 'MARKETING',
        components: [
          { type: 'HEADER', format: 'IMAGE', example: { header_handle: 'https://example.com/a.png' } },
          { type: 'BODY', text: 'Hi {{1}}, you get {{2}} off.', example: { body_text: [['Ana', 20]] } },
          { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Flash sale', has_expiration: 'yes' } },
          buttons({ type: 'URL', text: 'Shop', url: 42 }, { type: 'COPY_CODE', example: 20 }),
        ],
      }),
      errors: [
        { messageId: 'wrongType', data: { field: 'components[0].example.header_handle', expected: 'an array of strings', actual: 'a string' } },
        { messageId: 'wrongType', data: { field: 'components[1].example.body_text[0][1]', expected: 'a string', actual: 'a number' }, pointer: '/components/1/example/body_text/0/1' },
        { messageId: 'wrongType', data: { field: 'components[2].limited_time_offer.has_expiration', expected: 'a boolean', actual: 'a string' } },
        { messageId: 'wrongType', data: { field: 'components[3].buttons[0].url', expected: 'a string', actual: 'a number' } },
        { messageId: 'wrongType', data: { field: 'components[3].buttons[1].example', expected: 'an array of strings', actual: 'a number' } },
      ],
    },
    {
      name: 'French: example not an object, named samples not an array, carousel cards not an array',
      code: modele({
        category: 'MARKETING',
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Commande {{numero}}', example: 'n°1234' },
          { type: 'BODY', text: 'Bonjour {{prenom}}, voici nos offres.', example: { body_text_named_params: { prenom: 'Léa' } } },
          { type: 'CAROUSEL', cards: 'deux cartes' },
        ],
      }),
      errors: [
        { messageId: 'wrongType', data: { field: 'components[0].example', expected: 'an object', actual: 'a string' } },
        { messageId: 'wrongType', data: { field: 'components[1].example.body_text_named_params', expected: 'an array of `{ param_name, example }` objects', actual: 'an object' } },
        { messageId: 'wrongType', data: { field: 'components[2].cards', expected: 'an array of cards', actual: 'a string' } },
      ],
    },
    // emptyComponents
    {
      name: 'English: empty components',
      code: template({ components: [] }),
      errors: [{ messageId: 'emptyComponents', pointer: '/components', line: 5, column: 17, endColumn: 19 }],
    },
    {
      name: 'French: empty components',
      code: modele({ components: [] }),
      errors: [{ messageId: 'emptyComponents' }],
    },
    // missingBody
    {
      name: 'English: header and footer but no body',
      code: template({ components: [header('Your order'), footer('Reply STOP to opt out')] }),
      errors: [{ messageId: 'missingBody', pointer: '/components', line: 5, column: 17, endLine: 5, endColumn: 18 }],
    },
    {
      name: 'French: buttons only',
      code: modele({ components: [buttons(quickReply('Oui'), quickReply('Non'))] }),
      errors: [{ messageId: 'missingBody', pointer: '/components' }],
    },
    // duplicateComponent
    {
      name: 'English: two bodies',
      code: template({ components: [body('Hello, your order has shipped.'), body('It will arrive tomorrow.')] }),
      errors: [{ messageId: 'duplicateComponent', data: { type: 'BODY', scope: 'template' }, pointer: '/components/1', line: 10, column: 5, endLine: 10, endColumn: 6 }],
    },
    {
      name: 'French: two footers and two headers, one lower-case',
      code: modele({ components: [header('Votre commande'), { type: 'header', format: 'TEXT', text: 'Suivi' }, body('Bonjour, votre commande est partie.'), footer('Merci'), footer('À bientôt')] }),
      errors: [
        { messageId: 'duplicateComponent', data: { type: 'HEADER', scope: 'template' }, pointer: '/components/1' },
        { messageId: 'duplicateComponent', data: { type: 'FOOTER', scope: 'template' }, pointer: '/components/4' },
      ],
    },
    {
      name: 'French: two buttons components in a carousel card',
      code: modele({
        category: 'MARKETING',
        components: [body('Nos nouveautés.'), { type: 'CAROUSEL', cards: [{ components: [image(), buttons(quickReply('Voir')), buttons(quickReply('Acheter'))] }] }],
      }),
      errors: [{ messageId: 'duplicateComponent', data: { type: 'BUTTONS', scope: 'card' }, pointer: '/components/1/cards/0/components/2' }],
    },
    // emptyText
    {
      name: 'English: empty body, header and button label',
      code: template({ components: [header(''), body(''), buttons(quickReply(''))] }),
      errors: [
        { messageId: 'emptyText', data: { field: 'components[0].text' }, pointer: '/components/0/text' },
        { messageId: 'emptyText', data: { field: 'components[1].text' }, pointer: '/components/1/text', line: 13, column: 15, endColumn: 17 },
        { messageId: 'emptyText', data: { field: 'components[2].buttons[0].text' }, pointer: '/components/2/buttons/0/text' },
      ],
    },
    {
      name: 'French: empty footer',
      code: modele({ components: [body('Bonjour, votre commande est partie.'), footer('')] }),
      errors: [{ messageId: 'emptyText', data: { field: 'components[1].text' } }],
    },
    {
      name: 'French: empty offer text',
      code: modele({ category: 'MARKETING', components: [image(), { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: '', has_expiration: false } }, body('Profitez de notre offre.')] }),
      errors: [{ messageId: 'emptyText', data: { field: 'components[1].limited_time_offer.text' } }],
    },
    // emptyButtons
    {
      name: 'English: empty buttons',
      code: template({ components: [body('Hello, your order has shipped.'), buttons()] }),
      errors: [{ messageId: 'emptyButtons', data: { field: 'components[1].buttons' }, pointer: '/components/1/buttons', line: 12, column: 18, endColumn: 20 }],
    },
    {
      name: 'French: empty buttons in a card',
      code: modele({ category: 'MARKETING', components: [body('Nos nouveautés.'), { type: 'CAROUSEL', cards: [{ components: [image(), buttons()] }] }] }),
      errors: [{ messageId: 'emptyButtons', data: { field: 'components[1].cards[0].components[1].buttons' } }],
    },
    // unknownCategory
    {
      name: 'English: misspelt category',
      code: typoCategory,
      errors: [
        {
          messageId: 'unknownCategory',
          data: { value: 'MARKETTING', closest: 'MARKETING' },
          pointer: '/category',
          actual: 'MARKETTING',
          line: 4,
          column: 15,
          endColumn: 27,
          suggestions: [{ messageId: 'useValue', data: { value: 'MARKETING' }, output: edited(typoCategory, '"MARKETTING"', '"MARKETING"') }],
        },
      ],
      output: null,
    },
    {
      name: 'French: category written in French',
      code: typoCategoryFr,
      errors: [{ messageId: 'unknownCategory', data: { value: 'utilitaire', closest: 'UTILITY' }, suggestions: [{ messageId: 'useValue', data: { value: 'UTILITY' }, output: edited(typoCategoryFr, '"utilitaire"', '"UTILITY"') }] }],
    },
    {
      name: 'English: category with no close match',
      code: template({ category: 'NEWSLETTER' }),
      errors: [{ messageId: 'unknownCategory', data: { value: 'NEWSLETTER' }, suggestions: [] }],
    },
    // legacyCategory
    {
      name: 'English: retired TRANSACTIONAL category',
      code: legacy,
      errors: [
        {
          messageId: 'legacyCategory',
          data: { value: 'TRANSACTIONAL', replacement: 'UTILITY' },
          suggestions: [{ messageId: 'useValue', data: { value: 'UTILITY' }, output: edited(legacy, '"TRANSACTIONAL"', '"UTILITY"') }],
        },
      ],
    },
    {
      name: 'French: retired OTP category',
      code: legacyFr,
      errors: [
        {
          messageId: 'legacyCategory',
          data: { value: 'OTP', replacement: 'AUTHENTICATION' },
          suggestions: [{ messageId: 'useValue', data: { value: 'AUTHENTICATION' }, output: edited(legacyFr, '"OTP"', '"AUTHENTICATION"') }],
        },
      ],
    },
    // unknownParameterFormat
    {
      name: 'English: parameter format NAME',
      code: typoFormat,
      errors: [
        {
          messageId: 'unknownParameterFormat',
          data: { value: 'NAME', closest: 'NAMED' },
          pointer: '/parameter_format',
          suggestions: [{ messageId: 'useValue', data: { value: 'NAMED' }, output: edited(typoFormat, '"NAME"', '"NAMED"') }],
        },
      ],
    },
    {
      name: 'French: parameter format written in French',
      code: typoFormatFr,
      errors: [
        {
          messageId: 'unknownParameterFormat',
          data: { value: 'nommé', closest: 'NAMED' },
          suggestions: [{ messageId: 'useValue', data: { value: 'NAMED' }, output: edited(typoFormatFr, '"nommé"', '"NAMED"') }],
        },
      ],
    },
    {
      name: 'English: parameter format of the wrong type',
      code: template({ parameter_format: true as unknown as string }),
      errors: [{ messageId: 'wrongType', data: { field: 'parameter_format', expected: 'a string', actual: 'a boolean' } }],
    },
    // unknownComponentType
    {
      name: 'English: FOOTERS',
      code: typoType,
      errors: [
        {
          messageId: 'unknownComponentType',
          data: { value: 'FOOTERS', closest: 'FOOTER' },
          pointer: '/components/1/type',
          line: 11,
          column: 15,
          endColumn: 24,
          suggestions: [{ messageId: 'useValue', data: { value: 'FOOTER' }, output: edited(typoType, '"FOOTERS"', '"FOOTER"') }],
        },
      ],
    },
    {
      name: 'French: BODDY (no missing-body report on top of it)',
      code: typoTypeFr,
      errors: [
        {
          messageId: 'unknownComponentType',
          data: { value: 'BODDY', closest: 'BODY' },
          suggestions: [{ messageId: 'useValue', data: { value: 'BODY' }, output: edited(typoTypeFr, '"BODDY"', '"BODY"') }],
        },
      ],
    },
    {
      name: 'French: component type with no close match',
      code: modele({ components: [body('Bonjour, votre commande est partie.'), { type: 'SIGNATURE', text: "L'équipe" }] }),
      errors: [{ messageId: 'unknownComponentType', data: { value: 'SIGNATURE' }, suggestions: [] }],
    },
    // unknownHeaderFormat
    {
      name: 'English: IMG header',
      code: typoHeader,
      errors: [
        {
          messageId: 'unknownHeaderFormat',
          data: { value: 'IMG', closest: 'IMAGE' },
          pointer: '/components/0/format',
          suggestions: [{ messageId: 'useValue', data: { value: 'IMAGE' }, output: edited(typoHeader, '"IMG"', '"IMAGE"') }],
        },
      ],
    },
    {
      name: 'French: DOC header',
      code: typoHeaderFr,
      errors: [
        {
          messageId: 'unknownHeaderFormat',
          data: { value: 'DOC', closest: 'DOCUMENT' },
          suggestions: [{ messageId: 'useValue', data: { value: 'DOCUMENT' }, output: edited(typoHeaderFr, '"DOC"', '"DOCUMENT"') }],
        },
      ],
    },
    {
      name: 'English: AUDIO header has no close match',
      code: template({ components: [{ type: 'HEADER', format: 'AUDIO' }, body('Hello, listen to this.')] }),
      errors: [{ messageId: 'unknownHeaderFormat', data: { value: 'AUDIO' }, suggestions: [] }],
    },
    // unknownButtonType
    {
      name: 'English: QUICK REPLY with a space',
      code: typoButton,
      errors: [
        {
          messageId: 'unknownButtonType',
          data: { value: 'QUICK REPLY', closest: 'QUICK_REPLY' },
          pointer: '/components/1/buttons/0/type',
          suggestions: [{ messageId: 'useValue', data: { value: 'QUICK_REPLY' }, output: edited(typoButton, '"QUICK REPLY"', '"QUICK_REPLY"') }],
        },
      ],
    },
    {
      name: 'French: PHONE button',
      code: typoButtonFr,
      errors: [
        {
          messageId: 'unknownButtonType',
          data: { value: 'PHONE', closest: 'PHONE_NUMBER' },
          suggestions: [{ messageId: 'useValue', data: { value: 'PHONE_NUMBER' }, output: edited(typoButtonFr, '"PHONE"', '"PHONE_NUMBER"') }],
        },
      ],
    },
    {
      name: 'French: button type of the wrong type and a button without type',
      code: modele({ components: [body('Bonjour, votre commande est partie.'), buttons({ type: 1, text: 'Oui' }, { text: 'Non' })] }),
      errors: [
        { messageId: 'wrongType', data: { field: 'components[1].buttons[0].type', expected: 'a string', actual: 'a number' } },
        { messageId: 'missingField', data: { field: 'components[1].buttons[1].type' } },
      ],
    },
    // YAML
    {
      name: 'YAML: French template with a lower-case unknown component type and no category',
      format: 'yaml',
      code: 'name: suivi_commande\nlanguage: fr\ncomponents:\n  - type: body\n    text: Votre commande est partie.\n  - type: bouton\n    text: Merci\n',
      errors: [
        { messageId: 'missingField', data: { field: 'category' }, pointer: '', line: 1, column: 1 },
        {
          messageId: 'unknownComponentType',
          data: { value: 'bouton', closest: 'BUTTONS' },
          line: 6,
          column: 11,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'BUTTONS' },
              output: 'name: suivi_commande\nlanguage: fr\ncomponents:\n  - type: body\n    text: Votre commande est partie.\n  - type: BUTTONS\n    text: Merci\n',
            },
          ],
        },
      ],
    },
    {
      name: 'YAML: English body text as a number and a URL button without url',
      format: 'yaml',
      code: 'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: 42\n  - type: BUTTONS\n    buttons:\n      - type: URL\n        text: Track\n',
      errors: [
        { messageId: 'wrongType', data: { field: 'components[0].text', expected: 'a string', actual: 'a number' }, line: 6, column: 11, endColumn: 13 },
        { messageId: 'missingField', data: { field: 'components[1].buttons[0].url' }, line: 9, column: 9 },
      ],
    },
  ],
});
