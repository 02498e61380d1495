import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig, normaliseConfig } from '../../src/config/load.js';
import { recommended, strict } from '../../src/config/presets.js';
import { ConfigError, ResolvedConfig } from '../../src/config/resolve.js';
import { parseRuleFlag } from '../../src/config/rule-flag.js';
import { createRule, type AnyRule } from '../../src/engine/create-rule.js';
import { buildTemplate } from '../../src/template/build.js';
import { scratch } from '../helpers/fs.js';

const make = (id: string, level: 'error' | 'warn' | 'info' | false) =>
  createRule({
    id,
    kind: 'rejection',
    summary: 's',
    recommended: level,
    messages: { m: () => 'm' },
    options: z.object({ max: z.number().int().default(3) }).strict(),
    create: () => ({}),
  });
const rules = new Map<string, AnyRule>([
  ['a', make('a', 'error')],
  ['b', make('b', 'warn')],
  ['c', make('c', false)],
  ['d', make('d', 'info')],
]);
const named = (name: string) => buildTemplate({ name }, '', 0);
const summary = (config: ResolvedConfig, template = 'x', file = '/p/t.json') =>
  Object.fromEntries(config.rulesFor(named(template), file).map((r) => [r.rule.id, [r.severity, r.options]]));

describe('presets', () => {
  it('recommended follows rule metadata', () => {
    expect(recommended(rules.values()).rules).toEqual({ a: 'error', b: 'warn', d: 'info' });
  });
  it('strict turns everything on, warnings into errors', () => {
    expect(strict(rules.values()).rules).toEqual({ a: 'error', b: 'error', c: 'warn', d: 'info' });
  });
});

describe('flat config resolution', () => {
  it('merges entries in order, later ones winning, with default options', () => {
    const config = new ResolvedConfig({ entries: [recommended(rules.values()), { rules: { b: 'off', c: ['error', { max: 5 }] } }], rules, baseDir: '/p' });
    expect(summary(config)).toEqual({ a: [2, { max: 3 }], c: [2, { max: 5 }], d: [0, { max: 3 }] });
  });

  it('keeps earlier options when a later entry only sets the level', () => {
    const config = new ResolvedConfig({ entries: [{ rules: { a: ['warn', { max: 9 }] } }, { rules: { a: 'error' } }], rules, baseDir: '/p' });
    expect(summary(config)).toEqual({ a: [2, { max: 9 }] });
  });

  it('accepts ESLint numbers for levels', () => {
    const config = new ResolvedConfig({ entries: [{ rules: { a: 2, b: 1, c: 0 } }], rules, baseDir: '/p' });
    expect(summary(config)).toEqual({ a: [2, { max: 3 }], b: [1, { max: 3 }] });
  });

  it('applies entries by file glob and by template name', () => {
    const config = new ResolvedConfig({
      entries: [
        { rules: { a: 'error' } },
        { files: ['marketing/**'], rules: { b: 'warn' } },
        { templates: ['promo_*'], rules: { a: 'off' } },
      ],
      rules,
      baseDir: '/p',
    });
    expect(summary(config, 'order_update', '/p/utility/t.json')).toEqual({ a: [2, { max: 3 }] });
    expect(summary(config, 'order_update', '/p/marketing/t.json')).toEqual({ a: [2, { max: 3 }], b: [1, { max: 3 }] });
    expect(summary(config, 'promo_summer', '/p/marketing/t.json')).toEqual({ b: [1, { max: 3 }] });
  });

  it('treats an entry with only ignores as global ignores', () => {
    const config = new ResolvedConfig({ entries: [{ ignores: ['drafts/**'] }, { rules: { a: 'error' } }], rules, baseDir: '/p' });
    expect(config.isIgnored('/p/drafts/x.json')).toBe(true);
    expect(config.isIgnored('/p/live/x.json')).toBe(false);
  });

  it('merges settings per file', () => {
    const config = new ResolvedConfig({
      entries: [{ settings: { words: ['Acme'] } }, { files: ['fr/**'], settings: { defaultLanguage: 'fr' } }],
      rules,
      baseDir: '/p',
    });
    expect(config.settingsFor('/p/fr/x.json')).toEqual({ words: ['Acme'], defaultLanguage: 'fr' });
    expect(config.settingsFor('/p/en/x.json')).toEqual({ words: ['Acme'] });
  });
});

describe('config errors name the rule and the key', () => {
  it('unknown rule', () => {
    expect(() => new ResolvedConfig({ entries: [{ name: 'team', rules: { zz: 'error' } }], rules, baseDir: '/p' })).toThrow('config entry "team": unknown rule `zz`');
  });
  it('bad option value', () => {
    expect(() => new ResolvedConfig({ entries: [{ rules: { a: ['error', { max: 'many' }] } }], rules, baseDir: '/p' })).toThrow(/invalid options for rule `a`: `max`/);
  });
  it('unknown option key', () => {
    expect(() => new ResolvedConfig({ entries: [{ rules: { a: ['error', { mx: 1 }] } }], rules, baseDir: '/p' })).toThrow(/rule `a`.*mx/);
  });
  it('bad level and unknown entry keys', () => {
    expect(() => normaliseConfig([{ rules: { a: 'loud' } }], rules, 'cfg')).toThrow(ConfigError);
    expect(() => normaliseConfig([{ rulez: {} }], rules, 'cfg')).toThrow(/rulez/);
  });
  it('--rule flags', () => {
    expect(parseRuleFlag('a:warn')).toEqual({ name: '--rule a', rules: { a: 'warn' } });
    expect(parseRuleFlag('a:["error",{"max":4}]')).toEqual({ name: '--rule a', rules: { a: ['error', { max: 4 }] } });
    expect(() => parseRuleFlag('a')).toThrow(ConfigError);
    expect(() => parseRuleFlag('a:[oops')).toThrow(ConfigError);
  });
});

describe('config files', () => {
  it('finds wabalint.config.json upwards, on top of recommended, with presets by name', async () => {
    const dir = scratch({ 'wabalint.config.json': JSON.stringify(['wabalint:strict', { rules: { d: 'off' } }]), 'sub/t.json': '{}' });
    const config = await loadConfig({ cwd: join(dir, 'sub'), rules });
    expect(config.file).toBe(join(dir, 'wabalint.config.json'));
    expect(Object.keys(summary(config, 'x', join(dir, 'sub/t.json'))).sort()).toEqual(['a', 'b', 'c']);
  });

  it('loads an ES module config', async () => {
    const dir = scratch({ 'wabalint.config.mjs': 'export default [{ rules: { c: "warn" } }];\n' });
    const config = await loadConfig({ cwd: dir, rules });
    expect(summary(config, 'x', join(dir, 't.json')).c).toEqual([1, { max: 3 }]);
  });

  it('says which file is not valid JSON', async () => {
    const dir = scratch({ 'wabalint.config.json': '{ rules: ' });
    await expect(loadConfig({ cwd: dir, rules })).rejects.toThrow(/wabalint\.config\.json is not valid JSON/);
  });
});
