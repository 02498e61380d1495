import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { loadList } from '../src/dictionaries.js';
import { analyse, languageOf, type CheckedLanguage } from '../src/language/pipeline.js';
import { getSpeller } from '../src/language/speller.js';
import type { TemplateNode, TextField } from '../src/template/model.js';

const LANGUAGE_NAMES: Record<CheckedLanguage, string> = { fr: 'French', en: 'English' };
const CODE_HINT: Record<CheckedLanguage, string> = { fr: 'a French code such as `fr`', en: 'an English code such as `en_US` or `en_GB`' };
const OTHER: Record<CheckedLanguage, CheckedLanguage> = { fr: 'en', en: 'fr' };

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
/** Any letter outside the Latin script: the fast path skips script counting when there is none. */
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;
const MASK_ONLY = /^x+$/;
const ACRONYM = /^\p{Lu}{2,5}s?$/u;
const CAPITALISED = /^\p{Lu}/u;
const INNER_CAPITAL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
const APOSTROPHE = /[’ʼ]/g;
const ELIDED = /^(\p{L}{1,5}')\p{L}/u;

/** Scripts we can name; letters of any other non-Latin script count as "another script". */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
];

let functionWords: Record<CheckedLanguage, ReadonlySet<string>> | undefined;
/** dictionaries/language/function-words.<lang>.txt */
function functionWordsOf(language: CheckedLanguage): ReadonlySet<string> {
  functionWords ??= {
    fr: new Set(loadList('language/function-words.fr.txt')),
    en: new Set(loadList('language/function-words.en.txt')),
  };
  return functionWords[language];
}

let vocabulary: ReadonlySet<string> | undefined;
/** WhatsApp and web vocabulary, brand names: words of no language in particular. */
function neutralWords(): ReadonlySet<string> {
  return (vocabulary ??= new Set([...loadList('words/whatsapp.txt'), ...loadList('words/brands.txt')]));
}

const ASCII = /^[\x00-\x7f]*$/;

function isFunctionWord(lower: string, list: ReadonlySet<string>): boolean {
  if (list.has(lower)) return true;
  const elided = ELIDED.exec(lower)?.[1];
  return elided !== undefined && list.has(elided);
}

/** What one group of texts reads as. */
interface Evidence {
  /** Prose words weighed between French and English. */
  total: number;
  /** Words only the French (English) dictionary accepts. */
  only: Record<CheckedLanguage, number>;
  /** Function words of each language, in order of appearance (lower case). */
  functionWords: Record<CheckedLanguage, string[]>;
  /** Words and letters for the script test. */
  words: number;
  letters: number;
  latinLetters: number;
  nonLatin: string;
}

function weigh(fields: readonly TextField[], declared: CheckedLanguage, extra: ReadonlySet<string>): Evidence {
  const evidence: Evidence = { total: 0, only: { fr: 0, en: 0 }, functionWords: { fr: [], en: [] }, words: 0, letters: 0, latinLetters: 0, nonLatin: '' };
  const neutral = neutralWords();
  for (const field of fields) {
    for (const word of analyse(field, declared).words) {
      const value = word.value;
      if (HAS_DIGIT.test(value) || MASK_ONLY.test(value) || !HAS_LETTER.test(value)) continue;
      evidence.words++;
      let letters: number;
      let latin: number;
      if (ASCII.test(value)) {
        // Most words are plain ASCII: count their letters without allocating match arrays.
        letters = 0;
        for (let k = 0; k < value.length; k++) {
          const c = value.charCodeAt(k) | 0x20;
          if (c >= 0x61 && c <= 0x7a) letters++;
        }
        latin = letters;
      } else {
        letters = value.match(LETTERS)?.length ?? 0;
        latin = value.match(LATIN_LETTERS)?.length ?? 0;
      }
      evidence.letters += letters;
      evidence.latinLetters += latin;
      if (latin < letters) {
        evidence.nonLatin += value;
        continue;
      }
      // Names, brands and acronyms say nothing about the language of the sentence around them.
      if (value.length <= 6 && ACRONYM.test(value)) continue;
      if (INNER_CAPITAL.test(value)) continue;
      if (CAPITALISED.test(value) && !word.sentenceStart) continue;
      if (neutral.has(value) || extra.has(value) || extra.has(value.toLowerCase())) continue;
      evidence.total++;
      const fr = getSpeller('fr').correct(value);
      const en = getSpeller('en').correct(value);
      if (fr && !en) evidence.only.fr++;
      else if (en && !fr) evidence.only.en++;
      const lower = value.toLowerCase().replace(APOSTROPHE, "'");
      for (const language of ['fr', 'en'] as const) {
        if (isFunctionWord(lower, functionWordsOf(language))) evidence.functionWords[language].push(lower);
      }
    }
  }
  return evidence;
}

/** The script most of the non-Latin letters are in. */
function scriptOf(text: string): string {
  const counts = new Map<string, number>();
  for (const char of text) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best = 'a non-Latin';
  let most = 0;
  for (const [script, count] of counts) if (count > most) [best, most] = [script, count];
  return best;
}

interface Group {
  /** Where a finding is shown: the first text of the group. */
  readonly at: TextField;
  readonly fields: readonly TextField[];
}

/** The body; the header and footer together; the bodies of the carousel cards together. Samples are not prose. */
function groupsOf(template: TemplateNode): Group[] {
  const groups: Group[] = [];
  const add = (fields: Array<TextField | undefined>) => {
    const present = fields.filter((f): f is TextField => f !== undefined);
    const first = present[0];
    if (first) groups.push({ at: first, fields: present });
  };
  add([template.body?.text]);
  add([template.header?.text, template.footer?.text]);
  add(template.carousel?.cards.map((card) => card.body?.text) ?? []);
  return groups;
}

const quoted = (words: readonly string[]) => [...new Set(words)].slice(0, 4).map((w) => `\`${w}\``).join(', ');

export default createRule({
  id: 'language-mismatch',
  kind: 'language',
  summary: 'Report text that is clearly written in another language than the template’s `language` (French, English).',
  recommended: 'warn',
  messages: {
    otherLanguage: (d: { detected: string; declared: string; code: string; only: number; total: number; functionWords: string; hint: string }) =>
      `Text reads as ${d.detected}, not ${d.declared} as \`language: ${d.code}\` says (${d.only} of ${d.total} words are ${d.detected} only; function words ${d.functionWords}); translate it into ${d.declared} or set \`language\` to ${d.hint}`,
    otherScript: (d: { script: string; declared: string; code: string }) =>
      `Text is written in ${d.script} script, not in ${d.declared} as \`language: ${d.code}\` says; translate it into ${d.declared} or set \`language\` to the language it is written in`,
  },
  options: z
    .object({
      /** Prose words (names, brands, numbers, links and placeholders left out) a text needs before it is judged. */
      minWords: z.number().int().min(1).default(6),
      /** Share of those words that only the other language's dictionary accepts. */
      minShare: z.number().min(0).max(1).default(0.5),
      /** The other language must lead the declared one by this factor, in dictionary-only words and in function words. */
      minRatio: z.number().min(1).default(3),
      /** Function words (`the`, `your`, `vous`, `les`…) of the other language the text must hold. */
      minFunctionWords: z.number().int().min(0).default(2),
      /** Share of the letters that must be in one non-Latin script for an "other script" finding. */
      minScriptShare: z.number().min(0).max(1).default(0.8),
    })
    .strict(),
  create(context) {
    return {
      Template(template) {
        const code = template.language ?? context.settings.defaultLanguage;
        const declared = languageOf(code);
        if (!declared || !code) return;
        const other = OTHER[declared];
        const { minWords, minShare, minRatio, minFunctionWords, minScriptShare } = context.options;
        const extra = new Set(context.settings.words ?? []);
        const reported = new Set<string>();
        for (const group of groupsOf(template)) {
          if (group.fields.reduce((n, f) => n + f.value.length, 0) < minWords * 2) continue;
          const e = weigh(group.fields, declared, extra);
          // Another script: scripts written without spaces (Chinese, Japanese, Thai) make few, long "words".
          if (e.nonLatin && NON_LATIN.test(e.nonLatin)) {
            const enough = e.words >= minWords || e.letters >= minWords * 4;
            if (enough && e.letters > 0 && (e.letters - e.latinLetters) / e.letters >= minScriptShare) {
              const script = scriptOf(e.nonLatin);
              if (!reported.has(script)) {
                reported.add(script);
                context.report({ messageId: 'otherScript', data: { script, declared: LANGUAGE_NAMES[declared], code }, at: group.at });
              }
              continue;
            }
          }
          if (e.total < minWords) continue;
          const otherOnly = e.only[other];
          const otherFunction = e.functionWords[other].length;
          if (otherOnly < minShare * e.total || otherOnly < minRatio * e.only[declared]) continue;
          if (otherFunction < minFunctionWords || otherFunction < minRatio * e.functionWords[declared].length) continue;
          if (reported.has(other)) continue;
          reported.add(other);
          context.report({
            messageId: 'otherLanguage',
            data: {
              detected: LANGUAGE_NAMES[other],
              declared: LANGUAGE_NAMES[declared],
              code,
              only: otherOnly,
              total: e.total,
              functionWords: quoted(e.functionWords[other]),
              hint: CODE_HINT[other],
            },
            at: group.at,
          });
        }
      },
    };
  },
});
