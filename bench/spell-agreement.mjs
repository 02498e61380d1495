// Agreement of wabalint's speller (src/language/speller.ts over the compiled word lists) with Hunspell, the reference
// implementation of the dictionaries we ship, on the SAME .aff/.dic (node_modules/dictionary-fr, dictionary-en).
//
// 1. Tokens. Seeded and deterministic, ≥ 100,000 French and ≥ 50,000 English word tokens: WhatsApp-template-like
//    sentences (sentence-start capitals, elisions with both apostrophes, contractions, hyphenated words), dictionary
//    roots and inflected forms, elided forms (valid and not), possessives, capitalised and ALL-CAPS variants,
//    hyphenated compounds, corner cases (L'ÉQUIPE, Porte-Monnaie, client·e·s, etc., a-t-il, MCDONALD) and 10 % seeded
//    misspellings (deletion, insertion, substitution, transposition, accent dropped or added, letter doubled or not).
// 2. Verdicts. Each distinct token goes, one per line, to
//      `hunspell -d node_modules/dictionary-xx/index -L -i utf-8`
//    (the same checker and tokenizer as `-l`; `-L` prints the whole input line, so each token maps back to its verdict
//    even when Hunspell's tokenizer cuts it in pieces); to the same command on a copy of the .aff whose only change is
//    WORDCHARS (so every token reaches Hunspell's checker whole, see below); to our `correct()`; and, for comparison,
//    to plain nspell + the same dictionary package (--no-nspell to skip).
// 3. Report. The share of tokens (and of distinct tokens) with the same verdict, then every disagreement, grouped by
//    class, with its count, its words (with Hunspell's pieces) and the reason.
// 4. Suggestions. For --suggest N (default 100) misspellings both reject, Hunspell's (`hunspell -a`) next to ours:
//    same first suggestion, Hunspell's first among our five, overlap of the top five, time per word.
//
// Installs nothing. Needs `hunspell` on PATH (Debian: apt-get install hunspell); skips with a message otherwise.
//
//   node bench/spell-agreement.mjs [--fr N] [--en N] [--seed S] [--suggest N] [--no-nspell] [--json out.json]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expand, packageDir, parseAff, parseDic, SOURCES } from '../scripts/build-dictionaries.mjs';
import { bundleSpeller } from './speller.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const COUNTS = { fr: Number(opt('fr', 100_000)), en: Number(opt('en', 50_000)) };
const SEED = Number(opt('seed', 20_261_125));
const SUGGEST = Number(opt('suggest', 100));
const WITH_NSPELL = !args.includes('--no-nspell');
const JSON_OUT = opt('json', undefined);

const which = spawnSync('sh', ['-c', 'command -v hunspell'], { encoding: 'utf8' });
if (which.status !== 0 || !which.stdout.trim()) {
  console.log('spell-agreement: skipped, `hunspell` is not on PATH (Debian: apt-get install hunspell hunspell-fr hunspell-en-us).');
  process.exit(0);
}
const hunspellVersion = spawnSync('hunspell', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.replace(/.*\(but really (.*)\)/, '$1');

// ---------------------------------------------------------------------------------------------------------------
// Our speller: the TypeScript source, bundled on the fly (bench/speller.mjs), over dist/dictionaries.

const { tmp, wordsDir, url: spellerUrl } = await bundleSpeller('wabalint-agreement-');
const { loadSpeller } = await import(spellerUrl);

// ---------------------------------------------------------------------------------------------------------------
// Seeded generation

let seed = SEED;
function rnd() {
  // mulberry32
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];

const TEXT = {
  fr: [
    "Bonjour {{1}}, votre commande n° {{2}} a bien été expédiée et arrivera d’ici jeudi.",
    "Merci pour votre achat ! Votre facture est disponible dans l’espace client jusqu’à la fin du mois.",
    "Votre rendez-vous est confirmé pour demain à {{1}}. En cas d’empêchement, prévenez-nous au moins vingt-quatre heures à l’avance.",
    "Rappel : l’abonnement que vous avez souscrit sera renouvelé automatiquement lorsqu’il arrivera à échéance.",
    "Aujourd’hui seulement, profitez de remises exceptionnelles sur toute la boutique en ligne.",
    "Votre colis n’a pas pu être livré car personne n’était présent à l’adresse indiquée.",
    "Nous avons bien reçu votre demande de remboursement ; elle sera traitée sous cinq jours ouvrés.",
    "Pour suivre votre livraison, cliquez sur le lien ci-dessous puis saisissez votre numéro de suivi.",
    "C’est bientôt l’anniversaire de votre carte de fidélité : un cadeau vous attend en magasin.",
    "Qu’en avez-vous pensé ? Donnez-nous votre avis en répondant à ce message, cela ne prend qu’une minute.",
    "Votre code de vérification est {{1}}. Ne le communiquez à personne, même s’il vous est demandé par téléphone.",
    "L’équipe du service après-vente reste à votre disposition du lundi au vendredi, de neuf heures à dix-huit heures.",
    "Il reste encore quelques places pour l’atelier de samedi ; réservez dès maintenant pour ne pas les manquer.",
    "Votre paiement a été refusé par votre banque. Veuillez vérifier vos coordonnées bancaires et réessayer.",
    "Nous sommes désolés pour ce contretemps et vous remercions de votre compréhension.",
    "Votre réservation à l’hôtel est enregistrée ; l’arrivée se fait à partir de quinze heures.",
    "Puisqu’il s’agit de votre première commande, la livraison vous est offerte.",
    "Jusqu’à dimanche soir, la deuxième paire de chaussures est à moitié prix dans nos magasins participants.",
    "Votre ordonnance est prête : vous pouvez venir la récupérer à la pharmacie dès cet après-midi.",
    "S’il vous plaît, présentez-vous quinze minutes avant l’heure prévue muni d’une pièce d’identité.",
    "Quoiqu’il arrive, vos données personnelles ne seront jamais transmises à des tiers sans votre accord.",
    "Le technicien passera chez vous entre huit heures et midi pour l’installation de la fibre optique.",
    "Vous n’avez pas encore activé votre compte : il suffit de cliquer sur le bouton ci-après.",
    "Votre abonnement arrive à expiration ; renouvelez-le pour continuer à bénéficier de nos services.",
    "Les soldes d’été commencent mercredi : jusqu’à moitié prix sur une sélection d’articles.",
    "À bientôt dans votre magasin ! L’équipe vous souhaite une excellente journée.",
    "Votre dossier est complet et sera examiné par un conseiller dans les plus brefs délais.",
    "Il est arrivé qu’un retard de livraison se produise à cause des intempéries ; nous vous prions de nous en excuser.",
    "Est-ce que le créneau proposé vous convient ? Répondez oui ou non.",
    "Pensez à télécharger votre billet électronique avant d’embarquer ; il vous sera demandé à l’entrée.",
    "Votre mot de passe a été modifié. Si vous n’êtes pas à l’origine de ce changement, contactez-nous immédiatement.",
    "Les inscriptions pour le week-end d’intégration sont ouvertes jusqu’au quinze septembre.",
    "Chère cliente, cher client, nous vous informons d’une mise à jour de nos conditions générales de vente.",
    "Votre véhicule est prêt ; vous pouvez passer le récupérer au garage à partir de dix-sept heures.",
    "Grâce à votre parrainage, vous et votre filleul recevez chacun un bon d’achat.",
    "Lorsqu’un article est en rupture de stock, nous vous prévenons dès qu’il est de nouveau disponible.",
    "N’oubliez pas : l’offre de bienvenue est valable une seule fois par foyer.",
    "D’après nos informations, votre contrat arrive à son terme à la fin du trimestre.",
    "Vous trouverez ci-joint le récapitulatif de votre séjour ainsi que le plan d’accès.",
    "Y a-t-il autre chose que nous puissions faire pour vous aider ? Dites-le-nous.",
  ],
  en: [
    "Hi {{1}}, your order {{2}} has shipped and should arrive by Thursday.",
    "Thanks for your purchase! Your invoice is available in your account until the end of the month.",
    "Your appointment is confirmed for tomorrow at {{1}}. If you can't make it, please let us know at least a day in advance.",
    "Reminder: your subscription will renew automatically when it expires.",
    "Today only, enjoy exclusive discounts across the whole online store.",
    "We couldn't deliver your parcel because nobody was available at the address provided.",
    "We've received your refund request; it will be processed within five business days.",
    "To track your delivery, tap the link below and enter your tracking number.",
    "It's almost your loyalty card's anniversary: a gift is waiting for you in store.",
    "What did you think? Share your feedback by replying to this message, it only takes a minute.",
    "Your verification code is {{1}}. Don't share it with anyone, even if they say they're calling from our bank.",
    "Our customer service team is available Monday to Friday, from nine in the morning to six in the evening.",
    "There are still a few seats left for Saturday's workshop; book now so you don't miss out.",
    "Your payment was declined by your bank. Please check your card details and try again.",
    "We're sorry for the inconvenience and thank you for your patience.",
    "Your hotel reservation is confirmed; check-in starts at three in the afternoon.",
    "Since this is your first order, shipping is on us.",
    "Until Sunday night, the second pair of shoes is half price in participating stores.",
    "Your prescription is ready: you can pick it up at the pharmacy this afternoon.",
    "Please arrive fifteen minutes before your scheduled time and bring a valid photo ID.",
    "Whatever happens, your personal data will never be shared with third parties without your consent.",
    "The technician will visit between eight and noon to install your fiber connection.",
    "You haven't activated your account yet: just tap the button below.",
    "Your membership is about to expire; renew it to keep enjoying our services.",
    "The summer sale starts on Wednesday with up to fifty percent off selected items.",
    "See you soon in store! The whole team wishes you a wonderful day.",
    "Your application is complete and will be reviewed by an adviser as soon as possible.",
    "Due to bad weather, some deliveries may be delayed; we apologize for any inconvenience.",
    "Does the proposed time slot work for you? Reply yes or no.",
    "Remember to download your boarding pass before you travel; you'll need it at the gate.",
    "Your password was changed. If this wasn't you, contact us immediately.",
    "Registration for the weekend retreat is open until the fifteenth of September.",
    "Dear customer, we're writing to let you know about an update to our terms and conditions.",
    "Your car is ready; you can collect it from the garage after five o'clock.",
    "Thanks to your referral, you and your friend each receive a shopping voucher.",
    "When an item is out of stock, we'll let you know as soon as it's available again.",
    "Don't forget: the welcome offer is valid once per household.",
    "According to our records, your contract ends at the close of the quarter.",
    "Attached you'll find a summary of your stay along with directions to the venue.",
    "Is there anything else we can do to help? Just let us know.",
  ],
};

const CONTRACTIONS = [
  "don't", "can't", "won't", "it's", "I'm", "we're", "they're", "you're", "we've", "they've", "you'll", "we'll", "I'll",
  "couldn't", "shouldn't", "wouldn't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "haven't", "hasn't", "let's",
  "that's", "there's", "what's", "here's", "who's", "I'd", "you'd", "she's", "he's", "o'clock", "ma'am", "y'all",
];
const ELISION_HEADS = ["l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"];
const LETTERS = { fr: 'abcdefghijklmnopqrstuvwxyzéèêàçùâîôûëïœ', en: 'abcdefghijklmnopqrstuvwxyz' };
const ACCENTS = { a: 'àâ', e: 'éèêë', i: 'îï', o: 'ô', u: 'ùûü', c: 'ç' };
const UNACCENT = { à: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', î: 'i', ï: 'i', ô: 'o', ù: 'u', û: 'u', ü: 'u', ç: 'c' };

/** Words of a sentence: letters with inner apostrophes, hyphens and dots; numbers and placeholders dropped. */
function tokenize(text) {
  return (text.match(/[\p{L}\p{M}]+(?:[-'’.][\p{L}\p{M}]+)*/gu) ?? []).filter((t) => !/\d/.test(t));
}

function misspell(word, lang) {
  const a = [...word];
  if (a.length < 2) return `${word}${pick([...LETTERS[lang]])}`;
  const i = Math.floor(rnd() * a.length);
  const op = Math.floor(rnd() * 7);
  if (op === 0 && a.length > 3) a.splice(i, 1); // deletion
  else if (op === 1) a.splice(i, 0, pick([...LETTERS[lang]])); // insertion
  else if (op === 2) a[i] = pick([...LETTERS[lang]]); // substitution
  else if (op === 3 && i + 1 < a.length) [a[i], a[i + 1]] = [a[i + 1], a[i]]; // transposition
  else if (op === 4) {
    // accent dropped, or added
    const j = a.findIndex((c) => UNACCENT[c]);
    if (j >= 0) a[j] = UNACCENT[a[j]];
    else if (ACCENTS[a[i]]) a[i] = pick([...ACCENTS[a[i]]]);
    else a.splice(i, 0, a[i]);
  } else if (op === 5) a.splice(i, 0, a[i]); // doubled letter
  else {
    const j = a.findIndex((c, k) => k > 0 && a[k - 1] === c);
    if (j > 0) a.splice(j, 1);
    else a[i] = pick([...LETTERS[lang]]);
  }
  return a.join('');
}

const corpora = new Map();
function corpus(lang, count) {
  const key = `${lang}:${count}`;
  if (!corpora.has(key)) {
    seed = SEED + (lang === 'fr' ? 0 : 1);
    corpora.set(key, makeCorpus(lang, count));
  }
  return corpora.get(key);
}

function makeCorpus(lang, count) {
  const dir = packageDir(SOURCES[lang]);
  const aff = parseAff(readFileSync(join(dir, 'index.aff'), 'utf8'));
  const dic = parseDic(readFileSync(join(dir, 'index.dic'), 'utf8'), aff.flagMode);
  const roots = dic.map((e) => e.word).filter((w) => w.length > 1 && !/\d/.test(w));
  // English nouns and names that take a possessive (the suffix flag whose rule adds 's).
  const possessiveFlags = new Set([...aff.sfx.values()].filter((r) => r.entries.some((e) => e.add === "'s")).map((r) => r.flag));
  const possessable = dic.filter((e) => [...e.flags].some((f) => possessiveFlags.has(f)) && !/\d/.test(e.word)).map((e) => e.word);
  const { forms } = expand(aff, dic);
  const inflected = [...forms.keys()].filter((w) => forms.get(w).standalone && w.length > 1 && !/\d/.test(w));
  const plain = inflected.filter((w) => /^[\p{Ll}]/u.test(w));
  const hyphenated = inflected.filter((w) => w.includes('-'));
  const vowelStart = plain.filter((w) => /^[aàâeéèêiîoôuyhœæ]/.test(w));
  const sentences = TEXT[lang].map(tokenize);
  const mixedCase = roots.filter((w) => /\p{Ll}/u.test(w) && /.\p{Lu}/u.test(w) && !/[₀-₉]/.test(w));
  const titleCase = (w) => w.split('-').map((p) => (p ? p[0].toUpperCase() + p.slice(1) : p)).join('-');
  /** Capitalisation, elision, BREAK and abbreviation corner cases. */
  const tricky = () => {
    const w = pick(plain);
    switch (Math.floor(rnd() * 9)) {
      case 0: // ALL CAPS elision or contraction
        return lang === 'fr' ? `${pick(ELISION_HEADS)}${pick(vowelStart)}`.toUpperCase().replace("'", apostrophe()) : pick(CONTRACTIONS).toUpperCase();
      case 1: // Title-Case compound
        return titleCase(rnd() < 0.5 && hyphenated.length ? pick(hyphenated) : `${w}-${pick(plain)}`);
      case 2: // trailing dot(s): abbreviation or sentence end
        return `${rnd() < 0.5 ? w : pick(roots)}${rnd() < 0.9 ? '.' : '..'}`;
      case 3: // inclusive writing with a middle dot (BREAK ·), or an English abbreviation
        return lang === 'fr'
          ? `${w}·${pick(['e', 'e·s', 'es', 'ne', 'ne·s', 'rice'])}`
          : pick(['e.g.', 'i.e.', 'etc.', 'a.m.', 'p.m.', 'U.S.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'vs.', 'approx.', 'Inc.', 'Ltd.', 'No.', 'Jan.', 'Sept.']);
      case 4: // a mixed-case root in capitals, or lower-cased but for its first letter (McDonald → MCDONALD, Mcdonald)
        return mixedCase.length ? (rnd() < 0.5 ? pick(mixedCase).toUpperCase() : titleCase(pick(mixedCase).toLowerCase())) : w.toUpperCase();
      case 5: // leading or trailing apostrophe or hyphen
        return pick([`'${w}`, `${w}'`, `-${w}`, `${w}-`, `’${w}`, `${w}’`]);
      case 6: // elision followed by a capital (l'Europe, L'ONU), or an elided compound
        return lang === 'fr' ? `${pick(ELISION_HEADS)}${titleCase(pick(vowelStart))}` : `${titleCase(w)}'s`;
      case 7: // inverted subject and euphonic t
        return lang === 'fr' ? `${pick(['a', 'va', 'ira', 'dira', 'sera', 'aime', 'parle', 'peut', 'dit', 'faut'])}-${pick(['t-il', 't-elle', 't-on', 'il', 'elle', 'on', 'ils', 'je', 'tu', 'nous', 'vous'])}` : `${w}-${pick(['in-law', 'like', 'free', 'based'])}`;
      default: // several hyphens
        return `${w}-${pick(plain)}-${pick(plain)}`;
    }
  };
  const apostrophe = () => (rnd() < 0.5 ? '’' : "'");
  const out = [];
  const push = (t, kind) => out.push({ t, kind });
  while (out.length < count) {
    const r = rnd();
    let t;
    let kind;
    if (r < 0.04) {
      // A whole sentence (≈ 15 tokens, so ≈ 35 % of the tokens), with its capitals; apostrophes straight or curly.
      const ap = apostrophe();
      for (const w of pick(sentences)) push(w.replace(/['’]/g, ap), 'text');
      continue;
    } else if (r < 0.5) [t, kind] = [pick(roots), 'root'];
    else if (r < 0.7) [t, kind] = [pick(inflected), 'form'];
    else if (r < 0.78 && lang === 'fr') {
      const head = pick(ELISION_HEADS);
      const base = rnd() < 0.8 ? pick(vowelStart) : pick(plain);
      t = (rnd() < 0.15 ? head[0].toUpperCase() + head.slice(1) : head).replace("'", apostrophe()) + base;
      kind = 'elision';
    } else if (r < 0.73) {
      // Possessives on any noun-looking form, and the usual contractions.
      t = rnd() < 0.6 ? `${rnd() < 0.7 && possessable.length ? pick(possessable) : pick(plain)}'s` : pick(CONTRACTIONS);
      if (rnd() < 0.3) t = t.replace("'", '’');
      kind = 'contraction';
    } else if (r < 0.82) {
      const w = pick(plain);
      t = rnd() < 0.6 ? w[0].toUpperCase() + w.slice(1) : w.toUpperCase();
      kind = 'case';
    } else if (r < 0.86) {
      t = rnd() < 0.5 || !hyphenated.length ? `${pick(plain)}-${pick(plain)}` : pick(hyphenated);
      kind = 'hyphen';
    } else if (r < 0.88) {
      [t, kind] = [tricky(), 'tricky'];
    } else if (r < 0.9) {
      const w = pick(sentences.flat());
      t = rnd() < 0.5 ? w.toUpperCase() : w;
      kind = 'text-case';
    } else {
      const source = pick([pick(roots), pick(plain), pick(plain), pick(sentences.flat())]);
      t = misspell(source, lang);
      kind = 'misspelling';
    }
    push(t, kind);
  }
  return out.slice(0, count);
}

// ---------------------------------------------------------------------------------------------------------------
// Hunspell, twice: as the `hunspell` program reads the dictionary, and with its tokenizer neutralised.
//
// The program cuts its input into words before checking them (TextParser): a character that is neither a letter
// (for Hunspell's Unicode tables) nor in the .aff's WORDCHARS ends a word. For English, whose WORDCHARS has no
// apostrophe, `couldn't` becomes `couldn` + `t`; for French, `AgNO₃` becomes `AgNO` (subscripts are not letters).
// The second run uses a copy of the .aff whose only change is a WORDCHARS line holding every character of the corpus,
// so that each token reaches Hunspell's checker whole: WORDCHARS is read by the tokenizer (and by nothing that
// spell() does), so this isolates the dictionary's own verdict. Disagreements with the program that the second run
// resolves are reported as the tokenizer class.

function hunspellRejects(dict, tokens) {
  const r = spawnSync('hunspell', ['-d', dict, '-L', '-i', 'utf-8'], { input: `${tokens.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`hunspell failed: ${r.stderr}`);
  return new Set(r.stdout.split('\n').filter(Boolean));
}

function neutralDictionary(lang, tokens) {
  const dir = packageDir(SOURCES[lang]);
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
  const m = /^WORDCHARS[ \t]+(\S+)/m.exec(aff);
  const chars = new Set(m ? [...m[1]] : []);
  for (const t of tokens) for (const c of t) if (!/[a-zA-Z]/.test(c)) chars.add(c);
  const line = `WORDCHARS ${[...chars].join('')}`;
  const patched = m ? aff.replace(/^WORDCHARS[ \t]+\S+/m, line) : `${aff}\n${line}\n`;
  writeFileSync(join(tmp, `${lang}.aff`), patched);
  writeFileSync(join(tmp, `${lang}.dic`), readFileSync(join(dir, 'index.dic')));
  return join(tmp, lang);
}

/** Hunspell's pieces for a token (pipe mode, `-a`; `^` keeps a line from being read as a command). */
function hunspellPieces(dict, tokens) {
  const out = new Map();
  if (!tokens.length) return out;
  const r = spawnSync('hunspell', ['-d', dict, '-a', '-i', 'utf-8'], { input: tokens.map((t) => `^${t}\n`).join(''), encoding: 'utf8', maxBuffer: 1 << 26 });
  const groups = r.stdout.split('\n').slice(1).join('\n').split('\n\n');
  tokens.forEach((t, i) => {
    const lines = (groups[i] ?? '').split('\n').filter(Boolean);
    out.set(t, lines.map((l) => /^[&#] (\S+)/.exec(l)?.[1] ?? '✓'));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Disagreement classes. `d` = { token, ours, cli, whole } (verdicts: true = accepted). First match wins.

const isChemical = (t) => /[₀-₉]/.test(t);
const CLASSES = [
  {
    id: 'hunspell-tokenizer',
    test: (d) => d.whole === d.ours && d.cli !== d.whole,
    reason: (lang) =>
      lang === 'en'
        ? "The `hunspell` program cuts English words at apostrophes and dots, which dictionary-en's WORDCHARS lacks: `couldn't` is checked as `couldn` + `t`, `we've` as `we` + `ve` (good contractions flagged), `zeal's's` as `zeal's` + `s`, `oink'` as `oink` (bad forms passed). Hunspell's checker on the whole token (tokenizer neutralised) gives our answer."
        : "The `hunspell` program cuts a word at characters that are neither letters nor WORDCHARS: chemical formulas lose their subscript digits (`AgNO₃` is checked as `AgNO`, `C₆h₁₂` as `C` + `h`). Hunspell's checker on the whole token (tokenizer neutralised) gives our answer.",
  },
];

function classify(d) {
  for (const c of CLASSES) if (c.test(d)) return c;
  const t = d.token;
  const feature = isChemical(t) ? 'chemical' : /['’]/.test(t) ? 'apostrophe' : t.includes('-') ? 'hyphen' : /\./.test(t) ? 'dot' : /^\p{Lu}/u.test(t) ? 'capital' : 'plain';
  return { id: `unexplained:${d.ours ? 'ours-accepts' : 'hunspell-accepts'}:${feature}`, reason: () => 'not analysed yet' };
}

// ---------------------------------------------------------------------------------------------------------------

const pct = (x) => `${(100 * x).toFixed(3)} %`;
const report = { hunspell: hunspellVersion, seed: SEED, languages: {} };
for (const lang of ['fr', 'en']) {
  const items = corpus(lang, COUNTS[lang]);
  const unique = [...new Set(items.map((i) => i.t))];
  const countOf = new Map();
  for (const { t } of items) countOf.set(t, (countOf.get(t) ?? 0) + 1);
  const cliDict = join(packageDir(SOURCES[lang]), 'index');
  let start = performance.now();
  const cliRejected = hunspellRejects(cliDict, unique);
  const hunspellMs = performance.now() - start;
  const wholeDict = neutralDictionary(lang, unique);
  const wholeRejected = hunspellRejects(wholeDict, unique);
  const speller = loadSpeller(join(wordsDir, `${lang}.words`), lang);
  start = performance.now();
  const ours = new Map(unique.map((t) => [t, speller.correct(t)]));
  const oursMs = performance.now() - start;

  const tally = (verdict, mine = (t) => ours.get(t)) => {
    let agree = 0;
    let distinct = 0;
    for (const t of unique) if (verdict(t) === mine(t)) (agree += countOf.get(t)), distinct++;
    return { tokens: agree / items.length, distinct: distinct / unique.length };
  };
  const cli = tally((t) => !cliRejected.has(t));
  const whole = tally((t) => !wholeRejected.has(t));
  let nspellScore;
  if (WITH_NSPELL) {
    const nspell = (await import('nspell')).default;
    const dictionary = (await import(SOURCES[lang])).default;
    const checker = nspell(dictionary);
    const verdicts = new Map(unique.map((t) => [t, checker.correct(t)]));
    nspellScore = { cli: tally((t) => !cliRejected.has(t), (t) => verdicts.get(t)), whole: tally((t) => !wholeRejected.has(t), (t) => verdicts.get(t)) };
  }
  const byKind = {};
  for (const { t, kind } of items) {
    byKind[kind] ??= { tokens: 0, agree: 0 };
    byKind[kind].tokens++;
    if (!cliRejected.has(t) === ours.get(t)) byKind[kind].agree++;
  }
  const rejects = (set) => items.filter((i) => set.has(i.t)).length;
  const oursRejects = items.filter((i) => !ours.get(i.t)).length;

  const disagreeing = unique.filter((t) => !cliRejected.has(t) !== ours.get(t) || !wholeRejected.has(t) !== ours.get(t));
  const pieces = hunspellPieces(cliDict, disagreeing);
  const classes = new Map();
  for (const t of disagreeing) {
    const d = { token: t, ours: ours.get(t), cli: !cliRejected.has(t), whole: !wholeRejected.has(t), pieces: pieces.get(t) ?? [] };
    const c = classify(d);
    const key = `${c.id}|${d.ours}`;
    const entry = classes.get(key) ?? { id: c.id, ours: d.ours, reason: c.reason(lang), words: [], tokens: 0 };
    entry.words.push(d);
    entry.tokens += countOf.get(t);
    classes.set(key, entry);
  }
  report.languages[lang] = {
    tokens: items.length,
    distinct: unique.length,
    rejected: { hunspell: rejects(cliRejected), hunspellWholeTokens: rejects(wholeRejected), ours: oursRejects },
    agreement: { hunspell: cli, hunspellWholeTokens: whole, nspell: nspellScore },
    ms: { hunspellProcess: Math.round(hunspellMs), ours: Math.round(oursMs) },
    byKind,
    classes: [...classes.values()].map((c) => ({ ...c, words: c.words.map((w) => w.token) })),
  };

  console.log(`\n## ${lang.toUpperCase()}: ${items.length} tokens (${unique.length} distinct), ${SOURCES[lang]}, ${hunspellVersion}`);
  console.log(`agreement with \`hunspell -l\`:              ${pct(cli.tokens)} of tokens, ${pct(cli.distinct)} of distinct tokens`);
  console.log(`agreement with Hunspell on whole tokens:    ${pct(whole.tokens)} of tokens, ${pct(whole.distinct)} of distinct tokens`);
  if (nspellScore)
    console.log(`for comparison, plain nspell + ${SOURCES[lang]}: ${pct(nspellScore.cli.tokens)} with \`hunspell -l\`, ${pct(nspellScore.whole.tokens)} with Hunspell on whole tokens`);
  console.log(`rejected tokens: hunspell ${rejects(cliRejected)}, hunspell on whole tokens ${rejects(wholeRejected)}, ours ${oursRejects}`);
  console.log(`time for the ${unique.length} distinct tokens: hunspell ${Math.round(hunspellMs)} ms (whole process, load included), ours ${Math.round(oursMs)} ms`);
  console.log(`agreement with \`hunspell -l\` by kind of token: ${Object.entries(byKind).map(([k, v]) => `${k} ${pct(v.agree / v.tokens)} of ${v.tokens}`).join('; ')}`);
  if (!classes.size) console.log('no disagreement');
  for (const c of classes.values()) {
    const cliToo = c.words.filter((w) => w.cli !== w.ours).length;
    console.log(`\n- ${c.id}: ${c.words.length} distinct tokens (${c.tokens} tokens, ${cliToo} of them against \`hunspell -l\`); ours ${c.ours ? 'accepts' : 'rejects'}`);
    console.log(`  reason: ${c.reason}`);
    const show = (w) => `${w.token}${w.pieces.length > 1 || (w.pieces[0] && w.pieces[0] !== '✓' && w.pieces[0] !== w.token) ? ` [${w.pieces.join(' ')}]` : ''}`;
    console.log(`  words: ${c.words.map(show).join(', ')}`);
  }
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));

// ---------------------------------------------------------------------------------------------------------------
// Suggestions, next to Hunspell's

function hunspellSuggestions(lang, words) {
  const dict = join(packageDir(SOURCES[lang]), 'index');
  const r = spawnSync('hunspell', ['-d', dict, '-a', '-i', 'utf-8'], { input: words.map((w) => `^${w}\n`).join(''), encoding: 'utf8', maxBuffer: 1 << 26 });
  const groups = r.stdout.split('\n').slice(1).join('\n').split('\n\n');
  return words.map((_, i) => {
    const line = (groups[i] ?? '').split('\n')[0] ?? '';
    const m = /^& \S+ \d+ \d+: (.*)$/.exec(line);
    return m ? m[1].split(', ') : [];
  });
}
if (SUGGEST > 0) {
  for (const lang of ['fr', 'en']) {
    const speller = loadSpeller(join(wordsDir, `${lang}.words`), lang);
    const pool = corpus(lang, COUNTS[lang]).filter((i) => i.kind === 'misspelling').map((i) => i.t);
    const words = [...new Set(pool)].filter((w) => w.length >= 4 && !/['’\-.]/.test(w) && !speller.correct(w)).slice(0, SUGGEST);
    const start = performance.now();
    const theirs = hunspellSuggestions(lang, words);
    const hunspellMs = performance.now() - start;
    const times = [];
    const ours = words.map((w) => {
      const t = performance.now();
      const s = speller.suggest(w);
      times.push(performance.now() - t);
      return s;
    });
    times.sort((a, b) => a - b);
    let withTheirs = 0;
    let sameFirst = 0;
    let firstInOurs = 0;
    let withOurs = 0;
    let overlap = 0;
    const differ = [];
    words.forEach((w, i) => {
      const h = theirs[i];
      const o = ours[i];
      if (o.length) withOurs++;
      if (!h.length) return;
      withTheirs++;
      if (o[0] === h[0]) sameFirst++;
      if (o.includes(h[0])) firstInOurs++;
      else differ.push(`${w} → hunspell ${h.slice(0, 3).join(', ')} | ours ${o.slice(0, 3).join(', ') || '∅'}`);
      overlap += h.slice(0, 5).filter((x) => o.includes(x)).length / Math.min(5, h.length);
    });
    const share = (x, n) => `${((100 * x) / Math.max(1, n)).toFixed(0)} %`;
    console.log(`\n## Suggestions, ${lang.toUpperCase()}: ${words.length} misspellings rejected by both`);
    console.log(`hunspell suggests for ${withTheirs}, ours for ${withOurs}; of the ${withTheirs}: same first suggestion ${share(sameFirst, withTheirs)}, hunspell's first among our 5 ${share(firstInOurs, withTheirs)}, overlap of the top 5 ${share(overlap, withTheirs)}`);
    console.log(`time per word: ours median ${times[times.length >> 1]?.toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)]?.toFixed(1)} ms; hunspell ${(hunspellMs / Math.max(1, words.length)).toFixed(0)} ms (process time / words)`);
    console.log(`hunspell's first not among ours (${differ.length}): ${differ.join('; ')}`);
    report.languages[lang].suggestions = { words: words.length, withTheirs, withOurs, sameFirst, firstInOurs, overlap: overlap / Math.max(1, withTheirs), medianMs: times[times.length >> 1] };
  }
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(report, null, 2));
}
rmSync(tmp, { recursive: true, force: true });
