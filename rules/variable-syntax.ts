import { createRule, type TextEdit } from '../src/engine/create-rule.js';
import type { ExampleNode, Placeholder, TextField } from '../src/template/model.js';
import { NAMED_PARAMETER_MAX_LENGTH, placeholdersOf } from '../src/template/placeholders.js';

/**
 * Runs of braces: a `{…}` group on one line (well-formed `{{…}}` runs match too, and are skipped: `placeholdersOf`
 * judges their inside), or a lone run of `{` or `}`. A lone run is widened to the name it opens or closes (`{{1`,
 * `1}}`), stopping at spaces and sentence punctuation, so `{1}`, `{{1}`, `{1}}`, `{{{1}}}` and `{{1, …` each make one
 * report. Widening by hand rather than with a leading `[^…]*` keeps the scan linear on long URLs.
 */
const BRACES = /\{+[^{}\n]*\}+|\{+|\}+/g;
const NAME_CHAR = /[^{}\s,.;:!?]/;
const WELL_FORMED = /^\{\{[^{}\n]*\}\}$/;
const OUTER_BRACES = /^\{+|\}+$/g;
const POSITIONAL = /^[1-9][0-9]*$/;
const NAMED = /^[a-z][a-z0-9_]*$/;
const DIGITS_ONLY = /^[0-9]+$/;
const DIGIT_RUN = /[0-9]+/g;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const NOT_ALLOWED = /[^A-Za-z0-9_]/g;
const WHITESPACE = /\s/;
const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATOR_RUNS = /[\s-]+/g;
const LETTER = /[A-Za-z]/;

type Style = 'positional' | 'named';

/** `a space`, `` `#` ``, `` `$`, `%` ``: the characters of a name that a placeholder cannot hold. */
function describeCharacters(name: string): string {
  const seen = new Set<string>();
  for (const c of name.match(NOT_ALLOWED) ?? []) seen.add(WHITESPACE.test(c) ? 'a space' : `\`${c}\``);
  return [...seen].join(', ');
}

/**
 * What the author probably meant by a name with forbidden characters: `prénom` → `prenom`, `first name` →
 * `first_name`, `#1` → `1`. Undefined when there is no obvious answer (`1.5`).
 */
function cleanName(name: string): string | undefined {
  const cleaned = name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .trim()
    .replace(SEPARATOR_RUNS, '_')
    .replace(NOT_ALLOWED, '')
    .toLowerCase();
  if (POSITIONAL.test(cleaned)) {
    // `#1` is clearly 1; `1.5` or `1/2` is not clearly anything.
    return !LETTER.test(name) && (name.match(DIGIT_RUN) ?? []).length === 1 ? cleaned : undefined;
  }
  return NAMED.test(cleaned) && cleaned.length <= NAMED_PARAMETER_MAX_LENGTH ? cleaned : undefined;
}

export default createRule({
  id: 'variable-syntax',
  kind: 'rejection',
  summary: 'Require placeholders written as `{{1}}` or `{{name}}`, in one style that matches `parameter_format`.',
  recommended: 'error',
  messages: {
    malformedBraces: (d: { text: string }) =>
      `\`${d.text}\` is not a valid placeholder; write placeholders with exactly two braces on each side, like \`{{1}}\``,
    emptyPlaceholder: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is empty; put a number (\`{{1}}\`) or a name (\`{{first_name}}\`) between the braces`,
    spaces: (d: { placeholder: string; expected: string }) =>
      `\`${d.placeholder}\` has spaces inside the braces; write \`${d.expected}\``,
    specialCharacters: (d: { placeholder: string; characters: string }) =>
      `\`${d.placeholder}\` contains ${d.characters}; a placeholder holds only a number or lowercase letters a-z, digits and underscores`,
    badNumber: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is not a valid positional placeholder; numbers start at 1 and have no leading zero`,
    namedSyntax: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is not a valid named placeholder; a name starts with a lowercase letter, then lowercase letters, digits or underscores`,
    uppercase: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` has uppercase letters; named placeholders are lowercase, rename it and its sample`,
    namedTooLong: (d: { placeholder: string; length: number }) =>
      `\`${d.placeholder}\` has a ${d.length}-character name; Meta allows at most ${NAMED_PARAMETER_MAX_LENGTH}, shorten it`,
    duplicateNamed: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is used twice in the same component; Meta blocks duplicated named parameters, give the second one its own name`,
    namedInUrl: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is a named placeholder in a button URL; URL buttons take one positional value, write \`{{1}}\``,
    mixedStyles: (d: { placeholder: string; style: Style }) =>
      `Template mixes positional and named placeholders; make \`${d.placeholder}\` ${d.style} like the others (one style per template)`,
    namedInPositional: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is a named placeholder but the template is positional (parameter_format is POSITIONAL or absent); set "parameter_format": "NAMED" or number the placeholders`,
    positionalInNamed: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is a positional placeholder but parameter_format is NAMED; give it a name such as \`{{order_id}}\`, or set parameter_format to POSITIONAL`,
    replace: (d: { replacement: string }) => `Change it to \`${d.replacement}\``,
  },
  fixable: true,
  suggest: true,
  create(context) {
    /** Well-formed positional and named placeholders outside URLs, in document order, for the template-wide checks. */
    const styled: Placeholder[] = [];

    /** Renames a named placeholder everywhere in its field, and the matching `param_name` of its samples. */
    const rename = (field: TextField, example: ExampleNode | undefined, from: string, to: string): TextEdit[] => {
      const edits: TextEdit[] = [];
      for (const q of placeholdersOf(field)) if (q.name === from) edits.push({ field, start: q.start + 2, end: q.end - 2, text: to });
      for (const sample of example?.named ?? []) {
        const nameField = sample.nameField;
        if (nameField && nameField.value === from) edits.push({ field: nameField, start: 0, end: nameField.value.length, text: to });
      }
      return edits;
    };

    const check = (field: TextField | undefined, example: ExampleNode | undefined, isUrl: boolean): void => {
      if (!field) return;
      const value = field.value;
      const broken: Array<readonly [number, number]> = [];
      if (value.includes('{') || value.includes('}')) {
        let previousEnd = 0;
        BRACES.lastIndex = 0;
        for (let match = BRACES.exec(value); match; match = BRACES.exec(value)) {
          let start = match.index;
          let end = start + match[0].length;
          if (match[0].startsWith('}')) {
            while (start > previousEnd && NAME_CHAR.test(value.charAt(start - 1))) start--;
          } else if (!match[0].endsWith('}')) {
            while (end < value.length && NAME_CHAR.test(value.charAt(end))) end++;
            BRACES.lastIndex = end;
          }
          previousEnd = end;
          const text = value.slice(start, end);
          if (WELL_FORMED.test(text)) continue;
          broken.push([start, end]);
          const inner = text.replace(OUTER_BRACES, '').trim();
          const replacement = POSITIONAL.test(inner) || NAMED.test(inner) ? `{{${inner}}}` : undefined;
          context.report({
            messageId: 'malformedBraces',
            data: { text },
            at: { field, start, end },
            actual: text,
            ...(replacement ? { suggest: [{ messageId: 'replace', data: { replacement }, fix: { field, start, end, text: replacement } }] } : {}),
          });
        }
      }
      const seenNames = new Set<string>();
      for (const p of placeholdersOf(field)) {
        if (broken.some(([s, e]) => p.start >= s && p.end <= e)) continue;
        const at = { field, start: p.start, end: p.end };
        const name = p.name;
        if (p.style === 'positional') {
          if (!isUrl) styled.push(p);
          continue;
        }
        if (p.style === 'named') {
          if (isUrl) {
            context.report({
              messageId: 'namedInUrl',
              data: { placeholder: p.raw },
              at,
              actual: p.raw,
              suggest: [{ messageId: 'replace', data: { replacement: '{{1}}' }, fix: { field, start: p.start, end: p.end, text: '{{1}}' } }],
            });
            continue;
          }
          if (name.length > NAMED_PARAMETER_MAX_LENGTH) {
            context.report({ messageId: 'namedTooLong', data: { placeholder: p.raw, length: name.length }, at, actual: p.raw });
          }
          if (seenNames.has(name)) context.report({ messageId: 'duplicateNamed', data: { placeholder: p.raw }, at, actual: p.raw });
          seenNames.add(name);
          styled.push(p);
          continue;
        }
        const trimmed = name.trim();
        if (trimmed === '') {
          context.report({ messageId: 'emptyPlaceholder', data: { placeholder: p.raw }, at, actual: p.raw });
        } else if (trimmed !== name) {
          const expected = `{{${trimmed}}}`;
          context.report({
            messageId: 'spaces',
            data: { placeholder: p.raw, expected },
            at,
            actual: p.raw,
            expected: [expected],
            fix: { field, start: p.start + 2, end: p.end - 2, text: trimmed },
          });
        } else if (name.search(NOT_ALLOWED) !== -1) {
          const cleaned = cleanName(name);
          const fix =
            cleaned === undefined
              ? undefined
              : POSITIONAL.test(cleaned)
                ? [{ field, start: p.start + 2, end: p.end - 2, text: cleaned }]
                : rename(field, example, name, cleaned);
          context.report({
            messageId: 'specialCharacters',
            data: { placeholder: p.raw, characters: describeCharacters(name) },
            at,
            actual: p.raw,
            ...(fix ? { suggest: [{ messageId: 'replace', data: { replacement: `{{${cleaned}}}` }, fix }] } : {}),
          });
        } else if (DIGITS_ONLY.test(name)) {
          context.report({ messageId: 'badNumber', data: { placeholder: p.raw }, at, actual: p.raw });
        } else if (!STARTS_WITH_LETTER.test(name)) {
          context.report({ messageId: 'namedSyntax', data: { placeholder: p.raw }, at, actual: p.raw });
        } else {
          // Letters, digits and underscores, starting with a letter, yet not a valid name: uppercase letters.
          const lower = name.toLowerCase();
          context.report({
            messageId: 'uppercase',
            data: { placeholder: p.raw },
            at,
            actual: p.raw,
            suggest: [{ messageId: 'replace', data: { replacement: `{{${lower}}}` }, fix: rename(field, example, name, lower) }],
          });
        }
      }
    };

    return {
      Header(node) {
        check(node.text, node.example, false);
      },
      Body(node) {
        check(node.text, node.example, false);
      },
      Footer(node) {
        check(node.text, undefined, false);
      },
      Button(node) {
        check(node.url, undefined, true);
      },
      'Template:exit'(template) {
        const first = styled[0];
        if (!first) return;
        const format = template.parameterFormat;
        // An unknown parameter_format is template-schema's business; then the first placeholder sets the style.
        const expected: Style = format === 'NAMED' ? 'named' : format === undefined || format === 'POSITIONAL' ? 'positional' : (first.style as Style);
        const others = styled.filter((p) => p.style !== expected);
        if (others.length === 0) return;
        if (others.length < styled.length) {
          for (const p of others) {
            context.report({ messageId: 'mixedStyles', data: { placeholder: p.raw, style: expected }, at: { field: p.field, start: p.start, end: p.end }, actual: p.raw });
          }
          return;
        }
        // Every placeholder has the other style: one cause (parameter_format), one report.
        context.report({
          messageId: expected === 'positional' ? 'namedInPositional' : 'positionalInNamed',
          data: { placeholder: first.raw },
          at: { field: first.field, start: first.start, end: first.end },
          actual: first.raw,
        });
      },
    };
  },
});
