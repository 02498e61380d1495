import * as momoa from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';
import { JsonScanner } from '../../src/template/json-scan.js';
import { escapeToken } from '../../src/template/pointer.js';

/** Every pointer of a momoa tree, with the range momoa gives its value. */
function* pointers(node: momoa.AnyNode, path: string[] = []): Generator<[string[], readonly [number, number]]> {
  yield [path, node.range!];
  if (node.type === 'Object') for (const m of node.members) yield* pointers(m.value, [...path, m.name.type === 'String' ? m.name.value : m.name.name]);
  if (node.type === 'Array') for (const [i, e] of node.elements.entries()) yield* pointers(e.value, [...path, String(i)]);
}

const documents: Record<string, string> = {
  'pretty template array': JSON.stringify(
    [
      { name: 'a', components: [{ type: 'BODY', text: 'He said \\"hi\\" {{1}} \u00e9 🎉', example: { body_text: [['x', 'y']] } }] },
      { name: 'b"quoted\\', n: -1.5e3, t: true, f: false, z: null, empty: {}, list: [], nested: [[[]], [{}]] },
    ],
    null,
    2,
  ),
  'compact with escapes in keys': '{"a\\"b":[1,2,{"c\\\\":"}]{["}],"d":"\\u0041\\n","/~":{"x":[]}}',
  'whitespace everywhere': ' \n\t{ "a" : [ 1 , "two" ,\r\n { "b" : null } ] , "c" : "x" } \n',
  'graph list': JSON.stringify({ data: [{ name: 'x', components: [] }], paging: { cursors: { before: 'a', after: 'b' } } }),
  'a bare string': '"just text"',
  'duplicate keys': '{"a": 1, "a": {"b": 2}}',
};

describe('JsonScanner agrees with momoa on every value', () => {
  for (const [name, text] of Object.entries(documents)) {
    it(name, () => {
      JSON.parse(text); // the scanner's precondition
      const scanner = new JsonScanner(text);
      const tree = momoa.parse(text, { ranges: true });
      let checked = 0;
      const expected = new Map<string, readonly [number, number]>();
      for (const [path, range] of pointers(tree.body)) expected.set(path.map(escapeToken).join('/'), range); // last duplicate wins
      for (const [path] of pointers(tree.body)) {
        const key = path.map(escapeToken).join('/');
        expect(scanner.find(path), `/${key}`).toEqual({ range: expected.get(key), exact: true });
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('falls back to the deepest existing ancestor', () => {
    const text = '{"a": {"b": [1, 2]}}';
    const scanner = new JsonScanner(text);
    expect(scanner.find(['a', 'b', '7'])).toEqual({ range: [12, 18], exact: false });
    expect(scanner.find(['a', 'zz', '0'])).toEqual({ range: [6, 19], exact: false });
    expect(scanner.find(['a', 'b', '0', 'deeper'])).toEqual({ range: [13, 14], exact: false });
  });
});
