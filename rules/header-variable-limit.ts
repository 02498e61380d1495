import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';

export default createRule({
  id: 'header-variable-limit',
  kind: 'rejection',
  summary: 'Allow at most one placeholder in a text header.',
  recommended: 'error',
  messages: {
    tooMany: (d: { placeholder: string; count: number }) =>
      `Header has ${d.count} placeholders; Meta allows one in a text header, remove \`${d.placeholder}\` or move it to the body`,
  },
  create(context) {
    return {
      Header(header) {
        const placeholders = placeholdersOf(header.text);
        // Meta's editor counts occurrences: `{{1}} … {{1}}` is two parameters in a header.
        for (const p of placeholders.slice(1)) {
          context.report({
            messageId: 'tooMany',
            data: { placeholder: p.raw, count: placeholders.length },
            at: { field: p.field, start: p.start, end: p.end },
            actual: p.raw,
          });
        }
      },
    };
  },
});
