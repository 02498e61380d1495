import type * as Momoa from '@humanwhocodes/momoa';
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { JsonScanner } from './json-scan.js';
import { LineIndex } from './lines.js';
import { split } from './pointer.js';
import type { SourceText } from './source.js';

/**
 * The YAML parser and the position-keeping JSON parser load on first use: a run over plain JSON files without
 * findings needs neither, and each costs milliseconds of start-up that a one-file lint in an editor would pay.
 */
const load = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
let momoaModule: typeof Momoa | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= load('yaml') as typeof Yaml);
const momoa = (): typeof Momoa => (momoaModule ??= load('@humanwhocodes/momoa') as typeof Momoa);

/** A parse failure, located in the source. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** A comment in the source, for `wabalint-disable` directives. */
export interface SourceComment {
  readonly text: string;
  readonly range: readonly [number, number];
}

/**
 * Maps JSON Pointers to source ranges, and decoded indices inside string values to source offsets.
 * Built only when a file has something to report, because keeping positions costs ten times a plain parse.
 */
export interface Locator {
  /** Source range of the value at `pointer`, or of its nearest existing ancestor. */
  valueRange(pointer: string): readonly [number, number];
  /** Source offsets of each decoded UTF-16 index of the string at `pointer` (length + 1 entries), if it is a string. */
  stringOffsets(pointer: string): readonly number[] | undefined;
  /** Source text for `text` placed inside the string at `pointer`, or undefined when it cannot be written safely. */
  encodeInString(pointer: string, text: string): string | undefined;
}

export interface ParsedSource {
  readonly source: SourceText;
  readonly value: unknown;
  locator(): Locator;
  comments(): readonly SourceComment[];
}

/** Where a file ends, for "unexpected end of input". */
function endOf(text: string): { line: number; column: number } {
  return new LineIndex(text).position(text.length);
}

const MAX_DEPTH_MESSAGE = 'Nesting is too deep to be a template file';

function tooDeep(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function parseSource(source: SourceText): ParsedSource {
  if (source.text.trim() === '') throw new ParseError('File is empty; expected a template object or an array of templates', 1, 1);
  return source.format === 'yaml' ? parseYaml(source) : parseJson(source);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON and JSONC

function parseJson(source: SourceText): ParsedSource {
  const { text } = source;
  let value: unknown;
  let document: Momoa.DocumentNode | undefined;
  const momoaParse = () =>
    momoa().parse(text, { mode: source.format === 'jsonc' ? 'jsonc' : 'json', ranges: true, tokens: source.format === 'jsonc', allowTrailingCommas: source.format === 'jsonc' });
  try {
    if (source.format === 'json') {
      value = JSON.parse(text);
    } else {
      document = momoaParse();
      value = momoa().evaluate(document.body);
    }
  } catch (error) {
    if (tooDeep(error)) throw new ParseError(MAX_DEPTH_MESSAGE, 1, 1);
    // JSON.parse says where but not clearly; momoa says it in line/column terms.
    try {
      document = momoaParse();
    } catch (located) {
      if (tooDeep(located)) throw new ParseError(MAX_DEPTH_MESSAGE, 1, 1);
      const e = located as { message: string; line?: number; column?: number };
      const end = e.line === undefined || /end of input/i.test(e.message) ? endOf(text) : { line: e.line, column: e.column ?? 1 };
      throw new ParseError(`Invalid JSON: ${e.message.replace(/\s*\(\d+:\d+\)$/, '')}`, end.line, end.column);
    }
    throw new ParseError(`Invalid JSON: ${(error as Error).message}`, 1, 1);
  }
  let locator: Locator | undefined;
  const ensureDocument = () => {
    try {
      return (document ??= momoaParse());
    } catch (error) {
      if (tooDeep(error)) throw new ParseError(MAX_DEPTH_MESSAGE, 1, 1);
      throw error;
    }
  };
  return {
    source,
    value,
    locator: () => (locator ??= source.format === 'json' ? new ScanLocator(text) : new JsonLocator(text, ensureDocument())),
    comments: () => {
      if (source.format !== 'jsonc') return [];
      return (ensureDocument().tokens ?? [])
        .filter((t) => t.type === 'LineComment' || t.type === 'BlockComment')
        .map((t) => {
          const range = t.range ?? [t.loc.start.offset, t.loc.end.offset];
          const raw = text.slice(range[0], range[1]);
          return { text: t.type === 'LineComment' ? raw.slice(2) : raw.slice(2, -2), range };
        });
    },
  };
}

class JsonLocator implements Locator {
  constructor(
    private readonly text: string,
    private readonly document: Momoa.DocumentNode,
  ) {}

  private find(pointer: string): { node: Momoa.AnyNode; exact: boolean } {
    let node: Momoa.AnyNode = this.document.body;
    for (const token of split(pointer)) {
      let next: Momoa.AnyNode | undefined;
      if (node.type === 'Object') {
        // Last duplicate wins, as in JSON.parse.
        for (const member of node.members) {
          const key = member.name.type === 'String' ? member.name.value : member.name.name;
          if (key === token) next = member.value;
        }
      } else if (node.type === 'Array') {
        next = node.elements[Number(token)]?.value;
      }
      if (!next) return { node, exact: false };
      node = next;
    }
    return { node, exact: true };
  }

  valueRange(pointer: string): readonly [number, number] {
    const { node } = this.find(pointer);
    return node.range ?? [node.loc.start.offset, node.loc.end.offset];
  }

  stringOffsets(pointer: string): readonly number[] | undefined {
    const { node, exact } = this.find(pointer);
    if (!exact || node.type !== 'String') return undefined;
    const [start, end] = node.range ?? [node.loc.start.offset, node.loc.end.offset];
    return jsonStringOffsets(this.text, start, end);
  }

  encodeInString(_pointer: string, text: string): string | undefined {
    return JSON.stringify(text).slice(1, -1);
  }
}

/** Strict JSON, already accepted by JSON.parse: located by skimming, see json-scan.ts. */
class ScanLocator implements Locator {
  private readonly scanner: JsonScanner;

  constructor(private readonly text: string) {
    this.scanner = new JsonScanner(text);
  }

  valueRange(pointer: string): readonly [number, number] {
    return this.scanner.find(split(pointer)).range;
  }

  stringOffsets(pointer: string): readonly number[] | undefined {
    const { range, exact } = this.scanner.find(split(pointer));
    if (!exact || !this.scanner.isString(range)) return undefined;
    return jsonStringOffsets(this.text, range[0], range[1]);
  }

  encodeInString(_pointer: string, text: string): string | undefined {
    return JSON.stringify(text).slice(1, -1);
  }
}

/** Offsets of each decoded index of the JSON string token `text[start, end)` (quotes included). */
export function jsonStringOffsets(text: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let pos = start + 1;
  const last = end - 1;
  while (pos < last) {
    offsets.push(pos);
    if (text.charCodeAt(pos) === 92 /* \ */) pos += text[pos + 1] === 'u' ? 6 : 2;
    else pos += 1;
  }
  offsets.push(last);
  return offsets;
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

function parseYaml(source: SourceText): ParsedSource {
  const { text } = source;
  let doc: Document.Parsed;
  try {
    doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (tooDeep(error)) throw new ParseError(MAX_DEPTH_MESSAGE, 1, 1);
    throw new ParseError(`Invalid YAML: ${(error as Error).message}`, 1, 1);
  }
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    throw new ParseError(`Invalid YAML: ${message}`, line, column);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    if (tooDeep(error)) throw new ParseError(MAX_DEPTH_MESSAGE, 1, 1);
    throw new ParseError(`Invalid YAML: ${(error as Error).message}`, 1, 1);
  }
  let locator: Locator | undefined;
  return {
    source,
    value,
    locator: () => (locator ??= new YamlLocator(text, doc)),
    comments: () => yamlComments(text),
  };
}

class YamlLocator implements Locator {
  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {}

  private find(pointer: string): { node: YamlNode | null; exact: boolean } {
    const tokens = split(pointer);
    for (let n = tokens.length; n >= 0; n--) {
      const path = tokens.slice(0, n).map((t) => (/^\d+$/.test(t) ? Number(t) : t));
      const node = n === 0 ? this.doc.contents : (this.doc.getIn(path, true) as YamlNode | undefined);
      if (node && typeof node === 'object' && 'range' in node && node.range) return { node, exact: n === tokens.length };
    }
    return { node: this.doc.contents, exact: false };
  }

  valueRange(pointer: string): readonly [number, number] {
    const { node } = this.find(pointer);
    const range = node?.range;
    return range ? [range[0], range[1]] : [0, 0];
  }

  stringOffsets(pointer: string): readonly number[] | undefined {
    const { node, exact } = this.find(pointer);
    if (!exact || !yaml().isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
    return yamlScalarOffsets(this.text, node.range[0], node.range[1], node.value, node.type);
  }

  encodeInString(pointer: string, text: string): string | undefined {
    const { node } = this.find(pointer);
    if (!yaml().isScalar(node)) return undefined;
    if (/[\n\r\t]/.test(text)) return node.type === 'QUOTE_DOUBLE' ? JSON.stringify(text).slice(1, -1) : undefined;
    switch (node.type) {
      case 'QUOTE_DOUBLE':
        return JSON.stringify(text).slice(1, -1);
      case 'QUOTE_SINGLE':
        return text.replace(/'/g, "''");
      case 'BLOCK_LITERAL':
        return text;
      default:
        // A plain or folded scalar changes meaning with `: `, ` #` and friends; the engine re-parses to be sure.
        return /:\s|\s#/.test(text) ? undefined : text;
    }
  }
}

/**
 * Aligns a YAML scalar's decoded value with its source: each decoded character is matched to the next source
 * character that produces it; escapes in double-quoted scalars count as one source unit. Folded line breaks and
 * stripped indentation are skipped over, so positions stay exact for the characters users point at.
 */
export function yamlScalarOffsets(text: string, start: number, end: number, value: string, type: Scalar.Type | undefined): number[] {
  const offsets: number[] = [];
  let pos = start;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') pos += 1;
  else if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const lineEnd = text.indexOf('\n', pos);
    pos = lineEnd < 0 ? end : lineEnd + 1;
  }
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    let probe = pos;
    let found = -1;
    while (probe < end) {
      const c = text[probe]!;
      if (type === 'QUOTE_DOUBLE' && c === '\\') {
        found = probe;
        break;
      }
      if (type === 'QUOTE_SINGLE' && c === "'" && text[probe + 1] === "'" && ch === "'") {
        found = probe;
        break;
      }
      if (c === ch) {
        found = probe;
        break;
      }
      // Only layout (indentation, folded breaks) may be skipped; anything else means the alignment is off.
      if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') break;
      probe++;
    }
    if (found < 0) {
      offsets.push(pos);
      continue;
    }
    offsets.push(found);
    const c = text[found]!;
    if (type === 'QUOTE_DOUBLE' && c === '\\') {
      const kind = text[found + 1];
      const width = kind === 'x' ? 4 : kind === 'u' ? 6 : kind === 'U' ? 10 : 2;
      if (kind === 'U' && value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) <= 0xdbff) {
        offsets.push(found);
        i++;
      }
      pos = found + width;
    } else if (type === 'QUOTE_SINGLE' && c === "'") pos = found + 2;
    else pos = found + 1;
  }
  offsets.push(Math.min(pos, end));
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // The line breaks a block scalar keeps at its end are layout in the source: editing them would join the
    // next key onto the text. Map them to the end of the last line, so such an edit has no source range.
    let last = value.length;
    while (last > 0 && value[last - 1] === '\n') last--;
    const contentEnd = last > 0 ? offsets[last - 1]! + 1 : offsets[0]!;
    for (let i = last; i <= value.length; i++) offsets[i] = contentEnd;
  }
  return offsets;
}

/** Comments from yaml's CST: every `comment` token, wherever it hangs. */
function yamlComments(text: string): SourceComment[] {
  const out: SourceComment[] = [];
  const seen = new Set<number>();
  const visit = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const item of token) visit(item);
      return;
    }
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string' && !seen.has(t.offset)) {
      seen.add(t.offset);
      out.push({ text: t.source.slice(1), range: [t.offset, t.offset + t.source.length] });
    }
    for (const value of Object.values(token)) if (value && typeof value === 'object') visit(value);
  };
  for (const token of new (yaml().Parser)().parse(text)) visit(token);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
