import type { Readable } from 'node:stream';
import { evaluate } from './model.js';
import { DEFAULT_PARAMS, type QualityParams } from './params.js';
import { readEvents } from './read/index.js';
import { readSendLog } from './read/sends.js';
import { DISCLAIMER, type Observed, type QualityReport, type Status, type TemplateQuality } from './report.js';
import type { TemplateSeries } from './series.js';
import { EventStore } from './store.js';
import { iso } from './time.js';

export interface QualityOptions {
  /** Event files: JSONL, CSV, gzip or not; '-' for stdin. */
  readonly files: readonly string[];
  /** Send logs mapping wamids to templates, for webhook statuses. */
  readonly sends?: readonly string[];
  readonly params?: QualityParams;
  /** Report as of this time (ms); events after it are left out. Default: the newest event. */
  readonly asOf?: number;
  /** Keep the hourly points (the HTML chart needs them). */
  readonly keepHours?: boolean;
  readonly stdin?: Readable;
  readonly onProgress?: (lines: number, file: string) => void;
}

export interface QualityRun {
  readonly report: QualityReport;
  readonly store: EventStore;
  readonly asOf: number | undefined;
}

/** Reads the events and rates every template: the whole `wabalint quality` pipeline as a library call. */
export async function analyseEvents(options: QualityOptions): Promise<QualityRun> {
  const params = options.params ?? DEFAULT_PARAMS;
  const store = new EventStore(params, options.asOf);
  const sends = await readSendLog(options.sends ?? [], store);
  await readEvents(options.files, store, sends, params, { stdin: options.stdin, onProgress: options.onProgress });
  const asOf = options.asOf ?? lastTime(store);
  return { report: reportOf(store, params, asOf, options.keepHours ?? false), store, asOf };
}

/** The newest time anything was heard of, events or Meta's own updates. */
function lastTime(store: EventStore): number | undefined {
  let last = store.maxTime;
  for (const s of store.series) {
    for (const o of s.observedRatings) last = Math.max(last, o.time);
    for (const o of s.observedStatuses) last = Math.max(last, o.time);
  }
  return Number.isFinite(last) ? last : undefined;
}

const STATUS_ORDER: Record<Status, number> = { DISABLED: 0, PAUSED: 1, ACTIVE: 2 };
const RATING_ORDER = { RED: 0, YELLOW: 1, GREEN: 2, UNKNOWN: 3 } as const;

export function reportOf(store: EventStore, params: QualityParams, asOf: number | undefined, keepHours: boolean): QualityReport {
  const templates: TemplateQuality[] = [];
  if (asOf !== undefined) {
    for (const series of store.series) {
      const heardOf = Number.isFinite(series.firstEventHour) || series.observedRatings.some((o) => o.time <= asOf) || series.observedStatuses.some((o) => o.time <= asOf);
      if (!heardOf) continue;
      const e = evaluate(series, params, asOf, { keepHours });
      templates.push({
        name: series.name,
        language: series.language,
        category: series.category ?? null,
        rating: e.rating,
        status: e.status,
        pauses: e.pauses,
        pausedUntil: e.pausedUntil === null ? null : iso(e.pausedUntil),
        window: e.window,
        timeline: e.timeline,
        forecast: e.forecast,
        observed: observedOf(series, asOf),
        ...(e.hours ? { hours: e.hours } : {}),
      });
    }
  }
  templates.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      RATING_ORDER[a.rating] - RATING_ORDER[b.rating] ||
      a.name.localeCompare(b.name) ||
      a.language.localeCompare(b.language),
  );
  return {
    asOf: asOf === undefined ? null : iso(asOf),
    input: { ...store.counts, issues: store.issues },
    templates,
    params,
    disclaimer: DISCLAIMER,
  };
}

function observedOf(series: TemplateSeries, asOf: number): Observed | null {
  const rating = latest(series.observedRatings, asOf);
  const status = latest(series.observedStatuses, asOf);
  if (!rating && !status) return null;
  return {
    rating: rating?.rating ?? null,
    ratingTime: rating ? iso(rating.time) : null,
    status: status ? (status.title ? `${status.status} (${status.title})` : status.status) : null,
    statusTime: status ? iso(status.time) : null,
  };
}

function latest<T extends { time: number }>(items: readonly T[], asOf: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (item.time <= asOf && (!best || item.time >= best.time)) best = item;
  return best;
}
