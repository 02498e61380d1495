/**
 * Text normalisation and tokenisation for the category lexicons.
 *
 * Normalisation folds one UTF-16 unit to one UTF-16 unit (lower case, accents stripped, typographic apostrophes,
 * dashes and spaces folded), so a token's `start`/`end` are its span in the original text. Tokens are runs of
 * letters and digits; `%`, `€`, `$`, `£` and a minus sign written before a number (`-20 %`, `−20 %`) are tokens of
 * their own; a `{{…}}` placeholder is one token. Apostrophes split words, so the French elisions `l'offre`, `d’une`
 * give `offre`, `une`, and matching is on whole tokens: `pin` never matches inside `shipping`.
 *
 * The hot path (`tokenizeInto`) writes into a reusable `TokenBuffer` of typed arrays and folds on the fly: no
 * object per token, and a token's key is a plain slice of the text unless folding changed it.
 */

export const TokenType = { Word: 0, Number: 1, Placeholder: 2, Symbol: 3 } as const;
export type TokenType = (typeof TokenType)[keyof typeof TokenType];

export interface Token {
  /** Normalised text (`offre`, `20`, `%`, `-`); `{}` for a placeholder. */
  readonly key: string;
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  /** Something other than spaces, hyphens, apostrophes, quotes or formatting marks stands between this token and the previous one. */
  readonly brk: boolean;
  /** Sentence number: `.`, `!`, `?` and line breaks end a sentence. */
  readonly sentence: number;
  /** The placeholder's name, for placeholder tokens. */
  readonly name?: string;
}

/** Per-unit map, filled on first use: 0 = not computed yet (U+0000 is ASCII, handled before the lookup). */
const folded = new Uint16Array(0x10000);

const APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4, 0x2032, 0xff07, 0x201b];
const DASHES = [0x2212, 0x2013, 0x2014, 0x2010, 0x2011, 0xfe63, 0xff0d, 0x2012];
const SPACES = [0x00a0, 0x202f, 0x2007, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x3000];
for (const c of APOSTROPHES) folded[c] = 0x27;
for (const c of DASHES) folded[c] = 0x2d;
for (const c of SPACES) folded[c] = 0x20;

/** One UTF-16 unit, lower-cased and stripped of its accent; typographic apostrophes, dashes and spaces folded. */
export function fold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c === 0x09 ? 0x20 : c;
  const known = folded[c]!;
  if (known !== 0) return known;
  let out = c;
  if (c < 0xd800 || c > 0xdfff) {
    const decomposed = String.fromCharCode(c).toLowerCase().normalize('NFD');
    if (decomposed.length > 0) out = decomposed.charCodeAt(0);
  }
  folded[c] = out;
  return out;
}

/** Lower-cased, accent-stripped copy of `text`, of the same length. */
export function normalize(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = fold(c);
    if (f !== c) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 not

/** Is the folded unit `c` part of a word? */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let k = wordCache[c]!;
  if (k === 0) {
    k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c] = k;
  }
  return k === 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Characters that may stand inside a phrase: spaces, hyphens, apostrophes, quotes, WhatsApp formatting marks, `#`, `°`. */
function isJoiner(c: number): boolean {
  switch (c) {
    case 0x20: // space (tabs and other spaces are folded to it)
    case 0x2d: // -
    case 0x27: // '
    case 0x2a: // *
    case 0x5f: // _
    case 0x7e: // ~
    case 0x22: // "
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2039: // ‹
    case 0x203a: // ›
    case 0x23: // #
    case 0xb0: // °
    case 0xba: // º
    case 0x200b: // zero-width space
    case 0xfe0f: // variation selector
      return true;
    default:
      return false;
  }
}

const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x2026;

export interface PlaceholderSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const NO_PLACEHOLDERS: readonly PlaceholderSpan[] = [];

/** FNV-1a of folded units, kept to 30 bits so it stays a small integer (a fast Map key). */
const FNV_OFFSET = 0x811c9dc5;
const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const hashEnd = (h: number) => h & 0x3fffffff;

/** The hash `tokenizeInto` gives a token whose folded text is `key` (for the lexicon compiler). */
export function hashKey(key: string, length = key.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = hashStep(h, key.charCodeAt(i));
  return hashEnd(h);
}

/** Hash keys of the placeholder token and of the `#` (number or placeholder) matcher: outside the 30-bit range. */
export const PLACEHOLDER_HASH = -2;

/**
 * Tokens of one text, as parallel arrays; `count` are valid. Reused from one text to the next. Tokens carry a hash
 * of their folded text instead of the text itself: no string is made per token (`keyAt` makes one on demand).
 */
export class TokenBuffer {
  count = 0;
  text = '';
  /** Hash of the folded token (`hashKey`), `PLACEHOLDER_HASH` for placeholders. */
  hashes = new Int32Array(64);
  /** Hash of the first three folded units of a word of three or more units, else -1. */
  prefixHashes = new Int32Array(64);
  types = new Uint8Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 when something other than a joiner stands before the token. */
  brks = new Uint8Array(64);
  sentences = new Int32Array(64);
  /** Index into the placeholder list, or -1. */
  placeholders = new Int32Array(64);

  push(hash: number, prefixHash: number, type: TokenType, start: number, end: number, brk: boolean, sentence: number, placeholder: number): void {
    const n = this.count;
    if (n === this.types.length) this.grow();
    this.hashes[n] = hash;
    this.prefixHashes[n] = prefixHash;
    this.types[n] = type;
    this.starts[n] = start;
    this.ends[n] = end;
    this.brks[n] = brk ? 1 : 0;
    this.sentences[n] = sentence;
    this.placeholders[n] = placeholder;
    this.count = n + 1;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.hashes = copy(this.hashes, new Int32Array(size));
    this.prefixHashes = copy(this.prefixHashes, new Int32Array(size));
    this.types = copy(this.types, new Uint8Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
    this.brks = copy(this.brks, new Uint8Array(size));
    this.sentences = copy(this.sentences, new Int32Array(size));
    this.placeholders = copy(this.placeholders, new Int32Array(size));
  }

  /** The folded text of token `k` (`{}` for a placeholder). */
  keyAt(k: number): string {
    if (this.types[k] === TokenType.Placeholder) return '{}';
    let out = '';
    for (let i = this.starts[k]!; i < this.ends[k]!; i++) out += String.fromCharCode(fold(this.text.charCodeAt(i)));
    return out;
  }

  /** Does token `k` start with (or, with `whole`, equal) the folded word `value`? */
  matches(k: number, value: string, whole: boolean): boolean {
    const start = this.starts[k]!;
    const length = this.ends[k]! - start;
    if (whole ? length !== value.length : length < value.length) return false;
    const text = this.text;
    for (let i = 0; i < value.length; i++) if (fold(text.charCodeAt(start + i)) !== value.charCodeAt(i)) return false;
    return true;
  }
}

const MINUS_HASH = hashKey('-');

/**
 * Tokenises `text` (original or normalised) into `buf`. `placeholders` (sorted, non-overlapping spans, such as
 * `placeholdersOf(field)`) become one token each, with key `{}`.
 */
export function tokenizeInto(buf: TokenBuffer, text: string, placeholders: readonly PlaceholderSpan[] = NO_PLACEHOLDERS): void {
  buf.count = 0;
  buf.text = text;
  const n = text.length;
  let brk = false;
  let sentence = 0;
  let p = 0; // next placeholder
  let nextPh = placeholders.length > 0 ? placeholders[0]!.start : -1;
  let i = 0;
  while (i < n) {
    if (i === nextPh) {
      const ph = placeholders[p]!;
      buf.push(PLACEHOLDER_HASH, -1, TokenType.Placeholder, ph.start, ph.end, brk, sentence, p);
      brk = false;
      i = ph.end;
      p++;
      nextPh = p < placeholders.length ? placeholders[p]!.start : -1;
      continue;
    }
    const raw = text.charCodeAt(i);
    const c = fold(raw);
    if (isWordUnit(c)) {
      let h = hashStep(FNV_OFFSET, c);
      let prefix = -1;
      let digits = isDigit(c);
      let j = i + 1;
      while (j < n && j !== nextPh) {
        const d = fold(text.charCodeAt(j));
        if (isWordUnit(d)) {
          if (!isDigit(d)) digits = false;
          h = hashStep(h, d);
          j++;
          if (j - i === 3) prefix = hashEnd(h);
        } else if (digits && (d === 0x2c || d === 0x2e) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          h = hashStep(hashStep(h, d), text.charCodeAt(j + 1));
          j += 2; // 49,90 or 1.5: one number
        } else break;
      }
      buf.push(hashEnd(h), digits ? -1 : prefix, digits ? TokenType.Number : TokenType.Word, i, j, brk, sentence, -1);
      brk = false;
      i = j;
      continue;
    }
    if (c === 0x25 || c === 0x20ac || c === 0x24 || c === 0xa3) {
      buf.push(hashEnd(hashStep(FNV_OFFSET, c)), -1, TokenType.Symbol, i, i + 1, brk, sentence, -1);
      brk = false;
      i++;
      continue;
    }
    if (c === 0x2d) {
      // A minus sign: `-20 %`, `- 20 %`, not the hyphen of `e-mail` or `20-30`.
      const prev = i > 0 ? fold(text.charCodeAt(i - 1)) : 0x20;
      let k = i + 1;
      if (k < n && fold(text.charCodeAt(k)) === 0x20) k++;
      if (!isWordUnit(prev) && k < n && (isDigit(text.charCodeAt(k)) || k === nextPh)) {
        buf.push(MINUS_HASH, -1, TokenType.Symbol, i, i + 1, brk, sentence, -1);
        brk = false;
        i++;
        continue;
      }
    }
    if (!isJoiner(c)) {
      brk = true;
      if (isSentenceEnd(c) && !(c === 0x2e && i > 0 && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) sentence++;
    }
    i++;
  }
}

const shared = new TokenBuffer();

/** Tokens as objects: for the lexicon compiler and tests (the classifier uses `tokenizeInto`). */
export function tokenize(text: string, placeholders: readonly PlaceholderSpan[] = NO_PLACEHOLDERS): Token[] {
  const buf = shared;
  tokenizeInto(buf, text, placeholders);
  const out: Token[] = [];
  for (let k = 0; k < buf.count; k++) {
    const ph = buf.placeholders[k]!;
    const token = {
      key: buf.keyAt(k),
      type: buf.types[k]! as TokenType,
      start: buf.starts[k]!,
      end: buf.ends[k]!,
      brk: buf.brks[k] === 1,
      sentence: buf.sentences[k]!,
    };
    out.push(ph >= 0 ? { ...token, name: placeholders[ph]!.name } : token);
  }
  return out;
}
