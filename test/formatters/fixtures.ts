/** Results and contexts shared by the formatter tests. */

import { makeResult, type Diagnostic, type LintResult } from '../../src/engine/diagnostic.js';
import type { FormatterContext, RuleMeta } from '../../src/formatters/types.js';

export const CWD = '/work/repo';

function meta(id: string, recommended: RuleMeta['recommended'], kind: RuleMeta['kind'] = 'rejection'): RuleMeta {
  return { id, kind, summary: `Summary of ${id}.`, url: `https://example.test/docs/rules/${id}.md`, recommended };
}

export const RULES: ReadonlyMap<string, RuleMeta> = new Map(
  [
    meta('variable-at-start', 'error'),
    meta('excessive-emoji', 'warn', 'quality'),
    meta('text-length', 'error'),
    meta('typography', 'warn', 'language'),
    meta('language-mismatch', 'info', 'language'),
    meta('all-caps', false, 'quality'),
  ].map((m) => [m.id, m]),
);

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd: CWD, color: false, verbose: false, rules: RULES, toolVersion: '0.1.0', ...overrides };
}

export function diag(partial: Partial<Diagnostic> & Pick<Diagnostic, 'message'>): Diagnostic {
  const line = partial.line ?? 1;
  const column = partial.column ?? 1;
  return {
    ruleId: 'variable-at-start',
    severity: 2,
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    pointer: '/components/0/text',
    ...partial,
  };
}

export const LONG_MESSAGE =
  'Body is 1100 characters long but Meta accepts at most 1024 characters in a BODY component; ' +
  'shorten the text of `order_update` (en_US) by at least 76 characters, for example by removing the ' +
  'sentence that repeats the delivery window, or move the legal notice to the FOOTER component where ' +
  'it belongs anyway, and keep placeholders such as {{1}} and {{2}} intact while you edit (1100 > 1024)';

export const PROMO = `${CWD}/templates/promo.json`;
export const ODD = `${CWD}/templates/with space/ünïcode #1.yaml`;
export const CLEAN = `${CWD}/templates/clean.json`;
export const DIRECTIVES = `${CWD}/templates/directives.yaml`;

/** A bit of everything: backticks, `{{1}}`, emoji, a long message, a multi-line one, info, fixes, null rule ids. */
export function sampleResults(): LintResult[] {
  return [
    makeResult(PROMO, [
      diag({
        ruleId: 'variable-at-start',
        message: 'Body starts with `{{1}}`; Meta rejects templates that start with a placeholder.',
        line: 6,
        column: 16,
        endColumn: 21,
        url: 'https://example.test/docs/rules/variable-at-start.md',
        template: { name: 'order_update', language: 'en_US', index: 0 },
      }),
      diag({ ruleId: 'excessive-emoji', severity: 1, message: 'Too many emoji 🎉🎉🎉🎉 (4); keep at most 3 😀', line: 6, column: 40, endColumn: 48 }),
      diag({ ruleId: 'text-length', message: LONG_MESSAGE, line: 12, column: 9, endLine: 14, endColumn: 3 }),
      diag({
        ruleId: 'typography',
        severity: 1,
        message: 'Use a typographic apostrophe\n  in `l\'offre`  (French)\r\n',
        line: 100,
        column: 123,
        endColumn: 124,
        pointer: '/components/1/text',
      }),
      diag({ ruleId: 'language-mismatch', severity: 0, message: 'Text looks English but the template language is `fr`.', line: 2, column: 3, pointer: '/language' }),
      diag({
        ruleId: 'all-caps',
        severity: 1,
        message: 'Avoid ALL CAPS in `HUGE SALE`',
        line: 7,
        column: 5,
        endColumn: 14,
        fix: { range: [100, 109], text: 'Huge sale' },
        suggestions: [{ messageId: 'lower', message: 'Write `Huge sale`', fix: { range: [100, 109], text: 'Huge sale' } }],
      }),
    ]),
    makeResult(ODD, [
      { ruleId: null, severity: 2, fatal: true, message: 'Unexpected token `}` (expected a value)', line: 3, column: 7, endLine: 3, endColumn: 7, pointer: '' },
    ]),
    makeResult(CLEAN, []),
    makeResult(DIRECTIVES, [
      diag({ ruleId: null, severity: 1, message: 'Unused wabalint-disable directive (no problems were reported from `all-caps`)', line: 4, column: 1, endColumn: 40, pointer: '' }),
    ]),
  ];
}

export interface Expected {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  ruleId: string | null;
  fatal: boolean;
}

/** Every message of `results` with its file, in output order, infos only when `verbose`. */
export function expectedMessages(results: readonly LintResult[], verbose: boolean): Expected[] {
  return results.flatMap((r) =>
    r.messages
      .filter((m) => verbose || m.severity > 0 || m.fatal)
      .map((m) => ({
        file: r.filePath,
        line: m.line,
        column: m.column,
        severity: m.fatal || m.severity === 2 ? ('error' as const) : m.severity === 1 ? ('warning' as const) : ('info' as const),
        message: m.message,
        ruleId: m.ruleId,
        fatal: !!m.fatal,
      })),
  );
}

/** What a one-line format makes of a message: whitespace runs to one space, trimmed. */
export function flatten(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

export function pseudoRuleId(e: Pick<Expected, 'ruleId' | 'fatal'>): string {
  return e.ruleId ?? (e.fatal ? 'wabalint/fatal' : 'wabalint/core');
}
