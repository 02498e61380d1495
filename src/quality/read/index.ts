import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { QualityParams } from '../params.js';
import { F, FIELD_COUNT, text, type EventStore } from '../store.js';
import { chunksOf, forEachLine, InputError, MAX_LINE_BYTES, TruncatedInput } from './chunks.js';
import { parseCsvHeader, unquoteCsvRow, type CsvHeader } from './csv.js';
import { JsonlScanner } from './jsonl.js';
import { ViewCache } from '../fingerprints.js';
import { ObjectReader, type SentMessage } from './webhooks.js';

export { InputError };

export interface ReadOptions {
  readonly stdin?: Readable;
  /** Called now and then with the lines read so far (for a progress line). */
  readonly onProgress?: (lines: number, file: string) => void;
}

type Shape = 'jsonl' | 'csv';

/** The shape of a file from its name (.jsonl, .ndjson, .json, .csv, .tsv, each maybe .gz), else from its first line. */
function shapeFromName(path: string): Shape | undefined {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(name);
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  return undefined;
}

/** Reads event files (or '-' for stdin) into the store, line by line; memory stays that of the store. */
export async function readEvents(paths: readonly string[], store: EventStore, sends: ReadonlyMap<string, SentMessage>, params: QualityParams, options: ReadOptions = {}): Promise<void> {
  const objects = new ObjectReader(store, params, sends);
  const f = new Int32Array(FIELD_COUNT * 2);
  const jsonl = new JsonlScanner();
  const views = new ViewCache();
  let scratch = Buffer.alloc(4096);
  for (const path of paths) {
    const file = store.fileIndex(path === '-' ? 'stdin' : path);
    let shape = path === '-' ? undefined : shapeFromName(path);
    let header: CsvHeader | undefined;
    const onLine = (b: Uint8Array, start: number, e: number, line: number): void => {
      let s = start;
      if (line === 1 && b[s] === 0xef && b[s + 1] === 0xbb && b[s + 2] === 0xbf) {
        s += 3;
        if (s >= e || (s + 1 === e && b[s] === 13)) return; // a file that holds only a BOM
      }
      if (b[s] === 32 || b[s] === 9 || b[s] === 13) {
        let k = s;
        while (k < e && (b[k] === 32 || b[k] === 9 || b[k] === 13)) k++;
        if (k === e) return; // a line of spaces is an empty line
      }
      store.counts.lines++;
      if ((store.counts.lines & 0xfffff) === 0) options.onProgress?.(store.counts.lines, path);
      if (shape === undefined) shape = firstNonSpace(b, s, e) === 123 ? 'jsonl' : 'csv';
      if (shape === 'jsonl') {
        if (jsonl.scan(b, s, e, f)) return store.ingest(b, f, file, line);
        let value: unknown;
        try {
          value = JSON.parse(text(b, s, e));
        } catch (error) {
          return store.skip('malformed', file, line, `not JSON: ${error instanceof SyntaxError ? error.message : String(error)}`);
        }
        return objects.handle(value, file, line);
      }
      if (!header) {
        store.counts.lines--; // the header is not an event line
        header = parseCsvHeader(text(b, s, e));
        const has = (slot: number): boolean => header!.slots.includes(slot);
        if ((!has(F.template) && !has(F.templateId)) || !has(F.event) || !has(F.time)) {
          const found = header.names.slice(0, 8).map((n) => JSON.stringify(n.length > 40 ? `${n.slice(0, 40)}…` : n));
          throw new InputError(`${path}:${line}: a CSV header needs a "template" (or "template_id") column, an "event" and a "time" one; found: ${found.join(', ')}${header.names.length > 8 ? ', …' : ''}`);
        }
        return;
      }
      if (header.read(b, views.of(b), s, e, f)) return store.ingest(b, f, file, line);
      if (scratch.length < e - s) scratch = Buffer.alloc((e - s) * 2);
      if (unquoteCsvRow(b, s, e, header, f, scratch) < 0) return store.skip('malformed', file, line, 'a quoted field is not closed (fields that span lines are not read)');
      store.ingest(scratch, f, file, line);
    };
    let lastLine = 0;
    try {
      lastLine = await forEachLine(
        chunksOf(path, options.stdin),
        (b, s, e, line) => {
          lastLine = line;
          onLine(b, s, e, line);
        },
        (line) => {
          store.counts.lines++;
          store.skip('malformed', file, line, `line longer than ${MAX_LINE_BYTES >> 20} MB`);
        },
      );
    } catch (error) {
      if (!(error instanceof TruncatedInput)) throw error;
      store.counts.lines++;
      store.skip('malformed', file, lastLine + 1, error.message);
    }
  }
  store.finish();
}

function firstNonSpace(b: Uint8Array, s: number, e: number): number {
  while (s < e && (b[s] === 32 || b[s] === 9 || b[s] === 0xef || b[s] === 0xbb || b[s] === 0xbf)) s++;
  return b[s] ?? -1;
}
