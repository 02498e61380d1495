/**
 * wabalint's library API: lint template files or in-memory templates with a config, then format the results.
 *
 *   const linter = await Linter.create({ cwd, config: [{ rules: { 'variable-density': 'error' } }] });
 *   const results = await linter.lintFiles(['templates/']);
 *   process.stdout.write(formatters.stylish(results, formatContext()));
 */
export { Linter, NoFilesError, writeFixes, type LinterOptions, type TextOptions } from './linter.js';
export { rules } from '../rules/index.js';
export { recommended, strict } from './config/presets.js';
export { ConfigError, ResolvedConfig } from './config/resolve.js';
export type { ConfigEntry, ConfigFile, RuleSetting } from './config/schema.js';
export { createRule, type AnyRule, type Rule, type RuleContext, type RuleDefinition, type RuleKind, type Settings, type TextEdit, type Visitors } from './engine/create-rule.js';
export type { Diagnostic, Fix, LintResult, Severity, Suggestion, TemplateRef } from './engine/diagnostic.js';
export { RuleTester, type InvalidTestCase, type RuleTests, type ValidTestCase } from './engine/rule-tester.js';
export { formatters, formatterNames, type FormatterName } from './formatters/index.js';
export type { Formatter, FormatterContext, RuleMeta } from './formatters/types.js';
export type * from './template/model.js';
export { placeholdersOf } from './template/placeholders.js';

import { rules as builtInRules } from '../rules/index.js';
import type { FormatterContext, RuleMeta } from './formatters/types.js';
import { VERSION } from './cli/version.js';

/** A formatter context for the built-in rules, with defaults a library caller rarely needs to change. */
export function formatContext(overrides: Partial<FormatterContext> = {}): FormatterContext {
  const rules = new Map<string, RuleMeta>();
  for (const r of Object.values(builtInRules)) rules.set(r.id, { id: r.id, kind: r.kind, summary: r.summary, url: r.url, recommended: r.recommended });
  return { cwd: process.cwd(), color: false, verbose: false, rules, toolVersion: VERSION, ...overrides };
}

// wabalint quality: a second pipeline that shares nothing with the linter but this entry point.
export { analyseEvents, reportOf, type QualityOptions, type QualityRun } from './quality/analyse.js';
export { calibrate, agreementOf, type Agreement, type Calibration } from './quality/calibrate.js';
export { DEFAULT_PARAMS, resolveParams, ParamsError, type QualityParams } from './quality/params.js';
export { formatQualityTable } from './quality/format/table.js';
export { formatQualityJson } from './quality/format/json.js';
export { formatQualityHtml } from './quality/format/html.js';
export type { QualityReport, TemplateQuality, TimelineEntry, Forecast, Observed, WindowCounts, HourPoint, Rating, Status } from './quality/report.js';
