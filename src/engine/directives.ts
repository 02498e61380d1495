import type { LineIndex } from '../template/lines.js';
import type { SourceComment } from '../template/parse.js';
import type { Diagnostic, Severity } from './diagnostic.js';

type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

interface Directive {
  readonly type: DirectiveType;
  /** Empty: every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  /** Rules (or '*') that suppressed at least one problem. */
  readonly used: Set<string>;
}

const DIRECTIVE = /^\s*wabalint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

function parseDirective(comment: SourceComment, lines: LineIndex): Directive | undefined {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return undefined;
  // `-- reason` ends the rule list, as in ESLint.
  const list = (match[2] ?? '').split(/\s--\s|\s--$/)[0]!.trim();
  const start = lines.position(comment.range[0]);
  const end = lines.position(comment.range[1]);
  return {
    type: match[1] as DirectiveType,
    rules: list ? list.split(/[\s,]+/).filter(Boolean) : [],
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: comment.range[0],
    used: new Set(),
  };
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function markUsed(directive: Directive, ruleId: string): void {
  directive.used.add(directive.rules.length === 0 ? '*' : ruleId);
}

export interface DirectiveOutcome {
  readonly kept: Diagnostic[];
  readonly suppressed: Diagnostic[];
  /** Problems with the directives themselves: unknown rules, and unused ones when asked for. */
  readonly problems: Diagnostic[];
}

export interface DirectiveOptions {
  readonly knownRules: ReadonlySet<string>;
  /** Severity for unused directives, or undefined to not report them. */
  readonly reportUnused: Severity | undefined;
}

export function applyDirectives(
  diagnostics: readonly Diagnostic[],
  comments: readonly SourceComment[],
  lines: LineIndex,
  options: DirectiveOptions,
): DirectiveOutcome {
  const directives = comments.map((c) => parseDirective(c, lines)).filter((d): d is Directive => d !== undefined);
  if (directives.length === 0) return { kept: [...diagnostics], suppressed: [], problems: [] };
  const problems: Diagnostic[] = [];
  for (const d of directives) {
    for (const rule of d.rules) {
      if (!options.knownRules.has(rule)) {
        problems.push({
          ruleId: null,
          severity: 2,
          message: `Unknown rule \`${rule}\` in a wabalint-${d.type} comment`,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          pointer: '',
        });
      }
    }
  }
  const blocks = directives.filter((d) => d.type === 'disable' || d.type === 'enable').sort((a, b) => a.offset - b.offset);
  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const ruleId = diagnostic.ruleId;
    let by: Directive | undefined;
    if (ruleId !== null) {
      for (const d of directives) {
        if (!covers(d, ruleId)) continue;
        if ((d.type === 'disable-line' && d.line === diagnostic.line) || (d.type === 'disable-next-line' && d.endLine + 1 === diagnostic.line)) {
          by = d;
          break;
        }
      }
      if (!by) {
        let active: Directive | undefined;
        for (const d of blocks) {
          if (d.line > diagnostic.line || (d.line === diagnostic.line && d.column > diagnostic.column)) break;
          if (!covers(d, ruleId)) continue;
          active = d.type === 'disable' ? d : undefined;
        }
        by = active;
      }
    }
    if (by && ruleId !== null) {
      markUsed(by, ruleId);
      suppressed.push(diagnostic);
    } else kept.push(diagnostic);
  }
  if (options.reportUnused !== undefined) {
    for (const d of directives) {
      if (d.type === 'enable') continue;
      const unused = d.rules.length === 0 ? (d.used.size === 0 ? ['*'] : []) : d.rules.filter((r) => !d.used.has(r) && options.knownRules.has(r));
      if (unused.length === 0) continue;
      problems.push({
        ruleId: null,
        severity: options.reportUnused,
        message:
          unused[0] === '*'
            ? `Unused wabalint-${d.type} directive (no problems were reported)`
            : `Unused wabalint-${d.type} directive (no problems were reported from ${unused.map((r) => `\`${r}\``).join(', ')})`,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        pointer: '',
      });
    }
  }
  return { kept, suppressed, problems };
}
