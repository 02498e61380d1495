/**
 * The category classifier: `classify(template)` predicts the category Meta will give a template, with a
 * confidence and the phrases that decided it. Lexicons are data in `dictionaries/category/`.
 */
export {
  classify,
  deliversCode,
  evidencePlace,
  explainsMarketing,
  ANCHOR_SATURATION,
  AUTH_THRESHOLD,
  CODE_DELIVERY_THRESHOLD,
  GENERIC_MARKETING_THRESHOLD,
  MARKETING_THRESHOLD,
  PRIOR_WEIGHT,
  REPEAT_FACTOR,
  SAMPLE_FACTOR,
  UNCLEAR_MIN_WORDS,
  UNCLEAR_WEIGHT,
} from './classify.js';
export { CATEGORIES } from './types.js';
export type {
  BodyStats,
  Category,
  CategoryPrediction,
  ClassifyOptions,
  Evidence,
  EvidenceKind,
  EvidenceLocation,
  GuardMatch,
} from './types.js';
