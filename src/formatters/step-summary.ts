import type { Formatter } from './types.js';
import { displayRuleId, oneLine, problemSummary, relativePath, severityName, totals, visibleMessages } from './shared.js';

const MAX_ROWS = 200;

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: every problem in one table, since annotations stop at ten per severity.
 * The CLI appends it when it runs in GitHub Actions with `--format github`.
 */
export const stepSummary: Formatter = (results, context) => {
  const t = totals(results, context.verbose);
  const lines = ['### wabalint', '', t.errors + t.warnings + t.infos === 0 ? 'No problems found.' : problemSummary(t) + '.'];
  const rows: string[] = [];
  for (const result of results) {
    const path = relativePath(result.filePath, context.cwd) ?? result.filePath;
    for (const m of visibleMessages(result.messages, context.verbose)) {
      rows.push(`| ${cell(path)}:${m.line}:${m.column} | ${severityName(m)} | ${cell(m.message)} | \`${displayRuleId(m)}\` |`);
    }
  }
  if (rows.length) {
    lines.push('', '| where | severity | problem | rule |', '| --- | --- | --- | --- |', ...rows.slice(0, MAX_ROWS));
    if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more in the job log.`);
  }
  return lines.join('\n') + '\n';
};
