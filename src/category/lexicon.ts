/**
 * The category lexicons (`dictionaries/category/*.txt`), compiled once into token-indexed phrase tables.
 *
 * Line format: `weight<TAB>phrase`. A phrase is words separated by spaces, matched on whole tokens after the
 * normalisation of `tokenize.ts` (case, accents, apostrophes), consecutive in the text with only spaces, hyphens,
 * apostrophes, quotes or formatting marks between them. Special words:
 *
 * | in a phrase | matches |
 * | --- | --- |
 * | `word*` | any word starting with `word` (at least 3 letters before the `*`) |
 * | `#` | a number (`20`, `49,90`) or a placeholder |
 * | `{}` | a placeholder |
 * | `?` | any one word (not as the first word) |
 * | `%` `€` `$` `£` | that sign |
 * | `-` | a minus sign before a number (`-20 %`, `−20 %`, `- 20 %`) |
 */
import { loadList } from '../dictionaries.js';
import type { Category } from './types.js';
import { hashKey, normalize, PLACEHOLDER_HASH, tokenize, TokenType, type TokenBuffer } from './tokenize.js';

export type MatcherKind = 'word' | 'prefix' | 'number' | 'placeholder' | 'symbol' | 'any';

export interface Matcher {
  readonly kind: MatcherKind;
  readonly value: string;
  /** Hash of `value` (of its first three units for a prefix) as `tokenizeInto` computes it; -1 when unused. */
  readonly hash: number;
}

function matcher(kind: MatcherKind, value: string): Matcher {
  const hash = kind === 'word' || kind === 'symbol' ? hashKey(value) : kind === 'prefix' ? hashKey(value, 3) : -1;
  return { kind, value, hash };
}

/** Index key of the `#` matcher (numbers and placeholders); `{}` uses `PLACEHOLDER_HASH`. */
const NUMBER_KEY = -1;

/** The index key of a first matcher: the hash `tokenizeInto` gives the tokens it matches. */
function indexKey(m: Matcher): number {
  return m.kind === 'number' ? NUMBER_KEY : m.kind === 'placeholder' ? PLACEHOLDER_HASH : m.hash;
}

/** Entries that start with the same matcher: the first token is checked once for all of them. */
export interface Group {
  readonly first: Matcher;
  readonly entries: readonly Entry[];
}

export interface Entry {
  readonly matchers: readonly Matcher[];
  readonly weight: number;
  /** null for a guard: a phrase that hides the trigger words inside it and counts for nothing. */
  readonly category: Category | null;
  /** The phrase as written in the file. */
  readonly phrase: string;
  /** File, relative to `dictionaries/`. */
  readonly source: string;
  /** Language of the file (`category/marketing.fr.txt` → `fr`), undefined for language-neutral files. */
  readonly lang: string | undefined;
  /** Position of the entry in load order (stable tie-breaks). */
  readonly order: number;
}

export interface CompiledLexicon {
  /** Entries by the hash of their first word or sign (`#`: `NUMBER_KEY`, `{}`: `PLACEHOLDER_HASH`). */
  readonly byKey: ReadonlyMap<number, readonly Group[]>;
  /** Entries whose first word is a prefix (`profit*`), by the hash of the prefix's first three letters. */
  readonly byPrefix: ReadonlyMap<number, readonly Group[]>;
  readonly size: number;
}

/** One lexicon file: its path under `dictionaries/` and the category its phrases count for (null: guards). */
export interface LexiconFile {
  readonly name: string;
  readonly category: Category | null;
}

export const TEXT_LEXICONS: readonly LexiconFile[] = [
  { name: 'category/marketing.en.txt', category: 'MARKETING' },
  { name: 'category/marketing.fr.txt', category: 'MARKETING' },
  { name: 'category/utility.en.txt', category: 'UTILITY' },
  { name: 'category/utility.fr.txt', category: 'UTILITY' },
  { name: 'category/authentication.en.txt', category: 'AUTHENTICATION' },
  { name: 'category/authentication.fr.txt', category: 'AUTHENTICATION' },
  { name: 'category/guards.en.txt', category: null },
  { name: 'category/guards.fr.txt', category: null },
];

export const URL_LEXICONS: readonly LexiconFile[] = [
  { name: 'category/url.marketing.txt', category: 'MARKETING' },
  { name: 'category/url.utility.txt', category: 'UTILITY' },
];

const SYMBOLS = new Set(['%', '€', '$', '£', '-']); // `−` is folded to `-` by `normalize`

const SIMPLE_WORD = /^[a-z0-9]+$/;

/** Parses one phrase into matchers; throws on a phrase that cannot match anything. */
export function parsePhrase(phrase: string, where = phrase): Matcher[] {
  const matchers: Matcher[] = [];
  for (const part of normalize(phrase.trim()).split(' ')) {
    if (part === '') continue;
    if (part === '#') matchers.push(matcher('number', '#'));
    else if (part === '{}') matchers.push(matcher('placeholder', '{}'));
    else if (part === '?') matchers.push(matcher('any', '?'));
    else if (SYMBOLS.has(part)) matchers.push(matcher('symbol', part));
    else {
      const prefix = part.endsWith('*');
      const word = prefix ? part.slice(0, -1) : part;
      // Most parts are one plain word; others (`d'achat`, `e-mail`, `20%`) go through the tokenizer.
      const tokens = SIMPLE_WORD.test(word) ? [{ key: word, type: TokenType.Word as TokenType }] : tokenize(word);
      if (tokens.length === 0) throw new Error(`wabalint: lexicon phrase \`${where}\`: \`${part}\` holds no word`);
      tokens.forEach((t, i) => {
        if (t.type === TokenType.Symbol) matchers.push(matcher('symbol', t.key));
        else if (prefix && i === tokens.length - 1) {
          if (t.key.length < 3) throw new Error(`wabalint: lexicon phrase \`${where}\`: a prefix needs 3 letters or more`);
          matchers.push(matcher('prefix', t.key));
        } else matchers.push(matcher('word', t.key));
      });
    }
  }
  if (matchers.length === 0) throw new Error(`wabalint: empty lexicon phrase in ${where}`);
  if (matchers[0]!.kind === 'any') throw new Error(`wabalint: lexicon phrase \`${where}\` cannot start with \`?\``);
  return matchers;
}

/** Parses `weight<TAB>phrase` lines. */
export function parseEntries(lines: readonly string[], file: LexiconFile, firstOrder = 0): Entry[] {
  const lang = /\.([a-z]{2})\.txt$/.exec(file.name)?.[1];
  return lines.map((line, i) => {
    const tab = line.indexOf('\t');
    const weight = tab > 0 ? Number(line.slice(0, tab)) : NaN;
    const phrase = tab > 0 ? line.slice(tab + 1).trim() : '';
    if (!Number.isFinite(weight) || weight < 0 || phrase === '') {
      throw new Error(`wabalint: dictionaries/${file.name}: expected \`weight<TAB>phrase\`, got \`${line}\``);
    }
    return { matchers: parsePhrase(phrase, `${file.name}: ${phrase}`), weight, category: file.category, phrase, source: file.name, lang, order: firstOrder + i };
  });
}

export function compile(entries: readonly Entry[]): CompiledLexicon {
  const byKey = new Map<number, Array<{ first: Matcher; entries: Entry[] }>>();
  const byPrefix = new Map<number, Array<{ first: Matcher; entries: Entry[] }>>();
  const add = (map: typeof byKey, key: number, entry: Entry) => {
    const first = entry.matchers[0]!;
    let groups = map.get(key);
    if (!groups) map.set(key, (groups = []));
    const group = groups.find((g) => g.first.kind === first.kind && g.first.value === first.value);
    if (group) group.entries.push(entry);
    else groups.push({ first, entries: [entry] });
  };
  for (const entry of entries) {
    const first = entry.matchers[0]!;
    add(first.kind === 'prefix' ? byPrefix : byKey, indexKey(first), entry);
  }
  return { byKey, byPrefix, size: entries.length };
}

export function loadLexicons(files: readonly LexiconFile[]): CompiledLexicon {
  const entries: Entry[] = [];
  for (const file of files) entries.push(...parseEntries(loadList(file.name), file, entries.length));
  return compile(entries);
}

let text: CompiledLexicon | undefined;
let url: CompiledLexicon | undefined;

/** The text lexicons, compiled on first use. */
export function textLexicon(): CompiledLexicon {
  return (text ??= loadLexicons(TEXT_LEXICONS));
}

/** The URL lexicons, compiled on first use. */
export function urlLexicon(): CompiledLexicon {
  return (url ??= loadLexicons(URL_LEXICONS));
}

function matchesToken(m: Matcher, buf: TokenBuffer, k: number): boolean {
  const type = buf.types[k]!;
  switch (m.kind) {
    case 'word':
      return type !== TokenType.Placeholder && buf.hashes[k] === m.hash && buf.matches(k, m.value, true);
    case 'prefix':
      return type === TokenType.Word && buf.prefixHashes[k] === m.hash && buf.matches(k, m.value, false);
    case 'number':
      return type === TokenType.Number || type === TokenType.Placeholder;
    case 'placeholder':
      return type === TokenType.Placeholder;
    case 'symbol':
      return type === TokenType.Symbol && buf.hashes[k] === m.hash;
    case 'any':
      return type === TokenType.Word;
  }
}

/** A lexicon entry found at tokens `[from, to)`. */
export interface Match {
  readonly entry: Entry;
  readonly from: number;
  readonly to: number;
}

function tryEntries(groups: readonly Group[] | undefined, buf: TokenBuffer, i: number, out: Match[]): void {
  if (!groups) return;
  for (const group of groups) if (matchesToken(group.first, buf, i)) tryGroup(group.entries, buf, i, out);
}

function tryGroup(entries: readonly Entry[], buf: TokenBuffer, i: number, out: Match[]): void {
  const count = buf.count;
  for (const entry of entries) {
    const ms = entry.matchers;
    if (i + ms.length > count) continue;
    let ok = true;
    for (let k = 1; k < ms.length; k++) {
      if (buf.brks[i + k] === 1 || !matchesToken(ms[k]!, buf, i + k)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push({ entry, from: i, to: i + ms.length });
  }
}

/** Every entry that matches somewhere in the tokens of `buf` (overlaps included). */
export function findMatches(lexicon: CompiledLexicon, buf: TokenBuffer): Match[] {
  const out: Match[] = [];
  const numbers = lexicon.byKey.get(NUMBER_KEY);
  const { byKey, byPrefix } = lexicon;
  for (let i = 0; i < buf.count; i++) {
    const type = buf.types[i]!;
    tryEntries(byKey.get(buf.hashes[i]!), buf, i, out);
    if (type === TokenType.Number || type === TokenType.Placeholder) tryEntries(numbers, buf, i, out);
    else {
      const prefix = buf.prefixHashes[i]!;
      if (prefix >= 0) tryEntries(byPrefix.get(prefix), buf, i, out);
    }
  }
  return out;
}

let taken = new Uint8Array(256);

/**
 * Keeps the matches that do not overlap a better one: longer first, then guards, then heavier, then earlier, then
 * from the template's language (`- # %` is in both the French and the English list). A guard (`livraison gratuite`)
 * thus hides the trigger inside it (`gratuite`), and `code promo` hides `code`.
 */
export function resolveOverlaps(matches: Match[], tokenCount: number, lang?: string): Match[] {
  if (matches.length <= 1) return matches;
  matches.sort(
    (a, b) =>
      b.to - b.from - (a.to - a.from) ||
      (a.entry.category === null ? 0 : 1) - (b.entry.category === null ? 0 : 1) ||
      b.entry.weight - a.entry.weight ||
      a.from - b.from ||
      (a.entry.lang === lang ? 0 : 1) - (b.entry.lang === lang ? 0 : 1) ||
      a.entry.order - b.entry.order,
  );
  if (taken.length < tokenCount) taken = new Uint8Array(Math.max(tokenCount, taken.length * 2));
  taken.fill(0, 0, tokenCount);
  const kept: Match[] = [];
  for (const m of matches) {
    let free = true;
    for (let k = m.from; k < m.to; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) taken[k] = 1;
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}
