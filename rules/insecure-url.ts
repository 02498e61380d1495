import { createRule } from '../src/engine/create-rule.js';
import { linksOf } from '../src/text/links.js';

export default createRule({
  id: 'insecure-url',
  kind: 'url',
  summary: 'Warn about links that use `http://` instead of `https://`.',
  recommended: 'warn',
  suggest: true,
  messages: {
    insecure: (d: { host: string }) =>
      `Link to \`${d.host}\` uses \`http://\`; unencrypted links look unsafe to reviewers and recipients, use \`https://\``,
    useHttps: (d: { host: string }) => `Switch to \`https://\` (check first that \`${d.host}\` serves the page over HTTPS)`,
  },
  create(context) {
    return {
      Template(template) {
        for (const { link, field } of linksOf(template)) {
          if (link.scheme !== 'http' || link.host === '' || link.hostHasPlaceholder) continue;
          const data = { host: link.host };
          context.report({
            messageId: 'insecure',
            data,
            at: { field, start: link.start, end: link.end },
            actual: link.raw,
            // Not a fix: the https:// version of the page may not exist.
            suggest: [{ messageId: 'useHttps', data, fix: { field, start: link.start, end: link.start + 'http'.length, text: 'https' } }],
          });
        }
      },
    };
  },
});
