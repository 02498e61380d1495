import { describe, it } from 'vitest';
import rule from '../../rules/repeated-word.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });
const out = (code: object) => JSON.stringify(code, null, 2) + '\n';

const carousel = (cardText: string, language = 'fr') =>
  template({
    name: 'promo_carrousel',
    language,
    category: 'MARKETING',
    components: [
      body('Découvrez nos nouveautés de la semaine.'),
      {
        type: 'CAROUSEL',
        cards: [
          { components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h1'] } }, { type: 'BODY', text: cardText }] },
          { components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['h2'] } }, { type: 'BODY', text: 'Une veste légère pour le printemps.' }] },
        ],
      },
    ],
  });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    fr('Bonjour {{1}}, votre commande est prête. Nous vous attendons en boutique.', ['Léa']),
    en('Hi {{1}}, your order has shipped and should arrive on Tuesday.', ['Ana']),
    { name: 'French reflexive nous nous / vous vous', code: fr('Nous nous réjouissons de vous voir. Vous vous connectez avec votre code.') },
    { name: 'English had had and that that are grammatical', code: en('If you had had any trouble, we would know. We confirm that that order has shipped.') },
    { name: 'deliberate reduplication', code: fr('Toc toc ! Votre colis arrive très très bientôt, miam miam.') },
    { name: 'knock knock and bye bye', code: en('Knock knock! Your parcel is here. Bye bye for now.') },
    { name: 'sentence punctuation parts the words', code: fr('Merci. Merci encore pour votre commande, commande que nous préparons.') },
    { name: 'English punctuation parts the words', code: en('Thanks. Thanks again for your order: order number follows.') },
    { name: 'never across a placeholder', code: fr('Votre {{1}} {{1}} est prête.', ['commande']) },
    { name: 'never across a placeholder (English)', code: en('Your order {{1}} order is ready.', ['A-1042']) },
    { name: 'numbers, codes and amounts are masked', code: fr('Le lot 12 12 et le code AB12 AB12 coûtent 5 € 5 €.') },
    { name: 'numbers in English', code: en('Gate 4 4 opens at 9am 9am for flight BA123 BA123.') },
    { name: 'links are masked', code: en('Visit https://example.com https://example.com for details.') },
    { name: 'emoji between the words', code: fr('Merci 🎉 🎉 merci pour votre fidélité.') },
    { name: 'names capitalised both times', code: fr('Votre séjour à Bora Bora est confirmé.') },
    { name: 'names capitalised both times (English)', code: en('Your trip to Walla Walla is confirmed.') },
    { name: 'a paragraph break parts the words', code: en('Your order is ready to collect\n\ncollect it before Friday.') },
    { name: 'allowed by option', code: en('Our slogan is go go go today.'), options: { allow: ['go'] } },
    { name: 'languages other than French and English are skipped', code: template({ language: 'de', components: [body('Ihre die die Bestellung ist da.')] }) },
    { name: 'wrong types do not crash', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'FOOTER' }] }) },
    { name: 'components is not an array', code: modele({ components: 'x' as never }) },
    { name: 'button labels are not checked', code: modele({ components: [body('Votre commande est prête.'), { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Oui oui' }] }] }) },
  ],
  invalid: [
    {
      name: 'French doubled article',
      code: fr('Les les clients fidèles reçoivent un cadeau.'),
      errors: [{ messageId: 'repeated', data: { word: 'les' }, actual: 'les', line: 8, column: 20, endColumn: 23 }],
      output: out(fr('Les clients fidèles reçoivent un cadeau.')),
    },
    {
      name: 'English doubled article',
      code: en('Your order is on the the way.'),
      errors: [{ messageId: 'repeated', data: { word: 'the' }, actual: 'the', line: 8, column: 37, endColumn: 40 }],
      output: out(en('Your order is on the way.')),
    },
    {
      name: 'across a line break',
      code: fr('Votre commande est\nest prête.'),
      errors: [{ messageId: 'repeated', data: { word: 'est' }, line: 8, column: 36, endColumn: 39 }],
      output: out(fr('Votre commande est prête.')),
    },
    {
      name: 'across a line break (English)',
      code: en('Your parcel will\nwill arrive tomorrow.'),
      errors: [{ messageId: 'repeated', data: { word: 'will' } }],
      output: out(en('Your parcel will arrive tomorrow.')),
    },
    {
      name: 'case-insensitive, the first spelling is kept',
      code: en('THE the order has shipped.'),
      errors: [{ messageId: 'repeated', data: { word: 'the' } }],
      output: out(en('THE order has shipped.')),
    },
    {
      name: 'in capitals',
      code: modele({ components: [header('VOTRE VOTRE COMMANDE'), body('Elle est prête.')] }),
      errors: [{ messageId: 'repeated', data: { word: 'VOTRE' }, pointer: '/components/0/text' }],
      output: out(modele({ components: [header('VOTRE COMMANDE'), body('Elle est prête.')] })),
    },
    {
      name: 'header, body and footer',
      code: template({ components: [header('Your your order'), body('It is is ready.'), footer('Reply STOP to to opt out')] }),
      errors: [
        { messageId: 'repeated', data: { word: 'your' }, pointer: '/components/0/text' },
        { messageId: 'repeated', data: { word: 'is' }, pointer: '/components/1/text' },
        { messageId: 'repeated', data: { word: 'to' }, pointer: '/components/2/text' },
      ],
      output: out(template({ components: [header('Your order'), body('It is ready.'), footer('Reply STOP to opt out')] })),
    },
    {
      name: 'carousel card body',
      code: carousel('Un pull en en laine douce.'),
      errors: [{ messageId: 'repeated', data: { word: 'en' }, pointer: '/components/1/cards/0/components/1/text' }],
      output: out(carousel('Un pull en laine douce.')),
    },
    {
      name: 'elided French words',
      code: fr('Profitez de l’offre l’offre du jour.'),
      errors: [{ messageId: 'repeated', data: { word: 'l’offre' } }],
      output: out(fr('Profitez de l’offre du jour.')),
    },
    {
      name: 'English reflexive-looking doubles are not exempt',
      code: en('Thank you you for your order.'),
      errors: [{ messageId: 'repeated', data: { word: 'you' } }],
      output: out(en('Thank you for your order.')),
    },
    {
      name: 'French words of the English allow-list are reported',
      code: fr('Votre colis a été livré, que que vous soyez.'),
      errors: [{ messageId: 'repeated', data: { word: 'que' } }],
      output: out(fr('Votre colis a été livré, que vous soyez.')),
    },
    {
      name: 'a word three times: two reports, one fix each',
      code: en('See you the the the next time.'),
      errors: [
        { messageId: 'repeated', data: { word: 'the' } },
        { messageId: 'repeated', data: { word: 'the' } },
      ],
      output: out(en('See you the next time.')),
    },
    {
      name: 'defaultLanguage from settings',
      code: template({ language: undefined, components: [body('Votre votre commande est prête.')] }),
      settings: { defaultLanguage: 'fr' },
      errors: [{ messageId: 'repeated', data: { word: 'votre' } }],
      output: out(template({ language: undefined, components: [body('Votre commande est prête.')] })),
    },
    {
      name: 'YAML template',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Votre rendez-vous de de demain est confirmé."\n',
      errors: [{ messageId: 'repeated', data: { word: 'de' }, line: 6, column: 33, endColumn: 35 }],
      output: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Votre rendez-vous de demain est confirmé."\n',
    },
  ],
});
