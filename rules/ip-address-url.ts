import { createRule } from '../src/engine/create-rule.js';
import { linksOf, type IpAddress } from '../src/text/links.js';

const NOTATIONS: Record<NonNullable<IpAddress['notation']>, string> = {
  decimal: 'one decimal number',
  hexadecimal: 'hexadecimal',
  octal: 'octal',
  mixed: 'mixed hexadecimal and octal',
  shortened: 'fewer than four numbers',
};

export default createRule({
  id: 'ip-address-url',
  kind: 'url',
  summary: 'Disallow links to IP addresses, disguised ones included, and to localhost.',
  recommended: 'error',
  messages: {
    ipv4: (d: { address: string }) =>
      `Link to the IP address \`${d.address}\`; a link without a domain name looks like phishing to reviewers and recipients, link to your domain`,
    ipv6: (d: { address: string }) =>
      `Link to the IPv6 address \`${d.address}\`; a link without a domain name looks like phishing to reviewers and recipients, link to your domain`,
    disguisedIp: (d: { host: string; address: string; notation: string }) =>
      `\`${d.host}\` is the IP address \`${d.address}\` written as ${d.notation}; disguised addresses are a phishing trick, link to your domain`,
    localhost: (d: { host: string }) =>
      `Link to \`${d.host}\`, which is the recipient's own device; link to your public domain`,
  },
  create(context) {
    return {
      Template(template) {
        for (const { link, field } of linksOf(template)) {
          if (link.host === '' || link.hostHasPlaceholder) continue;
          const at = { field, start: link.start, end: link.end };
          const { ip } = link;
          if (ip?.notation) {
            context.report({ messageId: 'disguisedIp', data: { host: link.host, address: ip.address, notation: NOTATIONS[ip.notation] }, at, actual: link.raw });
          } else if (ip) {
            context.report({ messageId: ip.version === 4 ? 'ipv4' : 'ipv6', data: { address: ip.address }, at, actual: link.raw });
          } else if (link.host === 'localhost' || link.host.endsWith('.localhost')) {
            context.report({ messageId: 'localhost', data: { host: link.host }, at, actual: link.raw });
          }
        }
      },
    };
  },
});
