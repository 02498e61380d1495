/**
 * Calibration recovers known parameters (issue 5, "Done when"): synthetic events for 30 templates over 5 days, rated by the
 * model under KNOWN parameters, each change of rating written as the message_template_quality_update webhook Meta
 * would send; `calibrate`, started from the defaults, must find the known half-life and thresholds again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseEvents } from '../../src/quality/analyse.js';
import { agreementOf, calibrate } from '../../src/quality/calibrate.js';
import { evaluate } from '../../src/quality/model.js';
import { DEFAULT_PARAMS, resolveParams } from '../../src/quality/params.js';
import type { Rating } from '../../src/quality/series.js';
import { at, HOUR, int, rng, runCli, scratch } from './helpers.js';

const KNOWN = resolveParams({ halfLifeHours: 4, yellowRate: 0.012, redRate: 0.03 });
const TEMPLATES = 30;
const HOURS = 120;

/** Hourly counts (JSONL rows with "count") for templates whose block rates range from 0.2 % to 4 %, with bursts. */
function syntheticEvents(seed: number): string[] {
  const r = rng(seed);
  const lines: string[] = [];
  const reasons = ['spam', 'no_longer_needed', 'didnt_sign_up', 'other', ''];
  for (let k = 0; k < TEMPLATES; k++) {
    const base = 0.002 + (0.038 * k) / (TEMPLATES - 1);
    const volume = 40 + int(r, 0, 80);
    for (let h = 0; h < HOURS; h++) {
      const time = new Date(at(h)).toISOString();
      const row = (event: string, count: number, reason = '') => {
        if (count > 0) lines.push(JSON.stringify({ time, template: `campaign_${String(k).padStart(2, '0')}`, language: 'fr', event, count, ...(reason ? { reason } : {}) }));
      };
      if (h % 24 < 6 && r() < 0.7) continue; // quiet nights
      const delivered = Math.round(volume * (0.5 + r()));
      const rate = base * (r() < 0.15 ? 2.5 : 0.4 + r()); // a burst now and then
      row('delivered', delivered);
      row('read', Math.round(delivered * (0.4 + 0.3 * r())));
      const blocks: Record<string, number> = {};
      for (let i = 0; i < delivered; i++) {
        if (r() >= rate) continue;
        const reason = reasons[int(r, 0, reasons.length - 1)]!;
        blocks[reason] = (blocks[reason] ?? 0) + 1;
      }
      for (const [reason, n] of Object.entries(blocks)) row('blocked', n, reason);
      let optOuts = 0;
      for (let i = 0; i < delivered; i++) if (r() < rate / 3) optOuts++;
      row('opted_out', optOuts);
      if (r() < rate * 3) row('reported', 1);
    }
  }
  return lines;
}

const qualityUpdate = (name: string, previous: Rating, next: Rating, ms: number) =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', time: Math.floor(ms / 1000), changes: [{ field: 'message_template_quality_update', value: { previous_quality_score: previous, new_quality_score: next, message_template_id: 1000 + Number(name.slice(-2)), message_template_name: name, message_template_language: 'fr' } }] }],
  });

/** The events and, at the end of each hour whose rating changed under KNOWN, the update Meta would have sent. */
async function syntheticLog(seed: number): Promise<{ lines: string[]; updates: number }> {
  const events = syntheticEvents(seed);
  const dir = scratch({ 'events.jsonl': events.join('\n') });
  const { store } = await analyseEvents({ files: [join(dir, 'events.jsonl')], params: KNOWN });
  const asOf = at(HOURS) - 1;
  const updates: { ms: number; line: string }[] = [];
  for (const series of store.series) {
    const e = evaluate(series, KNOWN, asOf, { keepRatings: true });
    let previous: Rating = 'UNKNOWN';
    e.ratings!.forEach((rating, i) => {
      if (rating === previous) return;
      const ms = (e.firstHour + i + 1) * HOUR;
      updates.push({ ms, line: qualityUpdate(series.name, previous, rating, ms) });
      previous = rating;
    });
  }
  updates.sort((a, b) => a.ms - b.ms);
  return { lines: [...events, ...updates.map((u) => u.line)], updates: updates.length };
}

describe('calibrate', () => {
  let log: { lines: string[]; updates: number };
  let dir: string;
  beforeAll(async () => {
    log = await syntheticLog(42);
    dir = scratch({ 'meta.jsonl': log.lines.join('\n') });
  });

  it('has enough of Meta\'s updates to fit on, of every rating', () => {
    expect(log.updates).toBeGreaterThan(150);
    for (const rating of ['GREEN', 'YELLOW', 'RED', 'UNKNOWN']) expect(log.lines.some((l) => l.includes(`"new_quality_score":"${rating}"`))).toBe(true);
  });

  it('recovers the known half-life and thresholds from the defaults, and agrees better than before', async () => {
    const { store, asOf } = await analyseEvents({ files: [join(dir, 'meta.jsonl')] });
    const result = calibrate(store.series, DEFAULT_PARAMS, asOf!);
    expect(result.templates).toBe(TEMPLATES);
    expect(result.before.total).toBe(log.updates);
    expect(result.after.rate).toBeGreaterThanOrEqual(0.95);
    expect(result.after.rate).toBeGreaterThan(result.before.rate);
    expect(result.params.halfLifeHours).toBe(KNOWN.halfLifeHours);
    expect(Math.abs(result.params.yellowRate / KNOWN.yellowRate - 1)).toBeLessThan(0.15);
    expect(Math.abs(result.params.redRate / KNOWN.redRate - 1)).toBeLessThan(0.15);
    // The agreement it reports is the agreement of the parameters it returns.
    expect(agreementOf(store.series, result.params, asOf!)).toEqual(result.after);
    // The known parameters themselves agree with every update: the synthetic log is what the model says.
    expect(agreementOf(store.series, KNOWN, asOf!).rate).toBe(1);
  });

  it('changes nothing when the parameters already agree', async () => {
    const { store, asOf } = await analyseEvents({ files: [join(dir, 'meta.jsonl')], params: KNOWN });
    const result = calibrate(store.series, KNOWN, asOf!);
    expect(result.before.rate).toBe(1);
    expect(result.after).toEqual(result.before);
    expect(result.params).toEqual(KNOWN);
  });

  it('with no quality updates: nothing to fit, the parameters unchanged', async () => {
    const events = scratch({ 'e.jsonl': syntheticEvents(1).join('\n') });
    const { store, asOf } = await analyseEvents({ files: [join(events, 'e.jsonl')] });
    const result = calibrate(store.series, DEFAULT_PARAMS, asOf!);
    expect(result.before.total).toBe(0);
    expect(result.params).toBe(DEFAULT_PARAMS);
  });
});

describe('wabalint quality --calibrate', () => {
  let dir: string;
  beforeAll(async () => {
    dir = scratch({ 'meta.jsonl': (await syntheticLog(7)).lines.join('\n') });
  });

  it('prints agreement before and after, writes a params file that --params takes back', async () => {
    const run = await runCli(['quality', 'meta.jsonl', '--calibrate', '--params-out', 'fitted/params.json'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Agreement with Meta's \d+ quality updates \(30 templates\):$/m);
    const before = Number(/before\s+([\d.]+)%/.exec(run.stdout)![1]);
    const after = Number(/after\s+([\d.]+)%/.exec(run.stdout)![1]);
    expect(after).toBeGreaterThan(before);
    expect(after).toBeGreaterThanOrEqual(95);
    expect(run.stdout).toContain('--params fitted/params.json');
    expect(run.stdout).toMatch(/not Meta's formula/);

    const file = JSON.parse(readFileSync(join(dir, 'fitted/params.json'), 'utf8')) as Record<string, unknown>;
    expect(file.$comment).toMatch(/Fitted by wabalint quality --calibrate/);
    expect(file.halfLifeHours).toBe(4);

    const rated = await runCli(['quality', 'meta.jsonl', '--params', 'fitted/params.json', '-f', 'json'], dir);
    expect(rated.code).toBe(0);
    const report = JSON.parse(rated.stdout) as { params: typeof DEFAULT_PARAMS };
    expect(report.params.halfLifeHours).toBe(4);
    expect(report.params.yellowRate).toBe(file.yellowRate ?? DEFAULT_PARAMS.yellowRate);
  });

  it('prints JSON with -f json', async () => {
    const run = await runCli(['quality', 'meta.jsonl', '--calibrate', '--params-out', 'p.json', '-f', 'json'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { observations: number; templates: number; before: { rate: number }; after: { rate: number }; params: { halfLifeHours: number }; paramsFile: string };
    expect(out).toMatchObject({ templates: TEMPLATES, paramsFile: 'p.json', params: { halfLifeHours: 4 } });
    expect(out.after.rate).toBeGreaterThan(out.before.rate);
  });

  it('refuses to calibrate without Meta\'s quality updates, exit 2', async () => {
    const events = scratch({ 'e.jsonl': syntheticEvents(3).slice(0, 500).join('\n') });
    const run = await runCli(['quality', 'e.jsonl', '--calibrate'], events);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('message_template_quality_update');
  });
});
