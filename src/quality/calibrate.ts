import { evaluate } from './model.js';
import type { QualityParams } from './params.js';
import type { Rating, TemplateSeries } from './series.js';
import { HOUR_MS } from './time.js';

/**
 * Fits the model to the quality updates Meta sent (message_template_quality_update): the parameters under which
 * the model's rating, as of each update, most often equals the rating Meta announced. The search is a grid over
 * the shape of the model (half-life, window, weights of reports and opt-outs) and, for each shape, an exact
 * search of the thresholds and the minimum volume that best separate the observed ratings.
 */

export interface Agreement {
  readonly matched: number;
  readonly total: number;
  readonly rate: number;
}

export interface Calibration {
  readonly before: Agreement;
  readonly after: Agreement;
  readonly params: QualityParams;
  /** Templates whose updates were used. */
  readonly templates: number;
}

interface Observation {
  readonly series: TemplateSeries;
  /** The model is asked for its rating at the end of this hour (the last full hour before the update). */
  readonly hour: number;
  readonly rating: Rating;
}

function observationsOf(series: readonly TemplateSeries[], asOf: number): Observation[] {
  const out: Observation[] = [];
  for (const s of series) {
    for (const o of s.observedRatings) if (o.time <= asOf) out.push({ series: s, hour: Math.floor(o.time / HOUR_MS) - 1, rating: o.rating });
  }
  return out;
}

function modelRatings(observations: readonly Observation[], params: QualityParams, asOf: number, statusMachine: boolean): Rating[] {
  const bySeries = new Map<TemplateSeries, Rating[]>();
  const firstHour = new Map<TemplateSeries, number>();
  return observations.map((o) => {
    let ratings = bySeries.get(o.series);
    if (!ratings) {
      const e = evaluate(o.series, params, asOf, { keepRatings: true, statusMachine });
      ratings = e.ratings ?? [];
      bySeries.set(o.series, ratings);
      firstHour.set(o.series, e.firstHour);
    }
    const i = o.hour - firstHour.get(o.series)!;
    return i < 0 ? 'UNKNOWN' : (ratings[Math.min(i, ratings.length - 1)] ?? 'UNKNOWN');
  });
}

export function agreementOf(series: readonly TemplateSeries[], params: QualityParams, asOf: number): Agreement {
  const observations = observationsOf(series, asOf);
  const predicted = modelRatings(observations, params, asOf, true);
  const matched = predicted.filter((r, i) => r === observations[i]!.rating).length;
  return { matched, total: observations.length, rate: observations.length ? matched / observations.length : 0 };
}

/** The rate and volume the model sees at each observation, without pauses (they depend on the thresholds). */
function featuresOf(observations: readonly Observation[], params: QualityParams, asOf: number): { rate: number; volume: number }[] {
  const cache = new Map<TemplateSeries, { first: number; rates: number[]; volumes: number[] }>();
  return observations.map((o) => {
    let f = cache.get(o.series);
    if (!f) {
      const e = evaluate(o.series, params, asOf, { keepWindow: true, statusMachine: false });
      f = { first: e.firstHour, rates: e.rates ?? [], volumes: e.volumes ?? [] };
      cache.set(o.series, f);
    }
    const i = Math.min(o.hour - f.first, f.rates.length - 1);
    return i < 0 ? { rate: 0, volume: 0 } : { rate: f.rates[i]!, volume: f.volumes[i]! };
  });
}

/** The minimum volume that best separates UNKNOWN observations from rated ones. */
function fitMinDelivered(features: readonly { volume: number }[], observations: readonly Observation[], current: number): number {
  const candidates = [...new Set([current, ...features.map((f) => f.volume + 1), ...features.map((f) => f.volume)])].filter((v) => v >= 0).sort((a, b) => a - b);
  let best = current;
  let bestScore = -1;
  for (const c of candidates) {
    let score = 0;
    features.forEach((f, i) => {
      if ((observations[i]!.rating === 'UNKNOWN') === f.volume < c) score++;
    });
    if (score > bestScore || (score === bestScore && Math.abs(c - current) < Math.abs(best - current))) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** The two thresholds that put the most rated observations in their observed band, in one pass over sorted rates. */
function fitThresholds(rated: readonly { rate: number; rating: Rating }[], current: QualityParams): { yellowRate: number; redRate: number } {
  if (rated.length === 0) return { yellowRate: current.yellowRate, redRate: current.redRate };
  const sorted = [...rated].sort((a, b) => a.rate - b.rate);
  const n = sorted.length;
  // cut k means "the first k observations are below the threshold"; its value sits between sorted[k-1] and sorted[k].
  const cutValue = (k: number): number => {
    if (k <= 0) return Math.max(sorted[0]!.rate / 2, 1e-6);
    if (k >= n) return sorted[n - 1]!.rate * 1.5 + 1e-6;
    return (sorted[k - 1]!.rate + sorted[k]!.rate) / 2;
  };
  const green = [0];
  const yellow = [0];
  const red = [0];
  for (const o of sorted) {
    green.push(green.at(-1)! + (o.rating === 'GREEN' ? 1 : 0));
    yellow.push(yellow.at(-1)! + (o.rating === 'YELLOW' ? 1 : 0));
    red.push(red.at(-1)! + (o.rating === 'RED' ? 1 : 0));
  }
  let best = -1;
  let bestCuts = [0, 0];
  let bestI = 0;
  let bestIScore = -Infinity;
  for (let j = 0; j <= n; j++) {
    // Equal rates cannot be split: only cut where the rate changes.
    if (j > 0 && j < n && sorted[j - 1]!.rate === sorted[j]!.rate) continue;
    const scoreI = green[j]! - yellow[j]!;
    if (scoreI > bestIScore) {
      bestIScore = scoreI;
      bestI = j;
    }
    const score = bestIScore + yellow[j]! + (red[n]! - red[j]!);
    if (score > best) {
      best = score;
      bestCuts = [bestI, j];
    }
  }
  const yellowRate = cutValue(bestCuts[0]!);
  const redRate = Math.max(cutValue(bestCuts[1]!), yellowRate);
  return { yellowRate: roundRate(yellowRate), redRate: roundRate(redRate) };
}

const roundRate = (x: number): number => Number(x.toPrecision(3));

export function calibrate(series: readonly TemplateSeries[], base: QualityParams, asOf: number): Calibration {
  const observations = observationsOf(series, asOf);
  const before = agreementOf(series, base, asOf);
  const templates = new Set(observations.map((o) => o.series)).size;
  if (observations.length === 0) return { before, after: before, params: base, templates };
  let best = base;
  let bestAgreement = before;
  const halfLives = [...new Set([base.halfLifeHours, 1, 2, 3, 4, 6, 8, 12, 16, 24, 48])];
  const windows = [...new Set([base.windowHours, 24, 48, 72, 168])];
  const reportWeights = [...new Set([base.weights.report, 1, 2, 3])];
  const optOutWeights = [...new Set([base.weights.optOut, 0.25, 0.5, 1])];
  for (const windowHours of windows) {
    for (const halfLifeHours of halfLives) {
      for (const report of reportWeights) {
        for (const optOut of optOutWeights) {
          const shape: QualityParams = { ...base, windowHours, halfLifeHours, weights: { ...base.weights, report, optOut } };
          const features = featuresOf(observations, shape, asOf);
          const minDelivered = fitMinDelivered(features, observations, base.minDelivered);
          const rated = features.flatMap((f, i) => (f.volume >= minDelivered && observations[i]!.rating !== 'UNKNOWN' ? [{ rate: f.rate, rating: observations[i]!.rating }] : []));
          const candidate: QualityParams = { ...shape, minDelivered, ...fitThresholds(rated, shape) };
          const agreement = agreementOf(series, candidate, asOf);
          // Ties go to the candidate nearest the parameters in use: the data cannot tell them apart.
          if (agreement.matched > bestAgreement.matched || (agreement.matched === bestAgreement.matched && distance(candidate, base) < distance(best, base))) {
            best = candidate;
            bestAgreement = agreement;
          }
        }
      }
    }
  }
  return { before, after: bestAgreement, params: best, templates };
}

/** How far a candidate is from the base, on a log scale (a half-life of 4 is as far from 8 as 16 is). */
function distance(p: QualityParams, base: QualityParams): number {
  const d = (a: number, b: number): number => Math.abs(Math.log((a + 1e-9) / (b + 1e-9)));
  return (
    d(p.windowHours, base.windowHours) +
    d(p.halfLifeHours, base.halfLifeHours) +
    d(p.weights.report, base.weights.report) +
    d(p.weights.optOut, base.weights.optOut) +
    d(p.yellowRate, base.yellowRate) +
    d(p.redRate, base.redRate) +
    d(p.minDelivered + 1, base.minDelivered + 1)
  );
}

/** The params file written by --calibrate: every parameter (a file that stands alone), and where it came from. */
export function paramsFileOf(calibration: Calibration, note: string): Record<string, unknown> {
  return { $comment: note, ...calibration.params };
}
