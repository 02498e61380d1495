import type { LintResult } from '../engine/diagnostic.js';
import type { RuleKind } from '../engine/create-rule.js';

/** What formatters may know of a rule, for SARIF rule descriptors and verbose output. */
export interface RuleMeta {
  readonly id: string;
  readonly kind: RuleKind;
  readonly summary: string;
  readonly url: string;
  readonly recommended: 'error' | 'warn' | 'info' | false;
}

export interface FormatterContext {
  /** Working directory: relative paths in github/sarif output are relative to it. */
  readonly cwd: string;
  /** Whether to use ANSI colours (stylish only). */
  readonly color: boolean;
  /** Show info-level messages and extra detail (docs URLs). */
  readonly verbose: boolean;
  readonly rules: ReadonlyMap<string, RuleMeta>;
  readonly toolVersion: string;
}

/** A formatter is a pure function: results in, text out. No I/O, no process state. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
