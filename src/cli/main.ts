import yargs from 'yargs';
import { ConfigError } from '../config/resolve.js';
import { formatterNames, type FormatterName } from '../formatters/index.js';
import { RuleCrash } from '../engine/runner.js';
import { runInit } from './commands/init.js';
import { runLint } from './commands/lint.js';
import { FAIL_LEVELS, QUALITY_FORMATS, runQuality } from './commands/quality.js';
import { runRules } from './commands/rules.js';
import { EXIT, processIo, type CliIo } from './io.js';
import { VERSION } from './version.js';

class UsageError extends Error {}

function parseSize(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(String(value).trim());
  if (!match) throw new UsageError(`--max-file-size ${value}: expected a size such as 5MB or 200kb`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

/**
 * Runs the command line and returns the exit code; it never calls process.exit, so the library and tests can
 * run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  let printed = '';
  const parser = yargs([...argv])
    .scriptName('wabalint')
    .version(VERSION)
    .strict()
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces of internal errors' })
    .command(
      ['lint [paths..]', '$0 [paths..]'],
      'Lint template files, directories or globs',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'Files, directories or globs (default: .)' })
          .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of wabalint.config.*' })
          .option('rule', { type: 'string', array: true, describe: 'Set a rule, e.g. variable-density:error or \'id:["warn",{...}]\'' })
          .option('format', { alias: 'f', choices: formatterNames, default: 'stylish' as FormatterName, describe: 'Output format' })
          .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file' })
          .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
          .option('fix', { type: 'boolean', default: false, describe: 'Fix what can be fixed safely, in place (atomic writes)' })
          .option('fix-dry-run', { type: 'boolean', default: false, describe: 'Fix without writing; the json format shows the output' })
          .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color)' })
          .option('verbose', { type: 'boolean', default: false, describe: 'Also show info-level notes' })
          .option('max-file-size', { type: 'string', describe: 'Refuse larger files (default 5MB)' })
          .option('report-unused-disable-directives', {
            type: 'string',
            describe: 'Report wabalint-disable comments that suppress nothing (warn, error, off)',
            coerce: (v: string | boolean) => (v === '' || v === true ? 'warn' : v),
          }),
      async (args) => {
        exitCode = await runLint(
          {
            paths: (args.paths as string[] | undefined) ?? [],
            config: args.config,
            rule: args.rule as string[] | undefined,
            format: args.format,
            outputFile: args.outputFile,
            maxWarnings: Number.isFinite(args.maxWarnings) ? args.maxWarnings : -1,
            quiet: args.quiet,
            fix: args.fix,
            fixDryRun: args.fixDryRun,
            color: args.color,
            verbose: args.verbose,
            maxFileSize: parseSize(args.maxFileSize),
            reportUnusedDisableDirectives: args.reportUnusedDisableDirectives as string | undefined,
          },
          io,
        );
      },
    )
    .command(
      'quality [files..]',
      "Rate live templates from event logs: predicted quality, pauses and what comes next (an estimate, not Meta's rating)",
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'Event files: .jsonl / .csv, gzip or not; - or nothing for stdin' })
          // Not `array: true`: that would swallow the event files after it; repeat --sends for several logs.
          .option('sends', { type: 'string', describe: 'Send log mapping the wamid of each sent message to its template, for webhook statuses (repeatable)' })
          .option('params', { type: 'string', describe: 'Model parameters (JSON) overriding the defaults of docs/quality-model.md' })
          .option('calibrate', { type: 'boolean', default: false, describe: "Fit the parameters to Meta's quality updates in the input; print agreement; write --params-out" })
          .option('params-out', { type: 'string', default: 'wabalint-quality-params.json', describe: 'Where --calibrate writes the fitted parameters' })
          .option('format', { alias: 'f', choices: QUALITY_FORMATS, default: 'table' as (typeof QUALITY_FORMATS)[number], describe: 'Output format' })
          .option('output-file', { alias: 'o', type: 'string', describe: 'Write the report to a file' })
          .option('as-of', { type: 'string', describe: 'Rate as of this time (ISO 8601 or epoch); later events are left out. Default: the newest event' })
          .option('fail-on', {
            choices: FAIL_LEVELS,
            describe: 'Exit 1 when a template is at or past YELLOW, RED or PAUSED',
            coerce: (v: string | undefined) => (v === undefined ? undefined : (String(v).toUpperCase() as (typeof FAIL_LEVELS)[number])),
          })
          .option('strict', { type: 'boolean', default: false, describe: 'Exit 2 when any line is skipped, duplicated, unattributed, for an unknown template id or out of order' })
          .option('hours', { type: 'boolean', default: false, describe: 'Include the hourly points in the JSON output' })
          .option('verbose', { type: 'boolean', default: false, describe: 'Show every timeline entry in the table' })
          .option('color', { type: 'boolean', describe: 'Force colours on or off (--no-color)' }),
      async (args) => {
        exitCode = await runQuality(
          {
            files: (args.files as string[] | undefined) ?? [],
            sends: args.sends === undefined ? undefined : ([] as string[]).concat(args.sends as string | string[]),
            params: args.params,
            calibrate: args.calibrate,
            paramsOut: args.paramsOut,
            format: args.format,
            outputFile: args.outputFile,
            asOf: args.asOf,
            failOn: args.failOn,
            strict: args.strict,
            hours: args.hours,
            verbose: args.verbose,
            color: args.color,
          },
          io,
        );
      },
    )
    .command(
      'rules',
      'List the rules',
      (y) => y.option('format', { alias: 'f', choices: ['table', 'json'] as const, default: 'table' as const }),
      async (args) => {
        exitCode = await runRules({ format: args.format }, io);
      },
    )
    .command(
      'init',
      'Write a wabalint.config.json and a VS Code task with a problem matcher',
      (y) =>
        y
          .option('dir', { type: 'string', default: 'templates', describe: 'Folder holding the templates' })
          .option('force', { type: 'boolean', default: false, describe: 'Replace existing files' }),
      async (args) => {
        exitCode = await runInit({ dir: args.dir, force: args.force }, io);
      },
    )
    .help()
    .alias('h', 'help')
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  try {
    await parser.parseAsync([...argv], {}, (_err, args, output) => {
      if (args && typeof args === 'object' && 'debug' in args) debug = Boolean(args.debug);
      printed = output;
    });
    if (printed) io.stdout.write(printed.endsWith('\n') ? printed : printed + '\n');
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`wabalint: ${error.message}\nRun \`wabalint --help\` for usage.\n`);
      return EXIT.failure;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`wabalint: config error: ${error.message}\n`);
      return EXIT.failure;
    }
    const message = error instanceof RuleCrash ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`wabalint: ${message}\n`);
    const original = error instanceof RuleCrash ? error.original : error;
    if (debug && original instanceof Error && original.stack) io.stderr.write(original.stack + '\n');
    else io.stderr.write('Run again with --debug to see the stack trace, and please report it.\n');
    return EXIT.failure;
  }
}
