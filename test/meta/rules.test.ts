import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';

const root = new URL('../../', import.meta.url);
const list = (dir: string, suffix: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();

const START = '<!-- rules:start (generated from rule metadata: npm run docs:readme) -->';
const END = '<!-- rules:end -->';

/** The README's rules table, from rule metadata. */
export function rulesTable(): string {
  const lines = ['| rule | kind | recommended | fix | what it checks |', '| --- | --- | --- | --- | --- |'];
  for (const rule of Object.values(rules).sort((a, b) => a.id.localeCompare(b.id))) {
    const fix = rule.fixable ? '🔧' : rule.suggest ? '💡' : '';
    lines.push(`| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.kind} | ${rule.recommended || 'off'} | ${fix} | ${rule.summary} |`);
  }
  return lines.join('\n');
}

describe('the rule registry', () => {
  const ids = Object.keys(rules).sort();

  it('names each rule by its id', () => {
    for (const [id, rule] of Object.entries(rules)) expect(rule.id).toBe(id);
  });

  it('lists exactly the files in rules/', () => {
    expect(list('rules/', '.ts').filter((f) => f !== 'index')).toEqual(ids);
  });

  it('has a test suite per rule', () => {
    expect(list('test/rules/', '.test.ts')).toEqual(ids);
  });

  it('has a docs page per rule', () => {
    expect(list('docs/rules/', '.md')).toEqual(ids);
  });

  it('uses kebab-case ids and camelCase message ids', () => {
    for (const rule of Object.values(rules)) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const messageId of Object.keys(rule.messages)) expect(messageId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    }
  });

  it('accepts an empty options object for every rule', () => {
    for (const rule of Object.values(rules)) expect(() => rule.parseOptions({})).not.toThrow();
  });

  it('is listed in the README table, generated from metadata', () => {
    const path = new URL('README.md', root);
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README rules table markers').toBeGreaterThanOrEqual(0);
    const current = readme.slice(start + START.length, end).trim();
    const expected = rulesTable();
    if (process.env.UPDATE_README && current !== expected) {
      writeFileSync(path, readme.slice(0, start + START.length) + '\n' + expected + '\n' + readme.slice(end));
      return;
    }
    expect(current, 'README rules table is stale: run `npm run docs:readme`').toBe(expected);
  });
});
