/**
 * Times in event logs: ISO 8601 (`2026-03-02T08:43:12.000Z`, an offset, or no zone, read as UTC; a space may
 * replace the T) or a Unix epoch in seconds or milliseconds, as a number or a string of digits. Parsed from bytes:
 * the date-and-hour part is cached, since a log holds thousands of events per hour.
 */

export const HOUR_MS = 3_600_000;
/** Earliest and latest times accepted: anything else is a typo or a unit mistake, not an event. */
const MIN_MS = Date.UTC(2010, 0, 1);
/**
 * No event can come from the future: a time after tomorrow is a typo or a unit mistake, and accepting it would
 * drag the default --as-of, the de-duplication window and the hourly evaluation years ahead.
 */
const MAX_MS = Date.now() + 24 * HOUR_MS;
/** --as-of may look ahead (what the status will be once a pause ends), within reason. */
const MAX_AS_OF_MS = Date.UTC(2100, 0, 1);

export class TimeParser {
  private cachedPrefix = new Uint8Array(13);
  private cachedHourMs = NaN;

  /**
   * The time read by `read`, in milliseconds since the epoch, in a typed array rather than a field: storing a double
   * in an object field allocates a heap number, and on the hot path that is one allocation per event.
   */
  readonly value = new Float64Array(1);

  /** Reads a time into `value[0]`; false when the bytes are not a time we accept. */
  read(b: Uint8Array, start: number, end: number): boolean {
    const len = end - start;
    if (len >= 13 && b[start + 4] === 45 /* - */ && b[start + 7] === 45) return this.iso(b, start, end);
    return this.accept(epoch(b, start, end));
  }

  /** Milliseconds since the epoch, or NaN when the bytes are not a time we accept. */
  parse(b: Uint8Array, start: number, end: number): number {
    return this.read(b, start, end) ? this.value[0]! : NaN;
  }

  constructor(private readonly latest: number = MAX_MS) {}

  /** Every path ends here, so that no double is returned (and boxed) on the way. */
  private accept(ms: number): boolean {
    const ok = ms >= MIN_MS && ms < this.latest;
    this.value[0] = ok ? ms : NaN;
    return ok;
  }

  private iso(b: Uint8Array, s: number, end: number): boolean {
    const sep = b[s + 10];
    if (sep !== 84 /* T */ && sep !== 32 && sep !== 116 /* t */) return this.accept(NaN);
    let hourMs: number;
    const p = this.cachedPrefix;
    // Unrolled, hour digits first: they change first. Byte 10 (T or space) does not matter.
    if (
      p[12] === b[s + 12] && p[11] === b[s + 11] && p[9] === b[s + 9] && p[8] === b[s + 8] && p[6] === b[s + 6] && p[5] === b[s + 5] &&
      p[3] === b[s + 3] && p[2] === b[s + 2] && p[1] === b[s + 1] && p[0] === b[s] && p[4] === b[s + 4] && p[7] === b[s + 7]
    ) hourMs = this.cachedHourMs;
    else {
      const y = digits(b, s, 4);
      const mo = digits(b, s + 5, 2);
      const d = digits(b, s + 8, 2);
      const h = digits(b, s + 11, 2);
      if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23) return this.accept(NaN);
      hourMs = Date.UTC(y, mo - 1, d, h);
      if (new Date(hourMs).getUTCDate() !== d) return this.accept(NaN); // 31 February
      for (let i = 0; i < 13; i++) p[i] = b[s + i]!;
      this.cachedHourMs = hourMs;
    }
    // The canonical form (`…T08:43:12.000Z`, what JS and most loggers write), read in one go.
    if (end - s === 24 && b[s + 23] === 90 && b[s + 13] === 58 && b[s + 16] === 58 && b[s + 19] === 46) {
      const m1 = b[s + 14]! - 48, m2 = b[s + 15]! - 48, s1 = b[s + 17]! - 48, s2 = b[s + 18]! - 48;
      const f1 = b[s + 20]! - 48, f2 = b[s + 21]! - 48, f3 = b[s + 22]! - 48;
      if ((m1 | m2 | s1 | s2 | f1 | f2 | f3) >= 0 && m1 < 6 && m2 <= 9 && s1 < 7 && s2 <= 9 && f1 <= 9 && f2 <= 9 && f3 <= 9) {
        return this.accept(hourMs + (m1 * 10 + m2) * 60_000 + (s1 * 10 + s2) * 1000 + f1 * 100 + f2 * 10 + f3);
      }
    }
    let i = s + 13;
    let ms = hourMs;
    if (i < end && b[i] === 58 /* : */) {
      const mi = digits(b, i + 1, 2);
      if (mi < 0 || mi > 59) return this.accept(NaN);
      ms += mi * 60_000;
      i += 3;
      if (i < end && b[i] === 58) {
        const se = digits(b, i + 1, 2);
        if (se < 0 || se > 60) return this.accept(NaN);
        ms += se * 1000;
        i += 3;
        if (i < end && (b[i] === 46 || b[i] === 44) /* . or , */) {
          i++;
          let scale = 100;
          while (i < end && b[i]! >= 48 && b[i]! <= 57) {
            ms += (b[i]! - 48) * scale;
            scale /= 10;
            i++;
          }
          ms = Math.floor(ms);
        }
      }
    }
    if (i === end) return this.accept(ms);
    const z = b[i];
    if ((z === 90 || z === 122) /* Z */ && i + 1 === end) return this.accept(ms);
    if (z === 43 || z === 45) {
      const oh = digits(b, i + 1, 2);
      let om = 0;
      if (end - i === 6 && b[i + 3] === 58) om = digits(b, i + 4, 2);
      else if (end - i === 5) om = digits(b, i + 3, 2);
      else if (end - i !== 3) return this.accept(NaN);
      if (oh < 0 || om < 0) return this.accept(NaN);
      const offset = (oh * 60 + om) * 60_000;
      return this.accept(z === 43 ? ms - offset : ms + offset);
    }
    return this.accept(NaN);
  }
}

function digits(b: Uint8Array, at: number, n: number): number {
  let v = 0;
  if (at + n > b.length) return -1;
  for (let i = at; i < at + n; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function epoch(b: Uint8Array, start: number, end: number): number {
  let v = 0;
  let i = start;
  let fraction = 0;
  let scale = 0;
  if (i === end) return NaN;
  for (; i < end; i++) {
    const c = b[i]!;
    if (c === 46 && scale === 0) {
      scale = 1;
      continue;
    }
    if (c < 48 || c > 57) return NaN;
    if (scale) {
      scale /= 10;
      fraction += (c - 48) * scale;
    } else v = v * 10 + (c - 48);
  }
  v += fraction;
  return inRange(epochMs(v));
}

/** An epoch in seconds (below 1e11, until the year 5138) or milliseconds: no event log mixes the two ranges. */
function epochMs(n: number): number {
  return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
}

function inRange(ms: number): number {
  return ms >= MIN_MS && ms < MAX_MS ? ms : NaN;
}

/** For times that arrive as JS values (webhooks), with the same bounds as event times. */
export function parseTimeValue(value: unknown): number {
  if (typeof value === 'number') return inRange(epochMs(value));
  if (typeof value !== 'string') return NaN;
  const bytes = Buffer.from(value.trim());
  return new TimeParser().parse(bytes, 0, bytes.length);
}

/** The --as-of flag: the same formats, and any time until 2100. */
export function parseAsOf(value: string): number {
  const parser = new TimeParser(MAX_AS_OF_MS);
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const ms = epochMs(Number(text));
    return ms >= MIN_MS && ms < MAX_AS_OF_MS ? ms : NaN;
  }
  const bytes = Buffer.from(text);
  return parser.parse(bytes, 0, bytes.length);
}

export function isoHour(hour: number): string {
  return new Date(hour * HOUR_MS).toISOString().replace('.000Z', 'Z');
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
