/**
 * A map from 64-bit fingerprints (two 32-bit halves) to a 32-bit mask of what was seen, in one typed array with
 * open addressing: 24–48 bytes per entry (12-byte slots, at most half full) instead of the ~100 a JS Set of strings needs, and no string is
 * made from the input bytes. A message's sent, delivered and read events share one entry (one bit each).
 * Two different keys share a fingerprint with probability ~n²/2⁶⁵ — for a day of one template's events, nil.
 */
export class FingerprintSet {
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 64) {
    const cap = FingerprintSet.slotsFor(capacity);
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  private static slotsFor(capacity: number): number {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    return cap;
  }

  /** Empties the set for reuse, keeping its memory when it is about the right size. */
  clear(capacity: number): void {
    const cap = FingerprintSet.slotsFor(capacity);
    if (cap === this.mask + 1 || (cap < this.mask + 1 && cap * 4 > this.mask + 1)) this.slots.fill(0);
    else {
      this.slots = new Int32Array(cap * 3);
      this.mask = cap - 1;
    }
    this.size = 0;
  }

  /** Marks `bit` for the fingerprint; false when it was already marked. */
  add(lo: number, hi: number, bit: number): boolean {
    if (lo === 0 && hi === 0) lo = 1;
    const slots = this.slots;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    for (;;) {
      const at = 3 * i;
      const a = slots[at]!;
      const b = slots[at + 1]!;
      if (a === lo && b === hi) {
        const seen = slots[at + 2]!;
        if (seen & bit) return false;
        slots[at + 2] = seen | bit;
        return true;
      }
      if (a === 0 && b === 0) break;
      i = (i + 1) & this.mask;
    }
    slots[3 * i] = lo;
    slots[3 * i + 1] = hi;
    slots[3 * i + 2] = bit;
    if (++this.size * 2 > this.mask + 1) this.grow();
    return true;
  }

  get bytes(): number {
    return this.slots.byteLength;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 3 - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] !== 0 || old[i + 1] !== 0) this.add(old[i]!, old[i + 1]!, old[i + 2]!);
    }
  }
}

/**
 * Two independent 32-bit hashes of a byte range, read four bytes at a time (a multiply-xorshift per word, like
 * MurmurHash's mixing), seeded so keys can be chained. `view` is a DataView over the bytes.
 */
export function hashBytes(view: DataView, start: number, end: number, seed: number, out: Int32Array): void {
  let h1 = (0x811c9dc5 ^ seed) | 0;
  let h2 = (0x27d4eb2f + seed) | 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const w = view.getInt32(i, true);
    h1 = Math.imul(h1 ^ w, 0x01000193);
    h1 ^= h1 >>> 15;
    h2 = Math.imul(h2 ^ w, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  for (; i < end; i++) {
    const c = view.getUint8(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= end - start;
  out[0] = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  out[1] = Math.imul(h2 ^ (h2 >>> 16), 0xc2b2ae35);
}

/** A DataView over a byte array (for hashBytes), made once per distinct array. */
export class ViewCache {
  private bytes: Uint8Array | undefined;
  private view: DataView | undefined;
  of(bytes: Uint8Array): DataView {
    if (bytes !== this.bytes) {
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.bytes = bytes;
    }
    return this.view!;
  }
}
