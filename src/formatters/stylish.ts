/**
 * ESLint's `stylish` layout, kept parseable by VS Code's `$eslint-stylish` problem matcher
 * (and by the copy `actions/setup-node` registers on GitHub):
 *
 *     /abs/path/templates/promo.json
 *        3:17  error    Body starts with `{{1}}`; start with words  variable-at-start
 *       12:9   warning  Footer has a variable                       footer-no-variables
 *
 *     ✖ 2 problems (1 error, 1 warning)
 *
 * The matcher reads a file line (column 0, absolute path), then detail lines in a loop
 * (`^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$`) until a line does not match.
 * Hence: the path is never indented, a message is one line with no double space (the first double
 * space ends it), and nothing but detail lines may sit between a file line and its last message —
 * so the docs URLs of `--verbose` go in a section after all files, not under each message.
 *
 * Unlike ESLint, a problem without a rule id still shows one (`wabalint/fatal`, `wabalint/core`):
 * older VS Code builds and the copy of the matcher that `actions/setup-node` registers require the
 * `  rule-id` column (`(.+?)\s\s+(.*)$` with no `?`), and would skip the line otherwise.
 */

import pc from 'picocolors';
import type { Formatter } from './types.js';
import {
  absolutePath,
  displayRuleId,
  oneLine,
  plural,
  problemSummary,
  severityName,
  stripTrailingPeriod,
  totals,
  visibleMessages,
  type SeverityName,
} from './shared.js';

interface Row {
  line: string;
  column: string;
  severity: SeverityName;
  message: string;
  ruleId: string;
}

const SEPARATOR = '  ';

export const stylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  const paint: Record<SeverityName, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  let output = '\n';
  const docs = new Map<string, string>();

  for (const result of results) {
    const messages = visibleMessages(result.messages, context.verbose);
    if (messages.length === 0) continue;
    const rows: Row[] = messages.map((m) => ({
      line: String(m.line || 0),
      column: String(m.column || 0),
      severity: severityName(m),
      message: stripTrailingPeriod(oneLine(m.message)),
      ruleId: displayRuleId(m),
    }));
    if (context.verbose) {
      for (const m of messages) {
        if (m.ruleId === null || docs.has(m.ruleId)) continue;
        const url = context.rules.get(m.ruleId)?.url ?? m.url;
        if (url) docs.set(m.ruleId, url);
      }
    }
    // Column widths as text-table computes them (UTF-16 length, like ESLint).
    const width = (pick: (r: Row) => string): number => rows.reduce((w, r) => Math.max(w, pick(r).length), 0);
    const lineWidth = width((r) => r.line);
    const columnWidth = width((r) => r.column);
    const severityWidth = width((r) => r.severity);
    const messageWidth = width((r) => r.message);

    output += `${c.underline(absolutePath(result.filePath, context.cwd))}\n`;
    for (const r of rows) {
      // ESLint lays out ['', line, column, severity, message, ruleId] with text-table
      // (line right-aligned, two-space gaps), then joins `line  column` into `line:column`.
      const row =
        SEPARATOR +
        c.dim(`${r.line.padStart(lineWidth)}:${r.column}`) +
        ' '.repeat(columnWidth - r.column.length) +
        SEPARATOR +
        paint[r.severity](r.severity) +
        ' '.repeat(severityWidth - r.severity.length) +
        SEPARATOR +
        r.message +
        ' '.repeat(messageWidth - r.message.length) +
        SEPARATOR +
        c.dim(r.ruleId);
      output += `${row}\n`;
    }
    output += '\n';
  }

  const t = totals(results, context.verbose);
  const total = t.errors + t.warnings + t.infos;
  if (total === 0) return '';

  if (docs.size > 0) {
    const idWidth = [...docs.keys()].reduce((w, id) => Math.max(w, id.length), 0);
    output += 'Rule documentation:\n';
    for (const [id, url] of [...docs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      output += `${SEPARATOR}${c.dim(id.padEnd(idWidth))}${SEPARATOR}${url}\n`;
    }
    output += '\n';
  }

  const summaryColor = t.errors > 0 ? c.red : t.warnings > 0 ? c.yellow : c.blue;
  const mark = t.errors + t.warnings > 0 ? '\u2716' : '\u2139';
  output += `${summaryColor(c.bold(`${mark} ${problemSummary(t)}`))}\n`;
  if (t.fixableErrors > 0 || t.fixableWarnings > 0) {
    const fixable = `  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    output += `${summaryColor(c.bold(fixable))}\n`;
  }
  return output;
};

export default stylish;
