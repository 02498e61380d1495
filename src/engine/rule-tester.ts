import { isDeepStrictEqual } from 'node:util';
import type { SourceFormat } from '../template/source.js';
import type { AnyRule, Settings } from './create-rule.js';
import type { Diagnostic, LintResult } from './diagnostic.js';
import { applyFixes } from './fix.js';
import { lintSource, type LintSetup } from './lint.js';

/** A test case's template: a value (serialised as pretty JSON) or raw file text. */
export type TestCode = string | object;

export interface ValidTestCase {
  readonly name?: string;
  readonly code: TestCode;
  readonly options?: unknown;
  readonly settings?: Settings;
  /** File format of `code` when it is text; default json. */
  readonly format?: SourceFormat;
  readonly only?: boolean;
  readonly skip?: boolean;
}

export interface ExpectedSuggestion {
  readonly messageId: string;
  readonly data?: unknown;
  /** The file text after applying this suggestion alone. */
  readonly output: string;
}

export interface ExpectedError {
  readonly messageId: string;
  /** When given, the message must equal the rule's message for this data. */
  readonly data?: unknown;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly pointer?: string;
  readonly actual?: string;
  /** Required when the rule suggested something for this error; `[]` asserts none. */
  readonly suggestions?: readonly ExpectedSuggestion[];
}

export interface InvalidTestCase extends ValidTestCase {
  readonly errors: readonly ExpectedError[];
  /** The text after all fix passes; required when a fix was made, `null` asserts no fix. */
  readonly output?: string | null;
}

export interface RuleTests {
  readonly valid: ReadonlyArray<ValidTestCase | TestCode>;
  readonly invalid: readonly InvalidTestCase[];
}

type Describe = (name: string, fn: () => void) => void;
type It = ((name: string, fn: () => void) => void) & {
  only?: (name: string, fn: () => void) => void;
  skip?: (name: string, fn: () => void) => void;
};

export interface RuleTesterOptions {
  readonly describe: Describe;
  readonly it: It;
  /** Other rules that must be known (for `wabalint-disable` comments naming them). */
  readonly knownRules?: readonly string[];
  /**
   * Language prefixes (`fr`, `en`) that the valid cases and the invalid cases must each cover at least once,
   * judged by the templates' `language` field: a rule tested in one language only fails.
   */
  readonly languages?: readonly string[];
}

export class RuleTesterError extends Error {}

/** `"language": "fr_CA"` in JSON, `language: fr` in YAML. */
const LANGUAGE_FIELD = /["']?language["']?\s*:\s*["']?([A-Za-z]{2,3}(?:[_-][A-Za-z]{2,4})?)\b/g;

function fail(message: string): never {
  throw new RuleTesterError(message);
}

export function codeText(code: TestCode): string {
  return typeof code === 'string' ? code : JSON.stringify(code, null, 2) + '\n';
}

function caseKey(c: ValidTestCase): string {
  return JSON.stringify([codeText(c.code), c.options ?? null, c.settings ?? null, c.format ?? 'json']);
}

function caseTitle(c: ValidTestCase): string {
  if (c.name) return c.name;
  const text = codeText(c.code).replace(/\s+/g, ' ');
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/**
 * Runs a rule's valid and invalid cases in the strict spirit of ESLint v9: invalid cases list every error by
 * message id, a fix requires `output`, produced suggestions must be asserted, duplicates and unnamed cases with
 * options fail, and a fixable or suggesting rule must have a case that exercises it.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions) {}

  run(rule: AnyRule, tests: RuleTests): void {
    const { describe, it } = this.options;
    const valid = tests.valid.map((c): ValidTestCase => (typeof c === 'object' && c !== null && 'code' in c ? (c as ValidTestCase) : { code: c as TestCode }));
    describe(rule.id, () => {
      it('has unique, named test cases', () => this.checkCases(valid, tests.invalid));
      describe('valid', () => {
        for (const c of valid) this.register(c, () => this.checkValid(rule, c));
      });
      describe('invalid', () => {
        for (const c of tests.invalid) this.register(c, () => this.checkInvalid(rule, c));
      });
      if (this.options.languages?.length) {
        it('has valid and invalid cases in every language', () => this.checkLanguages(valid, tests.invalid));
      }
      if (rule.fixable) {
        it('has a case that exercises its fix', () => {
          if (!tests.invalid.some((c) => typeof c.output === 'string')) fail(`${rule.id} is fixable but no invalid case has an \`output\``);
        });
      }
      if (rule.suggest) {
        it('has a case that exercises its suggestions', () => {
          if (!tests.invalid.some((c) => c.errors.some((e) => (e.suggestions?.length ?? 0) > 0))) {
            fail(`${rule.id} makes suggestions but no invalid case asserts one`);
          }
        });
      }
    });
  }

  private register(c: ValidTestCase, fn: () => void): void {
    const { it } = this.options;
    const title = caseTitle(c);
    if (c.skip && it.skip) it.skip(title, fn);
    else if (c.only && it.only) it.only(title, fn);
    else it(title, fn);
  }

  private checkCases(valid: readonly ValidTestCase[], invalid: readonly InvalidTestCase[]): void {
    for (const [group, cases] of [['valid', valid], ['invalid', invalid]] as const) {
      const keys = new Set<string>();
      const names = new Set<string>();
      for (const c of cases) {
        const key = caseKey(c);
        if (keys.has(key)) fail(`Duplicate ${group} test case: ${caseTitle(c)}`);
        keys.add(key);
        if ((c.options !== undefined || c.settings !== undefined) && !c.name) fail(`A ${group} case with options or settings needs a name: ${caseTitle(c)}`);
        if (c.name) {
          if (names.has(c.name)) fail(`Duplicate ${group} test case name: ${c.name}`);
          names.add(c.name);
        }
      }
    }
  }

  private checkLanguages(valid: readonly ValidTestCase[], invalid: readonly InvalidTestCase[]): void {
    const languagesOf = (cases: readonly ValidTestCase[]) => {
      const found = new Set<string>();
      for (const c of cases) for (const m of codeText(c.code).matchAll(LANGUAGE_FIELD)) found.add(m[1]!.toLowerCase());
      return [...found];
    };
    for (const [group, cases] of [['valid', valid], ['invalid', invalid]] as const) {
      const found = languagesOf(cases);
      for (const prefix of this.options.languages ?? []) {
        if (!found.some((l) => l === prefix || l.startsWith(`${prefix}_`) || l.startsWith(`${prefix}-`))) {
          fail(`No ${group} case has a template in \`${prefix}\` (languages seen: ${found.join(', ') || 'none'})`);
        }
      }
    }
  }

  private setup(rule: AnyRule, c: ValidTestCase, fix: boolean): LintSetup {
    let options: unknown;
    try {
      options = rule.parseOptions(c.options);
    } catch (error) {
      fail(`Invalid options for ${rule.id}: ${(error as Error).message}`);
    }
    const active = [{ rule, severity: 2 as const, options }];
    return {
      rulesFor: () => active,
      settings: c.settings ?? {},
      knownRules: new Set([rule.id, ...(this.options.knownRules ?? [])]),
      fix,
    };
  }

  private lint(rule: AnyRule, c: ValidTestCase, fix = false): LintResult {
    const format = c.format ?? 'json';
    const text = codeText(c.code);
    return lintSource({ path: `test.${format}`, format, text, hasBom: false }, this.setup(rule, c, fix));
  }

  private checkValid(rule: AnyRule, c: ValidTestCase): void {
    const result = this.lint(rule, c);
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) fail(`The test template does not parse: ${fatal.message}`);
    if (result.messages.length > 0) {
      fail(`Expected no problems, got ${result.messages.length}:\n${result.messages.map(describeMessage).join('\n')}`);
    }
  }

  private checkInvalid(rule: AnyRule, c: InvalidTestCase): void {
    if (!Array.isArray(c.errors) || c.errors.length === 0) fail('An invalid case must list its errors');
    const result = this.lint(rule, c);
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) fail(`The test template does not parse: ${fatal.message}`);
    const messages = result.messages;
    if (messages.length !== c.errors.length) {
      fail(`Expected ${c.errors.length} error(s), got ${messages.length}:\n${messages.map(describeMessage).join('\n')}`);
    }
    c.errors.forEach((expected, i) => this.checkError(rule, c, expected, messages[i]!, i));
    const fixable = messages.some((m) => m.fix);
    if (fixable && c.output === undefined) fail('The rule fixed something: the case must give `output` (the fixed text)');
    if (c.output === null && fixable) fail('Expected no fix, but the rule produced one');
    if (typeof c.output === 'string') {
      const fixed = this.lint(rule, c, true);
      const output = fixed.output ?? codeText(c.code);
      if (output !== c.output) fail(`Fixed output differs.\nExpected:\n${c.output}\nActual:\n${output}`);
      if (output === codeText(c.code)) fail('`output` equals the input: use `output: null` to assert that nothing is fixed');
    }
  }

  private checkError(rule: AnyRule, c: InvalidTestCase, expected: ExpectedError, actual: Diagnostic, i: number): void {
    const where = `error ${i + 1}`;
    if (typeof expected !== 'object' || !expected.messageId) fail(`${where}: every expected error must give a messageId`);
    if (!(expected.messageId in rule.messages)) fail(`${where}: unknown messageId \`${expected.messageId}\` for ${rule.id}`);
    if (actual.messageId !== expected.messageId) fail(`${where}: expected messageId ${expected.messageId}, got ${actual.messageId} (${actual.message})`);
    if (expected.data !== undefined) {
      const message = (rule.messages[expected.messageId] as (d: unknown) => string)(expected.data);
      if (message !== actual.message) fail(`${where}: expected message "${message}", got "${actual.message}"`);
    }
    for (const key of ['line', 'column', 'endLine', 'endColumn', 'pointer', 'actual'] as const) {
      if (expected[key] !== undefined && expected[key] !== actual[key]) {
        fail(`${where}: expected ${key} ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])} (${actual.message})`);
      }
    }
    const produced = actual.suggestions ?? [];
    if (produced.length > 0 && expected.suggestions === undefined) fail(`${where}: the rule made suggestions; assert them with \`suggestions\``);
    if (expected.suggestions !== undefined) {
      if (expected.suggestions.length !== produced.length) fail(`${where}: expected ${expected.suggestions.length} suggestion(s), got ${produced.length}`);
      expected.suggestions.forEach((s, k) => {
        const got = produced[k]!;
        if (got.messageId !== s.messageId) fail(`${where}, suggestion ${k + 1}: expected messageId ${s.messageId}, got ${got.messageId}`);
        if (s.data !== undefined) {
          const message = (rule.messages[s.messageId] as (d: unknown) => string)(s.data);
          if (!isDeepStrictEqual(message, got.message)) fail(`${where}, suggestion ${k + 1}: expected "${message}", got "${got.message}"`);
        }
        const output = applyFixes(codeText(c.code), [{ ...actual, fix: got.fix }]).text;
        if (output !== s.output) fail(`${where}, suggestion ${k + 1}: output differs.\nExpected:\n${s.output}\nActual:\n${output}`);
      });
    }
  }
}

function describeMessage(m: Diagnostic): string {
  return `  ${m.line}:${m.column} ${m.ruleId ?? ''}/${m.messageId ?? ''}: ${m.message}`;
}
