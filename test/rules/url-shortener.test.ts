import { describe, it } from 'vitest';
import rule from '../../rules/url-shortener.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { avecBoutonUrl, body, buttons, footer, header, linkTemplate, modele, modeleLien, template, urlButton, withUrlButton } from '../helpers/template.js';

const en = linkTemplate;
const fr = modeleLien;
const withButton = withUrlButton;
const avecBouton = avecBoutonUrl;

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    en('Track your order at https://shop.northwind-outfitters.com/orders/track/10482 any time.'),
    fr('Suivez votre envoi : https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}. Merci !'),
    fr('Suivez votre colis sur exemple.fr/suivi, M.Dupont vous attend.'),
    withButton('https://shop.northwind-outfitters.com/orders/track/{{1}}', 'https://shop.northwind-outfitters.com/orders/track/10482'),
    avecBouton('https://www.maison-lumiere.fr/suivi?colis={{1}}', 'https://www.maison-lumiere.fr/suivi?colis=6A12345678901'),
    { name: 'a shortener name as a subdomain of another domain is not a shortener', code: en('See https://bit.ly.example.com/offer for details.') },
    { name: 'a host that merely ends like a shortener', code: fr('Voir https://notbit.ly/offre et https://mycutt.ly/a pour les détails.') },
    { name: 'an e-mail address at a shortener domain is not a link', code: en('Write to support@bit.ly if the link fails.') },
    { name: 'a shortener host mentioned without a dot', code: fr('Nous n’utilisons jamais bitly ni tinyurl dans nos messages.') },
    { name: 'a placeholder in the host is left to url-button-variable', code: withButton('https://{{1}}.example.com/track') },
    { name: 'wrong types', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'BUTTONS', buttons: [{ type: 'URL', url: ['x'], example: 42 }, { type: 'URL', url: 'https://exemple.fr/{{1}}', example: [null] }] }] }) },
    { name: 'components is not an array', code: template({ components: 'x' as unknown as unknown[] }) },
  ],
  invalid: [
    {
      name: 'English body with a bit.ly link',
      code: en('Track your order at https://bit.ly/3xYzAbc today.'),
      errors: [{ messageId: 'shortener', data: { host: 'bit.ly', shortener: 'bit.ly' }, actual: 'https://bit.ly/3xYzAbc', line: 8, column: 36, endColumn: 58 }],
    },
    {
      name: 'French body with a bare tinyurl.com link',
      code: fr('Suivez votre colis sur tinyurl.com/suivi-colis, à bientôt.'),
      errors: [{ messageId: 'shortener', data: { host: 'tinyurl.com', shortener: 'tinyurl.com' }, line: 8, column: 39, endColumn: 62 }],
    },
    {
      name: 'French header and footer with shortened links',
      code: modele({ components: [header('Soldes sur goo.gl/soldes'), body('Nos soldes commencent demain, profitez-en.'), footer('Désinscription : t.co/stop')] }),
      errors: [
        { messageId: 'shortener', data: { host: 'goo.gl', shortener: 'goo.gl' }, pointer: '/components/0/text' },
        { messageId: 'shortener', data: { host: 't.co', shortener: 't.co' }, pointer: '/components/2/text' },
      ],
    },
    {
      name: 'English subdomain of a shortener, upper case, www. prefix',
      code: en('Offers at HTTPS://GO.OW.LY/SALE and www.is.gd/x, see you soon.'),
      errors: [
        { messageId: 'shortener', data: { host: 'go.ow.ly', shortener: 'ow.ly' }, actual: 'HTTPS://GO.OW.LY/SALE' },
        { messageId: 'shortener', data: { host: 'www.is.gd', shortener: 'is.gd' }, actual: 'www.is.gd/x' },
      ],
    },
    {
      name: 'English URL button to cutt.ly',
      code: withButton('https://cutt.ly/track'),
      errors: [{ messageId: 'shortener', data: { host: 'cutt.ly', shortener: 'cutt.ly' }, pointer: '/components/1/buttons/0/url' }],
    },
    {
      name: 'French URL button whose example goes through a shortener',
      code: avecBouton('https://www.maison-lumiere.fr/{{1}}', 'https://rebrand.ly/suivi'),
      errors: [{ messageId: 'shortener', data: { host: 'rebrand.ly', shortener: 'rebrand.ly' }, pointer: '/components/1/buttons/0/example/0' }],
    },
    {
      name: 'French body sample that is a shortened link',
      code: modele({ components: [body('Bonjour {{1}}, votre lien de suivi : {{2}}. Bonne journée.', ['Léa', 'https://shorturl.at/abc12'])] }),
      errors: [{ messageId: 'shortener', data: { host: 'shorturl.at', shortener: 'shorturl.at' }, pointer: '/components/0/example/body_text/0/1' }],
    },
    {
      name: 'English named sample and a carousel card button',
      code: template({
        category: 'MARKETING',
        parameter_format: 'NAMED',
        components: [
          { type: 'BODY', text: 'Hi {{name}}, our picks: {{link}} and more.', example: { body_text_named_params: [{ param_name: 'name', example: 'Ana' }, { param_name: 'link', example: 'tiny.cc/picks' }] } },
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Linen dress.' }, buttons(urlButton('See', 'https://bit.ly/dress'))] }] },
        ],
      }),
      errors: [
        { messageId: 'shortener', data: { host: 'tiny.cc', shortener: 'tiny.cc' }, pointer: '/components/0/example/body_text_named_params/1/example' },
        { messageId: 'shortener', data: { host: 'bit.ly', shortener: 'bit.ly' }, pointer: '/components/1/cards/0/components/1/buttons/0/url' },
      ],
    },
    {
      name: 'YAML source',
      format: 'yaml',
      code: 'name: promo\nlanguage: fr\ncategory: MARKETING\ncomponents:\n  - type: BODY\n    text: "Promo sur https://bit.ly/promo !"\n',
      errors: [{ messageId: 'shortener', data: { host: 'bit.ly', shortener: 'bit.ly' }, line: 6, column: 22, endColumn: 42 }],
    },
  ],
});
