import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createRule, type Settings } from '../src/engine/create-rule.js';
import { loadList } from '../src/dictionaries.js';
import { analyse, languageOf, type CheckedLanguage } from '../src/language/pipeline.js';
import { getSpeller, type SpellLanguage } from '../src/language/speller.js';
import type { TemplateNode, TextField } from '../src/template/model.js';

const LANGUAGE_NAMES: Record<CheckedLanguage, string> = { fr: 'French', en: 'English' };
const HAS_DIGIT = /\d/;
/** parse-latin makes words of stray marks too (a lone U+FE0F after an emoji): only letters make a word. */
const HAS_LETTER = /\p{L}/u;
const ACRONYM = /^[\p{Lu}]{2,5}s?$/u;
/** `x` runs stand for masked text (see src/language/pipeline.ts); a word made only of them is not prose. */
const MASK_ONLY = /^x+$/;
const CAPITALISED = /^\p{Lu}/u;
const INNER_CAPITAL = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
/**
 * Samples hold names (`Léa`, `Lyon`); headers, footers and button labels are titles and signatures where brand
 * names stand first (`Northwind Outfitters · Customer care`): a capitalised word there is taken for a name.
 */
const TITLE_ROLES = new Set(['example', 'header', 'footer', 'button-text', 'offer-text']);

let vocabulary: ReadonlySet<string> | undefined;
/** Our word lists: WhatsApp and web vocabulary, brand names, everyday words the dictionaries lack (dictionaries/words/). */
function ourWords(): ReadonlySet<string> {
  return (vocabulary ??= new Set([...loadList('words/whatsapp.txt'), ...loadList('words/brands.txt'), ...loadList('words/common.txt')]));
}

const personal = new Map<string, readonly string[]>();
/** Words of the user's dictionary files (one per line), read once per path. */
function personalWords(path: string): readonly string[] {
  let words = personal.get(path);
  if (!words) {
    try {
      words = readFileSync(path, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    } catch {
      words = [];
    }
    personal.set(path, words);
  }
  return words;
}

const userWordsCache = new WeakMap<Settings, ReadonlySet<string>>();
function userWords(settings: Settings): ReadonlySet<string> {
  let set = userWordsCache.get(settings);
  if (!set) {
    const words = [...(settings.words ?? [])];
    for (const path of (settings.dictionaries as readonly string[] | undefined) ?? []) words.push(...personalWords(path));
    set = new Set(words.flatMap((w) => [w, w.toLowerCase()]));
    userWordsCache.set(settings, set);
  }
  return set;
}

/** Every text of a template that is prose in its language: texts, card texts, and the samples placeholders hold. */
function proseFields(template: TemplateNode): TextField[] {
  // Samples come after the texts; `isSample` below tells them apart by role.

  const fields = template.texts.filter((f) => f.role !== 'button-url');
  const withSamples = [template.header, template.body, ...(template.carousel?.cards.flatMap((c) => [c.header, c.body]) ?? [])];
  for (const node of withSamples) {
    if (!node || !('example' in node) || !node.example) continue;
    for (const sample of node.example.positional ?? []) fields.push(sample);
    for (const named of node.example.named ?? []) if (named.example) fields.push(named.example);
  }
  return fields;
}

/** English locales that spell the British way (`colour`, `cancelled`, `apologise`): dictionary-en-gb. */
const BRITISH = new Set(['en_gb', 'en_au', 'en_nz', 'en_ie', 'en_za', 'en_in', 'en_sg', 'en_my', 'en_jm', 'en_gh', 'en_ug', 'en_ae', 'en_qa']);

/** Canada spells both ways (`centre`, `color`): a word either dictionary accepts is right there. */
const EITHER = new Set(['en_ca']);

function dictionariesFor(language: CheckedLanguage, code: string | undefined): SpellLanguage[] {
  if (language === 'fr') return ['fr'];
  const locale = code?.trim().toLowerCase().replace('-', '_') ?? '';
  if (EITHER.has(locale)) return ['en', 'en-gb'];
  return BRITISH.has(locale) ? ['en-gb'] : ['en'];
}

/** French elisions before a word: `l’`, `qu’`, `jusqu’` … with either apostrophe. */
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/iu;

export default createRule({
  id: 'spelling',
  kind: 'language',
  summary: 'Report words that are not in the French or English dictionary of the template’s language.',
  recommended: 'warn',
  messages: {
    misspelled: (d: { word: string; language: string; suggestions: string }) =>
      `\`${d.word}\` is not in the ${d.language} dictionary${d.suggestions ? `; did you mean ${d.suggestions}?` : '; check its spelling or add it to settings.words'}`,
    replace: (d: { replacement: string }) => `Replace with \`${d.replacement}\``,
    languageNotChecked: (d: { language: string }) =>
      `Language checks skipped: \`${d.language}\` is neither French nor English, the languages wabalint checks`,
  },
  options: z
    .object({
      /** Suggestions cost milliseconds each: after this many misspellings in a template, words are reported without. */
      maxSuggested: z.number().int().min(0).default(20),
      /** Words in capitals up to this length are taken for acronyms (SAV, RIB, PDF) and not checked. */
      acronymLength: z.number().int().min(0).default(5),
      /**
       * Check capitalised words inside a sentence too. Off by default: there they are names of people, shops,
       * streets and products far more often than misspellings, and a report on every customer's name teaches users
       * to ignore the rule.
       */
      checkCapitalized: z.boolean().default(false),
    })
    .strict(),
  suggest: true,
  create(context) {
    return {
      Template(template) {
        const code = template.language ?? context.settings.defaultLanguage;
        const language = languageOf(code);
        if (!language) {
          if (code) context.report({ messageId: 'languageNotChecked', data: { language: code }, at: { pointer: `${template.pointer}/language` }, severity: 'info' });
          return;
        }
        const spellers = dictionariesFor(language, code).map((d) => getSpeller(d));
        const speller = spellers[0]!;
        const ours = ourWords();
        const theirs = userWords(context.settings);
        let suggested = 0;
        for (const field of proseFields(template)) {
          for (const word of analyse(field, language).words) {
            const value = word.value;
            if (HAS_DIGIT.test(value) || MASK_ONLY.test(value) || !HAS_LETTER.test(value)) continue;
            if (ours.has(value) || theirs.has(value) || theirs.has(value.toLowerCase())) continue;
            // After an elision (`l’ENT`, `l’App`), the word itself decides whether it is an acronym or a name.
            const stem = language === 'fr' ? value.replace(ELISION, '') : value;
            if (stem.length <= context.options.acronymLength + 1 && ACRONYM.test(stem)) continue;
            // An inner capital (`HomeCraft`, `AssurPlus`) is how brands write themselves, not a typo.
            if (INNER_CAPITAL.test(stem)) continue;
            // A capital inside a sentence, after an elision, or in a sample or title, is most often a proper noun.
            const capitalised = CAPITALISED.test(stem);
            if (capitalised && !context.options.checkCapitalized && (!word.sentenceStart || stem !== value || TITLE_ROLES.has(field.role))) continue;
            if (spellers.some((s) => s.correct(value))) continue;
            const suggestions = suggested < context.options.maxSuggested ? speller.suggest(value, 5) : [];
            suggested++;
            context.report({
              messageId: 'misspelled',
              data: { word: value, language: LANGUAGE_NAMES[language], suggestions: suggestions.map((s) => `\`${s}\``).join(', ') },
              at: { field, start: word.start, end: word.end },
              actual: value,
              expected: suggestions,
              suggest: suggestions.map((replacement) => ({
                messageId: 'replace' as const,
                data: { replacement },
                fix: { field, start: word.start, end: word.end, text: replacement },
              })),
            });
          }
        }
      },
    };
  },
});
