import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';

export default createRule({
  id: 'footer-no-variables',
  kind: 'rejection',
  summary: 'Disallow placeholders in the footer.',
  recommended: 'error',
  messages: {
    inFooter: (d: { placeholder: string }) =>
      `Footer contains \`${d.placeholder}\`; footers are static text, move the variable to the body`,
  },
  create(context) {
    return {
      Footer(footer) {
        for (const p of placeholdersOf(footer.text)) {
          context.report({ messageId: 'inFooter', data: { placeholder: p.raw }, at: { field: p.field, start: p.start, end: p.end }, actual: p.raw });
        }
      },
    };
  },
});
