import { describe, expect, it } from 'vitest';
import rule from '../../rules/grammar.js';
import { rules } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { Linter } from '../../src/linter.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const fr = (text: string, samples?: string[]) => modele({ components: [body(text, samples)] });
const en = (text: string, samples?: string[]) => template({ components: [body(text, samples)] });
const out = (code: object) => JSON.stringify(code, null, 2) + '\n';

/** `actual` as a whole word (`se` in `tout se que`, not in `Choisissez`). */
const wordAt = (actual: string) => new RegExp(`(?<![\\p{L}'’])${actual.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

/** An invalid case whose only error carries one suggestion per replacement, each replacing `actual` in the text. */
function suggested(
  name: string,
  build: (text: string) => Record<string, unknown>,
  text: string,
  messageId: string,
  actual: string,
  replacements: string[],
) {
  return {
    name,
    code: build(text),
    errors: [
      {
        messageId,
        data: { actual, expected: replacements.join('` or `') },
        actual,
        suggestions: replacements.map((replacement) => ({ messageId: 'replace', data: { replacement }, output: out(build(text.replace(wordAt(actual), replacement))) })),
      },
    ],
    output: null,
  };
}

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    { name: 'plural determiners before plural or invariable words', code: fr('Merci pour vos colis, vos prix et vos choix. Des après-midi libres nous attendent.') },
    { name: 'les and leur are pronouns too', code: fr('Vos articles sont prêts : on les commande demain et leur livraison suit.') },
    { name: 'adverbs and numerals between the determiner and the noun', code: fr('Nos tout premiers clients, des fort belles offres, vos vingt ans et des super promotions.') },
    fr('Bonjour {{1}}, votre commande est prête. Nous vous attendons en boutique.', ['Léa']),
    en('Hi {{1}}, your order has shipped and should arrive on Tuesday.', ['Ana']),
    // elision near misses
    { name: 'h aspiré and numerals', code: fr('Le héros du jour, le onze de départ, le hasard et la hauteur du colis : le huit mars, la une du journal.') },
    { name: 'elided already, y and capitals', code: fr('L’homme, l’hôtel et d’avril : que Yves le yaourt le yoga, que Anne vienne, le iOS.') },
    { name: 'ce before a non-être verb', code: fr('Ce abonnement et ce hôtel sont à vous.') },
    { name: 'imperative pronoun is hyphenated', code: fr('Prenez-le avec vous, gardez-la encore un peu.') },
    { name: 'elision never across a placeholder', code: fr('Le {{1}} de {{2}} est prêt.', ['article', 'avril']) },
    { name: 'elision never across punctuation', code: fr('Voici ce que je vous propose : le, euh, abonnement.') },
    // a / à
    { name: 'a as a verb', code: fr('Il a à faire. Elle a bientôt fini. Votre colis a été livré, il a reçu un avis.') },
    { name: 'à after a disjunctive pronoun', code: fr('Rendez-vous avec elle à midi, c’est elle à qui je pense.') },
    { name: 'à partir, à bientôt already right', code: fr('À partir du 3 juin, à bientôt !') },
    // ou / où
    { name: 'ou as or', code: fr('Par e-mail ou bien par téléphone, ici ou là. Où que vous soyez, un jour ou l’autre.') },
    // ça / sa, et / est, ce / se
    { name: 'ça and sa right', code: fr('Ça va ? Suivez sa commande, sa livraison et sa marche à suivre.') },
    { name: 'et and est right', code: fr('Est-ce que c’est prêt ? Elle et Paul sont prêts, et elle est prête.') },
    { name: 'pour elle c’est', code: fr('Pour elle c’est important, ce que vous voulez et ce qui compte.') },
    { name: 'quel que soit', code: fr('Quel que soit votre choix, quelle que soit la date, quelque peu surpris.') },
    // English near misses
    { name: 'a / an exceptions', code: en('Enjoy a user guide, a one-time code, a unique offer, a European trip, an hour, an honest price, an SMS, a URL, a UK address and an FAQ.') },
    { name: 'either article', code: en('An historic day, a historic day, an herb garden and a herb garden.') },
    { name: 'u words not listed are not judged', code: en('Get a uninstaller or an uninstaller, a umami or an umami sauce.') },
    { name: 'its / it’s right', code: en("It's ready. The shop changed its colour, its own hours and it's not late.") },
    { name: 'your / you’re right', code: en("Your order is ready and you're invited. Thanks for your welcome. Your welcome pack ships today. You're number one.") },
    // capitals
    { name: 'after abbreviations and initials', code: fr('Bonjour M. Dupont, vos achats (chaussures, sacs, etc.) sont prêts. Voir p. suivante, env. trois jours.') },
    { name: 'after English abbreviations', code: en('Bring an ID, e.g. a passport. Dr. Lee, i.e. your dentist, approx. ten minutes.') },
    { name: 'after a URL, an amount or an ellipsis', code: en('Visit https://example.com/a. then pay $12.50. thanks... see you soon.') },
    { name: 'lowercase brands', code: en('Get the new phone. iPhone owners first. eBay sellers too.') },
    { name: 'a placeholder opens the sentence', code: fr('Merci. {{1}} vous attend.', ['Léa']) },
    // structure
    { name: 'languages other than French and English are skipped', code: template({ language: 'de', components: [body('Ihre bestellung. sie ist da.')] }) },
    { name: 'wrong types do not crash', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'FOOTER' }] }) },
    { name: 'components is not an array', code: modele({ components: 'x' as never }) },
  ],
  invalid: [
    suggested('a plural determiner before a singular noun', fr, 'Voici des commande prêtes à retirer.', 'numberAgreement', 'des commande', ['des commandes']),
    suggested('a plural possessive before a singular noun', fr, 'Découvrez nos nouveauté du mois.', 'numberAgreement', 'nos nouveauté', ['nos nouveautés']),
    suggested('`aux` before a singular noun', fr, 'Un cadeau est offert aux client fidèles.', 'numberAgreement', 'aux client', ['aux clients']),
    suggested('a full stop right after a placeholder ends the sentence', (t) => fr(t, ['Dupont']), 'Votre voiture est prête au garage {{1}}. comptez une heure.', 'sentenceCapital', 'comptez', ['Comptez']),
    suggested('a full stop right after an amount ends the sentence', fr, 'Total : 49,90 €. merci et à bientôt.', 'sentenceCapital', 'merci', ['Merci']),
    suggested('`A ce soir` opening a sentence', fr, 'Merci pour votre réservation. A ce soir !', 'aAccent', 'A ce', ['À ce']),
    suggested('`au moment ou cela`', fr, 'Nous passerons au moment ou cela vous arrange.', 'ouAccent', 'moment ou', ['moment où']),
    // elision: safe fixes
    {
      name: 'le homme',
      code: fr('Bienvenue à le homme du jour.'),
      errors: [{ messageId: 'elision', data: { actual: 'le homme', expected: 'l’homme' }, actual: 'le homme', line: 8, column: 28, endColumn: 36 }],
      output: out(fr('Bienvenue à l’homme du jour.')),
    },
    {
      name: 'que il, de avril with straight apostrophes',
      code: fr("Merci d'attendre que il arrive, le 3 de avril."),
      errors: [
        { messageId: 'elision', data: { actual: 'que il', expected: "qu'il" } },
        { messageId: 'elision', data: { actual: 'de avril', expected: "d'avril" } },
      ],
      output: out(fr("Merci d'attendre qu'il arrive, le 3 d'avril.")),
    },
    {
      name: 'capital kept and ce est',
      code: fr('Le abonnement est actif. Ce est parfait, je ai tout reçu jusque ici.'),
      errors: [
        { messageId: 'elision', data: { actual: 'Le abonnement', expected: 'L’abonnement' } },
        { messageId: 'elision', data: { actual: 'Ce est', expected: 'C’est' } },
        { messageId: 'elision', data: { actual: 'je ai', expected: 'j’ai' } },
        { messageId: 'elision', data: { actual: 'jusque ici', expected: 'jusqu’ici' } },
      ],
      output: out(fr('L’abonnement est actif. C’est parfait, j’ai tout reçu jusqu’ici.')),
    },
    {
      name: 'elision across a line break, in a header',
      code: modele({ components: [header('Votre rendez-vous de\nhier'), body('Merci pour votre visite.')] }),
      errors: [{ messageId: 'elision', data: { actual: 'de\nhier', expected: 'd’hier' }, pointer: '/components/0/text' }],
      output: out(modele({ components: [header('Votre rendez-vous d’hier'), body('Merci pour votre visite.')] })),
    },
    // a / à
    suggested('jusqu’a', fr, 'Offre valable jusqu’a dimanche.', 'aAccent', 'jusqu’a', ['jusqu’à']),
    suggested('a partir de', fr, 'Disponible a partir de lundi.', 'aAccent', 'a partir', ['à partir']),
    suggested('A bientôt opening a sentence', fr, 'Merci pour votre achat. A très bientôt en boutique.', 'aAccent', 'A très', ['À très']),
    suggested('a bientôt after a comma', fr, 'Merci pour votre visite, a bientôt !', 'aAccent', 'a bientôt', ['à bientôt']),
    suggested('quant a', fr, 'Quant a votre colis, il arrive demain.', 'aAccent', 'Quant a', ['Quant à']),
    suggested('il y à', fr, 'Il y à une place pour vous.', 'aAccent', 'Il y à', ['Il y a']),
    suggested('il à reçu', fr, 'Votre conseiller confirme : il à reçu votre dossier.', 'aAccent', 'il à', ['il a']),
    // ou / où
    suggested('d’ou', fr, 'Voici d’ou vient votre colis.', 'ouAccent', 'd’ou', ['d’où']),
    suggested('là ou vous', fr, 'Retirez-le là ou vous voulez.', 'ouAccent', 'là ou', ['là où']),
    suggested('au moment ou', fr, 'Nous vous écrirons au moment ou il partira.', 'ouAccent', 'moment ou', ['moment où']),
    // ça / sa, et / est, ce / se, quelque soit
    suggested('sa va', fr, 'Bonjour, sa va ? Votre colis arrive.', 'caSa', 'sa', ['ça']),
    suggested('sa y est', fr, 'Sa y est, votre commande est prête.', 'caSa', 'Sa', ['Ça']),
    suggested('c’et', fr, 'Merci, c’et noté.', 'etEst', 'c’et', ['c’est']),
    suggested('Et-ce que', fr, 'Et-ce que le créneau vous convient ?', 'etEst', 'Et-ce', ['Est-ce']),
    suggested('elle et prête', fr, 'Votre commande ? Elle et prête.', 'etEst', 'et', ['est']),
    suggested('se que', fr, 'Choisissez tout se que vous aimez.', 'ceSe', 'se', ['ce']),
    suggested('il c’est', fr, 'Votre colis ? Il c’est égaré, désolé.', 'ceSe', 'c’est', ['s’est']),
    suggested('quelque soit', fr, 'Quelque soit votre choix, nous livrons.', 'quelqueSoit', 'Quelque soit', ['Quel que soit', 'Quelle que soit']),
    suggested('quelques soient', fr, 'Nous livrons, quelques soient vos horaires.', 'quelqueSoit', 'quelques soient', ['quels que soient', 'quelles que soient']),
    // English
    {
      name: 'a before a vowel, an before a consonant',
      code: en('You have a order and an parcel.'),
      errors: [
        { messageId: 'aAn', data: { actual: 'a', expected: 'an' }, actual: 'a', line: 8, column: 25, endColumn: 26, suggestions: [{ messageId: 'replace', data: { replacement: 'an' }, output: out(en('You have an order and an parcel.')) }] },
        { messageId: 'aAn', data: { actual: 'an', expected: 'a' }, suggestions: [{ messageId: 'replace', data: { replacement: 'a' }, output: out(en('You have a order and a parcel.')) }] },
      ],
      output: null,
    },
    suggested('a hour', en, 'Wait a hour, then ask.', 'aAn', 'a', ['an']),
    suggested('an user', en, 'Create an user account.', 'aAn', 'an', ['a']),
    suggested('A update', en, 'A update is ready.', 'aAn', 'A', ['An']),
    suggested('it’s own', en, 'The app has it’s own inbox.', 'itsIts', 'it’s', ['its']),
    suggested('its a', en, "Thanks! Its a pleasure, we're glad.", 'itsIts', 'Its', ["It's"]),
    suggested('your welcome', en, 'Thanks for asking. Your welcome!', 'yourYoure', 'Your', ['You’re']),
    suggested('your not', en, 'Sorry your not on the list.', 'yourYoure', 'your', ['you’re']),
    suggested('you’re order', en, 'Hi, you’re order has shipped.', 'yourYoure', 'you’re', ['your']),
    // capitals
    suggested('lowercase after a full stop (French)', fr, 'Votre colis est parti. il arrive demain.', 'sentenceCapital', 'il', ['Il']),
    suggested('lowercase after a question mark (French)', fr, 'Une question ? contactez-nous.', 'sentenceCapital', 'contactez-nous', ['Contactez-nous']),
    suggested('lowercase after a full stop (English)', en, 'Your parcel has shipped. it arrives tomorrow.', 'sentenceCapital', 'it', ['It']),
    {
      name: 'lowercase after a line break and in a footer',
      code: template({ components: [body('Thanks!\nsee you soon.'), footer('Reply STOP. we listen.')] }),
      errors: [
        { messageId: 'sentenceCapital', data: { actual: 'see', expected: 'See' }, pointer: '/components/0/text', suggestions: [{ messageId: 'replace', data: { replacement: 'See' }, output: out(template({ components: [body('Thanks!\nSee you soon.'), footer('Reply STOP. we listen.')] })) }] },
        { messageId: 'sentenceCapital', data: { actual: 'we', expected: 'We' }, pointer: '/components/1/text', suggestions: [{ messageId: 'replace', data: { replacement: 'We' }, output: out(template({ components: [body('Thanks!\nsee you soon.'), footer('Reply STOP. We listen.')] })) }] },
      ],
      output: null,
    },
    {
      name: 'defaultLanguage from settings',
      code: template({ language: undefined, components: [body('Merci de avoir commandé.')] }),
      settings: { defaultLanguage: 'fr' },
      errors: [{ messageId: 'elision', data: { actual: 'de avoir', expected: 'd’avoir' } }],
      output: out(template({ language: undefined, components: [body('Merci d’avoir commandé.')] })),
    },
  ],
});

describe('grammar on the clean corpus and the examples', () => {
  const ROOT = new URL('../../', import.meta.url).pathname;
  it('finds nothing', async () => {
    const allOff = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]));
    const linter = await Linter.create({ cwd: ROOT, config: [{ rules: { ...allOff, grammar: 'warn' } }], plugins: [rule] });
    const results = await linter.lintFiles(['test/fixtures/clean-corpus', 'examples/templates']);
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
    const findings = results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(findings).toEqual([]);
  });

  it('does fire when switched on through the plugin (the run above is not vacuous)', async () => {
    const allOff = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]));
    const linter = await Linter.create({ cwd: ROOT, config: [{ rules: { ...allOff, grammar: 'warn' } }], plugins: [rule] });
    const result = linter.lintText(JSON.stringify(fr('Merci de avoir commandé.')));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['grammar']);
  });
});
