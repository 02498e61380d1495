import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';
import { findEmoji } from '../src/text/emoji.js';

/**
 * Text that counts as words after a placeholder: letters, digits, and currency or unit signs (`{{1}} €`,
 * `{{1}} %`), which say what the value is. Whitespace, punctuation, emoji (a keycap `1️⃣` included) and other symbols
 * do not count.
 */
const CONTENT = /[\p{L}\p{N}\p{Sc}%‰°]/u;

/** The only emoji that hold a letter or a digit: keycaps (`1️⃣`, digit + U+20E3) and `ℹ️` (U+2139, a letter). */
const WORDY_EMOJI = /[\u20E3\u2139]/u;

/** True when `tail` holds words once its emoji are set aside. */
function hasWords(tail: string): boolean {
  if (!CONTENT.test(tail)) return false;
  if (!WORDY_EMOJI.test(tail)) return true;
  let rest = '';
  let cursor = 0;
  for (const e of findEmoji(tail)) {
    rest += tail.slice(cursor, e.start);
    cursor = e.end;
  }
  return CONTENT.test(rest + tail.slice(cursor));
}

export default createRule({
  id: 'variable-at-end',
  kind: 'rejection',
  summary: 'Disallow a placeholder as the last thing in the body.',
  recommended: 'error',
  messages: {
    atEnd: (d: { placeholder: string }) =>
      `Body ends with \`${d.placeholder}\`; Meta rejects templates whose body ends with a placeholder, add words after it`,
  },
  create(context) {
    return {
      Body(body) {
        // Meta writes AUTHENTICATION bodies itself, and several languages end on the code
        // (`Votre code de vérification est *{{1}}*.`, `Seu código de verificação é *{{1}}*.`): nothing to fix there.
        if (body.inCard || !body.text || context.template.category === 'AUTHENTICATION') return;
        const placeholders = placeholdersOf(body.text);
        const last = placeholders[placeholders.length - 1];
        if (!last || hasWords(body.text.value.slice(last.end))) return;
        context.report({
          messageId: 'atEnd',
          data: { placeholder: last.raw },
          at: { field: body.text, start: last.start, end: last.end },
          actual: last.raw,
        });
      },
    };
  },
});
