import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/**
 * Text that counts as words after a placeholder: letters, digits, and currency or unit signs (`{{1}} €`,
 * `{{1}} %`), which say what the value is. Whitespace, punctuation, emoji and other symbols do not count.
 */
const CONTENT = /[\p{L}\p{N}\p{Sc}%‰°]/u;

export default createRule({
  id: 'variable-at-end',
  kind: 'rejection',
  summary: 'Disallow a placeholder as the last thing in the body.',
  recommended: 'error',
  messages: {
    atEnd: (d: { placeholder: string }) =>
      `Body ends with \`${d.placeholder}\`; Meta rejects templates whose body ends with a placeholder, add words after it`,
  },
  create(context) {
    return {
      Body(body) {
        if (body.inCard || !body.text) return;
        const placeholders = placeholdersOf(body.text);
        const last = placeholders[placeholders.length - 1];
        if (!last || CONTENT.test(body.text.value.slice(last.end))) return;
        context.report({
          messageId: 'atEnd',
          data: { placeholder: last.raw },
          at: { field: body.text, start: last.start, end: last.end },
          actual: last.raw,
        });
      },
    };
  },
});
