import { describe, it } from 'vitest';
import rule from '../../rules/language-mismatch.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });

const carousel = (language: string, cards: string[]) =>
  template({
    name: 'promo_carousel',
    language,
    category: 'MARKETING',
    components: [
      body(language === 'fr' ? 'Découvrez nos nouveautés de la semaine, choisies pour vous par notre équipe.' : 'Discover the new arrivals of the week, picked for you by our team.'),
      {
        type: 'CAROUSEL',
        cards: cards.map((text, i) => ({ components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: [`h${i}`] } }, { type: 'BODY', text }] })),
      },
    ],
  });

const EN_HINT = 'an English code such as `en_US` or `en_GB`';
const FR_HINT = 'a French code such as `fr`';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    fr('Bonjour {{1}}, votre commande a été expédiée et arrivera sous trois jours ouvrés.', ['Léa']),
    en('Hi {{1}}, your order has shipped and will arrive within three business days.', ['Ana']),
    { name: 'short English text in a French template', code: fr('Your order has shipped.') },
    { name: 'short French text in an English template', code: en('Votre commande est partie.') },
    { name: 'French with English loanwords', code: fr('Profitez du cashback ce week-end sur tout le site, et découvrez nos offres Black Friday en avant-première.') },
    { name: 'un e-mail, le shopping, le click and collect', code: fr('Votre e-mail a bien été reçu. Le shopping de Noël commence : découvrez nos best-sellers et le click and collect.') },
    {
      name: 'French text quoting one English sentence',
      code: fr('Merci pour votre commande ! Comme le dit notre fondateur : « Thank you for shopping with us ». À bientôt sur notre site.'),
    },
    { name: 'code-switching of one word', code: fr('Votre commande est ready : passez la chercher en boutique avant samedi.') },
    { name: 'French text with several English loanwords', code: fr('Hello {{1}} ! Ton food truck préféré est de retour ce week-end, viens goûter nos burgers et nos cookies.', ['Léa']) },
    { name: 'code-switching of one word (English)', code: en('Hi {{1}}! Merci for shopping with us, your order is on its way and will arrive soon.', ['Ana']) },
    { name: 'English footer too short to judge', code: modele({ components: [body('Bonjour, votre commande a été expédiée ce matin et arrivera demain.'), footer('Reply STOP to opt out')] }) },
    { name: 'English text with French names and places', code: en('Your table at Café de la Paix is booked: Jean-Pierre Dubois will welcome you at the door.') },
    { name: 'English text with French dishes', code: en('Tonight the chef serves a crème brûlée and a bouillabaisse with your menu.') },
    { name: 'bilingual template', code: fr('Votre commande est prête / Your order is ready for pickup today.') },
    { name: 'bilingual template (English declared)', code: en('Your order is ready for pickup today. Votre commande est prête.') },
    { name: 'samples are not weighed', code: en('Hi {{1}}, your order {{2}} has shipped and will arrive soon.', ['Léa', 'la commande de vêtements pour enfants']) },
    { name: 'samples are not weighed (French)', code: fr('Bonjour {{1}}, votre article {{2}} est en route vers votre domicile.', ['Ana', 'the new running shoes for women']) },
    { name: 'Spanish is neither: nothing to say', code: fr('Hola {{1}}, tu pedido ha sido enviado y llegará pronto a tu casa.', ['Ana']) },
    { name: 'German is neither: nothing to say', code: en('Hallo {{1}}, Ihre Bestellung wurde versandt und kommt bald an.', ['Jonas']) },
    { name: 'templates in other languages are skipped', code: template({ language: 'pt_BR', components: [body('Your order has shipped and will arrive within three business days.')] }) },
    { name: 'Arabic and French bilingual template', code: fr('Bonjour, votre commande est prête. مرحبا، طلبك جاهز للاستلام الآن.') },
    { name: 'short Arabic text', code: fr('Bonjour ! شكرا لك') },
    {
      name: 'header and footer too short together',
      code: modele({ components: [header('Order update'), body('Bonjour, votre commande a été expédiée ce matin et arrivera demain.'), footer('Thanks!')] }),
    },
    { name: 'words from settings are not weighed', code: fr('Votre commande est prête, merci pour votre confiance.'), settings: { words: ['Croquignol'] } },
    { name: 'wrong types do not crash', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'HEADER', format: 'TEXT', text: ['x'] }] }) },
    { name: 'components is not an array', code: modele({ components: 'x' as never }) },
    { name: 'no language at all', code: template({ language: undefined, components: [body('Bonjour, votre commande a été expédiée et arrivera demain matin.')] }) },
  ],
  invalid: [
    {
      name: 'English body declared French',
      code: fr('Hi {{1}}, your order has shipped and will arrive within three business days.', ['Ana']),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'English', declared: 'French', code: 'fr', only: 9, total: 12, functionWords: '`hi`, `your`, `has`, `and`', hint: EN_HINT },
          line: 8,
          column: 15,
          endColumn: 93,
        },
      ],
    },
    {
      name: 'French body declared en_US',
      code: en('Bonjour {{1}}, votre commande a été expédiée et arrivera sous trois jours ouvrés.', ['Léa']),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'French', declared: 'English', code: 'en_US', only: 10, total: 12, functionWords: '`bonjour`, `votre`, `été`, `et`', hint: FR_HINT },
          line: 8,
          column: 15,
        },
      ],
    },
    {
      name: 'English header and footer together in a French template',
      code: modele({ components: [header('Your order update'), body('Bonjour, votre commande a été expédiée ce matin et arrivera demain.'), footer('Reply to this message if you need help')] }),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'English', declared: 'French', code: 'fr', only: 9, total: 11, functionWords: '`your`, `to`, `this`, `if`', hint: EN_HINT },
          pointer: '/components/0/text',
        },
      ],
    },
    {
      name: 'French header and footer together in an English template',
      code: template({ components: [header('Votre commande'), body('Hi, your order has shipped this morning and will arrive tomorrow.'), footer('Merci pour votre confiance et à bientôt')] }),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'French', declared: 'English', code: 'en_US', only: 8, total: 9, functionWords: '`votre`, `merci`, `pour`, `et`', hint: FR_HINT },
          pointer: '/components/0/text',
        },
      ],
    },
    {
      name: 'one report when body, header and footer are all in the other language',
      code: modele({ components: [header('Your order is on its way'), body('Hi, your order has shipped this morning and will arrive tomorrow.'), footer('Reply to this message if you need help')] }),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'English', declared: 'French', code: 'fr', only: 9, total: 11, functionWords: '`hi`, `your`, `has`, `this`', hint: EN_HINT },
          pointer: '/components/1/text',
        },
      ],
    },
    {
      name: 'English carousel cards in a French template',
      code: carousel('fr', ['A light jacket for the spring days.', 'Our best shoes for your morning run.']),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'English', declared: 'French', code: 'fr', only: 9, total: 14, functionWords: '`for`, `the`, `our`, `your`', hint: EN_HINT },
          pointer: '/components/1/cards/0/components/1/text',
        },
      ],
    },
    {
      name: 'French carousel cards in an English template',
      code: carousel('en_US', ['Une veste légère pour les beaux jours.', 'Nos meilleures chaussures pour votre course du matin.']),
      errors: [
        {
          messageId: 'otherLanguage',
          data: { detected: 'French', declared: 'English', code: 'en_US', only: 11, total: 15, functionWords: '`une`, `pour`, `les`, `nos`', hint: FR_HINT },
          pointer: '/components/1/cards/0/components/1/text',
        },
      ],
    },
    {
      name: 'Arabic body declared French',
      code: fr('مرحبا {{1}}، تم شحن طلبك وسيصل خلال ثلاثة أيام عمل.', ['ليلى']),
      errors: [{ messageId: 'otherScript', data: { script: 'Arabic', declared: 'French', code: 'fr' }, line: 8, column: 15 }],
    },
    {
      name: 'Russian body declared English',
      code: en('Здравствуйте, {{1}}! Ваш заказ отправлен и прибудет в течение трёх дней.', ['Анна']),
      errors: [{ messageId: 'otherScript', data: { script: 'Cyrillic', declared: 'English', code: 'en_US' } }],
    },
    {
      name: 'Chinese body declared English: no spaces, counted in letters',
      code: en('您好{{1}}，您的订单已经发货，预计三个工作日内送达，请保持手机畅通，谢谢您的耐心等待。', ['王芳']),
      errors: [{ messageId: 'otherScript', data: { script: 'Chinese', declared: 'English', code: 'en_US' } }],
    },
    {
      name: 'a lower minWords judges shorter texts',
      code: fr('Your order is ready for you.'),
      options: { minWords: 4 },
      errors: [{ messageId: 'otherLanguage', data: { detected: 'English', declared: 'French', code: 'fr', only: 5, total: 6, functionWords: '`your`, `is`, `for`, `you`', hint: EN_HINT } }],
    },
    {
      name: 'a lower minWords judges shorter French texts',
      code: en('Votre commande est prête pour vous.'),
      options: { minWords: 4 },
      errors: [{ messageId: 'otherLanguage', data: { detected: 'French', declared: 'English', code: 'en_US', only: 4, total: 6, functionWords: '`votre`, `est`, `pour`, `vous`', hint: FR_HINT } }],
    },
    {
      name: 'defaultLanguage from settings',
      code: template({ language: undefined, components: [body('Bonjour, votre commande a été expédiée et arrivera demain matin.')] }),
      settings: { defaultLanguage: 'en' },
      errors: [{ messageId: 'otherLanguage', data: { detected: 'French', declared: 'English', code: 'en', only: 9, total: 10, functionWords: '`bonjour`, `votre`, `été`, `et`', hint: FR_HINT } }],
    },
    {
      name: 'YAML template',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr_CA\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Your appointment is confirmed. See you soon at the clinic!"\n',
      errors: [{ messageId: 'otherLanguage', data: { detected: 'English', declared: 'French', code: 'fr_CA', only: 10, total: 10, functionWords: '`your`, `is`, `you`, `at`', hint: EN_HINT }, line: 6, column: 11, endColumn: 71 }],
    },
  ],
});
