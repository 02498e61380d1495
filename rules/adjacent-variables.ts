import { createRule } from '../src/engine/create-rule.js';
import type { Placeholder, TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/** Nothing between two placeholders but whitespace and invisible characters (zero-width space, joiners). */
const NOTHING = /^[\s\p{Cf}]*$/u;
/** Characters that tell what a value is: letters, digits, currency and unit signs (see variable-at-end). */
const CONTENT = /[\p{L}\p{N}\p{Sc}%‰°]/u;

export default createRule({
  id: 'adjacent-variables',
  kind: 'rejection',
  summary: 'Disallow placeholders side by side, or on a line with no words around them.',
  recommended: 'error',
  messages: {
    adjacent: (d: { first: string; second: string }) =>
      `\`${d.first}\` and \`${d.second}\` are next to each other; Meta rejects placeholders without text between them, put words between`,
    floatingLine: (d: { line: string }) =>
      `Line \`${d.line}\` holds only placeholders and punctuation; Meta rejects such floating parameters, add words that say what the values are`,
  },
  create(context) {
    const check = (field: TextField | undefined): void => {
      if (!field) return;
      const placeholders = placeholdersOf(field);
      if (placeholders.length < 2) return;
      const value = field.value;
      const joined = new Set<Placeholder>();
      for (let i = 1; i < placeholders.length; i++) {
        const a = placeholders[i - 1]!;
        const b = placeholders[i]!;
        if (!NOTHING.test(value.slice(a.end, b.start))) continue;
        joined.add(a);
        context.report({
          messageId: 'adjacent',
          data: { first: a.raw, second: b.raw },
          at: { field, start: a.start, end: b.end },
          actual: value.slice(a.start, b.end),
        });
      }
      // Lines holding two or more placeholders and nothing that reads as words (Bird: "floating parameters").
      let i = 0;
      while (i < placeholders.length) {
        const first = placeholders[i]!;
        const lineStart = value.lastIndexOf('\n', first.start) + 1;
        const newline = value.indexOf('\n', first.end);
        const lineEnd = newline === -1 ? value.length : newline;
        let j = i;
        while (j + 1 < placeholders.length && placeholders[j + 1]!.start < lineEnd) j++;
        const onLine = placeholders.slice(i, j + 1);
        i = j + 1;
        if (onLine.length < 2) continue;
        // When every pair on the line is side by side, the `adjacent` reports already say it all.
        if (onLine.slice(0, -1).every((p) => joined.has(p))) continue;
        let rest = value.slice(lineStart, onLine[0]!.start);
        for (let k = 0; k < onLine.length; k++) rest += value.slice(onLine[k]!.end, k + 1 < onLine.length ? onLine[k + 1]!.start : lineEnd);
        if (CONTENT.test(rest)) continue;
        const last = onLine[onLine.length - 1]!;
        context.report({
          messageId: 'floatingLine',
          data: { line: value.slice(lineStart, lineEnd).trim() },
          at: { field, start: first.start, end: last.end },
          actual: value.slice(first.start, last.end),
        });
      }
    };

    return {
      Header(node) {
        check(node.text);
      },
      Body(node) {
        check(node.text);
      },
    };
  },
});
