import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';
import { findEmoji } from '../src/text/emoji.js';

/**
 * What does not count as text before a placeholder (Meta's check ignores it too): whitespace, punctuation, symbols,
 * and the invisible parts of emoji and formatting: variation selectors and the keycap mark (`\p{M}`), zero-width
 * spaces and joiners (`\p{Cf}`).
 */
const NOISE_ONLY = /^[\s\p{P}\p{S}\p{M}\p{Cf}]*$/u;

/**
 * The only emoji that hold a letter or a digit: keycaps (`1️⃣`, digit + U+20E3) and `ℹ️` (U+2139, a letter). Every
 * other emoji character is a symbol, a mark or a format character, which NOISE_ONLY already ignores.
 */
const WORDY_EMOJI = /[\u20E3\u2139]/u;

/** True when `prefix` holds no words: nothing but noise once its emoji (`1️⃣` and `👨‍👩‍👧` included) are set aside. */
function wordless(prefix: string): boolean {
  if (NOISE_ONLY.test(prefix)) return true;
  if (!WORDY_EMOJI.test(prefix)) return false;
  let rest = '';
  let cursor = 0;
  for (const e of findEmoji(prefix)) {
    rest += prefix.slice(cursor, e.start);
    cursor = e.end;
  }
  return cursor > 0 && NOISE_ONLY.test(rest + prefix.slice(cursor));
}

export default createRule({
  id: 'variable-at-start',
  kind: 'rejection',
  summary: 'Disallow a placeholder as the first thing in the body.',
  recommended: 'error',
  messages: {
    atStart: (d: { placeholder: string }) =>
      `Body starts with \`${d.placeholder}\`; Meta rejects templates whose body starts with a placeholder, put words before it`,
  },
  create(context) {
    return {
      Body(body) {
        // Meta writes AUTHENTICATION bodies itself (`*{{1}}* is your verification code.`): nothing to fix there.
        if (body.inCard || !body.text || context.template.category === 'AUTHENTICATION') return;
        const first = placeholdersOf(body.text)[0];
        if (!first || !wordless(body.text.value.slice(0, first.start))) return;
        context.report({
          messageId: 'atStart',
          data: { placeholder: first.raw },
          at: { field: body.text, start: first.start, end: first.end },
          actual: first.raw,
        });
      },
    };
  },
});
