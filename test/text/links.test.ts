import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import insecureUrl from '../../rules/insecure-url.js';
import ipAddressUrl from '../../rules/ip-address-url.js';
import suspiciousDomain from '../../rules/suspicious-domain.js';
import urlShortener from '../../rules/url-shortener.js';
import { Linter, rules } from '../../src/index.js';
import type { TemplateNode, TextField, TextRole } from '../../src/template/model.js';
import { buildTemplate } from '../../src/template/build.js';
import {
  findLinks,
  imitatedDomain,
  isWithin,
  linksOf,
  mixedScriptLabel,
  normalizeDomain,
  parseIpv4,
  scriptsOf,
  skeleton,
  urlLink,
  type Link,
} from '../../src/text/links.js';
import { body, buttons, modele, template, urlButton } from '../helpers/template.js';

const field = (value: string, role: TextRole = 'body'): TextField => ({ kind: 'TextField', pointer: '/components/0/text', value, role });
const raws = (value: string) => findLinks(field(value)).map((l) => l.raw);
const hosts = (value: string) => findLinks(field(value)).map((l) => l.host);
const one = (value: string): Link => {
  const links = findLinks(field(value));
  expect(links, value).toHaveLength(1);
  return links[0]!;
};

describe('findLinks in text', () => {
  it('finds links with a scheme, with www. and bare domains, with UTF-16 spans', () => {
    const text = 'Suivez votre colis 📦 sur https://www.laposte.fr/outils/suivre-vos-envois, ou www.exemple.fr et exemple.fr/suivi.';
    const links = findLinks(field(text));
    expect(links.map((l) => l.raw)).toEqual(['https://www.laposte.fr/outils/suivre-vos-envois', 'www.exemple.fr', 'exemple.fr/suivi']);
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.raw);
    expect(links.map((l) => l.scheme)).toEqual(['https', undefined, undefined]);
    expect(links.map((l) => l.domain)).toEqual(['laposte.fr', 'exemple.fr', 'exemple.fr']);
    expect(links[0]!.path).toBe('/outils/suivre-vos-envois');
  });

  it('keeps a placeholder inside the link (linkify alone drops the closing brace)', () => {
    const l = one('Suivez votre envoi : https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}. Merci !');
    expect(l.raw).toBe('https://www.laposte.fr/outils/suivre-vos-envois?code={{1}}');
    expect(l.host).toBe('www.laposte.fr');
    expect(l.hasPlaceholder).toBe(true);
    expect(l.hostHasPlaceholder).toBe(false);
    expect(l.path).toBe('/outils/suivre-vos-envois?code={{1}}');
    expect(one('Track it at exemple.fr/suivi/{{order_id}} today').raw).toBe('exemple.fr/suivi/{{order_id}}');
  });

  it('marks a placeholder in the host and does not resolve it', () => {
    const l = one('Votre boutique : https://{{1}}.exemple.fr/magasin');
    expect(l.raw).toBe('https://{{1}}.exemple.fr/magasin');
    expect(l.host).toBe('{{1}}.exemple.fr');
    expect(l.hostHasPlaceholder).toBe(true);
    expect(l.domain).toBeUndefined();
    expect(l.ip).toBeUndefined();
  });

  it('reads a bare host with a placeholder as a link only when the rest looks like a domain', () => {
    expect(raws('Bonjour {{1}}.Total : 12 €. Merci {{prenom}}.A bientôt, {{1}}.{{2}}')).toEqual([]);
    expect(findLinks(field('Votre boutique : {{1}}.exemple.fr/magasin')).map((l) => [l.raw, l.hostHasPlaceholder])).toEqual([['{{1}}.exemple.fr/magasin', true]]);
  });

  it('finds nothing in text without links', () => {
    for (const text of [
      'Bonjour {{1}}, votre commande est partie.',
      'RDV à 10h30, 1.5kg, total:12.50€, 10h.Merci, Merci.A bientôt',
      'Écrivez à contact@exemple.fr ou service.client@exemple.com',
      'Version 1.2.3.4 disponible',
      'Activez JavaScript: c’est nécessaire',
      '',
    ]) {
      expect(raws(text), text).toEqual([]);
    }
  });

  it('does not read names with a civility (`M.Dupont`) or capitalised words after a dot as domains', () => {
    expect(raws('M.Dupont vous attend, Mme.Martin aussi, et M.dupont, Dr.House.')).toEqual([]);
    expect(raws('Votre colis est arrivé.Total : 12 €')).toEqual([]);
    expect(raws('Mr.Smith will call you')).toEqual([]);
  });

  it('does not read file names (`rapport.zip`, `install.sh`, `README.md`) as domains unless a path follows', () => {
    expect(raws('Ouvrez rapport.zip, lancez install.sh, lisez README.md ; facture.pdf est jointe.')).toEqual([]);
    expect(raws('Download the deck.mov file')).toEqual([]);
    expect(raws('Voir exemple.sh/docs et https://rapport.zip')).toEqual(['exemple.sh/docs', 'https://rapport.zip']);
    expect(raws('www.exemple.md')).toEqual(['www.exemple.md']);
  });

  it('strips trailing punctuation and WhatsApp formatting markers', () => {
    expect(raws('(voir https://exemple.fr/page), www.exemple.fr, exemple.fr/a.')).toEqual(['https://exemple.fr/page', 'www.exemple.fr', 'exemple.fr/a']);
    expect(raws('*https://exemple.fr/soldes* et _exemple.fr/suivi_ et ~www.exemple.fr~')).toEqual([
      'https://exemple.fr/soldes',
      'exemple.fr/suivi',
      'www.exemple.fr',
    ]);
  });

  it('lower-cases hosts and decodes IDN to Unicode, keeping the punycode form', () => {
    const upper = one('HTTPS://WWW.EXEMPLE.FR/Soldes');
    expect([upper.scheme, upper.host, upper.path]).toEqual(['https', 'www.exemple.fr', '/Soldes']);
    const idn = one('Visitez https://café.fr/menu');
    expect([idn.host, idn.asciiHost, idn.domain]).toEqual(['café.fr', 'xn--caf-dma.fr', 'café.fr']);
    const puny = one('Visitez https://xn--caf-dma.fr/menu');
    expect([puny.host, puny.asciiHost]).toEqual(['café.fr', 'xn--caf-dma.fr']);
    expect(one('Сайт: пример.рф/путь').host).toBe('пример.рф');
  });

  it('reads user info and ports', () => {
    const l = one('https://user:secret@exemple.fr:8443/compte');
    expect([l.userinfo, l.host, l.port, l.path]).toEqual(['user:secret', 'exemple.fr', '8443', '/compte']);
    const trick = one('Connectez-vous : https://paypal.com@evil.fr/login');
    expect([trick.userinfo, trick.host]).toEqual(['paypal.com', 'evil.fr']);
    expect(one('exemple.fr:8080/admin').port).toBe('8080');
    expect(one('https://exemple.fr/').port).toBeUndefined();
  });

  it('decodes IP hosts, plain and disguised', () => {
    const ips = findLinks(field('http://192.168.0.1/admin http://3232235777/ http://0xC0A80001 http://0xc0.0xa8.0.1/x http://0300.0250.0.1'));
    expect(ips.map((l) => [l.ip?.address, l.ip?.notation])).toEqual([
      ['192.168.0.1', undefined],
      ['192.168.1.1', 'decimal'],
      ['192.168.0.1', 'hexadecimal'],
      ['192.168.0.1', 'hexadecimal'],
      ['192.168.0.1', 'octal'],
    ]);
  });

  it('fills linkify gaps: bracketed IPv6 and script/data URLs', () => {
    const links = findLinks(field('Admin : http://[::1]:8080/x, https://[2001:DB8::1]/ et javascript:alert(1). Ou data:text/html;base64,PHNjcmlwdD4=.'));
    expect(links.map((l) => l.raw)).toEqual(['http://[::1]:8080/x', 'https://[2001:DB8::1]/', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']);
    expect(links.map((l) => l.ip?.address)).toEqual(['::1', '2001:db8::1', undefined, undefined]);
    expect(links.map((l) => l.scheme)).toEqual(['http', 'https', 'javascript', 'data']);
    expect(links[0]!.port).toBe('8080');
    expect(hosts('file:///etc/passwd et vbscript:msgbox')).toEqual(['', '']);
  });

  it('finds bare IPv4 addresses only when a port or a path follows', () => {
    expect(raws('Box : 192.168.1.1:8080/admin, ou 10.0.0.1/admin.')).toEqual(['192.168.1.1:8080/admin', '10.0.0.1/admin']);
    expect(findLinks(field('10.0.0.1/admin'))[0]!.ip?.address).toBe('10.0.0.1');
    expect(raws('Version 1.2.3.4 disponible, 1.2.3.4.')).toEqual([]);
  });

  it('finds localhost with a scheme only', () => {
    expect(hosts('http://localhost:3000/test')).toEqual(['localhost']);
    expect(hosts('localhost')).toEqual([]);
  });

  it('caches per field', () => {
    const f = field('https://exemple.fr');
    expect(findLinks(f)).toBe(findLinks(f));
    expect(findLinks(undefined)).toEqual([]);
  });
});

describe('urlLink (whole-URL fields)', () => {
  const url = (value: string) => urlLink(field(value, 'button-url'));

  it('parses a URL button URL as one link, placeholders included', () => {
    const l = url('https://www.maison-lumiere.fr/suivi?colis={{1}}')!;
    expect([l.start, l.end, l.host, l.hasPlaceholder, l.hostHasPlaceholder]).toEqual([0, 47, 'www.maison-lumiere.fr', true, false]);
    expect(findLinks(field('https://exemple.fr/{{1}}', 'button-url')).map((x) => x.host)).toEqual(['exemple.fr']);
  });

  it('ignores surrounding spaces and what follows inner whitespace', () => {
    const l = url('  https://exemple.fr/a b ')!;
    expect([l.start, l.end, l.raw]).toEqual([2, 22, 'https://exemple.fr/a']);
  });

  it('parses what linkify would miss', () => {
    expect(url('http://[::1]/')!.ip?.address).toBe('::1');
    expect(url('javascript:alert(document.cookie)')!.scheme).toBe('javascript');
    expect(url('https://{{1}}.exemple.fr')!.hostHasPlaceholder).toBe(true);
    expect(url('www.exemple.fr/a')!.scheme).toBeUndefined();
  });

  it('returns nothing for values that are no URL', () => {
    for (const v of ['{{1}}', 'Voir le site', '', '   ', 'https://']) expect(url(v), v).toBeUndefined();
  });
});

describe('parseIpv4', () => {
  it('reads WHATWG IPv4 forms', () => {
    expect(parseIpv4('127.0.0.1')).toEqual({ version: 4, address: '127.0.0.1', notation: undefined });
    expect(parseIpv4('2130706433')?.address).toBe('127.0.0.1');
    expect(parseIpv4('0x7f.1')).toEqual({ version: 4, address: '127.0.0.1', notation: 'hexadecimal' });
    expect(parseIpv4('127.1')).toEqual({ version: 4, address: '127.0.0.1', notation: 'shortened' });
    expect(parseIpv4('0x7f.0.0.01')?.notation).toBe('mixed');
    expect(parseIpv4('192.168.000.001')?.notation).toBe('octal');
  });

  it('rejects hosts that are no IPv4', () => {
    for (const h of ['exemple.fr', '1.2.3.4.5', '256.1.1.1', '1.2.3.256', '4294967296', '08.1.1.1', '1.2.3.fr']) expect(parseIpv4(h), h).toBeUndefined();
  });
});

describe('look-alike hosts', () => {
  it('computes UTS #39 skeletons', () => {
    expect(skeleton('pаypal')).toBe(skeleton('paypal'));
    expect(skeleton('ѕсоре')).toBe(skeleton('scope'));
    expect(skeleton('café')).not.toBe(skeleton('cafe'));
  });

  it('names the ASCII domain a Unicode host imitates', () => {
    expect(imitatedDomain('pаypal.com')).toBe('paypal.com');
    expect(imitatedDomain('\u0435\u0445\u0435mple.fr')).toBe('exemple.fr');
    expect(imitatedDomain('орро.com')).toBe('oppo.com');
    expect(imitatedDomain('paypal.com')).toBeUndefined();
    expect(imitatedDomain('café.fr')).toBeUndefined();
    expect(imitatedDomain('пример.рф')).toBeUndefined();
  });

  it('finds labels that mix scripts, allowing CJK mixes', () => {
    expect(scriptsOf('pаypal')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScriptLabel('boutique-ёлка.fr')).toEqual({ label: 'boutique-ёлка', scripts: ['Latin', 'Cyrillic'] });
    expect(mixedScriptLabel('пример.рф')).toBeUndefined();
    expect(mixedScriptLabel('café.fr')).toBeUndefined();
    expect(mixedScriptLabel('sonyストア.jp')).toBeUndefined();
    expect(mixedScriptLabel('exemple.fr')).toBeUndefined();
  });
});

describe('domains', () => {
  it('normalises settings entries', () => {
    expect(normalizeDomain(' Exemple.FR ')).toBe('exemple.fr');
    expect(normalizeDomain('https://www.exemple.fr/boutique')).toBe('exemple.fr');
    expect(normalizeDomain('boutique.exemple.fr')).toBe('boutique.exemple.fr');
    expect(normalizeDomain('*.exemple.fr')).toBe('exemple.fr');
    expect(normalizeDomain('xn--caf-dma.fr')).toBe('café.fr');
    expect(normalizeDomain('  ')).toBeUndefined();
  });

  it('matches a domain and its subdomains only', () => {
    expect(isWithin('exemple.fr', 'exemple.fr')).toBe(true);
    expect(isWithin('shop.exemple.fr', 'exemple.fr')).toBe(true);
    expect(isWithin('autre-exemple.fr', 'exemple.fr')).toBe(false);
    expect(isWithin('exemple.fr.evil.com', 'exemple.fr')).toBe(false);
  });
});

describe('linksOf', () => {
  const build = (raw: Record<string, unknown>): TemplateNode => buildTemplate(raw, '', 0);

  it('collects text, samples, button URLs and their examples, with their source', () => {
    const t = build(
      modele({
        components: [
          body('Bonjour {{1}}, suivez votre colis sur exemple.fr/suivi ou via {{2}}.', ['Léa', 'https://bit.ly/abc']),
          { type: 'FOOTER', text: 'www.exemple.fr' },
          buttons(urlButton('Suivre', 'https://exemple.fr/suivi/{{1}}', 'https://exemple.fr/suivi/A1'), urlButton('Boutique', 'https://{{1}}.exemple.fr', 'https://lyon.exemple.fr')),
        ],
      }),
    );
    expect(linksOf(t).map((s) => [s.source, s.link.raw, s.button?.index])).toEqual([
      ['text', 'exemple.fr/suivi', undefined],
      ['sample', 'https://bit.ly/abc', undefined],
      ['text', 'www.exemple.fr', undefined],
      ['button-url', 'https://exemple.fr/suivi/{{1}}', 0],
      // The example of a static-host URL is the same origin: left out. The other one shows the real host.
      ['button-url', 'https://{{1}}.exemple.fr', 1],
      ['button-example', 'https://lyon.exemple.fr', 1],
    ]);
    expect(linksOf(t)).toBe(linksOf(t));
  });

  it('walks carousel cards and named samples, and survives wrong types', () => {
    const t = build(
      template({
        parameter_format: 'NAMED',
        components: [
          { type: 'BODY', text: 'Hi {{name}}', example: { body_text_named_params: [{ param_name: 'name', example: 'see www.exemple.com' }] } },
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: 'Card exemple.com/a' }, buttons(urlButton('Go', 'https://exemple.com/b'))] }] },
        ],
      }),
    );
    expect(linksOf(t).map((s) => [s.source, s.link.raw])).toEqual([
      ['sample', 'www.exemple.com'],
      ['text', 'exemple.com/a'],
      ['button-url', 'https://exemple.com/b'],
    ]);
    expect(linksOf(build({ components: 'x' }))).toEqual([]);
    expect(linksOf(build({ components: [{ type: 'BODY', text: 42 }, { type: 'BUTTONS', buttons: [{ type: 'URL', url: 7, example: [8] }] }, null] }))).toEqual([]);
  });
});

describe('the URL rules on the bundled examples', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const mine = [urlShortener, insecureUrl, ipAddressUrl, suspiciousDomain];
  /** Only the URL rules, whether or not rules/index.ts lists them yet: config entries sit on top of the recommended preset. */
  const create = (settings?: { allowedDomains: string[] }) =>
    Linter.create({
      cwd: ROOT,
      plugins: mine,
      config: [
        {
          rules: { ...Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const])), ...Object.fromEntries(mine.map((r) => [r.id, 'error' as const])) },
          ...(settings ? { settings } : {}),
        },
      ],
    });
  const problems = (results: Awaited<ReturnType<Linter['lintFiles']>>) =>
    results.flatMap((r) => r.messages.map((m) => ({ file: basename(r.filePath), ruleId: m.ruleId, message: m.message })));

  it('find nothing in examples/templates (every link there is a correct one)', async () => {
    const results = await (await create()).lintFiles(['examples/templates']);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(problems(results)).toEqual([]);
  });

  it('find nothing there either when allowedDomains lists the domains the examples use', async () => {
    const linter = await create({ allowedDomains: ['maison-lumiere.fr', 'fleurs-de-lune.fr', 'northwind-outfitters.com', 'camden-dental.co.uk', 'voyages-soleil.fr'] });
    expect(problems(await linter.lintFiles(['examples/templates']))).toEqual([]);
  });

  it('find only the shortened sample link in examples/rejected', async () => {
    const results = await (await create()).lintFiles(['examples/rejected']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
    expect(problems(results).map(({ file, ruleId }) => ({ file, ruleId }))).toEqual([{ file: 'shortened-link-sample.en.json', ruleId: 'url-shortener' }]);
  });
});
