import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { makeResult, type LintResult } from '../../src/engine/diagnostic.js';
import { FINGERPRINT_KEY, SRCROOT, pathToUriReference, sarif } from '../../src/formatters/sarif.js';
import { CWD, ODD, PROMO, RULES, context, diag, expectedMessages, sampleResults } from './fixtures.js';

// ajv and ajv-formats are CommonJS: under ESM the default import is `module.exports`, whose `default` is the export.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

// The SARIF 2.1.0 schema (JSON Schema 2020-12); where it comes from: test/fixtures/README.md.
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url)), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function log(results: readonly LintResult[], verbose = false): Sarif.Log {
  const text = sarif(results, context({ verbose }));
  expect(text.endsWith('\n')).toBe(true);
  const parsed = JSON.parse(text) as Sarif.Log;
  const valid = validate(parsed);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
  return parsed;
}

function run(l: Sarif.Log): Sarif.Run {
  expect(l.runs).toHaveLength(1);
  return l.runs[0]!;
}

describe('sarif', () => {
  it('the schema itself rejects what it should (so a passing validation means something)', () => {
    expect(validate({ version: '2.1.0', runs: [] })).toBe(true);
    expect(validate({ version: '2.1.0' })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    const good = JSON.parse(sarif(sampleResults(), context())) as Sarif.Log;
    const bad = structuredClone(good);
    bad.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(validate(bad)).toBe(false);
    const badUri = structuredClone(good);
    badUri.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'with space/ü.json';
    expect(validate(badUri)).toBe(false);
  });

  for (const verbose of [false, true]) {
    it(`is valid SARIF 2.1.0 with one result per message${verbose ? ' (verbose, notes included)' : ''}`, () => {
      const results = sampleResults();
      const r = run(log(results, verbose));
      const expected = expectedMessages(results, verbose);
      expect(r.results).toHaveLength(expected.length);
      r.results!.forEach((result, i) => {
        const e = expected[i]!;
        expect(result.ruleId).toBe(e.ruleId ?? (e.fatal ? 'wabalint/fatal' : 'wabalint/core'));
        expect(r.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
        expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[e.severity]);
        expect(result.message.text).toBe(e.message);
        expect(result.locations![0]!.physicalLocation!.region!.startLine).toBe(e.line);
        expect(result.locations![0]!.physicalLocation!.region!.startColumn).toBe(e.column);
      });
    });
  }

  it('describes the tool, the run and every rule that has a result', () => {
    const r = run(log(sampleResults()));
    expect(r.tool.driver).toMatchObject({ name: 'wabalint', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/wabalint/wabalint' });
    expect(r.columnKind).toBe('utf16CodeUnits');
    expect(r.originalUriBaseIds).toEqual({ [SRCROOT]: { uri: 'file:///work/repo/' } });
    const rules = r.tool.driver.rules!;
    expect(rules.map((d) => d.id)).toEqual(['all-caps', 'excessive-emoji', 'text-length', 'typography', 'variable-at-start', 'wabalint/core', 'wabalint/fatal']);
    expect(rules.find((d) => d.id === 'variable-at-start')).toMatchObject({
      shortDescription: { text: 'Summary of variable-at-start.' },
      helpUri: 'https://example.test/docs/rules/variable-at-start.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['rejection'] },
    });
    expect(rules.find((d) => d.id === 'typography')!.defaultConfiguration).toEqual({ level: 'warning' });
    // Not in the recommended preset: the level it was reported at.
    expect(rules.find((d) => d.id === 'all-caps')!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(rules.find((d) => d.id === 'wabalint/fatal')).toMatchObject({ defaultConfiguration: { level: 'error' }, shortDescription: { text: expect.stringContaining('could not be read or parsed') } });
    const verboseRules = run(log(sampleResults(), true)).tool.driver.rules!;
    expect(verboseRules.find((d) => d.id === 'language-mismatch')!.defaultConfiguration).toEqual({ level: 'note' });
    expect(RULES.get('all-caps')!.recommended).toBe(false);
  });

  it('points at files relative to %SRCROOT%, percent-encoded, with the whole region', () => {
    const r = run(log(sampleResults()));
    const [first] = r.results!;
    expect(first!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'templates/promo.json', uriBaseId: SRCROOT },
      region: { startLine: 6, startColumn: 16, endLine: 6, endColumn: 21 },
    });
    const fatal = r.results!.find((x) => x.ruleId === 'wabalint/fatal')!;
    expect(fatal.locations![0]!.physicalLocation!.artifactLocation).toEqual({
      uri: 'templates/with%20space/%C3%BCn%C3%AFcode%20%231.yaml',
      uriBaseId: SRCROOT,
    });
    expect(ODD.startsWith(CWD)).toBe(true);
    expect(pathToUriReference('a b/c:d/e?f#g%h.json')).toBe('a%20b/c%3Ad/e%3Ff%23g%25h.json');
  });

  it('uses an absolute file URI outside the working directory, and no location for <input>', () => {
    const r = run(log([makeResult('/elsewhere/a b.json', [diag({ message: 'x' })]), makeResult('<input>', [diag({ message: 'y' })])]));
    expect(r.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/a%20b.json' });
    expect(r.results![1]!.locations).toEqual([]);
  });

  it('reports a fatal parse error as a result and as a tool execution notification', () => {
    const r = run(log(sampleResults()));
    expect(r.invocations).toHaveLength(1);
    const [invocation] = r.invocations!;
    expect(invocation!.executionSuccessful).toBe(true);
    expect(invocation!.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Unexpected token `}` (expected a value)' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'templates/with%20space/%C3%BCn%C3%AFcode%20%231.yaml', uriBaseId: SRCROOT },
              region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 7 },
            },
          },
        ],
        descriptor: { id: 'wabalint/fatal' },
      },
    ]);
    expect(run(log([makeResult(PROMO, [diag({ message: 'x' })])])).invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('fingerprints by rule, file, pointer and message, not by line, and counts identical ones', () => {
    const at = (line: number, extra: Partial<Parameters<typeof diag>[0]> = {}): string => {
      const r = run(log([makeResult(PROMO, [diag({ message: 'Body starts with `{{1}}`', line, column: 3, ...extra })])]));
      return r.results![0]!.partialFingerprints![FINGERPRINT_KEY]!;
    };
    expect(at(6)).toMatch(/^[0-9a-f]{32}:1$/);
    expect(at(60, { column: 9, endLine: 61 })).toBe(at(6));
    expect(at(6, { ruleId: 'text-length' })).not.toBe(at(6));
    expect(at(6, { pointer: '/components/1/text' })).not.toBe(at(6));
    expect(at(6, { message: 'Body starts with `{{2}}`' })).not.toBe(at(6));
    const other = run(log([makeResult(`${CWD}/templates/other.json`, [diag({ message: 'Body starts with `{{1}}`', line: 6, column: 3 })])]));
    expect(other.results![0]!.partialFingerprints![FINGERPRINT_KEY]).not.toBe(at(6));

    const twice = run(log([makeResult(PROMO, [diag({ message: 'same', line: 1 }), diag({ message: 'same', line: 9 })])]));
    const [a, b] = twice.results!.map((x) => x.partialFingerprints![FINGERPRINT_KEY]!);
    expect(a!.split(':')[0]).toBe(b!.split(':')[0]);
    expect([a!.split(':')[1], b!.split(':')[1]]).toEqual(['1', '2']);
  });

  it('keeps a region valid for a file-level problem without a position', () => {
    const r = run(log([makeResult(PROMO, [diag({ ruleId: null, fatal: true, message: 'Cannot read', line: 0, column: 0, endLine: 0, endColumn: 0 })])]));
    expect(r.results![0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
  });

  it('is a valid log with no results for no problems', () => {
    const empty = run(log([]));
    expect(empty.results).toEqual([]);
    expect(empty.tool.driver.rules).toEqual([]);
    expect(run(log([makeResult(PROMO, [diag({ severity: 0, message: 'i' })])])).results).toEqual([]);
  });
});
