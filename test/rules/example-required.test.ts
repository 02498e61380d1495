import { describe, it } from 'vitest';
import rule from '../../rules/example-required.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, namedBody, quickReply, template, urlButton } from '../helpers/template.js';

/** A media header; `handle` undefined leaves `example` out. */
function media(format: string, handle?: string): Record<string, unknown> {
  return handle === undefined ? { type: 'HEADER', format } : { type: 'HEADER', format, example: { header_handle: [handle] } };
}

const HANDLE = '4::aW1hZ2UvanBlZw==:ARb52CTUac8FTuSZdkoCXGdeoxDZPHtGa3LSZmQjIxGnvDhg3hJQe37IRYld6flatNuZiaa89a6M_23HGH0ylis7w1O6pILkUxR-TrLlKp-mYA:e:1708173546:256725303808337:100052252050649:ARbcwlC3kHgZ7vaMLbQ';

/** A carousel card with an image header, a body and one quick reply. */
function card(text: string, samples?: string[], handle: string | null = HANDLE): Record<string, unknown> {
  return { components: [media('IMAGE', handle ?? undefined), body(text, samples), buttons(quickReply('Je veux'))] };
}

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'A-1042'])] }),
    modele({ components: [header('Votre commande {{1}}', 'A-1042'), body('Bonjour {{1}}, votre colis est en route.', ['Léa'])] }),
    {
      name: "Meta's named-parameter sample shape (header and body)",
      code: template({
        parameter_format: 'NAMED',
        components: [
          { type: 'HEADER', format: 'TEXT', text: 'Order {{order_id}}', example: { header_text_named_params: [{ param_name: 'order_id', example: '335628' }] } },
          namedBody('Thank you, {{first_name}}! Your order is confirmed.', { first_name: 'Jessica' }),
        ],
      }),
    },
    {
      name: 'French named parameters',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Merci {{prenom}}, votre rendez-vous du {{date}} est confirmé.', { prenom: 'Léa', date: '12 mars' })] }),
    },
    {
      name: 'LOCATION header takes no example',
      code: template({ components: [{ type: 'HEADER', format: 'LOCATION' }, body('Your parcel is waiting at this pickup point.')] }),
    },
    {
      name: 'PRODUCT header takes no example',
      code: template({ category: 'MARKETING', components: [{ type: 'HEADER', format: 'PRODUCT' }, body('Our best seller is back in stock.'), buttons({ type: 'SPM', text: 'View' })] }),
    },
    {
      name: 'image header with an upload handle',
      code: modele({ category: 'MARKETING', components: [media('IMAGE', HANDLE), body('Découvrez notre nouvelle collection de printemps.')] }),
    },
    {
      name: 'video and document headers with handles',
      code: template({ components: [media('video', '4::dmlkZW8vbXA0:ARZ'), body('Here is how to set up your router.'), buttons(quickReply('Thanks'))] }),
    },
    template({ components: [media('DOCUMENT', '4::YXBwbGljYXRpb24vcGRm:ARa'), body('Your invoice for March is attached.')] }),
    {
      name: 'AUTHENTICATION body with no text and a COPY_CODE OTP button',
      code: template({
        name: 'verify_code',
        category: 'AUTHENTICATION',
        components: [
          { type: 'BODY', add_security_recommendation: true },
          { type: 'FOOTER', code_expiration_minutes: 10 },
          { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
        ],
      }),
    },
    {
      name: 'COPY_CODE example is a string and there is no URL variable',
      code: template({
        category: 'MARKETING',
        components: [body('Use code {{1}} to get 15% off.', ['SPRING15']), buttons({ type: 'COPY_CODE', example: 'SPRING15' }, urlButton('Shop', 'https://shop.example.fr/printemps'))],
      }),
    },
    {
      name: 'URL button with a variable and its example',
      code: modele({ components: [body('Votre colis est en route.'), buttons(urlButton('Suivre', 'https://colis.laposte.fr/suivi/{{1}}', 'https://colis.laposte.fr/suivi/6A12345678901'))] }),
    },
    {
      name: 'carousel cards with handles and samples',
      code: modele({
        category: 'MARKETING',
        components: [body('Nos coups de cœur de la semaine.'), { type: 'CAROUSEL', cards: [card('Tomates à {{1}} le kilo.', ['2,90 €']), card('Fraises à {{1}} la barquette.', ['3,50 €'])] }],
      }),
    },
    { name: 'header text without placeholder', code: template({ components: [header('Your order'), body('It has shipped.'), footer('Reply STOP to opt out')] }) },
    { name: 'malformed placeholder is left to the syntax rules', code: template({ components: [body('Hi {{ 1 }}, your order has shipped.')] }) },
    { name: 'body example of the wrong type is left to template-schema', code: template({ components: [{ type: 'BODY', text: 'Hi {{1}}, welcome.', example: 'Ana' }] }) },
    { name: 'header handle given as a string is left to template-schema', code: template({ components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: HANDLE } }, body('New arrivals this week.')] }) },
    { name: 'URL example given as a string is left to example-mismatch', code: template({ components: [body('Track it.'), buttons({ type: 'URL', text: 'Track', url: 'https://t.shop.fr/{{1}}', example: 'https://t.shop.fr/A1' })] }) },
    { name: 'wrong types: text 42', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'HEADER', format: 42, text: '{{1}}' }] }) },
    { name: 'wrong types: components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'wrong types: buttons and button fields', code: template({ components: [body('Hello.'), { type: 'BUTTONS', buttons: 'x' }, { type: 'BUTTONS', buttons: [42, { type: 'URL', url: 7 }] }] }) },
    { name: 'wrong types: not an object at all', code: [42, 'x', null] },
    {
      name: 'YAML template with an image handle and samples',
      format: 'yaml',
      code: [
        'name: promo_printemps',
        'language: fr',
        'category: MARKETING',
        'components:',
        '  - type: HEADER',
        '    format: IMAGE',
        '    example:',
        '      header_handle: ["4::aW1hZ2UvcG5n:ARc"]',
        '  - type: BODY',
        "    text: 'Bonjour {{1}}, -20 % sur toute la boutique.'",
        '    example:',
        '      body_text: [["Léa"]]',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'English body with placeholders and no samples',
      code: template({ components: [body('Hi {{1}}, your order {{2}} has shipped. Thanks, {{1}}!')] }),
      errors: [
        {
          messageId: 'bodyMissing',
          data: { where: 'Body', placeholders: '`{{1}}`, `{{2}}`', field: 'example.body_text' },
          pointer: '/components/0',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'French body with an empty example object',
      code: modele({ components: [{ type: 'BODY', text: 'Bonjour {{1}}, votre commande est prête.', example: {} }] }),
      errors: [{ messageId: 'bodyMissing', data: { where: 'Body', placeholders: '`{{1}}`', field: 'example.body_text' }, line: 6, column: 5 }],
    },
    {
      name: 'French named body with an empty sample list asks for named samples',
      code: modele({ parameter_format: 'NAMED', components: [{ type: 'BODY', text: 'Bonjour {{prenom}}, à bientôt.', example: { body_text_named_params: [] } }] }),
      errors: [{ messageId: 'bodyMissing', data: { where: 'Body', placeholders: '`{{prenom}}`', field: 'example.body_text_named_params' }, line: 7, column: 5 }],
    },
    {
      name: 'English body with an empty body_text',
      code: template({ components: [{ type: 'BODY', text: 'Your code {{1}} expires soon.', example: { body_text: [] } }] }),
      errors: [{ messageId: 'bodyMissing', data: { where: 'Body', placeholders: '`{{1}}`', field: 'example.body_text' } }],
    },
    {
      name: 'English text header with a placeholder and no sample',
      code: template({ components: [header('Order {{1}} update'), body('Your order has shipped.')] }),
      errors: [{ messageId: 'headerTextMissing', data: { where: 'Header', placeholder: '{{1}}', field: 'example.header_text' }, pointer: '/components/0', line: 6, column: 5 }],
    },
    {
      name: 'French named text header with no sample',
      code: modele({
        parameter_format: 'NAMED',
        components: [{ type: 'HEADER', format: 'TEXT', text: 'Soldes : {{remise}}' }, namedBody('Profitez-en, {{prenom}}, jusqu’à dimanche.', { prenom: 'Léa' })],
      }),
      errors: [{ messageId: 'headerTextMissing', data: { where: 'Header', placeholder: '{{remise}}', field: 'example.header_text_named_params' }, line: 7, column: 5 }],
    },
    {
      name: 'header without format but with a placeholder is a text header',
      code: modele({ components: [{ type: 'HEADER', text: 'Rappel {{1}}' }, body('Votre rendez-vous approche.')] }),
      errors: [{ messageId: 'headerTextMissing', data: { where: 'Header', placeholder: '{{1}}', field: 'example.header_text' } }],
    },
    {
      name: 'English image header without a handle',
      code: template({ category: 'MARKETING', components: [media('IMAGE'), body('New arrivals are in store.')] }),
      errors: [{ messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'IMAGE' }, pointer: '/components/0', line: 6, column: 5 }],
    },
    {
      name: 'French video header with an empty handle list',
      code: modele({ category: 'MARKETING', components: [{ type: 'HEADER', format: 'video', example: { header_handle: [] } }, body('Découvrez notre atelier en vidéo.')] }),
      errors: [{ messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'VIDEO' }, line: 6, column: 5 }],
    },
    {
      name: 'French document header with an example that has no handle',
      code: modele({ components: [{ type: 'HEADER', format: 'DOCUMENT', example: { header_text: ['facture'] } }, body('Votre facture de mars est disponible.')] }),
      errors: [{ messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'DOCUMENT' } }],
    },
    {
      name: 'GIF header without a handle',
      code: template({ category: 'MARKETING', components: [media('GIF'), body('Our spring sale starts today.')] }),
      errors: [{ messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'GIF' } }],
    },
    {
      name: 'English URL button with a variable and no example',
      code: template({ components: [body('Your order has shipped.'), buttons(urlButton('Track order', 'https://shop.example.com/track/{{1}}'))] }),
      errors: [
        {
          messageId: 'urlExampleMissing',
          data: { button: 'Track order', placeholder: '{{1}}' },
          pointer: '/components/1/buttons/0',
          line: 13,
          column: 9,
        },
      ],
    },
    {
      name: 'French URL button with an empty example list',
      code: modele({ components: [body('Votre colis est en route.'), buttons({ type: 'url', text: 'Suivre mon colis', url: 'https://colis.fr/suivi/{{1}}', example: [] })] }),
      errors: [{ messageId: 'urlExampleMissing', data: { button: 'Suivre mon colis', placeholder: '{{1}}' }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'URL button without a label is named by its position',
      code: modele({ components: [body('Votre colis est en route.'), buttons(quickReply('Merci'), { type: 'URL', url: 'https://colis.fr/{{1}}' })] }),
      errors: [{ messageId: 'urlExampleMissing', data: { button: '#2', placeholder: '{{1}}' } }],
    },
    {
      name: 'French carousel: card without handle and card body without samples',
      code: modele({
        category: 'MARKETING',
        components: [body('Nos coups de cœur de la semaine.'), { type: 'CAROUSEL', cards: [card('Tomates à {{1}} le kilo.', ['2,90 €']), card('Fraises à {{1}} la barquette.', undefined, null)] }],
      }),
      errors: [
        { messageId: 'mediaHandleMissing', data: { where: 'Card 2 header', format: 'IMAGE' }, pointer: '/components/1/cards/1/components/0' },
        { messageId: 'bodyMissing', data: { where: 'Card 2 body', placeholders: '`{{1}}`', field: 'example.body_text' }, pointer: '/components/1/cards/1/components/1' },
      ],
    },
    {
      name: 'everything missing at once, in position order',
      code: template({
        category: 'MARKETING',
        components: [media('IMAGE'), body('Hi {{1}}, your {{2}} is ready.'), buttons(urlButton('Open', 'https://shop.example.com/o/{{1}}'))],
      }),
      errors: [
        { messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'IMAGE' }, line: 6, column: 5 },
        { messageId: 'bodyMissing', data: { where: 'Body', placeholders: '`{{1}}`, `{{2}}`', field: 'example.body_text' }, line: 10, column: 5 },
        { messageId: 'urlExampleMissing', data: { button: 'Open', placeholder: '{{1}}' }, line: 17, column: 9 },
      ],
    },
    {
      name: 'YAML French template with a media header and body missing samples',
      format: 'yaml',
      code: [
        'name: promo_printemps',
        'language: fr',
        'category: MARKETING',
        'components:',
        '  - type: HEADER',
        '    format: IMAGE',
        '  - type: BODY',
        "    text: 'Bonjour {{1}}, -20 % sur toute la boutique.'",
        '',
      ].join('\n'),
      errors: [
        { messageId: 'mediaHandleMissing', data: { where: 'Header', format: 'IMAGE' }, line: 5, column: 5 },
        { messageId: 'bodyMissing', data: { where: 'Body', placeholders: '`{{1}}`', field: 'example.body_text' }, line: 7, column: 5 },
      ],
    },
  ],
});
