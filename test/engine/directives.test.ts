import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/engine/create-rule.js';
import type { Severity } from '../../src/engine/diagnostic.js';
import { lintSource } from '../../src/engine/lint.js';
import type { SourceFormat } from '../../src/template/source.js';

/** Two rules that report every body, so suppression can be seen per rule. */
const make = (id: string) =>
  createRule({
    id,
    kind: 'quality',
    summary: 'Reports every body.',
    recommended: 'error',
    messages: { body: () => 'body' },
    create: (context) => ({ Body: (body) => context.report({ messageId: 'body', at: body.text ?? body }) }),
  });
const alpha = make('alpha');
const beta = make('beta');

function lint(text: string, format: SourceFormat, reportUnused?: Severity) {
  const active = [alpha, beta].map((rule) => ({ rule, severity: 2 as const, options: {} }));
  return lintSource(
    { path: `t.${format}`, format, text, hasBom: false },
    { rulesFor: () => active, settings: {}, knownRules: new Set(['alpha', 'beta']), reportUnusedDisableDirectives: reportUnused },
  );
}

const rulesOf = (text: string, format: SourceFormat, reportUnused?: Severity) =>
  lint(text, format, reportUnused).messages.map((m) => `${m.line}:${m.ruleId ?? m.message}`);

const yamlTemplates = (lines: string[]) => lines.join('\n') + '\n';

describe('wabalint-disable comments', () => {
  it('disable-next-line in JSONC suppresses the named rule on the next line only', () => {
    const text = `[
  { "name": "a", "components": [
    // wabalint-disable-next-line alpha -- reviewed with legal
    { "type": "BODY", "text": "one" } ] },
  { "name": "b", "components": [
    { "type": "BODY", "text": "two" } ] }
]`;
    expect(rulesOf(text, 'jsonc')).toEqual(['4:beta', '6:alpha', '6:beta']);
    expect(lint(text, 'jsonc').suppressedMessages.map((m) => m.ruleId)).toEqual(['alpha']);
  });

  it('disable-line in YAML, for all rules', () => {
    const text = yamlTemplates(['- name: a', '  components:', '    - type: BODY', '      text: one # wabalint-disable-line', '- name: b', '  components:', '    - type: BODY', '      text: two']);
    expect(rulesOf(text, 'yaml')).toEqual(['8:alpha', '8:beta']);
  });

  it('block disable and enable in YAML', () => {
    const text = yamlTemplates([
      '# wabalint-disable beta',
      '- name: a',
      '  components:',
      '    - type: BODY',
      '      text: one',
      '# wabalint-enable beta',
      '- name: b',
      '  components:',
      '    - type: BODY',
      '      text: two',
    ]);
    expect(rulesOf(text, 'yaml')).toEqual(['5:alpha', '10:alpha', '10:beta']);
  });

  it('block comments in JSONC', () => {
    const text = `/* wabalint-disable */\n{ "name": "a", "components": [ { "type": "BODY", "text": "one" } ] }\n`;
    expect(rulesOf(text, 'jsonc')).toEqual([]);
  });

  it('reports unused directives when asked, naming the rules', () => {
    const text = yamlTemplates(['- name: a', '  components:', '    # wabalint-disable-next-line alpha, beta', '    - type: FOOTER', '      text: one']);
    expect(rulesOf(text, 'yaml')).toEqual([]);
    const messages = lint(text, 'yaml', 1).messages;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 3 });
    expect(messages[0]!.message).toBe('Unused wabalint-disable-next-line directive (no problems were reported from `alpha`, `beta`)');
  });

  it('does not report a used directive', () => {
    const text = yamlTemplates(['- name: a', '  components:', '    - type: BODY', '      # wabalint-disable-next-line', '      text: one']);
    expect(lint(text, 'yaml', 2).messages).toEqual([]);
  });

  it('reports an unknown rule in a directive as an error', () => {
    const text = yamlTemplates(['# wabalint-disable no-such-rule', '- name: a', '  components: []']);
    const messages = lint(text, 'yaml').messages;
    expect(messages.map((m) => m.message)).toEqual(['Unknown rule `no-such-rule` in a wabalint-disable comment']);
  });

  it('ignores comment-like text inside strings', () => {
    const text = yamlTemplates(['- name: a', '  components:', '    - type: BODY', '      text: "one # wabalint-disable-line"']);
    expect(rulesOf(text, 'yaml')).toEqual(['4:alpha', '4:beta']);
  });
});
