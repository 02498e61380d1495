import { describe, it } from 'vitest';
import rule from '../../rules/ip-address-url.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { avecBoutonUrl, linkTemplate, modeleLien, template, withUrlButton } from '../helpers/template.js';

const en = linkTemplate;
const fr = modeleLien;
const withButton = withUrlButton;
const avecBouton = avecBoutonUrl;

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    en('Track your order at https://shop.northwind-outfitters.com/orders/track/10482 any time.'),
    fr('Suivez votre envoi : https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}. Merci !'),
    { name: 'version numbers, times, weights and prices are not addresses', code: fr('Version 1.2.3.4 disponible : RDV à 10h30, colis de 1.5kg, total 12.50€.') },
    { name: 'a bare dotted address without port or path is not a link', code: en('Your router answers on 192.168.1.1 by default.') },
    { name: 'a host made of digits and letters is a domain', code: en('Visit https://123.example.com/ and https://1and1.com/ for details.') },
    { name: 'a hex-looking label inside a domain', code: fr('Voir https://0xc0.exemple.fr/page pour les détails.') },
    avecBouton('https://www.maison-lumiere.fr/suivi?colis={{1}}', 'https://www.maison-lumiere.fr/suivi?colis=6A12345678901'),
    { name: 'a placeholder in the host is left to url-button-variable', code: withButton('http://{{1}}.0.0.1/track') },
    { name: 'wrong types', code: template({ components: [{ type: 'BODY', text: null }, { type: 'BUTTONS', buttons: [{ type: 'URL', url: {} }] }] }) },
  ],
  invalid: [
    {
      name: 'English body with an IPv4 link',
      code: en('Pay your invoice at http://192.168.0.1/pay today.'),
      errors: [{ messageId: 'ipv4', data: { address: '192.168.0.1' }, actual: 'http://192.168.0.1/pay', line: 8, column: 36, endColumn: 58 }],
    },
    {
      name: 'French bare address with a port',
      code: fr('Connectez-vous sur 10.0.0.1:8080/compte pour valider.'),
      errors: [{ messageId: 'ipv4', data: { address: '10.0.0.1' }, actual: '10.0.0.1:8080/compte' }],
    },
    {
      name: 'English IPv6 link',
      code: en('Open http://[2001:DB8::1]:8080/offer now.'),
      errors: [{ messageId: 'ipv6', data: { address: '2001:db8::1' }, actual: 'http://[2001:DB8::1]:8080/offer' }],
    },
    {
      name: 'French URL button to the IPv6 loopback',
      code: avecBouton('http://[::1]/suivi/{{1}}'),
      errors: [{ messageId: 'ipv6', data: { address: '::1' }, pointer: '/components/1/buttons/0/url' }],
    },
    {
      name: 'English decimal and hexadecimal disguised addresses',
      code: en('Claim it at http://3232235777/gift or http://0xC0A80001/gift before Friday.'),
      errors: [
        { messageId: 'disguisedIp', data: { host: '3232235777', address: '192.168.1.1', notation: 'one decimal number' }, actual: 'http://3232235777/gift' },
        { messageId: 'disguisedIp', data: { host: '0xc0a80001', address: '192.168.0.1', notation: 'hexadecimal' }, actual: 'http://0xC0A80001/gift' },
      ],
    },
    {
      name: 'French dotted hexadecimal, octal, mixed and shortened addresses',
      code: fr('Liens : http://0xc0.0xa8.0.1/a, http://0300.0250.0.1/b, http://0xc0.0250.0.1/c et http://127.1/d. Merci.'),
      errors: [
        { messageId: 'disguisedIp', data: { host: '0xc0.0xa8.0.1', address: '192.168.0.1', notation: 'hexadecimal' } },
        { messageId: 'disguisedIp', data: { host: '0300.0250.0.1', address: '192.168.0.1', notation: 'octal' } },
        { messageId: 'disguisedIp', data: { host: '0xc0.0250.0.1', address: '192.168.0.1', notation: 'mixed hexadecimal and octal' } },
        { messageId: 'disguisedIp', data: { host: '127.1', address: '127.0.0.1', notation: 'fewer than four numbers' } },
      ],
    },
    {
      name: 'English URL button example with a decimal address',
      code: withButton('https://example.com/track/{{1}}', 'https://2130706433/track/A12'),
      errors: [{ messageId: 'disguisedIp', data: { host: '2130706433', address: '127.0.0.1', notation: 'one decimal number' }, pointer: '/components/1/buttons/0/example/0' }],
    },
    {
      name: 'English link to localhost',
      code: en('Test the page at http://localhost:3000/offer first.'),
      errors: [{ messageId: 'localhost', data: { host: 'localhost' }, actual: 'http://localhost:3000/offer' }],
    },
    {
      name: 'French URL button to a .localhost host',
      code: avecBouton('https://boutique.localhost/suivi/{{1}}'),
      errors: [{ messageId: 'localhost', data: { host: 'boutique.localhost' }, pointer: '/components/1/buttons/0/url' }],
    },
  ],
});
