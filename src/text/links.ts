import type * as Linkify from 'linkifyjs';
import { createRequire } from 'node:module';
import { domainToASCII, domainToUnicode } from 'node:url';
import type * as Tldts from 'tldts';
import type * as Confusables from 'unicode-confusables';
import type { ButtonNode, ComponentNode, ExampleNode, Placeholder, TemplateNode, TextField } from '../template/model.js';
import { placeholdersOf } from '../template/placeholders.js';

/**
 * One link finder for every URL rule. Text fields go through linkifyjs (placeholders masked first, its known gaps
 * patched); whole-URL fields (a URL button's `url`, its example) are parsed directly. Hosts are lower-cased,
 * IDNA-normalised to Unicode (with their punycode form kept), split into registrable domain and public suffix with
 * tldts (ICANN section only), and IPv4 hosts are decoded the way browsers do (WHATWG URL), so `3232235777`,
 * `0xC0A80001` and `0300.0250.0.1` are all `192.168.1.1`-style addresses.
 *
 * The three libraries load on first use, each costing about 10 ms of start-up (linkify's first search builds its
 * scanner, another 10 ms): linkify for the first text that may hold a link, tldts for the first registrable domain
 * asked for (`Link.domain`, `publicSuffix`, `isIcann` are computed on first read; a URL button alone never needs
 * them), unicode-confusables for the first non-ASCII host.
 */
const load = createRequire(import.meta.url);
let linkifyModule: typeof Linkify | undefined;
let tldtsModule: typeof Tldts | undefined;
let confusablesModule: typeof Confusables | undefined;
const linkify = (): typeof Linkify => (linkifyModule ??= load('linkifyjs') as typeof Linkify);
const tldts = (): typeof Tldts => (tldtsModule ??= load('tldts') as typeof Tldts);
const confusablesLib = (): typeof Confusables => (confusablesModule ??= load('unicode-confusables') as typeof Confusables);

export interface IpAddress {
  readonly version: 4 | 6;
  /** Canonical form: dotted decimal for IPv4, compressed lower-case hex (no brackets) for IPv6. */
  readonly address: string;
  /** How an IPv4 host was written when it was not plain dotted decimal: `decimal`, `hexadecimal`, `octal`, … */
  readonly notation: 'decimal' | 'hexadecimal' | 'octal' | 'mixed' | 'shortened' | undefined;
}

export interface Link {
  /** Span of the link in `field.value`, in decoded UTF-16 indices. */
  readonly start: number;
  readonly end: number;
  /** The link as written (placeholders included). */
  readonly raw: string;
  /** Lower-cased scheme without `:` (`https`, `javascript`), or undefined for a bare domain (`exemple.fr/suivi`). */
  readonly scheme: string | undefined;
  /**
   * Host, lower-cased, IDN in Unicode (`café.fr`, also when written `xn--caf-dma.fr`), no trailing dot; IPv6 keeps
   * its brackets. `''` for links without a host (`javascript:`, `data:`, `mailto:`, `file:///…`). When the host
   * holds a placeholder it is the text as written (`{{1}}.exemple.fr`) and `hostHasPlaceholder` is set.
   */
  readonly host: string;
  /** The host in punycode (`xn--caf-dma.fr`); equals `host` for ASCII hosts. */
  readonly asciiHost: string;
  /** Span of the host in `field.value`. */
  readonly hostStart: number;
  readonly hostEnd: number;
  /** The port as written after `:` (digits normally), undefined when absent or empty. */
  readonly port: string | undefined;
  /** What comes before `@` in the authority (`user:pass`, `paypal.com`), undefined when there is none. */
  readonly userinfo: string | undefined;
  /** Everything after the authority (path, query, fragment), as written. */
  readonly path: string;
  /** A `{{…}}` placeholder lies inside the link. */
  readonly hasPlaceholder: boolean;
  /** A placeholder lies inside the authority (user info, host or port): host checks do not apply. */
  readonly hostHasPlaceholder: boolean;
  /** Registrable domain (ICANN public suffix list), in Unicode; undefined for IPs and hosts without one (`localhost`). */
  readonly domain: string | undefined;
  readonly publicSuffix: string | undefined;
  /** The host ends in an ICANN public suffix. */
  readonly isIcann: boolean;
  readonly ip: IpAddress | undefined;
}

/** Where a link was found in a template. */
export type LinkSource = 'text' | 'sample' | 'button-url' | 'button-example';

export interface LinkSite {
  readonly link: Link;
  readonly field: TextField;
  readonly source: LinkSource;
  /** The button, for `button-url` and `button-example`. */
  readonly button: ButtonNode | undefined;
}

/**
 * Placeholders are replaced by a run of this letter before linkify sees the text: same length, so spans stay valid,
 * and URL-safe, so `https://exemple.fr/suivi?id={{1}}` stays one link (linkify drops the closing `}` otherwise).
 * No TLD is a run of one letter, so a masked placeholder never turns into a domain by itself.
 */
const SENTINEL = 'z';
/**
 * Where a link may be: a `:` (scheme or port), a dot followed by a letter (a TLD) or an IPv4 address and a path.
 * Fields without one skip everything else; in the others, linkify only reads the whitespace-delimited words around
 * each match (a link never holds whitespace), which is 5 to 10 times faster than handing it a whole body.
 */
const MAY_HAVE_LINK = /:|\.[^\s\d.,;:!?)]|\d\.\d+\.\d+\.\d+\//u;
const CANDIDATE = /:|\.[^\s\d.,;:!?)]|\d\.\d+\.\d+\.\d+\//gu;
/** The shortest link is four characters (`t.co`). */
const MIN_WORD = 4;
/**
 * linkify gaps: `javascript:`/`vbscript:`/`data:` URLs, bracketed IPv6 hosts, and bare dotted IPv4 addresses followed
 * by a port or a path (`192.168.1.1:8080`, `10.0.0.1/admin`; a bare `1.2.3.4` may be a version number: not a link).
 */
const GAP_HINT = /script:|data:|:\/\/\[|@\[|\d\.\d+\.\d+\.\d+[:/]/i;
const GAPS =
  /(?<![\p{L}\p{N}+.-])(?:(?:javascript|vbscript):\S+|data:(?:[a-z]+\/[a-z0-9.+-]+)?(?:;[a-z0-9=.+-]+)*,\S*|[a-z][a-z0-9+.-]*:\/\/(?:[^\s/?#@[]*@)?\[[0-9a-f:.]*\]\S*|(?:\d{1,3}\.){3}\d{1,3}(?:\/|:\d)\S*)/giu;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '»', '…', ')', '*', '_', '~']);
/**
 * Pairs around a link whose closing half linkify keeps: WhatsApp formatting (`*https://exemple.fr*` is bold) and
 * quotes (`«https://exemple.fr»`).
 */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['*', '*'],
  ['_', '_'],
  ['~', '~'],
  ['`', '`'],
  ['«', '»'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
  ["'", "'"],
]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Schemes whose links have no `//authority`. */
const OPAQUE_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'mailto', 'tel', 'sms', 'file', 'about', 'blob']);
const AUTHORITY_END = /[/?#\\]/;
const NON_ASCII = /[^\x00-\x7f]/;
const NEXT_WHITESPACE = /\s/gu;
const LEADING_SPACE = /^\s*/u;
/**
 * TLDs that are common file extensions: `rapport.zip`, `install.sh`, `README.md` are file names, not links, unless a
 * path follows (`exemple.sh/…`), a scheme precedes or the host starts with `www.`. Real domains under these TLDs
 * written bare and without a path are missed; that is the price of not flagging file names.
 */
export const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set(['zip', 'mov', 'sh', 'md', 'py', 'pl', 'rs', 'ps', 'cab', 'mobi', 'pub', 'bz', 'mk', 'java']);
/**
 * French and English civility abbreviations: `M.Dupont`, `Mme.Martin`, `Dr.House` are names (linkify reads
 * `.dupont` as a TLD). Case-sensitive, as written.
 */
const CIVILITIES = new Set(['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Dr', 'Pr', 'Mr', 'Mrs', 'Ms', 'St', 'Ste']);
/** A TLD written like a capitalised word (`M.Dupont`, `arrivé.Total`) is a sentence or a name, not a domain. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Hosts are already extracted and lower-cased; registrable domains come from the ICANN section only. */
const TLDTS_OPTIONS = { extractHostname: false, validateHostname: false, detectIp: false, allowPrivateDomains: false } as const;
const IPV4_PART = /^(?:0x[0-9a-f]*|[0-9]+)$/i;
const HEX_PART = /^0x[0-9a-f]*$/i;
const OCTAL_PART = /^0[0-7]+$/;
const DECIMAL_PART = /^(?:0|[1-9][0-9]*)$/;

const NONE: readonly Link[] = Object.freeze([]);
const textCache = new WeakMap<TextField, readonly Link[]>();
const urlCache = new WeakMap<TextField, Link | null>();
const siteCache = new WeakMap<TemplateNode, readonly LinkSite[]>();

/** `field.value` with every placeholder replaced by a same-length run of the sentinel letter. */
function mask(field: TextField, placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return field.value;
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += field.value.slice(at, p.start) + SENTINEL.repeat(p.end - p.start);
    at = p.end;
  }
  return out + field.value.slice(at);
}

function overlaps(placeholders: readonly Placeholder[], start: number, end: number): boolean {
  for (const p of placeholders) if (p.start < end && p.end > start) return true;
  return false;
}

/**
 * The links of a text field, in order; computed once per field. A URL button's `url` (role `button-url`) is read as
 * one whole URL (see `urlLink`); any other field as free text.
 */
export function findLinks(field: TextField | undefined): readonly Link[] {
  if (!field) return NONE;
  if (field.role === 'button-url') {
    const link = urlLink(field);
    return link ? [link] : NONE;
  }
  // Most fields hold no link: answering them costs one regex test, less than a cache look-up (WeakMap writes are
  // what costs most here), so only fields that may hold one are cached.
  if (!MAY_HAVE_LINK.test(field.value)) return NONE;
  let links = textCache.get(field);
  if (!links) {
    links = scanText(field);
    textCache.set(field, links);
  }
  return links;
}

/**
 * A field that holds one URL (a URL button's `url`, its example): parsed directly, without linkify. Surrounding
 * whitespace is ignored and the URL ends at the first inner whitespace. Undefined when the value has neither a
 * scheme nor a dotted host (`{{1}}`, `Voir le site`).
 */
export function urlLink(field: TextField | undefined): Link | undefined {
  if (!field) return undefined;
  let link = urlCache.get(field);
  if (link === undefined) {
    link = parseWhole(field) ?? null;
    urlCache.set(field, link);
  }
  return link ?? undefined;
}

function parseWhole(field: TextField): Link | undefined {
  const placeholders = placeholdersOf(field);
  const text = mask(field, placeholders);
  const start = LEADING_SPACE.exec(text)![0].length;
  const end = nextWhitespace(text, start);
  if (end === start) return undefined;
  const link = parse(field, text, placeholders, start, end);
  if (!link) return undefined;
  if (link.scheme === undefined && !link.host.includes('.')) return undefined;
  return link;
}

/** Drops trailing punctuation, keeping a `)` that closes a `(` of the link (`javascript:alert(1)`). */
function trimEnd(value: string): string {
  let end = value.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(value[end - 1]!)) {
    if (value[end - 1] === ')') {
      const inside = value.slice(0, end);
      if (inside.split('(').length >= inside.split(')').length) break;
    }
    end--;
  }
  return value.slice(0, end);
}

/** Index of the first whitespace at or after `from`, or the text's length. */
function nextWhitespace(text: string, from: number): number {
  NEXT_WHITESPACE.lastIndex = from;
  const m = NEXT_WHITESPACE.exec(text);
  return m ? m.index : text.length;
}

/** JavaScript's `\s`, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text of a field that may hold links (`MAY_HAVE_LINK` matched its raw value: placeholders never create one). */
function scanText(field: TextField): readonly Link[] {
  const placeholders = placeholdersOf(field);
  const text = mask(field, placeholders);
  const spans: Array<[number, number]> = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let from = m.index;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    const to = nextWhitespace(text, m.index);
    CANDIDATE.lastIndex = to;
    if (to - from < MIN_WORD) continue;
    for (const found of linkify().find(text.slice(from, to))) {
      if (found.type !== 'url') continue;
      const start = from + found.start;
      let end = from + found.end;
      const before = text[start - 1];
      if (before !== undefined && CLOSERS.get(before) === text[end - 1]) end--;
      spans.push([start, end]);
    }
  }
  if (GAP_HINT.test(text)) {
    GAPS.lastIndex = 0;
    let added = false;
    for (let m = GAPS.exec(text); m; m = GAPS.exec(text)) {
      const start = m.index;
      const end = start + trimEnd(m[0]).length;
      if (end > start && !spans.some(([s, e]) => s < end && e > start)) {
        spans.push([start, end]);
        added = true;
      }
    }
    if (added) spans.sort((a, b) => a[0] - b[0]);
  }
  const links: Link[] = [];
  for (const [start, end] of spans) {
    const link = parse(field, text, placeholders, start, end);
    if (link && (link.scheme !== undefined || plausibleBareDomain(link))) links.push(link);
  }
  return links;
}

/**
 * Whether a link without a scheme (`exemple.fr/suivi`, `M.Dupont`, `rapport.zip`) is a link. It is when the host
 * starts with `www.` or is an IP address, or when it ends in an ICANN public suffix and either a path, query or port
 * follows the host, or its TLD is not a common file extension, not written as a capitalised word, and its first
 * label is not a civility abbreviation.
 */
function plausibleBareDomain(link: Link): boolean {
  if (link.ip || link.host.startsWith('www.')) return true;
  // A host with a placeholder (`{{1}}.exemple.fr`) has no known suffix; its static TLD is checked below.
  if (!link.hostHasPlaceholder && (!link.isIcann || link.domain === undefined)) return false;
  if (link.path !== '' || link.port !== undefined) return true;
  const written = link.raw.slice(link.hostStart - link.start, link.hostEnd - link.start);
  const labels = written.split('.');
  const tld = labels[labels.length - 1]!;
  if (tld.includes('{{') || CAPITALISED.test(tld) || CIVILITIES.has(labels[0]!)) return false;
  return !FILE_EXTENSION_TLDS.has(tld.toLowerCase());
}

/** Splits `text.slice(start, end)` (masked) into scheme, user info, host, port and path. */
function parse(field: TextField, text: string, placeholders: readonly Placeholder[], start: number, end: number): Link | undefined {
  const s = text.slice(start, end);
  const raw = field.value.slice(start, end);
  const hasPlaceholder = overlaps(placeholders, start, end);
  let scheme: string | undefined;
  let from = 0;
  const m = SCHEME.exec(s);
  if (m) {
    const name = m[1]!.toLowerCase();
    if (s.startsWith('//', m[0].length) && name !== 'file') {
      scheme = name;
      from = m[0].length + 2;
    } else if (OPAQUE_SCHEMES.has(name)) {
      // No host to speak of: `javascript:…`, `data:…`, `mailto:…`, `file:///…`.
      const at = start + m[0].length;
      return new ParsedLink(start, end, raw, name, '', '', at, at, undefined, undefined, raw.slice(m[0].length), hasPlaceholder, false, undefined);
    }
    // Otherwise `exemple.fr:8080/…`: a bare host and a port, not a scheme.
  }
  const rest = s.slice(from);
  const stop = AUTHORITY_END.exec(rest);
  const authEnd = from + (stop ? stop.index : rest.length);
  let hostFrom = from;
  let userinfo: string | undefined;
  const at = s.lastIndexOf('@', authEnd - 1);
  if (at >= from) {
    userinfo = raw.slice(from, at);
    hostFrom = at + 1;
  }
  let hostTo: number;
  if (s[hostFrom] === '[') {
    const close = s.indexOf(']', hostFrom);
    hostTo = close >= 0 && close < authEnd ? close + 1 : authEnd;
  } else {
    const colon = s.indexOf(':', hostFrom);
    hostTo = colon >= 0 && colon < authEnd ? colon : authEnd;
  }
  const portText = s[hostTo] === ':' ? raw.slice(hostTo + 1, authEnd) : '';
  const writtenHost = raw.slice(hostFrom, hostTo);
  if (writtenHost === '') return undefined;
  const hostHasPlaceholder = overlaps(placeholders, start + from, start + authEnd);
  let host = writtenHost.toLowerCase();
  let asciiHost = host;
  let ip: IpAddress | undefined;
  if (hostHasPlaceholder) {
    // Kept as written: nothing to resolve.
  } else if (host.startsWith('[')) {
    ip = parseIpv6(host);
  } else {
    if (host.endsWith('.')) host = host.slice(0, -1);
    asciiHost = host;
    if (NON_ASCII.test(host) || host.includes('xn--')) {
      const ascii = domainToASCII(host);
      if (ascii !== '') {
        asciiHost = ascii;
        host = domainToUnicode(ascii);
      }
    }
    ip = parseIpv4(asciiHost);
  }
  const port = portText === '' ? undefined : portText;
  return new ParsedLink(start, end, raw, scheme, host, asciiHost, start + hostFrom, start + hostTo, port, userinfo, raw.slice(authEnd), hasPlaceholder, hostHasPlaceholder, ip);
}

interface SuffixFacts {
  readonly domain: string | undefined;
  readonly publicSuffix: string | undefined;
  readonly isIcann: boolean;
}

const NO_SUFFIX: SuffixFacts = { domain: undefined, publicSuffix: undefined, isIcann: false };

/** A link; `domain`, `publicSuffix` and `isIcann` are looked up (with tldts) on first read. */
class ParsedLink implements Link {
  #suffix: SuffixFacts | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly raw: string,
    readonly scheme: string | undefined,
    readonly host: string,
    readonly asciiHost: string,
    readonly hostStart: number,
    readonly hostEnd: number,
    readonly port: string | undefined,
    readonly userinfo: string | undefined,
    readonly path: string,
    readonly hasPlaceholder: boolean,
    readonly hostHasPlaceholder: boolean,
    readonly ip: IpAddress | undefined,
  ) {}

  get domain(): string | undefined {
    return this.suffix().domain;
  }

  get publicSuffix(): string | undefined {
    return this.suffix().publicSuffix;
  }

  get isIcann(): boolean {
    return this.suffix().isIcann;
  }

  private suffix(): SuffixFacts {
    if (this.#suffix) return this.#suffix;
    if (this.host === '' || this.hostHasPlaceholder || this.ip || this.host.startsWith('[')) return (this.#suffix = NO_SUFFIX);
    const parsed = tldts().parse(this.host, TLDTS_OPTIONS);
    return (this.#suffix = { domain: parsed.domain ?? undefined, publicSuffix: parsed.publicSuffix ?? undefined, isIcann: parsed.isIcann === true });
  }
}

/**
 * IPv4 the way WHATWG URL (every browser) reads a host: up to four dot-separated numbers, each decimal, `0x` hex or
 * `0`-prefixed octal, the last filling the remaining bytes. Undefined when the host does not end in a number or
 * is not a valid address.
 */
export function parseIpv4(host: string): IpAddress | undefined {
  // Fast exit for names: an address ends in a digit, a hex digit, the `x` of `0x`, or a dot.
  const c = host.charCodeAt(host.length - 1) | 0x20;
  if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 120 || c === 46)) return undefined;
  const parts = host.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length > 4 || !IPV4_PART.test(parts[parts.length - 1]!)) return undefined;
  let hex = false;
  let octal = false;
  const numbers: number[] = [];
  for (const part of parts) {
    let n: number;
    if (HEX_PART.test(part)) {
      n = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
      hex = true;
    } else if (OCTAL_PART.test(part)) {
      n = parseInt(part, 8);
      octal = true;
    } else if (DECIMAL_PART.test(part)) {
      n = Number(part);
    } else {
      return undefined;
    }
    numbers.push(n);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  let value = last;
  numbers.forEach((n, i) => (value += n * 256 ** (3 - i)));
  const address = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
  let notation: IpAddress['notation'];
  if (address !== host && address + '.' !== host) {
    if (hex && octal) notation = 'mixed';
    else if (hex) notation = 'hexadecimal';
    else if (octal) notation = 'octal';
    else notation = parts.length === 1 ? 'decimal' : 'shortened';
  }
  return { version: 4, address, notation };
}

/** A bracketed IPv6 host, canonicalised by the WHATWG parser; undefined when it is not one. */
function parseIpv6(host: string): IpAddress | undefined {
  if (!host.endsWith(']')) return undefined;
  try {
    const canonical = new URL(`http://${host}/`).hostname;
    return { version: 6, address: canonical.slice(1, -1), notation: undefined };
  } catch {
    return undefined;
  }
}

/** Every link of a template, with where it was found: text fields, header and body samples, URL buttons and their examples; computed once per template. */
export function linksOf(template: TemplateNode): readonly LinkSite[] {
  let sites = siteCache.get(template);
  if (!sites) {
    const out: LinkSite[] = [];
    collect(template.components, out);
    sites = out;
    siteCache.set(template, sites);
  }
  return sites;
}

function addText(field: TextField | undefined, source: LinkSource, out: LinkSite[]): void {
  if (!field) return;
  for (const link of findLinks(field)) out.push({ link, field, source, button: undefined });
}

function addSamples(example: ExampleNode | undefined, out: LinkSite[]): void {
  if (!example) return;
  for (const field of example.positional ?? []) addText(field, 'sample', out);
  for (const sample of example.named ?? []) addText(sample.example, 'sample', out);
}

/** Same scheme, user info, host and port: what every host check looks at. */
function sameOrigin(a: Link, b: Link): boolean {
  return a.scheme === b.scheme && a.host === b.host && a.port === b.port && a.userinfo === b.userinfo;
}

function collect(components: readonly ComponentNode[], out: LinkSite[]): void {
  for (const c of components) {
    switch (c.kind) {
      case 'Header':
      case 'Body':
        addText(c.text, 'text', out);
        addSamples(c.example, out);
        break;
      case 'Footer':
      case 'LimitedTimeOffer':
        addText(c.text, 'text', out);
        break;
      case 'Buttons':
        for (const button of c.buttons) {
          addText(button.text, 'text', out);
          const url = urlLink(button.url);
          if (url) out.push({ link: url, field: button.url!, source: 'button-url', button });
          if (button.type !== 'URL') continue;
          for (const field of button.exampleValues) {
            const link = urlLink(field);
            // The example of `https://exemple.fr/{{1}}` is the same origin: whatever a rule says about it, it said
            // about the button URL already.
            if (link && !(url && !url.hostHasPlaceholder && sameOrigin(url, link))) out.push({ link, field, source: 'button-example', button });
          }
        }
        break;
      case 'Carousel':
        for (const card of c.cards) collect(card.components, out);
        break;
      default:
        break;
    }
  }
}

/** Whether `host` (Unicode or punycode) is `domain` or one of its subdomains. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/**
 * A domain as a user writes it in settings (`Exemple.fr`, `https://www.exemple.fr/`, `*.exemple.fr`, `café.fr`),
 * in the form `Link.host` has: lower case, Unicode, without scheme, path, `*.`, `www.` or trailing dot (`www.` is
 * never a restriction anyone means: `www.exemple.fr` allows `exemple.fr` and its subdomains). Undefined when nothing
 * is left.
 */
export function normalizeDomain(value: string): string | undefined {
  let d = value.trim().toLowerCase();
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/^\*?\./, '').replace(/^www\./, '').replace(/\.$/, '');
  if (d === '') return undefined;
  if (NON_ASCII.test(d) || d.includes('xn--')) {
    const ascii = domainToASCII(d);
    if (ascii !== '') d = domainToUnicode(ascii);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Look-alike hosts (UTS #39)

/** Scripts told apart in a host label; letters of any other script count as one `Other` script. */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Gurmukhi',
  'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Canadian_Aboriginal', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana',
  'Bopomofo', 'Han',
].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
const LETTER = /\p{L}/u;
const ASCII_LETTER = /[a-z]/i;
/** UTS #39 "highly restrictive": Latin may mix with the scripts of Japanese, Chinese or Korean writing, nothing else. */
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

function scriptOf(char: string): string | undefined {
  if (char < '\x80') return ASCII_LETTER.test(char) ? 'Latin' : undefined;
  if (!LETTER.test(char)) return undefined;
  for (const [name, re] of SCRIPTS) if (re.test(char)) return name;
  return 'Other';
}

/** The scripts of the letters of `label`, in order of appearance (digits, hyphens and marks have none). */
export function scriptsOf(label: string): string[] {
  const scripts: string[] = [];
  for (const char of label) {
    const script = scriptOf(char);
    if (script && !scripts.includes(script)) scripts.push(script);
  }
  return scripts;
}

/** The first label of `host` whose letters mix scripts beyond what UTS #39's highly restrictive level allows. */
export function mixedScriptLabel(host: string): { label: string; scripts: string[] } | undefined {
  if (!NON_ASCII.test(host)) return undefined;
  for (const label of host.split('.')) {
    if (!NON_ASCII.test(label)) continue;
    const scripts = scriptsOf(label);
    if (scripts.length < 2) continue;
    if (ALLOWED_MIXES.some((mix) => scripts.every((s) => mix.has(s)))) continue;
    return { label, scripts };
  }
  return undefined;
}

function mapConfusables(value: string): { skeleton: string; ascii: string | undefined } {
  const points = confusablesLib().confusables(value.normalize('NFD'));
  let skeleton = '';
  let ascii: string | undefined = '';
  for (const { point, similarTo } of points) {
    const prototype = similarTo ?? point;
    skeleton += prototype;
    if (ascii === undefined) continue;
    if (point < '\x80') ascii += point;
    else if (!NON_ASCII.test(prototype)) ascii += prototype;
    else ascii = undefined;
  }
  return { skeleton: skeleton.normalize('NFD'), ascii };
}

/** UTS #39 skeleton: NFD, each code point replaced by its confusable prototype, NFD again. */
export function skeleton(value: string): string {
  return mapConfusables(value).skeleton;
}

/**
 * The ASCII domain a non-ASCII host imitates: the host with every non-ASCII character replaced by its UTS #39
 * prototype, when that gives an ASCII name under an ICANN suffix with the same skeleton (`pаypal.com` with a
 * Cyrillic `а` → `paypal.com`). Undefined for ASCII hosts and for IDNs that look like no ASCII name (`café.fr`,
 * `пример.рф`).
 */
export function imitatedDomain(host: string): string | undefined {
  if (!NON_ASCII.test(host)) return undefined;
  const mapped = mapConfusables(host);
  const candidate = mapped.ascii;
  if (candidate === undefined || candidate === host || mapConfusables(candidate).skeleton !== mapped.skeleton) return undefined;
  const parsed = tldts().parse(candidate, TLDTS_OPTIONS);
  return parsed.isIcann && parsed.domain ? candidate : undefined;
}
