/**
 * GitHub Actions workflow commands, one annotation per problem:
 *
 *     ::error file=templates/promo.json,line=3,col=17,endLine=3,endColumn=22,title=variable-at-start::Body starts with `{{1}}`
 *
 * - Escaping is `@actions/core`'s (`packages/core/src/command.ts`): in the message `%`, `\r`, `\n`
 *   become `%25`, `%0D`, `%0A`; in properties `:` and `,` also become `%3A`, `%2C`.
 * - Paths are relative to the working directory (the repository root in a workflow), with `/`.
 * - `col`/`endColumn` are sent only for one-line spans: `@actions/core` documents that they
 *   cannot be sent when `line` and `endLine` differ.
 * - GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
 *   silently, so only the first 10 of each become annotations; every other problem is printed as a
 *   plain log line (`path:line:col: severity: message (rule-id)`, a shape none of the problem
 *   matchers `actions/setup-node` registers picks up), so nothing is lost.
 * - Info messages (`::notice`) appear only with `--verbose`, as everywhere.
 * - Ends with a one-line summary.
 */

import type { Diagnostic } from '../engine/diagnostic.js';
import type { Formatter } from './types.js';
import {
  displayRuleId,
  isPseudoPath,
  oneLine,
  problemSummary,
  relativePath,
  severityName,
  totals,
  visibleMessages,
} from './shared.js';

/** GitHub's per-step limit for each of error, warning and notice annotations. */
export const ANNOTATIONS_PER_SEVERITY = 10;

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic, file: string | undefined): string {
  const props: [string, string | number | undefined][] = [['file', file]];
  if (d.line >= 1) {
    const endLine = d.endLine >= d.line ? d.endLine : d.line;
    const oneLineSpan = endLine === d.line;
    props.push(['line', d.line]);
    if (oneLineSpan && d.column >= 1) props.push(['col', d.column]);
    props.push(['endLine', endLine]);
    if (oneLineSpan && d.column >= 1 && d.endColumn >= d.column) props.push(['endColumn', d.endColumn]);
  }
  props.push(['title', displayRuleId(d)]);
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMAND[severityName(d)]} ${list}::${escapeData(d.message.trim())}`;
}

function plainLine(d: Diagnostic, file: string): string {
  return `${file}:${d.line || 0}:${d.column || 0}: ${severityName(d)}: ${oneLine(d.message)} (${displayRuleId(d)})`;
}

export const github: Formatter = (results, context) => {
  const annotated = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  const rest: string[] = [];
  for (const result of results) {
    const relative = relativePath(result.filePath, context.cwd);
    // A file outside the working directory cannot be annotated by path; `<input>` not at all.
    const shown = relative ?? (isPseudoPath(result.filePath) ? result.filePath : result.filePath.split('\\').join('/'));
    for (const m of visibleMessages(result.messages, context.verbose)) {
      const s = severityName(m);
      if (annotated[s] < ANNOTATIONS_PER_SEVERITY) {
        annotated[s]++;
        lines.push(annotation(m, relative));
      } else rest.push(plainLine(m, shown));
    }
  }
  if (rest.length > 0) {
    lines.push(
      `wabalint: ${rest.length} more ${rest.length === 1 ? 'problem is' : 'problems are'} not annotated (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors, ${ANNOTATIONS_PER_SEVERITY} warnings and ${ANNOTATIONS_PER_SEVERITY} notices per step):`,
      ...rest,
    );
  }
  const t = totals(results, context.verbose);
  const total = t.errors + t.warnings + t.infos;
  lines.push(total === 0 ? 'wabalint: no problems found' : `wabalint: ${t.errors + t.warnings > 0 ? '\u2716' : '\u2139'} ${problemSummary(t)}`);
  return `${lines.join('\n')}\n`;
};

export default github;
