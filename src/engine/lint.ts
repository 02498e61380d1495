import { templatesOf } from '../template/build.js';
import { LineIndex } from '../template/lines.js';
import type { TemplateNode } from '../template/model.js';
import { ParseError, parseSource, type ParsedSource } from '../template/parse.js';
import { SourceError, type SourceText } from '../template/source.js';
import type { AnyRule, Settings } from './create-rule.js';
import { makeResult, type Diagnostic, type LintResult, type Severity, type TemplateRef, type TemplateSummary } from './diagnostic.js';
import { applyDirectives } from './directives.js';
import { applyFixes, MAX_FIX_PASSES } from './fix.js';
import { ReportLocator } from './locate.js';
import { finishRun } from './project.js';
import { RuleCrash, runRules, templateRef, type ActiveRule, type RuleReport } from './runner.js';

/** Everything the engine needs besides the text; the caller (the library API) wires rules and config. */
export interface LintSetup {
  /** The rules to run on one template, with levels and options (config, per-template overrides). */
  readonly rulesFor: (template: TemplateNode, filePath: string) => readonly ActiveRule[];
  readonly settings: Settings;
  /** Rule ids that exist, to check `wabalint-disable` comments. */
  readonly knownRules: ReadonlySet<string>;
  readonly reportUnusedDisableDirectives?: Severity;
  readonly fix?: boolean;
  /** Facts to report about each template besides its problems (the library adds the predicted category). */
  readonly summarize?: (template: TemplateNode) => Record<string, unknown>;
}

export function fatalDiagnostic(message: string, line = 1, column = 1): Diagnostic {
  return { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column, pointer: '' };
}

/**
 * One file after its own rules ran, before `wabalint-disable` comments are applied: rules that compare templates
 * across files (duplicate-template, locale-consistency) add their reports to it first.
 */
export interface FileAnalysis {
  readonly filePath: string;
  /** What rules that compare templates kept of this file's templates. */
  readonly collected: readonly CollectedFacts[];
  readonly diagnostics: readonly Diagnostic[];
  /** The fixed text, when fixes were applied. */
  readonly output: string | undefined;
  /** Positions for reports made after the file's own rules ran. */
  locate(reports: readonly RuleReport[]): Diagnostic[];
  /** Applies the file's disable comments to everything reported, and counts. */
  finish(extra?: readonly Diagnostic[]): LintResult;
}

/** One template's facts for one rule that compares templates. */
export interface CollectedFacts {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
  readonly template: TemplateRef;
  readonly filePath: string;
  readonly data: unknown;
}

/**
 * A parsed file and the way to positions in it. Once the file's own rules have run, the parsed value is let go
 * (a run over thousands of files would otherwise hold them all until the end) and parsed again only if a later
 * report lands in this file.
 */
class Located {
  private locator: ReportLocator | undefined;
  private lines: LineIndex | undefined;
  private kept: ParsedSource | undefined;

  constructor(
    readonly source: SourceText,
    parsed: ParsedSource,
  ) {
    this.kept = parsed;
  }

  get parsed(): ParsedSource {
    return (this.kept ??= parseSource(this.source));
  }

  release(): void {
    this.kept = undefined;
  }

  get lineIndex(): LineIndex {
    return (this.lines ??= new LineIndex(this.source.text));
  }

  /** Positions cost a second, position-keeping parse: only files with something to say pay for it. */
  locate(reports: readonly RuleReport[]): Diagnostic[] {
    if (reports.length === 0) return [];
    try {
      this.locator ??= new ReportLocator(this.parsed.locator(), this.lineIndex, this.source.text);
    } catch (error) {
      if (error instanceof ParseError) return [fatalDiagnostic(error.message, error.line, error.column)];
      throw error;
    }
    return reports.map((r) => this.locator!.diagnostic(r));
  }

  get mayHaveDirectives(): boolean {
    return this.source.format !== 'json' && this.source.text.includes('wabalint-');
  }

  directives(diagnostics: readonly Diagnostic[], setup: LintSetup): { messages: Diagnostic[]; suppressed: Diagnostic[] } {
    if (!this.mayHaveDirectives) return { messages: [...diagnostics], suppressed: [] };
    const outcome = applyDirectives(diagnostics, this.parsed.comments(), this.lineIndex, {
      knownRules: setup.knownRules,
      reportUnused: setup.reportUnusedDisableDirectives,
    });
    return { messages: [...outcome.kept, ...outcome.problems], suppressed: outcome.suppressed };
  }
}

interface Collected {
  readonly located: Located;
  readonly diagnostics: Diagnostic[];
  readonly facts: CollectedFacts[];
  readonly summaries: TemplateSummary[] | undefined;
}

/** Runs the file's own rules template by template, keeping only what each template leaves: reports, facts, summary. */
function collect(parsed: ParsedSource, setup: LintSetup): Collected {
  const located = new Located(parsed.source, parsed);
  const templates = templatesOf(parsed.value);
  if (!templates) {
    const fatal = fatalDiagnostic('Expected a template object, an array of templates, or a Graph API list `{ "data": [...] }`');
    return { located, diagnostics: [fatal], facts: [], summaries: undefined };
  }
  const filePath = parsed.source.path;
  const reports: RuleReport[] = [];
  const facts: CollectedFacts[] = [];
  const summaries: TemplateSummary[] | undefined = setup.summarize ? [] : undefined;
  const rulesFor = (t: TemplateNode) => setup.rulesFor(t, filePath);
  for (const template of templates) {
    for (const report of runRules({ templates: [template], rulesFor, settings: setup.settings, filePath })) reports.push(report);
    for (const fact of collectFacts(template, filePath, setup)) facts.push(fact);
    summaries?.push({ ...templateRef(template), ...setup.summarize!(template) });
  }
  return { located, diagnostics: located.locate(reports), facts, summaries };
}

function parseOrFatal(source: SourceText): ParsedSource | Diagnostic {
  try {
    return parseSource(source);
  } catch (error) {
    if (error instanceof ParseError || error instanceof SourceError) return fatalDiagnostic(error.message, error.line, error.column);
    throw error;
  }
}

export function unreadable(path: string, fatal: Diagnostic): FileAnalysis {
  return {
    filePath: path,
    collected: [],
    diagnostics: [fatal],
    output: undefined,
    locate: () => [],
    finish: (extra = []) => makeResult(path, [fatal, ...extra]),
  };
}

function collectFacts(template: TemplateNode, filePath: string, setup: LintSetup): CollectedFacts[] {
  const facts: CollectedFacts[] = [];
  for (const { rule, severity, options } of setup.rulesFor(template, filePath)) {
    if (!rule.project) continue;
    let data: unknown;
    try {
      data = rule.project.collect(template, options as object);
    } catch (error) {
      throw new RuleCrash(rule.id, templateRef(template), error);
    }
    if (data !== undefined) facts.push({ rule, severity, options, template: templateRef(template), filePath, data });
  }
  return facts;
}

/** Runs a file's own rules; with `fix`, applies fixes in up to 10 passes first. */
export function analyseSource(source: SourceText, setup: LintSetup): FileAnalysis {
  const parsed = parseOrFatal(source);
  if (!('source' in parsed)) return unreadable(source.path, parsed);
  let current = collect(parsed, setup);
  let fixed = false;
  if (setup.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      // Fixes of suppressed problems are not applied.
      const { messages } = current.located.directives(current.diagnostics, setup);
      const { text, applied } = applyFixes(current.located.source.text, messages);
      if (applied === 0) break;
      const next = parseOrFatal({ ...current.located.source, text });
      // A fix that breaks the file is dropped with its whole pass: the user's file is never made unparsable.
      if (!('source' in next)) break;
      current = collect(next, setup);
      fixed = true;
    }
  }
  const { located, diagnostics, facts: collected, summaries } = current;
  const output = fixed ? (source.hasBom ? '\uFEFF' : '') + located.source.text : undefined;
  located.release();
  return {
    filePath: source.path,
    collected,
    diagnostics,
    output,
    locate: (reports) => located.locate(reports),
    finish: (extra = []) => {
      const { messages, suppressed } = located.directives([...diagnostics, ...extra], setup);
      return makeResult(source.path, messages, suppressed, output, summaries);
    },
  };
}

/**
 * Lints one decoded file on its own (rules that compare templates see this file's templates only). With `fix`,
 * the fixed text is the result's `output`.
 */
export function lintSource(source: SourceText, setup: LintSetup): LintResult {
  return finishRun([analyseSource(source, setup)])[0]!;
}

export { SourceError, ParseError };
