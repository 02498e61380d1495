import type { LineIndex } from '../template/lines.js';
import type { Locator } from '../template/parse.js';
import type { TextEdit } from './create-rule.js';
import type { Diagnostic, Fix } from './diagnostic.js';
import type { RuleReport } from './runner.js';

/** Turns model-relative reports into file positions; rules never see offsets. */
export class ReportLocator {
  private readonly offsetsCache = new Map<string, readonly number[] | undefined>();

  constructor(
    private readonly locator: Locator,
    private readonly lines: LineIndex,
    private readonly text: string,
  ) {}

  private offsets(pointer: string): readonly number[] | undefined {
    if (!this.offsetsCache.has(pointer)) this.offsetsCache.set(pointer, this.locator.stringOffsets(pointer));
    return this.offsetsCache.get(pointer);
  }

  range(report: Pick<RuleReport, 'at'>): { pointer: string; range: readonly [number, number] } {
    const { at } = report;
    if ('pointer' in at) return { pointer: at.pointer, range: this.firstLine(this.locator.valueRange(at.pointer)) };
    const { field } = at;
    const offsets = this.offsets(field.pointer);
    if (!offsets || at.start === undefined) return { pointer: field.pointer, range: this.locator.valueRange(field.pointer) };
    const clamp = (i: number) => Math.min(Math.max(i, 0), offsets.length - 1);
    const start = offsets[clamp(at.start)]!;
    const end = offsets[clamp(at.end ?? at.start)]!;
    return { pointer: field.pointer, range: [start, Math.max(start, end)] };
  }

  /**
   * A report on a whole object or array (a missing field, a component that does not belong) would underline every
   * line of it in an editor: keep the underline to the line where the value starts.
   */
  private firstLine(range: readonly [number, number]): readonly [number, number] {
    for (let i = range[0]; i < range[1]; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) return [range[0], Math.max(i, range[0] + 1)];
    }
    return range;
  }

  /** One source edit for a group of decoded-string edits, or undefined when they cannot be written safely. */
  fix(group: readonly TextEdit[] | undefined): Fix | undefined {
    if (!group || group.length === 0) return undefined;
    const pieces: Array<{ start: number; end: number; text: string }> = [];
    for (const edit of group) {
      const offsets = this.offsets(edit.field.pointer);
      if (!offsets || edit.start < 0 || edit.end < edit.start || edit.end >= offsets.length) return undefined;
      const encoded = this.locator.encodeInString(edit.field.pointer, edit.text);
      if (encoded === undefined) return undefined;
      const start = offsets[edit.start]!;
      const end = offsets[edit.end]!;
      // Decoded characters with no source of their own (a block scalar's final line break) cannot be edited.
      if (start === end && edit.start < edit.end) return undefined;
      pieces.push({ start, end, text: encoded });
    }
    pieces.sort((a, b) => a.start - b.start);
    for (let i = 1; i < pieces.length; i++) if (pieces[i]!.start < pieces[i - 1]!.end) return undefined;
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    let text = '';
    let cursor = first.start;
    for (const piece of pieces) {
      text += this.text.slice(cursor, piece.start) + piece.text;
      cursor = piece.end;
    }
    return { range: [first.start, last.end], text };
  }

  diagnostic(report: RuleReport): Diagnostic {
    const { pointer, range } = this.range(report);
    const start = this.lines.position(range[0]);
    const end = this.lines.position(range[1]);
    const fix = this.fix(report.fix);
    const suggestions = report.suggestions
      .map((s) => {
        const f = this.fix(s.fix);
        return f ? { messageId: s.messageId, message: s.message, fix: f } : undefined;
      })
      .filter((s) => s !== undefined);
    return {
      ruleId: report.ruleId,
      severity: report.severity,
      message: report.message,
      messageId: report.messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      pointer,
      template: report.template,
      url: report.url,
      ...(fix ? { fix } : {}),
      ...(suggestions.length ? { suggestions } : {}),
      ...(report.actual !== undefined ? { actual: report.actual } : {}),
      ...(report.expected !== undefined ? { expected: report.expected } : {}),
    };
  }
}
