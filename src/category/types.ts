import type { TextField } from '../template/model.js';

/** Meta's three template categories. */
export type Category = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';

export const CATEGORIES: readonly Category[] = ['MARKETING', 'UTILITY', 'AUTHENTICATION'];

/**
 * Where a piece of evidence came from:
 * - `phrase`: a lexicon phrase in the header, body, footer, a button label, a carousel card or the offer text;
 * - `sample`: a lexicon phrase in a sample value (what the placeholder will hold), counted at 3/4 of its weight;
 * - `url`: a word of a URL button's address (`/promo`, `/soldes`, `/track`);
 * - `button`: the button's type (an OTP button, a COPY_CODE button and its sample, a catalog button);
 * - `code-sample`: a code-like value next to the word "code": a placeholder whose sample is `123456` (a one-time
 *   code) or `SUMMER20` (a promo code), or such a literal in the text;
 * - `structure`: a component only MARKETING templates have (carousel, limited-time offer);
 * - `unclear`: a body that is only placeholders or a few words tied to nothing (Meta: "unclear content" is MARKETING);
 * - `prior`: the category the author declared, a weak tie-breaker (never enough on its own to predict MARKETING).
 */
export type EvidenceKind = 'phrase' | 'sample' | 'url' | 'button' | 'code-sample' | 'structure' | 'unclear' | 'prior';

/** A place in the template: a JSON Pointer, and for text, the span `[start, end)` of `field.value`. */
export interface EvidenceLocation {
  readonly pointer: string;
  readonly start?: number;
  readonly end?: number;
  /** The text field the span is in (rules report on it). */
  readonly field?: TextField;
}

export interface Evidence {
  /** The text that matched, as written in the template (or a short description for structural evidence). */
  readonly phrase: string;
  readonly category: Category;
  /** Contribution to the category's total; a repeated lexicon entry counts fully once, then a quarter each time. */
  readonly weight: number;
  readonly kind: EvidenceKind;
  /** The lexicon entry that matched, as written in its file (`- # %`, `profit*`), when there is one. */
  readonly entry?: string;
  /** The lexicon file, relative to `dictionaries/` (`category/marketing.fr.txt`). */
  readonly source?: string;
  /** For `code-sample` evidence on a placeholder: its sample value (`123456`, `SUMMER20`). */
  readonly sample?: string;
  /** For `button` evidence: the button's type (`OTP`, `COPY_CODE`, `CATALOG`, `MPM`, `SPM`). */
  readonly buttonType?: string;
  readonly where: EvidenceLocation;
}

/** A guard phrase that matched: it hides the trigger words inside it (`livraison gratuite` hides `gratuite`). */
export interface GuardMatch {
  readonly phrase: string;
  readonly entry: string;
  readonly source: string;
  readonly where: EvidenceLocation;
}

/** Facts about the top-level body that `unclear-content` needs. */
export interface BodyStats {
  readonly field: TextField;
  /** Words of the body outside placeholders. */
  readonly staticWords: number;
  readonly placeholders: number;
  /** Some UTILITY or AUTHENTICATION evidence anywhere in the template ties it to an order, account or code. */
  readonly specific: boolean;
}

export interface CategoryPrediction {
  readonly category: Category;
  /** Probability of the predicted category, 0..1 (a softmax of the decision margins). */
  readonly confidence: number;
  /** Probability of each category; they sum to 1. */
  readonly scores: Readonly<Record<Category, number>>;
  /** Sum of the evidence weights of each category, the prior excluded (it is in `evidence`, kind `prior`). */
  readonly totals: Readonly<Record<Category, number>>;
  /** Every piece of evidence, the heaviest first. */
  readonly evidence: readonly Evidence[];
  /** Guard phrases that matched (why a `gratuit` or a `code` did not count). */
  readonly guarded: readonly GuardMatch[];
  /** The category the template declares, upper-cased, when it is one of the three. */
  readonly declared: Category | undefined;
  readonly body: BodyStats | undefined;
}

export interface ClassifyOptions {
  /** Use the declared category as a weak tie-breaker (default true). Results with `prior: false` are not cached. */
  readonly prior?: boolean;
}
