import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyseEvents } from '../../quality/analyse.js';
import { calibrate, paramsFileOf } from '../../quality/calibrate.js';
import { formatQualityHtml } from '../../quality/format/html.js';
import { formatQualityJson } from '../../quality/format/json.js';
import { formatQualityTable } from '../../quality/format/table.js';
import { DEFAULT_PARAMS, ParamsError, resolveParams, type QualityParams } from '../../quality/params.js';
import { InputError } from '../../quality/read/index.js';
import type { QualityReport, TemplateQuality } from '../../quality/report.js';
import { parseAsOf } from '../../quality/time.js';
import { writeFileAtomic } from '../../write.js';
import { EXIT, wantsColor, type CliIo } from '../io.js';

export const QUALITY_FORMATS = ['table', 'json', 'html'] as const;
export const FAIL_LEVELS = ['YELLOW', 'RED', 'PAUSED'] as const;

export interface QualityArgs {
  readonly files: readonly string[];
  readonly sends?: readonly string[];
  readonly params?: string;
  readonly calibrate: boolean;
  readonly paramsOut: string;
  readonly format: (typeof QUALITY_FORMATS)[number];
  readonly outputFile?: string;
  readonly asOf?: string;
  readonly failOn?: (typeof FAIL_LEVELS)[number];
  readonly strict: boolean;
  readonly hours: boolean;
  readonly verbose: boolean;
  readonly color?: boolean;
}

/** At or past the level: YELLOW takes YELLOW, RED, paused and disabled; RED takes RED, paused, disabled; PAUSED the last two. */
export function reachesLevel(t: TemplateQuality, level: (typeof FAIL_LEVELS)[number]): boolean {
  if (t.status !== 'ACTIVE') return true;
  if (level === 'PAUSED') return false;
  return t.rating === 'RED' || (level === 'YELLOW' && t.rating === 'YELLOW');
}

async function loadParams(path: string | undefined, io: CliIo): Promise<QualityParams> {
  if (!path) return DEFAULT_PARAMS;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new ParamsError(`cannot read ${path}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParamsError(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return resolveParams(data);
  } catch (error) {
    throw new ParamsError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function progress(io: CliIo): ((lines: number, file: string) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  return (lines, file) => io.stderr.write(`\rwabalint quality: ${(lines / 1e6).toFixed(1)}M lines (${file})\x1b[K`);
}

/** Writes to stdout, or atomically to a file (the project's `writeFileAtomic`); false, said on stderr, when it cannot. */
async function writeOut(io: CliIo, outputFile: string | undefined, text: string): Promise<boolean> {
  if (!outputFile) {
    io.stdout.write(text);
    return true;
  }
  const target = resolve(io.cwd, outputFile);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
    return true;
  } catch (error) {
    io.stderr.write(`wabalint: cannot write ${outputFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return false;
  }
}

export async function runQuality(args: QualityArgs, io: CliIo): Promise<number> {
  let params: QualityParams;
  let asOf: number | undefined;
  try {
    params = await loadParams(args.params, io);
    if (args.asOf !== undefined) {
      asOf = parseAsOf(args.asOf);
      if (Number.isNaN(asOf)) throw new ParamsError(`--as-of ${args.asOf}: expected an ISO 8601 time or epoch seconds/milliseconds`);
    }
  } catch (error) {
    io.stderr.write(`wabalint: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
  if (args.files.length === 0 && process.stdin.isTTY) {
    io.stderr.write('wabalint: give event files (JSONL or CSV, gzip or not), or pipe events to stdin\n');
    return EXIT.failure;
  }
  const files = args.files.length ? args.files.map((f) => (f === '-' ? f : resolve(io.cwd, f))) : ['-'];
  const onProgress = progress(io);
  let run;
  try {
    run = await analyseEvents({
      files,
      sends: (args.sends ?? []).map((f) => resolve(io.cwd, f)),
      params,
      asOf,
      keepHours: args.format === 'html' || args.hours,
      onProgress,
    });
  } catch (error) {
    if (error instanceof InputError) {
      if (onProgress) io.stderr.write('\r\x1b[K');
      io.stderr.write(`wabalint: ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  }
  if (onProgress) io.stderr.write('\r\x1b[K');
  const { report, store } = run;
  const shown = { ...report, input: { ...report.input, issues: report.input.issues.map((i) => ({ ...i, file: relative(io.cwd, i.file) })) } };

  if (args.calibrate) {
    if (run.asOf === undefined) {
      io.stderr.write('wabalint: no events to calibrate on\n');
      return EXIT.failure;
    }
    const result = calibrate(store.series, params, run.asOf);
    if (result.before.total === 0) {
      io.stderr.write('wabalint: --calibrate needs Meta\'s quality updates (message_template_quality_update webhooks) in the input; none found\n');
      return EXIT.failure;
    }
    const note = `Fitted by wabalint quality --calibrate on ${plural(result.before.total, 'quality update')} of ${plural(result.templates, 'template')} (as of ${report.asOf}); agreement ${pct(result.before.rate)} → ${pct(result.after.rate)}.`;
    if (!(await writeOut(io, args.paramsOut, JSON.stringify(paramsFileOf(result, note), null, 2) + '\n'))) return EXIT.failure;
    const text =
      args.format === 'json'
        ? JSON.stringify({ observations: result.before.total, templates: result.templates, before: result.before, after: result.after, params: result.params, paramsFile: args.paramsOut }, null, 2) + '\n'
        : `Agreement with Meta's ${result.before.total} quality updates (${result.templates} templates):\n` +
          `  before  ${pct(result.before.rate)} (${result.before.matched}/${result.before.total})\n` +
          `  after   ${pct(result.after.rate)} (${result.after.matched}/${result.after.total})\n` +
          `Parameters written to ${args.paramsOut}; use them with --params ${args.paramsOut}.\n` +
          `An estimate fitted to your history, not Meta's formula.\n`;
    io.stdout.write(text);
    return EXIT.ok;
  }

  const color = args.outputFile ? false : wantsColor(io, args.color);
  const text =
    args.format === 'json' ? formatQualityJson(shown) : args.format === 'html' ? formatQualityHtml(shown) : formatQualityTable(shown, { color, verbose: args.verbose });
  if (!(await writeOut(io, args.outputFile, text))) return EXIT.failure;
  if (args.format !== 'table') reportIssues(io, shown);

  if (args.strict && problemCount(report) > 0) {
    io.stderr.write(`wabalint: --strict: ${problemCount(report)} input lines were skipped, duplicated, unattributed, for unknown template ids or out of order\n`);
    return EXIT.failure;
  }
  if (args.failOn && report.templates.some((t) => reachesLevel(t, args.failOn!))) return EXIT.problems;
  return EXIT.ok;
}

/** Lines that --strict refuses: everything not counted plainly, in order, once. */
function problemCount(report: QualityReport): number {
  const i = report.input;
  return i.skipped + i.duplicates + i.unattributed + i.unknownTemplates + i.outOfOrder;
}

/** With a machine format on stdout, the first input problems go to stderr so that nothing is lost silently. */
function reportIssues(io: CliIo, report: QualityReport): void {
  for (const issue of report.input.issues.slice(0, 5)) io.stderr.write(`wabalint: ${issue.file}:${issue.line}: ${issue.kind}: ${issue.message}\n`);
  const rest = problemCount(report) - Math.min(5, report.input.issues.length);
  if (rest > 0) io.stderr.write(`wabalint: … ${rest} more lines skipped, duplicated, unattributed or out of order (counted in "input")\n`);
}

function relative(cwd: string, file: string): string {
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
