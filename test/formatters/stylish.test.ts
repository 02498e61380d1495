import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeResult } from '../../src/engine/diagnostic.js';
import { stylish } from '../../src/formatters/stylish.js';
import { CWD, PROMO, context, diag, expectedMessages, flatten, pseudoRuleId, sampleResults } from './fixtures.js';
import {
  ESLINT_STYLISH,
  ESLINT_STYLISH_LEGACY,
  ESLINT_STYLISH_OLDEST,
  SETUP_NODE_STYLISH,
  collect,
  type ProblemPattern,
} from './problem-matchers.js';

/** What stylish makes of a message: one line, single spaces, no trailing period. */
function shown(message: string): string {
  return flatten(message).replace(/([^ .])\.$/, '$1');
}

const MATCHERS: [string, ProblemPattern[]][] = [
  ['VS Code $eslint-stylish', ESLINT_STYLISH],
  ['VS Code $eslint-stylish (earlier file pattern)', ESLINT_STYLISH_LEGACY],
  ['VS Code $eslint-stylish (oldest: rule id required)', ESLINT_STYLISH_OLDEST],
  ['actions/setup-node eslint-stylish', SETUP_NODE_STYLISH],
];

describe('stylish', () => {
  for (const verbose of [false, true]) {
    for (const [name, patterns] of MATCHERS) {
      it(`is parsed back by ${name}${verbose ? ' (verbose)' : ''}: every message, nothing else`, () => {
        const results = sampleResults();
        const output = stylish(results, context({ verbose }));
        const markers = collect(patterns, output);
        const expected = expectedMessages(results, verbose).map((e) => ({
          file: e.file,
          line: e.line,
          column: e.column,
          severity: e.severity,
          message: shown(e.message),
          code: pseudoRuleId(e),
        }));
        expect(markers).toEqual(expected);
      });
    }
  }

  it('prints ESLint’s layout: absolute path at column 0, aligned columns, summary and fixable count', () => {
    const results = [
      makeResult(PROMO, [
        diag({ message: 'Body starts with `{{1}}`.', line: 6, column: 16 }),
        diag({ ruleId: 'excessive-emoji', severity: 1, message: 'Too many emoji 🎉🎉', line: 12, column: 123 }),
        diag({ ruleId: 'all-caps', severity: 1, message: 'Avoid ALL CAPS', line: 100, column: 5, fix: { range: [0, 1], text: 'a' } }),
      ]),
      makeResult(`${CWD}/templates/other.json`, [
        { ruleId: null, severity: 2, fatal: true, message: 'Unexpected end of input', line: 3, column: 7, endLine: 3, endColumn: 7, pointer: '' },
      ]),
    ];
    expect(stylish(results, context())).toBe(
      [
        '',
        PROMO,
        '    6:16   error    Body starts with `{{1}}`  variable-at-start',
        '   12:123  warning  Too many emoji 🎉🎉       excessive-emoji', // UTF-16 length, as ESLint's text-table
        '  100:5    warning  Avoid ALL CAPS            all-caps',
        '',
        `${CWD}/templates/other.json`,
        '  3:7  error  Unexpected end of input  wabalint/fatal',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('keeps every message on one line without double spaces or a trailing period', () => {
    const output = stylish(sampleResults(), context({ verbose: true }));
    const detail = output.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    expect(detail).toHaveLength(8);
    for (const line of detail) {
      const message = /^\s+\d+:\d+\s+(?:error|warning|info)\s+(.+?)\s\s+\S+$/.exec(line)?.[1];
      expect(message, line).toBeDefined();
      expect(message).not.toMatch(/\s\s|\.$/);
    }
    expect(output).not.toMatch(/^[ \t]+\//m); // a file line is never indented
  });

  it('keeps an ellipsis and a period that is not at the end', () => {
    const results = [makeResult(PROMO, [diag({ message: 'Wait for it...' }), diag({ message: 'Use e.g. `Hi`.', line: 2 })])];
    const output = stylish(results, context());
    expect(output).toMatch(/ Wait for it\.\.\. +variable-at-start\n/);
    expect(output).toMatch(/ Use e\.g\. `Hi` +variable-at-start\n/);
  });

  it('shows info messages and a documentation section only with verbose', () => {
    const quiet = stylish(sampleResults(), context());
    expect(quiet).not.toContain(' info ');
    expect(quiet).not.toContain('https://');
    const verbose = stylish(sampleResults(), context({ verbose: true }));
    expect(verbose).toMatch(/\n {4}2:3 {4}info {5}Text looks English but the template language is `fr` +language-mismatch\n/);
    expect(verbose).toContain('✖ 8 problems (3 errors, 4 warnings, 1 info)');
    expect(verbose).toContain('Rule documentation:\n  all-caps           https://example.test/docs/rules/all-caps.md\n');
    expect(verbose).toContain('  variable-at-start  https://example.test/docs/rules/variable-at-start.md\n');
  });

  it('prints nothing when there is nothing to show', () => {
    expect(stylish([], context())).toBe('');
    expect(stylish([makeResult(PROMO, [])], context())).toBe('');
    const infoOnly = [makeResult(PROMO, [diag({ ruleId: 'language-mismatch', severity: 0, message: 'Info' })])];
    expect(stylish(infoOnly, context())).toBe('');
    expect(stylish(infoOnly, context({ verbose: true }))).toContain('ℹ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('uses colours only when asked, and they change nothing else', () => {
    const plain = stylish(sampleResults(), context({ verbose: true }));
    expect(plain).not.toContain('\u001b[');
    const coloured = stylish(sampleResults(), context({ verbose: true, color: true }));
    expect(coloured).toContain('\u001b[');
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('resolves a relative file path against cwd so the file line stays absolute', () => {
    const output = stylish([makeResult('templates/a.json', [diag({ message: 'x' })])], context());
    expect(output.split('\n')[1]).toBe(`${CWD}/templates/a.json`);
  });
});
