import { describe, it } from 'vitest';
import rule from '../../rules/insecure-url.js';
import { codeText, RuleTester } from '../../src/engine/rule-tester.js';
import { avecBoutonUrl, body, linkTemplate, modele, modeleLien, template, withUrlButton } from '../helpers/template.js';

const en = linkTemplate;
const fr = modeleLien;
const withButton = withUrlButton;
const avecBouton = avecBoutonUrl;

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    en('Track your order at https://shop.northwind-outfitters.com/orders/track/10482 any time.'),
    fr('Suivez votre envoi : https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}. Merci !'),
    { name: 'bare domains have no scheme to complain about', code: fr('Rendez-vous sur exemple.fr/suivi ou www.exemple.fr.') },
    avecBouton('https://www.maison-lumiere.fr/suivi?colis={{1}}', 'https://www.maison-lumiere.fr/suivi?colis=6A12345678901'),
    { name: 'the word http without a link', code: en('Our site moved from http to https last year.') },
    { name: 'https with an explicit port 443', code: en('Pay at https://pay.example.com:443/invoice today.') },
    { name: 'a placeholder in the host is left to url-button-variable', code: withButton('http://{{1}}.example.com/track') },
    { name: 'wrong types', code: template({ components: [{ type: 'BODY', text: ['http://example.com'] }, { type: 'BUTTONS', buttons: [{ type: 'URL', url: 42 }] }] }) },
  ],
  invalid: [
    {
      name: 'English body with an http link',
      code: en('Track your order at http://shop.example.com/track today.'),
      errors: [
        {
          messageId: 'insecure',
          data: { host: 'shop.example.com' },
          actual: 'http://shop.example.com/track',
          line: 8,
          column: 36,
          endColumn: 65,
          suggestions: [{ messageId: 'useHttps', data: { host: 'shop.example.com' }, output: codeText(en('Track your order at https://shop.example.com/track today.')) }],
        },
      ],
    },
    {
      name: 'French body with an upper-case HTTP link and a placeholder in the path',
      code: fr('Suivez votre colis : HTTP://WWW.EXEMPLE.FR/suivi/{{1}}. Merci !'),
      errors: [
        {
          messageId: 'insecure',
          data: { host: 'www.exemple.fr' },
          actual: 'HTTP://WWW.EXEMPLE.FR/suivi/{{1}}',
          suggestions: [{ messageId: 'useHttps', data: { host: 'www.exemple.fr' }, output: codeText(fr('Suivez votre colis : https://WWW.EXEMPLE.FR/suivi/{{1}}. Merci !')) }],
        },
      ],
    },
    {
      name: 'English URL button',
      code: withButton('http://example.com/track/{{1}}', 'http://example.com/track/A12'),
      errors: [
        {
          messageId: 'insecure',
          data: { host: 'example.com' },
          pointer: '/components/1/buttons/0/url',
          suggestions: [
            { messageId: 'useHttps', data: { host: 'example.com' }, output: codeText(withButton('https://example.com/track/{{1}}', 'http://example.com/track/A12')) },
          ],
        },
      ],
    },
    {
      name: 'French URL button example with http while the URL has https',
      code: avecBouton('https://www.exemple.fr/{{1}}', 'http://www.exemple.fr/A12'),
      errors: [
        {
          messageId: 'insecure',
          data: { host: 'www.exemple.fr' },
          pointer: '/components/1/buttons/0/example/0',
          suggestions: [{ messageId: 'useHttps', data: { host: 'www.exemple.fr' }, output: codeText(avecBouton('https://www.exemple.fr/{{1}}', 'https://www.exemple.fr/A12')) }],
        },
      ],
    },
    {
      name: 'French body sample with an http link, IDN host',
      code: modele({ components: [body('Bonjour {{1}}, votre menu : {{2}}. Bon appétit.', ['Léa', 'http://café.fr/menu'])] }),
      errors: [
        {
          messageId: 'insecure',
          data: { host: 'café.fr' },
          pointer: '/components/0/example/body_text/0/1',
          suggestions: [
            { messageId: 'useHttps', data: { host: 'café.fr' }, output: codeText(modele({ components: [body('Bonjour {{1}}, votre menu : {{2}}. Bon appétit.', ['Léa', 'https://café.fr/menu'])] })) },
          ],
        },
      ],
    },
  ],
});
