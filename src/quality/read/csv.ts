import { F, FIELD_COUNT } from '../store.js';
import { aliasSlot } from './fields.js';

export type RowReader = (b: Uint8Array, view: DataView, start: number, end: number, f: Int32Array) => boolean;

/** The columns of a CSV header: the slot each column fills (-1 for columns the model does not use). */
export interface CsvHeader {
  readonly delimiter: number;
  /** A reader compiled for these columns: fills the fields of unquoted rows, false for a quoted one. */
  readonly read: RowReader;
  readonly slots: Int32Array;
  readonly names: readonly string[];
}

/**
 * The delimiter and the column names of a header line (trimmed, lower case, spaces as `_`). The delimiter is the one
 * of `,` `;` or tab that the header uses (French spreadsheets use `;`).
 */
export function csvColumns(line: string): { delimiter: string; names: string[] } {
  const text = line.replace(/^\uFEFF/, '');
  const counts = [',', ';', '\t'].map((d) => text.split(d).length);
  const delimiter = [',', ';', '\t'][counts.indexOf(Math.max(...counts))]!;
  return { delimiter, names: splitCsvLine(text, delimiter).map((n) => n.trim().toLowerCase().replace(/\s+/g, '_')) };
}

/** Reads the header of an event file and compiles the reader of its rows. */
export function parseCsvHeader(line: string): CsvHeader {
  const { delimiter, names } = csvColumns(line);
  const slots = new Int32Array(names.length).fill(-1);
  const seen = new Set<number>();
  names.forEach((name, i) => {
    const slot = aliasSlot(name);
    if (slot !== undefined && !seen.has(slot)) {
      slots[i] = slot;
      seen.add(slot);
    }
  });
  const code = delimiter.charCodeAt(0);
  return { delimiter: code, slots, names, read: compileRowReader(slots, code) };
}

/**
 * Generated code for one header (like fast-json-stringify's): a loop per column up to the last column the model
 * uses, the later columns not read at all, a canonical ISO time skipped. Built from column positions only.
 */
function compileRowReader(slots: Int32Array, delimiter: number): RowReader {
  let last = -1;
  slots.forEach((slot, i) => {
    if (slot >= 0) last = i;
  });
  let code = `${Array.from({ length: FIELD_COUNT * 2 }, (_, k) => `f[${k}] = -1;`).join(' ')}\nlet i = start, c = 0, vs = 0;\n`;
  for (let column = 0; column <= last; column++) {
    const slot = slots[column]!;
    code += 'vs = i;\n';
    if (slot === F.time) code += `if (b[i + 24] === ${delimiter} && b[i + 23] === 90 && b[i + 10] === 84 && i + 24 <= end) i += 24; else\n`;
    // Four bytes at a time while none is the delimiter or a quote (the has-zero-byte test), then byte by byte.
    code += `while (i + 4 <= end) { const w = view.getInt32(i, true), d = w ^ ${delimiter * 0x01010101}, q = w ^ 0x22222222; if ((((d - 0x01010101) & ~d) | ((q - 0x01010101) & ~q)) & 0x80808080) break; i += 4; }\n`;
    code += `while (i < end && (c = b[i]) !== ${delimiter}) { if (c === 34) return false; i++; }\n`;
    if (slot >= 0) code += `if (i > vs) { f[${2 * slot}] = vs; f[${2 * slot + 1}] = i; }\n`;
    code += 'if (i >= end) return true;\ni++;\n';
  }
  code += 'return true;\n';
  return new Function('b', 'view', 'start', 'end', 'f', code) as RowReader;
}

/**
 * RFC 4180 for one line: writes the unquoted fields the model uses to `out` and their ranges to `f`. Returns the
 * bytes written, or -1 when a quote is left open (a field that spans lines, which this reader does not take).
 */
export function unquoteCsvRow(b: Uint8Array, start: number, end: number, header: CsvHeader, f: Int32Array, out: Buffer): number {
  f.fill(-1);
  const { delimiter, slots } = header;
  let column = 0;
  let at = 0;
  let i = start;
  while (i <= end) {
    const slot = column < slots.length ? slots[column]! : -1;
    const fieldStart = at;
    if (i < end && b[i] === 34) {
      i++;
      for (;;) {
        if (i >= end) return -1;
        if (b[i] === 34) {
          if (b[i + 1] === 34 && i + 1 < end) {
            if (slot >= 0) out[at++] = 34;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (slot >= 0) out[at++] = b[i]!;
        i++;
      }
      while (i < end && b[i] !== delimiter) {
        if (slot >= 0) out[at++] = b[i]!;
        i++;
      }
    } else {
      while (i < end && b[i] !== delimiter) {
        if (slot >= 0) out[at++] = b[i]!;
        i++;
      }
    }
    if (slot >= 0 && at > fieldStart) {
      f[2 * slot] = fieldStart;
      f[2 * slot + 1] = at;
    }
    column++;
    i++;
  }
  return at;
}

/** The fields of one CSV line as strings (RFC 4180 quoting), for headers and send logs, where speed does not matter. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

export { FIELD_COUNT };
