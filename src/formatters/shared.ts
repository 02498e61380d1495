/** Helpers the formatters share. Everything here is pure: no I/O, no process state. */

import { isAbsolute, join, relative } from 'node:path';
import type { Diagnostic, LintResult } from '../engine/diagnostic.js';

export type SeverityName = 'error' | 'warning' | 'info';

/** ESLint counts a fatal message as an error whatever its severity. */
export function severityName(d: Diagnostic): SeverityName {
  return d.fatal || d.severity === 2 ? 'error' : d.severity === 1 ? 'warning' : 'info';
}

/** Info messages (severity 0) are shown only with `--verbose`. */
export function visibleMessages(messages: readonly Diagnostic[], verbose: boolean): Diagnostic[] {
  return verbose ? [...messages] : messages.filter((m) => severityName(m) !== 'info');
}

/**
 * Rule ids for problems that are not a rule's (`ruleId: null`), where a format needs an id:
 * compact's mandatory `(rule-id)`, GitHub's annotation title, SARIF's rule descriptors.
 * The `wabalint/` namespace cannot clash with built-in rule ids (kebab-case, no slash).
 */
export const PSEUDO_RULES = {
  fatal: {
    id: 'wabalint/fatal',
    summary: 'The file could not be read or parsed as a template file, so no rule ran on it.',
  },
  core: {
    id: 'wabalint/core',
    summary: 'A problem reported by wabalint itself rather than by a rule, such as an unknown or unused wabalint-disable directive.',
  },
} as const;

export function displayRuleId(d: Diagnostic): string {
  return d.ruleId ?? (d.fatal ? PSEUDO_RULES.fatal.id : PSEUDO_RULES.core.id);
}

/**
 * A message as one line with single spaces: line-based parsers (VS Code problem matchers) read
 * a newline as the start of a new record and two spaces as the end of the message.
 * Control characters that are not whitespace are shown escaped rather than sent to the terminal.
 */
export function oneLine(message: string): string {
  const flat = message
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .trim();
  return flat === '' ? '(no message)' : flat;
}

/** ESLint's stylish strips one trailing period; an ellipsis stays. */
export function stripTrailingPeriod(message: string): string {
  return /[^ .]\.$/.test(message) ? message.slice(0, -1) : message;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `<input>` (in-memory text) and similar are not files. */
export function isPseudoPath(filePath: string): boolean {
  return /^<[^>]*>$/.test(filePath);
}

/** The absolute path; `cwd` must be absolute for the result to be (formatters never read process.cwd()). */
export function absolutePath(filePath: string, cwd: string): string {
  return isPseudoPath(filePath) || isAbsolute(filePath) ? filePath : join(cwd, filePath);
}

/** The path relative to `cwd` with forward slashes, or undefined when it lies outside `cwd`. */
export function relativePath(filePath: string, cwd: string): string | undefined {
  if (isPseudoPath(filePath)) return undefined;
  const rel = relative(cwd, absolutePath(filePath, cwd)).split('\\').join('/');
  if (rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return undefined;
  return rel;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/** Counts of the messages a formatter shows (so the summary always matches the lines above it). */
export function totals(results: readonly LintResult[], verbose: boolean): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    for (const m of visibleMessages(result.messages, verbose)) {
      const s = severityName(m);
      if (s === 'error') {
        t.errors++;
        if (m.fix) t.fixableErrors++;
      } else if (s === 'warning') {
        t.warnings++;
        if (m.fix) t.fixableWarnings++;
      } else t.infos++;
    }
  }
  return t;
}

/** `5 problems (3 errors, 2 warnings)`, with `, N info` only when info messages are shown. */
export function problemSummary(t: Totals): string {
  const total = t.errors + t.warnings + t.infos;
  const info = t.infos > 0 ? `, ${t.infos} info` : '';
  return `${plural(total, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}${info})`;
}
