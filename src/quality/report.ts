import type { InputCounts, InputIssue } from './store.js';
import type { QualityParams } from './params.js';
import type { Rating } from './series.js';

export type { Rating };
export type Status = 'ACTIVE' | 'PAUSED' | 'DISABLED';

/** One change of rating or status, and why. */
export interface TimelineEntry {
  /** ISO 8601, the end of the hour whose feedback caused the change. */
  readonly time: string;
  readonly rating: Rating;
  readonly status: Status;
  readonly reason: string;
}

export interface WindowCounts {
  readonly delivered: number;
  readonly read: number;
  readonly blocked: number;
  readonly reported: number;
  readonly optedOut: number;
  /** The model's recency-weighted negative feedback per delivery (what is compared with the thresholds). */
  readonly negativeRate: number;
}

export interface Forecast {
  /** Blocks, arriving now, that would make the rating YELLOW (0 when it already is, or worse); null while UNKNOWN, disabled, or with fewer deliveries in the window than the minimum. */
  readonly blocksToYellow: number | null;
  readonly blocksToRed: number | null;
  /** When the current pace of deliveries and feedback makes the rating worse, within the forecast horizon; else null. */
  readonly eta: string | null;
  /** The rating reached at `eta`. */
  readonly etaRating: Rating | null;
}

export interface Observed {
  /** The last rating Meta reported (message_template_quality_update), and when. */
  readonly rating: Rating | null;
  readonly ratingTime: string | null;
  /** The last status Meta reported (message_template_status_update), and when. */
  readonly status: string | null;
  readonly statusTime: string | null;
}

/** One point per hour for charts: `time` is the end of the hour; the rate, rating and status then, and the feedback of that hour. */
export interface HourPoint {
  readonly time: string;
  readonly negativeRate: number;
  readonly rating: Rating;
  readonly status: Status;
  readonly delivered: number;
  readonly blocked: number;
  readonly reported: number;
  readonly optedOut: number;
}

export interface TemplateQuality {
  readonly name: string;
  readonly language: string;
  readonly category: string | null;
  readonly rating: Rating;
  readonly status: Status;
  readonly pauses: number;
  readonly pausedUntil: string | null;
  readonly window: WindowCounts;
  readonly timeline: readonly TimelineEntry[];
  readonly forecast: Forecast;
  readonly observed: Observed | null;
  /** Hourly series, for the HTML chart; left out of the JSON output unless asked for. */
  readonly hours?: readonly HourPoint[];
}

/** The report: the JSON output's shape is a contract (issue 5, shared/design.md §8). */
export interface QualityReport {
  readonly asOf: string | null;
  readonly input: InputCounts & { readonly issues: readonly InputIssue[] };
  readonly templates: readonly TemplateQuality[];
  readonly params: QualityParams;
  /** Always said: this is wabalint's estimate, not Meta's rating. */
  readonly disclaimer: string;
}

export const DISCLAIMER =
  "Estimates from wabalint's model (docs/quality-model.md), not Meta's ratings: Meta does not publish its formula. Calibrate with --calibrate against the quality updates Meta sent you.";
