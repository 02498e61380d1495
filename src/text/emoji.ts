/**
 * Emoji in text, found the way WhatsApp shows them: one match per visible emoji, with its UTF-16 span.
 *
 * A match is one of:
 * - a flag: a pair of regional indicators (`🇫🇷`); a lone regional indicator counts too (it is drawn as an emoji);
 * - a keycap: a digit, `#` or `*`, an optional VS16 and U+20E3 (`1️⃣`, `#️⃣`);
 * - a pictograph (`\p{Extended_Pictographic}`) or a skin tone, with its variation selector, skin tones and tag
 *   characters (`🏴󠁧󠁢󠁥󠁮󠁧󠁿`), joined by ZWJ to the next ones (`👩🏽‍💻`, `❤️‍🔥`, `🏳️‍🌈`).
 *
 * Characters whose default presentation is text (`©`, `®`, `™`, `‼`, `❤`, `☎`, `↔`) count only when they ask for
 * the emoji presentation (U+FE0F), take a skin tone or sit in a ZWJ sequence: `© 2025` is text, `©️` is an emoji
 * (Unicode UTS #51, emoji presentation sequences). Any character followed by U+FE0E (text presentation) is text.
 * Digits, `#` and `*` alone are never emoji.
 */

export interface EmojiMatch {
  /** The emoji as written, with its selectors, modifiers and joiners. */
  readonly text: string;
  /** UTF-16 index of the first code unit. */
  readonly start: number;
  /** UTF-16 index after the last code unit. */
  readonly end: number;
}

const RI = '[\\u{1F1E6}-\\u{1F1FF}]';
const ELEMENT = '(?:\\p{Extended_Pictographic}|\\p{Emoji_Modifier})(?:\\uFE0F|\\p{Emoji_Modifier})*(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?';
const EMOJI = new RegExp(`${RI}{2}|[0-9#*]\\uFE0F?\\u20E3|${ELEMENT}(?:\\u200D${ELEMENT})*|${RI}`, 'gu');
/** Every emoji holds a code point at or above U+00A9 (`©`); plain ASCII and Latin-1 letters skip the regex. */
const MAYBE_EMOJI = /[^\u0000-\u00A8]/;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const TEXT_PRESENTATION = 0xfe0e;

/** The emoji of `text`, in order. */
export function findEmoji(text: string): EmojiMatch[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const found: EmojiMatch[] = [];
  for (const match of text.matchAll(EMOJI)) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    // A single code point: an emoji only when it is drawn as one by default and does not ask for text presentation.
    const single = value.length === 1 || (value.length === 2 && value.codePointAt(0)! > 0xffff);
    if (single && (!EMOJI_PRESENTATION.test(value) || text.charCodeAt(end) === TEXT_PRESENTATION)) continue;
    found.push({ text: value, start, end });
  }
  return found;
}

/** How many emoji `text` holds (a ZWJ sequence or a flag counts once). */
export function countEmoji(text: string): number {
  return findEmoji(text).length;
}
