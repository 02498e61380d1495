import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/** Leading whitespace and punctuation do not count as text before a placeholder (Meta's check ignores them too). */
const LEADING_NOISE = /^[\s\p{P}\p{S}]*/u;

export default createRule({
  id: 'variable-at-start',
  kind: 'rejection',
  summary: 'Disallow a placeholder as the first thing in the body.',
  recommended: 'error',
  messages: {
    atStart: (d: { placeholder: string }) =>
      `Body starts with \`${d.placeholder}\`; Meta rejects templates whose body starts with a placeholder, put words before it`,
  },
  create(context) {
    return {
      Body(body) {
        // Meta writes AUTHENTICATION bodies itself (`*{{1}}* is your verification code.`): nothing to fix there.
        if (body.inCard || !body.text || context.template.category === 'AUTHENTICATION') return;
        const first = placeholdersOf(body.text)[0];
        if (!first) return;
        const lead = LEADING_NOISE.exec(body.text.value)?.[0].length ?? 0;
        if (first.start > lead) return;
        context.report({
          messageId: 'atStart',
          data: { placeholder: first.raw },
          at: { field: body.text, start: first.start, end: first.end },
          actual: first.raw,
        });
      },
    };
  },
});
