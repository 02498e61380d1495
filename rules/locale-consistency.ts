import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { createRule } from '../src/engine/create-rule.js';
import type { BodyNode, HeaderNode, TemplateNode, TextField } from '../src/template/model.js';
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

interface PartFacts {
  /** Distinct placeholder names, sorted (`1`, `2` or `first_name`). */
  readonly names: readonly string[];
  /** Sample kind by placeholder name, where a sample is given. */
  readonly kinds: Readonly<Record<string, { kind: SampleKind; sample: string }>>;
  readonly field: TextField | undefined;
}

interface Facts {
  readonly name: string;
  readonly language: string;
  readonly header: PartFacts | undefined;
  readonly body: PartFacts | undefined;
  /** Button types in order, `QUICK_REPLY,URL`. */
  readonly buttons: string;
  readonly buttonsPointer: string | undefined;
  /** Registrable domains of every link (URL buttons and links in texts), sorted. */
  readonly domains: readonly string[];
  readonly templatePointer: string;
}

const LINK = /\b(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,})/gi;

function hostsIn(text: string, out: Set<string>): void {
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) out.add(registrableDomain(m[1]!.toLowerCase().replace(/^www\./, '')));
}

function partFacts(node: HeaderNode | BodyNode | undefined): PartFacts | undefined {
  const field = node?.text;
  if (!field) return undefined;
  const names: string[] = [];
  for (const p of placeholdersOf(field)) if (!names.includes(p.name)) names.push(p.name);
  const samplesInOrder = [...names];
  // Translations may order the values differently: compare the sets.
  names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const kinds: Record<string, { kind: SampleKind; sample: string }> = {};
  const example = node.example;
  example?.positional?.forEach((sample, i) => {
    const name = samplesInOrder[i];
    if (name !== undefined) kinds[name] = { kind: sampleKind(sample.value), sample: sample.value };
  });
  for (const named of example?.named ?? []) {
    if (named.name !== undefined && named.example) kinds[named.name] = { kind: sampleKind(named.example.value), sample: named.example.value };
  }
  return { names, kinds, field };
}

function collectFacts(template: TemplateNode): Facts | undefined {
  if (template.name === undefined || template.language === undefined) return undefined;
  const domains = new Set<string>();
  for (const field of template.texts) if (field.role !== 'button-url') hostsIn(field.value, domains);
  for (const button of template.buttons?.buttons ?? []) {
    const url = button.url?.value;
    if (!url) continue;
    const host = /^https?:\/\/([^/?#:{}]+)/i.exec(url)?.[1];
    if (host) domains.add(registrableDomain(host.toLowerCase()));
  }
  return {
    name: template.name,
    language: template.language,
    header: partFacts(template.header),
    body: partFacts(template.body),
    buttons: (template.buttons?.buttons ?? []).map((b) => b.type ?? '?').join(', '),
    buttonsPointer: template.buttons?.pointer,
    domains: [...domains].sort(),
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
        // The first version found is the reference; each other language is compared with it.
        const [reference, ...others] = group;
        if (!reference) continue;
        const ref = reference.data;
        for (const entry of others) {
          const facts = entry.data;
          if (facts.language === ref.language) continue; // a name clash, duplicate-template's business
          const other = `${ref.language}${entry.filePath === reference.filePath ? '' : ` (${basename(reference.filePath)})`}`;
          for (const [part, mine, theirs] of [
            ['header', facts.header, ref.header],
            ['body', facts.body, ref.body],
          ] as const) {
            const these = mine?.names ?? [];
            const those = theirs?.names ?? [];
            if (these.join('\u0000') !== those.join('\u0000')) {
              context.report(entry, {
                messageId: 'placeholders',
                data: { part, language: facts.language, these: list(these.map((n) => `{{${n}}}`)), other, those: list(those.map((n) => `{{${n}}}`)) },
                at: mine?.field ?? { pointer: entry.data.templatePointer },
              });
              continue;
            }
            for (const name of these) {
              const a = mine?.kinds[name];
              const b = theirs?.kinds[name];
              if (!a || !b || a.kind === b.kind || a.kind === 'text' || b.kind === 'text') continue;
              context.report(entry, {
                messageId: 'sampleKind',
                data: { placeholder: name, kind: a.kind, sample: a.sample, other, otherKind: b.kind, otherSample: b.sample },
                at: mine?.field ?? { pointer: entry.data.templatePointer },
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
          if (facts.domains.join() !== ref.domains.join()) {
            context.report(entry, {
              messageId: 'linkDomains',
              data: { these: list(facts.domains), other, those: list(ref.domains) },
              at: { pointer: facts.templatePointer },
            });
          }
        }
      }
    },
  },
});
