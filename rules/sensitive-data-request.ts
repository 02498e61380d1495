import { loadList } from '../src/dictionaries.js';
import { createRule } from '../src/engine/create-rule.js';
import { PROSE_ROLES, type TextField } from '../src/template/model.js';
import { fold, keyedEntries, PhraseMatcher, tokensOf, type PhraseMatch, type Token } from '../src/text/phrases.js';

/** What a template may ask for, and how a message names it. */
const ITEMS = {
  'card-number': 'a full payment card number',
  cvv: 'a card security code (CVV)',
  'bank-account': 'a bank account number (IBAN, RIB)',
  password: 'a password or login credentials',
  pin: 'a PIN',
  'national-id': 'a national identity number',
  'id-document': 'an identity document',
  'one-time-code': 'a one-time code',
} as const;
type Item = keyof typeof ITEMS;

/** give: hand it over; enter: type it in somewhere; need: "we need your…" (see dictionaries/policy/request-verbs.*). */
const VERBS = ['give', 'enter', 'need'] as const;
type Verb = (typeof VERBS)[number];

const CONTEXT_KINDS = [
  'negation',
  'negation-after',
  'cancel',
  'sender',
  'to-recipient',
  'partial-before',
  'partial-unit',
  'partial-after',
  'clause',
  'possessive',
  'destination',
] as const;
type ContextKind = (typeof CONTEXT_KINDS)[number];

const LANGUAGES = ['en', 'fr'];
/** Words allowed between a request verb and the item (`send us a photo of both sides of your ID card`). */
const VERB_TO_ITEM = 8;
/** Words allowed between an item and a `need` word after it (`your full card number is required`). */
const ITEM_TO_NEED = 4;
const NEGATION_WINDOW = 5;
const NEGATION_AFTER_WINDOW = 2;
const PARTIAL_BEFORE_WINDOW = 6;
const PARTIAL_AFTER_WINDOW = 3;
/** "your full card number is required": the possessive may sit a word before the item. */
const POSSESSIVE_WINDOW = 2;

interface Lexicon {
  readonly items: PhraseMatcher<Item>;
  readonly verbs: PhraseMatcher<Verb>;
  readonly context: Readonly<Record<ContextKind, ReadonlySet<string>>>;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const items = new PhraseMatcher<Item>();
  const verbs = new PhraseMatcher<Verb>();
  const context = Object.fromEntries(CONTEXT_KINDS.map((k) => [k, new Set<string>()])) as Record<ContextKind, Set<string>>;
  for (const lang of LANGUAGES) {
    const itemFile = `policy/sensitive-items.${lang}.txt`;
    for (const { key, entry } of keyedEntries(loadList(itemFile), itemFile)) {
      if (!(key in ITEMS)) throw new Error(`dictionaries/${itemFile}: unknown kind \`${key}\``);
      items.add(entry, key as Item);
    }
    const verbFile = `policy/request-verbs.${lang}.txt`;
    for (const { key, entry } of keyedEntries(loadList(verbFile), verbFile)) {
      if (!(VERBS as readonly string[]).includes(key)) throw new Error(`dictionaries/${verbFile}: unknown kind \`${key}\``);
      verbs.add(entry, key as Verb);
    }
    const contextFile = `policy/sensitive-context.${lang}.txt`;
    for (const { key, entry } of keyedEntries(loadList(contextFile), contextFile)) {
      if (!(CONTEXT_KINDS as readonly string[]).includes(key)) throw new Error(`dictionaries/${contextFile}: unknown kind \`${key}\``);
      context[key as ContextKind].add(fold(entry));
    }
  }
  return (lexicon = { items, verbs, context });
}

const isNumber = (t: Token): boolean => t.text.charCodeAt(0) >= 0x30 && t.text.charCodeAt(0) <= 0x39;

/** Tokens `from` to `to` (inclusive, clamped) that share `sentence`. */
function* around(tokens: readonly Token[], from: number, to: number, sentence: number): Generator<Token> {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) if (tokens[i]!.sentence === sentence) yield tokens[i]!;
}

export default createRule({
  id: 'sensitive-data-request',
  kind: 'rejection',
  summary: 'Disallow asking the recipient for card numbers, bank details, passwords, PINs, ID numbers or one-time codes.',
  recommended: 'error',
  messages: {
    sensitiveIdentifier: (d: { text: string; item: string }) =>
      `\`${d.text}\` asks the recipient for ${d.item}; WhatsApp's Business Policy forbids requesting full sensitive identifiers, ask for the last 4 digits at most or collect it outside WhatsApp`,
    oneTimeCode: (d: { text: string }) =>
      `\`${d.text}\` asks the recipient to hand over a one-time code; Meta rejects it, a code is typed into your app and never shared, tell them never to share it`,
  },
  create(context) {
    const lex = load();
    const ctx = lex.context;

    const sentenceOf = (tokens: readonly Token[], index: number): number => tokens[index]!.sentence;

    /** "the last 4 digits of your card number", "numéro de carte se terminant par 1234". */
    const isPartial = (tokens: readonly Token[], item: PhraseMatch<Item>): boolean => {
      const sentence = sentenceOf(tokens, item.first);
      let partial = false;
      let unit = false;
      for (const t of around(tokens, item.first - PARTIAL_BEFORE_WINDOW, item.first - 1, sentence)) {
        if (ctx['partial-before'].has(t.text)) partial = true;
        else if (ctx['partial-unit'].has(t.text) || isNumber(t)) unit = true;
      }
      if (partial && unit) return true;
      for (const t of around(tokens, item.last + 1, item.last + PARTIAL_AFTER_WINDOW, sentence)) if (ctx['partial-after'].has(t.text)) return true;
      return false;
    };

    /** "never share", « ne communiquez jamais »; "don't forget to send" is still a request. */
    const isNegated = (tokens: readonly Token[], verb: PhraseMatch<Verb>): boolean => {
      const sentence = sentenceOf(tokens, verb.first);
      for (let i = verb.first - 1; i >= Math.max(0, verb.first - NEGATION_WINDOW); i--) {
        const t = tokens[i]!;
        if (t.sentence !== sentence || ctx.cancel.has(t.text)) break;
        if (ctx.negation.has(t.text)) return true;
      }
      for (const t of around(tokens, verb.last + 1, verb.last + NEGATION_AFTER_WINDOW, sentence)) if (ctx['negation-after'].has(t.text)) return true;
      return false;
    };

    /** Whether `verb` asks the recipient for `item`. */
    const asks = (tokens: readonly Token[], verb: PhraseMatch<Verb>, item: PhraseMatch<Item>): boolean => {
      if (item.value === 'one-time-code' && verb.value !== 'give') return false;
      if (isNegated(tokens, verb)) return false;
      const sentence = sentenceOf(tokens, verb.first);
      const before = tokens[verb.first - 1];
      const after = tokens[verb.last + 1];
      if (verb.value !== 'need' && before?.sentence === sentence && ctx.sender.has(before.text)) return false;
      if (verb.value === 'give' && after?.sentence === sentence && ctx['to-recipient'].has(after.text)) return false;
      if (verb.last < item.first) {
        // "let us know if your bank details change": the item is in another clause.
        for (let i = verb.last + 1; i < item.first; i++) if (ctx.clause.has(tokens[i]!.text)) return false;
      } else {
        // A `need` word after the item: "your IBAN is required", not "a password is required to open the PDF".
        let owned = false;
        for (const t of around(tokens, item.first - POSSESSIVE_WINDOW, item.first - 1, sentence)) if (ctx.possessive.has(t.text)) owned = true;
        if (!owned) return false;
      }
      if (verb.value === 'enter') {
        for (const t of around(tokens, 0, tokens.length - 1, sentence)) {
          const inItem = t.start >= item.start && t.end <= item.end;
          if (!inItem && ctx.destination.has(t.text)) return false;
        }
      }
      return true;
    };

    const check = (field: TextField): void => {
      const tokens = tokensOf(field);
      if (tokens.length < 2) return;
      const items = lex.items.match(tokens);
      if (items.length === 0) return;
      const verbs = lex.verbs.match(tokens);
      if (verbs.length === 0) return;
      for (const item of items) {
        const sentence = sentenceOf(tokens, item.first);
        let request: PhraseMatch<Verb> | undefined;
        // The nearest verb before the item decides ("send us a message, never share your PIN" asks nothing);
        // failing that, a `need` word just after it.
        for (let v = verbs.length - 1; v >= 0; v--) {
          const verb = verbs[v]!;
          if (verb.last >= item.first) continue;
          if (sentenceOf(tokens, verb.first) === sentence && item.first - verb.last - 1 <= VERB_TO_ITEM && asks(tokens, verb, item)) request = verb;
          break;
        }
        for (let v = 0; v < verbs.length && !request; v++) {
          const verb = verbs[v]!;
          if (verb.value !== 'need' || verb.first <= item.last || sentenceOf(tokens, verb.first) !== sentence) continue;
          if (verb.first - item.last - 1 <= ITEM_TO_NEED && asks(tokens, verb, item)) request = verb;
        }
        if (!request || isPartial(tokens, item)) continue;
        const start = Math.min(request.start, item.start);
        const end = Math.max(request.end, item.end);
        const text = field.value.slice(start, end);
        if (item.value === 'one-time-code') {
          context.report({ messageId: 'oneTimeCode', data: { text }, at: { field, start, end }, actual: text });
        } else {
          context.report({ messageId: 'sensitiveIdentifier', data: { text, item: ITEMS[item.value] }, at: { field, start, end }, actual: text });
        }
      }
    };

    return {
      TextField(field) {
        if (PROSE_ROLES.has(field.role)) check(field);
      },
    };
  },
});
