import { createRule } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

/** Meta: lower-case letters, digits and underscores, 1 to 512 characters. */
const MAX_LENGTH = 512;
const ALLOWED = /^[a-z0-9_]*$/;
const UPPER = /[A-Z]/;
/** Characters that are neither allowed nor ASCII upper-case letters (which a lower-casing fixes). */
const DISALLOWED = /[^a-zA-Z0-9_]/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;
/** Letters NFD does not decompose into a base letter and a mark. */
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const LIGATURE = /[ßæœøđłıþð]/g;

/** `Commande confirmée – V2` → `commande_confirmee_v2`. */
function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .replace(NOT_SLUG, '_')
    .replace(EDGE_UNDERSCORES, '')
    .slice(0, MAX_LENGTH)
    .replace(EDGE_UNDERSCORES, '');
}

function describe(char: string): string {
  switch (char) {
    case ' ':
      return 'space';
    case '\t':
      return 'tab';
    case '\n':
      return 'line break';
    default:
      return `\`${char}\``;
  }
}

function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

export default createRule({
  id: 'name-format',
  kind: 'rejection',
  summary: 'Require a template name of 1 to 512 lower-case letters, digits and underscores.',
  recommended: 'error',
  messages: {
    empty: () => 'Template name is empty; name the template with lower-case letters, digits and underscores',
    tooLong: (d: { length: number; max: number }) =>
      `Template name is ${d.length} characters long; Meta allows at most ${d.max}, shorten it`,
    uppercase: (d: { name: string }) =>
      `Template name \`${d.name}\` has upper-case letters; Meta allows only lower-case letters, digits and underscores`,
    invalidCharacters: (d: { name: string; characters: readonly string[] }) =>
      `Template name \`${d.name}\` contains ${d.characters.map(describe).join(', ')}; Meta allows only lower-case letters, digits and underscores`,
    useLowercase: (d: { name: string }) => `Rename the template to \`${d.name}\``,
    useSlug: (d: { name: string }) => `Rename the template to \`${d.name}\``,
  },
  suggest: true,
  create(context) {
    return {
      Template(template) {
        const name = template.name;
        if (name === undefined) return;
        // The model carries `name` as a plain string: build the text field suggestions edit.
        const field: TextField = { kind: 'TextField', pointer: join(template.pointer, 'name'), value: name, role: 'example' };
        if (name === '') {
          context.report({ messageId: 'empty', at: field });
          return;
        }
        const length = name.length > MAX_LENGTH ? codePoints(name) : name.length;
        if (length > MAX_LENGTH) {
          context.report({ messageId: 'tooLong', data: { length, max: MAX_LENGTH }, at: field });
        }
        if (ALLOWED.test(name)) return;
        const characters = [...new Set(name.match(DISALLOWED) ?? [])];
        if (characters.length > 0) {
          const slug = slugOf(name);
          context.report({
            messageId: 'invalidCharacters',
            data: { name, characters },
            at: field,
            actual: name,
            ...(slug && slug !== name
              ? { expected: [slug], suggest: [{ messageId: 'useSlug', data: { name: slug }, fix: { field, start: 0, end: name.length, text: slug } }] }
              : {}),
          });
        } else if (UPPER.test(name)) {
          const lower = name.toLowerCase();
          context.report({
            messageId: 'uppercase',
            data: { name },
            at: field,
            actual: name,
            expected: [lower],
            suggest: [{ messageId: 'useLowercase', data: { name: lower }, fix: { field, start: 0, end: name.length, text: lower } }],
          });
        }
      },
    };
  },
});
