import type { TextField } from '../template/model.js';

/**
 * Word tokens and phrase lexicons: case- and accent-insensitive, whole-word matching with spans in the original text.
 *
 * **Tokens.** A token is a run of letters or of digits (`10kg` is `10` and `kg`), folded to lower case without
 * accents (`Sécurité` → `securite`, `Œuvre` → `oeuvre`). Apostrophes, hyphens and every other character separate
 * tokens (`l’IBAN` → `l` `iban`, `e-cigarette` → `e` `cigarette`), so `pin` never matches inside `shipping`.
 * A placeholder (`{{1}}`) is one token `{{}}`; a link, an e-mail address or a dotted name (`https://…`, `a@b.fr`,
 * `exemple.fr`, `3.5`) is one opaque token `//`: neither can equal a lexicon word. `.` `!` `?` `;` `…` and line breaks
 * end a sentence; a phrase never spans two sentences.
 *
 * **Lexicon entries** (one per line in `dictionaries/`), written in plain text and tokenized the same way:
 * - `numéro de carte`: these words in a row (`Numero de CARTE` matches too);
 * - `cigarette*`: a word starting with `cigarette` (a prefix of at least 3 characters);
 * - `#`: any number (`perdez # kg` matches `Perdez 10 kg` and `perdez 10kg`); not first on a line, where `#` starts a
 *   comment in `dictionaries/`;
 * - `...`: up to 3 words of any kind (`invest* ... bitcoin` matches `invest now in bitcoin`);
 * - `a|b`: either word (`contacterons|informerons votre employeur`);
 * - a line starting with `!` is an exception: a phrase that must not be reported (`!bar à vin`). Matching is
 *   leftmost-longest, so an exception that starts at or before a reported phrase and covers it wins.
 */

export interface Token {
  /** Folded text: lower case, no accents. `{{}}` for a placeholder, `//` for a link or other dotted name. */
  readonly text: string;
  /** UTF-16 span in the original string. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export const PLACEHOLDER_TOKEN = '{{}}';
export const OPAQUE_TOKEN = '//';

const MARKS = /\p{M}+/gu;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPECIAL_FOLDS: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', ĸ: 'k' };

/** Folded form of each code point from U+00AA to U+024F, `undefined` when it is not a letter. */
const LATIN: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  for (let c = 0; c <= 0x24f; c++) {
    if (c < 0xaa) {
      table.push(undefined);
      continue;
    }
    const ch = String.fromCharCode(c);
    table.push(LETTER.test(ch) ? (SPECIAL_FOLDS[ch] ?? ch.normalize('NFD').replace(MARKS, '').toLowerCase()) : undefined);
  }
  return table;
})();

/** Character classes while reading words. */
const NONE = 0;
const LETTER_CHAR = 1;
const DIGIT_CHAR = 2;
const MARK_CHAR = 3;

/** Sentence-ending characters: `.` (when not inside a dotted name), `!`, `?`, `;`, `…`, line breaks. */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026 || c === 0x0a || c === 0x0d || c === 0x3002 || c === 0x2028 || c === 0x2029;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/** Punctuation left out of the end of a link (`voir exemple.fr.` ends the sentence with its `.`). */
const TRAILING = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0xbb, 0x22, 0x27, 0x2019, 0x201d, 0x2026]);

/**
 * The tokens of `text`, in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let i = 0;
  // The word being read: its start, whether it is letters or digits, and how to fold it. A word of lower-case ASCII
  // letters or digits is a slice of the text; upper-case ASCII is lower-cased at the end; anything else is folded
  // character by character into `word`.
  let word = '';
  let wordStart = -1;
  let wordKind = NONE;
  let wordUpper = false;
  let wordFolded = false;
  // Tokens of the current run of word characters and connectors, dropped if the run turns out to be a link.
  let runStart = -1;
  let runFirstToken = 0;

  const flush = (end: number): void => {
    if (wordStart >= 0) {
      const folded = wordFolded ? word : wordUpper ? text.slice(wordStart, end).toLowerCase() : text.slice(wordStart, end);
      if (folded !== '') tokens.push({ text: folded, start: wordStart, end, sentence });
      word = '';
      wordStart = -1;
      wordKind = NONE;
      wordUpper = false;
      wordFolded = false;
    }
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    let kind: number;
    // Folded form of a character that is not plain ASCII; '' for ASCII letters and digits.
    let folded = '';
    let upper = false;
    let width = 1;
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) kind = LETTER_CHAR;
      else if (c >= 0x41 && c <= 0x5a) {
        kind = LETTER_CHAR;
        upper = true;
      } else if (c >= 0x30 && c <= 0x39) kind = DIGIT_CHAR;
      else kind = NONE;
    } else if (c <= 0x24f) {
      const f = LATIN[c];
      if (f === undefined) kind = NONE;
      else {
        kind = LETTER_CHAR;
        folded = f;
      }
    } else if (c >= 0x300 && c <= 0x36f) {
      kind = MARK_CHAR;
    } else if (c >= 0x2000 && c <= 0x206f) {
      // General punctuation: spaces, dashes, quotes, `’`, `…`.
      kind = NONE;
    } else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      const ch = text.slice(i, i + width);
      if (WORD_CHAR.test(ch)) {
        kind = /\p{N}/u.test(ch) ? DIGIT_CHAR : LETTER_CHAR;
        folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
      } else kind = /\p{M}/u.test(ch) ? MARK_CHAR : NONE;
    }

    if (kind === MARK_CHAR) {
      // A combining accent belongs to the word it follows and folds away.
      if (wordStart >= 0 && !wordFolded) {
        word = text.slice(wordStart, i).toLowerCase();
        wordFolded = true;
      }
      i += width;
      continue;
    }
    if (kind !== NONE) {
      if (runStart < 0) {
        runStart = i;
        runFirstToken = tokens.length;
      }
      if (wordKind !== kind) {
        flush(i);
        wordStart = i;
        wordKind = kind;
      }
      if (folded !== '') {
        if (!wordFolded) {
          word = text.slice(wordStart, i).toLowerCase();
          wordFolded = true;
        }
        word += folded;
      } else if (wordFolded) word += upper ? String.fromCharCode(c | 0x20) : text[i]!;
      else if (upper) wordUpper = true;
      i += width;
      continue;
    }
    flush(i);

    // A placeholder is one token.
    if (c === 0x7b && text.charCodeAt(i + 1) === 0x7b) {
      const close = text.indexOf('}}', i + 2);
      const newline = text.indexOf('\n', i + 2);
      if (close >= 0 && (newline < 0 || newline > close)) {
        tokens.push({ text: PLACEHOLDER_TOKEN, start: i, end: close + 2, sentence });
        runStart = -1;
        i = close + 2;
        continue;
      }
    }

    // `.`, `@` or `://` right after a word and before another word character or `/`: a link, address or dotted name.
    if (runStart >= 0 && (c === 0x2e || c === 0x40 || c === 0x3a)) {
      const next = text.charCodeAt(i + 1);
      const nextIsWord = (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) || (next >= 0xc0 && LATIN[next] !== undefined);
      const linkLike = c === 0x3a ? next === 0x2f && text.charCodeAt(i + 2) === 0x2f : nextIsWord;
      if (linkLike) {
        let end = i;
        while (end < n && !isSpace(text.charCodeAt(end))) end++;
        while (end > i && TRAILING.has(text.charCodeAt(end - 1))) end--;
        tokens.length = runFirstToken;
        tokens.push({ text: OPAQUE_TOKEN, start: runStart, end, sentence });
        runStart = -1;
        i = end;
        continue;
      }
    }

    runStart = -1;
    // `3.5` and `exemple.fr` were taken above; any other `.` ends the sentence.
    if (endsSentence(c)) sentence++;
    i += width;
  }
  flush(n);
  return tokens;
}

const cache = new WeakMap<TextField, readonly Token[]>();

/** The tokens of a text field, computed once per field and shared by every rule that asks. */
export function tokensOf(field: TextField): readonly Token[] {
  let tokens = cache.get(field);
  if (!tokens) {
    tokens = tokenize(field.value);
    cache.set(field, tokens);
  }
  return tokens;
}

/** `text` folded the way tokens are: lower case, no accents. */
export function fold(text: string): string {
  return tokenize(text)
    .map((t) => t.text)
    .join(' ');
}

/** A phrase found in a token list. */
export interface PhraseMatch<T> {
  /** The lexicon's value for this phrase. */
  readonly value: T;
  /** The lexicon entry as written. */
  readonly entry: string;
  /** Token indices: `first` to `last` inclusive. */
  readonly first: number;
  readonly last: number;
  /** UTF-16 span in the original text. */
  readonly start: number;
  readonly end: number;
}

interface Entry<T> {
  readonly value: T;
  readonly entry: string;
  readonly exception: boolean;
}

interface Node<T> {
  exact?: Map<string, Node<T>>;
  /** Prefix edges, keyed by `prefixKey` of the stem. */
  prefix?: Map<number, Array<{ stem: string; node: Node<T> }>>;
  number?: Node<T>;
  gap?: Node<T>;
  entry?: Entry<T>;
}

type Step = { kind: 'word'; text: string } | { kind: 'prefix'; stem: string } | { kind: 'number' } | { kind: 'gap' };

const GAP = '...';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const NONE_FOUND: readonly PhraseMatch<any>[] = Object.freeze([]);
const MAX_GAP = 3;
const MIN_PREFIX = 3;

/** A small-integer key from a word's first two characters, so that looking up prefixes allocates nothing. */
function prefixKey(text: string): number {
  return ((text.charCodeAt(0) & 0x7fff) << 15) | (text.charCodeAt(1) & 0x7fff);
}

function isNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Expands `a|b` alternatives into every combination. */
function alternatives(entry: string): string[] {
  let out: string[][] = [[]];
  for (const chunk of entry.split(/\s+/).filter((c) => c !== '')) {
    const options = chunk === GAP ? [chunk] : chunk.split('|').filter((o) => o !== '');
    const next: string[][] = [];
    for (const prefix of out) for (const option of options) next.push([...prefix, option]);
    out = next;
  }
  return out.map((words) => words.join(' '));
}

function steps(phrase: string, entry: string): Step[] {
  const out: Step[] = [];
  for (const chunk of phrase.split(' ')) {
    if (chunk === GAP) {
      if (out.length === 0) throw new Error(`lexicon entry \`${entry}\` starts with \`...\``);
      out.push({ kind: 'gap' });
      continue;
    }
    if (chunk === '#') {
      out.push({ kind: 'number' });
      continue;
    }
    const star = chunk.endsWith('*');
    const words = tokenize(star ? chunk.slice(0, -1) : chunk).map((t) => t.text);
    words.forEach((w, i) => {
      if (star && i === words.length - 1) {
        if (w.length < MIN_PREFIX) throw new Error(`lexicon entry \`${entry}\`: a prefix needs at least ${MIN_PREFIX} letters`);
        out.push({ kind: 'prefix', stem: w });
      } else out.push({ kind: 'word', text: w });
    });
  }
  if (out.length === 0 || out[out.length - 1]!.kind === 'gap') throw new Error(`lexicon entry \`${entry}\` is empty or ends with \`...\``);
  return out;
}

/**
 * A compiled lexicon: finds its phrases in token lists, leftmost-longest, without overlaps.
 * Build it once (at first use) and reuse it for every template.
 */
export class PhraseMatcher<T> {
  private readonly root: Node<T> = {};
  private size = 0;

  /** Adds a lexicon entry (see the module comment for the syntax); `!entry` adds an exception. */
  add(entry: string, value: T): this {
    const exception = entry.startsWith('!');
    const written = exception ? entry.slice(1).trim() : entry.trim();
    for (const phrase of alternatives(written)) {
      let node = this.root;
      for (const step of steps(phrase, entry)) node = this.child(node, step);
      node.entry = { value, entry: written, exception };
      this.size++;
    }
    return this;
  }

  /** Adds every entry of a list with the same value. */
  addAll(entries: Iterable<string>, value: T): this {
    for (const entry of entries) this.add(entry, value);
    return this;
  }

  /** Number of phrases (after expanding alternatives). */
  get count(): number {
    return this.size;
  }

  private child(node: Node<T>, step: Step): Node<T> {
    switch (step.kind) {
      case 'word': {
        node.exact ??= new Map();
        let next = node.exact.get(step.text);
        if (!next) node.exact.set(step.text, (next = {}));
        return next;
      }
      case 'prefix': {
        node.prefix ??= new Map();
        const key = prefixKey(step.stem);
        let list = node.prefix.get(key);
        if (!list) node.prefix.set(key, (list = []));
        let found = list.find((p) => p.stem === step.stem);
        if (!found) list.push((found = { stem: step.stem, node: {} }));
        return found.node;
      }
      case 'number':
        return (node.number ??= {});
      case 'gap':
        return (node.gap ??= {});
    }
  }

  // Search state of `longestAt`, kept on the instance so that a search allocates nothing (lint throughput).
  private tokens: readonly Token[] = [];
  private sentence = 0;
  private bestLast = -1;
  private bestEntry: Entry<T> | undefined;

  /** The longest phrase starting at token `index`, exceptions included; undefined when none. */
  longestAt(tokens: readonly Token[], index: number): { last: number; entry: Entry<T> } | undefined {
    if (!this.startsAt(tokens[index]!)) return undefined;
    this.tokens = tokens;
    this.sentence = tokens[index]!.sentence;
    this.bestLast = -1;
    this.bestEntry = undefined;
    this.step(this.root, index);
    const entry = this.bestEntry;
    this.tokens = [];
    this.bestEntry = undefined;
    return entry ? { last: this.bestLast, entry } : undefined;
  }

  /** Whether some phrase may start with this token: the cheap test that skips most tokens. */
  private startsAt(token: Token): boolean {
    const root = this.root;
    const text = token.text;
    return (
      root.exact?.has(text) === true ||
      (root.prefix !== undefined && text.length >= MIN_PREFIX && root.prefix.has(prefixKey(text))) ||
      (root.number !== undefined && isNumber(text))
    );
  }

  /** `i` is the next token to read; the phrase so far ends at i - 1. */
  private walk(node: Node<T>, i: number): void {
    if (node.entry && i - 1 > this.bestLast) {
      this.bestLast = i - 1;
      this.bestEntry = node.entry;
    }
    if (node.gap) {
      const tokens = this.tokens;
      for (let k = 0; k <= MAX_GAP && i + k < tokens.length && tokens[i + k]!.sentence === this.sentence; k++) this.step(node.gap, i + k);
    }
    this.step(node, i);
  }

  private step(node: Node<T>, i: number): void {
    const token = this.tokens[i];
    if (!token || token.sentence !== this.sentence) return;
    const text = token.text;
    const exact = node.exact?.get(text);
    if (exact) this.walk(exact, i + 1);
    if (node.prefix && text.length >= MIN_PREFIX) {
      const list = node.prefix.get(prefixKey(text));
      if (list) for (const p of list) if (text.startsWith(p.stem)) this.walk(p.node, i + 1);
    }
    if (node.number && isNumber(text)) this.walk(node.number, i + 1);
  }

  /** Every phrase of the lexicon in `tokens`, leftmost-longest; exceptions hide what they cover and are not returned. */
  match(tokens: readonly Token[]): readonly PhraseMatch<T>[] {
    let found: PhraseMatch<T>[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.longestAt(tokens, i);
      if (!hit) continue;
      if (!hit.entry.exception) {
        (found ??= []).push({ value: hit.entry.value, entry: hit.entry.entry, first: i, last: hit.last, start: tokens[i]!.start, end: tokens[hit.last]!.end });
      }
      i = hit.last;
    }
    return found ?? NONE_FOUND;
  }

  /** Whether some (non-exception) phrase of the lexicon occurs in `tokens`. */
  test(tokens: readonly Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.longestAt(tokens, i);
      if (!hit) continue;
      if (!hit.entry.exception) return true;
      i = hit.last;
    }
    return false;
  }
}

/**
 * Splits `kind: phrase` lexicon lines (the kind is a lower-case word with dashes) into pairs.
 * Throws on a line without a kind, so a typo in a data file fails the tests rather than matching nothing.
 */
export function keyedEntries(lines: readonly string[], file: string): Array<{ key: string; entry: string }> {
  return lines.map((line) => {
    const match = /^(!?)([a-z][a-z-]*):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`dictionaries/${file}: expected \`kind: phrase\`, got \`${line}\``);
    return { key: match[2]!, entry: `${match[1]}${match[3]!.trim()}` };
  });
}
