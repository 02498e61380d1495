import { readFileSync } from 'node:fs';

/**
 * Reader for the packed word lists that scripts/build-dictionaries.mjs writes (dist/dictionaries/<lang>.words): a
 * minimal acyclic automaton (DAWG) over the dictionary's surface forms, read with one `readFileSync` and used in place
 * (a Uint32Array view of the file), so loading costs a few milliseconds whatever the size of the dictionary.
 *
 * Layout (little-endian), see the build script for the details: "WBLW", u16 format version, u16 0, u32 header length,
 * JSON header, then u32 edges: bits 0–21 target node (index of its first edge, 0 for a word end), bit 22 last edge of
 * its node, bits 23–31 symbol (below `classCount`: end of a word with that property class; otherwise the character
 * `alphabet[symbol − classCount]`). The root node starts at edge 1; edges of a node are sorted by symbol.
 */

export const WORDLIST_FORMAT = 1;
const MAGIC = 0x574c4257; // "WBLW" read as a little-endian u32
const TARGET_MASK = (1 << 22) - 1;
const LAST_BIT = 1 << 22;
const SYMBOL_SHIFT = 23;
export const ROOT = 1;

/** Properties shared by a group of forms (Hunspell flags that matter after expansion). */
export interface WordClass {
  /** The form is a word by itself (false: it exists only after an elision, `l'…`). */
  readonly standalone: boolean;
  /** KEEPCASE: not accepted in another capitalisation than the listed one. */
  readonly keepcase: boolean;
  /** NOSUGGEST: accepted, never suggested. */
  readonly nosuggest: boolean;
  /** A hidden capitalised form of a mixed-case root (`Mcdonald` for `McDonald`): reachable from ALL-CAPS input only. */
  readonly onlyupcase: boolean;
  /** Indices into `header.elisions`: the elisions this form accepts (`l'`, `qu'`, `l'^` = l' + capitalised form). */
  readonly elisions: readonly number[];
}

export interface WordListHeader {
  readonly format: number;
  readonly lang: string;
  readonly source: { readonly name: string; readonly version: string };
  readonly wordCount: number;
  readonly edgeCount: number;
  readonly classCount: number;
  readonly alphabet: string;
  readonly classes: readonly WordClass[];
  readonly elisions: readonly string[];
  /** Input conversion table of the .aff (ICONV): applied before lookup (’ → ', ligatures, decomposed accents). */
  readonly iconv: readonly (readonly [string, string])[];
  readonly oconv: readonly (readonly [string, string])[];
  /** BREAK table of the .aff (Hunspell's default `-`, `^-`, `-$` when absent). */
  readonly breaks: readonly string[];
  /** KEY (keyboard neighbours, `|`-separated rows), TRY (letters by frequency), REP (common confusions), MAP. */
  readonly key: string;
  readonly try: string;
  readonly rep: readonly (readonly [string, string])[];
  readonly map: readonly string[];
  readonly wordchars: string;
}

export class WordList {
  readonly header: WordListHeader;
  /** The automaton's edges (see the file layout). */
  readonly edges: Uint32Array;
  /** Symbol → UTF-16 code unit (0 for the word-end symbols). */
  readonly symbolChar: Uint16Array;
  readonly classCount: number;
  /** Code unit → symbol + 1 (0: not in the alphabet). */
  private readonly charSymbol: Uint16Array;
  /** Class id → elision bit mask. */
  readonly classElisions: Uint32Array;
  /** Class id → bit 0 standalone, bit 1 keepcase, bit 2 nosuggest, bit 3 onlyupcase. */
  readonly classFlags: Uint8Array;
  /**
   * Direct tables for the first two characters, where nodes are widest (the root has ~150 edges, its children ~25 on
   * average, then a handful): symbol → child of the root (0: none), and, per child of the root, symbol → grandchild.
   */
  private readonly rootChild: Int32Array;
  private readonly rootRow: Int32Array;
  private readonly secondChild: Int32Array;

  static load(path: string): WordList {
    return new WordList(readFileSync(path));
  }

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('wabalint: not a word list (bad magic)');
    const version = view.getUint16(4, true);
    if (version !== WORDLIST_FORMAT) throw new Error(`wabalint: word list format ${version}, expected ${WORDLIST_FORMAT}; rebuild it`);
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as WordListHeader;
    this.header = header;
    const start = 12 + headerLength;
    const count = header.edgeCount;
    if (start + count * 4 > bytes.byteLength) throw new Error('wabalint: truncated word list');
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    if (littleEndian && (bytes.byteOffset + start) % 4 === 0) {
      this.edges = new Uint32Array(bytes.buffer, bytes.byteOffset + start, count);
    } else {
      const edges = new Uint32Array(count);
      for (let i = 0; i < count; i++) edges[i] = view.getUint32(start + i * 4, true);
      this.edges = edges;
    }
    this.classCount = header.classCount;
    const alphabet = header.alphabet;
    this.symbolChar = new Uint16Array(header.classCount + alphabet.length);
    this.charSymbol = new Uint16Array(65536);
    for (let i = 0; i < alphabet.length; i++) {
      const code = alphabet.charCodeAt(i);
      this.symbolChar[header.classCount + i] = code;
      this.charSymbol[code] = header.classCount + i + 1;
    }
    const symbols = this.symbolChar.length;
    this.rootChild = new Int32Array(symbols);
    this.rootRow = new Int32Array(symbols).fill(-1);
    let rows = 0;
    for (let e = ROOT; ; e++) {
      const v = this.edges[e]!;
      const s = v >>> SYMBOL_SHIFT;
      this.rootChild[s] = v & TARGET_MASK;
      if (s >= header.classCount) this.rootRow[s] = rows++;
      if (v & LAST_BIT) break;
    }
    this.secondChild = new Int32Array(rows * symbols);
    for (let s1 = 0; s1 < symbols; s1++) {
      const row = this.rootRow[s1]!;
      if (row < 0) continue;
      for (let e = this.rootChild[s1]!; ; e++) {
        const v = this.edges[e]!;
        this.secondChild[row * symbols + (v >>> SYMBOL_SHIFT)] = v & TARGET_MASK;
        if (v & LAST_BIT) break;
      }
    }
    this.classElisions = new Uint32Array(header.classCount);
    this.classFlags = new Uint8Array(header.classCount);
    header.classes.forEach((c, i) => {
      let mask = 0;
      for (const b of c.elisions) mask |= 1 << b;
      this.classElisions[i] = mask >>> 0;
      this.classFlags[i] = (c.standalone ? 1 : 0) | (c.keepcase ? 2 : 0) | (c.nosuggest ? 4 : 0) | (c.onlyupcase ? 8 : 0);
    });
  }

  get size(): number {
    return this.header.wordCount;
  }

  /** The node reached from `node` by the character with code unit `code`, or -1. */
  step(node: number, code: number): number {
    const sym = this.charSymbol[code]! - 1;
    if (sym < 0 || node <= 0) return -1;
    if (node === ROOT) return this.rootChild[sym]! || -1;
    const edges = this.edges;
    for (let e = node; ; e++) {
      const v = edges[e]!;
      const s = v >>> SYMBOL_SHIFT;
      if (s === sym) return v & TARGET_MASK;
      if (s > sym || v & LAST_BIT) return -1;
    }
  }

  /** The node reached from `node` (the root by default) by `word[from…to)`, or -1. */
  walk(word: string, from = 0, to = word.length, node = ROOT): number {
    if (node <= 0) return -1;
    const edges = this.edges;
    const charSymbol = this.charSymbol;
    let i = from;
    if (node === ROOT && i < to) {
      const s1 = charSymbol[word.charCodeAt(i++)]! - 1;
      if (s1 < 0) return -1;
      node = this.rootChild[s1]!;
      if (!node) return -1;
      if (i < to) {
        const s2 = charSymbol[word.charCodeAt(i++)]! - 1;
        if (s2 < 0) return -1;
        node = this.secondChild[this.rootRow[s1]! * this.symbolChar.length + s2]!;
        if (!node) return -1;
      }
    }
    for (; i < to; i++) {
      const sym = charSymbol[word.charCodeAt(i)]! - 1;
      if (sym < 0) return -1;
      for (let e = node; ; e++) {
        const v = edges[e]!;
        const s = v >>> SYMBOL_SHIFT;
        if (s === sym) {
          node = v & TARGET_MASK;
          break;
        }
        if (s > sym || v & LAST_BIT) return -1;
      }
    }
    return node;
  }

  /** The property class of the form ending at `node`, or -1 when no form ends there. */
  endClass(node: number): number {
    if (node <= 0) return -1;
    const s = this.edges[node]! >>> SYMBOL_SHIFT; // a word-end edge, if any, comes first
    return s < this.classCount ? s : -1;
  }

  /** The property class of `word[from…to)` (a listed form, standalone or elision-only), or -1. */
  classOf(word: string, from = 0, to = word.length): number {
    return this.endClass(this.walk(word, from, to));
  }

  /** Is `word` listed as a word of its own (exact case, no elision, no case folding)? */
  has(word: string): boolean {
    const c = this.classOf(word);
    return c >= 0 && (this.classFlags[c]! & 1) === 1;
  }

  /**
   * Children of `node`: calls `visit(code, child)` for each outgoing character edge, in code-unit order
   * (word-end edges are skipped; read them with `endClass`).
   */
  forEachChild(node: number, visit: (code: number, child: number) => void): void {
    const edges = this.edges;
    for (let e = node; ; e++) {
      const v = edges[e]!;
      const s = v >>> SYMBOL_SHIFT;
      if (s >= this.classCount) visit(this.symbolChar[s]!, v & TARGET_MASK);
      if (v & LAST_BIT) return;
    }
  }

  /** Every listed form (standalone or not) with its class, in code-unit order; `prefix` restricts to that prefix. */
  *entries(prefix = ''): Generator<[string, number]> {
    const start = this.walk(prefix);
    if (start <= 0) return;
    const stack: [number, string][] = [[start, prefix]];
    while (stack.length) {
      const [node, word] = stack.pop()!;
      const cls = this.endClass(node);
      if (cls >= 0) yield [word, cls];
      const children: [number, string][] = [];
      this.forEachChild(node, (code, child) => children.push([child, word + String.fromCharCode(code)]));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  /** Every standalone word, in code-unit order; `prefix` restricts to that prefix. */
  *words(prefix = ''): Generator<string> {
    for (const [word, cls] of this.entries(prefix)) if (this.classFlags[cls]! & 1) yield word;
  }
}
