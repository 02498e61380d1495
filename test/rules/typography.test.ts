import { describe, it } from 'vitest';
import rule from '../../rules/typography.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template } from '../helpers/template.js';

/** Narrow no-break space (U+202F) and no-break space (U+00A0). */
const N = '\u202f';
const S = '\u00a0';

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });
const ca = (text: string) => modele({ language: 'fr_CA', components: [body(text)] });
const out = (code: object) => JSON.stringify(code, null, 2) + '\n';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    fr(`Bonjour {{1}}${N}! Votre commande est prête${S}: passez à 10:30 ou à 18h30. Des questions${N}? Écrivez-nous${N}; à bientôt…`, ['Léa']),
    en('Hi {{1}}! Your order is ready: pick it up at 10:30. Questions? Reply here; we are happy to help.', ['Ana']),
    { name: 'links, e-mails and their punctuation are masked', code: fr(`Payez sur https://x.fr/a?b=c ou https://exemple.fr/#!/promo, ou écrivez à contact@exemple.fr${N}!`) },
    { name: 'a bare domain with a query', code: fr('Suivez votre colis sur exemple.fr/suivi?id=abc dès demain.') },
    { name: 'English links and e-mails', code: en('Pay at https://x.fr/a?b=c or write to help@example.com, thanks!') },
    { name: 'M. Dupont, decimals and amounts', code: fr('M. Dupont, votre remboursement de 3,50 € est en cours (taux de 1.5 %).') },
    { name: 'English abbreviations, times and file names', code: en('Open 9 a.m. to 5 p.m., e.g. Monday. Mr. Smith sent report.pdf and the Node.js notes.') },
    { name: 'Quebec puts no space before ! ? ;', code: ca(`Merci! Votre commande est prête; des questions? Écrivez-nous${S}: support@exemple.ca`) },
    { name: 'any no-break space is accepted whatever the option', code: fr(`Bonjour${S}! Prête${N}? Oui${N}: «${S}Merci${N}»`) },
    { name: 'the nbsp option accepts narrow spaces too', code: fr(`Bonjour${N}! À bientôt${N}?`), options: { frenchSpace: 'nbsp' } },
    { name: 'guillemets with no-break spaces', code: fr(`Répondez «${N}OUI${N}» pour confirmer.`) },
    { name: 'smileys are not punctuation', code: fr('Merci pour votre visite :) À bientôt ;-)') },
    { name: 'English smileys', code: en('Thanks for visiting :) See you soon ;-)') },
    { name: 'a colon between digits or inside a token', code: fr(`Score 3:1 pour l’équipe, réf. ID:48213 et lang:fr${N}!`) },
    { name: 'Wait... ?! in English is not reported', code: en('Wait... what?! Your parcel is here.') },
    { name: 'apostrophes all straight', code: fr("Aujourd'hui, l'équipe vous attend à l'accueil.") },
    { name: 'apostrophes all typographic', code: fr('Aujourd’hui, l’équipe vous attend à l’accueil.') },
    { name: 'balanced formatting', code: en('Your *order* is _ready_ and ~old~ items are gone.') },
    { name: 'balanced French formatting around a placeholder', code: fr('Votre commande *{{1}}* est _prête_.', ['CMD-48213']) },
    { name: 'footnote asterisks', code: fr('Livraison offerte dès 50 €*.\n*Voir conditions en magasin.') },
    { name: 'bullets, products and identifiers', code: en('Today:\n* shoes\n* socks\n5 * 3 = 15, your user_name stays, about ~30 min.') },
    { name: 'approximations with a tilde', code: en('Price: ~$20, delivered in ~2 days or ~{{1}}.', ['3 weeks']) },
    { name: 'chains of abbreviations', code: en('Ref.No.123 is closed.') },
    { name: 'a colon between letters may be an identifier', code: en('Re:your order, see lang:en in the app.') },
    { name: 'one blank line', code: en('Line one.\n\nLine two.') },
    { name: 'indentation and line breaks are not double spaces', code: en('Items:\n  - shoes\n  - socks') },
    { name: 'monospace is left alone', code: en('Type `A  ,B` at checkout.') },
    { name: 'samples are not checked', code: en('Hi {{1}}, your order has shipped.', ['Ana  !!']) },
    { name: 'other languages are skipped', code: template({ language: 'de', components: [body('Hallo  !! Ihre Bestellung...')] }) },
    { name: 'wrong types: text is a number', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'wrong types: components is a string', code: modele({ components: 'x' as unknown as unknown[] }) },
  ],
  invalid: [
    {
      name: 'French: no space before ! and :',
      code: fr('Bonjour {{1}}! Votre commande est prête: venez la chercher.', ['Léa']),
      errors: [
        { messageId: 'missingSpace', data: { mark: '!', side: 'before' }, actual: '!', line: 8, column: 29, endColumn: 30 },
        { messageId: 'missingSpace', data: { mark: ':', side: 'before' } },
      ],
      output: out(fr(`Bonjour {{1}}${N}! Votre commande est prête${N}: venez la chercher.`, ['Léa'])),
    },
    {
      name: 'French: no space inside guillemets, nbsp option',
      code: fr('Répondez «OUI» pour confirmer.'),
      options: { frenchSpace: 'nbsp' },
      errors: [
        { messageId: 'missingSpace', data: { mark: '«', side: 'after' } },
        { messageId: 'missingSpace', data: { mark: '»', side: 'before' } },
      ],
      output: out(fr(`Répondez «${S}OUI${S}» pour confirmer.`)),
    },
    {
      name: 'French: no space before : after a time',
      code: fr('Rendez-vous à 10h30: pensez à votre carte.'),
      errors: [{ messageId: 'missingSpace', data: { mark: ':', side: 'before' } }],
      output: out(fr(`Rendez-vous à 10h30${N}: pensez à votre carte.`)),
    },
    {
      name: 'Quebec: a space before : only',
      code: ca('Merci! Votre rendez-vous: demain.'),
      errors: [{ messageId: 'missingSpace', data: { mark: ':', side: 'before' } }],
      output: out(ca(`Merci! Votre rendez-vous${N}: demain.`)),
    },
    {
      name: 'French: plain spaces are info notes with a fix',
      code: fr('Bonjour {{1}} ! Votre commande est prête : à bientôt « Léa ».', ['Léa']),
      errors: [
        { messageId: 'plainSpace', data: { mark: '!', side: 'before', space: 'narrow no-break space (U+202F)' }, line: 8, column: 29, endColumn: 30 },
        { messageId: 'plainSpace', data: { mark: ':', side: 'before', space: 'narrow no-break space (U+202F)' } },
        { messageId: 'plainSpace', data: { mark: '«', side: 'after', space: 'narrow no-break space (U+202F)' } },
        { messageId: 'plainSpace', data: { mark: '»', side: 'before', space: 'narrow no-break space (U+202F)' } },
      ],
      output: out(fr(`Bonjour {{1}}${N}! Votre commande est prête${N}: à bientôt «${N}Léa${N}».`, ['Léa'])),
    },
    {
      name: 'French: plain space with the nbsp option, in a header and a button label',
      code: modele({ components: [header('Bonne nouvelle !'), body(`Votre commande est prête${S}!`), buttons(quickReply('Une question ?'))] }),
      options: { frenchSpace: 'nbsp' },
      errors: [
        { messageId: 'plainSpace', data: { mark: '!', side: 'before', space: 'no-break space (U+00A0)' }, pointer: '/components/0/text' },
        { messageId: 'plainSpace', data: { mark: '?', side: 'before', space: 'no-break space (U+00A0)' }, pointer: '/components/2/buttons/0/text' },
      ],
      output: out(modele({ components: [header(`Bonne nouvelle${S}!`), body(`Votre commande est prête${S}!`), buttons(quickReply(`Une question${S}?`))] })),
    },
    {
      name: 'English: space before punctuation',
      code: en('Thanks , your order is ready ! See you soon .'),
      errors: [
        { messageId: 'spaceBefore', data: { mark: ',' }, actual: ' ,', line: 8, column: 22, endColumn: 24 },
        { messageId: 'spaceBefore', data: { mark: '!' }, actual: ' !' },
        { messageId: 'spaceBefore', data: { mark: '.' }, actual: ' .' },
      ],
      output: out(en('Thanks, your order is ready! See you soon.')),
    },
    {
      name: 'English: space before : and ? after a placeholder, in the footer',
      code: template({ components: [body('Hi {{1}} ? Your code : {{2}}.', ['Ana', '4821']), footer('Questions ? Reply here')] }),
      errors: [
        { messageId: 'spaceBefore', data: { mark: '?' } },
        { messageId: 'spaceBefore', data: { mark: ':' } },
        { messageId: 'spaceBefore', data: { mark: '?' }, pointer: '/components/1/text' },
      ],
      output: out(template({ components: [body('Hi {{1}}? Your code: {{2}}.', ['Ana', '4821']), footer('Questions? Reply here')] })),
    },
    {
      name: 'French: space before a comma and a full stop',
      code: fr('Merci , votre commande est prête .'),
      errors: [
        { messageId: 'spaceBefore', data: { mark: ',' } },
        { messageId: 'spaceBefore', data: { mark: '.' } },
      ],
      output: out(fr('Merci, votre commande est prête.')),
    },
    {
      name: 'English: no space after punctuation',
      code: en('Thanks,your order is ready.See you soon!Bye'),
      errors: [
        { messageId: 'missingSpaceAfter', data: { mark: ',' }, actual: ',y', line: 8, column: 22, endColumn: 23 },
        { messageId: 'missingSpaceAfter', data: { mark: '.' }, actual: '.S' },
        { messageId: 'missingSpaceAfter', data: { mark: '!' }, actual: '!B' },
      ],
      output: out(en('Thanks, your order is ready. See you soon! Bye')),
    },
    {
      name: 'French: no space after punctuation, and before it',
      code: fr(`Merci,votre commande est prête.Bonne journée{{1}},à bientôt${N}!Oui`, ['Léa']),
      errors: [
        { messageId: 'missingSpaceAfter', data: { mark: ',' } },
        { messageId: 'missingSpaceAfter', data: { mark: '.' } },
        { messageId: 'missingSpaceAfter', data: { mark: ',' } },
        { messageId: 'missingSpaceAfter', data: { mark: '!' } },
      ],
      output: out(fr(`Merci, votre commande est prête. Bonne journée{{1}}, à bientôt${N}! Oui`, ['Léa'])),
    },
    {
      name: 'French: no space after punctuation that follows a space',
      code: modele({ components: [header('Horaires :lundi'), body(`Merci${N}!Votre commande est prête.`)] }),
      errors: [
        { messageId: 'plainSpace', data: { mark: ':', side: 'before', space: 'narrow no-break space (U+202F)' } },
        { messageId: 'missingSpaceAfter', data: { mark: ':' }, pointer: '/components/0/text' },
        { messageId: 'missingSpaceAfter', data: { mark: '!' }, pointer: '/components/1/text' },
      ],
      output: out(modele({ components: [header(`Horaires${N}: lundi`), body(`Merci${N}! Votre commande est prête.`)] })),
    },
    {
      name: 'English: a space before and none after',
      code: en('Thanks !See you soon.'),
      errors: [
        { messageId: 'spaceBefore', data: { mark: '!' } },
        { messageId: 'missingSpaceAfter', data: { mark: '!' } },
      ],
      output: out(en('Thanks! See you soon.')),
    },
    {
      name: 'French: three dots',
      code: fr(`Votre commande arrive... bientôt${N}!`),
      errors: [{ messageId: 'ellipsis', actual: '...', line: 8, column: 37, endColumn: 40 }],
      output: out(fr(`Votre commande arrive… bientôt${N}!`)),
    },
    {
      name: 'French: mixed apostrophes, the minority is reported',
      code: modele({ components: [header('L’équipe vous attend'), body("Aujourd’hui, venez à l'accueil."), footer('Merci d’avance')] }),
      errors: [{ messageId: 'apostrophe', data: { actual: "'", expected: '’' }, pointer: '/components/1/text' }],
      output: out(modele({ components: [header('L’équipe vous attend'), body('Aujourd’hui, venez à l’accueil.'), footer('Merci d’avance')] })),
    },
    {
      name: 'French: mixed apostrophes, straight majority',
      code: fr("Aujourd'hui, l'équipe vous attend à l’accueil."),
      errors: [{ messageId: 'apostrophe', data: { actual: '’', expected: "'" } }],
      output: out(fr("Aujourd'hui, l'équipe vous attend à l'accueil.")),
    },
    {
      name: 'English: double spaces',
      code: en('Your order  has shipped.   Thanks!'),
      errors: [
        { messageId: 'doubleSpace', data: { count: 2 }, line: 8, column: 26, endColumn: 28 },
        { messageId: 'doubleSpace', data: { count: 3 } },
      ],
      output: out(en('Your order has shipped. Thanks!')),
    },
    {
      name: 'French: double spaces, a no-break space in the run is kept',
      code: fr(`Votre  commande est prête ${N}!`),
      errors: [
        { messageId: 'doubleSpace', data: { count: 2 } },
        { messageId: 'doubleSpace', data: { count: 2 } },
      ],
      output: out(fr(`Votre commande est prête${N}!`)),
    },
    {
      name: 'French: a double space before ! ends as a narrow no-break space',
      code: fr('Merci  !'),
      errors: [{ messageId: 'doubleSpace', data: { count: 2 } }],
      output: out(fr(`Merci${N}!`)),
    },
    {
      name: 'English: repeated punctuation is a suggestion',
      code: en('Huge sale today!! Are you ready??'),
      errors: [
        { messageId: 'repeatedPunctuation', data: { actual: '!!', mark: '!' }, actual: '!!', suggestions: [{ messageId: 'single', data: { mark: '!' }, output: out(en('Huge sale today! Are you ready??')) }] },
        { messageId: 'repeatedPunctuation', data: { actual: '??', mark: '?' }, suggestions: [{ messageId: 'single', data: { mark: '?' }, output: out(en('Huge sale today!! Are you ready?')) }] },
      ],
      output: null,
    },
    {
      name: 'French: repeated punctuation is a suggestion',
      code: fr(`Profitez-en vite${N}!!!`),
      errors: [
        { messageId: 'repeatedPunctuation', data: { actual: '!!!', mark: '!' }, suggestions: [{ messageId: 'single', data: { mark: '!' }, output: out(fr(`Profitez-en vite${N}!`)) }] },
      ],
      output: null,
    },
    {
      name: 'English: three line breaks',
      code: en('Your order has shipped.\n\n\nThanks for shopping with us.'),
      errors: [{ messageId: 'blankLines', data: { count: 3 }, line: 8, column: 39 }],
      output: out(en('Your order has shipped.\n\nThanks for shopping with us.')),
    },
    {
      name: 'French: four line breaks with spaces, in a carousel card',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos nouveautés.'),
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Robe d’été.\n \n\n\nDès 29 €.' }] }, { components: [{ type: 'BODY', text: 'Sandales.' }] }] },
        ],
      }),
      errors: [{ messageId: 'blankLines', data: { count: 4 }, pointer: '/components/1/cards/0/components/0/text' }],
      output: out(
        modele({
          category: 'MARKETING',
          components: [
            body('Nos nouveautés.'),
            { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Robe d’été.\n\nDès 29 €.' }] }, { components: [{ type: 'BODY', text: 'Sandales.' }] }] },
          ],
        }),
      ),
    },
    {
      name: 'English: unclosed markers',
      code: en('Your order is _ready.\nUse code *SAVE at checkout.'),
      errors: [
        { messageId: 'unbalancedMarker', data: { marker: '_' }, actual: '_', line: 8, column: 30, endColumn: 31 },
        { messageId: 'unbalancedMarker', data: { marker: '*' } },
      ],
      output: null,
    },
    {
      name: 'French: a third marker on the line, and a tilde',
      code: fr('*Promo* sur les *robes et ~ancien prix.'),
      errors: [
        { messageId: 'unbalancedMarker', data: { marker: '*' } },
        { messageId: 'unbalancedMarker', data: { marker: '~' } },
      ],
      output: null,
    },
    {
      name: 'French: a misplaced closing underscore',
      code: fr('Votre commande est _prête _ dès demain.'),
      errors: [{ messageId: 'unbalancedMarker', data: { marker: '_' } }],
      output: null,
    },
  ],
});
