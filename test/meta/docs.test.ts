import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rules } from '../../rules/index.js';
import { lintSource } from '../../src/engine/lint.js';
import type { AnyRule } from '../../src/engine/create-rule.js';

const DOCS = new URL('../../docs/rules/', import.meta.url);
const REQUIRED_HEADINGS = ['## Rule Details', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## Options', '## When Not To Use It', '## Related Rules', '## Further Reading'];

interface Page {
  frontmatter: Record<string, unknown>;
  body: string;
}

function readPage(id: string): Page {
  const text = readFileSync(new URL(`${id}.md`, DOCS), 'utf8');
  const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(text);
  if (!match) throw new Error(`docs/rules/${id}.md has no frontmatter`);
  return { frontmatter: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** The ```json blocks of a section, up to the next heading of the same or a higher level. */
function blocksUnder(body: string, heading: string): string[] {
  const start = body.indexOf(heading);
  if (start < 0) return [];
  const rest = body.slice(start + heading.length);
  const end = rest.search(/\n#{2,3} /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(json|yaml|jsonc)\n([^]*?)```/g)].map((m) => `${m[1]}\n${m[2]}`);
}

function lintExample(rule: AnyRule, block: string) {
  const newline = block.indexOf('\n');
  const format = block.slice(0, newline) as 'json' | 'yaml' | 'jsonc';
  const text = block.slice(newline + 1);
  const active = [{ rule, severity: 2 as const, options: rule.parseOptions(undefined) }];
  return lintSource({ path: `example.${format}`, format, text, hasBom: false }, { rulesFor: () => active, settings: {}, knownRules: new Set([rule.id]) });
}

describe('docs/rules pages', () => {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

  it('exist for every rule and only for rules', () => {
    expect(pages).toEqual(Object.keys(rules).sort());
  });

  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      it('has frontmatter equal to the rule metadata', () => {
        const { frontmatter } = readPage(id);
        expect(frontmatter).toEqual({
          description: rule.summary,
          kind: rule.kind,
          recommended: rule.recommended,
          fixable: !!rule.fixable,
          suggestions: !!rule.suggest,
        });
      });

      it('has the required sections, the title and an entry per option', () => {
        const { body } = readPage(id);
        expect(body).toContain(`# ${id}\n`);
        for (const heading of REQUIRED_HEADINGS) expect(body, heading).toContain(heading);
        const shape = (rule.options as { shape?: Record<string, unknown> } | undefined)?.shape;
        for (const option of Object.keys(shape ?? {})) expect(body, `option ${option}`).toContain(`### \`${option}\``);
      });

      it('has incorrect examples that the rule reports and correct ones it accepts', () => {
        const { body } = readPage(id);
        const incorrect = blocksUnder(body, '### ❌ Incorrect');
        const correct = blocksUnder(body, '### ✅ Correct');
        expect(incorrect.length, 'incorrect examples').toBeGreaterThan(0);
        expect(correct.length, 'correct examples').toBeGreaterThan(0);
        for (const block of incorrect) {
          const result = lintExample(rule, block);
          expect(result.messages.filter((m) => m.fatal), block).toEqual([]);
          expect(result.messages.length, `no report for:\n${block}`).toBeGreaterThan(0);
        }
        for (const block of correct) {
          const result = lintExample(rule, block);
          expect(result.messages.map((m) => m.message), block).toEqual([]);
        }
      });
    });
  }
});
