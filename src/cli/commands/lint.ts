import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseRuleFlag } from '../../config/rule-flag.js';
import type { LintResult, Severity } from '../../engine/diagnostic.js';
import { formatters, type FormatterName } from '../../formatters/index.js';
import { stepSummary } from '../../formatters/step-summary.js';
import type { RuleMeta } from '../../formatters/types.js';
import { Linter, NoFilesError, writeFixes } from '../../linter.js';
import { EXIT, wantsColor, type CliIo } from '../io.js';
import { VERSION } from '../version.js';

export interface LintArgs {
  readonly paths: readonly string[];
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly format: FormatterName;
  readonly outputFile?: string;
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly color?: boolean;
  readonly verbose: boolean;
  readonly maxFileSize?: number;
  readonly reportUnusedDisableDirectives?: boolean | string;
}

function unusedDirectivesSeverity(value: boolean | string | undefined): Severity | undefined {
  if (value === undefined || value === false || value === 'off') return undefined;
  if (value === 'error') return 2;
  if (value === 'info') return 0;
  return 1;
}

function onlyErrors(results: readonly LintResult[]): LintResult[] {
  return results.map((r) => {
    const messages = r.messages.filter((m) => m.severity === 2);
    return { ...r, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
  });
}

/** A progress line on a terminal when there are enough files for the wait to be noticed. */
function progress(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    if (total < 50) return;
    const now = Date.now();
    if (done === total) io.stderr.write('\r\x1b[K');
    else if (now - last > 100) {
      last = now;
      io.stderr.write(`\rwabalint: ${done}/${total} files`);
    }
  };
}

export async function runLint(args: LintArgs, io: CliIo): Promise<number> {
  const overrides = (args.rule ?? []).map(parseRuleFlag);
  const linter = await Linter.create({
    cwd: io.cwd,
    configFile: args.config,
    overrides,
    fix: args.fix || args.fixDryRun,
    maxFileSize: args.maxFileSize,
    reportUnusedDisableDirectives: unusedDirectivesSeverity(args.reportUnusedDisableDirectives),
    onProgress: progress(io),
    summaries: args.format === 'json',
  });
  let results: LintResult[];
  try {
    results = await linter.lintFiles(args.paths.length ? args.paths : ['.']);
  } catch (error) {
    if (error instanceof NoFilesError) {
      io.stderr.write(`wabalint: ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  }
  if (args.fix && !args.fixDryRun) {
    await writeFixes(results);
    // What was written is no longer news; keep `output` out of the report.
    results = results.map(({ output: _output, ...rest }) => rest);
  }
  const shown = args.quiet ? onlyErrors(results) : results;
  const rules = new Map<string, RuleMeta>();
  for (const rule of linter.rules.values()) {
    rules.set(rule.id, { id: rule.id, kind: rule.kind, summary: rule.summary, url: rule.url, recommended: rule.recommended });
  }
  const color = args.outputFile ? false : wantsColor(io, args.color);
  const text = formatters[args.format](shown, { cwd: io.cwd, color, verbose: args.verbose, rules, toolVersion: VERSION });
  if (args.outputFile) {
    const target = resolve(io.cwd, args.outputFile);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  } else if (text) {
    io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (args.format === 'github' && summaryFile) {
    await appendFile(summaryFile, stepSummary(shown, { cwd: io.cwd, color: false, verbose: args.verbose, rules, toolVersion: VERSION })).catch(() => undefined);
  }
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT.problems;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr.write(`wabalint found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
