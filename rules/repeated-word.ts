import type { Word } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { loadList } from '../src/dictionaries.js';
import { analyse, languageOf, type CheckedLanguage, type MaskedSpan } from '../src/language/pipeline.js';
import type { TextField } from '../src/template/model.js';

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
/** `Bora Bora`, `Baden Baden`: a word capitalised (not in capitals) both times is taken for a name. */
const TITLE_CASE = /^\p{Lu}(?!\p{Lu}*$)/u;
const APOSTROPHE = /[’ʼ]/g;

const allowed: Partial<Record<CheckedLanguage, ReadonlySet<string>>> = {};
/** Words that may be doubled on purpose in a language (dictionaries/language/repeated-words.<lang>.txt). */
function allowedIn(language: CheckedLanguage): ReadonlySet<string> {
  return (allowed[language] ??= new Set(loadList(`language/repeated-words.${language}.txt`)));
}

function normalise(word: string, language: CheckedLanguage): string {
  return word.toLowerCase().replace(APOSTROPHE, "'");
}

interface Doubled {
  /** End of the first occurrence: the fix removes from here to the end of the second. */
  readonly firstEnd: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Pairs of identical words with nothing but white space between them, inside one sentence, outside masked spans. */
function doubledWords(field: TextField, language: CheckedLanguage, extra: ReadonlySet<string>): Doubled[] {
  const analysed = analyse(field, language);
  if (analysed.words.length < 2) return [];
  const spans: readonly MaskedSpan[] = analysed.spans;
  const masked = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  const allow = allowedIn(language);
  const found: Doubled[] = [];
  for (const paragraph of analysed.tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      let previous: { value: string; key: string; start: number; end: number } | undefined;
      for (const child of sentence.children) {
        if (child.type === 'WhiteSpaceNode') continue;
        if (child.type !== 'WordNode') {
          // Punctuation, symbols and emoji part the words on either side.
          previous = undefined;
          continue;
        }
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? start;
        const value = nlcstToString(child as Word);
        if (masked(start, end) || HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) {
          previous = undefined;
          continue;
        }
        const key = normalise(value, language);
        if (
          previous &&
          previous.key === key &&
          !allow.has(key) &&
          !extra.has(key) &&
          !(TITLE_CASE.test(previous.value) && TITLE_CASE.test(value))
        ) {
          found.push({ firstEnd: previous.end, start, end, value });
          // `the the the`: the third is reported against the second, and the fixes do not overlap.
        }
        previous = { value, key, start, end };
      }
    }
  }
  return found;
}

export default createRule({
  id: 'repeated-word',
  kind: 'language',
  summary: 'Report a word written twice in a row (`les les`, `the the`), and remove the second one.',
  recommended: 'warn',
  messages: {
    repeated: (d: { word: string }) => `\`${d.word}\` is written twice in a row; remove the second one`,
  },
  options: z
    .object({
      /** More words that may be doubled on purpose (brand slogans, onomatopoeia), on top of the built-in lists. */
      allow: z.array(z.string().min(1)).default([]),
    })
    .strict(),
  fixable: true,
  create(context) {
    const language = languageOf(context.template.language ?? context.settings.defaultLanguage);
    if (!language) return {};
    const extra = new Set(context.options.allow.map((w) => normalise(w, language)));
    const check = (field: TextField | undefined) => {
      if (!field || field.value.length < 3) return;
      for (const d of doubledWords(field, language, extra)) {
        context.report({
          messageId: 'repeated',
          data: { word: d.value },
          at: { field, start: d.start, end: d.end },
          actual: d.value,
          // Only white space lies between the two: removing it with the second word cannot change the meaning.
          fix: { field, start: d.firstEnd, end: d.end, text: '' },
        });
      }
    };
    return {
      Header: (node) => check(node.text),
      Body: (node) => check(node.text),
      Footer: (node) => check(node.text),
    };
  },
});
