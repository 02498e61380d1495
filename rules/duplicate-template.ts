import { basename } from 'node:path';
import { createRule } from '../src/engine/create-rule.js';
import { detachField, type TextField } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

const PLACEHOLDER = /\{\{[^{}\n]*\}\}/g;
const SPACES = /\s+/g;

/** Body and footer as Meta compares them: case, spacing and placeholder names do not make a template new. */
function contentKey(body: string, footer: string | undefined): string {
  const normalise = (text: string) => text.normalize('NFC').replace(PLACEHOLDER, '{{}}').replace(SPACES, ' ').trim().toLowerCase();
  return `${normalise(body)}\u0000${normalise(footer ?? '')}`;
}

interface Facts {
  readonly name: string;
  readonly language: string;
  readonly content: string | undefined;
  readonly body: TextField | undefined;
  /** Where the template's `name` is, to report a name clash on it. */
  readonly namePointer: string;
}

function describe(facts: Facts, filePath: string, other: string): string {
  const where = filePath === other ? 'in this file' : `in ${basename(other)}`;
  return `\`${facts.name}\` (${facts.language || 'no language'}) ${where}`;
}

export default createRule({
  id: 'duplicate-template',
  kind: 'rejection',
  summary: 'Disallow two templates with the same body and footer, or the same name and language.',
  recommended: 'error',
  messages: {
    sameContent: (d: { first: string }) =>
      `Body and footer are the same as ${d.first}; Meta rejects a template that duplicates an existing one, reword it or reuse the first template`,
    sameName: (d: { first: string }) =>
      `Same name and language as ${d.first}; a name exists once per language in an account, rename one or merge them`,
  },
  project: {
    collect(template): Facts | undefined {
      if (template.name === undefined) return undefined;
      const body = template.body?.text;
      // AUTHENTICATION bodies are Meta's own preset text: every account has the same ones (Meta's rule exempts them).
      const content = body && template.category !== 'AUTHENTICATION' && body.value.trim() !== '' ? contentKey(body.value, template.footer?.text?.value) : undefined;
      return { name: template.name, language: template.language ?? '', content, body: detachField(body), namePointer: join(template.pointer, 'name') };
    },
    check(context) {
      const byContent = new Map<string, (typeof context.templates)[number]>();
      const byName = new Map<string, (typeof context.templates)[number]>();
      for (const entry of context.templates) {
        const { data } = entry;
        const nameKey = `${data.name}\u0000${data.language}`;
        const sameName = byName.get(nameKey);
        if (sameName) {
          context.report(entry, {
            messageId: 'sameName',
            data: { first: describe(sameName.data, entry.filePath, sameName.filePath) },
            at: { pointer: data.namePointer },
          });
        } else byName.set(nameKey, entry);
        if (data.content === undefined || !data.body) continue;
        const first = byContent.get(data.content);
        // The same template under the same name is reported once, as a name clash.
        if (first && !sameName) {
          context.report(entry, { messageId: 'sameContent', data: { first: describe(first.data, entry.filePath, first.filePath) }, at: { field: data.body } });
        } else if (!first) byContent.set(data.content, entry);
      }
    },
  },
});

