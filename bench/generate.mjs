// Deterministic template generator for the benchmarks: mixed French/English, POSITIONAL and NAMED, with the
// components real templates have. About one template in ten carries a problem, so positions get computed too.

/** mulberry32: a small seeded generator, shared by the bench and example generators. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FR = {
  open: ['Bonjour', 'Bonsoir', 'Cher client', 'Chère cliente'],
  lines: [
    'votre commande a bien été expédiée et arrivera sous trois jours ouvrés.',
    'nous vous confirmons la réception de votre paiement, merci pour votre confiance.',
    'votre rendez-vous est confirmé ; pensez à apporter votre carte Vitale et une pièce d’identité.',
    'le colis sera remis en point relais, vous recevrez un message dès son arrivée.',
    'votre facture du mois est disponible dans votre espace client.',
    'l’intervention de notre technicien est prévue entre 8 h et 12 h.',
    'votre abonnement a été mis à jour selon votre demande.',
  ],
  close: ['Merci et à bientôt.', 'Bonne journée.', 'L’équipe service client.'],
  footer: 'Répondez STOP pour ne plus recevoir nos messages',
  track: 'Suivre mon colis',
  reply: ['Oui', 'Non', 'Modifier'],
};
const EN = {
  open: ['Hello', 'Hi', 'Dear customer', 'Good morning'],
  lines: [
    'your order has shipped and should arrive within three business days.',
    'we received your payment, thank you for shopping with us.',
    'your appointment is confirmed; please bring a photo ID with you.',
    'your parcel will be delivered to the pickup point, we will message you when it arrives.',
    'your monthly invoice is now available in your account.',
    'our technician will visit between 8 and 12 in the morning.',
    'your plan was updated as you asked.',
  ],
  close: ['Thank you.', 'Have a nice day.', 'The customer care team.'],
  footer: 'Reply STOP to unsubscribe',
  track: 'Track my parcel',
  reply: ['Yes', 'No', 'Change'],
};

export function generateTemplate(i, random) {
  const fr = i % 2 === 0;
  const L = fr ? FR : EN;
  const named = i % 3 === 0;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const p = (n, name) => (named ? `{{${name}}}` : `{{${n}}}`);
  const capital = (line) => line[0].toUpperCase() + line.slice(1);
  const lines = [pick(L.lines), capital(pick(L.lines)), capital(pick(L.lines))];
  const faulty = i % 10 === 7;
  const body = `${pick(L.open)} ${p(1, "first_name")}, ${lines[0]} ${fr ? 'Référence' : 'Reference'} ${p(2, 'order_id')}. ${lines[1]} ${lines[2]} ${pick(L.close)} (${fr ? 'dossier' : 'file'} ${i})`;
  const bodyText = faulty ? `${p(1, 'first_name')} ${body}` : body;
  const samples = fr ? ['Léa', 'CMD-48213'] : ['Ana', 'ORD-48213'];
  const bodyExample = named
    ? { body_text_named_params: [{ param_name: 'first_name', example: samples[0] }, { param_name: 'order_id', example: samples[1] }] }
    : { body_text: [samples] };
  const headerText = fr ? `Commande ${p(1, 'order_ref')}` : `Order ${p(1, 'order_ref')}`;
  const headerExample = named ? { header_text_named_params: [{ param_name: 'order_ref', example: '48213' }] } : { header_text: ['48213'] };
  return {
    name: `${fr ? 'suivi_commande' : 'order_update'}_${i}`,
    language: fr ? (i % 4 === 0 ? 'fr_CA' : 'fr') : i % 4 === 1 ? 'en_GB' : 'en_US',
    category: 'UTILITY',
    ...(named ? { parameter_format: 'NAMED' } : {}),
    components: [
      { type: 'HEADER', format: 'TEXT', text: headerText, example: headerExample },
      { type: 'BODY', text: bodyText, example: bodyExample },
      { type: 'FOOTER', text: L.footer },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'URL', text: L.track, url: 'https://www.exemple.fr/suivi/{{1}}', example: ['https://www.exemple.fr/suivi/48213'] },
          { type: 'QUICK_REPLY', text: L.reply[0] },
          { type: 'QUICK_REPLY', text: L.reply[1] },
        ],
      },
    ],
  };
}

export function generateTemplates(count, seed = 42) {
  const random = rng(seed);
  return Array.from({ length: count }, (_, i) => generateTemplate(i, random));
}

/** The rules of the lint pipeline's first issue: structure, limits, placeholders and samples. */
export const STRUCTURE_RULES = [
  'template-schema', 'name-format', 'language-code', 'text-length', 'button-limits', 'variable-syntax', 'variable-sequence',
  'variable-at-start', 'variable-at-end', 'adjacent-variables', 'variable-density', 'example-required', 'example-mismatch',
  'header-variable-limit', 'footer-no-variables', 'header-text-format', 'url-button-variable', 'phone-number-format',
  'carousel-format', 'limited-time-offer-format',
];
