import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type SourceFormat = 'json' | 'jsonc' | 'yaml';

/** The text of a template file, decoded, with what is needed to write it back unchanged. */
export interface SourceText {
  readonly path: string;
  readonly format: SourceFormat;
  /** Decoded text without the byte-order mark; all offsets and columns count in this text. */
  readonly text: string;
  readonly hasBom: boolean;
}

/** Why a file could not be read as text. The message is one line, for the user. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

export function formatOf(path: string): SourceFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.jsonc')) return 'jsonc';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 0b110 ? 1 : b >> 4 === 0b1110 ? 2 : b >> 3 === 0b11110 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next >> 6 !== 0b10) return i;
    }
    i += need + 1;
  }
  return i;
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

/** Decodes file bytes as UTF-8 text, refusing binary files, UTF-16 and invalid UTF-8 with a located message. */
export function decode(bytes: Uint8Array, path: string, format: SourceFormat): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError('File is UTF-16 encoded; save it as UTF-8');
  }
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) throw new SourceError('File looks binary (it contains NUL bytes); expected a JSON or YAML template file');
  }
  let text: string;
  if (isUtf8(bytes)) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  else {
    const at = firstInvalidUtf8(bytes);
    const [line, column] = lineAndColumnOfByte(bytes, at);
    throw new SourceError(`File is not valid UTF-8 (bad byte at offset ${at}); save it as UTF-8`, line, column);
  }
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (hasBom) text = text.slice(1);
  return { path, format, text, hasBom };
}

/** Text held in memory: same checks as a file, without the byte round trip. */
export function textSource(text: string, path: string, format: SourceFormat): SourceText {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (text.includes('\0')) throw new SourceError('Text looks binary (it contains NUL characters); expected a JSON or YAML template');
  return { path, format, text: hasBom ? text.slice(1) : text, hasBom };
}

/**
 * Reads a file synchronously: for thousands of small files, the event-loop round trips of async reads cost more
 * than the reads (ESLint reads synchronously for the same reason).
 */
export function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceText {
  const format = formatOf(path) ?? 'json';
  let fd: number | undefined;
  try {
    // One open file for the size check and the read: each system call counts over thousands of files.
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new SourceError('Is a directory');
    if (info.size > maxFileSize) {
      throw new SourceError(
        `File is ${formatBytes(info.size)}, over the ${formatBytes(maxFileSize)} limit; raise it with --max-file-size if this is really a template file`,
      );
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return decode(filled === bytes.length ? bytes : bytes.subarray(0, filled), path, format);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(describeFsError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'No such file';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: the file cannot be read';
    case 'EISDIR':
      return 'Is a directory';
    default:
      return `Cannot read the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
