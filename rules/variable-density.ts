import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/**
 * A word is what Meta's editor and the providers who measured the threshold count: a run of characters between
 * spaces that holds a letter or a digit. So `l'adresse`, `rendez-vous` and `10h30` are one word each, and
 * punctuation (`!` after a French space, `«`, `—`) and emoji are no words at all.
 */
const TOKEN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Scripts written without spaces: one word per 7 Thai-family letters (Meta's editor counts so), per 2 Han or kana. */
const NO_SPACE_TEST = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NO_SPACE = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const THAI_LIKE = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words of a text in which placeholders have already been blanked out; counting stops at `enough`. */
function countWords(text: string, enough: number): number {
  let count = 0;
  let rest = text;
  if (NO_SPACE_TEST.test(text)) {
    rest = text.replace(NO_SPACE, (run) => {
      count += Math.ceil(run.length / (THAI_LIKE.test(run) ? 7 : 2));
      return ' ';
    });
  }
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(rest); match && count < enough; match = TOKEN.exec(rest)) if (LETTER_OR_DIGIT.test(match[0])) count++;
  return count;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export default createRule({
  id: 'variable-density',
  kind: 'rejection',
  summary: 'Warn when the body has too many placeholders for its amount of text.',
  recommended: 'warn',
  messages: {
    tooManyVariables: (d: { variables: number; words: number; needed: number }) =>
      `Body has ${plural(d.variables, 'placeholder')} for ${plural(d.words, 'word')} of text; Meta rejects bodies with too many variables for their length, write at least ${plural(d.needed, 'word')} or use fewer placeholders`,
  },
  options: z
    .object({
      /**
       * Words of its own the body needs per distinct placeholder: `words ≥ minWordsPerVariable × placeholders + 1`.
       * 2 is the rule providers measured (Maqsam: 2x+1 words; Syniverse, Mercuri: words + placeholders ≥ 3x+1).
       */
      minWordsPerVariable: z.number().min(0).default(2),
    })
    .strict(),
  create(context) {
    return {
      Body(body) {
        // Meta writes AUTHENTICATION bodies itself, and some languages' preset is short (`*{{1}}* on vahvistuskoodisi.`).
        if (body.inCard || !body.text || context.template.category === 'AUTHENTICATION') return;
        const placeholders = placeholdersOf(body.text);
        if (placeholders.length === 0) return;
        const value = body.text.value;
        const names = new Set<string>();
        let text = '';
        let cursor = 0;
        for (const p of placeholders) {
          names.add(p.name.trim());
          text += value.slice(cursor, p.start) + ' ';
          cursor = p.end;
        }
        text += value.slice(cursor);
        const variables = names.size;
        const needed = Math.ceil(context.options.minWordsPerVariable * variables + 1);
        const words = countWords(text, needed);
        if (words >= needed) return;
        context.report({ messageId: 'tooManyVariables', data: { variables, words, needed }, at: body.text });
      },
    };
  },
});
