/**
 * ESLint's JSON result array (`eslint --format json`), so tools that ingest ESLint output read ours
 * unchanged. Each result has ESLint's fields — `filePath`, `messages`, `suppressedMessages`,
 * `errorCount`, `fatalErrorCount`, `warningCount`, `fixableErrorCount`, `fixableWarningCount`,
 * `usedDeprecatedRules` (always empty), `output` when fixes were applied — plus ours: `infoCount`, and
 * per message `pointer`, `template`, `url`, `actual`, `expected`. Suggestions carry ESLint's `desc`
 * besides our `message`. `ruleId` stays `null` for problems that are not a rule's, as in ESLint.
 * Info messages (severity 0) appear only with `--verbose`; `infoCount` counts the ones shown. `templates`, when the
 * linter was asked for it, says per template what it predicts of it (its category, with the deciding phrases).
 */

import type { Diagnostic } from '../engine/diagnostic.js';
import type { Formatter } from './types.js';
import { visibleMessages } from './shared.js';

function eslintMessage(d: Diagnostic): Record<string, unknown> {
  if (!d.suggestions) return { ...d };
  return { ...d, suggestions: d.suggestions.map((s) => ({ desc: s.message, ...s })) };
}

export const json: Formatter = (results, context) => {
  const out = results.map((r) => {
    const messages = visibleMessages(r.messages, context.verbose);
    return {
      filePath: r.filePath,
      messages: messages.map(eslintMessage),
      suppressedMessages: visibleMessages(r.suppressedMessages, context.verbose).map(eslintMessage),
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      usedDeprecatedRules: [],
      infoCount: messages.filter((m) => m.severity === 0 && !m.fatal).length,
      ...(r.output === undefined ? {} : { output: r.output }),
      ...(r.templates === undefined ? {} : { templates: r.templates }),
    };
  });
  return `${JSON.stringify(out)}\n`;
};

export default json;
