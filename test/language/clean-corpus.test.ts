import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { Linter } from '../../src/linter.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * At least 100 well-written French and English templates (test/fixtures/clean-corpus/, see its README) on which no
 * language rule may report anything: a language rule that fires on correct text is worse than none.
 */
describe('the clean corpus', () => {
  it('gets no finding from any language rule', async () => {
    const config = [{ rules: Object.fromEntries(Object.values(rules).map((r) => [r.id, r.kind === 'language' ? 'warn' : 'off'] as const)) }];
    const linter = await Linter.create({ cwd: ROOT, config });
    const results = await linter.lintFiles(['test/fixtures/clean-corpus']);
    const findings = results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(findings).toEqual([]);
    const corpus = ['fr', 'en'].flatMap((l) => JSON.parse(readFileSync(`${ROOT}test/fixtures/clean-corpus/${l}.json`, 'utf8')) as unknown[]);
    expect(corpus.length).toBeGreaterThanOrEqual(100);
  });
});
