/**
 * ESLint's `compact` layout, one problem a line, parseable by VS Code's `$eslint-compact` matcher
 * (`^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$`):
 *
 *     /abs/path/templates/promo.json: line 3, col 17, Error - Body starts with `{{1}}` (variable-at-start)
 *
 *     1 problem
 *
 * The matcher requires the ` (rule-id)` suffix, so problems without a rule id get a `wabalint/…`
 * pseudo id (ESLint leaves the parentheses out, and the line is then silently skipped — or worse,
 * a message ending in parentheses is misread). Messages are made one line.
 */

import type { Formatter } from './types.js';
import { absolutePath, displayRuleId, oneLine, plural, severityName, visibleMessages } from './shared.js';

const TYPE = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const compact: Formatter = (results, context) => {
  let output = '';
  let total = 0;
  for (const result of results) {
    const path = absolutePath(result.filePath, context.cwd);
    for (const m of visibleMessages(result.messages, context.verbose)) {
      total++;
      output += `${path}: line ${m.line || 0}, col ${m.column || 0}, ${TYPE[severityName(m)]} - ${oneLine(m.message)} (${displayRuleId(m)})\n`;
    }
  }
  return total > 0 ? `${output}\n${plural(total, 'problem')}\n` : '';
};

export default compact;
