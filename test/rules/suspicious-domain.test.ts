import { describe, it } from 'vitest';
import rule from '../../rules/suspicious-domain.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { avecBoutonUrl, body, buttons, linkTemplate, modele, modeleLien, template, urlButton, withUrlButton } from '../helpers/template.js';

/** Look-alike hosts, spelled with escapes so the test shows which letters are not Latin. */
const PAYPAL = 'p\u0430ypal.com'; // Cyrillic а
const LAPOSTE = 'www.l\u0430poste.fr'; // Cyrillic а
const OPPO = '\u043e\u0440\u0440\u043e.com'; // all Cyrillic: о р р о
const SHOP = 'shop\u0436izn.com'; // Latin with a Cyrillic ж, which looks like no Latin letter
const BOUTIQUE = 'boutique-\u0451lka.fr'; // Cyrillic ё in a Latin label

const en = linkTemplate;
const fr = modeleLien;
const withButton = withUrlButton;
const avecBouton = avecBoutonUrl;
const allowed = { allowedDomains: ['exemple.fr', 'Northwind-Outfitters.com'] };

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    en('Track your order at https://shop.northwind-outfitters.com/orders/track/10482 any time.'),
    fr('Suivez votre envoi : https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}. Merci !'),
    { name: 'IDN hosts that imitate nothing', code: fr('Réservez sur https://café.fr/menu, https://пример.рф/путь ou https://sonyストア.jp.') },
    { name: 'default ports', code: en('Pay at https://pay.example.com:443/invoice or http://example.com:80/pay.') },
    { name: 'e-mail addresses and mailto links are not credentials in a URL', code: fr('Écrivez à contact@exemple.fr ou mailto:service@exemple.fr, M.Dupont vous répondra.') },
    { name: 'a wa.me link in the body is not a button', code: fr('Écrivez-nous sur wa.me/33612345678 ou https://api.whatsapp.com/send?phone=33612345678.') },
    { name: 'the word javascript without a link', code: en('Enable JavaScript: the page needs it.') },
    { name: 'a placeholder in the host is left to url-button-variable', code: withButton('https://{{1}}.example.com:8080/track') },
    {
      name: 'allowed domains and their subdomains, written in any case',
      code: avecBouton('https://shop.northwind-outfitters.com/suivi/{{1}}', 'https://shop.northwind-outfitters.com/suivi/A1'),
      settings: allowed,
    },
    { name: 'allowed domain in a bare link', code: fr('Suivez votre colis sur exemple.fr/suivi.'), settings: allowed },
    {
      name: 'names, file names, times, weights, prices and e-mail addresses are no links, even with an allowed list',
      code: fr('M.Dupont vous envoie rapport.zip et install.sh ; réglez 12.50€ à 10h30 pour 1.5kg, ou écrivez à dupont@autre.fr. Votre colis est arrivé.Total : 3.'),
      settings: allowed,
    },
    {
      name: 'English near misses with an allowed list',
      code: en('Mr.Smith sent README.md and deck.mov; version 1.2.3.4 ships at 10:30, write to help@other.com.'),
      settings: allowed,
    },
    { name: 'an allowed entry written with www. allows the bare domain', code: en('Visit https://example.com/help.'), settings: { allowedDomains: ['https://www.example.com/'] } },
    { name: 'allowedDomains does not apply to IP links (ip-address-url reports them)', code: en('Go to http://192.168.0.1/pay now.'), settings: allowed },
    { name: 'wrong types', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'BUTTONS', buttons: [{ type: 'URL', url: null, example: 'x' }, 'x'] }] }) },
  ],
  invalid: [
    {
      name: 'English homograph of paypal.com',
      code: en(`Confirm your account at https://${PAYPAL}/login today.`),
      errors: [
        {
          messageId: 'homograph',
          data: { host: PAYPAL, punycode: 'xn--pypal-4ve.com', imitates: 'paypal.com' },
          actual: `https://${PAYPAL}/login`,
          line: 8,
          column: 40,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'English homograph written in punycode, and a whole-script one',
      code: en(`Log in at https://xn--pypal-4ve.com/ or ${OPPO} right away.`),
      errors: [
        { messageId: 'homograph', data: { host: PAYPAL, punycode: 'xn--pypal-4ve.com', imitates: 'paypal.com' }, actual: 'https://xn--pypal-4ve.com/' },
        { messageId: 'homograph', data: { host: OPPO, punycode: 'xn--n1aafa.com', imitates: 'oppo.com' }, actual: OPPO },
      ],
    },
    {
      name: 'French URL button to a homograph of laposte.fr',
      code: avecBouton(`https://${LAPOSTE}/suivi/{{1}}`),
      errors: [{ messageId: 'homograph', data: { host: LAPOSTE, punycode: 'www.xn--lposte-3nf.fr', imitates: 'www.laposte.fr' }, pointer: '/components/1/buttons/0/url' }],
    },
    {
      name: 'French host mixing Latin and Cyrillic',
      code: fr(`Découvrez https://${BOUTIQUE}/noel dès maintenant.`),
      errors: [{ messageId: 'mixedScript', data: { host: BOUTIQUE, label: 'boutique-\u0451lka', scripts: 'Latin and Cyrillic' } }],
    },
    {
      name: 'English host mixing Latin and Cyrillic',
      code: en(`Shop at https://${SHOP}/sale this week.`),
      errors: [{ messageId: 'mixedScript', data: { host: SHOP, label: 'shop\u0436izn', scripts: 'Latin and Cyrillic' } }],
    },
    {
      name: 'English link with a user name and password',
      code: en('Your invoice: https://user:secret@example.com/account is ready.'),
      errors: [{ messageId: 'credentials', data: { host: 'example.com', userinfo: 'user:…' }, actual: 'https://user:secret@example.com/account' }],
    },
    {
      name: 'French link hiding its host behind another domain',
      code: fr('Connectez-vous : https://paypal.com@evil.fr/login pour valider.'),
      errors: [{ messageId: 'credentials', data: { host: 'evil.fr', userinfo: 'paypal.com' }, actual: 'https://paypal.com@evil.fr/login' }],
    },
    {
      name: 'English javascript: and file: links',
      code: en('Click javascript:alert(1) or open file:///C:/invoices/march.pdf now.'),
      errors: [
        { messageId: 'dangerousScheme', data: { scheme: 'javascript', link: 'javascript:alert(1)' }, actual: 'javascript:alert(1)' },
        { messageId: 'dangerousScheme', data: { scheme: 'file', link: 'file:///C:/invoices/march.pdf' } },
      ],
    },
    {
      name: 'French URL button with a javascript: URL, and data: and vbscript: links',
      code: modele({
        components: [
          body('Ouvrez data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== ou VBScript:MsgBox(1) pour voir.'),
          buttons(urlButton('Voir', 'javascript:void(0)')),
        ],
      }),
      errors: [
        { messageId: 'dangerousScheme', data: { scheme: 'data', link: 'data:text/html;base64,PHNjcmlwdD5hbGVyd…' } },
        { messageId: 'dangerousScheme', data: { scheme: 'vbscript', link: 'VBScript:MsgBox(1)' } },
        { messageId: 'dangerousScheme', data: { scheme: 'javascript', link: 'javascript:void(0)' }, pointer: '/components/1/buttons/0/url' },
      ],
    },
    {
      name: 'English link on a non-standard port',
      code: en('Pay at https://pay.example.com:8443/invoice today.'),
      errors: [{ messageId: 'port', data: { host: 'pay.example.com', port: '8443' }, actual: 'https://pay.example.com:8443/invoice' }],
    },
    {
      name: 'French bare link and URL button on non-standard ports',
      code: modele({ components: [body('Suivez votre colis sur exemple.fr:8080/suivi, merci.'), buttons(urlButton('Suivre', 'https://exemple.fr:3000/suivi/{{1}}'))] }),
      errors: [
        { messageId: 'port', data: { host: 'exemple.fr', port: '8080' }, actual: 'exemple.fr:8080/suivi' },
        { messageId: 'port', data: { host: 'exemple.fr', port: '3000' }, pointer: '/components/1/buttons/0/url' },
      ],
    },
    {
      name: 'English URL button to wa.me',
      code: withButton('https://wa.me/{{1}}', 'https://wa.me/33612345678'),
      errors: [{ messageId: 'whatsappLink', data: { host: 'wa.me' }, pointer: '/components/1/buttons/0/url' }],
    },
    {
      name: 'French URL buttons to api.whatsapp.com and chat.whatsapp.com',
      code: modele({
        components: [
          body('Contactez-nous ou rejoignez notre groupe avec les boutons ci-dessous.'),
          buttons(urlButton('Écrire', 'https://api.whatsapp.com/send?phone=33612345678'), urlButton('Groupe', 'https://chat.whatsapp.com/AbCdEf123')),
        ],
      }),
      errors: [
        { messageId: 'whatsappLink', data: { host: 'api.whatsapp.com' }, pointer: '/components/1/buttons/0/url' },
        { messageId: 'whatsappLink', data: { host: 'chat.whatsapp.com' }, pointer: '/components/1/buttons/1/url' },
      ],
    },
    {
      name: 'English link outside the allowed domains',
      code: en('Track your order at https://tracking.example.com/a and https://shop.northwind-outfitters.com/b today.'),
      settings: allowed,
      errors: [{ messageId: 'notAllowed', data: { host: 'tracking.example.com', allowed: '`exemple.fr`, `northwind-outfitters.com`' }, actual: 'https://tracking.example.com/a' }],
    },
    {
      name: 'French look-alike of an allowed domain, in a URL button example',
      code: avecBouton('https://exemple.fr/suivi/{{1}}', 'https://exemple-fr.com/suivi/A1'),
      settings: { allowedDomains: ['exemple.fr'] },
      errors: [{ messageId: 'notAllowed', data: { host: 'exemple-fr.com', allowed: '`exemple.fr`' }, pointer: '/components/1/buttons/0/example/0' }],
    },
    {
      name: 'English allowed list written with www. and many entries',
      code: en('Track it at https://track.example.net/a today.'),
      settings: { allowedDomains: ['www.example.com', 'example.org', 'example.co.uk', 'example.io'] },
      errors: [{ messageId: 'notAllowed', data: { host: 'track.example.net', allowed: '`example.com`, `example.org`, `example.co.uk` and 1 more' } }],
    },
    {
      name: 'French link with several tricks at once',
      code: fr('Payez sur http://client@exemple.fr:8080/payer rapidement.'),
      settings: { allowedDomains: ['maison-lumiere.fr'] },
      errors: [
        { messageId: 'credentials', data: { host: 'exemple.fr', userinfo: 'client' } },
        { messageId: 'port', data: { host: 'exemple.fr', port: '8080' } },
        { messageId: 'notAllowed', data: { host: 'exemple.fr', allowed: '`maison-lumiere.fr`' } },
      ],
    },
  ],
});
