import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { languageOf, maskedSpans } from '../src/language/pipeline.js';
import type { TextField, TextRole } from '../src/template/model.js';

/** Texts that are prose the customer reads; samples and URLs are not checked. */
const PROSE_ROLES: ReadonlySet<TextRole> = new Set(['header', 'body', 'footer', 'card-body', 'button-text', 'offer-text']);
/** Line breaks and formatting markers only mean something in a body. */
const BODY_ROLES: ReadonlySet<TextRole> = new Set(['body', 'card-body']);

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';
const SPACE_NAMES = { narrow: 'narrow no-break space (U+202F)', nbsp: 'no-break space (U+00A0)' } as const;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/;
/** What may stand before a space that should not be there (`word ,`, `{{1}} !`, `(note) .`). */
const WORD_END = /[\p{L}\p{N})\]}"'’”»*_~]/u;
/** `;)` `:-(` `:D` `:P`: a smiley, not punctuation. */
const SMILEY = /^[:;]-?(?:[()|/\\[\]]|[DPpOo3](?![\p{L}\p{N}]))/u;
/** Characters that make a run of text a path, a query, an address or an identifier rather than prose. */
const TECHNICAL = /[/=&@#\\_<>]/;
/** `exemple.fr`, `Node.js`: a dot between letters. */
const DOMAIN_LIKE = /\p{L}\.\p{L}{2}/u;
/** French high punctuation: a no-break space goes before each (before `:` only in Quebec). */
const FRENCH_HIGH = ';:!?';
const ELLIPSIS = /(?<!\.)\.\.\.(?!\.)/g;
const REPEATED = /([!?])\1+/g;
const BLANK_LINES = /\r?\n(?:[ \t\u00a0\u202f]*\r?\n){2,}/g;
const DOUBLE_SPACE = /[ \u00a0\u202f]{2,}/g;
const APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;
const CODE = /```[^]*?```|`[^`\n]+`/g;
const MARKERS = ['*', '_', '~'] as const;
const CLOSING_PUNCTUATION = /[.,;:!?…)\]»”]/;

type Side = 'before' | 'after';

interface Mask {
  /** Any masked character: placeholders, links, e-mails, amounts, dates, times, codes, numbers, monospace. */
  readonly any: Uint8Array;
  /** Characters of links and e-mail addresses. */
  readonly address: Uint8Array;
}

function maskOf(field: TextField): Mask {
  const length = field.value.length;
  const any = new Uint8Array(length);
  const address = new Uint8Array(length);
  for (const span of maskedSpans(field)) {
    any.fill(1, span.start, span.end);
    if (span.kind === 'url' || span.kind === 'email') address.fill(1, span.start, span.end);
  }
  if (field.value.includes('`')) for (const m of field.value.matchAll(CODE)) any.fill(1, m.index, m.index + m[0].length);
  return { any, address };
}

/** The run of non-space characters around `index`. */
function tokenAt(text: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && !WHITESPACE.test(text[start - 1]!)) start--;
  while (end < text.length && !WHITESPACE.test(text[end]!)) end++;
  return text.slice(start, end);
}

const isBlank = (c: string | undefined): boolean => c === undefined || WHITESPACE.test(c);
const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);

export default createRule({
  id: 'typography',
  kind: 'language',
  summary: 'Enforce French and English typography: spaces around punctuation, ellipses, apostrophes, line breaks and formatting markers.',
  recommended: 'warn',
  messages: {
    missingSpace: (d: { mark: string; side: Side }) => `No space ${d.side} \`${d.mark}\`; French typography puts a no-break space there, add one`,
    plainSpace: (d: { mark: string; side: Side; space: string }) =>
      `Plain space ${d.side} \`${d.mark}\`; use a ${d.space} so that a line never breaks there`,
    spaceBefore: (d: { mark: string }) => `Space before \`${d.mark}\`; remove it`,
    missingSpaceAfter: (d: { mark: string }) => `No space after \`${d.mark}\`; add one`,
    ellipsis: () => 'Three dots `...`; use the ellipsis character `…`',
    apostrophe: (d: { actual: string; expected: string }) =>
      `Apostrophe \`${d.actual}\` while the template’s other apostrophes are \`${d.expected}\`; use \`${d.expected}\` throughout`,
    doubleSpace: (d: { count: number }) => `${d.count} spaces in a row; use a single space`,
    repeatedPunctuation: (d: { actual: string; mark: string }) => `\`${d.actual}\` reads as shouting and looks like spam; use a single \`${d.mark}\``,
    blankLines: (d: { count: number }) => `${d.count} line breaks in a row; keep at most one blank line`,
    unbalancedMarker: (d: { marker: string }) =>
      `\`${d.marker}\` has no matching marker on its line, so WhatsApp shows it as is; close the formatting or remove the marker`,
    single: (d: { mark: string }) => `Replace with a single \`${d.mark}\``,
  },
  options: z
    .object({
      /** The space inserted before `; : ! ?` and inside `« »` in French: narrow (U+202F) or full-width (U+00A0). */
      frenchSpace: z.enum(['narrow', 'nbsp']).default('narrow'),
    })
    .strict(),
  fixable: true,
  suggest: true,
  create(context) {
    const space = context.options.frenchSpace === 'nbsp' ? NBSP : NARROW_NBSP;
    const spaceName = SPACE_NAMES[context.options.frenchSpace];

    /** French spacing: `; : ! ?` (only `:` in Quebec) and `« »`. */
    const frenchSpacing = (field: TextField, mask: Mask, quebec: boolean): void => {
      const text = field.value;
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (mask.any[i]) continue;
        if (c === '«' || c === '»') {
          const opening = c === '«';
          const side: Side = opening ? 'after' : 'before';
          // The character that should be a no-break space, and the one beyond it.
          const near = opening ? i + 1 : i - 1;
          const far = opening ? i + 2 : i - 2;
          if (near < 0 || near >= text.length) continue;
          if (text[near] === ' ') {
            if (far >= 0 && far < text.length && !isBlank(text[far])) {
              context.report({ messageId: 'plainSpace', data: { mark: c, side, space: spaceName }, at: { field, start: near, end: near + 1 }, severity: 'info', fix: { field, start: near, end: near + 1, text: space } });
            }
          } else if (!isBlank(text[near])) {
            const at = opening ? i + 1 : i;
            context.report({ messageId: 'missingSpace', data: { mark: c, side }, at: { field, start: i, end: i + 1 }, actual: c, fix: { field, start: at, end: at, text: space } });
          }
          continue;
        }
        if (!FRENCH_HIGH.includes(c) || (quebec && c !== ':')) continue;
        // Only the first of `?!`, `!!`, `:`… gets the space.
        if (i === 0 || FRENCH_HIGH.includes(text[i - 1]!)) continue;
        if (SMILEY.test(text.slice(i, i + 4))) continue;
        const previous = text[i - 1]!;
        const next = text[i + 1];
        if (mask.address[i - 1]) continue;
        if (previous === ' ') {
          if (i >= 2 && !isBlank(text[i - 2])) {
            context.report({ messageId: 'plainSpace', data: { mark: c, side: 'before', space: spaceName }, at: { field, start: i - 1, end: i }, severity: 'info', fix: { field, start: i - 1, end: i, text: space } });
          }
          continue;
        }
        if (isBlank(previous) || /[([{«"'‘“]/.test(previous)) continue;
        // `ID:123`, `1:2`, `lang:fr`: a `:` that holds something on both sides is not punctuation.
        if (c === ':' && isAlnum(next)) continue;
        // `exemple.fr/suivi?id=3`, `exemple.fr!`: an address the link finder did not take.
        const token = tokenAt(text, i);
        if (TECHNICAL.test(token) || DOMAIN_LIKE.test(token)) continue;
        context.report({ messageId: 'missingSpace', data: { mark: c, side: 'before' }, at: { field, start: i, end: i + 1 }, actual: c, fix: { field, start: i, end: i, text: space } });
      }
    };

    /** A space before `, .` (and before `; : ! ?` in English). */
    const spaceBefore = (field: TextField, mask: Mask, marks: string): void => {
      const text = field.value;
      for (let i = 1; i < text.length; i++) {
        const c = text[i]!;
        if (!marks.includes(c) || mask.any[i]) continue;
        const s = i - 1;
        // Exactly one space, after a word: several spaces are `doubleSpace`'s, a line start is indentation.
        if (!/[ \u00a0\u202f\t]/.test(text[s]!) || s === 0 || !WORD_END.test(text[s - 1]!) || mask.address[s - 1]) continue;
        const next = text[i + 1];
        if (c === '.' && !(next === undefined || WHITESPACE.test(next) || /["'’”)\]»*_~]/.test(next))) continue;
        if (c === ',' && isAlnum(next)) continue;
        if ((c === ':' || c === ';') && SMILEY.test(text.slice(i, i + 4))) continue;
        context.report({ messageId: 'spaceBefore', data: { mark: c }, at: { field, start: s, end: i + 1 }, actual: text.slice(s, i + 1), fix: { field, start: s, end: i, text: '' } });
      }
    };

    /** `word,word`, `commande.Merci`, `Note:voir`. */
    const missingSpaceAfter = (field: TextField, mask: Mask): void => {
      const text = field.value;
      for (let i = 1; i < text.length - 1; i++) {
        const c = text[i]!;
        if (!'.,;:!?'.includes(c) || mask.any[i] || mask.any[i + 1]) continue;
        const previous = text[i - 1]!;
        const next = text[i + 1]!;
        // After a masked span only a placeholder counts: `{{1}},votre` is prose, `10h30:voir` is not checked.
        if (!LETTER.test(next) || (mask.any[i - 1] && previous !== '}')) continue;
        if (c === '.') {
          // `commande.Merci`, not `e.g.`, `M.Dupont`, `Node.js`, `ASP.NET`, a bare domain or a file name.
          if (!LOWER.test(previous) || !LETTER.test(text[i - 2] ?? '') || !UPPER.test(next) || !LOWER.test(text[i + 2] ?? '')) continue;
          // `Ref.No.123`, `Dr.Med.`: a chain of abbreviations.
          if ((tokenAt(text, i).replace(/[.…!?]+$/, '').match(/\./g)?.length ?? 0) > 1) continue;
        } else if (c === ':' || (!LETTER.test(previous) && !/[)}"'’”»]/.test(previous))) {
          // `Horaires :lundi`, `Bonjour !Venez`: after a space the mark cannot belong to a token. A `:` between two
          // letters (`lang:fr`, `Re:Commande`) is left alone: it is an identifier as often as a typo.
          if (!(WHITESPACE.test(previous) && c !== ',')) continue;
        }
        if ((c === ':' || c === ';') && SMILEY.test(text.slice(i, i + 4))) continue;
        const token = tokenAt(text, i);
        // `exemple.fr/a?b=c`, `mot_de_passe`, `x=1;y=2`, `exemple.fr!promo`: addresses and identifiers, not prose.
        if (TECHNICAL.test(token) || (c !== '.' && DOMAIN_LIKE.test(token))) continue;
        context.report({ messageId: 'missingSpaceAfter', data: { mark: c }, at: { field, start: i, end: i + 1 }, actual: text.slice(i, i + 2), fix: { field, start: i + 1, end: i + 1, text: ' ' } });
      }
    };

    const doubleSpaces = (field: TextField, mask: Mask): void => {
      const text = field.value;
      for (const m of text.matchAll(DOUBLE_SPACE)) {
        const start = m.index;
        const end = start + m[0].length;
        // Between two characters of the same line; indentation and trailing spaces are not this rule's business.
        if (start === 0 || end >= text.length || WHITESPACE.test(text[start - 1]!) || WHITESPACE.test(text[end]!)) continue;
        if (mask.any.subarray(start, end).some((x) => x === 1)) continue;
        // A no-break space in the run was put there on purpose: keep that one.
        const keep = [...m[0]].find((c) => c !== ' ') ?? ' ';
        context.report({ messageId: 'doubleSpace', data: { count: end - start }, at: { field, start, end }, fix: { field, start, end, text: keep } });
      }
    };

    const repeated = (field: TextField, mask: Mask): void => {
      for (const m of field.value.matchAll(REPEATED)) {
        const start = m.index;
        const end = start + m[0].length;
        if (mask.any.subarray(start, end).some((x) => x === 1)) continue;
        const mark = m[1]!;
        context.report({
          messageId: 'repeatedPunctuation',
          data: { actual: m[0], mark },
          at: { field, start, end },
          actual: m[0],
          suggest: [{ messageId: 'single', data: { mark }, fix: { field, start, end, text: mark } }],
        });
      }
    };

    const ellipses = (field: TextField, mask: Mask): void => {
      for (const m of field.value.matchAll(ELLIPSIS)) {
        const start = m.index;
        if (mask.any[start] || mask.any[start + 1] || mask.any[start + 2]) continue;
        context.report({ messageId: 'ellipsis', at: { field, start, end: start + 3 }, actual: '...', fix: { field, start, end: start + 3, text: '…' } });
      }
    };

    const blankLines = (field: TextField): void => {
      for (const m of field.value.matchAll(BLANK_LINES)) {
        const start = m.index;
        const end = start + m[0].length;
        const count = m[0].split('\n').length - 1;
        context.report({ messageId: 'blankLines', data: { count }, at: { field, start, end }, fix: { field, start, end, text: '\n\n' } });
      }
    };

    /** `*`, `_`, `~` that nothing closes on their line (footnote asterisks excepted). */
    const markers = (field: TextField, mask: Mask): void => {
      const text = field.value;
      if (!/[*_~]/.test(text)) return;
      const found: Array<{ marker: string; at: number }> = [];
      let lineStart = 0;
      while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.length;
        for (const marker of MARKERS) {
          let open = -1;
          for (let i = text.indexOf(marker, lineStart); i >= 0 && i < lineEnd; i = text.indexOf(marker, i + 1)) {
            if (mask.any[i]) continue;
            const p = i > lineStart ? text[i - 1] : undefined;
            const n = i + 1 < lineEnd ? text[i + 1] : undefined;
            // `**`, `~~`, `5 * 3`, a `* ` bullet, `mot_de_passe`, `~30 min`: not formatting.
            if (p === marker || n === marker) continue;
            if (isBlank(p) && isBlank(n)) continue;
            if (isAlnum(p) && isAlnum(n)) continue;
            // `~30 min`, `~$20`, `~{{1}}`: an approximation, not a strikethrough.
            if (marker === '~' && n !== undefined && (DIGIT.test(n) || mask.any[i + 1] === 1 || /[$€£¥]/.test(n))) continue;
            // An opening marker stands before a word (`*Promo`), not before punctuation (`50 €*.` is a footnote call).
            const canOpen = !isBlank(n) && !isAlnum(p) && !CLOSING_PUNCTUATION.test(n!);
            const canClose = !isBlank(p) && !isAlnum(n);
            if (open >= 0 && canClose) {
              open = -1;
            } else if (canOpen) {
              if (open >= 0) found.push({ marker, at: open });
              open = i;
            } else if (marker !== '*') {
              // A closing `*` with nothing open is a footnote call (`valable jusqu’au 30/06*`).
              found.push({ marker, at: i });
            }
          }
          // `*Voir conditions en magasin`: an opening `*` at the start of a line that nothing closes is a footnote.
          if (open >= 0 && !(marker === '*' && text.slice(lineStart, open).trim() === '')) found.push({ marker, at: open });
        }
        lineStart = lineEnd + 1;
      }
      for (const { marker, at } of found.sort((a, b) => a.at - b.at)) {
        context.report({ messageId: 'unbalancedMarker', data: { marker }, at: { field, start: at, end: at + 1 }, actual: marker });
      }
    };

    return {
      Template(template) {
        const code = template.language ?? context.settings.defaultLanguage;
        const language = languageOf(code);
        if (!language) return;
        const quebec = language === 'fr' && /^fr[_-]ca$/i.test(code!.trim());
        const fields = template.texts.filter((f) => PROSE_ROLES.has(f.role) && f.value.length > 0);
        const apostrophes: Array<{ field: TextField; at: number; value: string }> = [];
        for (const field of fields) {
          const mask = maskOf(field);
          if (language === 'fr') {
            frenchSpacing(field, mask, quebec);
            spaceBefore(field, mask, ',.');
            ellipses(field, mask);
            for (const m of field.value.matchAll(APOSTROPHE)) if (!mask.any[m.index]) apostrophes.push({ field, at: m.index, value: m[0] });
          } else {
            spaceBefore(field, mask, ',.;:!?');
          }
          missingSpaceAfter(field, mask);
          doubleSpaces(field, mask);
          repeated(field, mask);
          if (BODY_ROLES.has(field.role)) {
            blankLines(field);
            markers(field, mask);
          }
        }
        // Mixed apostrophes: the minority is reported, with a fix to the majority (the typographic one on a tie).
        const straight = apostrophes.filter((a) => a.value === "'").length;
        const curly = apostrophes.length - straight;
        if (straight > 0 && curly > 0) {
          const expected = straight > curly ? "'" : '’';
          for (const a of apostrophes) {
            if (a.value === expected) continue;
            context.report({ messageId: 'apostrophe', data: { actual: a.value, expected }, at: { field: a.field, start: a.at, end: a.at + 1 }, actual: a.value, fix: { field: a.field, start: a.at, end: a.at + 1, text: expected } });
          }
        }
      },
    };
  },
});
