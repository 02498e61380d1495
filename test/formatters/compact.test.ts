import { describe, expect, it } from 'vitest';
import { makeResult } from '../../src/engine/diagnostic.js';
import { compact } from '../../src/formatters/compact.js';
import { CWD, PROMO, context, diag, expectedMessages, flatten, pseudoRuleId, sampleResults } from './fixtures.js';
import { ESLINT_COMPACT, collect } from './problem-matchers.js';

const TYPE = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

describe('compact', () => {
  for (const verbose of [false, true]) {
    it(`is parsed back by VS Code's $eslint-compact${verbose ? ' (verbose)' : ''}: every message, nothing else`, () => {
      const results = sampleResults();
      const markers = collect(ESLINT_COMPACT, compact(results, context({ verbose })));
      const expected = expectedMessages(results, verbose).map((e) => ({
        file: e.file,
        line: e.line,
        column: e.column,
        severity: TYPE[e.severity],
        message: flatten(e.message),
        code: pseudoRuleId(e),
      }));
      expect(markers).toEqual(expected);
    });
  }

  it('prints ESLint’s compact lines and a count', () => {
    const results = [
      makeResult(PROMO, [
        diag({ message: 'Body starts with `{{1}}`', line: 6, column: 16 }),
        diag({ ruleId: 'text-length', severity: 1, message: 'Body is too long\n(1100 > 1024)', line: 12, column: 9 }),
      ]),
      makeResult(`${CWD}/b.json`, [
        { ruleId: null, severity: 2, fatal: true, message: 'Unexpected end of input', line: 1, column: 1, endLine: 1, endColumn: 1, pointer: '' },
      ]),
    ];
    expect(compact(results, context())).toBe(
      [
        `${PROMO}: line 6, col 16, Error - Body starts with \`{{1}}\` (variable-at-start)`,
        `${PROMO}: line 12, col 9, Warning - Body is too long (1100 > 1024) (text-length)`,
        `${CWD}/b.json: line 1, col 1, Error - Unexpected end of input (wabalint/fatal)`,
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('gives every line a rule id in parentheses, the part the matcher cannot do without', () => {
    const lines = compact(sampleResults(), context({ verbose: true })).split('\n').filter((l) => l.includes(': line '));
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line).toMatch(/ \((?:[a-z-]+|wabalint\/(?:fatal|core))\)$/);
  });

  it('shows info messages only with verbose', () => {
    expect(compact(sampleResults(), context())).not.toContain(', Info - ');
    expect(compact(sampleResults(), context({ verbose: true }))).toContain(', Info - Text looks English');
  });

  it('prints nothing when there is nothing to show', () => {
    expect(compact([], context())).toBe('');
    expect(compact([makeResult(PROMO, [])], context())).toBe('');
    expect(compact([makeResult(PROMO, [diag({ severity: 0, message: 'i' })])], context())).toBe('');
    expect(compact([makeResult(PROMO, [diag({ message: 'x' })])], context())).toMatch(/\n\n1 problem\n$/);
  });
});
