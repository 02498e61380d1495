// Compiles the Hunspell dictionaries we ship (dictionary-fr, dictionary-en) into packed word lists that load in a
// few milliseconds: dist/dictionaries/fr.words and dist/dictionaries/en.words.
//
// Why: nspell expands every affix rule into a JS object at load time; for dictionary-fr that is 3.04 M keys, ~4 s and
// ~620 MB before the first word is checked (shared/perf-anchors.md). Here the expansion runs once, at build time:
//
//   1. Affix expansion, written after Hunspell's own affix_check (affixmgr.cxx / affentry.cxx): a form is generated
//      exactly when Hunspell would accept it through prefix_check / suffix_check (prefix + suffix needs both rules
//      cross-product, and the root to carry the prefix flag or the suffix's continuation class to hold it; a prefix's
//      continuation class may enable a suffix, as `PFX Um 0 kilo/S.`). NEEDAFFIX roots, FORBIDDENWORD and
//      ONLYINCOMPOUND entries are left out; KEEPCASE and NOSUGGEST are kept per form. Like Hunspell's HashMgr, a
//      mixed-case root (`McDonald`, `AgNO₃`) or an all-caps root with affixes (`CIA/M`) also yields a hidden
//      "only upper-case" root (`Mcdonald`, `Cia`), which only an ALL-CAPS input reaches (MCDONALD, CIA'S).
//   2. Elided forms (`l'homme`, `qu'il`, `jusqu'à`) are NOT listed (85 % of French forms). A prefix rule whose affix
//      contains an apostrophe is recorded instead as an "elision class" bit on the form it attaches to, so
//      `l'hommes` stays wrong while `d'hommes` is right, as in Hunspell. The `l'A…` variants (`PFX L' a l'A a`,
//      capital after the apostrophe) become a class of their own, written `l'^`.
//   3. The forms, each tagged with a small property class (standalone or elision-only, KEEPCASE, NOSUGGEST, elision
//      bits), are stored as a minimal acyclic automaton (DAWG, Daciuk et al. 2000, incremental on sorted input).
//
// File format (little-endian), version 1:
//   0  "WBLW"            magic
//   4  u16 version        = 1
//   6  u16 reserved       = 0
//   8  u32 H              byte length of the JSON header that follows
//   12 JSON header        { format, lang, source: { name, version }, wordCount, edgeCount, symbolBits, classCount,
//                           alphabet, classes, elisions, iconv, oconv, breaks, key, try, rep, map, wordchars }
//                         padded with spaces so that the edges start on a 4-byte boundary
//   .. u32 edges[edgeCount]
//        bits 0–21  target: index of the first edge of the target node (0 for a word-end edge)
//        bit  22    last edge of its node
//        bits 23–31 symbol: 0 … classCount−1 = word end with property class n; classCount + i = alphabet[i]
//   Edge 0 is a dummy; the root node starts at edge 1. Edges of a node are sorted by symbol, so a word-end edge, if
//   any, comes first. Alphabet characters are sorted by UTF-16 code unit, so a depth-first walk yields sorted words.
//
// Deterministic: same dictionaries in, same bytes out.
//
//   node scripts/build-dictionaries.mjs [outDir]      (default: dist/dictionaries)
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FORMAT_VERSION = 1;
const MAGIC = 'WBLW';
const TARGET_BITS = 22;
const LAST_BIT = 1 << TARGET_BITS;
const SYMBOL_SHIFT = 23;
const MAX_SYMBOLS = 1 << (32 - SYMBOL_SHIFT);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SOURCES = { fr: 'dictionary-fr', en: 'dictionary-en', 'en-gb': 'dictionary-en-gb' };

/** The folder of an installed dictionary package (its `exports` hide package.json, so resolve index.js). */
export function packageDir(name) {
  return dirname(fileURLToPath(import.meta.resolve(name)));
}

// ---------------------------------------------------------------------------------------------------------------
// .aff / .dic parsing

function splitFlags(text, mode) {
  if (!text) return [];
  if (mode === 'long') {
    const out = [];
    for (let i = 0; i < text.length; i += 2) out.push(text.slice(i, i + 2));
    return out;
  }
  if (mode === 'num') return text.split(',');
  return [...text]; // default and UTF-8: one character per flag
}

/** A Hunspell condition (`[^aeiou]y`, `.`, `eur`) as an anchored RegExp, or null when it accepts everything. */
function conditionRegExp(cond, type) {
  if (cond === '.' || cond === '') return null;
  let src = '';
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i];
    if (c === '[') {
      const end = cond.indexOf(']', i);
      let body = cond.slice(i + 1, end);
      let neg = '';
      if (body.startsWith('^')) {
        neg = '^';
        body = body.slice(1);
      }
      src += `[${neg}${body.replace(/[\\\]^-]/g, '\\$&')}]`;
      i = end;
    } else if (c === '.') src += '.';
    else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(type === 'SFX' ? `${src}$` : `^${src}`, 'u');
}

export function parseAff(text) {
  const aff = {
    flagMode: 'short',
    pfx: new Map(),
    sfx: new Map(),
    flags: {},
    iconv: [],
    oconv: [],
    breaks: null,
    key: '',
    try: '',
    rep: [],
    map: [],
    wordchars: '',
    fullstrip: false,
  };
  const lines = text.split(/\r?\n/);
  // FLAG must be known before the affix entries are split.
  for (const line of lines) {
    const m = /^FLAG\s+(\S+)/.exec(line);
    if (m) aff.flagMode = m[1] === 'UTF-8' ? 'short' : m[1];
  }
  const flagDirectives = ['NEEDAFFIX', 'FORBIDDENWORD', 'KEEPCASE', 'NOSUGGEST', 'ONLYINCOMPOUND', 'CIRCUMFIX', 'COMPOUNDFLAG'];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const p = line.split(/\s+/);
    const [dir] = p;
    if (flagDirectives.includes(dir)) aff.flags[dir] = p[1];
    else if (dir === 'FULLSTRIP') aff.fullstrip = true;
    else if (dir === 'KEY') aff.key = p[1] ?? '';
    else if (dir === 'TRY') aff.try = p[1] ?? '';
    else if (dir === 'WORDCHARS') aff.wordchars = p[1] ?? '';
    else if ((dir === 'ICONV' || dir === 'OCONV' || dir === 'REP') && p.length >= 3) {
      const list = dir === 'ICONV' ? aff.iconv : dir === 'OCONV' ? aff.oconv : aff.rep;
      list.push([p[1], p[2]]);
    } else if (dir === 'MAP' && p.length >= 2 && !/^\d+$/.test(p[1])) aff.map.push(p[1]);
    else if (dir === 'BREAK') {
      aff.breaks ??= [];
      if (p.length >= 2 && !/^\d+$/.test(p[1])) aff.breaks.push(p[1]);
    } else if ((dir === 'PFX' || dir === 'SFX') && p.length >= 4) {
      const table = dir === 'PFX' ? aff.pfx : aff.sfx;
      const flag = p[1];
      if (p.length === 4 && /^[YN]$/.test(p[2]) && /^\d+$/.test(p[3])) {
        table.set(flag, { type: dir, flag, cross: p[2] === 'Y', entries: [] });
        continue;
      }
      const rule = table.get(flag);
      if (!rule) throw new Error(`${dir} ${flag}: entry before header`);
      const strip = p[2] === '0' ? '' : p[2];
      const slash = p[3].indexOf('/');
      const addRaw = slash >= 0 ? p[3].slice(0, slash) : p[3];
      const add = addRaw === '0' ? '' : addRaw;
      const cont = new Set(slash >= 0 ? splitFlags(p[3].slice(slash + 1), aff.flagMode) : []);
      const cond = p[4] ?? '.';
      rule.entries.push({ strip, add, cont, cond: conditionRegExp(cond, dir) });
    }
  }
  // Hunspell's default break table when the .aff has no BREAK directive.
  aff.breaks ??= ['-', '^-', '-$'];
  return aff;
}

export function parseDic(text, flagMode) {
  const lines = text.split(/\r?\n/);
  const out = [];
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i];
    if (!line || line.startsWith('\t')) continue;
    const tab = line.search(/[\t ]/);
    if (tab >= 0) line = line.slice(0, tab);
    // A slash not preceded by a backslash separates the word from its flags.
    let slash = -1;
    for (let j = 1; j < line.length; j++)
      if (line[j] === '/' && line[j - 1] !== '\\') {
        slash = j;
        break;
      }
    const word = (slash >= 0 ? line.slice(0, slash) : line).replace(/\\\//g, '/');
    const flags = slash >= 0 ? splitFlags(line.slice(slash + 1), flagMode) : [];
    if (word) out.push({ word, flags: new Set(flags) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Case, as Hunspell sees it (csutil.cxx get_captype_utf8, mkallsmall2, mkinitcap2); src/language/speller.ts has the
// same functions.

export const NOCAP = 0;
export const INITCAP = 1;
export const ALLCAP = 2;
export const HUHCAP = 3;
export const HUHINITCAP = 4;
const lowerChar = (c) => {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
};
const upperChar = (c) => {
  const u = c.toUpperCase();
  return u.length === c.length ? u : c;
};
const lower = (w) => {
  let out = '';
  for (const c of w) out += lowerChar(c);
  return out;
};
const initcap = (w) => (w ? upperChar(w[0]) + w.slice(1) : w);
export function captype(w) {
  let ncap = 0;
  let nneutral = 0;
  let n = 0;
  for (const c of w) {
    n++;
    const l = lowerChar(c);
    if (l !== c) ncap++;
    if (upperChar(c) === l) nneutral++;
  }
  if (ncap === 0) return NOCAP;
  const firstcap = lowerChar(w[0]) !== w[0];
  if (ncap === 1 && firstcap) return INITCAP;
  if (ncap === n || ncap + nneutral === n) return ALLCAP;
  if (ncap > 1 && firstcap) return HUHINITCAP;
  return HUHCAP;
}

// ---------------------------------------------------------------------------------------------------------------
// Affix expansion

function suffixApplies(e, word, fullstrip) {
  if (!word.endsWith(e.strip)) return false;
  if (!fullstrip && word.length - e.strip.length <= 0) return false;
  return !e.cond || e.cond.test(word);
}
function prefixApplies(e, word, fullstrip) {
  if (!word.startsWith(e.strip)) return false;
  if (!fullstrip && word.length - e.strip.length <= 0) return false;
  return !e.cond || e.cond.test(word);
}
const applySuffix = (e, word) => word.slice(0, word.length - e.strip.length) + e.add;
const applyPrefix = (e, word) => e.add + word.slice(e.strip.length);

/**
 * Expands a parsed dictionary into its surface forms, Hunspell-style (see the header comment).
 * Returns { forms: Map<form, { standalone, keepcase, nosuggest, onlyupcase, mask }>, elisions: string[], stats }.
 */
export function expand(aff, entries) {
  const F = aff.flags;
  /** @type {Map<string, {standalone: boolean, keepcase: boolean, nosuggest: boolean, onlyupcase: boolean, mask: number}>} */
  const forms = new Map();
  const elisions = [];
  const elisionBit = new Map();
  const stats = { roots: entries.length, skippedRoots: 0, hiddenRoots: 0, standalone: 0, elidedOnly: 0, twofoldSuffixIgnored: 0 };

  for (const rule of aff.sfx.values())
    for (const e of rule.entries) for (const c of e.cont) if (aff.sfx.has(c)) stats.twofoldSuffixIgnored++;

  function record(form, props, standalone, bit) {
    let f = forms.get(form);
    if (!f) {
      f = { standalone: false, keepcase: props.keepcase, nosuggest: props.nosuggest, onlyupcase: props.onlyupcase, mask: 0 };
      forms.set(form, f);
    } else {
      // Hunspell answers with the first matching homonym; when derivations disagree, be permissive.
      f.keepcase &&= props.keepcase;
      f.nosuggest &&= props.nosuggest;
      f.onlyupcase &&= props.onlyupcase;
    }
    if (standalone) f.standalone = true;
    if (bit !== undefined) f.mask |= 1 << bit;
  }
  function bitFor(name) {
    let b = elisionBit.get(name);
    if (b === undefined) {
      b = elisions.length;
      if (b >= 31) throw new Error('more than 31 elision classes');
      elisions.push(name);
      elisionBit.set(name, b);
    }
    return b;
  }
  function emitPrefixed(q, base, props) {
    const apos = q.add.lastIndexOf("'");
    if (apos < 0) return record(applyPrefix(q, base), props, true);
    const head = q.add.slice(0, apos + 1);
    const tail = q.add.slice(apos + 1);
    // `PFX L' a l'A a`: the elision with a capital after the apostrophe (l'Amour) of the base itself.
    if (tail && q.strip && tail !== q.strip && tail.toLowerCase() === q.strip) return record(base, props, false, bitFor(`${head}^`));
    return record(tail + base.slice(q.strip.length), props, false, bitFor(head));
  }

  const roots = [];
  for (const { word, flags } of entries) {
    if ((F.FORBIDDENWORD && flags.has(F.FORBIDDENWORD)) || (F.ONLYINCOMPOUND && flags.has(F.ONLYINCOMPOUND))) {
      stats.skippedRoots++;
      continue;
    }
    roots.push({ word, flags, onlyupcase: false });
    // HashMgr::add_hidden_capitalized_word
    const cap = captype(word);
    if (cap === HUHCAP || cap === HUHINITCAP || (cap === ALLCAP && flags.size > 0)) {
      roots.push({ word: initcap(lower(word)), flags, onlyupcase: true });
      stats.hiddenRoots++;
    }
  }

  for (const { word, flags, onlyupcase } of roots) {
    const props = {
      keepcase: !!F.KEEPCASE && flags.has(F.KEEPCASE),
      nosuggest: !!F.NOSUGGEST && flags.has(F.NOSUGGEST),
      onlyupcase,
    };
    const needsAffix = (cont) => (F.NEEDAFFIX && cont.has(F.NEEDAFFIX)) || (F.CIRCUMFIX && cont.has(F.CIRCUMFIX));
    if (!(F.NEEDAFFIX && flags.has(F.NEEDAFFIX))) record(word, props, true);

    /** Suffixed forms: { rule, e, form }. */
    const suffixed = [];
    const suffixFrom = (flag) => {
      const rule = aff.sfx.get(flag);
      if (!rule) return [];
      const out = [];
      for (const e of rule.entries) if (suffixApplies(e, word, aff.fullstrip)) out.push({ rule, e, form: applySuffix(e, word) });
      return out;
    };
    for (const flag of flags) {
      for (const s of suffixFrom(flag)) {
        suffixed.push(s);
        if (!needsAffix(s.e.cont)) record(s.form, props, true);
      }
    }
    // Prefix flags: on the root, or in the continuation class of a suffix applied to it.
    const prefixFlags = new Set();
    for (const flag of flags) if (aff.pfx.has(flag)) prefixFlags.add(flag);
    for (const s of suffixed) for (const c of s.e.cont) if (aff.pfx.has(c)) prefixFlags.add(c);
    for (const p of [...prefixFlags].sort()) {
      const pr = aff.pfx.get(p);
      const rootHas = flags.has(p);
      for (const q of pr.entries) {
        if (rootHas && prefixApplies(q, word, aff.fullstrip) && !needsAffix(q.cont)) emitPrefixed(q, word, props);
        if (!pr.cross) continue;
        // Prefix + suffix (PfxEntry::checkword → suffix_check with aeXPRODUCT): the suffix is on the root or enabled by
        // the prefix's continuation class, both rules are cross-product, and the root has the prefix flag or the
        // suffix's continuation class has it.
        const candidates = suffixed.slice();
        for (const c of q.cont) if (!flags.has(c)) candidates.push(...suffixFrom(c));
        for (const s of candidates) {
          if (!s.rule.cross) continue;
          if (!rootHas && !s.e.cont.has(p)) continue;
          if (prefixApplies(q, s.form, aff.fullstrip)) emitPrefixed(q, s.form, props);
        }
      }
    }
  }
  for (const f of forms.values()) f.standalone ? stats.standalone++ : stats.elidedOnly++;
  return { forms, elisions, stats };
}

// ---------------------------------------------------------------------------------------------------------------
// DAWG

/**
 * Builds a minimal acyclic automaton over `words` (sorted, with a class id each) and serializes its edges.
 * `symbolOf(char)` gives the symbol of an alphabet character; classes use symbols 0 … classCount−1.
 */
function buildDawg(sorted, classOf, symbolOf) {
  // Nodes: { edges: [sym, child][] , id }. The sink (after a word-end edge) is shared.
  const sink = { edges: [], id: 0 };
  const register = new Map();
  let nextId = 1;
  const rootNode = { edges: [], id: -1 };
  /** Path of the previous word: unchecked[i] = [parent, child] for symbol position i. */
  const unchecked = [];
  let prev = [];

  const signature = (node) => {
    let s = '';
    for (const [sym, child] of node.edges) s += `${sym}:${child.id},`;
    return s;
  };
  const minimize = (downTo) => {
    for (let i = unchecked.length - 1; i >= downTo; i--) {
      const [parent, child] = unchecked[i];
      const key = signature(child);
      const existing = register.get(key);
      const last = parent.edges[parent.edges.length - 1];
      if (existing) last[1] = existing;
      else {
        child.id = nextId++;
        register.set(key, child);
      }
      unchecked.pop();
    }
  };

  for (const word of sorted) {
    const syms = [];
    for (const ch of word) syms.push(symbolOf(ch));
    syms.push(classOf(word));
    let common = 0;
    while (common < syms.length && common < prev.length && syms[common] === prev[common]) common++;
    minimize(common);
    let node = common === 0 ? rootNode : unchecked[common - 1][1];
    for (let i = common; i < syms.length; i++) {
      const isEnd = i === syms.length - 1;
      const child = isEnd ? sink : { edges: [], id: -1 };
      node.edges.push([syms[i], child]);
      if (!isEnd) unchecked.push([node, child]);
      node = child;
    }
    // The word-end edge goes to the shared sink: nothing to register for it.
    prev = syms;
  }
  minimize(0);

  // Serialize: depth-first from the root, each node's edges contiguous.
  const offsets = new Map(); // node -> first edge index
  const order = [];
  let edgeCount = 1; // edge 0 is a dummy
  const visit = (node) => {
    const stack = [node];
    while (stack.length) {
      const n = stack.pop();
      if (n === sink || offsets.has(n)) continue;
      offsets.set(n, edgeCount);
      order.push(n);
      edgeCount += n.edges.length;
      for (let i = n.edges.length - 1; i >= 0; i--) stack.push(n.edges[i][1]);
    }
  };
  visit(rootNode);
  if (edgeCount >= 1 << TARGET_BITS) throw new Error(`DAWG too large: ${edgeCount} edges`);
  const edges = new Uint32Array(edgeCount);
  for (const n of order) {
    const base = offsets.get(n);
    n.edges.forEach(([sym, child], i) => {
      const target = child === sink ? 0 : offsets.get(child);
      edges[base + i] = ((sym << SYMBOL_SHIFT) | (i === n.edges.length - 1 ? LAST_BIT : 0) | target) >>> 0;
    });
  }
  return { edges, nodeCount: order.length };
}

// ---------------------------------------------------------------------------------------------------------------

/** Compiles one language; returns the file bytes and statistics (no I/O besides reading the dictionary). */
export function compileLanguage(lang) {
  const name = SOURCES[lang];
  if (!name) throw new Error(`unknown language ${lang}`);
  const dir = packageDir(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const aff = parseAff(readFileSync(join(dir, 'index.aff'), 'utf8'));
  const dic = parseDic(readFileSync(join(dir, 'index.dic'), 'utf8'), aff.flagMode);
  const { forms, elisions, stats } = expand(aff, dic);

  const words = [...forms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alphabetSet = new Set();
  for (const w of words) for (const ch of w) alphabetSet.add(ch);
  const alphabet = [...alphabetSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (alphabet.some((ch) => ch.length !== 1)) throw new Error('characters outside the BMP are not supported');

  // Property classes, numbered by first use in sorted order (deterministic).
  const classes = [];
  const classIndex = new Map();
  const classId = new Map();
  for (const w of words) {
    const f = forms.get(w);
    const key = `${+f.standalone}${+f.keepcase}${+f.nosuggest}${+f.onlyupcase}:${f.mask}`;
    let id = classIndex.get(key);
    if (id === undefined) {
      id = classes.length;
      classIndex.set(key, id);
      const bits = [];
      for (let b = 0; b < elisions.length; b++) if (f.mask & (1 << b)) bits.push(b);
      classes.push({ standalone: f.standalone, keepcase: f.keepcase, nosuggest: f.nosuggest, onlyupcase: f.onlyupcase, elisions: bits });
    }
    classId.set(w, id);
  }
  if (classes.length + alphabet.length > MAX_SYMBOLS)
    throw new Error(`${classes.length} classes + ${alphabet.length} characters exceed ${MAX_SYMBOLS} symbols`);
  const symbolIndex = new Map(alphabet.map((ch, i) => [ch, classes.length + i]));
  const { edges, nodeCount } = buildDawg(words, (w) => classId.get(w), (ch) => symbolIndex.get(ch));

  const header = {
    format: FORMAT_VERSION,
    lang,
    source: { name: pkg.name, version: pkg.version },
    wordCount: words.length,
    standaloneCount: stats.standalone,
    edgeCount: edges.length,
    nodeCount,
    symbolBits: 32 - SYMBOL_SHIFT,
    classCount: classes.length,
    alphabet: alphabet.join(''),
    classes,
    elisions,
    iconv: aff.iconv,
    oconv: aff.oconv,
    breaks: aff.breaks,
    key: aff.key,
    try: aff.try,
    rep: aff.rep,
    map: aff.map,
    wordchars: aff.wordchars,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((12 + json.length) % 4)) % 4;
  if (pad) json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const head = Buffer.alloc(12);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt16LE(FORMAT_VERSION, 4);
  head.writeUInt16LE(0, 6);
  head.writeUInt32LE(json.length, 8);
  const body = Buffer.alloc(edges.length * 4);
  for (let i = 0; i < edges.length; i++) body.writeUInt32LE(edges[i], i * 4);
  const bytes = Buffer.concat([head, json, body]);
  return { bytes, header, stats: { ...stats, words: words.length, classes: classes.length, alphabet: alphabet.length, nodes: nodeCount, edges: edges.length } };
}

export const DEFAULT_OUT_DIR = join(root, 'dist', 'dictionaries');

/** Builds `<outDir>/<lang>.words` for each language; returns a report per language. */
export function buildDictionaries({ outDir = DEFAULT_OUT_DIR, langs = ['fr', 'en', 'en-gb'], log = () => {} } = {}) {
  mkdirSync(outDir, { recursive: true });
  const report = {};
  for (const lang of langs) {
    const start = performance.now();
    const { bytes, header, stats } = compileLanguage(lang);
    const file = join(outDir, `${lang}.words`);
    // Write-then-rename: a reader (a parallel test worker) never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    const ms = Math.round(performance.now() - start);
    report[lang] = { file, bytes: bytes.length, ms, source: header.source, ...stats };
    log(`${lang}: ${stats.words} forms (${stats.standalone} words, ${stats.elidedOnly} elision-only), ${stats.edges} edges, ${bytes.length} bytes, ${ms} ms`);
  }
  return report;
}

/** Is `<outDir>/<lang>.words` missing, of another format version, or built from another dictionary version? */
export function isStale(lang, outDir = DEFAULT_OUT_DIR) {
  const file = join(outDir, `${lang}.words`);
  if (!existsSync(file)) return true;
  try {
    const bytes = readFileSync(file);
    if (bytes.toString('latin1', 0, 4) !== MAGIC || bytes.readUInt16LE(4) !== FORMAT_VERSION) return true;
    const header = JSON.parse(bytes.toString('utf8', 12, 12 + bytes.readUInt32LE(8)));
    const pkg = JSON.parse(readFileSync(join(packageDir(SOURCES[lang]), 'package.json'), 'utf8'));
    return header.source?.name !== pkg.name || header.source?.version !== pkg.version;
  } catch {
    return true;
  }
}

/** Builds the word lists that are missing or stale (tests, benchmarks); returns the languages it built. */
export function ensureDictionaries({ outDir = DEFAULT_OUT_DIR, langs = ['fr', 'en', 'en-gb'], log } = {}) {
  const todo = langs.filter((lang) => isStale(lang, outDir));
  if (todo.length) buildDictionaries({ outDir, langs: todo, log });
  return todo;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const start = performance.now();
  buildDictionaries({ outDir, log: (m) => console.log(`build-dictionaries: ${m}`) });
  console.log(`build-dictionaries: done in ${Math.round(performance.now() - start)} ms`);
}
