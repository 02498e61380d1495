import { describe, it } from 'vitest';
import rule from '../../rules/text-length.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template, urlButton } from '../helpers/template.js';

/** `text` cut or padded with `fill` to exactly `length` UTF-16 units. */
function sized(text: string, length: number, fill = ' ...'): string {
  let out = text;
  while (out.length < length) out += fill;
  return out.slice(0, length);
}

function offer(text = 'Offre flash'): Record<string, unknown> {
  return { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text, has_expiration: true } };
}

function copyCode(example: unknown): Record<string, unknown> {
  return { type: 'COPY_CODE', example };
}

function carousel(...cardBodies: string[]): Record<string, unknown> {
  return {
    type: 'CAROUSEL',
    cards: cardBodies.map((text) => ({
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
        { type: 'BODY', text },
        buttons(quickReply('Voir')),
      ],
    })),
  };
}

const imageHeader = { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } };

const EN_BODY = 'Your order has shipped and will arrive soon. ';
const FR_BODY = 'Votre commande est partie, elle arrivera bientôt. ';
/** 1020 letters and four emoji: 1024 code points, 1028 UTF-16 units. */
const EMOJI_1024 = `${sized(FR_BODY, 1020)}👍👍👍👍`;
const FOOTER_60 = 'Not interested? Tap Stop promotions to opt out of our offers';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template(),
    modele(),
    { name: 'body of exactly 1024 characters', code: template({ components: [body(sized(EN_BODY, 1024))] }) },
    { name: 'emoji count as one character each: 1024 code points in 1028 UTF-16 units', code: modele({ components: [body(EMOJI_1024)] }) },
    { name: 'placeholders count as their raw text: 1019 + `{{1}}` = 1024', code: template({ components: [body(`${sized(EN_BODY, 1019)}{{1}}`, ['Ana'])] }) },
    { name: 'body of 1024 without an offer', code: template({ category: 'MARKETING', components: [body(sized(EN_BODY, 1024))] }) },
    {
      name: 'offer body of exactly 600 characters',
      code: modele({ category: 'MARKETING', components: [imageHeader, offer(), body(sized(FR_BODY, 600))] }),
    },
    { name: 'carousel card body of exactly 160 characters', code: modele({ category: 'MARKETING', components: [body('Nos nouveautés de la semaine.'), carousel(sized(FR_BODY, 160), 'Court.')] }) },
    { name: 'header of exactly 60 characters', code: template({ components: [header(sized('Your order is on its way', 60)), body('Hello, your order has shipped.')] }) },
    { name: "footer of exactly 60 characters, like Meta's sample", code: template({ components: [body('Hello, your order has shipped.'), footer(FOOTER_60)] }) },
    {
      name: 'button labels of exactly 25 characters',
      code: modele({ components: [body('Votre commande est partie.'), buttons(quickReply('Voir le suivi du colis !!'), urlButton('Suivre ma commande en lig', 'https://exemple.fr/suivi'))] }),
    },
    { name: 'URL of exactly 2000 characters', code: template({ components: [body('Hello, your order has shipped.'), buttons(urlButton('Track', sized('https://example.com/track/', 2000, 'abcdefgh')))] }) },
    { name: 'copy code of exactly 20 characters', code: modele({ category: 'MARKETING', components: [body('Votre code de réduction vous attend.'), buttons(copyCode('BIENVENUE2024PROMO20'))] }) },
    {
      name: 'copy code of 16 to 20 characters is fine without an offer',
      code: template({ category: 'MARKETING', components: [body('Here is your discount code.'), buttons(copyCode('WELCOME-SPRING24'))] }),
    },
    {
      name: 'offer code of exactly 15 characters',
      code: modele({ category: 'MARKETING', components: [imageHeader, offer(), body('Profitez de notre offre.'), buttons(copyCode('BIENVENUE2024PR'), urlButton('Voir', 'https://exemple.fr'))] }),
    },
    {
      name: 'AUTHENTICATION template with no body text',
      code: template({ category: 'AUTHENTICATION', components: [{ type: 'BODY', add_security_recommendation: true }, { type: 'FOOTER', code_expiration_minutes: 10 }, buttons({ type: 'OTP', otp_type: 'COPY_CODE' })] }),
    },
    { name: 'wrong types do not crash the rule: text 42', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'FOOTER', text: ['x'] }] }) },
    { name: 'wrong types do not crash the rule: components', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'wrong types do not crash the rule: buttons and examples', code: modele({ components: [body('Votre code.'), { type: 'BUTTONS', buttons: 'x' }, buttons(copyCode(42), 7 as unknown as Record<string, unknown>)] }) },
    { name: 'wrong types do not crash the rule: cards', code: modele({ components: [body('Nos offres.'), { type: 'CAROUSEL', cards: [null, { components: 'x' }] }] }) },
    { name: 'not a template', code: [null, 'x'] },
  ],
  invalid: [
    {
      name: 'English body over 1024 characters',
      code: template({ components: [body(sized(EN_BODY, 1032))] }),
      errors: [{ messageId: 'bodyTooLong', data: { length: 1032, max: 1024 }, pointer: '/components/0/text', line: 8, column: 1040, endColumn: 1048 }],
    },
    {
      name: 'French body over 1024 code points: the caret starts at the first emoji over the limit',
      code: modele({ components: [body(`${EMOJI_1024}👍`)] }),
      errors: [{ messageId: 'bodyTooLong', data: { length: 1025, max: 1024 }, actual: '👍', line: 8, column: 1044, endColumn: 1046 }],
    },
    {
      name: 'placeholder counted as its raw text: 1020 + `{{1}}` = 1025',
      code: template({ components: [body(`${sized(EN_BODY, 1020)}{{1}}`, ['Ana'])] }),
      errors: [{ messageId: 'bodyTooLong', data: { length: 1025, max: 1024 }, actual: '}', column: 1040, endColumn: 1041 }],
    },
    {
      name: 'English offer body over 600 characters',
      code: template({ category: 'MARKETING', components: [imageHeader, offer('Flash sale'), body(sized(EN_BODY, 650))] }),
      errors: [{ messageId: 'offerBodyTooLong', data: { length: 650, max: 600 }, pointer: '/components/2/text' }],
    },
    {
      name: 'French offer body over 600 characters, offer component after the body',
      code: modele({ category: 'MARKETING', components: [body(sized(FR_BODY, 601)), offer()] }),
      errors: [{ messageId: 'offerBodyTooLong', data: { length: 601, max: 600 }, line: 8, column: 616, endColumn: 617 }],
    },
    {
      name: 'French carousel card body over 160 characters',
      code: modele({ category: 'MARKETING', components: [body('Nos nouveautés de la semaine.'), carousel('Court.', sized(FR_BODY, 170))] }),
      errors: [{ messageId: 'cardBodyTooLong', data: { length: 170, max: 160 }, pointer: '/components/1/cards/1/components/1/text', actual: sized(FR_BODY, 170).slice(160) }],
    },
    {
      name: 'English carousel card body over 160 characters',
      code: template({ category: 'MARKETING', components: [body('This week in store.'), carousel(sized(EN_BODY, 161), sized(EN_BODY, 161))] }),
      errors: [
        { messageId: 'cardBodyTooLong', data: { length: 161, max: 160 }, pointer: '/components/1/cards/0/components/1/text' },
        { messageId: 'cardBodyTooLong', data: { length: 161, max: 160 }, pointer: '/components/1/cards/1/components/1/text' },
      ],
    },
    {
      name: 'English header over 60 characters',
      code: template({ components: [header(sized('Your order is on its way to you ', 61)), body('Hello, your order has shipped.')] }),
      errors: [{ messageId: 'headerTooLong', data: { length: 61, max: 60 }, line: 9, column: 76, endColumn: 77 }],
    },
    {
      name: 'French header over 60 characters',
      code: modele({ components: [header('Votre commande n°{{1}} est en route vers votre adresse de livraison', '12345'), body('Bonjour, votre commande a été expédiée.')] }),
      errors: [{ messageId: 'headerTooLong', data: { length: 67, max: 60 }, actual: 'vraison' }],
    },
    {
      name: 'English footer over 60 characters',
      code: template({ components: [body('Hello, your order has shipped.'), footer(`${FOOTER_60}!`)] }),
      errors: [{ messageId: 'footerTooLong', data: { length: 61, max: 60 }, actual: '!', line: 12, column: 76, endColumn: 77 }],
    },
    {
      name: 'French footer over 60 characters',
      code: modele({ components: [body('Bonjour, votre commande a été expédiée.'), footer('Vous ne souhaitez plus recevoir nos messages ? Répondez STOP à ce numéro')] }),
      errors: [{ messageId: 'footerTooLong', data: { length: 72, max: 60 }, actual: ' à ce numéro' }],
    },
    {
      name: 'English button label over 25 characters',
      code: template({ components: [body('Hello, your order has shipped.'), buttons(quickReply('Track my order right now!!'))] }),
      errors: [{ messageId: 'buttonTextTooLong', data: { length: 26, max: 25 }, pointer: '/components/1/buttons/0/text', actual: '!' }],
    },
    {
      name: 'French button labels over 25 characters, on a quick reply and a URL button',
      code: modele({ components: [body('Bonjour, votre commande a été expédiée.'), buttons(quickReply('Je ne souhaite plus rien recevoir'), urlButton('Voir le détail de ma commande', 'https://exemple.fr/commande'))] }),
      errors: [
        { messageId: 'buttonTextTooLong', data: { length: 33, max: 25 }, actual: 'recevoir' },
        { messageId: 'buttonTextTooLong', data: { length: 29, max: 25 }, actual: 'ande' },
      ],
    },
    {
      name: 'French carousel card button label over 25 characters',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos nouveautés.'),
          { type: 'CAROUSEL', cards: [{ components: [imageHeader, buttons(quickReply('Ajouter à ma liste d’envies'))] }] },
        ],
      }),
      errors: [{ messageId: 'buttonTextTooLong', data: { length: 27, max: 25 }, pointer: '/components/1/cards/0/components/1/buttons/0/text' }],
    },
    {
      name: 'English URL over 2000 characters',
      code: template({ components: [body('Hello, your order has shipped.'), buttons(urlButton('Track', sized('https://example.com/track/', 2001, 'abcdefgh')))] }),
      errors: [{ messageId: 'urlTooLong', data: { length: 2001, max: 2000 }, pointer: '/components/1/buttons/0/url' }],
    },
    {
      name: 'French URL over 2000 characters',
      code: modele({ components: [body('Bonjour, votre commande a été expédiée.'), buttons(urlButton('Suivre', sized('https://exemple.fr/suivi?ref=', 2010, 'xyz')))] }),
      errors: [{ messageId: 'urlTooLong', data: { length: 2010, max: 2000 } }],
    },
    {
      name: 'English copy code over 20 characters',
      code: template({ category: 'MARKETING', components: [body('Here is your discount code.'), buttons(copyCode('WELCOME-SPRING-2024-X'))] }),
      errors: [{ messageId: 'copyCodeTooLong', data: { length: 21, max: 20 }, pointer: '/components/1/buttons/0/example', actual: 'X' }],
    },
    {
      name: 'French copy code over 20 characters, written as an array',
      code: modele({ category: 'MARKETING', components: [body('Votre code de réduction vous attend.'), buttons(copyCode(['BIENVENUE-PRINTEMPS-2024']))] }),
      errors: [{ messageId: 'copyCodeTooLong', data: { length: 24, max: 20 }, pointer: '/components/1/buttons/0/example/0', actual: '2024' }],
    },
    {
      name: 'French offer code over 15 characters',
      code: modele({ category: 'MARKETING', components: [imageHeader, offer(), body('Profitez de notre offre.'), buttons(copyCode('BIENVENUE2024PRO'), urlButton('Voir', 'https://exemple.fr'))] }),
      errors: [{ messageId: 'offerCopyCodeTooLong', data: { length: 16, max: 15 }, actual: 'O' }],
    },
    {
      name: 'English offer code over 15 characters',
      code: template({ category: 'MARKETING', components: [imageHeader, offer('Flash sale'), body('Enjoy our offer.'), buttons(copyCode('SPRING-SALE-2024'), urlButton('Shop', 'https://example.com'))] }),
      errors: [{ messageId: 'offerCopyCodeTooLong', data: { length: 16, max: 15 } }],
    },
    {
      name: 'several limits broken in one template, reported in document order',
      code: template({
        components: [
          header(sized('Your order ', 62)),
          body(sized(EN_BODY, 1030)),
          footer(sized('Reply STOP ', 65)),
          buttons(quickReply(sized('Stop ', 30))),
        ],
      }),
      errors: [
        { messageId: 'headerTooLong', data: { length: 62, max: 60 } },
        { messageId: 'bodyTooLong', data: { length: 1030, max: 1024 } },
        { messageId: 'footerTooLong', data: { length: 65, max: 60 } },
        { messageId: 'buttonTextTooLong', data: { length: 30, max: 25 } },
      ],
    },
    {
      name: 'every template of a Graph API list response is checked',
      code: {
        data: [
          { id: '1', status: 'APPROVED', quality_score: { score: 'GREEN' }, ...template() },
          { id: '2', status: 'APPROVED', ...modele({ components: [body('Bonjour, votre commande a été expédiée.'), footer(sized('Répondez STOP ', 61))] }) },
        ],
      },
      errors: [{ messageId: 'footerTooLong', data: { length: 61, max: 60 }, pointer: '/data/1/components/1/text' }],
    },
    {
      name: 'YAML source with a French footer over 60 characters in a plain scalar',
      format: 'yaml',
      code:
        'name: suivi_commande\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n  - type: FOOTER\n    text: Vous ne souhaitez plus recevoir nos messages ? Répondez STOP ici\n',
      errors: [{ messageId: 'footerTooLong', data: { length: 64, max: 60 }, actual: ' ici', line: 8, column: 71, endColumn: 75 }],
    },
    {
      name: 'YAML source with an English header over 60 characters in a double-quoted scalar with escapes',
      format: 'yaml',
      code:
        'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: "\\u2728 Your order is on its way to you, and it will arrive very soon"\n  - type: BODY\n    text: Your order has shipped.\n',
      errors: [{ messageId: 'headerTooLong', data: { length: 63, max: 60 }, actual: 'oon', line: 7, column: 77, endColumn: 80 }],
    },
  ],
});
