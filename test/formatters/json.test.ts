import { describe, expect, it } from 'vitest';
import { makeResult } from '../../src/engine/diagnostic.js';
import { json } from '../../src/formatters/json.js';
import { CLEAN, DIRECTIVES, ODD, PROMO, context, diag, sampleResults } from './fixtures.js';

const ESLINT_KEYS = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'usedDeprecatedRules',
];

interface Parsed {
  filePath: string;
  messages: Record<string, unknown>[];
  suppressedMessages: Record<string, unknown>[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: unknown[];
  output?: string;
}

function parse(text: string): Parsed[] {
  expect(text.endsWith('\n')).toBe(true);
  return JSON.parse(text) as Parsed[];
}

describe('json', () => {
  it('is ESLint’s result array, one entry per file, with ESLint’s fields and counts', () => {
    const out = parse(json(sampleResults(), context()));
    expect(out.map((r) => r.filePath)).toEqual([PROMO, ODD, CLEAN, DIRECTIVES]);
    for (const r of out) {
      for (const key of ESLINT_KEYS) expect(r, key).toHaveProperty(key);
      expect(r.usedDeprecatedRules).toEqual([]);
    }
    const [promo, odd, clean, directives] = out;
    expect(promo).toMatchObject({ errorCount: 2, fatalErrorCount: 0, warningCount: 3, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 1 });
    expect(odd).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(clean).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(directives).toMatchObject({ errorCount: 0, warningCount: 1 });
  });

  it('keeps each message whole, with null rule ids as ESLint has them', () => {
    const [promo, odd] = parse(json(sampleResults(), context()));
    expect(promo!.messages[0]).toEqual({
      ruleId: 'variable-at-start',
      severity: 2,
      message: 'Body starts with `{{1}}`; Meta rejects templates that start with a placeholder.',
      line: 6,
      column: 16,
      endLine: 6,
      endColumn: 21,
      pointer: '/components/0/text',
      url: 'https://example.test/docs/rules/variable-at-start.md',
      template: { name: 'order_update', language: 'en_US', index: 0 },
    });
    const typography = promo!.messages.find((m) => m.ruleId === 'typography')!;
    expect(typography.message).toBe('Use a typographic apostrophe\n  in `l\'offre`  (French)\r\n');
    expect(odd!.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
  });

  it('gives suggestions ESLint’s `desc` besides our `message`, and keeps fixes as ESLint’s { range, text }', () => {
    const [promo] = parse(json(sampleResults(), context()));
    const caps = promo!.messages.find((m) => m.ruleId === 'all-caps')!;
    expect(caps.fix).toEqual({ range: [100, 109], text: 'Huge sale' });
    expect(caps.suggestions).toEqual([
      { desc: 'Write `Huge sale`', messageId: 'lower', message: 'Write `Huge sale`', fix: { range: [100, 109], text: 'Huge sale' } },
    ]);
  });

  it('includes info messages only with verbose, and counts the ones it shows', () => {
    const quiet = parse(json(sampleResults(), context()));
    expect(quiet[0]!.messages.some((m) => m.severity === 0)).toBe(false);
    expect(quiet[0]!.infoCount).toBe(0);
    const verbose = parse(json(sampleResults(), context({ verbose: true })));
    expect(verbose[0]!.messages.filter((m) => m.severity === 0)).toHaveLength(1);
    expect(verbose[0]!.infoCount).toBe(1);
    expect(verbose[0]!.messages).toHaveLength(6);
  });

  it('filters suppressed messages the same way, and passes `output` through', () => {
    const suppressed = [diag({ message: 'hidden error' }), diag({ severity: 0, message: 'hidden info' })];
    const result = makeResult(PROMO, [], suppressed, '{"fixed":true}');
    const [quiet] = parse(json([result], context()));
    expect(quiet!.suppressedMessages.map((m) => m.message)).toEqual(['hidden error']);
    expect(quiet!.output).toBe('{"fixed":true}');
    const [verbose] = parse(json([result], context({ verbose: true })));
    expect(verbose!.suppressedMessages).toHaveLength(2);
    expect(parse(json([makeResult(PROMO, [])], context()))[0]).not.toHaveProperty('output');
  });

  it('prints an empty array for no results', () => {
    expect(json([], context())).toBe('[]\n');
  });
});
