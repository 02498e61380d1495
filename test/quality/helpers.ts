/** Builders for the quality tests: seeded randomness, hand-made series, event lines, and runs of the pipeline. */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyseEvents, type QualityOptions } from '../../src/quality/analyse.js';
import { DEFAULT_PARAMS, type QualityParams } from '../../src/quality/params.js';
import type { QualityReport, TemplateQuality } from '../../src/quality/report.js';
import type { TemplateSeries } from '../../src/quality/series.js';
import { C } from '../../src/quality/signals.js';
import { EventStore } from '../../src/quality/store.js';
import { scratch } from '../helpers/fs.js';

export { runCli, scratch, STACK_TRACE } from '../helpers/cli.js';

export const HOUR = 3_600_000;
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../examples/events', import.meta.url));

/** mulberry32: a seeded PRNG, so that every property test fails the same way twice. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Rating order: a rating is better than another when lower here. UNKNOWN is not comparable and kept apart. */
export const RANK = { UNKNOWN: -1, GREEN: 0, YELLOW: 1, RED: 2 } as const;

/** One hour of a hand-made series: counts added to its counters. */
export interface HourCounts {
  delivered?: number;
  read?: number;
  sent?: number;
  failed?: number;
  /** blocked by reason index (0 = unspecified): [reason, count] pairs, or a count of unspecified blocks */
  blocked?: number | [number, number][];
  reported?: number;
  optedOut?: number;
}

/** A series built straight from counters, hour 0 at `baseHour` (no reading involved). */
export function seriesOf(hours: readonly (HourCounts | undefined)[], options: { baseHour?: number; category?: 'MARKETING' | 'UTILITY'; params?: QualityParams; name?: string } = {}): TemplateSeries {
  const store = new EventStore(options.params ?? DEFAULT_PARAMS);
  const s = store.seriesByName(options.name ?? 'promo', 'fr');
  s.category = options.category;
  const base = options.baseHour ?? BASE_HOUR;
  hours.forEach((h, i) => {
    if (!h) return;
    const hour = base + i;
    if (h.delivered) s.add(hour, C.delivered, h.delivered);
    if (h.read) s.add(hour, C.read, h.read);
    if (h.sent) s.add(hour, C.sent, h.sent);
    if (h.failed) s.add(hour, C.failed, h.failed);
    if (typeof h.blocked === 'number' && h.blocked) s.add(hour, C.blockedBase, h.blocked);
    if (Array.isArray(h.blocked)) for (const [reason, n] of h.blocked) if (n) s.add(hour, C.blockedBase + reason, n);
    if (h.reported) s.add(hour, C.reported, h.reported);
    if (h.optedOut) s.add(hour, C.optedOut, h.optedOut);
  });
  return s;
}

/** 2026-03-02T00:00Z, in hours since the epoch. */
export const BASE_HOUR = Date.UTC(2026, 2, 2) / HOUR;
export const at = (hourIndex: number): number => (BASE_HOUR + hourIndex) * HOUR;
export const isoAt = (hourIndex: number): string => new Date(at(hourIndex)).toISOString().replace('.000Z', 'Z');

/** A normalised event line. */
export function ev(fields: Record<string, string | number | undefined>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
}

/** Runs the pipeline on files written to a scratch folder; `files` maps names to contents, `read` lists the order. */
export async function analyse(files: Record<string, string | Uint8Array>, read: string[] = Object.keys(files), options: Partial<QualityOptions> & { sendsFiles?: string[] } = {}) {
  const dir = scratch(files);
  const run = await analyseEvents({ ...options, files: read.map((f) => (f === '-' ? f : `${dir}/${f}`)), sends: (options.sendsFiles ?? []).map((f) => `${dir}/${f}`) });
  return { ...run, dir };
}

export const stdinOf = (text: string | Uint8Array): Readable => Readable.from([typeof text === 'string' ? Buffer.from(text) : Buffer.from(text)]);

export function only(report: QualityReport, name?: string): TemplateQuality {
  const found = name === undefined ? report.templates : report.templates.filter((t) => t.name === name);
  if (found.length !== 1) throw new Error(`expected one template${name ? ` named ${name}` : ''}, got ${report.templates.map((t) => t.name).join(', ') || 'none'}`);
  return found[0]!;
}

/** The templates part of a report without what depends on file names or reading order, for comparisons. */
export const templatesOf = (report: QualityReport): unknown => JSON.parse(JSON.stringify(report.templates));

/** A realistic normalised log for one template: `perHour` messages an hour, each sent, delivered, maybe read or blocked. */
export function campaignLines(options: { template: string; language?: string; hours: number; perHour: number; blockRate: number; seed: number; startHour?: number }): string[] {
  const r = rng(options.seed);
  const lines: { t: number; line: string }[] = [];
  let n = 0;
  for (let h = 0; h < options.hours; h++) {
    for (let k = 0; k < options.perHour; k++) {
      const t = at((options.startHour ?? 0) + h) + Math.floor(r() * HOUR);
      const id = `wamid.${options.template}.${n++}`;
      const base = { template: options.template, language: options.language ?? 'fr', message_id: id, recipient: `3361${String(n).padStart(7, '0')}` };
      lines.push({ t, line: ev({ time: new Date(t).toISOString(), ...base, event: 'sent' }) });
      lines.push({ t: t + 2000, line: ev({ time: new Date(t + 2000).toISOString(), ...base, event: 'delivered' }) });
      if (r() < 0.5) lines.push({ t: t + 60_000, line: ev({ time: new Date(t + 60_000).toISOString(), ...base, event: 'read' }) });
      if (r() < options.blockRate) lines.push({ t: t + 120_000, line: ev({ time: new Date(t + 120_000).toISOString(), ...base, event: 'blocked', reason: 'spam' }) });
    }
  }
  return lines.sort((a, b) => a.t - b.t).map((l) => l.line);
}
