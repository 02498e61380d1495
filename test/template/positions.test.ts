import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/engine/create-rule.js';
import { lintSource } from '../../src/engine/lint.js';
import { decode, type SourceFormat } from '../../src/template/source.js';

/** A rule that reports every occurrence of `needle` in the body text, so positions can be checked. */
const find = (needle: string) =>
  createRule({
    id: 'find',
    kind: 'quality',
    summary: 'Finds a needle.',
    recommended: 'error',
    messages: { found: () => 'found' },
    fixable: true,
    create(context) {
      return {
        Body(body) {
          const text = body.text;
          if (!text) return;
          for (let i = text.value.indexOf(needle); i >= 0; i = text.value.indexOf(needle, i + 1)) {
            context.report({ messageId: 'found', at: { field: text, start: i, end: i + needle.length }, fix: { field: text, start: i, end: i + needle.length, text: needle.toUpperCase() } });
          }
        },
      };
    },
  });

function locate(text: string | Uint8Array, needle: string, format: SourceFormat = 'json', fix = false) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const source = decode(bytes, `t.${format}`, format);
  const rule = find(needle);
  return lintSource(source, { rulesFor: () => [{ rule, severity: 2, options: {} }], settings: {}, knownRules: new Set(['find']), fix });
}

function spot(text: string | Uint8Array, needle: string, format: SourceFormat = 'json') {
  const m = locate(text, needle, format).messages;
  expect(m.filter((x) => x.fatal)).toEqual([]);
  return m.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
}

const json = (body: string) => `{\n  "name": "t",\n  "components": [\n    { "type": "BODY", "text": "${body}" }\n  ]\n}\n`;
// Line 4 holds the body; its text starts after `    { "type": "BODY", "text": "` (31 characters).
const at = (column: number, length: number) => ({ line: 4, column: 32 + column, endLine: 4, endColumn: 32 + column + length });

describe('positions inside JSON strings', () => {
  it('maps plain text', () => {
    expect(spot(json('Hello needle'), 'needle')).toEqual([at(6, 6)]);
  });

  it('maps through \\n, \\" and \\\\ escapes', () => {
    // Decoded: `a\nb"c\d needle`: each escape is two source characters for one decoded one.
    expect(spot(json('a\\nb\\"c\\\\d needle'), 'needle')).toEqual([at(11, 6)]);
  });

  it('maps through \\u escapes', () => {
    // `caf\u00e9 needle`: é is six source characters.
    expect(spot(json('caf\\u00e9 needle'), 'needle')).toEqual([at(10, 6)]);
  });

  it('covers an escaped character itself', () => {
    expect(spot(json('caf\\u00e9 ok'), 'é')).toEqual([at(3, 6)]);
  });

  it('counts an emoji as two UTF-16 columns, as editors do', () => {
    expect(spot(json('🎉🎉 needle'), 'needle')).toEqual([at(5, 6)]);
  });

  it('maps an escaped surrogate pair', () => {
    expect(spot(json('\\ud83c\\udf89 needle'), 'needle')).toEqual([at(13, 6)]);
  });

  it('keeps lines right with CRLF line endings', () => {
    expect(spot(json('Hello needle').replace(/\n/g, '\r\n'), 'needle')).toEqual([at(6, 6)]);
  });

  it('keeps columns right after a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json('Hello needle'))]);
    expect(spot(bytes, 'needle')).toEqual([at(6, 6)]);
  });

  it('maps past a decoded newline, which is two characters on one line of the file', () => {
    expect(spot(json('one\\ntwo needle'), 'needle')).toEqual([at(9, 6)]);
  });
});

describe('positions inside YAML scalars', () => {
  const yaml = (scalar: string) => `name: t\ncomponents:\n  - type: BODY\n    text: ${scalar}\n`;

  it('maps a plain scalar', () => {
    expect(spot(yaml('Hello needle'), 'needle', 'yaml')).toEqual([{ line: 4, column: 17, endLine: 4, endColumn: 23 }]);
  });

  it('maps a double-quoted scalar with escapes', () => {
    expect(spot(yaml('"caf\\u00e9 \\"x\\" needle"'), 'needle', 'yaml')).toEqual([{ line: 4, column: 28, endLine: 4, endColumn: 34 }]);
  });

  it("maps a single-quoted scalar with '' escapes", () => {
    expect(spot(yaml("'l''adresse needle'"), 'needle', 'yaml')).toEqual([{ line: 4, column: 23, endLine: 4, endColumn: 29 }]);
  });

  it('maps a literal block scalar, line by line', () => {
    const text = 'name: t\ncomponents:\n  - type: BODY\n    text: |\n      Bonjour,\n      voici needle.\n';
    expect(spot(text, 'needle', 'yaml')).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 19 }]);
  });

  it('maps a folded block scalar', () => {
    const text = 'name: t\ncomponents:\n  - type: BODY\n    text: >\n      Bonjour,\n      voici needle.\n';
    expect(spot(text, 'needle', 'yaml')).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 19 }]);
  });

  it('keeps lines right with CRLF', () => {
    expect(spot(yaml('Hello needle').replace(/\n/g, '\r\n'), 'needle', 'yaml')).toEqual([{ line: 4, column: 17, endLine: 4, endColumn: 23 }]);
  });
});

describe('fixes written back through escapes', () => {
  it('re-escapes JSON and keeps the rest byte for byte', () => {
    const text = json('caf\\u00e9 \\"x\\" needle').replace(/\n/g, '\r\n');
    const result = locate(text, 'needle', 'json', true);
    expect(result.output).toBe(text.replace('needle', 'NEEDLE'));
  });

  it('keeps a BOM in the output', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json('needle here'))]);
    expect(locate(bytes, 'needle', 'json', true).output).toBe('\ufeff' + json('NEEDLE here'));
  });

  it('writes into a YAML double-quoted scalar', () => {
    const text = 'name: t\ncomponents:\n  - type: BODY\n    text: "caf\\u00e9 needle"\n';
    expect(locate(text, 'needle', 'yaml', true).output).toBe(text.replace('needle', 'NEEDLE'));
  });
});

describe('edits a file cannot express', () => {
  const dropLastCharacter = createRule({
    id: 'drop-last',
    kind: 'quality',
    summary: 'Deletes the last character of the body.',
    recommended: 'error',
    messages: { last: () => 'last' },
    fixable: true,
    create: (context) => ({
      Body(body) {
        const text = body.text;
        if (text) context.report({ messageId: 'last', at: { field: text }, fix: { field: text, start: text.value.length - 1, end: text.value.length, text: '' } });
      },
    }),
  });

  it("drops a fix that would delete a block scalar's final line break, instead of joining the next key", () => {
    const text = 'name: t\ncomponents:\n  - type: BODY\n    text: |\n      Bonjour\n  - type: FOOTER\n    text: Merci\n';
    const source = decode(new TextEncoder().encode(text), 't.yaml', 'yaml');
    const result = lintSource(source, { rulesFor: () => [{ rule: dropLastCharacter, severity: 2, options: {} }], settings: {}, knownRules: new Set(), fix: true });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.fix).toBeUndefined();
    expect(result.output).toBeUndefined();
  });
});
