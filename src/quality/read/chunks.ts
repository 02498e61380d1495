import { closeSync, createReadStream, openSync, readSync, type Stats, fstatSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

const CHUNK = 1 << 20;

export class InputError extends Error {}

/** A gzip stream that ends early or is corrupt: what was read before stays counted. */
export class TruncatedInput extends Error {}

/**
 * The bytes of a file or of stdin ('-'), in chunks, gunzipped when the data starts with gzip's magic number. Plain
 * files are read with synchronous reads into one reused buffer: the consumer must finish with a chunk before it
 * asks for the next.
 */
export async function* chunksOf(path: string, stdin: Readable = process.stdin): AsyncGenerator<Uint8Array> {
  if (path === '-') {
    yield* maybeGunzip(stdin);
    return;
  }
  let fd: number;
  let stat: Stats;
  try {
    fd = openSync(path, 'r');
    stat = fstatSync(fd);
  } catch (error) {
    throw new InputError(`${path}: ${describe(error)}`);
  }
  try {
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory (give the event files themselves)`);
    const head = Buffer.alloc(2);
    const got = readSync(fd, head, 0, 2, 0);
    if (got === 2 && head[0] === 0x1f && head[1] === 0x8b) {
      closeSync(fd);
      fd = -1;
      yield* gunzip(createReadStream(path, { highWaterMark: CHUNK }), path);
      return;
    }
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, position);
      if (n === 0) break;
      position += n;
      yield n === CHUNK ? buffer : buffer.subarray(0, n);
    }
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

async function* maybeGunzip(stream: Readable): AsyncGenerator<Uint8Array> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value as Buffer;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gz = createGunzip();
    (async () => {
      gz.write(head);
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) if (!gz.write(r.value)) await new Promise((ok) => gz.once('drain', ok));
      gz.end();
    })().catch((error) => gz.destroy(error));
    yield* gunzip(gz, 'stdin', false);
    return;
  }
  yield head;
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value as Buffer;
}

async function* gunzip(source: Readable, name: string, pipe = true): AsyncGenerator<Uint8Array> {
  const stream = pipe ? source.pipe(createGunzip()) : source;
  if (pipe) source.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new TruncatedInput(`gzip data ends early or is corrupt (${describe(error)}): the rest of ${name} was not read`);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Longest line kept: a longer one is skipped as malformed rather than held in memory. */
export const MAX_LINE_BYTES = 16 << 20;

/**
 * Calls `onLine` for each line of the chunks (without its \n or \r\n; empty lines are skipped). A line cut by a
 * chunk boundary is put together in a carry buffer; only that buffer, never the whole input, is held.
 */
export async function forEachLine(
  chunks: AsyncIterable<Uint8Array>,
  onLine: (bytes: Uint8Array, start: number, end: number, line: number) => void,
  onTooLong: (line: number) => void,
): Promise<number> {
  let carry: Buffer = Buffer.alloc(0);
  let carryLength = 0;
  let dropping = false;
  let line = 0;
  const emit = (b: Uint8Array, s: number, e: number): void => {
    line++;
    if (e > s && b[e - 1] === 13) e--;
    if (e > s) onLine(b, s, e, line);
  };
  for await (const chunk of chunks) {
    const buf = chunk as Buffer;
    let start = 0;
    let nl = buf.indexOf(10, 0);
    if (carryLength > 0 || dropping) {
      if (nl < 0) {
        if (!dropping) {
          if (carryLength + buf.length > MAX_LINE_BYTES) {
            dropping = true;
            carryLength = 0;
          } else {
            carry = append(carry, carryLength, buf, 0, buf.length);
            carryLength += buf.length;
          }
        }
        continue;
      }
      if (dropping) {
        line++;
        onTooLong(line);
        dropping = false;
      } else {
        carry = append(carry, carryLength, buf, 0, nl);
        emit(carry, 0, carryLength + nl);
      }
      carryLength = 0;
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    while (nl >= 0) {
      emit(buf, start, nl);
      start = nl + 1;
      nl = buf.indexOf(10, start);
    }
    if (start < buf.length) {
      if (buf.length - start > MAX_LINE_BYTES) dropping = true;
      else {
        carry = append(carry, 0, buf, start, buf.length);
        carryLength = buf.length - start;
      }
    }
  }
  if (dropping) {
    line++;
    onTooLong(line);
  } else if (carryLength > 0) emit(carry, 0, carryLength);
  return line;
}

function append(carry: Buffer, length: number, src: Buffer, s: number, e: number): Buffer {
  const need = length + (e - s);
  if (need > carry.length) {
    const bigger = Buffer.allocUnsafe(Math.max(need, carry.length * 2, 4096));
    carry.copy(bigger, 0, 0, length);
    carry = bigger;
  }
  src.copy(carry, length, s, e);
  return carry;
}
