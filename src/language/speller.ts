import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, WordList } from './wordlist.js';

/**
 * Spelling for French and English, with Hunspell's answers on the Hunspell dictionaries we ship (dictionary-fr,
 * dictionary-en) but without their load cost: the dictionaries are expanded at build time into packed word lists
 * (scripts/build-dictionaries.mjs → dist/dictionaries/<lang>.words), read here in a few milliseconds.
 *
 * `correct()` follows Hunspell 1.7's `spell()` step by step (hunspell.cxx): input conversion (ICONV: ’ → ',
 * ligatures), trailing dots (abbreviations), numbers, capitalisation (sentence-start capitals and ALL CAPS fall back to
 * lower case; KEEPCASE words don't; `L'ÉTÉ` → `l'Été`), then BREAK: a word not found as a whole is split at `-` (and
 * `.`, `·`, a leading or trailing apostrophe) and accepted when both sides are. Lookup (`checkword`) handles elisions
 * the way the dictionary's prefix rules do: `l’homme` is `homme` with the `l'` elision allowed on it (`l'hommes` is
 * wrong, `d'hommes` right), and `jusqu’à`, `aujourd’hui`, `presqu’île` are words of their own.
 *
 * `suggest()` walks the word list with a weighted edit distance (accents, doubled letters, keyboard neighbours,
 * transpositions, œ/oe and apostrophes or hyphens cost less than other edits), adds the dictionary's REP confusions
 * and two-word splits, and keeps the input's capitalisation and apostrophe.
 */

export type SpellLanguage = 'fr' | 'en' | 'en-gb';

export interface Speller {
  readonly language: SpellLanguage;
  /** The compiled word list behind this speller. */
  readonly words: WordList;
  /** Is `word` (one token: letters, apostrophes, hyphens, dots; numbers are the caller's business) spelled right? */
  correct(word: string): boolean;
  /** Up to `max` corrections for a misspelled `word`, best first; [] when the word is right or nothing is close. */
  suggest(word: string, max?: number): string[];
}

// -----------------------------------------------------------------------------------------------------------------
// Finding and loading the word lists

const cache = new Map<SpellLanguage, Speller>();

/**
 * Where `<lang>.words` lives: dist/dictionaries/ next to the package. From the source tree (src/language/), from the
 * compiled tree (dist/src/language/) and from the bundle (dist/wabalint.mjs), walk up to a folder that holds
 * `dictionaries/<lang>.words` or `dist/dictionaries/<lang>.words`.
 */
export function wordsFile(lang: SpellLanguage): string {
  const name = `${lang}.words`;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, 'dictionaries', name), join(dir, 'dist', 'dictionaries', name)]) {
      if (existsSync(candidate)) return candidate;
    }
    dir = dirname(dir);
  }
  throw new Error(`wabalint: cannot find the compiled dictionary ${name} under dist/dictionaries/; run \`npm run build\` (or node scripts/build-dictionaries.mjs)`);
}

/** A speller over the word list in `file` (not cached; tools and benchmarks). */
export function loadSpeller(file: string, lang?: SpellLanguage): Speller {
  const list = WordList.load(file);
  return createSpeller(list, lang ?? (list.header.lang as SpellLanguage));
}

/** The speller for `lang`, loaded on first use (synchronously, a few milliseconds) and shared by the process. */
export function getSpeller(lang: SpellLanguage): Speller {
  let speller = cache.get(lang);
  if (!speller) {
    speller = createSpeller(WordList.load(wordsFile(lang)), lang);
    cache.set(lang, speller);
  }
  return speller;
}

// -----------------------------------------------------------------------------------------------------------------
// Capitalisation, as Hunspell computes it (csutil.cxx)

const NOCAP = 0;
const INITCAP = 1;
const ALLCAP = 2;
const HUHCAP = 3;
const HUHINITCAP = 4;

function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}
function upperChar(c: string): string {
  const u = c.toUpperCase();
  return u.length === c.length ? u : c;
}
function lower(w: string): string {
  const l = w.toLowerCase();
  if (l.length === w.length) return l;
  let out = '';
  for (const c of w) out += lowerChar(c);
  return out;
}
function upper(w: string): string {
  const u = w.toUpperCase();
  if (u.length === w.length) return u;
  let out = '';
  for (const c of w) out += upperChar(c);
  return out;
}
const initcap = (w: string): string => (w ? upperChar(w[0]!) + w.slice(1) : w);

function captype(w: string): number {
  let ncap = 0;
  let nneutral = 0;
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    n++;
    if (code < 128) {
      if (code >= 65 && code <= 90) ncap++;
      else if (!(code >= 97 && code <= 122)) nneutral++;
      continue;
    }
    const c = w[i]!;
    const l = lowerChar(c);
    if (l !== c) ncap++;
    if (upperChar(c) === l) nneutral++;
  }
  if (ncap === 0) return NOCAP;
  const firstcap = lowerChar(w[0]!) !== w[0];
  if (ncap === 1 && firstcap) return INITCAP;
  if (ncap === n || ncap + nneutral === n) return ALLCAP;
  if (ncap > 1 && firstcap) return HUHINITCAP;
  return HUHCAP;
}

/** Hunspell accepts numbers with single separators: `12`, `1.5`, `10-12`, `1,000.5`. */
function isNumber(w: string): boolean {
  let state = 0; // 0 begin, 1 digit, 2 separator
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) state = 1;
    else if (c === 44 || c === 46 || c === 45) {
      if (state === 2 || i === 0) return false;
      state = 2;
    } else return false;
  }
  return state === 1;
}

const APOSTROPHES = /[’ʼ]/g;
const COMBINING = /[\u0300-\u036f]/;

// -----------------------------------------------------------------------------------------------------------------

const F_STANDALONE = 1;
const F_KEEPCASE = 2;
const F_NOSUGGEST = 4;
const F_ONLYUPCASE = 8;
const NOT_FOUND = -1;
const MAX_BREAK_POINTS = 10;
/** Longer tokens (a URL that slipped through, a hash) get no suggestion: nothing in the dictionary is that long. */
const MAX_SUGGEST_LENGTH = 60;

interface Elision {
  bit: number;
  /** The `l'^` class: l' followed by a capitalised form (`l'Amour`). */
  capBit: number;
}

/** Builds a speller over a loaded word list (tests and tools; the linter uses `getSpeller`). */
export function createSpeller(list: WordList, language: SpellLanguage = list.header.lang as SpellLanguage): Speller {
  const h = list.header;
  const classFlags = list.classFlags;
  const classElisions = list.classElisions;

  // Input conversion: the .aff's ICONV, plus both apostrophes whatever the .aff says. ICONV entries that compose a
  // letter and a combining accent (dictionary-fr has 34) are done by NFC normalisation, which is the same for them.
  const iconv = new Map<string, [string, string][]>();
  const iconvFirst = new Uint8Array(65536);
  for (let c = 0x300; c <= 0x36f; c++) iconvFirst[c] = 2;
  for (const [from, to] of [...h.iconv, ['’', "'"], ['ʼ', "'"]] as [string, string][]) {
    if (COMBINING.test(from)) continue;
    const pairs = iconv.get(from[0]!) ?? [];
    if (!pairs.some(([f]) => f === from)) pairs.push([from, to]);
    pairs.sort((a, b) => b[0].length - a[0].length);
    iconv.set(from[0]!, pairs);
    iconvFirst[from.charCodeAt(0)] = 1;
  }
  function convert(word: string): string {
    let i = 0;
    for (; i < word.length; i++) if (iconvFirst[word.charCodeAt(i)]) break;
    if (i === word.length) return word;
    let out = word.slice(0, i);
    let combining = false;
    while (i < word.length) {
      const kind = iconvFirst[word.charCodeAt(i)];
      if (kind === 1) {
        const hit = iconv.get(word[i]!)!.find(([from]) => word.startsWith(from, i));
        if (hit) {
          out += hit[1];
          i += hit[0].length;
          continue;
        }
      } else if (kind === 2) combining = true;
      out += word[i++];
    }
    return combining ? out.normalize('NFC') : out;
  }

  const elisions = new Map<string, Elision>();
  h.elisions.forEach((name, bit) => {
    const cap = name.endsWith('^');
    const head = cap ? name.slice(0, -1) : name;
    const e = elisions.get(head) ?? { bit: -1, capBit: -1 };
    if (cap) e.capBit = bit;
    else e.bit = bit;
    elisions.set(head, e);
  });
  /** Elision heads, lower-cased, for suggestions (`l'`, `qu'`, `jusqu'` …). */
  const elisionHeads = [...new Set([...elisions.keys()].map(lower))].sort((a, b) => b.length - a.length);

  /** Hunspell's checkword(): the class of the form found, or NOT_FOUND. `initcap` = SPELL_INITCAP. */
  function checkword(w: string, initcap: boolean): number {
    const excluded = initcap ? F_ONLYUPCASE : 0;
    const cls = list.classOf(w);
    if (cls >= 0 && classFlags[cls]! & F_STANDALONE && !(classFlags[cls]! & excluded)) return cls;
    const apos = w.indexOf("'");
    if (apos > 0 && apos < w.length - 1 && elisions.size) {
      const e = elisions.get(w.slice(0, apos + 1));
      if (e) {
        const node = list.walk(w, apos + 1);
        const c = list.endClass(node);
        if (c >= 0 && e.bit >= 0 && classElisions[c]! & (1 << e.bit) && !(classFlags[c]! & excluded)) return c;
        if (e.capBit >= 0) {
          const first = w[apos + 1]!;
          const low = lowerChar(first);
          if (low !== first) {
            const c2 = list.endClass(list.walk(w, apos + 2, w.length, list.step(ROOT, low.charCodeAt(0))));
            if (c2 >= 0 && classElisions[c2]! & (1 << e.capBit) && !(classFlags[c2]! & excluded)) return c2;
          }
        }
      }
    }
    return NOT_FOUND;
  }
  const keepcase = (cls: number): boolean => (classFlags[cls]! & F_KEEPCASE) !== 0;

  /** Hunspell::spell_internal. */
  function spell(word: string): boolean {
    // Fast path: the token is listed as is. Hunspell accepts such a form whatever its case (KEEPCASE only rejects the
    // case-folded retries), except a hidden capitalised form (ONLYUPCASE), which goes the long way.
    const direct = list.classOf(word);
    if (direct >= 0 && (classFlags[direct]! & (F_STANDALONE | F_ONLYUPCASE)) === F_STANDALONE) return true;
    let w = convert(word);
    let start = 0;
    while (start < w.length && w.charCodeAt(start) === 32) start++;
    let end = w.length;
    while (end > start && w.charCodeAt(end - 1) === 46) end--;
    const abbv = w.length - end;
    if (start > 0 || end < w.length) w = w.slice(start, end);
    if (w === '') return true;
    if (isNumber(w)) return true;

    const cap = captype(w);
    let scw = w;
    let rv = NOT_FOUND;
    found: switch (cap) {
      case HUHCAP:
      case HUHINITCAP:
      case NOCAP:
        rv = checkword(w, false);
        if (rv < 0 && abbv) rv = checkword(`${w}.`, false);
        break;
      case ALLCAP:
      case INITCAP: {
        if (cap === ALLCAP) {
          rv = checkword(w, false);
          if (rv >= 0) break;
          if (abbv) {
            rv = checkword(`${w}.`, false);
            if (rv >= 0) break;
          }
          // Catalan, French, Italian: prefixes separated by an apostrophe (SANT'ELIA → Sant'Elia, L'ÉTÉ → l'Été).
          const apos = w.indexOf("'");
          if (apos >= 0) {
            const low = lower(w);
            if (apos < low.length - 1) {
              const joined = low.slice(0, apos + 1) + initcap(low.slice(apos + 1));
              rv = checkword(joined, false);
              if (rv >= 0) break;
              rv = checkword(initcap(joined), false);
              if (rv >= 0) break;
            }
          }
        }
        const low = lower(w);
        scw = initcap(low);
        rv = checkword(scw, cap === INITCAP);
        if (rv >= 0 && keepcase(rv) && cap === ALLCAP) rv = NOT_FOUND;
        if (rv >= 0) break;
        rv = checkword(low, false);
        if (abbv && rv < 0) {
          rv = checkword(`${low}.`, false);
          if (rv < 0) {
            rv = checkword(`${scw}.`, cap === INITCAP);
            if (rv >= 0 && keepcase(rv) && cap === ALLCAP) rv = NOT_FOUND;
            break found;
          }
        }
        if (rv >= 0 && keepcase(rv)) rv = NOT_FOUND;
        break;
      }
    }
    if (rv >= 0) return true;
    return spellBreak(scw);
  }

  const breaks = h.breaks;
  /** The BREAK part of Hunspell::spell_internal, on the word as it stands after the case steps. */
  function spellBreak(scw: string): boolean {
    if (!breaks.length) return false;
    let nbr = 0;
    for (const b of breaks) {
      for (let pos = scw.indexOf(b); pos >= 0; pos = scw.indexOf(b, pos + b.length)) nbr++;
    }
    if (nbr >= MAX_BREAK_POINTS) return false;
    const wl = scw.length;
    // Boundary patterns (^begin and end$).
    for (const b of breaks) {
      const plen = b.length;
      if (plen === 1 || plen > wl) continue;
      if (b[0] === '^' && scw.startsWith(b.slice(1)) && spell(scw.slice(plen - 1))) return true;
      if (b[plen - 1] === '$' && scw.endsWith(b.slice(0, -1)) && spell(scw.slice(0, wl - plen + 1))) return true;
    }
    // Other patterns: at the second occurrence if there is one (to find dictionary words that contain the break),
    // then at the first.
    for (const second of [true, false]) {
      for (const b of breaks) {
        const plen = b.length;
        let found = scw.indexOf(b);
        if (!(found > 0 && found < wl - plen)) continue;
        if (second) {
          const found2 = scw.indexOf(b, found + 1);
          if (found2 > 0 && found2 < wl - plen) found = found2;
        }
        if (!spell(scw.slice(found + plen))) continue;
        if (spell(scw.slice(0, found))) return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Suggestions

  const edges = list.edges;
  const symbolChar = list.symbolChar;
  const classCount = list.classCount;
  const symbolCount = symbolChar.length;
  /** Per symbol: lower-cased code, accent-free lower-cased code. */
  const symLower = new Uint16Array(symbolCount);
  const symFold = new Uint16Array(symbolCount);
  for (let s = classCount; s < symbolCount; s++) {
    const c = String.fromCharCode(symbolChar[s]!);
    const l = lowerChar(c);
    symLower[s] = l.charCodeAt(0);
    symFold[s] = fold(l).charCodeAt(0);
  }
  const neighbours = new Set<number>();
  for (const row of (h.key || 'qwertyuiop|asdfghjkl|zxcvbnm').split('|')) {
    for (let i = 0; i + 1 < row.length; i++) {
      const a = row.charCodeAt(i);
      const b = row.charCodeAt(i + 1);
      neighbours.add(a * 65536 + b).add(b * 65536 + a);
    }
  }
  const suggestable = (cls: number): boolean => (classFlags[cls]! & (F_STANDALONE | F_NOSUGGEST | F_ONLYUPCASE)) === F_STANDALONE;

  /**
   * Weighted Damerau–Levenshtein search of the word list for forms close to `input` (already converted and
   * lower-cased). Adds `form → cost` to `out` for the best `keep` forms within `budget`.
   */
  function search(input: string, budget: number, keep: number, out: Map<string, number>): void {
    const n = input.length;
    const a = new Uint16Array(n);
    const af = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = input.charCodeAt(i);
      af[i] = fold(input[i]!).charCodeAt(0);
    }
    const delCost = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = a[i]!;
      delCost[i] = i > 0 && a[i - 1] === c ? 0.5 : c === 39 || c === 45 || c === 32 ? 0.4 : 0.9;
    }
    const maxDepth = n + Math.floor(budget / 0.4) + 1;
    const rows: Float64Array[] = [];
    for (let d = 0; d <= maxDepth; d++) rows.push(new Float64Array(n + 1));
    const row0 = rows[0]!;
    for (let i = 1; i <= n; i++) row0[i] = row0[i - 1]! + delCost[i - 1]!;
    const path = new Uint16Array(maxDepth + 1); // symbols
    let bound = budget;
    const best: number[] = []; // costs of the kept forms, ascending
    const kept = new Map<string, number>();

    // Costs follow the order in which Hunspell's SuggestMgr tries its edits (REP, swapped letters, keyboard
    // neighbours, extra letter, forgotten letter, wrong letter), with accents, doubled letters, œ/oe and apostrophes
    // or hyphens cheaper still; a capital the input lacks (a proper noun for a common word) costs a little more.
    const subCost = (x: number, xf: number, s: number): number => {
      const c = symbolChar[s]!;
      if (c === x) return 0;
      const lc = symLower[s]!;
      if (lc === x) return 0.2;
      const capital = lc !== c ? 0.1 : 0;
      if (symFold[s] === xf) {
        // Accents: é is the likeliest missing one in French, then è, ê.
        if (lc === 0xe9) return 0.25 + capital;
        if (lc === 0xe8) return 0.3 + capital;
        return 0.35 + capital;
      }
      if (neighbours.has(x * 65536 + lc)) return 0.75 + capital;
      return 1 + capital;
    };
    const insCost = (s: number, prev: number): number => {
      const c = symLower[s]!;
      if (prev >= 0 && symLower[prev] === c) return 0.5; // doubled letter
      if (c === 39 || c === 45) return 0.4;
      return c !== symbolChar[s] ? 1.02 : 0.92;
    };

    const visit = (node: number, depth: number): void => {
      for (let e = node; ; e++) {
        const v = edges[e]!;
        const s = v >>> 23;
        if (s < classCount) {
          const cost = rows[depth]![n]!;
          if (depth > 0 && cost <= bound && suggestable(s)) {
            let word = '';
            for (let k = 0; k < depth; k++) word += String.fromCharCode(symbolChar[path[k]!]!);
            kept.set(word, cost);
            let k = best.length;
            best.push(cost);
            while (k > 0 && best[k - 1]! > cost) {
              best[k] = best[k - 1]!;
              k--;
            }
            best[k] = cost;
            if (best.length > keep) {
              best.length = keep;
              bound = Math.min(bound, best[keep - 1]!);
            }
          }
        } else if (depth < maxDepth) {
          const prevRow = rows[depth]!;
          const row = rows[depth + 1]!;
          const prevSym = depth > 0 ? path[depth - 1]! : -1;
          const ins = insCost(s, prevSym);
          row[0] = prevRow[0]! + ins;
          let min = row[0]!;
          const c = symbolChar[s]!;
          const lig = c === 0x153 ? 111 : c === 0xe6 ? 97 : c === 0x152 ? 111 : 0; // œ ← oe, æ ← ae
          for (let i = 1; i <= n; i++) {
            const x = a[i - 1]!;
            let cost = prevRow[i - 1]! + subCost(x, af[i - 1]!, s);
            const del = row[i - 1]! + delCost[i - 1]!;
            if (del < cost) cost = del;
            const insert = prevRow[i]! + ins;
            if (insert < cost) cost = insert;
            if (i >= 2 && depth >= 1 && symLower[path[depth - 1]!] === x && a[i - 2] === symLower[s]) {
              const t = rows[depth - 1]![i - 2]! + 0.75;
              if (t < cost) cost = t;
            }
            if (lig && i >= 2 && a[i - 2] === lig && x === 101) {
              const t = prevRow[i - 2]! + 0.2;
              if (t < cost) cost = t;
            }
            row[i] = cost;
            if (cost < min) min = cost;
          }
          if (min <= bound) {
            path[depth] = s;
            visit(v & 0x3fffff, depth + 1);
          }
        }
        if (v & 0x400000) break;
      }
    };
    visit(ROOT, 0);
    for (const [word, cost] of kept) if (cost <= bound) addCandidate(out, word, cost);
  }

  function addCandidate(out: Map<string, number>, word: string, cost: number): void {
    const prev = out.get(word);
    if (prev === undefined || cost < prev) out.set(word, cost);
  }

  const rep = h.rep.map(([from, to]) => ({
    from: from.replace(/^\^/, '').replace(/\$$/, ''),
    to: to.replace(/_/g, ' '),
    atStart: from.startsWith('^'),
    atEnd: from.endsWith('$'),
  }));

  /** Candidates for a lower-cased, converted word without its elision: edit-distance search, REP, splits. */
  function candidates(w: string, keep: number): Map<string, number> {
    const out = new Map<string, number>();
    const n = w.length;
    const budget = n <= 3 ? 1 : n <= 5 ? 1.5 : 2;
    search(w, budget, keep, out);
    for (const r of rep) {
      if (!r.from) continue;
      for (let pos = w.indexOf(r.from); pos >= 0; pos = w.indexOf(r.from, pos + 1)) {
        if (r.atStart && pos !== 0) break;
        if (r.atEnd && pos + r.from.length !== n) continue;
        const cand = w.slice(0, pos) + r.to + w.slice(pos + r.from.length);
        if (cand !== w && cand.split(' ').every((part) => part && spell(part))) addCandidate(out, cand, 0.45);
      }
    }
    // Two words run together: `parceque` → `parce que`, `alot` → `a lot`.
    for (let i = 2; i <= n - 2; i++) {
      const left = w.slice(0, i);
      const right = w.slice(i);
      if (/['-]$/.test(left) || /^['-]/.test(right)) continue;
      if (checkword(left, false) >= 0 && checkword(right, false) >= 0) addCandidate(out, `${left} ${right}`, 1.05);
    }
    return out;
  }

  const ranked = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((x, y) => x[1] - y[1] || Math.abs(x[0].length - n) - Math.abs(y[0].length - n) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .map(([word]) => word);

  function suggest(word: string, max = 5): string[] {
    if (max <= 0 || !word || word.length > MAX_SUGGEST_LENGTH) return [];
    if (word.includes(' ')) {
      // Two tokens that should be one: `rendez vous` → `rendez-vous`.
      const out: string[] = [];
      for (const glue of ['-', '']) {
        const joined = word.split(/ +/).join(glue);
        if (spell(joined)) out.push(joined);
      }
      return out.slice(0, max);
    }
    if (spell(word)) return [];
    const curly = /[’ʼ]/.test(word);
    let w = convert(word).replace(APOSTROPHES, "'");
    let dots = '';
    while (w.endsWith('.')) {
      w = w.slice(0, -1);
      dots += '.';
    }
    const cap = captype(w);
    const low = lower(w);
    const keep = max * 3;
    const found = new Map<string, number>();

    // Elision: correct the word after it, keep the elision (l’evenement → l’événement).
    const apos = low.indexOf("'");
    const head = apos > 0 ? elisionHeads.find((e) => low.startsWith(e) && low.length > e.length) : undefined;
    if (head) {
      for (const [cand, cost] of candidates(low.slice(head.length), keep)) {
        // The dictionary allows l', d', qu' … before any letter; French elides only before a vowel or a mute h.
        const elidable = /^[aàâäeéèêëiîïoôöuùûüyœæh]/i.test(cand);
        if (!cand.includes(' ') && spell(head + cand)) addCandidate(found, head + cand, cost + (elidable ? 0 : 1));
      }
    }
    // KEEPCASE words in the wrong case (KM → km), as Hunspell puts them first.
    if ((cap === ALLCAP || cap === INITCAP) && spell(low)) addCandidate(found, low, 0);
    for (const [cand, cost] of candidates(low, keep)) addCandidate(found, cand, cost + (head ? 0.5 : 0));
    // A compound with one wrong part: correct that part (bleu-vertt → bleu-vert).
    if (low.includes('-') && found.size < max) {
      const parts = low.split('-');
      parts.forEach((part, i) => {
        if (!part || spell(part)) return;
        for (const [cand, cost] of candidates(part, keep)) {
          const whole = [...parts.slice(0, i), cand, ...parts.slice(i + 1)].join('-');
          if (spell(whole)) addCandidate(found, whole, cost + 0.1);
        }
      });
    }

    const out: string[] = [];
    for (const cand of ranked(found, low.length)) {
      let form = cand;
      // The input's capitalisation, when the dictionary allows it (KEEPCASE words keep theirs).
      if (cap === ALLCAP) form = upper(cand);
      else if (cap === INITCAP || cap === HUHINITCAP) form = initcap(cand);
      if (form !== cand && !form.split(' ').every((part) => spell(part))) form = cand;
      if (dots && spell(form + dots)) form += dots;
      if (curly) form = form.replace(/'/g, '’');
      if (form !== word && !out.includes(form)) out.push(form);
      if (out.length >= max) break;
    }
    return out;
  }

  return {
    language,
    words: list,
    correct: (word: string) => spell(word),
    suggest,
  };
}

/** Lower-case letter without its accent (é → e, œ stays œ). */
function fold(c: string): string {
  const d = c.normalize('NFD');
  return d.length > 1 && COMBINING.test(d[1]!) ? d[0]! : c;
}
