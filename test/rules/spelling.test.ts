import { join } from 'node:path';
import { describe, it } from 'vitest';
import rule from '../../rules/spelling.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';
import { scratch } from '../helpers/fs.js';

const personal = join(scratch({ 'mots.txt': '# noms de nos produits\nCroquignol\nBiscotin\n' }), 'mots.txt');

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    fr('Bonjour {{1}}, votre commande {{2}} est prête. Rendez-vous à l’accueil avant 18 h ; l’équipe vous attend.', ['Léa', 'CMD-48213']),
    fr('Votre colis arrivera aujourd’hui. Qu’en pensez-vous ? Répondez STOP pour ne plus recevoir nos messages.'),
    en('Hi {{1}}, your order {{2}} has shipped and should arrive within three business days.', ['Ana', 'A-1042']),
    en("Your appointment is confirmed. We're looking forward to seeing you on Tuesday."),
    {
      name: 'non-prose is masked: links, e-mails, phones, amounts, dates, times, codes',
      code: fr('Payez 49,90 € sur https://exemple.fr/paiement/xyzq avant le 12/03/2026 à 10h30, code BIENVENUE10, ou appelez le +33 6 12 34 56 78 ou écrivez à contact@exemple.fr.'),
    },
    { name: 'WhatsApp and brand vocabulary', code: en('Track your parcel on WhatsApp or in the app, and pay with PayPal or Visa.') },
    { name: 'acronyms in capitals', code: fr('Contactez le SAV avec votre RIB et le PDF de la facture.') },
    { name: 'names inside a sentence are proper nouns', code: fr('Votre conseillère Yasmina Belkacem vous rappellera demain.') },
    { name: 'names in samples', code: en('Hi {{1}}, your table is booked.', ['Kwabena']) },
    { name: 'header, footer and button labels are checked too', code: modele({ components: [header('Commande confirmée'), body('Merci pour votre achat.'), footer('Service client')] }) },
    { name: 'words from settings', code: fr('Découvrez nos Croquignolettes du jour.'), settings: { words: ['Croquignolettes'] } },
    { name: 'words from a personal dictionary file', code: fr('Biscotin est de retour en boutique.'), settings: { dictionaries: [personal] } },
    { name: 'no text at all', code: template({ components: [{ type: 'BODY' }] }) },
    { name: 'British spelling in en_GB', code: template({ language: 'en_GB', components: [body('We apologise: your favourite colour was cancelled.')] }) },
    { name: 'brand names with an inner capital', code: en('Thanks for choosing HomeCraft and FixPoint.') },
    { name: 'emoji with a variation selector', code: fr('Merci pour votre visite ❤️ à bientôt !') },
  ],
  invalid: [
    {
      name: 'French misspelling with suggestions',
      code: fr('Bonjour, votre comande est prête.'),
      errors: [
        {
          messageId: 'misspelled',
          data: { word: 'comande', language: 'French', suggestions: '`commande`, `commandé`, `romande`, `commander`, `commandes`' },
          actual: 'comande',
          line: 8,
          column: 31,
          endColumn: 38,
          suggestions: ['commande', 'commandé', 'romande', 'commander', 'commandes'].map((replacement) => ({
            messageId: 'replace',
            data: { replacement },
            output: JSON.stringify(fr(`Bonjour, votre ${replacement} est prête.`), null, 2) + '\n',
          })),
        },
      ],
    },
    {
      name: 'French elision keeps its apostrophe in the suggestions',
      code: fr('Merci. L’evenement commence demain.'),
      options: { maxSuggested: 0 },
      errors: [{ messageId: 'misspelled', data: { word: 'L’evenement', language: 'French', suggestions: '' }, suggestions: [] }],
    },
    {
      name: 'English misspellings, the second without suggestions past the limit',
      code: en('We recieve your adress today.'),
      options: { maxSuggested: 1 },
      errors: [
        {
          messageId: 'misspelled',
          data: { word: 'recieve', language: 'English', suggestions: '`receive`, `relieve`, `revive`, `received`, `receiver`' },
          suggestions: ['receive', 'relieve', 'revive', 'received', 'receiver'].map((replacement) => ({
            messageId: 'replace',
            output: JSON.stringify(en(`We ${replacement} your adress today.`), null, 2) + '\n',
          })),
        },
        { messageId: 'misspelled', data: { word: 'adress', language: 'English', suggestions: '' }, suggestions: [] },
      ],
    },
    {
      name: 'misspelled French sample',
      code: fr('Bonjour {{1}}, votre rendez-vous est confirmé.', ['mardi procahin']),
      options: { maxSuggested: 0 },
      errors: [{ messageId: 'misspelled', data: { word: 'procahin', language: 'French', suggestions: '' }, pointer: '/components/0/example/body_text/0/0', suggestions: [] }],
    },
    {
      name: 'British spelling in en_US',
      code: en('Your favourite colour is back.'),
      options: { maxSuggested: 0 },
      errors: [
        { messageId: 'misspelled', data: { word: 'favourite', language: 'English', suggestions: '' }, suggestions: [] },
        { messageId: 'misspelled', data: { word: 'colour', language: 'English', suggestions: '' }, suggestions: [] },
      ],
    },
    {
      name: 'capitalised words are checked with checkCapitalized',
      code: en('Thanks from the Custmer Service team.'),
      options: { maxSuggested: 0, checkCapitalized: true },
      errors: [{ messageId: 'misspelled', data: { word: 'Custmer', language: 'English', suggestions: '' }, suggestions: [] }],
    },
    {
      name: 'an info note when the language is not checked',
      code: template({ language: 'pt_BR', components: [body('Olá, seu pedido foi enviado.')] }),
      errors: [{ messageId: 'languageNotChecked', data: { language: 'pt_BR' }, pointer: '/language' }],
    },
    {
      name: 'YAML template in French',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Votre rendez-vous de demian est confirmé."\n',
      options: { maxSuggested: 0 },
      errors: [{ messageId: 'misspelled', data: { word: 'demian', language: 'French', suggestions: '' }, line: 6, column: 33, endColumn: 39, suggestions: [] }],
    },
  ],
});
