/**
 * examples/events/: each story ends as its README says, keeps to Meta's behaviour (nothing is sent while a template
 * is paused or disabled), is small and comes out of its generator byte for byte; and every report has the JSON
 * shape issue 5 makes a contract of.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { QualityReport, TemplateQuality } from '../../src/quality/report.js';
import { EXAMPLES, runCli } from './helpers.js';

const ISO = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
const RATING = z.enum(['GREEN', 'YELLOW', 'RED', 'UNKNOWN']);
const STATUS = z.enum(['ACTIVE', 'PAUSED', 'DISABLED']);
const COUNT = z.number().int().nonnegative();

/** The JSON contract of issue 5: every key present, with its type (more keys are allowed). */
const CONTRACT = z.object({
  asOf: ISO.nullable(),
  input: z.object({ lines: COUNT, events: COUNT, skipped: COUNT, duplicates: COUNT, unattributed: COUNT }),
  templates: z.array(
    z.object({
      name: z.string().min(1),
      language: z.string(),
      rating: RATING,
      status: STATUS,
      pauses: COUNT,
      pausedUntil: ISO.nullable(),
      window: z.object({ delivered: COUNT, read: COUNT, blocked: COUNT, reported: COUNT, optedOut: COUNT, negativeRate: z.number().nonnegative().finite() }),
      timeline: z.array(z.object({ time: ISO, rating: RATING, status: STATUS, reason: z.string().min(10) })),
      forecast: z.object({ blocksToYellow: COUNT.nullable(), blocksToRed: COUNT.nullable(), eta: ISO.nullable() }),
      observed: z.object({ rating: RATING.nullable() }).nullable(),
    }),
  ),
});

interface Story {
  readonly file: string;
  readonly args: string[];
  /** name → what the README says it ends as */
  readonly ends: Record<string, Partial<Pick<TemplateQuality, 'rating' | 'status' | 'pauses' | 'category'>>>;
}

const STORIES: Story[] = [
  { file: 'utility-clean.jsonl', args: [], ends: { order_shipped: { rating: 'GREEN', status: 'ACTIVE', pauses: 0, category: 'UTILITY' } } },
  { file: 'marketing-paused.jsonl', args: [], ends: { soldes_hiver: { rating: 'GREEN', status: 'ACTIVE', pauses: 1, category: 'MARKETING' } } },
  { file: 'marketing-disabled.jsonl', args: [], ends: { spring_flash_sale: { rating: 'RED', status: 'DISABLED', pauses: 2, category: 'MARKETING' } } },
  {
    file: 'webhooks.jsonl',
    args: ['--sends', 'sends.csv'],
    ends: { bouquets_printemps: { rating: 'YELLOW', status: 'ACTIVE', pauses: 0, category: 'MARKETING' }, commande_confirmee: { rating: 'UNKNOWN', status: 'ACTIVE', pauses: 0, category: 'UTILITY' } },
  },
  { file: 'hourly-counts.csv', args: [], ends: { rappel_rdv_veille: { rating: 'GREEN', status: 'ACTIVE', pauses: 0 }, summer_sale: { rating: 'YELLOW', status: 'ACTIVE', pauses: 0 } } },
];

const reports = new Map<string, QualityReport>();
beforeAll(async () => {
  for (const story of STORIES) {
    const run = await runCli(['quality', story.file, ...story.args, '-f', 'json'], EXAMPLES);
    expect(run.code).toBe(0);
    reports.set(story.file, JSON.parse(run.stdout) as QualityReport);
  }
});
const report = (file: string): QualityReport => reports.get(file)!;
const template = (file: string, name: string): TemplateQuality => report(file).templates.find((t) => t.name === name)!;
const brief = (t: TemplateQuality) => t.timeline.map((e) => `${e.time} ${e.rating} ${e.status}`);

describe.each(STORIES)('$file', (story) => {
  it('has the JSON shape of the contract', () => {
    const parsed = CONTRACT.safeParse(report(story.file));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(report(story.file).templates.every((t) => t.hours === undefined)).toBe(true); // hours only with --hours
  });

  it('ends as its README says', () => {
    const r = report(story.file);
    expect(r.templates.map((t) => t.name).sort()).toEqual(Object.keys(story.ends).sort());
    for (const [name, ends] of Object.entries(story.ends)) expect(template(story.file, name)).toMatchObject(ends);
  });

  it('is consistent: the timeline ends where the template stands, in time order, paused until only while paused', () => {
    const r = report(story.file);
    for (const t of r.templates) {
      const last = t.timeline.at(-1);
      if (last) expect([last.rating, last.status]).toEqual([t.rating, t.status]);
      else expect(t.rating).toBe('UNKNOWN');
      const times = t.timeline.map((e) => e.time);
      expect(times).toEqual([...times].sort());
      expect(times.every((time) => time <= r.asOf!)).toBe(true);
      expect(t.pausedUntil !== null).toBe(t.status === 'PAUSED');
      expect(t.pauses).toBe(t.timeline.filter((e) => e.status === 'PAUSED' && e.reason.match(/pause:/)).length);
    }
  });

  it('sends nothing while a template is paused or disabled', () => {
    const r = report(story.file);
    const sends = sentTimes(story.file);
    for (const t of r.templates) {
      const closed: [string, string][] = [];
      t.timeline.forEach((e, i) => {
        if (e.status === 'ACTIVE' || t.timeline[i - 1]?.status === e.status) return;
        const reopened = t.timeline.slice(i + 1).find((n) => n.status === 'ACTIVE');
        closed.push([e.time, reopened?.time ?? '9999']);
      });
      const inside = (sends.get(t.name) ?? []).filter((time) => closed.some(([from, to]) => time >= from && time < to));
      expect({ template: t.name, sentWhileClosed: inside }).toEqual({ template: t.name, sentWhileClosed: [] });
    }
  });

  it('is small', () => {
    expect(statSync(join(EXAMPLES, story.file)).size).toBeLessThanOrEqual(310 * 1024);
  });

  it('is told in the README, with its command', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    expect(readme).toContain(`\`${story.file}\``);
    expect(readme).toContain(`node dist/wabalint.mjs quality examples/events/${story.file}`);
    for (const name of Object.keys(story.ends)) expect(readme).toContain(`\`${name}\``);
  });
});

/** When each template was sent to (UTC ISO, for normalised events and for webhooks joined through sends.csv). */
function sentTimes(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, ms: number) => out.set(name, [...(out.get(name) ?? []), new Date(ms).toISOString().replace('.000Z', 'Z')]);
  const text = readFileSync(join(EXAMPLES, file), 'utf8').trimEnd().split('\n');
  if (file.endsWith('.csv')) {
    const [header, ...rows] = text;
    const cols = header!.split(',');
    for (const row of rows) {
      const cells = Object.fromEntries(row.split(',').map((c, i) => [cols[i], c]));
      if (cells.event === 'sent') add(cells.template!, Date.parse(`${cells.hour!.replace(' ', 'T')}Z`));
    }
    return out;
  }
  const sends = new Map(
    readFileSync(join(EXAMPLES, 'sends.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .map((c) => [c[1]!, c[2]!]),
  );
  for (const line of text) {
    const o = JSON.parse(line) as Record<string, unknown> & { entry?: { changes: { field: string; value: { statuses?: { id: string; status: string; timestamp: string }[] } }[] }[] };
    if (o.event === 'sent') add(String(o.template), Date.parse(String(o.time)));
    for (const change of o.entry?.flatMap((e) => e.changes) ?? []) for (const s of change.value.statuses ?? []) if (s.status === 'sent' && sends.has(s.id)) add(sends.get(s.id)!, Number(s.timestamp) * 1000);
  }
  return out;
}

describe('the stories in detail', () => {
  it('utility-clean: UNKNOWN until 100 deliveries, then GREEN all along, one block, no issue', () => {
    const t = template('utility-clean.jsonl', 'order_shipped');
    expect(brief(t)).toEqual(['2026-03-02T14:00:00Z GREEN ACTIVE']);
    expect(report('utility-clean.jsonl').input).toMatchObject({ skipped: 0, duplicates: 0, unattributed: 0, issues: [] });
    const blocks = readFileSync(join(EXAMPLES, 'utility-clean.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"blocked"'));
    expect(blocks).toEqual([expect.stringContaining('"reason":"no_longer_needed"')]);
  });

  it('marketing-paused: GREEN, YELLOW, RED, paused 3 h, UNKNOWN after the pause, GREEN again', () => {
    const t = template('marketing-paused.jsonl', 'soldes_hiver');
    expect(brief(t)).toEqual([
      '2026-01-07T12:00:00Z GREEN ACTIVE',
      '2026-01-08T12:00:00Z YELLOW ACTIVE',
      '2026-01-08T15:00:00Z RED ACTIVE',
      '2026-01-08T15:00:00Z RED PAUSED',
      '2026-01-08T18:00:00Z UNKNOWN ACTIVE',
      '2026-01-09T12:00:00Z GREEN ACTIVE',
    ]);
    expect(t.timeline[3]!.reason).toBe('first pause: 3 h, until 2026-01-08T18:00:00Z');
    expect(t.timeline[2]!.reason).toMatch(/blocks?, .*opt-outs? on \d+ deliveries/);
    expect(t.observed).toMatchObject({ status: 'APPROVED' });
  });

  it('marketing-paused, as of inside the pause: PAUSED until 18:00', async () => {
    const run = await runCli(['quality', 'marketing-paused.jsonl', '--as-of', '2026-01-08T16:30:00Z', '-f', 'json'], EXAMPLES);
    const t = (JSON.parse(run.stdout) as QualityReport).templates[0]!;
    expect(t).toMatchObject({ rating: 'RED', status: 'PAUSED', pauses: 1, pausedUntil: '2026-01-08T18:00:00Z' });
    expect(t.forecast.eta).toBeNull();
  });

  it('marketing-disabled: RED, 3 h pause, RED, 6 h pause, RED, disabled', () => {
    const t = template('marketing-disabled.jsonl', 'spring_flash_sale');
    expect(brief(t)).toEqual([
      '2026-03-20T15:00:00Z RED ACTIVE',
      '2026-03-20T15:00:00Z RED PAUSED',
      '2026-03-20T18:00:00Z UNKNOWN ACTIVE',
      '2026-03-20T20:00:00Z RED ACTIVE',
      '2026-03-20T20:00:00Z RED PAUSED',
      '2026-03-21T02:00:00Z UNKNOWN ACTIVE',
      '2026-03-21T04:00:00Z RED ACTIVE',
      '2026-03-21T04:00:00Z RED DISABLED',
    ]);
    expect(t.timeline.filter((e) => e.status !== 'ACTIVE').map((e) => e.reason)).toEqual([
      'first pause: 3 h, until 2026-03-20T18:00:00Z',
      'second pause: 6 h, until 2026-03-21T02:00:00Z',
      'RED for the third time: disabled',
    ]);
    expect(t.forecast).toMatchObject({ blocksToYellow: null, blocksToRed: null, eta: null });
  });

  it('webhooks: statuses joined through sends.csv, five opt-outs of five kinds, two unattributed lines, Meta said YELLOW', () => {
    const r = report('webhooks.jsonl');
    expect(r.input).toMatchObject({ skipped: 0, duplicates: 0, unattributed: 2 });
    expect(r.input.issues.map((i) => [i.file, i.kind])).toEqual([
      ['webhooks.jsonl', 'unattributed'],
      ['webhooks.jsonl', 'unattributed'],
    ]);
    const promo = template('webhooks.jsonl', 'bouquets_printemps');
    expect(promo.window).toMatchObject({ delivered: 148, optedOut: 5, blocked: 0 });
    expect(promo.observed).toMatchObject({ rating: 'YELLOW', ratingTime: '2026-03-16T13:00:31Z', status: 'APPROVED' });
    expect(template('webhooks.jsonl', 'commande_confirmee').window.delivered).toBe(40);
    const text = readFileSync(join(EXAMPLES, 'webhooks.jsonl'), 'utf8');
    for (const needle of ['"body":"STOP"', '"body":"Arrêt"', '"payload":"Unsubscribe from Promos"', '"value":"stop"', '"code":131050', '"field":"message_template_quality_update"', '"field":"message_template_status_update"', '"field":"user_preferences"']) {
      expect(text).toContain(needle);
    }
  });

  it('webhooks without the send log: every status unattributed, only the replies of nobody known', async () => {
    const run = await runCli(['quality', 'webhooks.jsonl', '-f', 'json'], EXAMPLES);
    const r = JSON.parse(run.stdout) as QualityReport;
    expect(r.input.unattributed).toBeGreaterThan(400);
    expect(r.templates.every((t) => t.window.delivered === 0)).toBe(true);
  });

  it('hourly-counts: a week of counts; the newsletter turns YELLOW on the last day', () => {
    const t = template('hourly-counts.csv', 'summer_sale');
    expect(t.timeline[0]).toMatchObject({ rating: 'GREEN' });
    expect(t.timeline.filter((e) => e.rating === 'YELLOW').every((e) => e.time >= '2026-03-14')).toBe(true);
    expect(report('hourly-counts.csv').input).toMatchObject({ skipped: 0, duplicates: 0 });
    const header = readFileSync(join(EXAMPLES, 'hourly-counts.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('hour,template,language,event,count,reason');
  });
});

describe('the generator', () => {
  it('writes the committed files again, byte for byte, and nothing else', () => {
    const out = mkdtempSync(join(tmpdir(), 'wabalint-events-'));
    execFileSync(process.execPath, [join(EXAMPLES, 'generate.mjs'), out], { stdio: 'pipe' });
    const written = readdirSync(out).sort();
    expect(written).toEqual(readdirSync(EXAMPLES).filter((f) => !['README.md', 'generate.mjs'].includes(f)).sort());
    for (const file of written) expect({ file, same: readFileSync(join(out, file)).equals(readFileSync(join(EXAMPLES, file))) }).toEqual({ file, same: true });
  });
});
