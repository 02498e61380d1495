import type { Root, Sentence, Word } from 'nlcst';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import type { TextField } from '../template/model.js';
import { placeholdersOf } from '../template/placeholders.js';
import { findLinks } from '../text/links.js';

/** The languages wabalint checks; other templates get structure, link and category rules only. */
export type CheckedLanguage = 'fr' | 'en';

/** `fr`, `fr_FR`, `fr-CA`, `FR` → `fr`; `en_GB` → `en`; anything else → undefined. */
export function languageOf(code: string | undefined): CheckedLanguage | undefined {
  if (!code) return undefined;
  const base = code.trim().toLowerCase().split(/[_-]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** What a masked span holds: none of it is prose, so no language rule may report inside it. */
export type MaskKind = 'placeholder' | 'url' | 'email' | 'phone' | 'amount' | 'date' | 'time' | 'code' | 'number';

export interface MaskedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: MaskKind;
}

/**
 * Non-prose runs, found by shape. Order matters: earlier kinds win where spans overlap. Times cover French `10 h 30`,
 * `10h30`, `48h` and English `9am`, `14:00`; amounts cover `49,90 €`, `€49.90`, `$12.50`, `12 EUR`; codes are runs
 * of capitals and digits with at least one digit (`CMD-48213`, `BIENVENUE10`, `A1`).
 */
const SHAPES: ReadonlyArray<readonly [MaskKind, RegExp, RegExp]> = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, /@/],
  ['phone', /(?<![\p{L}\p{N}])\+?\d[\d\u00a0\u202f .-]{7,}\d(?![\p{L}\p{N}])/gu, /\d[\d\u00a0\u202f .-]{7}/],
  ['amount', /(?:[€$£¥]\s?\d[\d\u00a0\u202f .,]*\d|[€$£¥]\s?\d|\d[\d\u00a0\u202f .,]*\s?(?:€|\$|£|¥|EUR|USD|GBP|CHF|CAD|MAD|XOF|FCFA)(?![\p{L}]))/gu, /[€$£¥]|EUR|USD|GBP|CHF|CAD|MAD|XOF|FCFA/],
  ['date', /(?<![\p{L}\p{N}])\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?![\p{N}])/gu, /\d[./-]\d/],
  ['time', /(?<![\p{L}\p{N}])\d{1,2}\s?(?:[h:]\s?\d{2}(?:\s?(?:[ap]\.m\.|[ap]m)(?![\p{L}]))?|h(?![\p{L}])|(?:[ap]\.m\.|[ap]m)(?![\p{L}]))/giu, /\d\s?[h:ap]/i],
  ['code', /(?<![\p{L}\p{N}])(?=[\p{Lu}\d-]*\d)(?=[\p{Lu}\d-]*\p{Lu})[\p{Lu}\d][\p{Lu}\d-]*[\p{Lu}\d](?![\p{L}\p{N}])/gu, /\p{Lu}-?\d|\d-?\p{Lu}/u],
  ['number', /(?<![\p{L}\p{N}])[+-]?\d+(?:[.,\u00a0\u202f ]\d+)*(?:\s?%|(?:er|ère|e|ème|st|nd|rd|th)(?![\p{L}]))?(?![\p{L}\p{N}])/gu, /\d/],
];

const maskCache = new WeakMap<TextField, readonly MaskedSpan[]>();

/** Placeholders, links, e-mail addresses, phone numbers, amounts, dates, times, codes and numbers of a field. */
export function maskedSpans(field: TextField): readonly MaskedSpan[] {
  let spans = maskCache.get(field);
  if (spans) return spans;
  const found: MaskedSpan[] = [];
  const taken = (start: number, end: number) => found.some((s) => start < s.end && end > s.start);
  // Links first: a link may hold a placeholder (`…/suivi/{{1}}`), and is masked whole.
  for (const link of findLinks(field)) found.push({ start: link.start, end: link.end, kind: 'url' });
  for (const p of placeholdersOf(field)) if (!taken(p.start, p.end)) found.push({ start: p.start, end: p.end, kind: 'placeholder' });
  const value = field.value;
  if (/[\d@€$£¥]/.test(value)) {
    for (const [kind, pattern, cheapTest] of SHAPES) {
      // A cheap look first: most fields hold no e-mail, amount or date, and the full patterns are costly.
      if (!cheapTest.test(value)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end > start && !taken(start, end)) found.push({ start, end, kind });
      }
    }
  }
  spans = found.sort((a, b) => a.start - b.start);
  maskCache.set(field, spans);
  return spans;
}

/** A word of prose with its span in the field (decoded UTF-16 indices). */
export interface ProseWord {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly node: Word;
  /** The word opens its sentence. */
  readonly sentenceStart: boolean;
}

export interface AnalysedText {
  readonly field: TextField;
  readonly language: CheckedLanguage;
  /** The text with masked spans replaced by `x`s of the same length, so sentences keep their shape. */
  readonly masked: string;
  readonly tree: Root;
  readonly spans: readonly MaskedSpan[];
  /** Words outside masked spans, in order. */
  readonly words: readonly ProseWord[];
}

const processors = {
  fr: unified().use(retextLatin),
  en: unified().use(retextEnglish),
} as const;

/**
 * The rules of one template ask for the same fields one after the other, and templates are linted one at a time:
 * keeping the trees of the last few dozen fields serves every rule, where a cache for every field of a file would
 * hold 10,000 templates' trees at once in a large file (2.5 GB for a 16 MB array).
 */
const ANALYSIS_CACHE_SIZE = 64;
const analysisCache = new Map<TextField, Partial<Record<CheckedLanguage, AnalysedText>>>();

function maskText(value: string, spans: readonly MaskedSpan[]): string {
  if (spans.length === 0) return value;
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    out += value.slice(cursor, span.start) + 'x'.repeat(span.end - span.start);
    cursor = span.end;
  }
  return out + value.slice(cursor);
}

function collectWords(tree: Root, spans: readonly MaskedSpan[], value: string): ProseWord[] {
  const words: ProseWord[] = [];
  const masked = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let first = true;
      for (const child of (sentence as Sentence).children) {
        if (child.type !== 'WordNode') continue;
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? start;
        // The word's text is the field's own text at its span (the tree was parsed from a same-length masked copy).
        if (!masked(start, end)) words.push({ value: value.slice(start, end), start, end, node: child, sentenceStart: first });
        first = false;
      }
    }
  }
  return words;
}

/** The nlcst tree of a text field in a language, with non-prose masked; computed once per field and language. */
export function analyse(field: TextField, language: CheckedLanguage): AnalysedText {
  let byLanguage = analysisCache.get(field);
  const cached = byLanguage?.[language];
  if (cached) return cached;
  const spans = maskedSpans(field);
  const masked = maskText(field.value, spans);
  const tree = processors[language].parse(masked) as Root;
  const analysed: AnalysedText = { field, language, masked, tree, spans, words: collectWords(tree, spans, field.value) };
  if (!byLanguage) {
    analysisCache.set(field, (byLanguage = {}));
    if (analysisCache.size > ANALYSIS_CACHE_SIZE) analysisCache.delete(analysisCache.keys().next().value!);
  }
  byLanguage[language] = analysed;
  return analysed;
}
