import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import type { Placeholder, TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

const POSITIONAL = /^[1-9][0-9]*$/;

/** `{{3}}`, `{{3}} and {{4}}`, `{{3}} to {{9}}`: the numbers in [from, to]. */
function range(from: number, to: number): string {
  if (from === to) return `\`{{${from}}}\``;
  if (to === from + 1) return `\`{{${from}}}\` and \`{{${to}}}\``;
  return `\`{{${from}}}\` to \`{{${to}}}\``;
}

export default createRule({
  id: 'variable-sequence',
  kind: 'rejection',
  summary: 'Require positional placeholders numbered 1, 2, 3… without gaps, in the order they appear.',
  recommended: 'error',
  messages: {
    notFromOne: (d: { part: string; placeholder: string; missing: string }) =>
      `Placeholders in the ${d.part} start at \`${d.placeholder}\` and skip ${d.missing}; number them from \`{{1}}\``,
    gap: (d: { part: string; placeholder: string; missing: string }) =>
      `Placeholders in the ${d.part} skip ${d.missing} before \`${d.placeholder}\`; number them without gaps`,
    outOfOrder: (d: { part: string; placeholder: string; previous: string }) =>
      `\`${d.placeholder}\` comes after \`${d.previous}\` in the ${d.part}; number placeholders in the order they appear`,
    repeated: (d: { part: string; placeholder: string }) =>
      `\`${d.placeholder}\` is used more than once in the ${d.part}; give each placeholder its own number`,
  },
  options: z
    .object({
      /** Meta's own editor counts a reused number once; some providers (Infobip) ask for a new number each time. */
      allowRepeated: z.boolean().default(true),
      /** Meta's docs ask for numbers in order of appearance; one provider (Maqsam) saw `{{1}} … {{3}} … {{2}}` approved. */
      requireOrder: z.boolean().default(true),
    })
    .strict(),
  create(context) {
    const check = (field: TextField | undefined, part: string): void => {
      if (!field) return;
      const placeholders = placeholdersOf(field);
      if (placeholders.length === 0) return;
      // `{{ 2 }}` is variable-syntax's finding, but it still holds a number: count it, or a gap would be reported too.
      const numbered: Array<{ p: Placeholder; n: number }> = [];
      for (const p of placeholders) {
        const name = p.style === 'positional' ? p.name : p.style === 'invalid' ? p.name.trim() : '';
        if (POSITIONAL.test(name)) numbered.push({ p, n: Number(name) });
      }
      if (numbered.length === 0) return;
      const firstOf = new Map<number, Placeholder>();
      let highest: { p: Placeholder; n: number } | undefined;
      for (const { p, n } of numbered) {
        const at = { field, start: p.start, end: p.end };
        if (firstOf.has(n)) {
          if (!context.options.allowRepeated) context.report({ messageId: 'repeated', data: { part, placeholder: p.raw }, at, actual: p.raw });
          continue;
        }
        firstOf.set(n, p);
        if (highest && n < highest.n && context.options.requireOrder) {
          context.report({ messageId: 'outOfOrder', data: { part, placeholder: p.raw, previous: highest.p.raw }, at, actual: p.raw });
        }
        if (!highest || n > highest.n) highest = { p, n };
      }
      const numbers = [...firstOf.keys()].sort((a, b) => a - b);
      let expected = 1;
      for (const n of numbers) {
        if (n > expected) {
          const p = firstOf.get(n)!;
          context.report({
            messageId: expected === 1 ? 'notFromOne' : 'gap',
            data: { part, placeholder: p.raw, missing: range(expected, n - 1) },
            at: { field, start: p.start, end: p.end },
            actual: p.raw,
          });
        }
        expected = n + 1;
      }
    };

    return {
      Header(node) {
        if (context.template.parameterFormat === 'NAMED') return;
        check(node.text, node.inCard ? `header of card ${node.inCard.index + 1}` : 'header');
      },
      Body(node) {
        if (context.template.parameterFormat === 'NAMED') return;
        check(node.text, node.inCard ? `body of card ${node.inCard.index + 1}` : 'body');
      },
      Button(node) {
        // URL buttons take their one value by position in both parameter formats.
        const where = node.parent.inCard ? ` of card ${node.parent.inCard.index + 1}` : '';
        check(node.url, `URL of button ${node.index + 1}${where}`);
      },
    };
  },
});
