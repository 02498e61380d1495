import { levenshtein } from '../src/text/levenshtein.js';
import { createRule } from '../src/engine/create-rule.js';
import { loadSet } from '../src/dictionaries.js';
import type { TextField } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

/** Meta's supported codes; the file's order breaks ties between equally close codes. */
const SUPPORTED = loadSet('language-codes.txt');
const CODES = [...SUPPORTED];
/** Lower-cased, underscore form → canonical code. */
const BY_KEY: ReadonlyMap<string, string> = new Map(CODES.map((code) => [code.toLowerCase(), code]));
/** Common region aliases that are not ISO 3166 codes. */
const REGION_ALIASES: ReadonlyMap<string, string> = new Map([['uk', 'gb']]);
const MAX_CLOSEST = 3;

function keyOf(code: string): string {
  return code.trim().replace(/-/g, '_').toLowerCase();
}

function baseOf(key: string): string {
  const cut = key.indexOf('_');
  return cut === -1 ? key : key.slice(0, cut);
}

/**
 * Up to three supported codes close to `code`: a region alias first (`en_UK` → `en_GB`), then the codes of the same
 * language (the bare language first, then in the file's order, which lists the main regions first); only when the
 * language itself is unknown, codes a typo or two away.
 */
function closest(code: string): string[] {
  const key = keyOf(code);
  const base = baseOf(key);
  const region = key.slice(base.length + 1);
  const alias = region ? REGION_ALIASES.get(region) : undefined;
  const aliased = alias ? BY_KEY.get(`${base}_${alias}`) : undefined;
  const sameLanguage = CODES.filter((c) => c !== aliased && baseOf(c.toLowerCase()) === base);
  sameLanguage.sort((a, b) => Number(b.toLowerCase() === base) - Number(a.toLowerCase() === base));
  const near = aliased ? [aliased, ...sameLanguage] : sameLanguage;
  if (near.length > 0) return near.slice(0, MAX_CLOSEST);
  const budget = Math.max(1, Math.floor(key.length / 3));
  return CODES.map((c, order) => ({ c, order, distance: levenshtein(key, c.toLowerCase()) }))
    .filter((s) => s.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, MAX_CLOSEST)
    .map((s) => s.c);
}

function quoteList(codes: readonly string[]): string {
  const quoted = codes.map((c) => `\`${c}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export default createRule({
  id: 'language-code',
  kind: 'rejection',
  summary: "Require a language code from Meta's supported list, in its exact form.",
  recommended: 'error',
  messages: {
    empty: () => 'Language code is empty; set it to a code Meta supports, such as `en_US` or `fr`',
    unknownCode: (d: { code: string; closest: readonly string[] }) =>
      d.closest.length > 0
        ? `Language \`${d.code}\` is not a code Meta supports; did you mean ${quoteList(d.closest)}?`
        : `Language \`${d.code}\` is not a code Meta supports; use a code from Meta's supported-languages list, such as \`en_US\` or \`fr\``,
    hyphenated: (d: { code: string; expected: string }) =>
      `Language \`${d.code}\` uses a hyphen; Meta's code is \`${d.expected}\`, with an underscore`,
    wrongCase: (d: { code: string; expected: string }) => `Language \`${d.code}\` is wrongly cased; Meta's code is \`${d.expected}\``,
    surroundingSpace: (d: { code: string; expected: string }) =>
      `Language \`${d.code}\` has spaces around it; Meta's code is \`${d.expected}\``,
  },
  fixable: true,
  create(context) {
    return {
      Template(template) {
        const code = template.language;
        if (code === undefined || SUPPORTED.has(code)) return;
        // The model carries `language` as a plain string: build the text field the fix needs.
        const field: TextField = { kind: 'TextField', pointer: join(template.pointer, 'language'), value: code, role: 'example' };
        if (code.trim() === '') {
          context.report({ messageId: 'empty', at: field, actual: code });
          return;
        }
        const expected = BY_KEY.get(keyOf(code));
        if (expected === undefined) {
          const near = closest(code);
          context.report({ messageId: 'unknownCode', data: { code, closest: near }, at: field, actual: code, expected: near });
          return;
        }
        const fix = { field, start: 0, end: code.length, text: expected };
        const data = { code, expected };
        const messageId = code.trim() !== code ? 'surroundingSpace' : code.includes('-') ? 'hyphenated' : 'wrongCase';
        context.report({ messageId, data, at: field, actual: code, expected: [expected], fix });
      },
    };
  },
});
