import { describe, it } from 'vitest';
import rule from '../../rules/marketing-opt-out.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template, urlButton } from '../helpers/template.js';

const promo = (components: unknown[], parts: Record<string, unknown> = {}) =>
  template({ name: 'summer_sale', category: 'MARKETING', components, ...parts });
const promoFr = (components: unknown[], parts: Record<string, unknown> = {}) =>
  modele({ name: 'soldes_hiver', category: 'MARKETING', components, ...parts });

const saleEn = body('Hi {{1}}, our summer sale is on: 30% off sandals and swimwear until Sunday.', ['Jessica']);
const saleFr = body('Bonjour {{1}}, les soldes d’hiver commencent : jusqu’à -40 % sur les luminaires.', ['Léa']);
const EN = { button: 'Stop promotions', footer: 'Reply STOP to unsubscribe' };
const FR = { button: 'Arrêter les promotions', footer: 'Répondez STOP pour vous désabonner' };

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    {
      name: "Meta's opt-out button and footer",
      code: promo([saleEn, footer('Not interested? Tap Stop promotions'), buttons(quickReply('Stop promotions'), urlButton('Shop the sale', 'https://shop.example.com/sale'))]),
    },
    { name: 'French opt-out quick reply', code: promoFr([saleFr, buttons(urlButton('Voir les soldes', 'https://www.exemple.fr/soldes'), quickReply('Arrêter les promos'))]) },
    { name: 'French quick reply « Se désabonner »', code: promoFr([saleFr, buttons(quickReply('Se désabonner'))]) },
    { name: 'French quick reply « STOP PUB »', code: promoFr([saleFr, buttons(quickReply('STOP PUB'))]) },
    { name: 'English quick reply "Unsubscribe"', code: promo([saleEn, buttons(quickReply('Unsubscribe'))]) },
    { name: 'a bare "Stop" quick reply', code: promo([saleEn, buttons(quickReply('Yes please'), quickReply('Stop'))]) },
    { name: 'French footer « STOP au 36180 »', code: promoFr([saleFr, footer('STOP au 36180')]) },
    { name: 'French footer « Pour vous désabonner, répondez STOP »', code: promoFr([saleFr, footer('Pour vous désabonner, répondez STOP')]) },
    { name: 'French footer « ne plus recevoir nos offres »', code: promoFr([saleFr, footer('Pour ne plus recevoir nos offres : STOP')]) },
    { name: 'English body that says how to stop', code: promo([body('Hi {{1}}, 30% off everything this weekend. Reply STOP to opt out.', ['Ana'])]) },
    { name: 'English footer "Text STOP to 12345"', code: promo([saleEn, footer('Text STOP to 12345')]) },
    {
      name: 'a carousel whose cards carry the stop quick reply',
      code: promo([
        body('Our new arrivals are here.'),
        {
          type: 'CAROUSEL',
          cards: [
            { components: [{ type: 'HEADER', format: 'IMAGE' }, { type: 'BODY', text: 'Linen shirt' }, buttons(quickReply('Stop'))] },
            { components: [{ type: 'HEADER', format: 'IMAGE' }, { type: 'BODY', text: 'Straw hat' }, buttons(quickReply('Stop'))] },
          ],
        },
      ]),
    },
    { name: 'a UTILITY template needs no opt-out', code: template({ components: [body('Your order {{1}} has shipped.', ['ORD-48213'])] }) },
    {
      name: 'an AUTHENTICATION template needs no opt-out',
      code: template({ category: 'AUTHENTICATION', components: [{ type: 'BODY', add_security_recommendation: true }] }),
    },
    {
      name: 'wrong types do not crash the rule',
      code: promo([42, { type: 'BODY', text: 42 }, { type: 'FOOTER', text: ['STOP'] }, { type: 'BUTTONS', buttons: [null, quickReply('Stop')] }]),
    },
  ],
  invalid: [
    {
      name: 'English promotion with no way out ("stop" in a sentence is not an opt-out)',
      code: promo([body('Hi {{1}}, our summer sale is on! Don’t stop now: 30% off until Sunday.', ['Jessica']), buttons(quickReply('Shop now'))]),
      errors: [{ messageId: 'missingOptOut', data: EN, pointer: '/category', line: 4, column: 15, endColumn: 26 }],
    },
    {
      name: 'French promotion with « stop » in a slogan and a « Non merci » quick reply',
      code: promoFr([body('Bonjour {{1}}, dites stop aux prix élevés : -30 % sur tout le magasin.', ['Léa']), buttons(quickReply('Non merci'))]),
      errors: [{ messageId: 'missingOptOut', data: FR, pointer: '/category' }],
    },
    {
      name: 'French promotion with a footer that is not an opt-out',
      code: promoFr([saleFr, footer('Offre valable dans la limite des stocks disponibles')], { language: 'fr_CA' }),
      errors: [{ messageId: 'missingOptOut', data: FR }],
    },
    {
      name: 'upper-case STOP in a header does not count',
      code: promo([header('STOP scrolling'), saleEn], { category: 'marketing' }),
      errors: [{ messageId: 'missingOptOut', data: EN }],
    },
    {
      name: 'one template of two in a file',
      code: [promo([saleEn, buttons(quickReply('Stop promotions'))]), promoFr([saleFr])],
      errors: [{ messageId: 'missingOptOut', data: FR, pointer: '/1/category' }],
    },
    {
      name: 'a limited-time offer has no footer: the body must say how to stop',
      code: promo([
        { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Ends Sunday!', has_expiration: true } },
        saleEn,
        buttons({ type: 'COPY_CODE', example: 'SUMMER30' }, urlButton('Shop', 'https://shop.example.com')),
      ]),
      errors: [{ messageId: 'missingOptOut', data: EN }],
    },
    {
      name: 'components that are not an array',
      code: promo('x' as unknown as unknown[]),
      errors: [{ messageId: 'missingOptOut', data: EN }],
    },
  ],
});
