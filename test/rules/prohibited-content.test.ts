import { describe, it } from 'vitest';
import rule from '../../rules/prohibited-content.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template } from '../helpers/template.js';

const en = (text: string, category = 'MARKETING') => template({ name: 'weekend_offer', category, components: [body(text)] });
const fr = (text: string, category = 'MARKETING') => modele({ name: 'offre_weekend', category, components: [body(text)] });

const WEAPONS = 'weapons';
const DRUGS = 'drugs';
const TOBACCO = 'tobacco and vaping';
const ALCOHOL = 'alcohol';
const GAMBLING = 'gambling and real-money games';
const ADULT = 'adult content';
const HEALTH = 'miracle health claims';
const CRYPTO = 'crypto scams and guaranteed returns';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    { name: 'a wine bar booking confirmation', code: en('Your table at our wine bar Le Zinc is booked for {{1}} at 8 pm. See you soon.', 'UTILITY') },
    { name: 'a French « bar à vin » booking', code: fr('Votre réservation au bar à vin Le Comptoir est confirmée pour ce soir 20 h.', 'UTILITY') },
    { name: 'a delivery notice mentioning free shipping', code: en('Good news: shipping is free on your order, it leaves our warehouse today.', 'UTILITY') },
    { name: 'a UTILITY order update with a price', code: en('Your order {{1}} is confirmed: 2 items, total €49.90 including delivery.', 'UTILITY') },
    { name: '`shot` in `screenshot`, `weed` in `tweed`', code: en('Take a screenshot of this tweed jacket before it sells out.') },
    { name: 'a pickup point named « Tabac de la Gare »', code: fr('Votre colis est disponible au relais Tabac de la Gare jusqu’au {{1}}.', 'UTILITY') },
    { name: '« Mois sans tabac »', code: fr('Participez au Mois sans tabac avec notre pharmacie.') },
    { name: 'a wine cooler appliance', code: fr('Votre cave à vin connectée sera livrée demain entre 8 h et 12 h.', 'UTILITY') },
    { name: 'tools that are called guns', code: en('Your massage gun has shipped, and the glue gun you ordered follows tomorrow.', 'UTILITY') },
    { name: '« pistolet à colle » and « pistolet d’arrosage »', code: fr('Le pistolet à colle et le pistolet d’arrosage sont en stock.') },
    { name: 'weed killer', code: en('Weed killer and garden tools are now 10% off.') },
    { name: 'an idiom: hit the jackpot', code: en('Hit the jackpot with our summer deals!') },
    { name: 'a supermarket called Casino', code: fr('Votre commande Casino Drive est prête, retrait jusqu’à 20 h.', 'UTILITY') },
    { name: 'a family phone plan', code: fr('Nous vous informons que votre forfait famille est renouvelé.', 'UTILITY') },
    { name: 'tell your friends', code: en('You will love it, tell your friends!') },
    { name: 'cider vinegar', code: en('Your order (cider vinegar, apple juice) has shipped.', 'UTILITY') },
    { name: '« vinaigre de cidre »', code: fr('Votre commande (vinaigre de cidre, jus de pomme) est expédiée.', 'UTILITY') },
    { name: 'a prescription ready at the pharmacy', code: fr('Votre ordonnance est prête à la pharmacie des Halles.', 'UTILITY') },
    { name: 'a town called Pornic', code: fr('Votre séjour à Pornic est confirmé du {{1}} au {{2}}.', 'UTILITY') },
    { name: 'a nude lipstick', code: en('Our nude lipstick is back in stock.') },
    { name: 'a first-aid course on cardiac arrest', code: en('Your first-aid course on cardiac arrest starts Monday.', 'UTILITY') },
    { name: 'an insurance policy (« police »)', code: fr('Votre police d’assurance habitation est renouvelée.', 'UTILITY') },
    { name: 'a savings account without risk', code: fr('Livret A : un placement sans risque, disponible à tout moment.') },
    { name: 'printer cartridges', code: fr('Vos cartouches d’encre sont expédiées.', 'UTILITY') },
    { name: 'a secret weapon', code: en('Our secret weapon against frizz: the new argan serum.') },
    { name: 'a link to a wine shop is not read as words', code: en('Your order has shipped: https://vins-de-bordeaux.example.com/track/{{1}}', 'UTILITY') },
    { name: 'nicotine patches', code: en('Your nicotine patches are ready for pickup.', 'UTILITY') },
    { name: 'a payment reminder without threats', code: fr('Votre facture {{1}} de 45 € est échue depuis le {{2}}. Vous pouvez la régler en ligne ou nous appeler.', 'UTILITY') },
    { name: 'places named like goods', code: fr('Rendez-vous place d’Armes à 10 h ; votre colis sera ensuite livré à Cognac, puis votre séjour en Champagne commence.', 'UTILITY') },
    { name: 'a concert hall called Casino de Paris', code: fr('Votre billet pour le concert au Casino de Paris est confirmé.', 'UTILITY') },
    { name: 'wrong types do not crash the rule', code: template({ components: [{ type: 'BODY', text: 42, example: { body_text: [[7]] } }, { type: 'HEADER', format: 'TEXT', example: 'x' }] }) },
  ],
  invalid: [
    {
      name: 'English: weapons',
      code: en('Gun show this Saturday: 20% off rifles and ammunition.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Gun', category: WEAPONS }, actual: 'Gun', line: 8, column: 16, endColumn: 19 },
        { messageId: 'prohibited', data: { phrase: 'rifles', category: WEAPONS } },
        { messageId: 'prohibited', data: { phrase: 'ammunition', category: WEAPONS } },
      ],
    },
    {
      name: 'French: weapons',
      code: fr('Nouvel arrivage à l’armurerie : carabines et munitions.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'armurerie', category: WEAPONS } },
        { messageId: 'prohibited', data: { phrase: 'carabines', category: WEAPONS } },
        { messageId: 'prohibited', data: { phrase: 'munitions', category: WEAPONS } },
      ],
    },
    {
      name: 'French: alcohol, accent- and case-insensitive',
      code: fr('Nouveau : -20 % sur tous nos VINS et Champagnes ce week-end !'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'VINS', category: ALCOHOL } },
        { messageId: 'prohibited', data: { phrase: 'Champagnes', category: ALCOHOL } },
      ],
    },
    {
      name: 'English: alcohol in a quick reply',
      code: template({ category: 'MARKETING', components: [body('Our new collection is here.'), buttons(quickReply('Order beer'))] }),
      errors: [{ messageId: 'prohibited', data: { phrase: 'beer', category: ALCOHOL }, pointer: '/components/1/buttons/0/text' }],
    },
    {
      name: 'English: drugs',
      code: en('Best prices on weed, delivered discreetly.'),
      errors: [{ messageId: 'prohibited', data: { phrase: 'weed', category: DRUGS } }],
    },
    {
      name: 'French: drugs',
      code: fr('Livraison de fleurs de CBD en 24 h, sans ordonnance.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'CBD', category: DRUGS } },
        { messageId: 'prohibited', data: { phrase: 'sans ordonnance', category: DRUGS } },
      ],
    },
    {
      name: 'English: tobacco and vaping',
      code: en('Buy 2 vape pens, get an e-liquid free.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'vape pens', category: TOBACCO } },
        { messageId: 'prohibited', data: { phrase: 'e-liquid', category: TOBACCO } },
      ],
    },
    {
      name: 'French: tobacco and vaping',
      code: fr('Les cigarettes électroniques et le tabac à rouler sont en promotion.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'cigarettes électroniques', category: TOBACCO } },
        { messageId: 'prohibited', data: { phrase: 'tabac à rouler', category: TOBACCO } },
      ],
    },
    {
      name: 'English: gambling',
      code: en('Place your bets: 50 free spins at our online casino.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Place your bets', category: GAMBLING } },
        { messageId: 'prohibited', data: { phrase: 'free spins', category: GAMBLING } },
        { messageId: 'prohibited', data: { phrase: 'online casino', category: GAMBLING } },
      ],
    },
    {
      name: 'French: gambling in the header',
      code: modele({ category: 'MARKETING', components: [header('Paris sportifs : bonus doublé'), body('Votre bonus vous attend ce week-end.')] }),
      errors: [{ messageId: 'prohibited', data: { phrase: 'Paris sportifs', category: GAMBLING }, pointer: '/components/0/text' }],
    },
    {
      name: 'English: adult content',
      code: en('Unlock exclusive adult content for members tonight.'),
      errors: [{ messageId: 'prohibited', data: { phrase: 'adult content', category: ADULT } }],
    },
    {
      name: 'French: adult content',
      code: fr('Découvrez notre nouvelle gamme de sextoys.'),
      errors: [{ messageId: 'prohibited', data: { phrase: 'sextoys', category: ADULT } }],
    },
    {
      name: 'English: miracle health claims',
      code: en('Lose 10 kg in a month with our miracle pill.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Lose 10 kg', category: HEALTH } },
        { messageId: 'prohibited', data: { phrase: 'miracle pill', category: HEALTH } },
      ],
    },
    {
      name: 'French: miracle health claims',
      code: fr('Perdez 10kg en un mois grâce à notre pilule minceur.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Perdez 10kg', category: HEALTH } },
        { messageId: 'prohibited', data: { phrase: 'pilule minceur', category: HEALTH } },
      ],
    },
    {
      name: 'English: crypto scam',
      code: en('Invest 100 € today in bitcoin: guaranteed returns every week!'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Invest 100 € today in bitcoin', category: CRYPTO } },
        { messageId: 'prohibited', data: { phrase: 'guaranteed returns', category: CRYPTO } },
      ],
    },
    {
      name: 'French: crypto scam',
      code: fr('Rendement garanti : doublez votre capital en 30 jours.'),
      errors: [
        { messageId: 'prohibited', data: { phrase: 'Rendement garanti', category: CRYPTO } },
        { messageId: 'prohibited', data: { phrase: 'doublez votre capital', category: CRYPTO } },
      ],
    },
    {
      name: 'a sample that names the goods',
      code: template({ components: [body('Your order of {{1}} has shipped and arrives tomorrow.', ['Glenfiddich whisky 70cl'])] }),
      errors: [{ messageId: 'prohibited', data: { phrase: 'whisky', category: ALCOHOL }, pointer: '/components/0/example/body_text/0/0' }],
    },
    {
      name: 'English: legal threat and public shaming',
      code: en('Pay by Friday or we will take legal action and publish your name.', 'UTILITY'),
      errors: [
        { messageId: 'threatening', data: { phrase: 'legal action' }, actual: 'legal action', line: 8, column: 46, endColumn: 58 },
        { messageId: 'threatening', data: { phrase: 'publish your name' } },
      ],
    },
    {
      name: 'French: huissier and employer',
      code: fr('Sans règlement sous 8 jours, un huissier sera mandaté et nous contacterons votre employeur.', 'UTILITY'),
      errors: [
        { messageId: 'threatening', data: { phrase: 'huissier' } },
        { messageId: 'threatening', data: { phrase: 'nous contacterons votre employeur' } },
      ],
    },
    {
      name: 'French: poursuites in the footer',
      code: modele({ components: [body('Votre facture {{1}} reste impayée.', ['F-2291']), footer('Sans paiement, des poursuites seront engagées')] }),
      errors: [{ messageId: 'threatening', data: { phrase: 'poursuites' }, pointer: '/components/1/text' }],
    },
    {
      name: 'English: family told',
      code: en('If you do not pay, we will contact your family and your employer.', 'UTILITY'),
      errors: [{ messageId: 'threatening', data: { phrase: 'we will contact your family' } }],
    },
  ],
});
