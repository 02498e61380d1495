/**
 * Finds where values are in a JSON text that JSON.parse has already accepted, without building a tree: each
 * container is scanned once, on demand, for the ranges of its direct children. A file of 10,000 templates with a
 * finding in one of them then costs one skim of the array plus a look inside that one template, where a full
 * position-keeping parse would cost seconds and gigabytes. Only for strict JSON (no comments): JSONC goes through
 * momoa.
 */

export type Range = readonly [number, number];

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  return i;
}

/** End (exclusive) of the string token starting at the quote at `i`. */
function skipString(text: string, i: number): number {
  i++;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    // An escaped quote has an odd run of backslashes before it.
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** End (exclusive) of the value starting at `i` (no leading whitespace). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let k = i; k < text.length; k++) {
      const d = text.charCodeAt(k);
      if (d === 0x22) k = skipString(text, k) - 1;
      else if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) return k + 1;
      }
    }
    return text.length;
  }
  // number, true, false, null
  let k = i;
  while (k < text.length) {
    const d = text.charCodeAt(k);
    if (d === 0x2c || d === 0x7d || d === 0x5d || WHITESPACE.has(d)) break;
    k++;
  }
  return k;
}

export class JsonScanner {
  private readonly children = new Map<number, Map<string, Range>>();

  constructor(private readonly text: string) {}

  /** Range of the whole document's value. */
  private rootRange: Range | undefined;

  root(): Range {
    if (!this.rootRange) {
      const start = skipWhitespace(this.text, 0);
      // JSON.parse accepted the text, so the value runs to the last non-space character.
      let end = this.text.length;
      while (end > start && WHITESPACE.has(this.text.charCodeAt(end - 1))) end--;
      this.rootRange = [start, end];
    }
    return this.rootRange;
  }

  /** Ranges of the direct children of the container at `start`, keyed by member name or array index. */
  childrenOf(start: number): ReadonlyMap<string, Range> {
    let map = this.children.get(start);
    if (map) return map;
    map = new Map();
    const text = this.text;
    const isObject = text.charCodeAt(start) === 0x7b;
    let i = skipWhitespace(text, start + 1);
    let index = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x7d || c === 0x5d) break;
      let key = String(index);
      if (isObject) {
        const keyEnd = skipString(text, i);
        key = JSON.parse(text.slice(i, keyEnd)) as string;
        i = skipWhitespace(text, keyEnd);
        i = skipWhitespace(text, i + 1); // the colon
      }
      const end = skipValue(text, i);
      // Last duplicate key wins, as in JSON.parse.
      map.set(key, [i, end]);
      index++;
      i = skipWhitespace(text, end);
      if (text.charCodeAt(i) === 0x2c) i = skipWhitespace(text, i + 1);
    }
    this.children.set(start, map);
    return map;
  }

  /** Range of the value at the pointer tokens, or of the deepest existing ancestor (`exact` false). */
  find(tokens: readonly string[]): { range: Range; exact: boolean } {
    let range = this.root();
    for (const token of tokens) {
      const c = this.text.charCodeAt(range[0]);
      if (c !== 0x7b && c !== 0x5b) return { range, exact: false };
      const next = this.childrenOf(range[0]).get(token);
      if (!next) return { range, exact: false };
      range = next;
    }
    return { range, exact: true };
  }

  isString(range: Range): boolean {
    return this.text.charCodeAt(range[0]) === 0x22;
  }
}
