import { describe, expect, it } from 'vitest';
import { makeResult } from '../../src/engine/diagnostic.js';
import { formatterNames, formatters, isFormatterName } from '../../src/formatters/index.js';
import { PROMO, context, sampleResults } from './fixtures.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('formatters', () => {
  it('registers the five formats of design.md §5, stylish first', () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'compact', 'github', 'sarif']);
    expect(Object.keys(formatters).sort()).toEqual([...formatterNames].sort());
    expect(isFormatterName('sarif')).toBe(true);
    expect(isFormatterName('checkstyle')).toBe(false);
  });

  for (const name of formatterNames) {
    describe(name, () => {
      it('is pure: same input, same output, input untouched (even frozen)', () => {
        for (const verbose of [false, true]) {
          for (const color of [false, true]) {
            const ctx = context({ verbose, color });
            const frozen = deepFreeze(sampleResults());
            const first = formatters[name](frozen, ctx);
            expect(formatters[name](sampleResults(), ctx)).toBe(first);
            expect(frozen).toEqual(sampleResults());
          }
        }
      });

      it('does not depend on process state (cwd, environment)', () => {
        const before = formatters[name](sampleResults(), context());
        const cwd = process.cwd();
        const env = { ...process.env };
        try {
          try {
            process.chdir('/');
          } catch {
            // Worker threads cannot chdir; the environment part of the check still runs.
          }
          process.env.NO_COLOR = '1';
          process.env.FORCE_COLOR = '1';
          process.env.GITHUB_ACTIONS = 'true';
          expect(formatters[name](sampleResults(), context())).toBe(before);
        } finally {
          process.chdir(cwd);
          process.env = env;
        }
      });

      it('gives sensible output for no results and for clean files', () => {
        const empty = formatters[name]([], context());
        const clean = formatters[name]([makeResult(PROMO, [])], context());
        switch (name) {
          case 'stylish':
          case 'compact':
            expect(empty).toBe('');
            expect(clean).toBe('');
            break;
          case 'json':
            expect(empty).toBe('[]\n');
            expect(JSON.parse(clean)).toHaveLength(1);
            break;
          case 'github':
            expect(empty).toBe('wabalint: no problems found\n');
            expect(clean).toBe(empty);
            break;
          case 'sarif':
            expect(JSON.parse(empty).runs[0].results).toEqual([]);
            expect(clean).toBe(empty);
            break;
        }
      });
    });
  }
});
