import { createRule } from '../src/engine/create-rule.js';
import { imitatedDomain, isWithin, linksOf, mixedScriptLabel, normalizeDomain } from '../src/text/links.js';

/** Schemes that run code or open local content instead of a web page. */
const DANGEROUS_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'file']);
const DEFAULT_PORTS = new Set(['80', '443']);
/** WhatsApp chat links: a URL button to them is flagged by Meta (`BUTTONS_DIRECT_LINK_TO_WHATSAPP`). */
const WHATSAPP_HOSTS = new Set(['wa.me', 'api.whatsapp.com', 'chat.whatsapp.com']);
const WWW = /^www\./;
const SHOWN_MAX = 40;
/** Allowed domains named in a `notAllowed` message; the rest are counted. */
const ALLOWED_SHOWN = 3;

/** `settings.allowedDomains`, normalised once per settings array. */
const allowedCache = new WeakMap<readonly unknown[], readonly string[]>();

function allowedDomains(setting: unknown): readonly string[] | undefined {
  if (!Array.isArray(setting)) return undefined;
  let list = allowedCache.get(setting);
  if (!list) {
    list = setting.flatMap((d) => (typeof d === 'string' ? (normalizeDomain(d) ?? []) : []));
    allowedCache.set(setting, list);
  }
  return list;
}

function isLocal(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/** User info as shown in a message: never the password. */
function shownUserinfo(userinfo: string): string {
  const colon = userinfo.indexOf(':');
  return colon < 0 ? userinfo : `${userinfo.slice(0, colon)}:…`;
}

function listed(domains: readonly string[]): string {
  if (domains.length === 0) return 'none';
  const named = domains.slice(0, ALLOWED_SHOWN).map((d) => `\`${d}\``).join(', ');
  return domains.length > ALLOWED_SHOWN ? `${named} and ${domains.length - ALLOWED_SHOWN} more` : named;
}

function shown(value: string): string {
  return value.length > SHOWN_MAX ? `${value.slice(0, SHOWN_MAX - 1)}…` : value;
}

export default createRule({
  id: 'suspicious-domain',
  kind: 'url',
  summary: 'Warn about links that hide where they go (look-alike hosts, credentials, script schemes, odd ports, WhatsApp buttons) or leave `allowedDomains`.',
  recommended: 'warn',
  messages: {
    homograph: (d: { host: string; punycode: string; imitates: string }) =>
      `\`${d.host}\` (\`${d.punycode}\`) imitates \`${d.imitates}\` with look-alike characters; link to the real domain, written in plain letters`,
    mixedScript: (d: { host: string; label: string; scripts: string }) =>
      `\`${d.host}\` mixes ${d.scripts} letters in \`${d.label}\`, a look-alike trick; write each part of the domain in one script`,
    credentials: (d: { host: string; userinfo: string }) =>
      `Link to \`${d.host}\` starts with \`${d.userinfo}@\`, which hides the real host or leaks a login; remove everything before \`@\``,
    dangerousScheme: (d: { scheme: string; link: string }) =>
      `\`${d.link}\` is a \`${d.scheme}:\` link, not a web page; reviewers treat such links as an attack, use an \`https://\` URL`,
    port: (d: { host: string; port: string }) =>
      `Link to \`${d.host}\` uses port \`${d.port}\`; links on non-standard ports look unsafe and many networks block them, serve the page on the default port`,
    whatsappLink: (d: { host: string }) =>
      `URL button links to \`${d.host}\`, a WhatsApp chat link; Meta flags buttons that lead straight to WhatsApp, link to your website or use another button type`,
    notAllowed: (d: { host: string; allowed: string }) =>
      `Link to \`${d.host}\`, outside the allowed domains (${d.allowed}); link to one of them or add this domain to \`settings.allowedDomains\``,
  },
  create(context) {
    const allowed = allowedDomains(context.settings.allowedDomains);
    return {
      Template(template) {
        for (const { link, field, source } of linksOf(template)) {
          const at = { field, start: link.start, end: link.end };
          const actual = link.raw;
          if (link.scheme !== undefined && DANGEROUS_SCHEMES.has(link.scheme)) {
            context.report({ messageId: 'dangerousScheme', data: { scheme: link.scheme, link: shown(link.raw) }, at, actual });
            continue;
          }
          if (link.host === '' || link.hostHasPlaceholder) continue;
          const { host } = link;
          const imitates = imitatedDomain(host);
          if (imitates) {
            context.report({ messageId: 'homograph', data: { host, punycode: link.asciiHost, imitates }, at, actual });
          } else {
            const mixed = mixedScriptLabel(host);
            if (mixed) context.report({ messageId: 'mixedScript', data: { host, label: mixed.label, scripts: `${mixed.scripts.slice(0, -1).join(', ')} and ${mixed.scripts[mixed.scripts.length - 1]}` }, at, actual });
          }
          if (link.userinfo !== undefined) {
            context.report({ messageId: 'credentials', data: { host, userinfo: shownUserinfo(link.userinfo) }, at, actual });
          }
          if (link.port !== undefined && !DEFAULT_PORTS.has(link.port)) {
            context.report({ messageId: 'port', data: { host, port: link.port }, at, actual });
          }
          if (source === 'button-url' && WHATSAPP_HOSTS.has(host.replace(WWW, ''))) {
            context.report({ messageId: 'whatsappLink', data: { host }, at, actual });
          }
          // IP addresses and localhost are ip-address-url's business.
          if (allowed && !link.ip && !isLocal(host) && !allowed.some((d) => isWithin(host, d))) {
            context.report({ messageId: 'notAllowed', data: { host, allowed: listed(allowed) }, at, actual });
          }
        }
      },
    };
  },
});
