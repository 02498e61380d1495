import { F, FIELD_COUNT } from '../store.js';
import { slotOfKey } from './fields.js';



/**
 * Reads flat JSON objects of strings, numbers, booleans and nulls straight from their bytes, filling `f` with the
 * byte ranges of the fields the model uses. `scan` returns false for anything else — an escape in a string, a
 * nested value, invalid JSON — and the caller falls back to JSON.parse for that line. No string and no object is
 * made per line: that is what makes millions of lines a second possible (shared/feasibility.md §A).
 *
 * Event logs repeat one shape (the same keys in the same order), so the scanner remembers the keys of the last
 * line and first tries to read the next one as the same shape: it then compares key bytes instead of searching
 * keys, and skips a canonical ISO time (`…T08:43:12.000Z`) without reading it byte by byte.
 */
const COMPILE_AFTER = 8;
const MAX_COMPILED = 64;

type ShapeReader = (b: Uint8Array, view: DataView, start: number, end: number, f: Int32Array) => boolean;

export class JsonlScanner {
  /** Readers compiled for the shapes of recent compact lines, most recent first (a log mixes a few shapes). */
  private shapes: ShapeReader[] = [];
  private readonly compiled = new Map<string, ShapeReader>();
  /** How often each shape not compiled yet was met (bounded: cleared past 1,024 shapes). */
  private readonly sightings = new Map<string, number>();
  /** The shape of the line the generic scanner is reading: key byte ranges in `b`, and their slots. */
  private readonly bounds: number[] = [];
  private readonly slots: number[] = [];
  private view: DataView | undefined;
  private viewOf: Uint8Array | undefined;

  scan(b: Uint8Array, start: number, end: number, f: Int32Array): boolean {
    const shapes = this.shapes;
    if (shapes.length > 0) {
      if (b !== this.viewOf) {
        this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
        this.viewOf = b;
      }
      for (let k = 0; k < shapes.length; k++) {
        if (shapes[k]!(b, this.view!, start, end, f)) {
          if (k > 0) shapes.unshift(shapes.splice(k, 1)[0]!);
          return true;
        }
      }
    }
    return this.generic(b, start, end, f);
  }

  /** Notes the shape of a compact line the generic scanner read, and compiles a reader once the shape keeps coming. */
  private learn(b: Uint8Array): void {
    const bounds = this.bounds;
    let signature = '';
    for (let k = 0; k < bounds.length; k += 2) signature += latin1(b, bounds[k]!, bounds[k + 1]!) + '\u0000';
    let reader = this.compiled.get(signature);
    if (!reader) {
      // Compiling costs far more than reading a line generically: only a shape that keeps coming is worth it, and
      // a log whose every line has its own keys is read without compiling anything.
      const seen = (this.sightings.get(signature) ?? 0) + 1;
      if (this.sightings.size > 1024) this.sightings.clear();
      this.sightings.set(signature, seen);
      if (seen < COMPILE_AFTER || this.compiled.size >= MAX_COMPILED) return;
      // Copies: b is a reused read buffer.
      const keys: Uint8Array[] = [];
      for (let k = 0; k < bounds.length; k += 2) keys.push(Uint8Array.from(b.subarray(bounds[k]!, bounds[k + 1]!)));
      reader = this.compile(keys, this.slots);
      this.compiled.set(signature, reader);
    }
    this.shapes = [reader, ...this.shapes.filter((r) => r !== reader)].slice(0, 4);
  }

  /**
   * Compiles a reader for one shape: the key bytes become constants compared four at a time, and each value is
   * read by a loop of its own. This is generated code (like fast-json-stringify's), built from the key bytes
   * of a line already read by the generic scanner, never from the text of a value.
   */
  private compile(keys: readonly Uint8Array[], slots: readonly number[]): ShapeReader {
    // Clears the field slots inline (a call to fill costs more than these stores).
    let code = `${Array.from({ length: FIELD_COUNT * 2 }, (_, k) => `f[${k}] = -1;`).join(' ')}\nlet i = start, c = 0, vs = 0;\n`;
    keys.forEach((key, k) => {
      const n = key.length;
      const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
      const tests: string[] = [];
      let j = 0;
      for (; j + 4 <= n; j += 4) tests.push(`view.getInt32(i + ${j}, true) !== ${view.getInt32(j, true)}`);
      for (; j < n; j++) tests.push(`b[i + ${j}] !== ${key[j]}`);
      code += `if (i + ${n} > end || ${tests.join(' || ')}) return false;\ni += ${n};\n`;
      const slot = slots[k]!;
      code += 'c = b[i];\nif (c === 34) {\n  vs = i + 1; i = vs;\n';
      if (slot === F.time) code += '  if (b[vs + 24] === 34 && b[vs + 23] === 90 && b[vs + 10] === 84) i = vs + 24; else\n';
      // Four bytes at a time while none is a quote or a backslash (the has-zero-byte test on w ^ 0x22… and w ^ 0x5c…).
      code += '  while (i + 4 <= end) { const w = view.getInt32(i, true), q = w ^ 0x22222222, e = w ^ 0x5c5c5c5c; if ((((q - 0x01010101) & ~q) | ((e - 0x01010101) & ~e)) & 0x80808080) break; i += 4; }\n';
      code += '  while ((c = b[i]) !== 34) { if (c === 92 || i >= end) return false; i++; }\n';
      if (slot >= 0) code += `  f[${2 * slot}] = vs; f[${2 * slot + 1}] = i;\n`;
      code += '  i++;\n} else if (c === 110) {\n  if (b[i + 1] !== 117 || b[i + 2] !== 108 || b[i + 3] !== 108) return false;\n  i += 4;\n';
      code += '} else if (c === 116) {\n  if (b[i + 1] !== 114 || b[i + 2] !== 117 || b[i + 3] !== 101) return false;\n  vs = i; i += 4;\n';
      if (slot >= 0) code += `  f[${2 * slot}] = vs; f[${2 * slot + 1}] = i;\n`;
      code += '} else if (c === 102) {\n  if (b[i + 1] !== 97 || b[i + 2] !== 108 || b[i + 3] !== 115 || b[i + 4] !== 101) return false;\n  vs = i; i += 5;\n';
      if (slot >= 0) code += `  f[${2 * slot}] = vs; f[${2 * slot + 1}] = i;\n`;
      // Anything else bare must be a number: a word such as `delivered` without quotes is not JSON.
      code += '} else {\n  vs = i;\n  while (i < end && (c = b[i]) !== 44 && c !== 125) { if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69)) return false; i++; }\n';
      code += '  if (i === vs) return false;\n';
      if (slot >= 0) code += `  f[${2 * slot}] = vs; f[${2 * slot + 1}] = i;\n`;
      code += '}\n';
    });
    code += 'return i + 1 === end && b[i] === 125;\n';
    return new Function('b', 'view', 'start', 'end', 'f', code) as ShapeReader;
  }

  /** Any flat object, any key order, any spacing; learns the shape of compact lines. */
  private generic(b: Uint8Array, start: number, end: number, f: Int32Array): boolean {
    f.fill(-1);
    // Where each key's bytes (`{"time":`, `,"template":`, …) start and end, and its slot: the line's shape.
    const bounds = this.bounds;
    const slots = this.slots;
    bounds.length = 0;
    slots.length = 0;
    let compact = true;
    const skip = (from: number): number => {
      const to = skipSpace(b, from, end);
      if (to !== from) compact = false;
      return to;
    };
    let segmentStart = start;
    let i = skip(start);
    if (b[i] !== 123 /* { */) return false;
    i = skip(i + 1);
    if (b[i] === 125) return skipSpace(b, i + 1, end) === end;
    for (;;) {
      if (b[i] !== 34 /* " */) return false;
      const ke = stringEnd(b, i + 1, end);
      if (ke < 0) return false;
      const slot = slotOfKey(b, i + 1, ke);
      i = skip(ke + 1);
      if (b[i] !== 58 /* : */) return false;
      i = skip(i + 1);
      bounds.push(segmentStart, i);
      slots.push(slot);
      const c = b[i];
      let vs = i;
      if (c === 34) {
        vs = i + 1;
        i = stringEnd(b, vs, end);
        if (i < 0) return false;
        if (slot >= 0) {
          f[2 * slot] = vs;
          f[2 * slot + 1] = i;
        }
        i++;
      } else if (c === 110 /* n */) {
        if (b[i + 1] !== 117 || b[i + 2] !== 108 || b[i + 3] !== 108) return false;
        i += 4;
      } else {
        if (c === 116 || c === 102) {
          const word = c === 116 ? TRUE : FALSE;
          for (let k = 0; k < word.length; k++) if (b[i + k] !== word[k]) return false;
          i += word.length;
        } else if ((c! >= 48 && c! <= 57) || c === 45) {
          while (i < end) {
            const d = b[i]!;
            if (d === 44 || d === 125 || d === 32 || d === 9) break;
            // A bare value that is not a number (a word without quotes) is not JSON: JSON.parse will say where.
            if (!((d >= 48 && d <= 57) || d === 45 || d === 43 || d === 46 || d === 101 || d === 69)) return false;
            i++;
          }
        } else return false;
        if (slot >= 0) {
          f[2 * slot] = vs;
          f[2 * slot + 1] = i;
        }
      }
      i = skip(i);
      if (b[i] === 44 /* , */) {
        segmentStart = i;
        i = skip(i + 1);
        continue;
      }
      if (b[i] === 125) {
        const ok = skipSpace(b, i + 1, end) === end;
        if (ok && compact) this.learn(b);
        return ok;
      }
      return false;
    }
  }
}

/** The index of the quote that closes a string starting at `i`; -1 at an escape (the slow path reads it) or no end. */
function stringEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c === 34) return i;
    if (c === 92) return -1;
    i++;
  }
  return -1;
}

const latin1 = (b: Uint8Array, s: number, e: number): string => Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('latin1');

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

function skipSpace(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    i++;
  }
  return i;
}
