import { describe, it } from 'vitest';
import rule from '../../rules/promotional-utility.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template, urlButton } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped and should arrive on Friday.', ['Ana', 'ORD-48213'])] }),
    modele({ components: [body('Bonjour {{1}}, votre commande {{2}} est partie. Merci pour votre confiance.', ['Léa', 'CMD-48213'])] }),
    {
      name: 'a price in an order update is not an offer',
      code: template({ components: [body('Hi {{1}}, your order {{2}} is confirmed. Total charged: {{3}}, including tax.', ['Ana', 'ORD-1', '$49.90'])] }),
    },
    {
      name: 'a refund amount is not an offer (French)',
      code: modele({ components: [body('Bonjour {{1}}, votre remboursement de {{2}} a été effectué sur votre carte bancaire.', ['Léa', '49,90 €'])] }),
    },
    {
      name: 'the free shipping of this order (French)',
      code: modele({ components: [body('Bonjour {{1}}, votre commande {{2}} bénéficie de la livraison gratuite et arrivera demain.', ['Léa', 'CMD-1'])] }),
    },
    {
      name: 'the free shipping of this order (English)',
      code: template({ components: [body('Hi {{1}}, your order {{2}} has shipped with free shipping and arrives tomorrow.', ['Ana', 'ORD-1'])] }),
    },
    {
      name: 'a discount already applied on a receipt',
      code: modele({ components: [body('Bonjour {{1}}, montant réglé : {{2}}, après la remise fidélité déjà appliquée. Votre ticket est joint.', ['Léa', '74,30 €'])] }),
    },
    {
      name: '« remise en main propre » is a hand-over',
      code: modele({ components: [body('Bonjour {{1}}, votre colis vous sera remis en main propre demain ; la remise en main propre se fait contre signature.', ['Léa'])] }),
    },
    {
      name: 'a word inside another word is not a trigger (promotion in promotions_team, sale in wholesale)',
      code: template({ components: [body('Hi {{1}}, your wholesale order {{2}} has shipped from our warehouse.', ['Ana', 'ORD-1'])] }),
    },
    {
      name: 'a MARKETING template may promote',
      code: template({ category: 'MARKETING', components: [body('Hi {{1}}, enjoy 20% off everything this weekend with code {{2}}.', ['Ana', 'SAVE20'])] }),
    },
    {
      name: 'an automatic renewal notice is not a renewal attempt',
      code: template({ components: [body('Hi {{1}}, your subscription will renew automatically on {{2}} for {{3}}. You can cancel in your account settings.', ['Ana', 'May 3', '$9.99'])] }),
    },
    { name: 'no components at all', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'a body text that is not a string', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'no body', code: template({ components: [footer('Exemple')] }) },
  ],
  invalid: [
    {
      name: 'English order update with a discount for the next order',
      code: template({ components: [body('Hi {{1}}, your order {{2}} has shipped. Enjoy 15% off your next order!', ['Ana', 'ORD-48213'])] }),
      errors: [
        { messageId: 'costNote', pointer: '/category', line: 4 },
        { messageId: 'promotional', data: { phrase: 'Enjoy 15%' }, line: 8, column: 56, endColumn: 65, actual: 'Enjoy 15%' },
        { messageId: 'promotional', data: { phrase: 'off your next' } },
      ],
    },
    {
      name: 'French order confirmation with -10 % on new products (Meta FR example)',
      code: modele({ components: [body('Votre commande n° {{1}} est confirmée. Et profitez de -10 % sur nos nouveautés !', ['48213'])] }),
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotional', data: { phrase: 'profitez' }, line: 8, column: 58 },
        { messageId: 'promotional', data: { phrase: '-10 %' }, column: 70, endColumn: 75 },
        { messageId: 'promotional', data: { phrase: 'nos nouveautés' } },
      ],
    },
    {
      name: 'French promo code in a sample, with a typographic apostrophe and accents',
      code: modele({ components: [body('Merci pour votre achat ! Utilisez le code {{1}} sur votre prochaine commande.', ['MERCI15'])] }),
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotionalSample', data: { phrase: 'code {{1}}', sample: 'MERCI15' } },
        { messageId: 'promotional', data: { phrase: 'sur votre prochaine commande' } },
      ],
    },
    {
      name: 'Shop now URL button on a clean shipping notice (English)',
      code: template({
        components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'ORD-1']), buttons(urlButton('Shop now', 'https://shop.example.com/'))],
      }),
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotional', data: { phrase: 'Shop now' }, pointer: '/components/1/buttons/0/text' },
        { messageId: 'promotional', data: { phrase: 'shop' }, pointer: '/components/1/buttons/0/url' },
      ],
    },
    {
      name: 'COPY_CODE button with a promo code',
      code: template({
        components: [
          body('Hi {{1}}, thanks for your order {{2}}. Here is a little something for next time.', ['Ana', 'ORD-1']),
          buttons({ type: 'COPY_CODE', example: 'THANKS10' }),
        ],
      }),
      errors: [
        { messageId: 'costNote' },{ messageId: 'promotionalButton', data: { button: 'COPY_CODE', phrase: 'THANKS10' }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'abandoned cart (French), header and quick reply',
      code: modele({
        components: [
          header('Votre panier vous attend'),
          body('Bonjour {{1}}, vous avez oublié quelque chose ? Finalisez votre commande avant minuit.', ['Léa']),
          buttons(quickReply('Stop promos')),
        ],
      }),
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotional', data: { phrase: 'Votre panier vous attend' }, pointer: '/components/0/text' },
        { messageId: 'promotional', data: { phrase: 'vous avez oublié' } },
        { messageId: 'promotional', data: { phrase: 'Finalisez votre commande' } },
        { messageId: 'promotional', data: { phrase: 'Stop promos' } },
      ],
    },
    {
      name: 'renewal attempt with a saving (Meta example)',
      code: template({ components: [body('Your subscription expires on {{1}}, renew today to save {{2}}.', ['May 3', '20%'])] }),
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotional', data: { phrase: 'renew today' } },
        { messageId: 'promotional', data: { phrase: 'save {{2}}' } },
      ],
    },
    {
      name: 'YAML source: « gratuit » and an exclusive offer',
      format: 'yaml',
      code: 'name: suivi\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Votre colis est en route. Offre exclusive : un mois gratuit !"\n',
      errors: [
        { messageId: 'costNote' },
        { messageId: 'promotional', data: { phrase: 'Offre exclusive' }, line: 6, column: 38, endColumn: 53 },
        { messageId: 'promotional', data: { phrase: 'mois gratuit' } },
      ],
    },
  ],
});
