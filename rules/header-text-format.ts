import { createRule, type TextEdit } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';
import { findEmoji } from '../src/text/emoji.js';

/** A line break with the spaces around it (several breaks in a row are one report). */
const LINE_BREAK = /[^\S\r\n\u0085\u2028\u2029]*(?:\r\n|[\r\n\u0085\u2028\u2029])\s*/g;
/** WhatsApp formatting markers: bold, italic, strikethrough, monospace. */
const MARKER = /```|[*_~]/g;
const SPACE = /[^\S\r\n]/;
const MAY_HAVE_MARKER = /[*_~`]/;

type Part = 'header' | 'footer';

interface Span {
  readonly start: number;
  readonly end: number;
}

const inside = (spans: readonly Span[], i: number) => spans.some((s) => i >= s.start && i < s.end);

/** The span that removes an emoji with one of the spaces around it, so that no double space is left behind. */
function emojiRemoval(text: string, start: number, end: number): Span {
  const before = start === 0 || SPACE.test(text[start - 1]!);
  if (SPACE.test(text[end] ?? '') && before) return { start, end: end + 1 };
  if (start > 0 && SPACE.test(text[start - 1]!) && end === text.length) return { start: start - 1, end };
  return { start, end };
}

export default createRule({
  id: 'header-text-format',
  kind: 'rejection',
  summary: 'Disallow line breaks, emoji and formatting markers in the header and footer text.',
  recommended: 'error',
  messages: {
    lineBreak: (d: { part: Part }) => `Line break in the ${d.part} text; WhatsApp Manager rejects line breaks in the ${d.part}, keep it on one line`,
    emoji: (d: { part: Part; emoji: string }) =>
      `Emoji \`${d.emoji}\` in the ${d.part} text; WhatsApp Manager rejects emoji in the header and footer, remove it or move it to the body`,
    formatting: (d: { part: Part; marker: string }) =>
      `Formatting marker \`${d.marker}\` in the ${d.part} text; the ${d.part} cannot be bold, italic, struck or monospace, remove the marker`,
    removeEmoji: (d: { emoji: string }) => `Remove \`${d.emoji}\``,
    removeFormatting: (d: { marker: string }) => `Remove the \`${d.marker}\` marker`,
  },
  fixable: true,
  suggest: true,
  create(context) {
    const check = (field: TextField, part: Part): void => {
      const text = field.value;
      for (const m of text.matchAll(LINE_BREAK)) {
        const start = m.index;
        const end = start + m[0].length;
        // One space between two words cannot change what the text says; at either end, nothing at all.
        const replacement = start === 0 || end === text.length ? '' : ' ';
        context.report({ messageId: 'lineBreak', data: { part }, at: { field, start, end }, fix: { field, start, end, text: replacement } });
      }
      const emoji = findEmoji(text);
      for (const e of emoji) {
        const removal = emojiRemoval(text, e.start, e.end);
        context.report({
          messageId: 'emoji',
          data: { part, emoji: e.text },
          at: { field, start: e.start, end: e.end },
          actual: e.text,
          suggest: [{ messageId: 'removeEmoji', data: { emoji: e.text }, fix: { field, ...removal, text: '' } }],
        });
      }
      if (!MAY_HAVE_MARKER.test(text)) return;
      // Underscores of `{{first_name}}` and the `*` of a `*️⃣` keycap are not formatting.
      const skip: Span[] = [...placeholdersOf(field), ...emoji];
      const open = new Map<string, Span>();
      const found: Array<{ marker: string; spans: Span[] }> = [];
      for (const m of text.matchAll(MARKER)) {
        if (inside(skip, m.index)) continue;
        const span = { start: m.index, end: m.index + m[0].length };
        const first = open.get(m[0]);
        // Markers pair up in order, as WhatsApp reads them (`*Promo*`); a marker left alone is reported alone.
        if (first) {
          open.delete(m[0]);
          found.push({ marker: m[0], spans: [first, span] });
        } else open.set(m[0], span);
      }
      for (const [marker, span] of open) found.push({ marker, spans: [span] });
      for (const { marker, spans } of found) {
        const start = spans[0]!.start;
        const end = spans[spans.length - 1]!.end;
        const fix: TextEdit[] = spans.map((s) => ({ field, start: s.start, end: s.end, text: '' }));
        context.report({
          messageId: 'formatting',
          data: { part, marker },
          at: { field, start, end },
          actual: text.slice(start, end),
          suggest: [{ messageId: 'removeFormatting', data: { marker }, fix }],
        });
      }
    };
    return {
      Header(header) {
        // Card headers are media (carousel-format checks them); only a text header has text to check.
        if (header.inCard || !header.text) return;
        // A header without `format` is read as text; any other format (or a format of the wrong type) is not text.
        const format = (header.raw as { format?: unknown }).format;
        if (format !== undefined && header.format !== 'TEXT') return;
        check(header.text, 'header');
      },
      Footer(footer) {
        if (footer.text) check(footer.text, 'footer');
      },
    };
  },
});
