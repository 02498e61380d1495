// Writes bench/grammar-corpus/fr.txt, the French corpus of bench/grammar-vs-grammalecte.mjs. Deterministic (fixed
// seed, no clock): `node bench/grammar-corpus/generate.mjs` rewrites the same file byte for byte.
//
// The BASE texts below were written for wabalint: WhatsApp Business template bodies (orders, deliveries,
// appointments, banking, insurance, utilities, telecom, travel, promotions with opt-out wording…) with {{n}}
// placeholders, links, amounts, dates and times. They are typed with plain spaces and straight apostrophes and then
// set in correct French typography (’, no-break space before « : », narrow no-break space before « ; ! ? », no-break
// spaces inside « »), so that the clean version of each is clean for both tools.
//
// Each base text gives up to three corpus texts:
//   clean    the text as written;
//   seeded   one or two errors of the classes wabalint's French rules cover (SEEDS), at a place chosen by the PRNG;
//   natural  (two base texts in three) one or two slips people make (NATURAL): agreement, infinitive/participle,
//            a/à and ou/où outside our fixed patterns, « tout les », plain spaces, straight apostrophes, spelling…
//            Many of these are deliberately outside what our rules check: they show what Grammalecte has that we lack.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BASE = [
  // orders and deliveries
  "Bonjour {{1}}, votre commande {{2}} a bien été enregistrée. Nous vous préviendrons dès qu'elle sera expédiée. Merci pour votre confiance !",
  "Bonne nouvelle {{1}} : votre colis {{2}} est en route. Vous pouvez suivre la livraison jusqu'à votre porte sur https://suivi.exemple.fr/{{2}}.",
  "Votre commande {{1}} est prête. Vous pouvez la retirer à partir de demain 10h en magasin, muni d'une pièce d'identité.",
  "Bonjour {{1}}, votre colis n'a pas pu être livré aujourd'hui. Choisissez un nouveau créneau ici : https://exemple.fr/livraison",
  "Votre livraison est prévue le {{1}} entre 8h et 13h. Si vous êtes absent, le livreur déposera le colis au point relais d'où vous pourrez le retirer.",
  "Bonjour {{1}}, nous avons bien reçu votre retour. Le remboursement de {{2}} sera effectué sous 5 jours ouvrés sur le moyen de paiement utilisé.",
  "Votre commande {{1}} a été expédiée ce matin. C'est notre transporteur partenaire qui s'en charge ; il vous contactera avant de passer.",
  "Merci {{1}} ! Votre paiement de {{2}} a bien été accepté. Vous recevrez la facture par e-mail d'ici une heure.",
  "Bonjour {{1}}, un article de votre commande est en rupture de stock. Voulez-vous attendre son retour ou être remboursé ?",
  "Votre colis {{1}} vous attend au point relais jusqu'à samedi. Passé ce délai, il sera renvoyé à l'expéditeur.",
  "Bonjour {{1}}, le livreur est en chemin : il arrivera vers {{2}}. Merci de rester joignable au moment où il vous appellera.",
  "Votre commande est arrivée en magasin. Présentez ce message à l'accueil, c'est tout ce qu'il vous faut.",
  "Bonjour {{1}}, ce que vous avez commandé le {{2}} sera livré en deux fois. Le second colis partira la semaine prochaine.",
  "Votre retour a été validé. Quel que soit le mode de paiement choisi, le remboursement apparaîtra sous 10 jours.",
  "Bonjour {{1}}, il manque une information pour expédier votre commande : l'étage de votre appartement. Répondez à ce message pour la compléter.",
  "Votre commande {{1}} a été livrée. Un souci ? Écrivez-nous, nous vous répondrons dans l'heure.",
  "Bonjour {{1}}, votre colis est bloqué en douane. Ce dont nous avons besoin : une copie de la facture d'achat.",
  "Votre livraison a pris du retard en raison des intempéries. Nous nous excusons pour la gêne occasionnée et ferons au mieux.",
  "Bonjour {{1}}, ça y est : votre commande {{2}} est disponible au retrait. Pensez à apporter votre bon de commande.",
  "Votre panier vous attend toujours. Les articles sont réservés jusqu'à ce soir minuit, après quoi ils seront remis en vente.",
  // appointments and health
  "Bonjour {{1}}, votre rendez-vous avec le docteur {{2}} est confirmé le {{3}} à {{4}}. Merci d'arriver 10 minutes en avance.",
  "Rappel : vous avez rendez-vous demain à 14h30 au cabinet. En cas d'empêchement, prévenez-nous au moins 24h à l'avance.",
  "Bonjour {{1}}, votre rendez-vous d'avril est décalé au {{2}}. Si cet horaire ne vous convient pas, répondez à ce message.",
  "Votre séance de kinésithérapie est prévue le {{1}}. Apportez votre ordonnance et votre carte Vitale, c'est indispensable.",
  "Bonjour {{1}}, le laboratoire a reçu vos résultats. Vous pouvez les consulter sur votre espace patient à partir de ce soir.",
  "Votre vaccination est programmée le {{1}} à {{2}}. Ce qui compte, c'est d'apporter votre carnet de santé.",
  "Bonjour {{1}}, le cabinet sera fermé du {{2}} au {{3}}. Pour toute urgence, appelez le 15 ; nous reprendrons les rendez-vous dès notre retour.",
  "Votre rendez-vous chez le coiffeur est confirmé pour samedi à 11h. À bientôt !",
  "Bonjour {{1}}, il reste une place libre demain matin. Voulez-vous avancer votre rendez-vous ? Répondez OUI ou NON.",
  "Votre consultation vidéo commence dans 15 minutes. Connectez-vous ici : https://teleconsult.exemple.fr/{{1}}",
  "Bonjour {{1}}, nous n'avons pas pu confirmer votre rendez-vous du {{2}}. Rappelez-nous au moment où cela vous arrange.",
  "Votre contrôle technique est prévu le {{1}} au garage {{2}}. Comptez environ une heure ; un café vous attend sur place.",
  "Bonjour {{1}}, votre ordonnance est prête à la pharmacie. Elle vous sera gardée jusqu'à vendredi.",
  "Rappel de votre rendez-vous : {{1}} à {{2}}, 12 rue des Lilas. Quel que soit votre moyen de transport, prévoyez un peu de marge.",
  "Bonjour {{1}}, votre dossier d'inscription est complet. L'équipe vous attend lundi à 9h pour la visite d'accueil.",
  // banking and insurance
  "Bonjour {{1}}, un paiement de {{2}} a été effectué avec votre carte. Si vous n'êtes pas à l'origine de cette opération, appelez-nous.",
  "Votre virement de {{1}} a bien été reçu sur votre compte. Il sera disponible d'ici ce soir.",
  "Bonjour {{1}}, votre prêt a été accepté. Les fonds seront versés à compter du {{2}} sur votre compte courant.",
  "Votre nouvelle carte bancaire a été envoyée. Vous la recevrez sous 5 jours ; activez-la dès réception dans votre application.",
  "Bonjour {{1}}, votre découvert autorisé a été dépassé de {{2}}. Pour régulariser, effectuez un virement depuis votre espace client.",
  "Votre relevé de compte de mars est disponible. C'est le moment de vérifier vos dépenses du mois.",
  "Bonjour {{1}}, votre conseiller {{2}} souhaite faire le point avec vous. Choisissez le créneau qui vous arrange : https://rdv.banque-exemple.fr",
  "Votre contrat d'assurance habitation sera renouvelé le {{1}}. Ce qui change : une garantie vol plus étendue, sans hausse de tarif.",
  "Bonjour {{1}}, votre déclaration de sinistre a bien été enregistrée. Un expert vous contactera sous 48h pour fixer la visite.",
  "Votre indemnisation de {{1}} a été validée. Le virement partira demain, quel que soit votre établissement bancaire.",
  "Bonjour {{1}}, il nous manque un justificatif de domicile pour ouvrir votre compte. Envoyez-le depuis l'application, c'est rapide.",
  "Votre plafond de paiement a été relevé à {{1}} comme demandé. Il s'applique à partir de maintenant.",
  "Bonjour {{1}}, une échéance de {{2}} sera prélevée le {{3}}. Vérifiez que votre compte est approvisionné.",
  "Votre épargne a rapporté {{1}} d'intérêts cette année. Retrouvez le détail dans votre espace, rubrique « Mes placements ».",
  "Bonjour {{1}}, pour votre sécurité, nous ne vous demanderons jamais vos codes par message. En cas de doute, appelez votre agence.",
  // utilities, energy, telecom
  "Bonjour {{1}}, votre facture d'électricité de {{2}} est disponible. Elle sera prélevée le {{3}}.",
  "Une coupure d'eau est prévue le {{1}} de 9h à 12h dans votre rue. Nous vous prions de nous excuser pour la gêne.",
  "Bonjour {{1}}, votre relevé de compteur est attendu avant le {{2}}. Transmettez-le en ligne : https://exemple-energie.fr/releve",
  "Votre technicien passera le {{1}} entre 13h et 17h. Il faut qu'il puisse accéder au compteur ; merci de prévoir une personne sur place.",
  "Bonjour {{1}}, votre forfait mobile a été renouvelé. Ce mois-ci, vous avez consommé {{2}} de données sur {{3}}.",
  "Votre consommation a augmenté de 20 % ce trimestre. Ça peut venir du chauffage : découvrez nos conseils sur notre site.",
  "Bonjour {{1}}, votre box sera installée le {{2}}. Le technicien vous appellera une heure avant d'arriver.",
  "Votre ligne fixe est rétablie. Si le problème persiste, redémarrez votre box ; c'est souvent suffisant.",
  "Bonjour {{1}}, nous avons détecté une fuite possible sur votre installation. Vérifiez votre compteur là où il est installé, robinets fermés.",
  "Votre échéancier a été mis à jour : {{1}} par mois à compter de février. Vous pouvez le modifier dans votre espace.",
  "Bonjour {{1}}, votre carte SIM est activée. Redémarrez votre téléphone pour profiter de votre nouveau forfait.",
  "Votre facture de gaz est en retard de paiement. Pour éviter des frais, réglez {{1}} avant le {{2}}.",
  "Bonjour {{1}}, la collecte des encombrants aura lieu le {{2}}. Déposez vos objets la veille au soir, là où le camion peut passer.",
  "Votre demande de raccordement a été acceptée. Un conseiller vous appellera pour fixer la date des travaux.",
  "Bonjour {{1}}, votre option internationale est active jusqu'au {{2}}. Bon voyage !",
  // travel and transport
  "Bonjour {{1}}, votre vol {{2}} partira à l'heure. L'embarquement commence à {{3}} porte {{4}}.",
  "Votre train {{1}} a un retard estimé de 25 minutes. Nous vous tiendrons informé de son évolution.",
  "Bonjour {{1}}, votre chambre sera prête à partir de 15h. Le petit-déjeuner est servi jusqu'à 10h30.",
  "Votre location de voiture commence demain à 9h. Présentez votre permis au comptoir ; l'agence se trouve au niveau -1.",
  "Bonjour {{1}}, votre carte d'embarquement est disponible. Téléchargez-la ici : https://exemple-air.fr/cb/{{2}}",
  "Votre réservation au restaurant est confirmée pour {{1}} personnes, ce soir à 20h. À ce soir !",
  "Bonjour {{1}}, votre bagage a été retrouvé. Il vous sera livré à l'adresse d'où vous nous avez écrit, sous 48h.",
  "Votre VTC arrive dans 3 minutes. C'est une berline grise immatriculée {{1}}.",
  "Bonjour {{1}}, votre séjour approche ! N'oubliez pas : l'enregistrement se fait en ligne jusqu'à la veille du départ.",
  "Votre abonnement de transport expire le {{1}}. Renouvelez-le en ligne pour continuer à voyager sans interruption.",
  // services, education, administration
  "Bonjour {{1}}, votre dossier {{2}} a été transmis au service instructeur. Nous reviendrons vers vous sous 15 jours.",
  "Votre inscription à l'atelier du {{1}} est confirmée. Le lieu exact vous sera communiqué la veille.",
  "Bonjour {{1}}, votre enfant {{2}} a été absent ce matin. Merci de nous indiquer le motif de son absence.",
  "Les inscriptions pour la rentrée ouvrent le {{1}}. Ce dont vous aurez besoin : un justificatif de domicile et le livret de famille.",
  "Bonjour {{1}}, votre demande d'intervention a bien été prise en compte. Un technicien vous contactera au moment où il sera disponible.",
  "Votre devis de {{1}} est prêt. Il est valable 30 jours ; répondez OUI pour le valider.",
  "Bonjour {{1}}, votre véhicule est prêt. Vous pouvez venir le récupérer jusqu'à 18h, c'est le garage qui ferme à 19h.",
  "Votre colis de linge propre est prêt au pressing. Passez quand ça vous arrange, du lundi au samedi.",
  "Bonjour {{1}}, votre mot de passe a été modifié. Si ce n'est pas vous, sécurisez votre compte ici : https://exemple.fr/securite",
  "Votre candidature a retenu notre attention. Nous aimerions vous rencontrer le {{1}} ; êtes-vous disponible ?",
  "Bonjour {{1}}, le cours de yoga de jeudi est annulé. Il est remplacé par une séance samedi à 10h, même salle.",
  "Votre avis compte pour nous ! Répondez à ce court questionnaire : https://avis.exemple.fr/{{1}}",
  "Bonjour {{1}}, votre adhésion au club a été renouvelée. Votre nouvelle carte est disponible à l'accueil.",
  "Votre demande de congés du {{1}} au {{2}} a été acceptée par votre responsable. Bonnes vacances !",
  "Bonjour {{1}}, la réunion de copropriété aura lieu le {{2}} à 18h30. L'ordre du jour est en ligne ; c'est important d'y assister.",
  // promotions and marketing (with opt-out wording)
  "Bonjour {{1}}, les soldes commencent demain ! Profitez de -30 % sur toute la boutique. Répondez STOP pour ne plus recevoir nos offres.",
  "{{1}}, votre code {{2}} vous offre 10 € dès 50 € d'achat, valable jusqu'à dimanche. Pour vous désabonner, répondez STOP.",
  "Nouvelle collection en boutique ! Quelle que soit votre taille, venez essayer nos modèles d'été. Désinscription : répondez STOP.",
  "Bonjour {{1}}, c'est votre anniversaire ! Un cadeau vous attend en magasin ce mois-ci. Répondez STOP pour ne plus recevoir nos messages.",
  "Ventes privées : accès réservé aux membres à partir de jeudi 8h. Ça vous intéresse ? Activez votre accès sur https://exemple.fr/vp",
  "Bonjour {{1}}, vos points fidélité expirent le {{2}}. Utilisez-les avant cette date pour obtenir une remise. STOP pour vous désabonner.",
  "Le week-end gourmand revient : menu à 29,90 € pour deux ! Réservez votre table au {{1}}. Répondez STOP pour vous désinscrire.",
  "Bonjour {{1}}, ce qui vous plaisait est de nouveau en stock ! Commandez vite, les quantités sont limitées. STOP pour ne plus recevoir.",
  "Offre spéciale abonnés : trois mois offerts sur votre forfait. C'est le moment d'en profiter… Répondez STOP pour vous désabonner.",
  "Bonjour {{1}}, découvrez nos nouveautés de printemps. Livraison offerte à compter de 39 € d'achat. Désabonnement : STOP.",
  "Notre boulangerie fête ses 10 ans ! Une viennoiserie offerte pour tout achat ce samedi. Répondez STOP pour ne plus être contacté.",
  "Bonjour {{1}}, votre garage vous offre le contrôle des pneus avant les vacances. Prenez rendez-vous : https://garage-exemple.fr",
  "Dernier jour pour profiter de -20 % sur les chaussures ! Quel que soit le modèle, la remise s'applique en caisse. STOP pour se désabonner.",
  "Bonjour {{1}}, merci d'avoir participé à notre jeu concours. Le tirage a lieu le {{2}} ; bonne chance ! Répondez STOP pour vous désinscrire.",
  "Votre magasin ouvre exceptionnellement ce dimanche de 10h à 18h. Venez nous voir… STOP pour ne plus recevoir nos messages.",
  "Bonjour {{1}}, votre abonnement premium arrive à échéance. Renouvelez-le aujourd'hui et gagnez un mois offert. STOP pour vous désabonner.",
  "Parrainez un proche et recevez 20 € chacun ! C'est simple : partagez votre code {{1}}. Répondez STOP pour ne plus recevoir d'offres.",
  "Bonjour {{1}}, la carte d'automne de notre restaurant est arrivée. Ce qu'on vous conseille : le risotto aux cèpes. Désinscription : STOP.",
  "Les ateliers de cuisine reprennent en septembre ! Inscrivez-vous dès maintenant, les places partent vite. Répondez STOP pour vous désabonner.",
  "Bonjour {{1}}, une question sur votre commande ? Notre équipe vous répond du lundi au vendredi de 9h à 18h, c'est gratuit.",
];

// ---------------------------------------------------------------------------------------------------------------
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Correct French typography: ’, no-break space before « : », narrow before « ; ! ? », no-break inside « ». */
function typeset(s) {
  return s
    .replace(/'/g, '’')
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** mulberry32 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20_260_417);
const pick = (list) => list[Math.floor(rand() * list.length)];

/**
 * A transform: [label, regex (global), replacement function or string]. One match, chosen by the PRNG, is replaced.
 * Returns null when the regex does not match.
 */
function applyOne(text, [label, re, rep]) {
  const matches = [...text.matchAll(re)];
  if (!matches.length) return null;
  const m = pick(matches);
  const replacement = typeof rep === 'function' ? rep(...m) : m[0].replace(new RegExp(re.source, re.flags.replace('g', '')), rep);
  if (replacement === m[0]) return null;
  return { label, text: text.slice(0, m.index) + replacement + text.slice(m.index + m[0].length) };
}

const W = 'A-Za-zÀ-ÖØ-öø-ÿœŒ';
// Errors of the classes our French rules cover. Labels are the class names the benchmark prints.
const SEEDS = [
  ['elision', /\bd’(avril|août|octobre|un délai|accueil|achat|achats|expédition|ici|inscription|intérêts|interruption|identité|offres|empêchement|arriver|en profiter|obtenir|avance)\b/g, (_, w) => `de ${w}`],
  ['elision', /\bl’([aeioué][a-zé]+)/g, (_, w) => `la ${w}`],
  ['elision', /\bqu’(il|elle|on)\b/g, (_, w) => `que ${w}`],
  ['elision', /\bn’(êtes|hésitez|avons|oubliez|a)\b/g, (_, w) => `ne ${w}`],
  ['elision', /\bs’(applique|en)\b/g, (_, w) => `se ${w}`],
  ['a/à', /\bjusqu’à\b/g, 'jusqu’a'],
  ['a/à', /\bà (partir|compter) d/g, (m) => m.replace('à', 'a')],
  ['a/à', /À (bientôt|ce soir)/g, (m) => m.replace('À', 'A')],
  ['où', /\bd’où\b/g, 'd’ou'],
  ['où', /\b(là|au moment) où\b/g, (m) => m.replace('où', 'ou')],
  ['ça/sa', /\b[Çç]a (y|vous|peut|arrange)\b/g, (m) => m.replace(/[Çç]a/, (c) => (c === 'Ç' ? 'Sa' : 'sa'))],
  ['et/est', /\b([Cc])’est\b/g, (_, c) => `${c}’et`],
  ['et/est', /\b(Il|il|Elle|elle) est (prêt|prête|disponible|confirmé|remplacé|valable)\b/g, (_, p, w) => `${p} et ${w}`],
  ['ce/se', /\b([Cc])e (que|qui|dont)\b/g, (_, c, w) => `${c === 'C' ? 'S' : 's'}e ${w}`],
  ['quelque soit', /\b([Qq])uel(le)? que soit\b/g, (_, q) => `${q}uelque soit`],
  ['capital', new RegExp(`([.!?…][ ${NNBSP}]*) ([A-ZÀÉÈ])([a-zé])`, 'g'), (_, p, c, n) => `${p} ${c.toLowerCase()}${n}`],
  ['repeated word', /\b(votre|les|pour|de|le|la|des|est|sur|un|une) /g, (_, w) => `${w} ${w} `],
  ['nbsp', new RegExp(`[${NBSP}${NNBSP}]([:;!?])`, 'g'), '$1'],
  ['nbsp', new RegExp(`${NNBSP}([!?;])`, 'g'), ' $1'],
  ['nbsp', new RegExp(`${NBSP}:`, 'g'), ' :'],
  ['nbsp', new RegExp(`«${NBSP}`, 'g'), '«'],
  ['ellipsis', /…/g, '...'],
  ['apostrophe', /’/g, '\''],
  ['double space', new RegExp(`([${W}]) ([${W}])`, 'g'), (_, a, b) => `${a}  ${b}`],
  ['space before', new RegExp(`([${W}]), `, 'g'), (_, a) => `${a} , `],
];

// Slips people make, mostly outside what our rules check.
const NATURAL = [
  ['agreement', /\b(a été|est|sont|ont été) (enregistrée|expédiée|livrée|acceptée|validée|renouvelée|prête|arrivée|confirmée|effectuée|envoyée)\b/g, (_, v, p) => `${v} ${p.replace(/e$/, '')}`],
  ['agreement', /\b(votre|notre) (commande|carte|facture|livraison|réservation|demande|inscription) (\w+)/g, (_, d, n, x) => `${d} ${n}s ${x}`],
  ['agreement', /\b(les|vos|nos|des) (résultats|articles|fonds|places|points|objets|modèles|articles|dépenses|nouveautés)\b/g, (_, d, n) => `${d} ${n.replace(/s$/, '')}`],
  ['agreement', /\btous les\b/g, 'tout les'],
  ['infinitive', /\b(pouvez|pourrez|devez|merci de|pour|avant de) (\w+)er\b/g, (_, v, s) => `${v} ${s}é`],
  ['infinitive', /\b(nous|vous) (contacter|appeler|indiquer|rencontrer|excuser)\b/g, (_, p, v) => `${p} ${v.replace(/er$/, 'ez')}`],
  ['participle', /\b(a|ont|avez|avons) (été|bien été) (\w+)é\b/g, (_, a, b, s) => `${a} ${b} ${s}er`],
  ['a/à (other)', /\bà (votre|la|l’|vos|nos|ce|cette|18h|9h|10h|partir)/g, (m) => m.replace('à', 'a')],
  ['où (other)', /\boù\b/g, 'ou'],
  ['homophone', /\bces\b/g, 'ses'],
  ['homophone', /\bquand\b/g, 'quant'],
  ['homophone', /\bprêt(e)?\b/g, (_, e) => `près${e ?? ''}`],
  ['homophone', /\bleur\b/g, 'leurs'],
  ['plain spaces', new RegExp(`[${NBSP}${NNBSP}]`, 'g'), ' ', true],
  ['straight apostrophes', /’/g, '\'', true],
  ['hyphen', /\b(rendez)-(vous)\b/g, '$1 $2'],
  ['hyphen', /\b(Connectez|Renouvelez|Téléchargez|Écrivez|Envoyez|Inscrivez|Utilisez|Rappelez|prévenez|activez)-(nous|la|le|les|vous)\b/g, '$1 $2'],
  ['spelling', /\b(commande|rendez|message|adresse|rapide|différent|nouvelle|courrier|paiement)/g, (w) => ({ commande: 'comande', rendez: 'rendé', message: 'méssage', adresse: 'addresse', rapide: 'rappide', différent: 'différant', nouvelle: 'nouvele', courrier: 'courier', paiement: 'paiment' })[w]],
  ['accent', /\b(à|été|déjà|réservé|prévu|reçu|numéro)\b/g, (w) => w.normalize('NFD').replace(/\p{M}/gu, '')],
];

// JavaScript's \b only knows ASCII letters (it sees no boundary in « à » or « où »): give every transform a Unicode one.
const UB = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
for (const t of [...SEEDS, ...NATURAL]) t[1] = new RegExp(t[1].source.replaceAll('\\b', UB), 'gu');

function applyAll(text, [label, re, rep]) {
  const out = text.replace(re, rep);
  return out === text ? null : { label, text: out };
}

const used = new Map();
/** Applies `count` transforms of different classes, preferring the class used least so far (PRNG breaks ties). */
function seedErrors(text, transforms, count) {
  const labels = [];
  let out = text;
  while (labels.length < count) {
    const options = transforms
      .map((t) => [t, t[3] ? applyAll(out, t) : applyOne(out, t)])
      .filter(([t, r]) => r && !labels.includes(t[0]));
    if (!options.length) break;
    const least = Math.min(...options.map(([t]) => used.get(t[0]) ?? 0));
    const [t, r] = pick(options.filter(([u]) => (used.get(u[0]) ?? 0) === least));
    used.set(t[0], (used.get(t[0]) ?? 0) + 1);
    labels.push(r.label);
    out = r.text;
  }
  return { text: out, labels };
}

const lines = [];
let id = 0;
for (const [i, raw] of BASE.entries()) {
  const clean = typeset(raw);
  lines.push([++id, 'clean', '-', clean]);
  const s = seedErrors(clean, SEEDS, rand() < 0.3 ? 2 : 1);
  if (s.labels.length) lines.push([++id, 'seeded', s.labels.join(','), s.text]);
  if (i % 3 !== 2) {
    const n = seedErrors(clean, NATURAL, rand() < 0.3 ? 2 : 1);
    if (n.labels.length) lines.push([++id, 'natural', n.labels.join(','), n.text]);
  }
}
// A second seeded pass on every other base text, so that about half the corpus carries seeded errors.
for (const [i, raw] of BASE.entries()) {
  if (i % 2) continue;
  const s = seedErrors(typeset(raw), SEEDS, 1);
  if (s.labels.length) lines.push([++id, 'seeded', s.labels.join(','), s.text]);
}

const header = `# wabalint French grammar/typography corpus, written for this project (bench/grammar-corpus/generate.mjs; do not edit
# by hand, rerun the generator). One template body per line: id<TAB>kind<TAB>seeded classes<TAB>text.
# kind: clean (no error meant), seeded (errors of the classes wabalint covers), natural (slips people make, many of
# them outside what wabalint checks). Typography: ’ apostrophes, U+00A0 before « : » and inside « », U+202F before
# « ; ! ? ». ${lines.length} texts: ${lines.filter((l) => l[1] === 'clean').length} clean, ${lines.filter((l) => l[1] === 'seeded').length} seeded, ${lines.filter((l) => l[1] === 'natural').length} natural.
`;
const file = fileURLToPath(new URL('fr.txt', import.meta.url));
writeFileSync(file, header + lines.map((l) => l.join('\t')).join('\n') + '\n');
console.log(`wrote ${file}: ${lines.length} texts`);
