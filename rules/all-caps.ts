import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { analyse, languageOf, type CheckedLanguage, type ProseWord } from '../src/language/pipeline.js';
import { getSpeller } from '../src/language/speller.js';
import type { TextField } from '../src/template/model.js';

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const LETTERS = /\p{L}/gu;
/** Between two words of a shouted phrase there are spaces, apostrophes, hyphens, `!`, `?`, `.`, `:` and emoji… */
const LIST_SEPARATOR = /[,;/()|•·\n]/;
/** English `I`, `I'm`, `I’ll` keep their capital in sentence case. */
const ENGLISH_I = /^i(?:['’]\p{L}+)?$/u;

const letterCount = (value: string): number => value.match(LETTERS)?.length ?? 0;

/** A word written in capitals: at least two letters, none of them lower-case (`SOLDES`, `D’ÉTÉ`, `SAV`). */
const isCaps = (value: string): boolean => !HAS_LOWER.test(value) && HAS_UPPER.test(value) && letterCount(value) >= 2;
/** A lone capital letter (`À`, `A`, English `I`) neither makes nor breaks a shouted phrase. */
const isCapitalLetter = (value: string): boolean => letterCount(value) === 1 && !HAS_LOWER.test(value) && HAS_UPPER.test(value);

const ALNUM = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[\n.!?…]/;

/** Nothing but spaces, quotes, markers or emoji between the start of the text, a line or a sentence and `index`. */
function startsSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.test(c)) return true;
    if (ALNUM.test(c)) return false;
  }
  return true;
}

function sentenceCase(text: string, word: ProseWord, language: CheckedLanguage): string {
  const lower = word.value.toLowerCase();
  if (language === 'en' && ENGLISH_I.test(lower)) return `I${lower.slice(1)}`;
  if (!startsSentence(text, word.start)) return lower;
  const first = lower.search(HAS_LETTER);
  return lower.slice(0, first) + lower.charAt(first).toUpperCase() + lower.slice(first + 1);
}

export default createRule({
  id: 'all-caps',
  kind: 'language',
  summary: 'Report header, body and footer text written in capitals, which reads as shouting.',
  recommended: 'warn',
  messages: {
    capsRun: (d: { text: string; count: number }) => `\`${d.text}\` is ${d.count} words in capitals, which reads as shouting; write it in sentence case`,
    mostlyCaps: (d: { count: number; total: number }) =>
      `${d.count} of the ${d.total} words of this text are in capitals, which reads as shouting; write it in sentence case`,
    sentenceCase: (d: { text: string }) => `Write \`${d.text}\``,
  },
  options: z
    .object({
      /** Consecutive words in capitals that make a shouted phrase. */
      minWords: z.number().int().min(2).default(3),
      /** A word in capitals up to this many letters, alone, is taken for an acronym (SAV, RIB, PDF, STOP). */
      acronymLength: z.number().int().min(0).default(5),
    })
    .strict(),
  suggest: true,
  create(context) {
    const { minWords, acronymLength } = context.options;
    const language = languageOf(context.template.language ?? context.settings.defaultLanguage);

    const check = (field: TextField | undefined): void => {
      if (!language || !field || !HAS_UPPER.test(field.value)) return;
      const text = field.value;
      const words = analyse(field, language).words.filter((w) => HAS_LETTER.test(w.value) && !HAS_DIGIT.test(w.value));
      if (words.length === 0) return;

      // A short word in capitals that is not a word of the language in lower case is an acronym or a brand
      // (`CAF CPAM MSA`, `NHS`, `EDF`): it ends a run instead of making one.
      const speller = getSpeller(language);
      const acronym = (value: string): boolean => letterCount(value) <= acronymLength && !speller.correct(value.toLowerCase());
      // Runs of consecutive words in capitals; a list separator between two words ends a run.
      const runs: ProseWord[][] = [];
      let run: ProseWord[] = [];
      const close = () => {
        if (run.filter((w) => isCaps(w.value)).length >= minWords) runs.push(run);
        run = [];
      };
      for (const word of words) {
        const previous = run[run.length - 1];
        if (previous && LIST_SEPARATOR.test(text.slice(previous.end, word.start))) close();
        if (isCaps(word.value) && !acronym(word.value)) run.push(word);
        else if (isCapitalLetter(word.value) && run.length > 0) run.push(word);
        else close();
      }
      close();
      // A run never ends on a lone capital letter (`… SOLDES À` then lower case).
      for (const r of runs) while (r.length > 0 && !isCaps(r[r.length - 1]!.value)) r.pop();

      const caps = words.filter((w) => isCaps(w.value));
      const long = caps.some((w) => letterCount(w.value) > acronymLength);
      const rewrite = (from: number, to: number): string => {
        let out = '';
        let cursor = from;
        for (const w of words) {
          if (w.start < from || w.end > to || !(isCaps(w.value) || isCapitalLetter(w.value))) continue;
          out += text.slice(cursor, w.start) + sentenceCase(text, w, language);
          cursor = w.end;
        }
        return out + text.slice(cursor, to);
      };

      if (caps.length >= 2 && long && caps.length * 2 > words.length) {
        const fixed = rewrite(0, text.length);
        context.report({
          messageId: 'mostlyCaps',
          data: { count: caps.length, total: words.length },
          at: { field },
          suggest: fixed === text ? [] : [{ messageId: 'sentenceCase', data: { text: fixed }, fix: { field, start: 0, end: text.length, text: fixed } }],
        });
        return;
      }
      for (const r of runs) {
        const start = r[0]!.start;
        const end = r[r.length - 1]!.end;
        const fixed = rewrite(start, end);
        context.report({
          messageId: 'capsRun',
          data: { text: text.slice(start, end), count: r.filter((w) => isCaps(w.value)).length },
          at: { field, start, end },
          actual: text.slice(start, end),
          suggest: [{ messageId: 'sentenceCase', data: { text: fixed }, fix: { field, start, end, text: fixed } }],
        });
      }
    };

    return {
      Header(header) {
        if (!header.inCard) check(header.text);
      },
      Body(body) {
        check(body.text);
      },
      Footer(footer) {
        check(footer.text);
      },
    };
  },
});
