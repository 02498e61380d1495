import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/engine/create-rule.js';
import type { TextField } from '../../src/template/model.js';
import { Linter } from '../../src/linter.js';
import { rules } from '../../rules/index.js';
import { scratch } from '../helpers/fs.js';

/** Reports every body that has the same text as a body in an earlier template, wherever it is. */
const sameBody = createRule({
  id: 'same-body',
  kind: 'quality',
  summary: 'Finds bodies seen before.',
  recommended: 'error',
  messages: { again: (d: { first: string }) => `Same body as \`${d.first}\`` },
  project: {
    collect: (template) => (template.body?.text ? { name: template.name ?? '?', body: template.body.text as TextField } : undefined),
    check(context) {
      const seen = new Map<string, string>();
      for (const entry of context.templates) {
        const first = seen.get(entry.data.body.value);
        if (first) context.report(entry, { messageId: 'again', data: { first }, at: { field: entry.data.body, start: 0, end: 4 } });
        else seen.set(entry.data.body.value, entry.data.name);
      }
    },
  },
});

const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]));

async function lint(files: Record<string, string>) {
  const dir = scratch(files);
  const linter = await Linter.create({ cwd: dir, config: [{ rules: { ...off, 'same-body': 'error' } }], plugins: [sameBody] });
  return { dir, results: await linter.lintFiles(['.']) };
}

const json = (name: string, text: string) => JSON.stringify({ name, language: 'en', category: 'UTILITY', components: [{ type: 'BODY', text }] }, null, 2);

describe('rules that compare templates', () => {
  it('see the templates of every file and report in the right file, at the right place', async () => {
    const { results } = await lint({
      'a.json': json('first', 'Your order has shipped.'),
      'b.yaml': 'name: second\nlanguage: en\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Your order has shipped."\n',
      'c.json': json('third', 'Something else.'),
    });
    expect(results.map((r) => r.messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.endColumn]))).toEqual([
      [],
      [['same-body', 'Same body as `first`', 6, 12, 16]],
      [],
    ]);
    expect(results[1]!.errorCount).toBe(1);
  });

  it('honour disable comments in the file where they report', async () => {
    const { results } = await lint({
      'a.json': json('first', 'Same text.'),
      'b.jsonc': '// wabalint-disable same-body\n' + json('second', 'Same text.'),
    });
    expect(results[1]!.messages).toEqual([]);
    expect(results[1]!.suppressedMessages.map((m) => m.ruleId)).toEqual(['same-body']);
  });

  it('see only the file itself when one file is linted', async () => {
    const dir = scratch({ 'a.json': json('first', 'Same text.'), 'b.json': json('second', 'Same text.') });
    const linter = await Linter.create({ cwd: dir, config: [{ rules: { ...off, 'same-body': 'error' } }], plugins: [sameBody] });
    expect(linter.lintFile(`${dir}/b.json`).messages).toEqual([]);
    expect(linter.lintText(`[${json('x', 'Twice.')}, ${json('y', 'Twice.')}]`).messages.map((m) => m.message)).toEqual(['Same body as `x`']);
  });

  it('are skipped for templates where the config turns them off', async () => {
    const dir = scratch({ 'a.json': json('first', 'Same text.'), 'legacy/b.json': json('second', 'Same text.') });
    const linter = await Linter.create({
      cwd: dir,
      config: [{ rules: { ...off, 'same-body': 'error' } }, { files: ['legacy/**'], rules: { 'same-body': 'off' } }],
      plugins: [sameBody],
    });
    expect((await linter.lintFiles(['.'])).flatMap((r) => r.messages)).toEqual([]);
  });
});
