import { hashBytes, ViewCache } from './fingerprints.js';
import type { QualityParams } from './params.js';
import { DedupResult, TemplateSeries, seriesKey } from './series.js';
import { BLOCK_REASONS, C, Ev, OPTED_OUT_ERROR, categoryFromName, counterOf, type Category } from './signals.js';
import { HOUR_MS, TimeParser } from './time.js';

/** Field slots of a scanned line: each holds a [start, end) byte range, or -1 when the line lacks the field. */
export const F = { time: 0, template: 1, language: 2, templateId: 3, event: 4, messageId: 5, recipient: 6, reason: 7, errorCode: 8, category: 9, count: 10 } as const;
export const FIELD_COUNT = 11;

export type SkipKind = 'malformed' | 'unknown-event' | 'late' | 'unattributed' | 'unknown-template' | 'duplicate' | 'out-of-order';

export interface InputIssue {
  readonly file: string;
  readonly line: number;
  readonly kind: SkipKind;
  readonly message: string;
}

/** What happened to the input, line by line: the `input` block of the report. */
export interface InputCounts {
  lines: number;
  events: number;
  skipped: number;
  duplicates: number;
  unattributed: number;
  /** Events naming a template only by an id that nothing in the input maps to a name. */
  unknownTemplates: number;
  malformed: number;
  unknownEvents: number;
  /** Older than the de-duplication horizon of their template: they could not be checked, so they were left out. */
  late: number;
  /** Counted: earlier than an event of the same template read before them. */
  outOfOrder: number;
  /** After --as-of: left out of this report. */
  afterAsOf: number;
}

export const MAX_ISSUES_KEPT = 20;

/** Hours per de-duplication set: small enough to stay in the CPU cache, large enough not to allocate often. */
const DEDUP_BLOCK_HOURS = 4;

const EVENT_BYTES = ['sent', 'delivered', 'read', 'failed', 'blocked', 'reported', 'opted_out', 'resumed', 'replied', 'clicked'].map((n) => Buffer.from(n));
const REASON_BYTES = BLOCK_REASONS.map((n) => Buffer.from(n));

/** Values for one event from a slow path (a webhook, a line in another shape): written to bytes and scanned. */
export interface EventValues {
  time: number | string;
  template?: string;
  language?: string;
  templateId?: string;
  event: string;
  messageId?: string;
  recipient?: string;
  reason?: string;
  errorCode?: number | string;
  category?: string;
  count?: number;
}

/**
 * Receives events and keeps, per template, hourly counters: the one place where an event is checked, de-duplicated
 * and counted. Scanners hand it byte ranges (`ingest`) so that the hot path never makes a string per line.
 */
export class EventStore {
  readonly series: TemplateSeries[] = [];
  readonly counts: InputCounts = { lines: 0, events: 0, skipped: 0, duplicates: 0, unattributed: 0, unknownTemplates: 0, malformed: 0, unknownEvents: 0, late: 0, outOfOrder: 0, afterAsOf: 0 };
  readonly issues: InputIssue[] = [];
  /** Newest event time accepted; the default --as-of. */
  get maxTime(): number {
    return this.timeRange[1]!;
  }
  get minTime(): number {
    return this.timeRange[0]!;
  }
  /** [oldest, newest] event time: in a typed array, where storing a double allocates nothing. */
  private readonly timeRange = new Float64Array([Infinity, -Infinity]);
  readonly files: string[] = [];

  private readonly byHash = new Map<number, number>();
  private readonly internCache = new Int32Array(4096).fill(-1);
  private readonly chain: number[] = [];
  private readonly byKey = new Map<string, number>();
  /** template id → name and language, learned from webhooks and the send log. */
  private readonly idNames = new Map<string, { name: string; language: string }>();
  private readonly time = new TimeParser();
  private readonly hash = new Int32Array(2);
  private readonly views = new ViewCache();
  private readonly ringBlocks: number;
  private scratch = Buffer.alloc(1024);
  private readonly scratchFields = new Int32Array(FIELD_COUNT * 2);

  constructor(
    readonly params: QualityParams,
    private readonly asOf?: number,
  ) {
    this.ringBlocks = Math.ceil(params.dedupHorizonHours / DEDUP_BLOCK_HOURS) + 1;
  }

  /** Whether something that happened at `time` is known as of the report's time (--as-of). */
  known(time: number): boolean {
    return !Number.isNaN(time) && (this.asOf === undefined || time <= this.asOf);
  }

  fileIndex(name: string): number {
    this.files.push(name);
    return this.files.length - 1;
  }

  skip(kind: SkipKind, file: number, line: number, message: string): void {
    const c = this.counts;
    if (kind === 'duplicate') c.duplicates++;
    else if (kind === 'unattributed') c.unattributed++;
    else {
      c.skipped++;
      if (kind === 'malformed') c.malformed++;
      else if (kind === 'unknown-event') c.unknownEvents++;
      else if (kind === 'late') c.late++;
      else if (kind === 'unknown-template') c.unknownTemplates++;
    }
    if (this.issues.length < MAX_ISSUES_KEPT && kind !== 'duplicate') this.issues.push({ file: this.files[file] ?? '-', line, kind, message });
  }

  /** One event as byte ranges in `b` (see F). */
  ingest(b: Uint8Array, f: Int32Array, file: number, line: number): void {
    const es = f[2 * F.event]!;
    if (es < 0) return this.skip('malformed', file, line, 'no "event"');
    const ev = matchEvent(b, es, f[2 * F.event + 1]!);
    if (ev === -1) return this.skip('unknown-event', file, line, `unknown event "${text(b, es, f[2 * F.event + 1]!)}"`);
    const ts = f[2 * F.time]!;
    if (ts < 0) return this.skip('malformed', file, line, 'no "time"');
    if (!this.time.read(b, ts, f[2 * F.time + 1]!)) return this.skip('malformed', file, line, `"${text(b, ts, f[2 * F.time + 1]!)}" is not a time (ISO 8601 or epoch seconds/milliseconds, from 2010 to tomorrow)`);
    const t = this.time.value[0]!;
    if (this.asOf !== undefined && t > this.asOf) {
      this.counts.afterAsOf++;
      return;
    }
    let n = 1;
    const cs = f[2 * F.count]!;
    if (cs >= 0) {
      n = integer(b, cs, f[2 * F.count + 1]!);
      // Hourly counters are 32-bit: a billion events of one kind in one hour of one template is a unit mistake.
      if (n < 0 || n > 1e9) return this.skip('malformed', file, line, `count "${text(b, cs, f[2 * F.count + 1]!)}" is not a whole number up to 1,000,000,000`);
      if (n === 0) return;
    }
    const series = this.seriesOf(b, f, file, line);
    if (!series) return;
    const hour = Math.floor(t / HOUR_MS);

    let reason = 0;
    const rs = f[2 * F.reason]!;
    if (rs >= 0 && ev === Ev.blocked) reason = matchReason(b, rs, f[2 * F.reason + 1]!);
    const cats = f[2 * F.category]!;
    if (cats >= 0 && series.category === undefined) series.category = categoryFromName(text(b, cats, f[2 * F.category + 1]!));

    // De-duplication key: the message and event; else the recipient, event and time; else, for a pre-aggregated
    // row, the hour, event and reason (one row per group is the contract of that format).
    const h = this.hash;
    const ms = f[2 * F.messageId]!;
    const rcs = f[2 * F.recipient]!;
    let keyed = true;
    let bit = 1;
    if (ms >= 0 && f[2 * F.messageId + 1]! > ms) {
      hashBytes(this.views.of(b), ms, f[2 * F.messageId + 1]!, 0, h);
      bit = 1 << ev;
    } else if (rcs >= 0 && f[2 * F.recipient + 1]! > rcs) {
      hashBytes(this.views.of(b), rcs, f[2 * F.recipient + 1]!, ev + 16, h);
      h[0] = h[0]! ^ Math.imul(t / 1000, 0x9e3779b1);
      h[1] = h[1]! + ((t / 1000) | 0);
    } else if (cs >= 0) {
      // One row per hour, event, reason and error code: the contract of the pre-aggregated format.
      const ecs = f[2 * F.errorCode]!;
      const code = ecs >= 0 ? integer(b, ecs, f[2 * F.errorCode + 1]!) : -1;
      h[0] = Math.imul(hour, 0x2545f491) ^ (ev * 97 + reason) ^ Math.imul(code, 0x27d4eb2f);
      h[1] = hour ^ 0x5a5a0000 ^ (ev << 8) ^ reason ^ (code << 12);
    } else keyed = false;
    if (keyed) {
      const result = series.dedup(Math.floor(hour / DEDUP_BLOCK_HOURS), h[0]!, h[1]!, bit);
      if (result !== DedupResult.added && series.name === `#${series.templateId}`) {
        // Counted once, as a duplicate or as late, not also as an event for an unknown template id.
        series.unresolvedEvents--;
        this.counts.unknownTemplates--;
      }
      if (result === DedupResult.duplicate) return this.skip('duplicate', file, line, 'duplicate');
      if (result === DedupResult.late) return this.skip('late', file, line, `older than the ${this.params.dedupHorizonHours} h de-duplication horizon of ${series.name}: put the files in time order`);
    }

    if (hour < series.lastHour && this.counts.outOfOrder++ < 3 && this.issues.length < MAX_ISSUES_KEPT) {
      this.issues.push({ file: this.files[file] ?? '-', line, kind: 'out-of-order', message: `earlier than an event of ${series.name} read before it (counted; only the first 3 are listed)` });
    }
    series.add(hour, counterOf(ev, reason), n);
    if (ev === Ev.failed) {
      const ecs = f[2 * F.errorCode]!;
      if (ecs >= 0 && integer(b, ecs, f[2 * F.errorCode + 1]!) === OPTED_OUT_ERROR) series.add(hour, C.optedOutFailures, n);
    }
    this.counts.events += n;
    const range = this.timeRange;
    if (t > range[1]!) range[1] = t;
    if (t < range[0]!) range[0] = t;
  }

  /** The same, from JS values. */
  add(values: EventValues, file: number, line: number): void {
    const f = this.scratchFields.fill(-1);
    let at = 0;
    const put = (slot: number, value: string | number | undefined): void => {
      if (value === undefined || value === null) return;
      const s = String(value);
      const need = at + Buffer.byteLength(s);
      if (need > this.scratch.length) {
        const bigger = Buffer.alloc(Math.max(need * 2, this.scratch.length * 2));
        this.scratch.copy(bigger);
        this.scratch = bigger;
      }
      f[2 * slot] = at;
      at += this.scratch.write(s, at);
      f[2 * slot + 1] = at;
    };
    put(F.time, values.time);
    put(F.template, values.template);
    put(F.language, values.language);
    put(F.templateId, values.templateId);
    put(F.event, values.event);
    put(F.messageId, values.messageId);
    put(F.recipient, values.recipient);
    put(F.reason, values.reason);
    put(F.errorCode, values.errorCode);
    put(F.category, values.category);
    put(F.count, values.count);
    this.ingest(this.scratch, f, file, line);
  }

  /** Learns the name of a template id (from a webhook or the send log). */
  nameTemplateId(id: string, name: string, language: string): void {
    if (id && name && !this.idNames.has(id)) this.idNames.set(id, { name, language });
  }

  /** The series of a template, created when first seen. */
  seriesByName(name: string, language: string): TemplateSeries {
    const existing = this.byKey.get(seriesKey(name, language));
    if (existing !== undefined) return this.series[existing]!;
    const nb = Buffer.from(name);
    const lb = Buffer.from(language);
    return this.series[this.intern(nb, 0, nb.length, lb, 0, lb.length)]!;
  }

  /** Folds the series first met under a bare template id into the named series once the id's name is known. */
  finish(): void {
    const absorbed = new Set<TemplateSeries>();
    for (const s of [...this.series]) {
      if (!s.templateId || s.name !== `#${s.templateId}`) continue;
      const named = this.idNames.get(s.templateId);
      if (!named) continue;
      this.seriesByName(named.name, named.language).absorb(s);
      this.counts.unknownTemplates -= s.unresolvedEvents;
      absorbed.add(s);
    }
    if (absorbed.size === 0) return;
    const kept = this.series.filter((s) => !absorbed.has(s));
    this.series.length = 0;
    this.byHash.clear();
    this.byKey.clear();
    this.chain.length = 0;
    this.internCache.fill(-1);
    for (const s of kept) this.register(s);
  }

  private seriesOf(b: Uint8Array, f: Int32Array, file: number, line: number): TemplateSeries | undefined {
    const ns = f[2 * F.template]!;
    const ls = f[2 * F.language]!;
    const ne = f[2 * F.template + 1]!;
    if (ns >= 0 && ne > ns) {
      const le = ls >= 0 ? f[2 * F.language + 1]! : ls;
      // A direct-mapped cache keyed by a few bytes of name and language: a hit costs one compare of the bytes.
      const slot = (Math.imul(b[ne - 1]! + 31 * b[ne - 2]! + 961 * (ne - ns) + 29791 * b[(ns + ne) >> 1]! + (ls >= 0 ? 923521 * b[le - 1]! + (le - ls) : 0), 0x9e3779b1) >>> 20);
      const cached = this.internCache[slot]!;
      if (cached >= 0) {
        const s = this.series[cached]!;
        const view = this.views.of(b);
        if (sameWords(view, b, ns, ne, s.nameBytes, s.nameWords) && (ls < 0 ? s.languageBytes.length === 0 : sameWords(view, b, ls, le, s.languageBytes, s.languageWords))) return s;
      }
      const i = this.intern(b, ns, ne, b, ls, le);
      this.internCache[slot] = i;
      return this.series[i];
    }
    const ids = f[2 * F.templateId]!;
    if (ids < 0 || f[2 * F.templateId + 1]! <= ids) {
      this.skip('malformed', file, line, 'no "template" (or "template_id")');
      return undefined;
    }
    const id = text(b, ids, f[2 * F.templateId + 1]!);
    const named = this.idNames.get(id);
    if (named) return this.seriesByName(named.name, named.language);
    const s = this.seriesByName(`#${id}`, '');
    s.templateId = id;
    s.unresolvedEvents++;
    this.counts.unknownTemplates++;
    if (s.unresolvedEvents === 1 && this.issues.length < MAX_ISSUES_KEPT) {
      this.issues.push({ file: this.files[file] ?? '-', line, kind: 'unknown-template', message: `template id ${id} is not named by any event, webhook or send log read so far` });
    }
    return s;
  }

  private intern(nb: Uint8Array, ns: number, ne: number, lb: Uint8Array, ls: number, le: number): number {
    const h = this.hash;
    hashBytes(viewOf(nb), ns, ne, 0, h);
    let key = h[0]!;
    if (ls >= 0 && le > ls) {
      hashBytes(viewOf(lb), ls, le, 1, h);
      key = (key ^ Math.imul(h[0]!, 31)) | 0;
    }
    let i = this.byHash.get(key);
    while (i !== undefined) {
      const s = this.series[i]!;
      if (same(nb, ns, ne, s.nameBytes) && (ls < 0 ? s.languageBytes.length === 0 : same(lb, ls, le, s.languageBytes))) return i;
      i = this.chain[i]! >= 0 ? this.chain[i] : undefined;
    }
    const name = text(nb, ns, ne);
    const language = ls >= 0 ? text(lb, ls, le) : '';
    return this.register(new TemplateSeries(name, language, Buffer.from(name), Buffer.from(language), this.ringBlocks), key);
  }

  private register(series: TemplateSeries, key = this.keyOf(series)): number {
    const index = this.series.length;
    this.series.push(series);
    this.chain.push(this.byHash.get(key) ?? -1);
    this.byHash.set(key, index);
    this.byKey.set(seriesKey(series.name, series.language), index);
    return index;
  }

  private keyOf(series: TemplateSeries): number {
    const h = this.hash;
    hashBytes(viewOf(series.nameBytes), 0, series.nameBytes.length, 0, h);
    let key = h[0]!;
    if (series.languageBytes.length) {
      hashBytes(viewOf(series.languageBytes), 0, series.languageBytes.length, 1, h);
      key = (key ^ Math.imul(h[0]!, 31)) | 0;
    }
    return key;
  }
}

const viewOf = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** `same`, four bytes at a time. */
function sameWords(view: DataView, b: Uint8Array, s: number, e: number, other: Uint8Array, words: Int32Array): boolean {
  if (e - s !== other.length) return false;
  for (let j = 0; j < words.length; j++) if (view.getInt32(s + 4 * j, true) !== words[j]) return false;
  for (let i = words.length * 4; i < other.length; i++) if (b[s + i] !== other[i]) return false;
  return true;
}

function same(b: Uint8Array, s: number, e: number, other: Uint8Array): boolean {
  if (e - s !== other.length) return false;
  for (let i = 0; i < other.length; i++) if (b[s + i] !== other[i]) return false;
  return true;
}

function matchEvent(b: Uint8Array, s: number, e: number): Ev | -1 {
  // Guess by length and first letter, then confirm: a guess costs one compare of the name.
  let k: number;
  const c = b[s]! | 0x20;
  switch (e - s) {
    case 4:
      k = c === 115 ? Ev.sent : c === 114 ? Ev.read : -1;
      break;
    case 6:
      k = Ev.failed;
      break;
    case 7:
      k = c === 98 ? Ev.blocked : c === 99 ? Ev.clicked : b[s + 2]! === 115 || b[s + 2]! === 83 ? Ev.resumed : Ev.replied;
      break;
    case 8:
      k = Ev.reported;
      break;
    case 9:
      k = c === 100 ? Ev.delivered : Ev.optedOut;
      break;
    default:
      k = -1;
  }
  if (k < 0) return -1;
  const name = EVENT_BYTES[k]!;
  for (let i = 0; i < name.length; i++) {
    const d = b[s + i]!;
    if ((d >= 65 && d <= 90 ? d | 0x20 : d) !== name[i]) return -1;
  }
  return k as Ev;
}

function matchReason(b: Uint8Array, s: number, e: number): number {
  for (let k = 0; k < REASON_BYTES.length; k++) if (same(b, s, e, REASON_BYTES[k]!)) return k;
  const name = text(b, s, e).trim().toLowerCase().replace(/[\s'’-]+/g, '_').replace(/^(didn_t|did_not)/, 'didnt');
  const i = (BLOCK_REASONS as readonly string[]).indexOf(name);
  return i < 0 ? (name === '' ? 0 : BLOCK_REASONS.indexOf('other')) : i;
}

function integer(b: Uint8Array, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function text(b: Uint8Array, s: number, e: number): string {
  return Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8');
}

export type { Category };
