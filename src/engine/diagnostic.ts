/** What the linter reports, in ESLint's result shape (other tools parse it: see shared/design.md §5). */

/** 0 info (shown with --verbose), 1 warning, 2 error. */
export type Severity = 0 | 1 | 2;

export type Level = 'off' | 'info' | 'warn' | 'error';

export function severityOf(level: Exclude<Level, 'off'>): Severity {
  return level === 'error' ? 2 : level === 'warn' ? 1 : 0;
}

/** A source edit: replace `range` (0-based offsets in the decoded file text, end exclusive) with `text`. */
export interface Fix {
  readonly range: readonly [number, number];
  readonly text: string;
}

export interface Suggestion {
  readonly messageId: string;
  readonly message: string;
  readonly fix: Fix;
}

export interface TemplateRef {
  readonly name: string | undefined;
  readonly language: string | undefined;
  /** Index of the template in its file. */
  readonly index: number;
}

export interface Diagnostic {
  /** Null for problems that are not a rule's: parse failures, unused disable directives. */
  readonly ruleId: string | null;
  readonly severity: Severity;
  readonly message: string;
  readonly messageId?: string;
  /** 1-based; columns count UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** JSON Pointer of the value the problem is in. */
  readonly pointer: string;
  readonly template?: TemplateRef;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  /** Documentation page of the rule. */
  readonly url?: string;
  /** The offending text, when there is one (vfile's convention). */
  readonly actual?: string;
  /** Replacements, when the rule knows them. */
  readonly expected?: readonly string[];
  /** The file could not be linted at all. */
  readonly fatal?: boolean;
}

export interface LintResult {
  /** Absolute path, or `<input>` for in-memory text. */
  readonly filePath: string;
  readonly messages: Diagnostic[];
  readonly suppressedMessages: Diagnostic[];
  readonly errorCount: number;
  readonly fatalErrorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  /** The fixed text, when fixes were applied (`--fix-dry-run` prints it; `--fix` writes it). */
  readonly output?: string;
  /** Per-template facts the caller asked for (the predicted category), in file order. */
  readonly templates?: readonly TemplateSummary[];
}

/** What the linter says about a template as a whole, besides its problems. */
export interface TemplateSummary extends TemplateRef {
  readonly [key: string]: unknown;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

export function makeResult(
  filePath: string,
  messages: Diagnostic[],
  suppressed: Diagnostic[] = [],
  output?: string,
  templates?: readonly TemplateSummary[],
): LintResult {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else if (m.severity === 1) {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    } else infoCount++;
  }
  messages.sort(compareDiagnostics);
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount,
    fatalErrorCount,
    warningCount,
    infoCount,
    fixableErrorCount,
    fixableWarningCount,
    ...(output === undefined ? {} : { output }),
    ...(templates === undefined ? {} : { templates }),
  };
}
