import { createRule, type TextEdit } from '../src/engine/create-rule.js';
import { loadList } from '../src/dictionaries.js';
import { analyse, languageOf, type CheckedLanguage, type MaskedSpan } from '../src/language/pipeline.js';
import { getSpeller } from '../src/language/speller.js';
import type { TemplateNode, TextField } from '../src/template/model.js';

/**
 * Grammar checks in the spirit of Grammalecte and LanguageTool, kept to narrow local patterns that are certain:
 * "le moins de faux positifs possible". Every pattern looks at two or three neighbouring prose words with nothing but
 * white space between them (no punctuation, no placeholder, no masked span), so it never reaches across a `{{1}}`.
 */

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const APOSTROPHES = /[’ʼ]/g;
/** White space on one line, or one line break: a blank line parts paragraphs, and so parts the words. */
const ADJACENT = /^[ \t\u00a0\u202f]+$|^[ \t\u00a0\u202f]*\r?\n[ \t\u00a0\u202f]*$/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}/u;
const INNER_CAPITAL = /^\p{L}+?\p{Lu}/u;
const FRENCH_VOWEL = /^[aeiouàâäéèêëîïôöùûüœæ]/u;

interface Token {
  /** As written, without a trailing abbreviation dot. */
  readonly value: string;
  /** Lower-cased, with a straight apostrophe. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function tokensOf(field: TextField, language: CheckedLanguage): Token[] {
  const tokens: Token[] = [];
  for (const word of analyse(field, language).words) {
    // parse-latin keeps an abbreviation's dot with its word (`etc.`, `e.g.`): the dot is not part of what we match.
    const value = word.value.replace(/\.+$/, '');
    if (!value || HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) continue;
    tokens.push({ value, key: value.toLowerCase().replace(APOSTROPHES, "'"), start: word.start, end: word.start + value.length });
  }
  return tokens;
}

/** `b` follows `a` with only white space between them: no punctuation, no masked span, no emoji. */
function adjacent(field: TextField, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && ADJACENT.test(field.value.slice(a.end, b.start));
}

// ---------------------------------------------------------------------------------------------------------- data

let hAspire: { exact: Set<string>; prefixes: string[] } | undefined;
/** dictionaries/grammar/h-aspire.fr.txt: words before which French does not elide (`le héros`, `le onze`). */
function noElision(word: string): boolean {
  if (!hAspire) {
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const entry of loadList('grammar/h-aspire.fr.txt')) (entry.endsWith('*') ? prefixes.push(entry.slice(0, -1)) : exact.add(entry));
    hAspire = { exact, prefixes };
  }
  const bare = word.replace(/s$/, '');
  return hAspire.exact.has(word) || hAspire.exact.has(bare) || hAspire.prefixes.some((p) => word.startsWith(p));
}

let articles: { a: string[]; an: string[]; either: string[] } | undefined;
/** dictionaries/grammar/a-an.en.txt: the article a word takes, when its first letter misleads. */
function articleOf(word: string): 'a' | 'an' | 'either' | undefined {
  if (!articles) {
    articles = { a: [], an: [], either: [] };
    for (const line of loadList('grammar/a-an.en.txt')) {
      const [kind, prefix] = line.split(/\s+/, 2) as [string, string];
      (kind === 'a' ? articles.a : kind === 'an' ? articles.an : articles.either).push(prefix.toLowerCase());
    }
  }
  if (articles.either.some((p) => word.startsWith(p))) return 'either';
  if (articles.an.some((p) => word.startsWith(p))) return 'an';
  if (articles.a.some((p) => word.startsWith(p))) return 'a';
  return undefined;
}

let brands: ReadonlySet<string> | undefined;
function isBrand(word: string): boolean {
  return (brands ??= new Set(loadList('words/brands.txt'))).has(word);
}

/** Keep the capital of the first letter of `original` on `replacement`. */
function sameCase(original: string, replacement: string): string {
  if (ALL_CAPS.test(original) && original.length > 1) return replacement.toLocaleUpperCase();
  return UPPER_START.test(original) ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}

// ------------------------------------------------------------------------------------------------------- French

/** Words that elide their vowel before a vowel or mute h, and the elided form. `ce` only before `être` (below). */
const ELIDING: Record<string, string> = {
  le: 'l',
  la: 'l',
  de: 'd',
  que: 'qu',
  je: 'j',
  me: 'm',
  te: 't',
  se: 's',
  ne: 'n',
  ce: 'c',
  jusque: 'jusqu',
  lorsque: 'lorsqu',
  puisque: 'puisqu',
};
/** `ce` elides only before forms of `être` starting with a vowel (`c’est`, `c’était`); `ce hôtel` wants `cet`. */
const CE_ELIDES = new Set(['est', 'était', 'étaient', 'eût', 'eut']);
/** `le un`, `la une` (the front page), `le huit`: the numeral and the noun do not elide. */
const NUMERAL_AFTER_ARTICLE = new Set(['un', 'une']);

const CLAUSE_PRONOUN = new Set(['vous', 'nous', 'je', "j'", 'tu', 'il', 'elle', 'on', 'ils', 'elles', 'cela', 'ça']);
/** After a sentence-initial `A`, a word that makes it the preposition `À` (the verb `a` cannot open a statement). */
const AFTER_A_START = new Set([
  'bientôt', 'demain', 'partir', 'compter', 'noter', 'savoir', 'très', 'tout', 'votre', 'vos', 'notre', 'nos', 'ce', 'cet', 'cette', 'ces',
  'cause', 'propos', 'présent', 'plus', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
/** A past participle, the only thing that may follow `il a` / `elle a` and be mistaken for `il à`. */
const PARTICIPLE = /(?:é|ée|és|ées|is|it|u|ue|us|ert|erte|eint|aint|oint)$/u;
const SA_BEFORE_VERB = new Set(['va', 'ira', 'irait', 'suffit', 'suffira', 'dépend', 'marchera', 'vous', 'nous', 'me', 'te', 'y']);
const ET_ADJECTIVE = /^(?:prêt|disponible|confirmé|validé|expédié|livré|arrivé|annulé|terminé|enregistré|remboursé|reporté)(?:e|s|es)?$/u;
const QUELQUE_SOIT = new Set(['soit', 'soient']);

// ------------------------------------------------------------------------------------------------------ English

const ITS_BEFORE = new Set(['a', 'an', 'the', 'not', 'been', 'going', 'gonna']);
const YOURE_NOUNS = new Set(['order', 'orders', 'account', 'appointment', 'parcel', 'package', 'payment', 'subscription', 'password', 'code', 'reservation', 'delivery', 'invoice', 'card', 'cart', 'basket', 'details', 'refund', 'own', 'name', 'email', 'address', 'receipt', 'ticket', 'profile', 'feedback']);

/** The last word before a dot that does not end a sentence: `etc.`, `M. Dupont`, `e.g. this`, `Dr. Lee`. */
const ABBREVIATIONS = new Set([
  'etc', 'cf', 'ex', 'env', 'p', 'pp', 'n°', 'no', 'nb', 'tél', 'tel', 'réf', 'ref', 'av', 'bd', 'st', 'ste', 'm', 'mm',
  'mme', 'mmes', 'mlle', 'mlles', 'me', 'dr', 'pr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'approx', 'inc', 'ltd', 'co',
  'min', 'max', 'hr', 'hrs', 'sec', 'dept', 'fig', 'vol', 'ch', 'art', 'al', 'resp', 'cie', 'éd', 'ed', 'avr',
  'janv', 'févr', 'sept', 'oct', 'nov', 'déc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'dec', 'mon',
  'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim', 'tsvp', 'svp', 'ttc', 'ht',
]);
/** End punctuation, optionally a closing quote or bracket, then white space: what precedes a sentence's first word. */
const SENTENCE_END_BEFORE = /([.!?])["”»)’']?\s+$/u;

type MessageId = 'elision' | 'aAccent' | 'ouAccent' | 'caSa' | 'etEst' | 'ceSe' | 'quelqueSoit' | 'aAn' | 'itsIts' | 'yourYoure' | 'sentenceCapital' | 'numberAgreement';

interface Finding {
  readonly messageId: MessageId;
  readonly start: number;
  readonly end: number;
  readonly expected: readonly string[];
  /** Safe to apply without review (pure elision). */
  readonly fix?: boolean;
}

/**
 * Determiners that are plural and nothing else: `les` and `leur(s)` are left out, since they are also pronouns before
 * a verb (`on les commande`), where a singular form is right.
 */
const PLURAL_DETERMINERS = new Set(['des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'aux', 'plusieurs', 'quelques']);
const ENDS_PLURAL = /[sxz]$/u;
/**
 * Words that may stand between a plural determiner and its noun without agreeing: adverbs (`nos tout premiers`,
 * `des fort belles`, `des si beaux`), invariable prefixes and adjectives (`des super offres`), numerals
 * (`vos vingt ans`, `des mille euros`). Their `-s` forms exist as other words (`touts`, `biens`, `cents`).
 */
const NOT_AGREEING = new Set([
  'tout', 'bien', 'fort', 'si', 'super', 'extra', 'mini', 'maxi', 'méga', 'hyper', 'ultra', 'top', 'demi', 'mi', 'semi', 'non', 'quasi', 'plein',
  'vingt', 'cent', 'mille', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
  'trente', 'quarante', 'cinquante', 'soixante',
]);

/**
 * `des commande`, `vos colis` (fine), `ces dernier`: a plural determiner followed by a word whose `-s` plural exists
 * while the word itself does not end like a plural. Only what the dictionary proves: both forms must be words;
 * compounds with a hyphen (`des après-midi`), capitalised names and words ending in s, x or z are never judged.
 */
function agreementFindings(field: TextField, tokens: readonly Token[]): Finding[] {
  const found: Finding[] = [];
  const speller = getSpeller('fr');
  for (let i = 1; i < tokens.length; i++) {
    const det = tokens[i - 1]!;
    const t = tokens[i]!;
    if (!PLURAL_DETERMINERS.has(det.key) || !adjacent(field, det, t)) continue;
    const word = t.value;
    if (!LOWER_START.test(word) || word.includes('-') || word.includes("'") || word.includes('’') || ENDS_PLURAL.test(word) || word.length < 3) continue;
    if (NOT_AGREEING.has(t.key)) continue;
    if (!speller.correct(word) || !speller.correct(`${word}s`)) continue;
    found.push({ messageId: 'numberAgreement', start: det.start, end: t.end, expected: [`${det.value} ${word}s`] });
  }
  return found;
}

function frenchFindings(field: TextField, tokens: readonly Token[], apostrophe: string): Finding[] {
  const found: Finding[] = agreementFindings(field, tokens);
  const value = field.value;
  /** `il`, `on` anywhere, `elle` only where it opens a clause: `avec elle à midi`, `pour elle c’est` are right. */
  const subjectAt = (k: number) => {
    const key = tokens[k]?.key;
    return key === 'il' || key === 'on' || (key === 'elle' && !adjacent(field, tokens[k - 1], tokens[k]));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = adjacent(field, t, tokens[i + 1]) ? tokens[i + 1] : undefined;
    const prev = adjacent(field, tokens[i - 1], t) ? tokens[i - 1] : undefined;
    const after = next && adjacent(field, next, tokens[i + 2]) ? tokens[i + 2] : undefined;

    // elision: `le homme` → `l’homme`, `que il` → `qu’il`, `de avril` → `d’avril`.
    const elided = ELIDING[t.key];
    if (elided && next && LOWER_START.test(next.value) && !INNER_CAPITAL.test(next.value) && !next.key.includes("'")) {
      const w = next.key;
      const vowelOrH = FRENCH_VOWEL.test(w) || (w.startsWith('h') && w.length > 1);
      const refused =
        noElision(w) ||
        (t.key === 'ce' && !CE_ELIDES.has(w)) ||
        ((t.key === 'le' || t.key === 'la' || t.key === 'de') && NUMERAL_AFTER_ARTICLE.has(w)) ||
        (w.length === 1 && (!(w === 'a' || w === 'à') || t.key === 'le' || t.key === 'la' || t.key === 'de'));
      if (vowelOrH && !refused && !w.startsWith('y')) {
        const replacement = sameCase(t.value, elided) + apostrophe;
        found.push({ messageId: 'elision', start: t.start, end: next.end, expected: [replacement + next.value], fix: true });
        continue;
      }
    }

    // aAccent: `jusqu'a`, `quant a`, `a partir de`, `A bientôt`, `il y à`, `il à reçu`.
    if (t.key === "jusqu'a") found.push({ messageId: 'aAccent', start: t.start, end: t.end, expected: [t.value.slice(0, -1) + sameCase(t.value.slice(-1), 'à')] });
    else if (t.key === 'a' && prev?.key === 'quant') found.push({ messageId: 'aAccent', start: prev.start, end: t.end, expected: [prev.value + ' à'] });
    else if (t.key === 'a' && next && (next.key === 'partir' || next.key === 'compter') && after && (after.key === 'de' || after.key === 'du' || after.key === 'des' || after.key.startsWith("d'")))
      found.push({ messageId: 'aAccent', start: t.start, end: next.end, expected: [`${sameCase(t.value, 'à')} ${next.value}`] });
    else if (t.value === 'A' && next && !prev && sentenceOpens(field, t) && AFTER_A_START.has(next.key))
      found.push({ messageId: 'aAccent', start: t.start, end: next.end, expected: [`À ${next.value}`] });
    else if (t.key === 'a' && !prev && next && (next.key === 'bientôt' || next.key === 'demain') && !after && /^\s*(?:$|[.!,;:)])/u.test(value.slice(next.end)))
      found.push({ messageId: 'aAccent', start: t.start, end: next.end, expected: [`${sameCase(t.value, 'à')} ${next.value}`] });
    else if (t.key === 'à' && prev?.key === 'y' && tokens[i - 2]?.key === 'il' && adjacent(field, tokens[i - 2], prev))
      found.push({ messageId: 'aAccent', start: tokens[i - 2]!.start, end: t.end, expected: [`${tokens[i - 2]!.value} y a`] });
    else if (t.key === 'à' && prev && subjectAt(i - 1) && next && LOWER_START.test(next.value) && PARTICIPLE.test(next.key) && next.key.length > 3)
      found.push({ messageId: 'aAccent', start: prev.start, end: t.end, expected: [`${prev.value} a`] });

    // ouAccent: `d'ou`, `là ou vous`, `au moment ou`, `n'importe ou`, `Par ou` opening a sentence.
    if (t.key === "d'ou") found.push({ messageId: 'ouAccent', start: t.start, end: t.end, expected: [t.value.slice(0, -1) + 'ù'] });
    else if (t.key === 'ou' && prev && next) {
      const clause = CLAUSE_PRONOUN.has(next.key) || next.key.startsWith("j'");
      const before = tokens[i - 2] && adjacent(field, tokens[i - 2], prev) ? tokens[i - 2] : undefined;
      if ((prev.key === 'là' && clause) || (prev.key === 'moment' && before?.key === 'au' && clause) || (prev.key === 'partout' && clause))
        found.push({ messageId: 'ouAccent', start: prev.start, end: t.end, expected: [`${prev.value} où`] });
    }
    if (t.key === 'ou' && prev?.key === "n'importe") found.push({ messageId: 'ouAccent', start: prev.start, end: t.end, expected: [`${prev.value} où`] });
    if (t.key === 'par' && next?.key === 'ou' && !prev && sentenceOpens(field, t) && after)
      found.push({ messageId: 'ouAccent', start: t.start, end: next.end, expected: [`${t.value} où`] });

    // caSa: `sa va` → `ça va`: the possessive cannot stand before a verb or a pronoun.
    if (t.key === 'sa' && next && SA_BEFORE_VERB.has(next.key) && !(next.key === 'y' && after?.key !== 'est'))
      found.push({ messageId: 'caSa', start: t.start, end: t.end, expected: [sameCase(t.value, 'ça')] });

    // etEst: `c'et` → `c'est`, `n'et`, `elle et prête` → `elle est prête`.
    if (t.key === "c'et" || t.key === "n'et" || t.key === 'et-ce')
      found.push({ messageId: 'etEst', start: t.start, end: t.end, expected: [t.value.replace(/([eE])([tT])/, (_m, e: string, tt: string) => e + (tt === 'T' ? 'S' : 's') + tt)] });
    else if (t.key === 'et' && prev && subjectAt(i - 1) && next && ET_ADJECTIVE.test(next.key))
      found.push({ messageId: 'etEst', start: t.start, end: t.end, expected: [sameCase(t.value, 'est')] });

    // ceSe: `se que` / `se qui` → `ce que`, `il c'est` → `il s'est`.
    if (t.key === 'se' && next && (next.key === 'que' || next.key === 'qui' || next.key === 'dont' || next.key.startsWith("qu'")))
      found.push({ messageId: 'ceSe', start: t.start, end: t.end, expected: [sameCase(t.value, 'ce')] });
    else if (t.key === "c'est" && prev && (prev.key === 'il' || prev.key === 'on' || prev.key === 'ils'))
      found.push({ messageId: 'ceSe', start: t.start, end: t.end, expected: [sameCase(t.value, 's') + t.value.slice(1)] });

    // quelqueSoit: `quelque soit` → `quel que soit` / `quelle que soit`.
    if ((t.key === 'quelque' || t.key === 'quelques') && next && QUELQUE_SOIT.has(next.key)) {
      const verb = next.value;
      const forms = next.key === 'soit' ? ['quel que', 'quelle que'] : ['quels que', 'quelles que'];
      found.push({ messageId: 'quelqueSoit', start: t.start, end: next.end, expected: forms.map((f) => `${sameCase(t.value, f)} ${verb}`) });
    }
  }
  return found;
}

function englishFindings(field: TextField, tokens: readonly Token[], apostrophe: string): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = adjacent(field, t, tokens[i + 1]) ? tokens[i + 1] : undefined;
    const after = next && adjacent(field, next, tokens[i + 2]) ? tokens[i + 2] : undefined;
    const prev = adjacent(field, tokens[i - 1], t) ? tokens[i - 1] : undefined;
    if (!next) continue;
    const w = next.key;

    // aAn: `a order` → `an order`, `an parcel` → `a parcel`; acronyms and unlisted `u` words are never judged.
    if ((t.key === 'a' || t.key === 'an') && w.length > 1 && !ALL_CAPS.test(next.value) && /^[a-z]/.test(w)) {
      const listed = articleOf(w);
      const wanted = listed === 'either' ? undefined : listed ?? (w.startsWith('u') ? undefined : /^[aeio]/.test(w) ? 'an' : 'a');
      if (wanted && wanted !== t.key) found.push({ messageId: 'aAn', start: t.start, end: t.end, expected: [sameCase(t.value, wanted)] });
    }

    // itsIts: `it's own` → `its own`; `its a` / `its not` → `it's a` / `it's not`.
    if (t.key === "it's" && w === 'own') found.push({ messageId: 'itsIts', start: t.start, end: t.end, expected: [sameCase(t.value, 'its')] });
    else if (t.key === 'its' && ITS_BEFORE.has(w) && LOWER_START.test(next.value)) found.push({ messageId: 'itsIts', start: t.start, end: t.end, expected: [sameCase(t.value, `it${apostrophe}s`)] });

    // yourYoure: `your welcome` (alone) / `your not` → `you're`; `you're order` → `your order`.
    if (t.key === 'your') {
      const alone = !prev && !after && (next.end === field.value.length || /^\s*[.!,;:)]/u.test(field.value.slice(next.end)));
      if ((w === 'welcome' && alone) || w === 'not' || (w === 'going' && after?.key === 'to'))
        found.push({ messageId: 'yourYoure', start: t.start, end: t.end, expected: [sameCase(t.value, `you${apostrophe}re`)] });
    } else if (t.key === "you're" && YOURE_NOUNS.has(w)) found.push({ messageId: 'yourYoure', start: t.start, end: t.end, expected: [sameCase(t.value, 'your')] });
  }
  return found;
}

/** The token opens the text, a line, or a clause after `.`, `!`, `?`, `,`, `;` or `:`. */
function sentenceOpens(field: TextField, t: Token): boolean {
  return /(?:^|[.!?,;:\n])["”»)]?\s*$/u.test(field.value.slice(0, t.start));
}

/** Lowercase words opening a sentence after `.`, `!` or `?`, except after an abbreviation, a masked span or `...`. */
function capitalFindings(field: TextField, tokens: readonly Token[], spans: readonly MaskedSpan[]): Finding[] {
  const found: Finding[] = [];
  const value = field.value;
  for (const t of tokens) {
    if (!LOWER_START.test(t.value) || INNER_CAPITAL.test(t.value) || isBrand(t.value)) continue;
    const before = value.slice(0, t.start);
    const m = SENTENCE_END_BEFORE.exec(before);
    if (!m) continue;
    const mark = m.index;
    // After a masked span (`12.50. total`, a link ending a sentence) the dot may be the span's own.
    // Only a dot inside the span is its own; a full stop right after a placeholder or an amount ends the sentence.
    if (spans.some((s) => mark >= s.start && mark < s.end)) continue;
    // `...` and `…` leave a sentence open (`et puis... rien`).
    if (value[mark - 1] === '.' || value[mark - 1] === '…') continue;
    if (m[1] === '.') {
      const word = /([\p{L}\p{N}°.]+)$/u.exec(value.slice(0, mark))?.[1] ?? '';
      if (word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase()) || HAS_DIGIT.test(word)) continue;
    }
    found.push({ messageId: 'sentenceCapital', start: t.start, end: t.end, expected: [t.value.charAt(0).toLocaleUpperCase() + t.value.slice(1)] });
  }
  return found;
}

/** The apostrophe the template already uses: typographic `’` unless it writes only straight ones. */
function apostropheOf(template: TemplateNode, field: TextField): string {
  if (field.value.includes('’')) return '’';
  if (field.value.includes("'")) return "'";
  const all = template.texts.map((f) => (typeof f.value === 'string' ? f.value : '')).join('');
  return all.includes("'") && !all.includes('’') ? "'" : '’';
}

export default createRule({
  id: 'grammar',
  kind: 'language',
  summary: 'Report certain grammar slips in French and English: elision, a/à, ou/où, its/it’s, a/an, a missing capital.',
  recommended: 'warn',
  messages: {
    elision: (d: { actual: string; expected: string }) => `\`${d.actual}\` must be elided before a vowel or mute h; write \`${d.expected}\``,
    aAccent: (d: { actual: string; expected: string }) => `\`${d.actual}\` confuses the verb \`a\` and the preposition \`à\`; write \`${d.expected}\``,
    ouAccent: (d: { actual: string; expected: string }) => `\`${d.actual}\`: \`où\` (where) takes an accent, \`ou\` (or) does not; write \`${d.expected}\``,
    caSa: (d: { actual: string; expected: string }) => `\`${d.actual}\`: the possessive \`sa\` cannot stand before a verb; write \`${d.expected}\``,
    etEst: (d: { actual: string; expected: string }) => `\`${d.actual}\`: \`et\` (and) stands where the verb \`est\` belongs; write \`${d.expected}\``,
    ceSe: (d: { actual: string; expected: string }) => `\`${d.actual}\` confuses \`ce\` and \`se\`; write \`${d.expected}\``,
    quelqueSoit: (d: { actual: string; expected: string }) => `\`${d.actual}\` is written in three words, agreeing with its subject; write \`${d.expected}\``,
    aAn: (d: { actual: string; expected: string }) => `\`${d.actual}\` does not match the sound of the next word; write \`${d.expected}\``,
    itsIts: (d: { actual: string; expected: string }) => `\`${d.actual}\` confuses \`its\` (possessive) and \`it's\` (it is); write \`${d.expected}\``,
    yourYoure: (d: { actual: string; expected: string }) => `\`${d.actual}\` confuses \`your\` (possessive) and \`you're\` (you are); write \`${d.expected}\``,
    sentenceCapital: (d: { actual: string; expected: string }) => `\`${d.actual}\` starts a sentence in lowercase; write \`${d.expected}\``,
    numberAgreement: (d: { actual: string; expected: string }) =>
      `\`${d.actual}\`: a plural determiner takes a plural noun; write \`${d.expected}\``,
    replace: (d: { replacement: string }) => `Replace with \`${d.replacement}\``,
  },
  fixable: true,
  suggest: true,
  create(context) {
    const language = languageOf(context.template.language ?? context.settings.defaultLanguage);
    if (!language) return {};
    const check = (field: TextField | undefined) => {
      if (!field || typeof field.value !== 'string' || field.value.length < 2) return;
      const tokens = tokensOf(field, language);
      const found =
        language === 'fr' ? frenchFindings(field, tokens, apostropheOf(context.template, field)) : englishFindings(field, tokens, apostropheOf(context.template, field));
      found.push(...capitalFindings(field, tokens, analyse(field, language).spans));
      found.sort((a, b) => a.start - b.start);
      for (const f of found) {
        const actual = field.value.slice(f.start, f.end);
        const edit = (text: string): TextEdit => ({ field, start: f.start, end: f.end, text });
        context.report({
          messageId: f.messageId,
          data: { actual, expected: f.expected.join('` or `') },
          at: { field, start: f.start, end: f.end },
          actual,
          expected: f.expected,
          ...(f.fix
            ? { fix: edit(f.expected[0]!) }
            : { suggest: f.expected.map((replacement) => ({ messageId: 'replace' as const, data: { replacement }, fix: edit(replacement) })) }),
        });
      }
    };
    return {
      Header: (node) => check(node.text),
      Body: (node) => check(node.text),
      Footer: (node) => check(node.text),
    };
  },
});
