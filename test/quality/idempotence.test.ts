/**
 * Idempotence (issue 5, "Done when"): the same file twice, or the same lines in another order within the
 * de-duplication horizon, give the same templates; `input.duplicates` counts what was left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseEvents } from '../../src/quality/analyse.js';
import { resolveParams } from '../../src/quality/params.js';
import { analyse, EXAMPLES, ev, int, rng, runCli, scratch, templatesOf } from './helpers.js';

const STORIES: [string, string[]][] = [
  ['utility-clean.jsonl', []],
  ['marketing-paused.jsonl', []],
  ['marketing-disabled.jsonl', []],
  ['webhooks.jsonl', ['sends.csv']],
  ['hourly-counts.csv', []],
];
const run = (files: string[], sends: string[] = []) => analyseEvents({ files: files.map((f) => join(EXAMPLES, f)), sends: sends.map((f) => join(EXAMPLES, f)) });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the same file twice changes nothing', () => {
  for (const [file, sends] of STORIES) {
    it(file, async () => {
      const once = await run([file], sends);
      const twice = await run([file, file], sends);
      expect(templatesOf(twice.report)).toEqual(templatesOf(once.report));
      expect(twice.report.asOf).toBe(once.report.asOf);
      expect(once.report.input.duplicates).toBe(0);
      expect(twice.report.input.events).toBe(once.report.input.events);
      expect(twice.report.input.lines).toBe(2 * once.report.input.lines);
      // Every line of the second copy that counted the first time is a duplicate: events and Meta's updates alike.
      const counted = once.report.input.lines - once.report.input.skipped - once.report.input.unattributed;
      expect(twice.report.input.duplicates).toBe(counted);
    });
  }

  it('and through the CLI, with --strict saying so', async () => {
    const file = join(EXAMPLES, 'marketing-paused.jsonl');
    const once = await runCli(['quality', file, '-f', 'json'], EXAMPLES);
    const twice = await runCli(['quality', file, file, '-f', 'json'], EXAMPLES);
    expect(JSON.parse(twice.stdout).templates).toEqual(JSON.parse(once.stdout).templates);
    expect((await runCli(['quality', file, file, '--strict'], EXAMPLES)).code).toBe(2);
  });
});

describe('the same lines in another order, within the de-duplication horizon', () => {
  for (const file of ['utility-clean.jsonl', 'marketing-paused.jsonl', 'marketing-disabled.jsonl', 'hourly-counts.csv']) {
    it(`${file}: shuffled, and shuffled with every line twice`, async () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8').trimEnd().split('\n');
      const [head, body] = file.endsWith('.csv') ? [[text[0]!], text.slice(1)] : [[], text];
      const original = await run([file]);
      const shuffled = await analyse({ [file]: [...head, ...shuffle(body, 1)].join('\n') });
      expect(templatesOf(shuffled.report)).toEqual(templatesOf(original.report));
      expect(shuffled.report.input.outOfOrder).toBeGreaterThan(0);
      expect(shuffled.report.input.late).toBe(0);
      const doubled = await analyse({ [file]: [...head, ...shuffle([...body, ...body], 2)].join('\n') });
      expect(templatesOf(doubled.report)).toEqual(templatesOf(original.report));
      expect(doubled.report.input.duplicates).toBe(body.length);
      expect(doubled.report.input.events).toBe(original.report.input.events);
    });
  }

  it('recognises a duplicate by recipient and time when there is no message id', async () => {
    const lines = Array.from({ length: 150 }, (_, i) => ev({ time: `2026-03-02T08:${String(i % 60).padStart(2, '0')}:0${i % 7}Z`, template: 'promo', event: 'delivered', recipient: `336000${String(i).padStart(5, '0')}` }));
    const once = await analyse({ 'a.jsonl': lines.join('\n') });
    const twice = await analyse({ 'a.jsonl': lines.join('\n'), 'b.jsonl': shuffle(lines, 3).join('\n') });
    expect(twice.report.input.duplicates).toBe(150);
    expect(templatesOf(twice.report)).toEqual(templatesOf(once.report));
    // Two people, or one person at two times: not duplicates.
    const distinct = await analyse({ 'a.jsonl': [ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'blocked', recipient: '1' }), ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'blocked', recipient: '2' }), ev({ time: '2026-03-02T08:00:01Z', template: 'p', event: 'blocked', recipient: '1' })].join('\n') });
    expect(distinct.report.input.duplicates).toBe(0);
  });

  it('keeps the same message id under two events, and under two templates', async () => {
    const lines = [
      ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'sent', message_id: 'm' }),
      ev({ time: '2026-03-02T08:00:01Z', template: 'p', event: 'delivered', message_id: 'm' }),
      ev({ time: '2026-03-02T08:00:01Z', template: 'q', event: 'delivered', message_id: 'm' }),
      ev({ time: '2026-03-02T08:00:05Z', template: 'p', event: 'delivered', message_id: 'm' }), // a retry of the status, seconds later
    ];
    const { report } = await analyse({ 'a.jsonl': lines.join('\n') });
    expect(report.input).toMatchObject({ events: 3, duplicates: 1 });
  });
});

describe('beyond the de-duplication horizon', () => {
  it('leaves out, as late, an event older than the horizon of its template, and says to sort the files', async () => {
    const params = resolveParams({ dedupHorizonHours: 48 });
    const newer = Array.from({ length: 120 }, (_, i) => ev({ time: `2026-03-12T08:${String(i % 60).padStart(2, '0')}:00Z`, template: 'p', event: 'delivered', message_id: `n${i}` }));
    const older = [ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'delivered', message_id: 'o1' }), ev({ time: '2026-03-11T09:00:00Z', template: 'p', event: 'delivered', message_id: 'o2' })];
    const dir = scratch({ 'new.jsonl': newer.join('\n'), 'old.jsonl': older.join('\n') });
    const result = await analyseEvents({ files: [`${dir}/new.jsonl`, `${dir}/old.jsonl`], params });
    expect(result.report.input).toMatchObject({ late: 1, skipped: 1, events: 121 });
    expect(result.report.input.issues.filter((i) => i.kind === 'late')).toEqual([expect.objectContaining({ line: 1, kind: 'late', message: expect.stringMatching(/48 h de-duplication horizon.*time order/) })]);
    expect(result.report.input.outOfOrder).toBe(1); // the event of 11 March: counted, and said
    const sorted = await analyseEvents({ files: [`${dir}/old.jsonl`, `${dir}/new.jsonl`], params });
    expect(sorted.report.input).toMatchObject({ late: 0, events: 122 });
  });
});
