import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { createRule } from '../src/engine/create-rule.js';
import { detachField, type BodyNode, type HeaderNode, type TemplateNode, type TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

const load = createRequire(import.meta.url);
let tldts: { getDomain(url: string): string | null } | undefined;
const registrableDomain = (host: string): string => (tldts ??= load('tldts') as NonNullable<typeof tldts>).getDomain(host) ?? host;

/** What a sample looks like, so `{{2}}` being a date in one language and an amount in another shows. */
export type SampleKind = 'url' | 'email' | 'phone' | 'amount' | 'date' | 'time' | 'number' | 'code' | 'text';

const KINDS: ReadonlyArray<readonly [SampleKind, RegExp]> = [
  ['url', /^(?:https?:\/\/|www\.)\S+$/i],
  ['email', /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i],
  ['amount', /^(?:[€$£¥]\s?\d[\d\s.,\u00a0\u202f]*|\d[\d\s.,\u00a0\u202f]*\s?(?:€|\$|£|¥|eur|euros?|usd|gbp|chf|cad|mad|xof|fcfa|dollars?)|(?:eur|usd|gbp|chf|cad)\s?\d[\d\s.,]*)$/i],
  ['time', /^\d{1,2}\s?(?:[:h]\s?\d{2}|h|\s?[ap]\.?m\.?)(?:\s?[ap]\.?m\.?)?$/i],
  ['date', /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|.*\b(?:\d{1,2}(?:st|nd|rd|th)?|premier|1er)\b.*\b(?:jan|feb|f[eé]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]|sep|oct|nov|d[eé]c)\w*\.?(?:\s\d{2,4})?|.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{2,4})?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*)$/i],
  ['phone', /^\+?[\d\s().-]{8,}$/],
  ['number', /^[+-]?\d+(?:[.,]\d+)?$/],
  ['code', /^(?=.*\d)[A-Z0-9][A-Z0-9-_]{2,}$/i],
];

export function sampleKind(sample: string): SampleKind {
  const value = sample.trim();
  for (const [kind, pattern] of KINDS) if (pattern.test(value)) return kind;
  return 'text';
}

/** Raw material kept per template; the comparison work happens only for names that exist in several languages. */
interface PartFacts {
  readonly field: TextField;
  readonly positional: readonly string[] | undefined;
  readonly named: ReadonlyArray<readonly [string, string]> | undefined;
}

interface Facts {
  readonly name: string;
  readonly language: string;
  readonly header: PartFacts | undefined;
  readonly body: PartFacts | undefined;
  /** Button types in order, `QUICK_REPLY, URL`. */
  readonly buttons: string;
  readonly buttonsPointer: string | undefined;
  readonly buttonUrls: readonly string[];
  readonly texts: readonly TextField[];
  readonly templatePointer: string;
}

interface Compared {
  /** Distinct placeholder names, sorted (`1`, `2` or `first_name`): translations may order them differently. */
  readonly names: readonly string[];
  /** Sample kind by placeholder name, where a sample is given. */
  readonly kinds: ReadonlyMap<string, { kind: SampleKind; sample: string }>;
}

const LINK = /\b(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,})/gi;

function domainsOf(facts: Facts): string[] {
  const out = new Set<string>();
  for (const field of facts.texts) {
    LINK.lastIndex = 0;
    for (let m = LINK.exec(field.value); m; m = LINK.exec(field.value)) out.add(registrableDomain(m[1]!.toLowerCase().replace(/^www\./, '')));
  }
  for (const url of facts.buttonUrls) {
    const host = /^https?:\/\/([^/?#:{}]+)/i.exec(url)?.[1];
    if (host) out.add(registrableDomain(host.toLowerCase()));
  }
  return [...out].sort();
}

function compare(part: PartFacts | undefined): Compared {
  if (!part) return { names: [], kinds: new Map() };
  const inOrder: string[] = [];
  for (const p of placeholdersOf(part.field)) if (!inOrder.includes(p.name)) inOrder.push(p.name);
  const kinds = new Map<string, { kind: SampleKind; sample: string }>();
  part.positional?.forEach((sample, i) => {
    const name = inOrder[i];
    if (name !== undefined) kinds.set(name, { kind: sampleKind(sample), sample });
  });
  for (const [name, sample] of part.named ?? []) kinds.set(name, { kind: sampleKind(sample), sample });
  return { names: [...inOrder].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })), kinds };
}

function partFacts(node: HeaderNode | BodyNode | undefined): PartFacts | undefined {
  const field = node?.text;
  if (!field) return undefined;
  const example = node.example;
  return {
    field: detachField(field),
    positional: example?.positional?.map((s) => s.value),
    named: example?.named?.flatMap((n) => (n.name !== undefined && n.example ? [[n.name, n.example.value] as const] : [])),
  };
}

function collectFacts(template: TemplateNode): Facts | undefined {
  if (template.name === undefined || template.language === undefined) return undefined;
  const buttonUrls: string[] = [];
  for (const button of template.buttons?.buttons ?? []) if (button.url) buttonUrls.push(button.url.value);
  return {
    name: template.name,
    language: template.language,
    header: partFacts(template.header),
    body: partFacts(template.body),
    buttons: (template.buttons?.buttons ?? []).map((b) => b.type ?? '?').join(', '),
    buttonsPointer: template.buttons?.pointer,
    buttonUrls,
    texts: template.texts.filter((f) => f.role !== 'button-url').map((f) => detachField(f)),
    templatePointer: template.pointer,
  };
}

const list = (items: readonly string[]) => (items.length ? items.map((i) => `\`${i}\``).join(', ') : 'none');

export default createRule({
  id: 'locale-consistency',
  kind: 'quality',
  summary: 'Require the language versions of one template to agree on placeholders, sample kinds, buttons and link domains.',
  recommended: 'warn',
  messages: {
    placeholders: (d: { part: string; language: string; these: string; other: string; those: string }) =>
      `The ${d.part} placeholders here are ${d.these} but the ${d.other} version has ${d.those}; one send code fills every language, align them`,
    sampleKind: (d: { placeholder: string; kind: string; sample: string; other: string; otherKind: string; otherSample: string }) =>
      `\`{{${d.placeholder}}}\` is a ${d.kind} here (\`${d.sample}\`) but a ${d.otherKind} in the ${d.other} version (\`${d.otherSample}\`); the same value fills both, check which is right`,
    buttons: (d: { these: string; other: string; those: string }) =>
      `Buttons here are ${d.these} but the ${d.other} version has ${d.those}; language versions should offer the same actions`,
    linkDomains: (d: { these: string; other: string; those: string }) =>
      `Links here go to ${d.these} but the ${d.other} version links to ${d.those}; check the translated template points to the same site`,
  },
  project: {
    collect: collectFacts,
    check(context) {
      const byName = new Map<string, Array<(typeof context.templates)[number]>>();
      for (const entry of context.templates) {
        let group = byName.get(entry.data.name);
        if (!group) byName.set(entry.data.name, (group = []));
        group.push(entry);
      }
      for (const group of byName.values()) {
        if (group.length < 2) continue;
        // The first version found is the reference; each other language is compared with it.
        const [reference, ...others] = group;
        const ref = reference!.data;
        const refParts = { header: compare(ref.header), body: compare(ref.body) };
        const refDomains = domainsOf(ref);
        for (const entry of others) {
          const facts = entry.data;
          if (facts.language === ref.language) continue; // a name clash, duplicate-template's business
          const other = `${ref.language}${entry.filePath === reference!.filePath ? '' : ` (${basename(reference!.filePath)})`}`;
          for (const part of ['header', 'body'] as const) {
            const mine = compare(facts[part]);
            const theirs = refParts[part];
            const at = facts[part]?.field ?? { pointer: facts.templatePointer };
            if (mine.names.join('\u0000') !== theirs.names.join('\u0000')) {
              const show = (names: readonly string[]) => list(names.map((n) => `{{${n}}}`));
              context.report(entry, { messageId: 'placeholders', data: { part, language: facts.language, these: show(mine.names), other, those: show(theirs.names) }, at });
              continue;
            }
            for (const name of mine.names) {
              const a = mine.kinds.get(name);
              const b = theirs.kinds.get(name);
              if (!a || !b || a.kind === b.kind || a.kind === 'text' || b.kind === 'text') continue;
              context.report(entry, {
                messageId: 'sampleKind',
                data: { placeholder: name, kind: a.kind, sample: a.sample, other, otherKind: b.kind, otherSample: b.sample },
                at,
              });
            }
          }
          if (facts.buttons !== ref.buttons) {
            context.report(entry, {
              messageId: 'buttons',
              data: { these: facts.buttons || 'none', other, those: ref.buttons || 'none' },
              at: { pointer: facts.buttonsPointer ?? facts.templatePointer },
            });
          }
          const domains = domainsOf(facts);
          if (domains.join() !== refDomains.join()) {
            context.report(entry, { messageId: 'linkDomains', data: { these: list(domains), other, those: list(refDomains) }, at: { pointer: facts.templatePointer } });
          }
        }
      }
    },
  },
});
