import { buildTemplates } from '../template/build.js';
import { LineIndex } from '../template/lines.js';
import type { TemplateNode } from '../template/model.js';
import { ParseError, parseSource, type ParsedSource } from '../template/parse.js';
import { SourceError, type SourceText } from '../template/source.js';
import type { Settings } from './create-rule.js';
import { makeResult, type Diagnostic, type LintResult, type Severity } from './diagnostic.js';
import { applyDirectives } from './directives.js';
import { applyFixes, MAX_FIX_PASSES } from './fix.js';
import { ReportLocator } from './locate.js';
import { runRules, type ActiveRule } from './runner.js';

/** Everything the engine needs besides the text; the caller (the library API) wires rules and config. */
export interface LintSetup {
  /** The rules to run on one template, with levels and options (config, per-template overrides). */
  readonly rulesFor: (template: TemplateNode, filePath: string) => readonly ActiveRule[];
  readonly settings: Settings;
  /** Rule ids that exist, to check `wabalint-disable` comments. */
  readonly knownRules: ReadonlySet<string>;
  readonly reportUnusedDisableDirectives?: Severity;
  readonly fix?: boolean;
}

export function fatalDiagnostic(message: string, line = 1, column = 1): Diagnostic {
  return { ruleId: null, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column, pointer: '' };
}

function verify(parsed: ParsedSource, setup: LintSetup): { messages: Diagnostic[]; suppressed: Diagnostic[] } {
  const built = buildTemplates(parsed.value);
  if (!built) {
    return {
      messages: [fatalDiagnostic('Expected a template object, an array of templates, or a Graph API list `{ "data": [...] }`')],
      suppressed: [],
    };
  }
  const filePath = parsed.source.path;
  const reports = runRules({
    templates: built.templates,
    rulesFor: (t) => setup.rulesFor(t, filePath),
    settings: setup.settings,
    filePath,
  });
  const mayHaveDirectives = parsed.source.format !== 'json' && parsed.source.text.includes('wabalint-');
  if (reports.length === 0 && !mayHaveDirectives) return { messages: [], suppressed: [] };
  // Positions cost a second, position-keeping parse: only files with something to say pay for it.
  const lines = new LineIndex(parsed.source.text);
  let positions;
  try {
    positions = parsed.locator();
  } catch (error) {
    if (error instanceof ParseError) return { messages: [fatalDiagnostic(error.message, error.line, error.column)], suppressed: [] };
    throw error;
  }
  const locator = new ReportLocator(positions, lines, parsed.source.text);
  const diagnostics = reports.map((r) => locator.diagnostic(r));
  if (!mayHaveDirectives) return { messages: diagnostics, suppressed: [] };
  const outcome = applyDirectives(diagnostics, parsed.comments(), lines, {
    knownRules: setup.knownRules,
    reportUnused: setup.reportUnusedDisableDirectives,
  });
  return { messages: [...outcome.kept, ...outcome.problems], suppressed: outcome.suppressed };
}

function parseOrFatal(source: SourceText): ParsedSource | Diagnostic {
  try {
    return parseSource(source);
  } catch (error) {
    if (error instanceof ParseError || error instanceof SourceError) return fatalDiagnostic(error.message, error.line, error.column);
    throw error;
  }
}

/** Lints one decoded file. With `fix`, applies fixes in up to 10 passes and returns the fixed text as `output`. */
export function lintSource(source: SourceText, setup: LintSetup): LintResult {
  const parsed = parseOrFatal(source);
  if (!('source' in parsed)) return makeResult(source.path, [parsed]);
  let current = parsed;
  let result = verify(current, setup);
  if (!setup.fix) return makeResult(source.path, result.messages, result.suppressed);
  let fixed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text, applied } = applyFixes(current.source.text, result.messages);
    if (applied === 0) break;
    const next = parseOrFatal({ ...current.source, text });
    // A fix that breaks the file is dropped with its whole pass: the user's file is never made unparsable.
    if (!('source' in next)) break;
    current = next;
    fixed = true;
    result = verify(current, setup);
  }
  const output = fixed ? (source.hasBom ? '\uFEFF' : '') + current.source.text : undefined;
  return makeResult(source.path, result.messages, result.suppressed, output);
}

export { SourceError, ParseError };
