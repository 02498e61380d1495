/**
 * The model's promises (issue 5, "Done when"): more blocks or reports never make a rating better, the pause sequence
 * 3 h → 6 h → DISABLED with its exact times, UNKNOWN below the minimum volume. Series are built from counters, so
 * these tests are about the model alone, not the readers.
 */
import { describe, expect, it } from 'vitest';
import { emptySums, evaluate, negativeRate, ratingOf, type WindowSums } from '../../src/quality/model.js';
import { DEFAULT_PARAMS, resolveParams, type QualityParams } from '../../src/quality/params.js';
import type { Rating } from '../../src/quality/series.js';
import { BLOCK_REASONS } from '../../src/quality/signals.js';
import { at, HOUR, int, isoAt, RANK, rng, seriesOf, type HourCounts } from './helpers.js';

const P = DEFAULT_PARAMS;

function randomSums(r: () => number): WindowSums {
  const s = emptySums();
  s.delivered = int(r, 0, 400);
  s.wDelivered = r() < 0.05 ? 0 : s.delivered * (0.2 + 0.8 * r());
  s.read = Math.floor(s.delivered * r());
  s.wRead = s.wDelivered * r();
  s.blocked = int(r, 0, 10);
  s.reported = int(r, 0, 3);
  s.optedOut = int(r, 0, 6);
  s.negative = s.blocked * 1.2 + s.reported * 2 + s.optedOut * 0.5;
  s.wNegative = s.negative * r();
  return s;
}

function randomParams(r: () => number): QualityParams {
  const yellowRate = 0.002 + 0.02 * r();
  return resolveParams({ yellowRate, redRate: yellowRate * (1 + 3 * r()), minDelivered: int(r, 0, 200), lowReadRate: r() * 0.6 });
}

/** Random hours: some quiet, some busy, with blocks of every reason, reports and opt-outs. */
function randomHours(r: () => number, length: number): HourCounts[] {
  const busy = 20 + 80 * r();
  return Array.from({ length }, () => {
    if (r() < 0.15) return {};
    const delivered = Math.floor(busy * r() * 2);
    return {
      delivered,
      read: Math.floor(delivered * r()),
      blocked: BLOCK_REASONS.map((_, reason) => [reason, r() < 0.06 ? int(r, 1, 2) : 0] as [number, number]),
      reported: r() < 0.1 ? 1 : 0,
      optedOut: r() < 0.2 ? int(r, 1, 3) : 0,
    };
  });
}

/** The same hours with `extra` more blocks (random reasons) and reports at random hours. */
function withMoreFeedback(r: () => number, hours: readonly HourCounts[], extra: number): HourCounts[] {
  const more = hours.map((h) => ({ ...h, blocked: Array.isArray(h.blocked) ? h.blocked.map(([a, b]) => [a, b] as [number, number]) : [] }));
  for (let k = 0; k < extra; k++) {
    const h = more[int(r, 0, more.length - 1)]!;
    if (r() < 0.7) h.blocked.push([int(r, 0, BLOCK_REASONS.length - 1), int(r, 1, 4)]);
    else h.reported = (h.reported ?? 0) + 1;
  }
  return more;
}

const worse = (a: Rating, b: Rating): boolean => RANK[a] > RANK[b];

describe('monotonicity: more blocks or reports never make the rating better', () => {
  it('ratingOf, on 5,000 random windows and parameter sets', () => {
    const r = rng(11);
    let checked = 0;
    for (let i = 0; i < 5000; i++) {
      const params = i % 2 ? P : randomParams(r);
      const sums = randomSums(r);
      const marketing = r() < 0.5;
      const blocks = int(r, 1, 5);
      const reports = int(r, 0, 2);
      const extra = blocks * params.weights.block + reports * params.weights.report;
      const more: WindowSums = { ...sums, blocked: sums.blocked + blocks, reported: sums.reported + reports, negative: sums.negative + extra, wNegative: sums.wNegative + extra * (0.1 + 0.9 * r()) };
      const before = ratingOf(sums, marketing, params);
      const after = ratingOf(more, marketing, params);
      if (before === 'UNKNOWN') expect(after).toBe('UNKNOWN');
      else {
        checked++;
        expect(negativeRate(more, marketing, params)).toBeGreaterThanOrEqual(negativeRate(sums, marketing, params));
        if (worse(before, after)) expect.fail(`${before} → ${after} with more blocks: ${JSON.stringify({ sums, more, marketing, params })}`);
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('ratingOf rates exactly at the thresholds, and more blocks can cross them', () => {
    const sums = { ...emptySums(), delivered: 1000, wDelivered: 1000, wRead: 1000 };
    expect(ratingOf({ ...sums, wNegative: 9.99 }, false, P)).toBe('GREEN');
    expect(ratingOf({ ...sums, wNegative: 10 }, false, P)).toBe('YELLOW');
    expect(ratingOf({ ...sums, wNegative: 24.99 }, false, P)).toBe('YELLOW');
    expect(ratingOf({ ...sums, wNegative: 25 }, false, P)).toBe('RED');
    // Feedback with nothing delivered in the decayed window: the worst, not a division by zero.
    expect(ratingOf({ ...sums, wDelivered: 0, wNegative: 1 }, false, P)).toBe('RED');
    expect(ratingOf({ ...sums, wDelivered: 0, wNegative: 0 }, false, P)).toBe('GREEN');
  });

  it('whole runs (evaluate, statusMachine: false): at every hour, never better with more feedback (300 random series)', () => {
    const r = rng(12);
    let changed = 0;
    for (let trial = 0; trial < 300; trial++) {
      const params = trial % 3 === 0 ? randomParams(r) : P;
      const category = r() < 0.5 ? 'MARKETING' : 'UTILITY';
      const hours = randomHours(r, 72);
      const more = withMoreFeedback(r, hours, int(r, 1, 8));
      const asOf = at(72) - 1;
      const a = evaluate(seriesOf(hours, { category, params }), params, asOf, { keepRatings: true, statusMachine: false });
      const b = evaluate(seriesOf(more, { category, params }), params, asOf, { keepRatings: true, statusMachine: false });
      // The extra feedback may fall on an hour before the first event of the original: compare hour by hour.
      const ratingAt = (e: typeof a, hour: number): Rating => (hour < e.firstHour ? 'UNKNOWN' : e.ratings![hour - e.firstHour]!);
      for (let hour = Math.min(a.firstHour, b.firstHour); hour < a.firstHour + a.ratings!.length; hour++) {
        const ra = ratingAt(a, hour);
        const rb = ratingAt(b, hour);
        if (ra !== 'UNKNOWN' && (rb === 'UNKNOWN' || worse(ra, rb))) expect.fail(`trial ${trial}, hour ${hour - a.firstHour}: ${ra} → ${rb} with more blocks`);
        if (rb !== ra) changed++;
      }
      expect(b.status).toBe('ACTIVE');
      expect(b.pauses).toBe(0);
    }
    // The extra feedback does change ratings: the property is not vacuous.
    expect(changed).toBeGreaterThan(100);
  });

  it('with the status machine, more blocks never delay the first pause (9,000 random series)', () => {
    const failures: string[] = [];
    let morePauses = 0;
    for (const density of [0.03, 0.06, 0.1]) {
      const r = rng(99);
      for (let trial = 0; trial < 3000; trial++) {
        const busy = 20 + 80 * r();
        const hours: HourCounts[] = Array.from({ length: 96 }, () => {
          if (r() < 0.15) return {};
          const delivered = Math.floor(busy * r() * 2);
          return {
            delivered,
            read: Math.floor(delivered * r()),
            blocked: BLOCK_REASONS.map((_, reason) => [reason, r() < density ? int(r, 1, 2) : 0] as [number, number]),
            reported: r() < 0.1 ? 1 : 0,
            optedOut: r() < 0.2 ? int(r, 1, 3) : 0,
          };
        });
        const more = hours.map((h) => ({ ...h, blocked: [...(h.blocked as [number, number][] | undefined ?? [])] }));
        for (let k = int(r, 1, 8); k > 0; k--) more[int(r, 0, 95)]!.blocked.push([0, int(r, 1, 4)]);
        const a = evaluate(seriesOf(hours), P, at(96) - 1);
        const b = evaluate(seriesOf(more), P, at(96) - 1);
        const firstPause = (e: typeof a): number => {
          const entry = e.timeline.find((t) => t.status !== 'ACTIVE');
          return entry ? Date.parse(entry.time) : Infinity;
        };
        if (firstPause(b) > firstPause(a)) failures.push(`density ${density}, trial ${trial}: first pause ${firstPause(a)} → ${firstPause(b)} with more blocks`);
        if (firstPause(b) < firstPause(a)) morePauses++;
      }
    }
    expect(morePauses).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  /**
   * Why the pause count is not monotonic, and is not asserted to be: a pause restarts the window (Meta re-evaluates
   * a template on the feedback since the pause), so it forgives what came before. A case found by random search,
   * shrunk (hour: delivered, blocks by reason as in BLOCK_REASONS,
   * reports, opt-outs). With 4 more blocks at hour 33 the template goes RED at the end of hour 33 instead of 41:
   * the pause resets the window, which forgets the blocks of hours 18–33; without them it stays YELLOW. Without
   * the extra blocks, the clean hours 10–17 leave the window by hour 41, the blocks of hours 18–33 tip it RED, and
   * after that pause it goes RED again: 2 pauses against 1.
   */
  it('a pause forgives the feedback before it: more blocks can mean an earlier pause and fewer pauses in all', () => {
    const table: [number, number, string, number, number][] = [
      [11, 100, '0/0/0/0/0/0', 0, 0], [12, 150, '0/0/0/0/0/0', 0, 0], [14, 150, '0/0/0/0/0/0', 0, 0], [15, 100, '0/0/0/0/0/0', 0, 0],
      [18, 0, '2/0/0/0/0/0', 1, 0], [20, 0, '3/0/0/0/0/0', 0, 0], [21, 100, '0/0/0/0/0/0', 0, 0], [22, 50, '2/0/0/0/0/0', 0, 0],
      [23, 50, '0/0/0/0/0/0', 0, 0], [25, 50, '2/0/0/0/0/0', 0, 0], [26, 150, '0/0/0/0/0/0', 0, 0], [27, 100, '1/0/0/0/0/0', 0, 3],
      [28, 100, '2/0/0/0/0/0', 0, 0], [29, 50, '0/0/0/0/0/0', 0, 0], [30, 100, '1/0/0/0/0/0', 0, 1], [31, 50, '0/0/0/0/0/0', 0, 0],
      [32, 50, '0/0/0/0/0/0', 0, 1], [33, 0, '0/0/0/2/2/0', 0, 0], [34, 100, '0/0/0/0/0/0', 0, 0], [35, 0, '0/0/2/0/0/0', 0, 3],
      [36, 50, '1/0/0/0/0/0', 0, 0], [37, 50, '0/0/0/0/0/0', 0, 0], [38, 43, '0/0/0/0/0/0', 0, 1], [39, 43, '0/0/0/0/0/0', 0, 0],
      [40, 29, '0/0/0/0/1/0', 0, 0], [41, 35, '2/0/0/0/0/0', 0, 0], [43, 82, '0/0/0/0/0/0', 1, 0], [44, 114, '0/0/0/0/0/0', 0, 0],
      [45, 33, '2/0/0/0/0/0', 0, 0], [47, 17, '0/0/0/0/0/0', 0, 0], [48, 77, '0/0/0/0/0/0', 1, 3],
    ];
    const hours: HourCounts[] = Array.from({ length: 49 }, () => ({}));
    for (const [h, delivered, blocks, reported, optedOut] of table) hours[h] = { delivered, blocked: blocks.split('/').map((n, reason) => [reason, Number(n)] as [number, number]), reported, optedOut };
    const more = hours.map((h, i) => (i === 33 ? { ...h, blocked: [...(h.blocked as [number, number][]), [0, 4] as [number, number]] } : h));
    const a = evaluate(seriesOf(hours), P, at(49) - 1);
    const b = evaluate(seriesOf(more), P, at(49) - 1);
    expect(b.pauses).toBeLessThan(a.pauses);
    const firstPause = (e: typeof a): string | undefined => e.timeline.find((t) => t.status !== 'ACTIVE')?.time;
    expect(firstPause(b)! < firstPause(a)!).toBe(true);
  });
});

describe('the status machine: RED → paused 3 h, then 6 h, then disabled', () => {
  // 50 deliveries an hour; 10 blocks in an hour turn it RED; nothing is delivered during a pause.
  const hours: HourCounts[] = [];
  const deliver = (from: number, to: number) => {
    for (let h = from; h <= to; h++) hours[h] = { delivered: 50 };
  };
  deliver(0, 5);
  hours[5] = { delivered: 50, blocked: 10 }; // RED at the end of hour 5 → paused 06:00–09:00
  deliver(9, 10);
  hours[10] = { delivered: 50, blocked: 10 }; // RED at the end of hour 10 → paused 11:00–17:00
  deliver(17, 18);
  hours[18] = { delivered: 50, blocked: 10 }; // RED at the end of hour 18 → disabled at 19:00
  deliver(19, 30); // whatever happens after, a disabled template stays disabled
  const series = seriesOf(hours);

  it('pauses at the end of the RED hour, for 3 h then 6 h, then disables, with exact times', () => {
    const e = evaluate(series, P, at(31) - 1);
    expect(e.status).toBe('DISABLED');
    expect(e.pauses).toBe(2); // two pauses; the third RED disables
    expect(e.pausedUntil).toBeNull();
    expect(e.timeline.map(({ time, rating, status }) => ({ time, rating, status }))).toEqual([
      { time: isoAt(2), rating: 'GREEN', status: 'ACTIVE' }, // 100 deliveries at the end of hour 1
      { time: isoAt(6), rating: 'RED', status: 'ACTIVE' },
      { time: isoAt(6), rating: 'RED', status: 'PAUSED' },
      { time: isoAt(9), rating: 'UNKNOWN', status: 'ACTIVE' }, // re-evaluated on the feedback since the pause: none
      { time: isoAt(11), rating: 'RED', status: 'ACTIVE' },
      { time: isoAt(11), rating: 'RED', status: 'PAUSED' },
      { time: isoAt(17), rating: 'UNKNOWN', status: 'ACTIVE' },
      { time: isoAt(19), rating: 'RED', status: 'ACTIVE' },
      { time: isoAt(19), rating: 'RED', status: 'DISABLED' },
    ]);
    const reasons = e.timeline.map((t) => t.reason);
    expect(reasons[2]).toBe(`first pause: 3 h, until ${isoAt(9)}`);
    expect(reasons[5]).toBe(`second pause: 6 h, until ${isoAt(17)}`);
    expect(reasons[8]).toBe('RED for the third time: disabled');
    expect(reasons[3]).toMatch(/^pause over: quality re-evaluated/);
  });

  it('says PAUSED and until when, as of any time inside each pause, and ACTIVE from the minute it ends', () => {
    const asOf = (ms: number) => evaluate(series, P, ms);
    expect(asOf(at(5) - 1)).toMatchObject({ status: 'ACTIVE', rating: 'GREEN', pauses: 0, pausedUntil: null });
    expect(asOf(at(6))).toMatchObject({ status: 'PAUSED', rating: 'RED', pauses: 1, pausedUntil: at(9) });
    expect(asOf(at(8) - 1)).toMatchObject({ status: 'PAUSED', pauses: 1, pausedUntil: at(9) });
    expect(asOf(at(9))).toMatchObject({ status: 'ACTIVE', rating: 'UNKNOWN', pauses: 1, pausedUntil: null });
    expect(asOf(at(11) + 30 * 60_000)).toMatchObject({ status: 'PAUSED', pauses: 2, pausedUntil: at(17) });
    expect(asOf(at(16) - 1)).toMatchObject({ status: 'PAUSED', pauses: 2, pausedUntil: at(17) });
    expect(asOf(at(17))).toMatchObject({ status: 'ACTIVE', pauses: 2, pausedUntil: null });
    expect(asOf(at(19))).toMatchObject({ status: 'DISABLED', pauses: 2, pausedUntil: null });
  });

  // Bug: the last hour of a pause is evaluated as a whole, so as of 08:30 a pause that ends at 09:00 is over.
  it('is still PAUSED as of a time inside the last hour of the pause', () => {
    const asOf = (ms: number) => evaluate(series, P, ms);
    expect(asOf(at(8) + 30 * 60_000)).toMatchObject({ status: 'PAUSED', pauses: 1, pausedUntil: at(9) });
    expect(asOf(at(9) - 1)).toMatchObject({ status: 'PAUSED', pauses: 1, pausedUntil: at(9) });
    expect(asOf(at(17) - 1)).toMatchObject({ status: 'PAUSED', pauses: 2, pausedUntil: at(17) });
    // …and no timeline entry says the pause is over before it is.
    for (const ms of [at(8) + 30 * 60_000, at(9) - 1, at(17) - 1]) {
      for (const t of asOf(ms).timeline) if (t.reason.startsWith('pause over')) expect(Date.parse(t.time)).toBeGreaterThanOrEqual(at(9));
      expect(asOf(ms).timeline.filter((t) => t.reason.startsWith('pause over')).length).toBe(ms < at(9) ? 0 : 1);
    }
  });

  it('takes its pause lengths from the parameters: [2, 4, 8] gives three pauses before disabling', () => {
    const params = resolveParams({ pauseHours: [2, 4, 8] });
    const long: HourCounts[] = [];
    let h = 0;
    const until: number[] = [];
    for (const length of [2, 4, 8, 0]) {
      long[h] = { delivered: 50 };
      long[h + 1] = { delivered: 50 };
      long[h + 2] = { delivered: 50, blocked: 10 };
      until.push(h + 3 + length);
      h += 3 + length;
    }
    const e = evaluate(seriesOf(long), params, at(h + 2));
    expect(e.status).toBe('DISABLED');
    expect(e.pauses).toBe(3);
    expect(e.timeline.filter((t) => t.status === 'PAUSED').map((t) => t.reason)).toEqual([
      `first pause: 2 h, until ${isoAt(until[0]!)}`,
      `second pause: 4 h, until ${isoAt(until[1]!)}`,
      `third pause: 8 h, until ${isoAt(until[2]!)}`,
    ]);
  });

  it('re-evaluates on the feedback since the pause: blocks that arrive during the pause count after it', () => {
    const late: HourCounts[] = [{ delivered: 60 }, { delivered: 60 }, { delivered: 60, blocked: 12 }, { blocked: 2 }, {}, {}];
    for (let h = 6; h < 12; h++) late[h] = { delivered: 30 };
    const e = evaluate(seriesOf(late), P, at(12) - 1);
    // Paused at the end of hour 2 until hour 6; the 2 late blocks and 180 new deliveries are what counts after.
    expect(e.timeline.find((t) => t.reason.startsWith('pause over'))!.time).toBe(isoAt(6));
    expect(e.window.delivered).toBe(180);
    expect(e.window.blocked).toBe(2);
  });

  it('statusMachine: false never pauses', () => {
    const e = evaluate(series, P, at(31) - 1, { statusMachine: false, keepRatings: true });
    expect(e).toMatchObject({ status: 'ACTIVE', pauses: 0, pausedUntil: null });
    expect(e.ratings).toContain('RED');
    expect(e.timeline.every((t) => t.status === 'ACTIVE')).toBe(true);
  });
});

describe('UNKNOWN below the minimum volume', () => {
  it('is UNKNOWN with 99 deliveries in the window, whatever the feedback, and rated at exactly 100', () => {
    const below = evaluate(seriesOf([{ delivered: 99, blocked: 50, reported: 10 }]), P, at(1) - 1);
    expect(below.rating).toBe('UNKNOWN');
    expect(below.status).toBe('ACTIVE');
    expect(below.forecast).toEqual({ blocksToYellow: null, blocksToRed: null, eta: null, etaRating: null });
    expect(below.timeline).toEqual([]);
    expect(evaluate(seriesOf([{ delivered: 100 }]), P, at(1) - 1).rating).toBe('GREEN');
    expect(evaluate(seriesOf([{ delivered: 100, blocked: 3 }]), P, at(1) - 1, { statusMachine: false }).rating).toBe('RED');
  });

  it('counts the deliveries of the last windowHours hours exactly: 99, then 1 23 h later is rated; 1 24 h later is not', () => {
    const inside: HourCounts[] = [{ delivered: 99 }];
    inside[23] = { delivered: 1 };
    expect(evaluate(seriesOf(inside), P, at(23) - 1).rating).toBe('UNKNOWN');
    const rated = evaluate(seriesOf(inside), P, at(24) - 1);
    expect(rated.rating).toBe('GREEN');
    expect(rated.window.delivered).toBe(100);
    expect(rated.timeline).toEqual([{ time: new Date(at(24) - 1).toISOString(), rating: 'GREEN', status: 'ACTIVE', reason: expect.stringMatching(/on 100 deliveries in 24 h$/) }]);
    const outside: HourCounts[] = [{ delivered: 99 }];
    outside[24] = { delivered: 1 };
    const never = evaluate(seriesOf(outside), P, at(25) - 1);
    expect(never.window.delivered).toBe(1);
    expect(never.rating).toBe('UNKNOWN');
    expect(never.forecast.blocksToYellow).toBeNull();
  });

  it('once rated, keeps the last rating through a quiet spell (UNKNOWN is for templates not rated yet)', () => {
    const hours: HourCounts[] = [{ delivered: 100, blocked: 2 }];
    hours[30] = { delivered: 5 };
    const e = evaluate(seriesOf(hours), P, at(31) - 1);
    expect(e.window.delivered).toBe(5);
    expect(e.rating).toBe('YELLOW');
    expect(e.timeline.map((t) => t.rating)).toEqual(['YELLOW']);
  });

  // Bug: float error in the decayed sums flips a rate that sits exactly on a threshold ("1% < 1% (GREEN)").
  it('does not flap when nothing happens: a rate exactly on a threshold stays on the same side while it decays', () => {
    for (const [blocked, delivered] of [[1, 100], [5, 500], [25, 1000]] as const) {
      const e = evaluate(seriesOf([{ delivered, blocked }]), P, at(24) - 1, { statusMachine: false });
      expect(e.timeline.map((t) => t.rating)).toEqual([blocked / delivered >= P.redRate ? 'RED' : 'YELLOW']);
    }
  });

  it('follows minDelivered from the parameters', () => {
    const s = seriesOf([{ delivered: 40 }]);
    expect(evaluate(s, resolveParams({ minDelivered: 41 }), at(1) - 1).rating).toBe('UNKNOWN');
    expect(evaluate(s, resolveParams({ minDelivered: 40 }), at(1) - 1).rating).toBe('GREEN');
  });

  it('counts sent minus failed when a log has no delivered events', () => {
    const s = seriesOf([{ sent: 104, failed: 4 }]);
    expect(evaluate(s, P, at(1) - 1).window.delivered).toBe(100);
    expect(evaluate(s, P, at(1) - 1).rating).toBe('GREEN');
    expect(evaluate(seriesOf([{ sent: 104, failed: 5 }]), P, at(1) - 1).rating).toBe('UNKNOWN');
  });
});

describe('weights and the forecast', () => {
  it('weighs blocks by reason: on 100 deliveries, 1 spam block (×1.5) is YELLOW, 2 are RED; 1 no_longer_needed (×0.5) GREEN', () => {
    const rating = (blocked: [number, number][], reported = 0) => evaluate(seriesOf([{ delivered: 100, blocked, reported }]), P, at(1) - 1, { statusMachine: false }).rating;
    const spam = BLOCK_REASONS.indexOf('spam');
    const notNeeded = BLOCK_REASONS.indexOf('no_longer_needed');
    expect(rating([[spam, 1]])).toBe('YELLOW');
    expect(rating([[spam, 2]])).toBe('RED');
    expect(rating([[notNeeded, 1]])).toBe('GREEN');
    expect(rating([[notNeeded, 2]])).toBe('YELLOW'); // exactly 1 %
    expect(rating([], 1)).toBe('YELLOW'); // a report weighs 2
  });

  it('penalises a MARKETING template read by few, not a UTILITY one', () => {
    const hours = [{ delivered: 200, read: 10 }];
    const marketing = evaluate(seriesOf(hours, { category: 'MARKETING' }), P, at(1) - 1);
    const utility = evaluate(seriesOf(hours, { category: 'UTILITY' }), P, at(1) - 1);
    expect(utility.window.negativeRate).toBe(0);
    expect(marketing.window.negativeRate).toBeCloseTo((P.weights.lowRead * (P.lowReadRate - 0.05)) / P.lowReadRate, 6);
  });

  it('forecasts the blocks that turn it YELLOW and RED, and those blocks do', () => {
    const s = seriesOf([{ delivered: 400 }, { delivered: 400 }, { delivered: 400, blocked: 2 }]);
    const e = evaluate(s, P, at(3) - 1);
    expect(e.rating).toBe('GREEN');
    const { blocksToYellow, blocksToRed } = e.forecast;
    expect(blocksToYellow).toBeGreaterThan(0);
    expect(blocksToRed).toBeGreaterThan(blocksToYellow!);
    const plus = (n: number) => evaluate(seriesOf([{ delivered: 400 }, { delivered: 400 }, { delivered: 400, blocked: 2 + n }]), P, at(3) - 1, { statusMachine: false }).rating;
    expect(plus(blocksToYellow! - 1)).toBe('GREEN');
    expect(plus(blocksToYellow!)).toBe('YELLOW');
    expect(plus(blocksToRed! - 1)).toBe('YELLOW');
    expect(plus(blocksToRed!)).toBe('RED');
  });

  it('gives an eta when the pace of the last hours makes it worse, within the forecast horizon', () => {
    // 100 deliveries an hour; clean for 20 h, then 2 blocks an hour: 0.67 % now (GREEN), a 2 % pace (YELLOW ahead).
    const hours: HourCounts[] = Array.from({ length: 24 }, (_, i) => (i < 20 ? { delivered: 100 } : { delivered: 100, blocked: 2 }));
    const e = evaluate(seriesOf(hours), P, at(24) - 1);
    expect(e.rating).toBe('GREEN');
    expect(e.forecast.etaRating).toBe('YELLOW');
    expect(Date.parse(e.forecast.eta!)).toBeGreaterThan(at(24));
    expect(Date.parse(e.forecast.eta!)).toBeLessThanOrEqual(at(24) + P.forecastHours * HOUR);
    // The same hours the other way round (a campaign getting better): no eta.
    const better = evaluate(seriesOf([...hours].reverse()), P, at(24) - 1);
    expect(better.forecast.eta).toBeNull();
  });
});
