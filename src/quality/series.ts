import { FingerprintSet } from './fingerprints.js';
import { COUNTERS, type Category } from './signals.js';

export interface ObservedRating {
  readonly hour: number;
  readonly time: number;
  readonly rating: Rating;
}
export interface ObservedStatus {
  readonly time: number;
  readonly status: string;
  readonly title?: string;
}
export type Rating = 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN';

export const DedupResult = { added: 0, duplicate: 1, late: 2 } as const;
export type DedupResult = (typeof DedupResult)[keyof typeof DedupResult];

/**
 * Everything kept about one template (name + language): hourly counters over the hours it has events for, the
 * fingerprints of recent events for de-duplication, and what Meta said about it. Its size depends on the hours
 * covered and the events of the last `dedupHorizonHours`, never on how many events were read in total.
 */
export class TemplateSeries {
  /** Counters for hours [baseHour, baseHour + hours), COUNTERS per hour. */
  counts = new Uint32Array(0);
  baseHour = 0;
  hours = 0;
  lastHour = -Infinity;
  firstEventHour = Infinity;
  /** A bit per counter that has received events. */
  private counted = 0;
  category: Category | undefined;
  templateId: string | undefined;
  /** Events counted under a bare template id, before its name was known. */
  unresolvedEvents = 0;
  readonly observedRatings: ObservedRating[] = [];
  readonly observedStatuses: ObservedStatus[] = [];

  /** nameBytes and languageBytes as little-endian 32-bit words, for comparing four bytes at a time. */
  readonly nameWords: Int32Array;
  readonly languageWords: Int32Array;
  /** One small set per block of hours of the horizon, in a ring: the sets of the hours being read stay in the CPU cache. */
  private dedupSets: (FingerprintSet | undefined)[];
  private dedupBlocks: Int32Array;
  private newestBlock = -1;
  private lastDedupBlock = -1;
  private lastDedupSet: FingerprintSet | undefined;

  constructor(
    readonly name: string,
    readonly language: string,
    readonly nameBytes: Uint8Array,
    readonly languageBytes: Uint8Array,
    private readonly dedupRingBlocks: number,
  ) {
    this.nameWords = wordsOf(nameBytes);
    this.languageWords = wordsOf(languageBytes);
    this.dedupSets = new Array(dedupRingBlocks);
    this.dedupBlocks = new Int32Array(dedupRingBlocks).fill(-1);
  }

  get key(): string {
    return seriesKey(this.name, this.language);
  }

  add(hour: number, counter: number, n: number): void {
    let i = hour - this.baseHour;
    if (i < 0 || i >= this.hours) {
      this.cover(hour);
      i = hour - this.baseHour;
    }
    this.counts[i * COUNTERS + counter]! += n;
    this.counted |= 1 << counter;
    if (hour > this.lastHour) this.lastHour = hour;
    if (hour < this.firstEventHour) this.firstEventHour = hour;
  }

  /** Whether any event ever went to this counter (a log without `read` events says nothing about reading). */
  has(counter: number): boolean {
    return (this.counted & (1 << counter)) !== 0;
  }

  /** The counter for one hour, 0 outside the hours covered. */
  at(hour: number, counter: number): number {
    const i = hour - this.baseHour;
    return i < 0 || i >= this.hours ? 0 : this.counts[i * COUNTERS + counter]!;
  }

  /** Marks `bit` of a fingerprint in the set of its block of hours; late when that block is older than the horizon kept. */
  dedup(block: number, lo: number, hi: number, bit: number): DedupResult {
    // Most events fall in the block of the event before them.
    if (block === this.lastDedupBlock) return this.lastDedupSet!.add(lo, hi, bit) ? DedupResult.added : DedupResult.duplicate;
    if (block > this.newestBlock) this.newestBlock = block;
    else if (block <= this.newestBlock - this.dedupRingBlocks) return DedupResult.late;
    const slot = block % this.dedupRingBlocks;
    let set = this.dedupSets[slot];
    if (this.dedupBlocks[slot] !== block || !set) {
      // Sized like the block before: most blocks look like the previous one, and growing costs a rehash.
      const previous = this.dedupSets[(block + this.dedupRingBlocks - 1) % this.dedupRingBlocks];
      const expected = previous ? previous.size : 16;
      if (set) set.clear(expected);
      else {
        set = new FingerprintSet(expected);
        this.dedupSets[slot] = set;
      }
      this.dedupBlocks[slot] = block;
    }
    this.lastDedupBlock = block;
    this.lastDedupSet = set;
    return set.add(lo, hi, bit) ? DedupResult.added : DedupResult.duplicate;
  }

  /** Folds another series (the same template, first seen under its id) into this one. */
  absorb(other: TemplateSeries): void {
    for (let h = 0; h < other.hours; h++) {
      for (let c = 0; c < COUNTERS; c++) {
        const n = other.counts[h * COUNTERS + c]!;
        if (n) this.add(other.baseHour + h, c, n);
      }
    }
    this.category ??= other.category;
    this.observedRatings.push(...other.observedRatings);
    this.observedStatuses.push(...other.observedStatuses);
  }

  private cover(hour: number): void {
    if (this.hours === 0) {
      this.baseHour = hour;
      this.hours = 64;
      this.counts = new Uint32Array(64 * COUNTERS);
      return;
    }
    const first = Math.min(this.baseHour, hour);
    const last = Math.max(this.baseHour + this.hours - 1, hour);
    // Grow by half again so that a log read in order costs O(log) copies.
    const span = last - first + 1;
    const capacity = Math.max(span, Math.ceil(this.hours * 1.5));
    const base = hour < this.baseHour ? last - capacity + 1 : first;
    const next = new Uint32Array(capacity * COUNTERS);
    next.set(this.counts, (this.baseHour - base) * COUNTERS);
    this.counts = next;
    this.baseHour = base;
    this.hours = capacity;
  }
}

export function seriesKey(name: string, language: string): string {
  return `${name}\u0000${language}`;
}

function wordsOf(bytes: Uint8Array): Int32Array {
  const words = new Int32Array(bytes.length >> 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let j = 0; j < words.length; j++) words[j] = view.getInt32(4 * j, true);
  return words;
}
