import { z } from 'zod';
import { BLOCK_REASONS } from './signals.js';

/**
 * The model's parameters. Every default is explained in docs/quality-model.md; keep the two in step (a test
 * compares them). None of these numbers is Meta's: Meta does not publish its formula, so they are estimates a
 * sender can calibrate against the quality updates Meta actually sent them (`wabalint quality --calibrate`).
 */
export interface QualityParams {
  /** Hours of feedback the rating looks at. */
  readonly windowHours: number;
  /** Age, in hours, at which an event weighs half as much as a fresh one. */
  readonly halfLifeHours: number;
  /** Deliveries in the window below which the rating is UNKNOWN. */
  readonly minDelivered: number;
  /** Weighted negative feedback per delivery at or above which the rating is YELLOW. */
  readonly yellowRate: number;
  /** … and RED. */
  readonly redRate: number;
  readonly weights: {
    readonly block: number;
    readonly report: number;
    readonly optOut: number;
    /** Multiplies `block` by the reason the user gave. */
    readonly blockReason: Readonly<Record<(typeof BLOCK_REASONS)[number], number>>;
    /** Added to the negative rate of a MARKETING template, scaled by how far its read rate is below `lowReadRate`. */
    readonly lowRead: number;
  };
  /** Read rate below which a MARKETING template starts to be penalised. */
  readonly lowReadRate: number;
  /** Length of the first, second, … pause in hours; the pause after the last one disables the template. */
  readonly pauseHours: readonly number[];
  /** An inbound STOP is attributed to the last marketing template delivered to that user within these hours. */
  readonly optOutAttributionHours: number;
  /** Duplicates are recognised within this many hours of the newest event of the same template. */
  readonly dedupHorizonHours: number;
  /** How far ahead the forecast looks. */
  readonly forecastHours: number;
  /** The forecast repeats the mean of this many last hours (the current pace). */
  readonly forecastPaceHours: number;
}

export const DEFAULT_PARAMS: QualityParams = {
  windowHours: 24,
  halfLifeHours: 8,
  minDelivered: 100,
  yellowRate: 0.01,
  redRate: 0.025,
  weights: {
    block: 1,
    report: 2,
    optOut: 0.5,
    blockReason: { unspecified: 1, spam: 1.5, no_longer_needed: 0.5, didnt_sign_up: 1.25, offensive: 1.5, other: 1 },
    lowRead: 0.01,
  },
  lowReadRate: 0.3,
  pauseHours: [3, 6],
  optOutAttributionHours: 72,
  dedupHorizonHours: 168,
  forecastHours: 168,
  forecastPaceHours: 3,
};

const positive = z.number().finite().positive();
const nonNegative = z.number().finite().nonnegative();
const hours = z.number().int().positive().max(24 * 366);

const reasonWeights = z
  .object(Object.fromEntries(BLOCK_REASONS.map((r) => [r, nonNegative.optional()])) as Record<(typeof BLOCK_REASONS)[number], z.ZodOptional<typeof nonNegative>>)
  .strict();

const paramsFileSchema = z
  .object({
    $comment: z.string().optional(),
    windowHours: hours.optional(),
    halfLifeHours: positive.optional(),
    minDelivered: nonNegative.optional(),
    yellowRate: positive.optional(),
    redRate: positive.optional(),
    weights: z
      .object({ block: nonNegative.optional(), report: nonNegative.optional(), optOut: nonNegative.optional(), blockReason: reasonWeights.optional(), lowRead: nonNegative.optional() })
      .strict()
      .optional(),
    lowReadRate: z.number().min(0).max(1).optional(),
    pauseHours: z.array(hours).max(10).optional(),
    optOutAttributionHours: hours.optional(),
    dedupHorizonHours: hours.optional(),
    forecastHours: hours.optional(),
    forecastPaceHours: hours.optional(),
  })
  .strict();

export class ParamsError extends Error {}

/** Overrides defaults with a (partial) params object, as read from `--params FILE`; names the offending key. */
export function resolveParams(input: unknown, base: QualityParams = DEFAULT_PARAMS): QualityParams {
  const parsed = paramsFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new ParamsError(`${where}: ${issue.message}`);
  }
  const p = parsed.data;
  const merged: QualityParams = {
    windowHours: p.windowHours ?? base.windowHours,
    halfLifeHours: p.halfLifeHours ?? base.halfLifeHours,
    minDelivered: p.minDelivered ?? base.minDelivered,
    yellowRate: p.yellowRate ?? base.yellowRate,
    redRate: p.redRate ?? base.redRate,
    weights: {
      block: p.weights?.block ?? base.weights.block,
      report: p.weights?.report ?? base.weights.report,
      optOut: p.weights?.optOut ?? base.weights.optOut,
      lowRead: p.weights?.lowRead ?? base.weights.lowRead,
      blockReason: { ...base.weights.blockReason, ...definedOnly(p.weights?.blockReason ?? {}) },
    },
    lowReadRate: p.lowReadRate ?? base.lowReadRate,
    pauseHours: p.pauseHours ?? base.pauseHours,
    optOutAttributionHours: p.optOutAttributionHours ?? base.optOutAttributionHours,
    dedupHorizonHours: p.dedupHorizonHours ?? base.dedupHorizonHours,
    forecastHours: p.forecastHours ?? base.forecastHours,
    forecastPaceHours: p.forecastPaceHours ?? base.forecastPaceHours,
  };
  if (merged.yellowRate > merged.redRate) throw new ParamsError(`yellowRate (${merged.yellowRate}) must not be above redRate (${merged.redRate})`);
  return merged;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
