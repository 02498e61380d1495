import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { loadSet } from '../src/dictionaries.js';
import type { BodyNode, ButtonNode, HeaderNode, Placeholder, TemplateNode, TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';
import { join } from '../src/template/pointer.js';

const FILLERS = loadSet('sample-fillers.txt');
const SHORTENERS = loadSet('url-shorteners.txt');
/** Longest filler entry: longer samples are only filler when they start with "lorem ipsum". */
const FILLER_MAX = Math.max(...[...FILLERS].map((f) => f.length));

const MEDIA_FORMATS = new Set(['IMAGE', 'VIDEO', 'DOCUMENT', 'GIF']);
/** Punctuation and symbols around a sample do not change what it is: `"Test!"` is `test`. */
const EDGE_NOISE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const SPACES = /\s+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const DIACRITICS = /\p{M}+/gu;
const UNDERSCORES = /_/gu;
const TRAILING_NUMBER = /[\s_-]*\d+$/u;
const DIGIT_END = /\d$/u;
const REPEATED_LETTER = /^(\p{L})\1{2,}$/u;
const XS = /^x{2,}(?:[\s.\-/]+x+)*$/u;
/**
 * `{{1}}`, `{{name}}` anywhere, or a whole value that is a bracketed label or a printf slot: `{1}`, `<name>`, `[1]`,
 * `[Prénom du client]`, `<customer name>`, `${name}`, `%s`. Inside brackets, words may be separated by spaces,
 * apostrophes, dots and hyphens; the closing bracket follows directly, so the pattern cannot backtrack on spaces.
 */
const PLACEHOLDER_INSIDE = /\{\{[^{}\n]*\}\}/u;
const PLACEHOLDER_WHOLE =
  /^(?:\{+\s*(?:[\p{L}\p{N}_][\p{L}\p{N}_ '’.-]*)?\}+|<\s*[\p{L}\p{N}_][\p{L}\p{N}_ '’.-]*>|\[\s*[\p{L}\p{N}_][\p{L}\p{N}_ '’.-]*\]|\$\{[\p{L}_][\p{L}\p{N}_]*\}|%(?:\d+\$)?[sd])$/u;
/**
 * Host names in a sample, with or without a scheme: `https://bit.ly/x`, `bit.ly/x`, `www.tinyurl.com`. ASCII only:
 * every listed shortener is an ASCII host, and ASCII classes keep this fast.
 */
const HOST = /(?:\b[a-z][a-z0-9+.-]*:\/\/)?\b((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![a-z0-9-])/gi;
const WHITESPACE = /\s/u;
const WEB_URL = /^\s*(?:https?:\/\/|www\.)/iu;
/**
 * A URL button sample written as a URL (any scheme, or `www.`). Meta documents both forms of sample: the full URL
 * (`https://www.luckyshrub.com/shop?promo=summer2023`, components page table) and the variable's value alone
 * (`summer2023` in the same page's example, `BLUE_ELF` in the media card carousel example); only the first can be
 * checked against the fixed part of the URL.
 */
const URL_LIKE = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;
/**
 * `GET message_templates` returns approved media samples as links to Meta's own CDN rather than as upload handles;
 * a list response exported from the API must lint clean, so those links are accepted.
 */
const META_CDN = /^https:\/\/[^/?#]*\.(?:whatsapp\.net|fbcdn\.net)(?:[/?#]|$)/i;
const WWW = /^www\./u;
const FLAT_BODY_TEXT = '`[["sample 1", "sample 2"]]` (an array holding one array)';
const URL_EXAMPLE = '`["https://…/A1B2C3"]` (an array of one full URL, or of the variable\'s value)';
const SHOWN_MAX = 60;

type Json = Record<string, unknown>;
type Part = 'header' | 'body';

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function normalize(value: string): string {
  const composed = NON_ASCII.test(value) ? value.normalize('NFC') : value;
  return composed.toLowerCase().replace(EDGE_NOISE, '').replace(SPACES, ' ');
}

/** Lower case, no accents, underscores as spaces: `Prénom` and `prenom` are the same word. */
function bare(value: string): string {
  return normalize(value.normalize('NFD').replace(DIACRITICS, '').replace(UNDERSCORES, ' '));
}

function isFiller(value: string): boolean {
  const n = normalize(value);
  if (n === '') return false;
  if (n.startsWith('lorem ipsum')) return true;
  if (n.length > FILLER_MAX + 6) return false;
  if (FILLERS.has(n) || REPEATED_LETTER.test(n) || XS.test(n)) return true;
  // `test2`, `sample_3`: the same fillers with a number after them.
  if (!DIGIT_END.test(n)) return false;
  const stem = n.replace(TRAILING_NUMBER, '');
  return stem !== '' && FILLERS.has(stem);
}

function isPlaceholderLike(value: string, paramName?: string): boolean {
  const trimmed = value.trim();
  if (PLACEHOLDER_INSIDE.test(trimmed) || PLACEHOLDER_WHOLE.test(trimmed)) return true;
  // A sample that repeats the parameter's own name (`first_name` → "First name") shows nothing.
  return paramName !== undefined && bare(trimmed) === bare(paramName);
}

/** The first shortener host in a text, with its span; a listed parent domain counts (`go.bit.ly`). */
function findShortener(value: string): { host: string; start: number; end: number } | undefined {
  if (!value.includes('.')) return undefined;
  HOST.lastIndex = 0;
  for (let match = HOST.exec(value); match; match = HOST.exec(value)) {
    const host = match[1]!.toLowerCase().replace(WWW, '');
    let candidate = host;
    for (;;) {
      if (SHORTENERS.has(candidate)) {
        const start = match.index;
        let end = start + match[0].length;
        // Underline the whole link: the host and its path, up to the next space.
        while (end < value.length && !WHITESPACE.test(value[end]!)) end++;
        return { host: candidate, start, end };
      }
      const dot = candidate.indexOf('.');
      if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) break;
      candidate = candidate.slice(dot + 1);
    }
  }
  return undefined;
}

/** A value as shown in a message: on one line, without runs of spaces, cut when long. */
function show(value: string): string {
  const flat = value.replace(SPACES, ' ').trim();
  return flat.length > SHOWN_MAX ? `${flat.slice(0, SHOWN_MAX - 1)}…` : flat;
}

function wellFormed(field: TextField | undefined): Placeholder[] {
  return placeholdersOf(field).filter((p) => p.style !== 'invalid');
}

function distinctCount(placeholders: readonly Placeholder[]): number {
  if (placeholders.length < 2) return placeholders.length;
  return new Set(placeholders.map((p) => p.name)).size;
}

function expectedKind(template: TemplateNode, placeholders: readonly Placeholder[]): 'named' | 'positional' {
  if (template.parameterFormat === 'NAMED') return 'named';
  if (template.parameterFormat === 'POSITIONAL') return 'positional';
  return placeholders.length > 0 && placeholders.every((p) => p.style === 'named') ? 'named' : 'positional';
}

/** Nothing to check: the key is absent, null or an empty list (example-required reports a missing sample). */
function absent(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

export default createRule({
  id: 'example-mismatch',
  kind: 'rejection',
  summary: 'Require samples that fit their placeholders: right shape, count and names, and realistic values.',
  recommended: 'error',
  messages: {
    shape: (d: { field: string; expected: string }) => `\`${d.field}\` has the wrong shape; write it as ${d.expected}`,
    count: (d: { field: string; expected: number; actual: number }) =>
      `\`${d.field}\` gives ${d.actual} sample(s) for ${d.expected} placeholder(s); give exactly one sample per distinct placeholder, in order`,
    namedMissing: (d: { name: string; field: string }) =>
      `\`${d.field}\` has no sample for \`{{${d.name}}}\`; add \`{ "param_name": "${d.name}", "example": "…" }\``,
    namedExtra: (d: { name: string }) =>
      `Sample for \`${d.name}\`, which is not a placeholder of this text; fix the name or remove the sample`,
    namedDuplicate: (d: { name: string }) => `Second sample for \`${d.name}\`; give each named parameter exactly one sample`,
    positionalInNamed: (d: { field: string; expected: string }) =>
      `\`${d.field}\` gives positional samples but this template uses named parameters; use \`${d.expected}\``,
    namedInPositional: (d: { field: string; expected: string }) =>
      `\`${d.field}\` gives named samples but this template uses positional parameters; use \`${d.expected}\` or set \`"parameter_format": "NAMED"\``,
    emptySample: () => `Sample is empty; give a realistic value so reviewers can see what the customer will receive`,
    placeholderSample: (d: { value: string }) =>
      `Sample \`${show(d.value)}\` looks like a placeholder, not a value; give a realistic value (a real-looking name, date, amount or code)`,
    fillerSample: (d: { value: string }) =>
      `Sample \`${show(d.value)}\` is filler text; give a realistic value that shows what the customer will receive`,
    shortenerSample: (d: { host: string }) =>
      `Sample links to the URL shortener \`${d.host}\`; Meta rejects shortened links, give the full URL on your own domain`,
    urlExamplePrefix: (d: { prefix: string }) =>
      `URL example does not start with \`${show(d.prefix)}\`, the fixed part of the button URL; give that URL with a sample value in place of the placeholder`,
    handleIsUrl: (d: { value: string }) =>
      `\`header_handle\` \`${show(d.value)}\` is a web URL, not an upload handle; upload the file with the Resumable Upload API and give the handle it returns (\`4::…\`)`,
  },
  options: z
    .object({
      /** Accept web URLs in `header_handle`, for BSP payloads that upload the file themselves. */
      allowUrlHandles: z.boolean().default(false),
    })
    .strict(),
  create(context) {
    const { template, options } = context;

    /** Empty, placeholder-looking, filler or shortened-link samples; true when it reported one. */
    function checkSample(field: TextField, paramName?: string): boolean {
      const { value } = field;
      if (value.trim() === '') {
        context.report({ messageId: 'emptySample', at: field, actual: value });
        return true;
      }
      if (isPlaceholderLike(value, paramName)) {
        context.report({ messageId: 'placeholderSample', data: { value }, at: field, actual: value });
        return true;
      }
      if (isFiller(value)) {
        context.report({ messageId: 'fillerSample', data: { value }, at: field, actual: value });
        return true;
      }
      const short = findShortener(value);
      if (!short) return false;
      context.report({
        messageId: 'shortenerSample',
        data: { host: short.host },
        at: { field, start: short.start, end: short.end },
        actual: value.slice(short.start, short.end),
      });
      return true;
    }

    // Sample strings come from the model (`example.positional`, `named`, `handles`, `exampleValues`), which keeps
    // only strings: items of other types are template-schema's business. Pointers are built only to report.

    /**
     * `distinct` counts well-formed placeholders; `written` counts every `{{…}}` (trimmed), so that a sample given
     * for a badly written placeholder (`{{ 1 }}`, `{{#1}}`) is not called extra: variable-syntax reports the placeholder.
     */
    function checkPositional(part: Part, node: HeaderNode | BodyNode, value: unknown, distinct: number, written: number): void {
      // A value that is not a list is a type error, reported by template-schema.
      if (!Array.isArray(value)) return;
      const key = `${part}_text`;
      let list: readonly unknown[] = value;
      let field = key;
      let path: Array<string | number> = ['example', key];
      if (part === 'body') {
        const first: unknown = value[0];
        if (!Array.isArray(first)) {
          // A flat list of strings is the usual slip: Meta wants an array holding one array.
          if (value.every((v) => typeof v === 'string')) {
            context.report({ messageId: 'shape', data: { field: key, expected: FLAT_BODY_TEXT }, at: { pointer: join(node.pointer, ...path) } });
          }
          return;
        }
        list = first;
        field = `${key}[0]`;
        path = [...path, 0];
      }
      if (list.length !== distinct && list.length !== written) {
        context.report({ messageId: 'count', data: { field, expected: distinct, actual: list.length }, at: { pointer: join(node.pointer, ...path) } });
      }
      for (const sample of node.example?.positional ?? []) checkSample(sample);
    }

    function checkNamed(part: Part, node: HeaderNode | BodyNode, placeholders: readonly Placeholder[]): void {
      const samples = node.example?.named;
      if (!samples) return;
      const wanted = new Set<string>();
      for (const p of placeholders) if (p.style === 'named') wanted.add(p.name);
      // A sample named after a badly written placeholder (`{{Prenom}}`) is not extra: variable-syntax reports the name.
      const written = new Set(placeholdersOf(node.text).map((p) => p.name.trim()));
      const seen = new Set<string>();
      for (const sample of samples) {
        const { nameField } = sample;
        if (nameField) {
          const name = nameField.value;
          if (seen.has(name)) {
            context.report({ messageId: 'namedDuplicate', data: { name }, at: nameField, actual: name });
          } else if (!wanted.has(name) && !written.has(name.trim())) {
            context.report({ messageId: 'namedExtra', data: { name }, at: nameField, actual: name });
          }
          seen.add(name);
        }
        if (sample.example) checkSample(sample.example, nameField?.value);
      }
      const key = `${part}_text_named_params`;
      for (const name of wanted) {
        if (!seen.has(name)) context.report({ messageId: 'namedMissing', data: { name, field: key }, at: { pointer: join(node.pointer, 'example', key) } });
      }
    }

    function checkText(part: Part, node: HeaderNode | BodyNode): void {
      const example = record((node.raw as Json).example);
      // No example is example-required's business; one that is not an object is template-schema's.
      if (!example) return;
      const placeholders = wellFormed(node.text);
      const kind = expectedKind(template, placeholders);
      const positionalKey = part === 'body' ? 'body_text' : 'header_text';
      const namedKey = part === 'body' ? 'body_text_named_params' : 'header_text_named_params';
      const positional = example[positionalKey];
      if (!absent(positional)) {
        if (kind === 'named') {
          const at = { pointer: join(node.pointer, 'example', positionalKey) };
          context.report({ messageId: 'positionalInNamed', data: { field: positionalKey, expected: namedKey }, at });
        } else {
          const written = new Set(placeholdersOf(node.text).map((p) => p.name.trim())).size;
          checkPositional(part, node, positional, distinctCount(placeholders), written);
        }
      }
      if (!absent(example[namedKey])) {
        if (kind === 'positional') {
          const at = { pointer: join(node.pointer, 'example', namedKey) };
          context.report({ messageId: 'namedInPositional', data: { field: namedKey, expected: positionalKey }, at });
        } else {
          checkNamed(part, node, placeholders);
        }
      }
    }

    function checkMedia(header: HeaderNode): void {
      for (const handle of header.example?.handles ?? []) {
        if (handle.value.trim() === '') context.report({ messageId: 'emptySample', at: handle, actual: handle.value });
        else if (!options.allowUrlHandles && WEB_URL.test(handle.value) && !META_CDN.test(handle.value)) {
          context.report({ messageId: 'handleIsUrl', data: { value: handle.value }, at: handle, actual: handle.value });
        }
      }
    }

    function checkUrlButton(button: ButtonNode): void {
      const first = wellFormed(button.url)[0];
      if (!first) return;
      const raw = (button.raw as Json).example;
      if (absent(raw)) return;
      if (typeof raw === 'string') {
        // template-schema accepts a string (a COPY_CODE sample is one); a URL sample must be a list.
        context.report({ messageId: 'shape', data: { field: 'example', expected: URL_EXAMPLE }, at: { pointer: join(button.pointer, 'example') } });
        return;
      }
      if (!Array.isArray(raw)) return;
      if (raw.length !== 1) {
        context.report({ messageId: 'count', data: { field: 'example', expected: 1, actual: raw.length }, at: { pointer: join(button.pointer, 'example') } });
      }
      const prefix = first.field.value.slice(0, first.start);
      for (const sample of button.exampleValues) {
        if (checkSample(sample)) continue;
        // A sample that is not written as a URL is the variable's value (`summer2023`), which Meta accepts too.
        if (prefix !== '' && URL_LIKE.test(sample.value) && !sample.value.startsWith(prefix)) {
          context.report({ messageId: 'urlExamplePrefix', data: { prefix }, at: sample, actual: sample.value });
        }
      }
    }

    return {
      Header(header) {
        if (header.format !== undefined && MEDIA_FORMATS.has(header.format)) checkMedia(header);
        else if (header.format === 'TEXT' || ((header.raw as Json).format === undefined && header.text !== undefined)) checkText('header', header);
      },
      Body(body) {
        checkText('body', body);
      },
      Button(button) {
        if (button.type === 'URL') checkUrlButton(button);
      },
    };
  },
});
