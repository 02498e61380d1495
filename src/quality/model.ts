import type { QualityParams } from './params.js';
import type { Forecast, HourPoint, Rating, Status, TimelineEntry, WindowCounts } from './report.js';
import type { TemplateSeries } from './series.js';
import { BLOCK_REASONS, C } from './signals.js';
import { HOUR_MS, iso } from './time.js';

/**
 * The rating model (docs/quality-model.md): per hour, a recency-weighted rate of negative feedback per delivery
 * over a window, compared with two thresholds, and a status machine that pauses a RED template and disables it
 * the third time. Everything here is pure: the series in, the evaluation out.
 */

const ORDER: Record<Rating, number> = { UNKNOWN: -1, GREEN: 0, YELLOW: 1, RED: 2 };
export const worseThan = (a: Rating, b: Rating): boolean => ORDER[a] > ORDER[b];

/** Feedback in the window, recency-weighted (w…) and as plain counts. */
export interface WindowSums {
  wDelivered: number;
  wRead: number;
  wNegative: number;
  /** Negative feedback weighted by signal but not by age. */
  negative: number;
  delivered: number;
  read: number;
  blocked: number;
  reported: number;
  optedOut: number;
}

export function emptySums(): WindowSums {
  return { wDelivered: 0, wRead: 0, wNegative: 0, negative: 0, delivered: 0, read: 0, blocked: 0, reported: 0, optedOut: 0 };
}

/** The signals of one hour. */
export interface HourSignals {
  delivered: number;
  read: number;
  negative: number;
  blocked: number;
  reported: number;
  optedOut: number;
}

export function signalsAt(series: TemplateSeries, hour: number, params: QualityParams, useSent: boolean, out: HourSignals): HourSignals {
  const w = params.weights;
  let blockedWeighted = 0;
  let blocked = 0;
  for (let r = 0; r < BLOCK_REASONS.length; r++) {
    const n = series.at(hour, C.blockedBase + r);
    if (n) {
      blocked += n;
      blockedWeighted += n * w.blockReason[BLOCK_REASONS[r]!];
    }
  }
  const reported = series.at(hour, C.reported);
  const optedOut = series.at(hour, C.optedOut) + series.at(hour, C.optedOutFailures);
  out.delivered = useSent ? Math.max(0, series.at(hour, C.sent) - series.at(hour, C.failed)) : series.at(hour, C.delivered);
  out.read = series.at(hour, C.read);
  out.negative = w.block * blockedWeighted + w.report * reported + w.optOut * optedOut;
  out.blocked = blocked;
  out.reported = reported;
  out.optedOut = optedOut;
  return out;
}

/** Extra rate for a MARKETING template read by fewer than `lowReadRate` of those who got it. */
export function lowReadPenalty(sums: WindowSums, marketing: boolean, params: QualityParams): number {
  if (!marketing || sums.wDelivered <= 0 || params.lowReadRate <= 0) return 0;
  const readRate = sums.wRead / sums.wDelivered;
  return readRate >= params.lowReadRate ? 0 : (params.weights.lowRead * (params.lowReadRate - readRate)) / params.lowReadRate;
}

export function negativeRate(sums: WindowSums, marketing: boolean, params: QualityParams): number {
  if (sums.wDelivered <= 0) return sums.wNegative > 0 ? Infinity : 0;
  return sums.wNegative / sums.wDelivered + lowReadPenalty(sums, marketing, params);
}

/** The rating for a window: UNKNOWN below the minimum volume, then by thresholds. More negative feedback never improves it. */
export function ratingOf(sums: WindowSums, marketing: boolean, params: QualityParams): Rating {
  if (sums.delivered < params.minDelivered) return 'UNKNOWN';
  // A hair of tolerance: decayed sums carry float error, and exactly 1% must read as 1%.
  const rate = negativeRate(sums, marketing, params) * (1 + 1e-9);
  return rate >= params.redRate ? 'RED' : rate >= params.yellowRate ? 'YELLOW' : 'GREEN';
}

/** Slides a window of W hours with exponential decay: S(h) = d·S(h−1) + x(h) − d^W·x(h−W). */
class SlidingWindow {
  readonly sums = emptySums();
  private readonly decay: number;
  private readonly tail: number;
  private readonly ring: HourSignals[];
  private filled = 0;

  constructor(private readonly params: QualityParams) {
    this.decay = Math.pow(0.5, 1 / params.halfLifeHours);
    this.tail = Math.pow(this.decay, params.windowHours);
    this.ring = Array.from({ length: params.windowHours }, () => ({ delivered: 0, read: 0, negative: 0, blocked: 0, reported: 0, optedOut: 0 }));
  }

  reset(): void {
    Object.assign(this.sums, emptySums());
    this.filled = 0;
  }

  push(x: HourSignals): void {
    const s = this.sums;
    const slot = this.filled % this.params.windowHours;
    const old = this.ring[slot]!;
    const leaving = this.filled >= this.params.windowHours;
    s.wDelivered = s.wDelivered * this.decay + x.delivered - (leaving ? this.tail * old.delivered : 0);
    s.wRead = s.wRead * this.decay + x.read - (leaving ? this.tail * old.read : 0);
    s.wNegative = s.wNegative * this.decay + x.negative - (leaving ? this.tail * old.negative : 0);
    if (leaving) {
      s.negative -= old.negative;
      s.delivered -= old.delivered;
      s.read -= old.read;
      s.blocked -= old.blocked;
      s.reported -= old.reported;
      s.optedOut -= old.optedOut;
    }
    s.negative += x.negative;
    s.delivered += x.delivered;
    s.read += x.read;
    s.blocked += x.blocked;
    s.reported += x.reported;
    s.optedOut += x.optedOut;
    // Float error from the subtractions: snap to zero what an empty window must hold.
    if (s.delivered === 0) s.wDelivered = Math.max(0, s.wDelivered) < 1e-9 ? 0 : s.wDelivered;
    if (s.wNegative < 1e-9) s.wNegative = 0;
    if (s.wRead < 1e-9) s.wRead = 0;
    Object.assign(old, x);
    this.filled++;
  }

  /** Hours of data the window holds (at most W). */
  get span(): number {
    return Math.min(this.filled, this.params.windowHours);
  }

  snapshot(): WindowSums {
    return { ...this.sums };
  }
}

export interface Evaluation {
  readonly rating: Rating;
  readonly status: Status;
  readonly pauses: number;
  readonly pausedUntil: number | null;
  readonly window: WindowCounts;
  readonly sums: WindowSums;
  readonly timeline: TimelineEntry[];
  readonly forecast: Forecast;
  readonly hours?: HourPoint[];
  /** The rating at the end of each hour from `firstHour` (for calibration). */
  readonly ratings?: Rating[];
  /** The negative rate and the plain deliveries of the window at the end of each hour from `firstHour` (for calibration). */
  readonly rates?: number[];
  readonly volumes?: number[];
  readonly firstHour: number;
}

export interface EvaluateOptions {
  readonly keepHours?: boolean;
  readonly keepRatings?: boolean;
  readonly keepWindow?: boolean;
  /** false: no pauses (used to study the rating alone). */
  readonly statusMachine?: boolean;
}

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(x < 0.1 ? 2 : 1).replace(/\.?0+$/, '')}%` : '∞');

function feedbackPhrase(s: WindowSums, params: QualityParams): string {
  const parts: string[] = [];
  if (s.blocked) parts.push(`${s.blocked} block${s.blocked === 1 ? '' : 's'}`);
  if (s.reported) parts.push(`${s.reported} report${s.reported === 1 ? '' : 's'}`);
  if (s.optedOut) parts.push(`${s.optedOut} opt-out${s.optedOut === 1 ? '' : 's'}`);
  return `${parts.length ? parts.join(', ') : 'no negative feedback'} on ${s.delivered} deliveries in ${params.windowHours} h`;
}

function ratingReason(rating: Rating, s: WindowSums, marketing: boolean, params: QualityParams): string {
  if (rating === 'UNKNOWN') return `${s.delivered} deliveries in the last ${params.windowHours} h, fewer than ${params.minDelivered}: not enough signal`;
  const rate = negativeRate(s, marketing, params);
  const penalty = lowReadPenalty(s, marketing, params);
  const readNote = penalty > 0 ? `; read rate ${pct(s.wRead / s.wDelivered)} < ${pct(params.lowReadRate)} adds ${pct(penalty)}` : '';
  const bound =
    rating === 'RED' ? `≥ ${pct(params.redRate)} (RED)` : rating === 'YELLOW' ? `≥ ${pct(params.yellowRate)} (YELLOW)` : `< ${pct(params.yellowRate)} (GREEN)`;
  return `negative feedback ${pct(rate)} ${bound}: ${feedbackPhrase(s, params)}${readNote}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/** Runs the model over a template's hours up to `asOfHour` (inclusive; `asOf` is the exact time). */
export function evaluate(series: TemplateSeries, params: QualityParams, asOf: number, options: EvaluateOptions = {}): Evaluation {
  const asOfHour = Math.floor(asOf / HOUR_MS);
  // The read-rate penalty needs read events: a log that records none says nothing about reading.
  const marketing = series.category === 'MARKETING' && series.has(C.read);
  const useSent = !series.has(C.delivered) && series.has(C.sent);
  const statusMachine = options.statusMachine ?? true;
  const window = new SlidingWindow(params);
  const x: HourSignals = { delivered: 0, read: 0, negative: 0, blocked: 0, reported: 0, optedOut: 0 };
  const firstHour = Number.isFinite(series.firstEventHour) ? Math.min(series.firstEventHour, asOfHour) : asOfHour;
  const timeline: TimelineEntry[] = [];
  const hours: HourPoint[] | undefined = options.keepHours ? [] : undefined;
  const ratings: Rating[] | undefined = options.keepRatings ? [] : undefined;
  const rates: number[] | undefined = options.keepWindow ? [] : undefined;
  const volumes: number[] | undefined = options.keepWindow ? [] : undefined;
  let rating: Rating = 'UNKNOWN';
  let status: Status = 'ACTIVE';
  let pauses = 0;
  let pausedUntil = -1;
  const at = (hourEnd: number): string => iso(Math.min(hourEnd * HOUR_MS, asOf));

  for (let h = firstHour; h <= asOfHour; h++) {
    window.push(signalsAt(series, h, params, useSent, x));
    if (status === 'PAUSED' && h + 1 >= pausedUntil && pausedUntil * HOUR_MS <= asOf) {
      status = 'ACTIVE';
      rating = ratingOf(window.sums, marketing, params);
      timeline.push({ time: at(pausedUntil), rating, status, reason: `pause over: quality re-evaluated on the feedback since the pause — ${ratingReason(rating, window.sums, marketing, params)}` });
    } else if (status === 'ACTIVE') {
      let next = ratingOf(window.sums, marketing, params);
      // Too little new feedback keeps the last rating: UNKNOWN is for templates not rated yet (new, or just unpaused).
      if (next === 'UNKNOWN') next = rating;
      if (next !== rating) timeline.push({ time: at(h + 1), rating: next, status, reason: ratingReason(next, window.sums, marketing, params) });
      rating = next;
    }
    if (statusMachine && status === 'ACTIVE' && rating === 'RED') {
      const length = params.pauseHours[pauses];
      if (length === undefined) {
        status = 'DISABLED';
        timeline.push({ time: at(h + 1), rating, status, reason: `RED for the ${ordinal(pauses + 1)} time: disabled` });
      } else {
        pauses++;
        status = 'PAUSED';
        pausedUntil = h + 1 + length;
        timeline.push({ time: at(h + 1), rating, status, reason: `${ordinal(pauses)} pause: ${length} h, until ${iso(pausedUntil * HOUR_MS)}` });
        // Meta re-evaluates a paused template on the feedback it gets from then on (whatsapp-rules.md §5.2).
        window.reset();
      }
    }
    ratings?.push(rating);
    rates?.push(finite(negativeRate(window.sums, marketing, params)));
    volumes?.push(window.sums.delivered);
    hours?.push({
      time: iso((h + 1) * HOUR_MS),
      negativeRate: finite(negativeRate(window.sums, marketing, params)),
      rating,
      status,
      delivered: x.delivered,
      blocked: x.blocked,
      reported: x.reported,
      optedOut: x.optedOut,
    });
  }
  const sums = window.snapshot();
  const counts: WindowCounts = {
    delivered: sums.delivered,
    read: sums.read,
    blocked: sums.blocked,
    reported: sums.reported,
    optedOut: sums.optedOut,
    negativeRate: round(finite(negativeRate(sums, marketing, params))),
  };
  const forecast = forecastOf(series, window, params, asOf, { sums, rating, status, marketing, useSent });
  return {
    rating,
    status,
    pauses,
    pausedUntil: status === 'PAUSED' ? pausedUntil * HOUR_MS : null,
    window: counts,
    sums,
    timeline,
    forecast,
    firstHour,
    ...(hours ? { hours } : {}),
    ...(ratings ? { ratings } : {}),
    ...(rates && volumes ? { rates, volumes } : {}),
  };
}

interface ForecastState {
  sums: WindowSums;
  rating: Rating;
  status: Status;
  marketing: boolean;
  useSent: boolean;
}

/**
 * How far the template is from the next ratings, and when the current pace gets it there: blocks needed now (each
 * of unspecified reason), then an hour-by-hour projection that repeats the window's mean hour (the campaign goes
 * on as it is going). Consumes `window`.
 */
function forecastOf(series: TemplateSeries, window: SlidingWindow, params: QualityParams, asOf: number, state: ForecastState): Forecast {
  const { sums, rating, status, marketing, useSent } = state;
  const none: Forecast = { blocksToYellow: null, blocksToRed: null, eta: null, etaRating: null };
  // Below the minimum volume (a held rating, a quiet template), blocks-to-go would be a guess about nothing.
  if (status === 'DISABLED' || rating === 'UNKNOWN' || sums.delivered < params.minDelivered) return none;
  const blockWeight = params.weights.block * params.weights.blockReason.unspecified;
  const penalty = lowReadPenalty(sums, marketing, params);
  const blocksTo = (threshold: number): number | null => {
    if (blockWeight <= 0) return null;
    const needed = ((threshold - penalty) * sums.wDelivered - sums.wNegative) / blockWeight;
    return needed <= 0 ? 0 : Math.ceil(needed - 1e-9);
  };
  const forecast = { blocksToYellow: blocksTo(params.yellowRate), blocksToRed: blocksTo(params.redRate), eta: null as string | null, etaRating: null as Rating | null };
  const span = window.span;
  if (status !== 'ACTIVE' || rating === 'RED' || span === 0) return forecast;
  // The pace of the last hours, not of the whole window: a campaign that is getting worse is forecast as such.
  const asOfHour = Math.floor(asOf / HOUR_MS);
  const hours = Math.max(1, Math.min(span, params.forecastPaceHours));
  const mean: HourSignals = { delivered: 0, read: 0, negative: 0, blocked: 0, reported: 0, optedOut: 0 };
  const x: HourSignals = { ...mean };
  for (let h = asOfHour - hours + 1; h <= asOfHour; h++) {
    signalsAt(series, h, params, useSent, x);
    mean.delivered += x.delivered / hours;
    mean.read += x.read / hours;
    mean.negative += x.negative / hours;
  }
  for (let step = 1; step <= params.forecastHours; step++) {
    window.push(mean);
    const next = ratingOf(window.sums, marketing, params);
    if (next !== 'UNKNOWN' && worseThan(next, rating)) {
      forecast.eta = iso((asOfHour + 1 + step) * HOUR_MS);
      forecast.etaRating = next;
      break;
    }
  }
  return forecast;
}

const finite = (x: number): number => (Number.isFinite(x) ? x : 1);
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
