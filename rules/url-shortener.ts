import { createRule } from '../src/engine/create-rule.js';
import { loadSet } from '../src/dictionaries.js';
import { linksOf } from '../src/text/links.js';

const SHORTENERS = loadSet('url-shorteners.txt');

/** The listed shortener `host` belongs to: the host itself or a parent domain (`go.bit.ly` → `bit.ly`), never a child (`bit.ly.example.com`). */
function listedShortener(host: string): string | undefined {
  let candidate = host;
  for (;;) {
    if (SHORTENERS.has(candidate)) return candidate;
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

export default createRule({
  id: 'url-shortener',
  kind: 'url',
  summary: 'Disallow links through URL shorteners (bit.ly, tinyurl.com, goo.gl…) in text, samples and buttons.',
  recommended: 'error',
  messages: {
    shortener: (d: { host: string; shortener: string }) =>
      `Link to ${d.host === d.shortener ? 'the URL shortener' : `\`${d.host}\`, on the URL shortener`} \`${d.shortener}\`; Meta rejects shortened links, give the full URL on your own domain`,
  },
  create(context) {
    return {
      Template(template) {
        for (const { link, field } of linksOf(template)) {
          if (link.host === '' || link.hostHasPlaceholder || link.ip) continue;
          const shortener = listedShortener(link.asciiHost);
          if (!shortener) continue;
          context.report({
            messageId: 'shortener',
            data: { host: link.host, shortener },
            at: { field, start: link.start, end: link.end },
            actual: link.raw,
          });
        }
      },
    };
  },
});
