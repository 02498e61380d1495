import { describe, it } from 'vitest';
import rule from '../../rules/all-caps.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });
const out = (code: object) => JSON.stringify(code, null, 2) + '\n';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    fr('Bonjour {{1}}, votre commande est prête. Répondez STOP pour ne plus recevoir nos messages.', ['Léa']),
    en('Hi {{1}}, your order has shipped. Reply STOP to unsubscribe.', ['Ana']),
    { name: 'acronyms alone', code: fr('Contactez le SAV avec votre RIB et le PDF de la facture signée.') },
    { name: 'two acronyms next to each other', code: en('Download the PDF FAQ from your account page.') },
    { name: 'a list of acronyms is not a phrase', code: fr('Prix affichés en TTC, HT, TVA comprise selon le cas.') },
    { name: 'codes, amounts and links are masked', code: fr('Code BIENVENUE10 sur https://exemple.fr/PROMO-ETE pour 49,90 € avant 10:30.') },
    { name: 'a lone capitalised word', code: en('IMPORTANT: your appointment has moved to Tuesday at 9am.') },
    { name: 'a one-word header in capitals is not enough', code: template({ components: [header('WELCOME'), body('Thanks for joining us today.')] }) },
    { name: 'short acronyms only, even if most of the words', code: modele({ components: [header('SAV RIB'), body('Merci.')] }) },
    { name: 'acronyms that are not words break a run', code: fr('Bonjour, votre dossier CAF CPAM MSA est complet.') },
    { name: 'English acronyms and a brand in capitals', code: en('Your NHS COVID PASS is ready. Thanks from the EDF team.') },
    { name: 'below minWords', code: fr('Profitez de nos SOLDES MONSTRES dès demain en boutique.') },
    { name: 'other languages are skipped', code: template({ language: 'de', components: [body('GROSSER SOMMERSCHLUSSVERKAUF JETZT IN ALLEN FILIALEN')] }) },
    { name: 'button labels are not checked', code: template({ components: [body('Your order has shipped.'), { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'STOP ALL MESSAGES NOW' }] }] }) },
    { name: 'raised minWords', code: en('Our BIG SUMMER SALE starts today in every shop.'), options: { minWords: 4 } },
    { name: 'wrong types: text is a number', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'wrong types: components is a string', code: modele({ components: 'x' as unknown as unknown[] }) },
  ],
  invalid: [
    {
      name: 'French run of capitals in the body',
      code: fr('Bonjour {{1}}, PROFITEZ DE NOS PROMOS dès demain en boutique.', ['Léa']),
      errors: [
        {
          messageId: 'capsRun',
          data: { text: 'PROFITEZ DE NOS PROMOS', count: 4 },
          actual: 'PROFITEZ DE NOS PROMOS',
          line: 8,
          column: 31,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'sentenceCase',
              data: { text: 'profitez de nos promos' },
              output: out(fr('Bonjour {{1}}, profitez de nos promos dès demain en boutique.', ['Léa'])),
            },
          ],
        },
      ],
    },
    {
      name: 'English run at the start of a sentence keeps its capital',
      code: en('Thanks for your order. FREE SHIPPING ON EVERYTHING this weekend only.'),
      errors: [
        {
          messageId: 'capsRun',
          data: { text: 'FREE SHIPPING ON EVERYTHING', count: 4 },
          suggestions: [{ messageId: 'sentenceCase', data: { text: 'Free shipping on everything' }, output: out(en('Thanks for your order. Free shipping on everything this weekend only.')) }],
        },
      ],
    },
    {
      name: 'French header mostly in capitals',
      code: modele({ components: [header('SOLDES D’ÉTÉ'), body('Nos soldes commencent demain.')] }),
      errors: [
        {
          messageId: 'mostlyCaps',
          data: { count: 2, total: 2 },
          pointer: '/components/0/text',
          suggestions: [{ messageId: 'sentenceCase', data: { text: 'Soldes d’été' }, output: out(modele({ components: [header('Soldes d’été'), body('Nos soldes commencent demain.')] })) }],
        },
      ],
    },
    {
      name: 'English body mostly in capitals, with English I kept',
      code: en('HELLO {{1}}! I REALLY THINK you will LOVE OUR range.', ['Ana']),
      errors: [
        {
          messageId: 'mostlyCaps',
          data: { count: 5, total: 9 },
          suggestions: [{ messageId: 'sentenceCase', data: { text: 'Hello {{1}}! I really think you will love our range.' }, output: out(en('Hello {{1}}! I really think you will love our range.', ['Ana'])) }],
        },
      ],
    },
    {
      name: 'English footer of short words in capitals is a run',
      code: template({ components: [body('Your order has shipped.'), footer('REPLY STOP AT ANY TIME')] }),
      errors: [
        {
          messageId: 'capsRun',
          data: { text: 'REPLY STOP AT ANY TIME', count: 5 },
          suggestions: [{ messageId: 'sentenceCase', data: { text: 'Reply stop at any time' }, output: out(template({ components: [body('Your order has shipped.'), footer('Reply stop at any time')] })) }],
        },
      ],
    },
    {
      name: 'French run with a lone capital, a masked amount left alone, two runs',
      code: fr('Bonjour, voici NOS OFFRES À PRIX CASSÉS sur la mode.\nET AUSSI DES CADEAUX pour 10 € achetés.'),
      errors: [
        {
          messageId: 'capsRun',
          data: { text: 'NOS OFFRES À PRIX CASSÉS', count: 4 },
          suggestions: [{ messageId: 'sentenceCase', output: out(fr('Bonjour, voici nos offres à prix cassés sur la mode.\nET AUSSI DES CADEAUX pour 10 € achetés.')) }],
        },
        {
          messageId: 'capsRun',
          data: { text: 'ET AUSSI DES CADEAUX', count: 4 },
          line: 8,
          suggestions: [{ messageId: 'sentenceCase', data: { text: 'Et aussi des cadeaux' }, output: out(fr('Bonjour, voici NOS OFFRES À PRIX CASSÉS sur la mode.\nEt aussi des cadeaux pour 10 € achetés.')) }],
        },
      ],
    },
    {
      name: 'lower minWords',
      code: fr('Profitez de nos SOLDES MONSTRES dès demain en boutique.'),
      options: { minWords: 2 },
      errors: [
        {
          messageId: 'capsRun',
          data: { text: 'SOLDES MONSTRES', count: 2 },
          suggestions: [{ messageId: 'sentenceCase', output: out(fr('Profitez de nos soldes monstres dès demain en boutique.')) }],
        },
      ],
    },
    {
      name: 'acronymLength 0 makes short words count',
      code: template({ components: [header('BIG SALE'), body('Our sale starts today.')] }),
      options: { acronymLength: 0 },
      errors: [
        {
          messageId: 'mostlyCaps',
          data: { count: 2, total: 2 },
          suggestions: [{ messageId: 'sentenceCase', output: out(template({ components: [header('Big sale'), body('Our sale starts today.')] })) }],
        },
      ],
    },
  ],
});
