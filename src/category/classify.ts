/**
 * The category classifier: predicts MARKETING / UTILITY / AUTHENTICATION from a template's text, buttons and
 * samples, with the phrases that decided it. Explainable by construction: a prediction is a sum of weighted
 * lexicon phrases (`dictionaries/category/`) and a few structural signals, put through three documented thresholds.
 *
 * Decision (see docs/rules/promotional-utility.md for the reasoning):
 * - `A`, `M`, `U`: the summed evidence of each category.
 * - AUTHENTICATION scores `A − 0.8`: one decisive code-delivery phrase (`is your verification code`, an OTP button,
 *   a `123456` sample next to "code") is enough; « ne communiquez jamais ce code » alone (0.2) is not. From 1.0
 *   (`CODE_DELIVERY_THRESHOLD`) the template delivers a code and is AUTHENTICATION whatever else it says: Meta
 *   takes such templates out of MARKETING and UTILITY (REJECTED, INCORRECT_CATEGORY).
 * - MARKETING scores `M − T`, where the threshold `T` goes from 0.3 (nothing ties the template to an order, an
 *   account or a code: Meta's "generic content" is marketing) to 0.8 once the UTILITY evidence reaches 0.5. Meta's
 *   mixed-content rule (utility plus promotion is marketing) means utility evidence never outweighs a decisive
 *   promotion; it only raises the bar for weak cues (`découvrez`, `profitez`).
 * - UTILITY scores 0: what is left when neither of the others clears its threshold.
 * - The declared category gets +0.15 (the prior), a tie-breaker only: a phrase of weight 1 or more decides against
 *   it; weights are written so. MARKETING is never predicted without a MARKETING phrase: with no marketing
 *   evidence its score is at most −0.3 + 0.15 < 0.
 * Scores are `softmax(3 × score)`; the confidence is the winner's.
 */
import type {
  BodyNode,
  ButtonNode,
  ButtonsNode,
  ComponentNode,
  ExampleNode,
  HeaderNode,
  TemplateNode,
  TextField,
} from '../template/model.js';
import { placeholdersOf } from '../template/placeholders.js';
import { join } from '../template/pointer.js';
import { findMatches, resolveOverlaps, textLexicon, urlLexicon, type CompiledLexicon, type Entry } from './lexicon.js';
import { hashKey, TokenBuffer, tokenizeInto, TokenType } from './tokenize.js';
import {
  CATEGORIES,
  type BodyStats,
  type Category,
  type CategoryPrediction,
  type ClassifyOptions,
  type Evidence,
  type EvidenceKind,
  type GuardMatch,
} from './types.js';

/** AUTHENTICATION threshold: the score of AUTHENTICATION is `A − AUTH_THRESHOLD`. */
export const AUTH_THRESHOLD = 0.8;
/** AUTHENTICATION evidence from which a template counts as delivering a code (`code-outside-authentication`). */
export const CODE_DELIVERY_THRESHOLD = 1.0;
/** MARKETING threshold for a template with UTILITY evidence of at least `ANCHOR_SATURATION`. */
export const MARKETING_THRESHOLD = 0.8;
/** MARKETING threshold for a template with no UTILITY evidence (Meta: generic content is marketing). */
export const GENERIC_MARKETING_THRESHOLD = 0.3;
export const ANCHOR_SATURATION = 0.5;
/** Added to the declared category's score: a tie-breaker, smaller than any decisive phrase. */
export const PRIOR_WEIGHT = 0.15;
/** Lexicon matches in sample values count for this share of their weight. */
export const SAMPLE_FACTOR = 0.75;
/** A lexicon entry that matches again counts for this share of its weight. */
export const REPEAT_FACTOR = 0.25;
/** Bodies with fewer static words than this, and nothing specific, are unclear content (rule option default). */
export const UNCLEAR_MIN_WORDS = 4;
/** Weight of unclear content (a body of only placeholders, or a few words tied to nothing). */
export const UNCLEAR_WEIGHT = 1.2;
const SOFTMAX_SCALE = 3;

/** Words that name a code: a placeholder or a literal next to them may be a one-time code or a promo code. */
const CODE_WORDS = ['code', 'codes', 'otp', 'pin', 'passcode', 'password', 'passe', 'mdp', 'coupon'];
const CODE_WORD_HASHES = new Set(CODE_WORDS.map((w) => hashKey(w)));
const PASSE = hashKey('passe');
/** How far (in tokens, same sentence) a code word looks for its placeholder: `your code to finish signing up is {{1}}`. */
const CODE_WINDOW = 12;
/** A one-time code: 4 to 8 digits, possibly grouped (`123 456`, `123-456`). */
const OTP_SAMPLE = /^\d(?:[ -]?\d){3,7}$/;
/** A promo code: capitals and digits with both, or 5+ capitals (`SUMMER20`, `LOYAL15`, `BIENVENUE`). */
const PROMO_SAMPLE = /^(?=[A-Z0-9]*[A-Z])(?:(?=[A-Z0-9]*\d)[A-Z0-9]{4,20}|[A-Z]{5,20})$/;

const COVER_NONE = -1;
const COVER_GUARD = 0;
const CATEGORY_CODE: Record<Category, number> = { MARKETING: 1, UTILITY: 2, AUTHENTICATION: 3 };

type SampleLookup = (name: string) => TextField | undefined;

interface Collector {
  /** The template's language, two letters (`fr`, `en`): breaks ties between the lists of two languages. */
  readonly lang: string | undefined;
  readonly evidence: Evidence[];
  readonly guarded: GuardMatch[];
  readonly seen: Map<Entry, number>;
}

/** Word and placeholder counts of the text just scanned. */
interface Counts {
  readonly words: number;
  readonly placeholders: number;
}

/** Scratch space reused from one field to the next (the scan of a field is synchronous and not re-entered). */
const buf = new TokenBuffer();
/** Per token of `buf`: -1 nothing, 0 a guard, 1 MARKETING, 2 UTILITY, 3 AUTHENTICATION. */
let coverage = new Int8Array(256);

function sampleLookup(example: ExampleNode | undefined): SampleLookup | undefined {
  if (!example) return undefined;
  const { named, positional } = example;
  if (named && named.length > 0) return (name) => named.find((s) => s.name === name)?.example;
  if (positional && positional.length > 0) {
    return (name) => {
      const n = Number(name);
      return Number.isInteger(n) && n >= 1 ? positional[n - 1] : undefined;
    };
  }
  return undefined;
}

function record(c: Collector, entry: Entry, factor: number, kind: EvidenceKind, field: TextField, start: number, end: number): void {
  const where = { pointer: field.pointer, start, end, field };
  const phrase = field.value.slice(start, end);
  if (entry.category === null) {
    c.guarded.push({ phrase, entry: entry.phrase, source: entry.source, where });
    return;
  }
  const count = c.seen.get(entry) ?? 0;
  c.seen.set(entry, count + 1);
  const weight = round(entry.weight * factor * (count === 0 ? 1 : REPEAT_FACTOR));
  c.evidence.push({ phrase, category: entry.category, weight, kind, entry: entry.phrase, source: entry.source, where });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

const NO_COUNTS: Counts = { words: 0, placeholders: 0 };

const noSamples: SampleLookup = () => undefined;

/**
 * Matches a lexicon on one text field and records the evidence; with `samples` (header and body texts), also looks
 * for code-like values next to code words. Leaves the field's tokens in `buf` and their coverage in `coverage`.
 */
function scanField(c: Collector, lexicon: CompiledLexicon, field: TextField, kind: EvidenceKind, factor: number, samples?: SampleLookup): Counts {
  const value = field.value;
  if (value.length === 0) return NO_COUNTS;
  tokenizeInto(buf, value, kind === 'sample' ? undefined : placeholdersOf(field));
  const count = buf.count;
  if (count === 0) return NO_COUNTS;
  const matches = resolveOverlaps(findMatches(lexicon, buf), count, c.lang);
  if (coverage.length < count) coverage = new Int8Array(Math.max(count, coverage.length * 2));
  coverage.fill(COVER_NONE, 0, count);
  for (const m of matches) {
    const code = m.entry.category === null ? COVER_GUARD : CATEGORY_CODE[m.entry.category];
    for (let k = m.from; k < m.to; k++) coverage[k] = code;
    record(c, m.entry, factor, kind, field, buf.starts[m.from]!, buf.ends[m.to - 1]!);
  }
  if (samples) scanCodes(c, field, samples);
  let words = 0;
  let placeholders = 0;
  for (let k = 0; k < count; k++) {
    const type = buf.types[k]!;
    if (type === TokenType.Word) words++;
    else if (type === TokenType.Placeholder) placeholders++;
  }
  return { words, placeholders };
}

/**
 * A code word (`code`, `OTP`, `PIN`, `mot de passe`) not claimed by a guard or a UTILITY phrase, with a placeholder
 * or a literal within `CODE_WINDOW` tokens in the same sentence: a `123456`-like sample is a one-time code, a
 * `SUMMER20`-like one a promo code.
 */
function scanCodes(c: Collector, field: TextField, samples: SampleLookup): void {
  const count = buf.count;
  for (let i = 0; i < count; i++) {
    if (buf.types[i] !== TokenType.Word || !CODE_WORD_HASHES.has(buf.hashes[i]!)) continue;
    const key = buf.keyAt(i);
    if (!CODE_WORDS.includes(key)) continue;
    // `passe` names a code only in `mot de passe` (not in `est passé`).
    if (buf.hashes[i] === PASSE && (i < 2 || buf.keyAt(i - 1) !== 'de' || buf.keyAt(i - 2) !== 'mot')) continue;
    const cover = coverage[i]!;
    if (cover === COVER_GUARD || cover === CATEGORY_CODE.UTILITY) continue;
    for (let d = 1; d <= CODE_WINDOW; d++) {
      if (codeNear(c, field, i, i + d, cover, samples) || codeNear(c, field, i, i - d, cover, samples)) break;
    }
  }
}

function codeNear(c: Collector, field: TextField, at: number, j: number, cover: number, samples: SampleLookup): boolean {
  if (j < 0 || j >= buf.count || buf.sentences[j] !== buf.sentences[at]) return false;
  const type = buf.types[j]!;
  let value: string | undefined;
  let sample: TextField | undefined;
  if (type === TokenType.Placeholder) {
    const ph = placeholdersOf(field)[buf.placeholders[j]!];
    sample = ph ? samples(ph.name) : undefined;
    value = sample?.value.trim();
    if (value === undefined) return true; // the nearest placeholder has no sample: nothing to learn, stop looking
  } else if (type === TokenType.Word) {
    value = field.value.slice(buf.starts[j]!, buf.ends[j]!);
    if (!PROMO_SAMPLE.test(value) || !/\d/.test(value)) return false;
  } else return false;
  const start = Math.min(buf.starts[at]!, buf.starts[j]!);
  const end = Math.max(buf.ends[at]!, buf.ends[j]!);
  const phrase = field.value.slice(start, end);
  const where = { pointer: field.pointer, start, end, field };
  const category: Category | undefined =
    OTP_SAMPLE.test(value) && cover !== CATEGORY_CODE.MARKETING ? 'AUTHENTICATION' : PROMO_SAMPLE.test(value) && cover === COVER_NONE ? 'MARKETING' : undefined;
  if (category) {
    const weight = category === 'AUTHENTICATION' ? 1.2 : 1.0;
    c.evidence.push(sample ? { phrase, category, weight, kind: 'code-sample', sample: value, where } : { phrase, category, weight, kind: 'code-sample', where });
    return true;
  }
  return type === TokenType.Placeholder;
}

function scanSamples(c: Collector, lexicon: CompiledLexicon, example: ExampleNode | undefined): void {
  if (!example) return;
  for (const f of example.positional ?? []) scanField(c, lexicon, f, 'sample', SAMPLE_FACTOR);
  for (const s of example.named ?? []) if (s.example) scanField(c, lexicon, s.example, 'sample', SAMPLE_FACTOR);
}

/** Scans a header or body, its samples and its codes; returns the counts of its text. */
function scanText(c: Collector, lexicon: CompiledLexicon, node: HeaderNode | BodyNode): Counts | undefined {
  scanSamples(c, lexicon, node.example);
  if (!node.text) return undefined;
  return scanField(c, lexicon, node.text, 'phrase', 1, sampleLookup(node.example) ?? noSamples);
}

function structural(c: Collector, category: Category, weight: number, kind: EvidenceKind, phrase: string, pointer: string, buttonType?: string): void {
  c.evidence.push(buttonType ? { phrase, category, weight, kind, buttonType, where: { pointer } } : { phrase, category, weight, kind, where: { pointer } });
}

function scanButton(c: Collector, lexicon: CompiledLexicon, button: ButtonNode): void {
  if (button.text) scanField(c, lexicon, button.text, 'phrase', 1);
  if (button.url) {
    // A link to an order, account or booking page on a shop's site (`shop.example.com/orders/…`) is not a shop
    // page: when the URL has a UTILITY word, its weak MARKETING words (`shop`, `store`, under 1) do not count.
    const from = c.evidence.length;
    scanField(c, urlLexicon(), button.url, 'url', 1);
    for (const v of button.exampleValues) scanField(c, urlLexicon(), v, 'url', SAMPLE_FACTOR);
    const found = c.evidence.splice(from);
    const specific = found.some((e) => e.category === 'UTILITY');
    for (const e of found) if (!(specific && e.category === 'MARKETING' && e.weight < 1)) c.evidence.push(e);
  }
  // Button evidence: `phrase` is the button's sample or label (or its type when it has neither).
  const label = button.text?.value.trim() || undefined;
  const type = button.type;
  switch (type) {
    case 'OTP': {
      const raw = button.raw as { otp_type?: unknown };
      structural(c, 'AUTHENTICATION', 3, 'button', typeof raw?.otp_type === 'string' ? raw.otp_type : (label ?? 'OTP'), button.pointer, type);
      break;
    }
    case 'COPY_CODE': {
      const sample = button.exampleValues[0]?.value.trim() || undefined;
      if (sample !== undefined && OTP_SAMPLE.test(sample)) structural(c, 'AUTHENTICATION', 1.2, 'button', sample, button.pointer, type);
      else structural(c, 'MARKETING', sample ? 1.2 : 0.8, 'button', sample ?? label ?? type, button.pointer, type);
      break;
    }
    case 'CATALOG':
    case 'MPM':
    case 'SPM':
      structural(c, 'MARKETING', 1, 'button', label ?? type, button.pointer, type);
      break;
    default:
      break;
  }
}

function scanButtons(c: Collector, lexicon: CompiledLexicon, node: ButtonsNode): void {
  for (const b of node.buttons) scanButton(c, lexicon, b);
}

/** Scans components (recursively for carousel cards); returns the counts of the template's top-level body text. */
function scanComponents(c: Collector, lexicon: CompiledLexicon, components: readonly ComponentNode[], template: TemplateNode): Counts | undefined {
  let bodyCounts: Counts | undefined;
  for (const comp of components) {
    switch (comp.kind) {
      case 'Header':
        scanText(c, lexicon, comp);
        break;
      case 'Body': {
        const scan = scanText(c, lexicon, comp);
        if (comp === template.body) bodyCounts = scan;
        break;
      }
      case 'Footer':
        if (comp.text) scanField(c, lexicon, comp.text, 'phrase', 1);
        break;
      case 'Buttons':
        scanButtons(c, lexicon, comp);
        break;
      case 'Carousel':
        structural(c, 'MARKETING', 1, 'structure', 'carousel', comp.pointer);
        for (const card of comp.cards) scanComponents(c, lexicon, card.components, template);
        break;
      case 'LimitedTimeOffer':
        structural(c, 'MARKETING', 2, 'structure', 'limited-time offer', comp.pointer);
        if (comp.text) scanField(c, lexicon, comp.text, 'phrase', 1);
        break;
      default:
        break;
    }
  }
  return bodyCounts;
}

const DEFAULT_OPTIONS: ClassifyOptions = {};
const cache = new WeakMap<TemplateNode, CategoryPrediction>();

/** Where a rule reports a piece of evidence: its text span when it has one, else its pointer. */
export function evidencePlace(e: Evidence): { pointer: string } | { field: TextField; start?: number; end?: number } {
  const { field, start, end, pointer } = e.where;
  return field ? { field, start, end } : { pointer };
}

/** Evidence that explains a MARKETING prediction: anything but the prior. */
export function explainsMarketing(e: Evidence): boolean {
  return e.category === 'MARKETING' && e.kind !== 'prior' && e.weight > 0;
}

/** The template delivers a one-time or verification code (what Meta rejects outside AUTHENTICATION). */
export function deliversCode(prediction: CategoryPrediction): boolean {
  return prediction.totals.AUTHENTICATION >= CODE_DELIVERY_THRESHOLD;
}

function isCategory(value: string | undefined): value is Category {
  return value === 'MARKETING' || value === 'UTILITY' || value === 'AUTHENTICATION';
}

function byWeight(a: Evidence, b: Evidence): number {
  return b.weight - a.weight || (a.where.pointer < b.where.pointer ? -1 : a.where.pointer > b.where.pointer ? 1 : 0) || (a.where.start ?? 0) - (b.where.start ?? 0);
}

/** Predicts the category Meta will give `template`, with its evidence. Cached per template node (default options). */
export function classify(template: TemplateNode, options: ClassifyOptions = DEFAULT_OPTIONS): CategoryPrediction {
  const usePrior = options.prior !== false;
  if (usePrior) {
    const hit = cache.get(template);
    if (hit) return hit;
  }
  const lexicon = textLexicon();
  const lang = typeof template.language === 'string' ? template.language.slice(0, 2).toLowerCase() : undefined;
  const c: Collector = { lang, evidence: [], guarded: [], seen: new Map() };
  const counts = scanComponents(c, lexicon, template.components, template);

  let specific = false;
  for (const e of c.evidence) if (e.category !== 'MARKETING') specific = true;

  let body: BodyStats | undefined;
  const bodyField = template.body?.text;
  if (bodyField && counts) {
    const staticWords = counts.words;
    body = { field: bodyField, staticWords, placeholders: counts.placeholders, specific };
    if (bodyField.value.trim() !== '' && (staticWords === 0 || (staticWords < UNCLEAR_MIN_WORDS && !specific))) {
      const text = bodyField.value.trim();
      c.evidence.push({
        phrase: text.length > 60 ? `${text.slice(0, 59)}…` : text,
        category: 'MARKETING',
        weight: UNCLEAR_WEIGHT,
        kind: 'unclear',
        where: { pointer: bodyField.pointer, start: 0, end: bodyField.value.length, field: bodyField },
      });
    }
  }

  const totals: Record<Category, number> = { MARKETING: 0, UTILITY: 0, AUTHENTICATION: 0 };
  for (const e of c.evidence) totals[e.category] += e.weight;
  for (const k of CATEGORIES) totals[k] = round(totals[k]);

  const declared = isCategory(template.category) ? template.category : undefined;
  const threshold = GENERIC_MARKETING_THRESHOLD + (MARKETING_THRESHOLD - GENERIC_MARKETING_THRESHOLD) * Math.min(totals.UTILITY / ANCHOR_SATURATION, 1);
  const margin: Record<Category, number> = {
    AUTHENTICATION: totals.AUTHENTICATION - AUTH_THRESHOLD,
    MARKETING: totals.MARKETING - threshold,
    UTILITY: 0,
  };
  if (usePrior && declared) {
    margin[declared] += PRIOR_WEIGHT;
    c.evidence.push({ phrase: `declared ${declared}`, category: declared, weight: PRIOR_WEIGHT, kind: 'prior', where: { pointer: join(template.pointer, 'category') } });
  }

  let category: Category = 'UTILITY';
  if (margin.MARKETING >= margin[category] && totals.MARKETING > 0) category = 'MARKETING';
  if (margin.AUTHENTICATION >= margin[category] && totals.AUTHENTICATION > 0) category = 'AUTHENTICATION';
  // A template that delivers a code is AUTHENTICATION whatever else it says: Meta's OTP detection takes it out of
  // MARKETING and UTILITY (REJECTED, INCORRECT_CATEGORY). The other margins are capped below it so the scores agree.
  if (totals.AUTHENTICATION >= CODE_DELIVERY_THRESHOLD && category !== 'AUTHENTICATION') {
    category = 'AUTHENTICATION';
    const cap = margin.AUTHENTICATION - 0.1;
    margin.MARKETING = Math.min(margin.MARKETING, cap);
    margin.UTILITY = Math.min(margin.UTILITY, cap);
  }

  let sum = 0;
  const exp: Record<Category, number> = { MARKETING: 0, UTILITY: 0, AUTHENTICATION: 0 };
  for (const k of CATEGORIES) sum += exp[k] = Math.exp(SOFTMAX_SCALE * margin[k]);
  const scores: Record<Category, number> = { MARKETING: 0, UTILITY: 0, AUTHENTICATION: 0 };
  for (const k of CATEGORIES) scores[k] = round(exp[k] / sum);

  const prediction: CategoryPrediction = {
    category,
    confidence: scores[category],
    scores,
    totals,
    evidence: c.evidence.sort(byWeight),
    guarded: c.guarded,
    declared,
    body,
  };
  if (usePrior) cache.set(template, prediction);
  return prediction;
}
