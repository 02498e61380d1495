import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRule } from '../../src/engine/create-rule.js';
import { RuleTester, type RuleTests } from '../../src/engine/rule-tester.js';

/** Reports `bad` in the body; fixes it to `good`, or suggests it when `suggestOnly`. */
const rule = createRule({
  id: 'no-bad',
  kind: 'quality',
  summary: 'Disallow the word bad.',
  recommended: 'error',
  messages: {
    bad: (d: { word: string }) => `Unexpected \`${d.word}\``,
    useGood: () => 'Replace with `good`',
  },
  options: z.object({ suggestOnly: z.boolean().default(false) }).strict(),
  fixable: true,
  suggest: true,
  create(context) {
    return {
      Body(body) {
        const text = body.text;
        if (!text) return;
        const i = text.value.indexOf('bad');
        if (i < 0) return;
        const edit = { field: text, start: i, end: i + 3, text: 'good' };
        if (context.options.suggestOnly) {
          context.report({ messageId: 'bad', data: { word: 'bad' }, at: { field: text, start: i, end: i + 3 }, suggest: [{ messageId: 'useGood', fix: edit }] });
        } else context.report({ messageId: 'bad', data: { word: 'bad' }, at: { field: text, start: i, end: i + 3 }, fix: edit });
      },
    };
  },
});

const tpl = (text: string) => ({ name: 't', language: 'en', category: 'UTILITY', components: [{ type: 'BODY', text }] });
const fixed = (text: string) => JSON.stringify(tpl(text), null, 2) + '\n';

interface Outcome {
  name: string;
  error?: unknown;
}

/** Runs the tester with a recording describe/it, and returns each test's outcome. */
function outcomes(tests: RuleTests): Outcome[] {
  const out: Outcome[] = [];
  const prefix: string[] = [];
  const describeFn = (name: string, fn: () => void) => {
    prefix.push(name);
    fn();
    prefix.pop();
  };
  const itFn = (name: string, fn: () => void) => {
    try {
      fn();
      out.push({ name: [...prefix, name].join(' > ') });
    } catch (error) {
      out.push({ name: [...prefix, name].join(' > '), error });
    }
  };
  new RuleTester({ describe: describeFn, it: itFn }).run(rule, tests);
  return out;
}

const failures = (tests: RuleTests) => outcomes(tests).filter((o) => o.error).map((o) => String((o.error as Error).message));

const base: RuleTests = {
  valid: [tpl('all good')],
  invalid: [
    { code: tpl('so bad'), errors: [{ messageId: 'bad', data: { word: 'bad' } }], output: fixed('so good') },
    {
      name: 'suggestion',
      code: tpl('bad news'),
      options: { suggestOnly: true },
      errors: [{ messageId: 'bad', suggestions: [{ messageId: 'useGood', output: fixed('good news') }] }],
    },
  ],
};

describe('RuleTester strictness', () => {
  it('passes a correct suite', () => {
    expect(failures(base)).toEqual([]);
  });

  it('fails a valid case that reports', () => {
    expect(failures({ ...base, valid: [tpl('bad')] }).join()).toContain('Expected no problems');
  });

  it('fails an invalid case with no errors listed', () => {
    expect(failures({ ...base, invalid: [...base.invalid, { code: tpl('bad one'), errors: [] }] }).join()).toContain('must list its errors');
  });

  it('fails on a wrong messageId, a wrong count or wrong data', () => {
    const wrongId = failures({ ...base, invalid: [{ code: tpl('so bad'), errors: [{ messageId: 'useGood' }], output: fixed('so good') }] });
    expect(wrongId.join()).toContain('expected messageId useGood');
    const wrongCount = failures({ ...base, invalid: [{ code: tpl('so bad'), errors: [{ messageId: 'bad' }, { messageId: 'bad' }], output: fixed('so good') }] });
    expect(wrongCount.join()).toContain('Expected 2 error(s), got 1');
    const wrongData = failures({ ...base, invalid: [{ code: tpl('so bad'), errors: [{ messageId: 'bad', data: { word: 'worse' } }], output: fixed('so good') }] });
    expect(wrongData.join()).toContain('expected message');
  });

  it('fails on an unknown messageId', () => {
    expect(failures({ ...base, invalid: [{ code: tpl('so bad'), errors: [{ messageId: 'nope' }], output: fixed('so good') }] }).join()).toContain('unknown messageId');
  });

  it('requires output when a fix is made, and checks it', () => {
    expect(failures({ ...base, invalid: [base.invalid[1]!, { code: tpl('so bad'), errors: [{ messageId: 'bad' }] }] }).join()).toContain('must give `output`');
    expect(failures({ ...base, invalid: [base.invalid[1]!, { code: tpl('so bad'), errors: [{ messageId: 'bad' }], output: fixed('so fine') }] }).join()).toContain('Fixed output differs');
    expect(failures({ ...base, invalid: [base.invalid[1]!, { code: tpl('so bad'), errors: [{ messageId: 'bad' }], output: null }] }).join()).toContain('Expected no fix');
  });

  it('requires produced suggestions to be asserted', () => {
    const unasserted = { name: 'suggestion', code: tpl('bad news'), options: { suggestOnly: true }, errors: [{ messageId: 'bad' }] };
    expect(failures({ ...base, invalid: [base.invalid[0]!, unasserted] }).join()).toContain('assert them with `suggestions`');
  });

  it('fails on duplicate cases and on unnamed cases with options', () => {
    expect(failures({ ...base, valid: [tpl('fine'), tpl('fine')] }).join()).toContain('Duplicate valid test case');
    const unnamed = { code: tpl('bad'), options: { suggestOnly: true }, errors: [{ messageId: 'bad', suggestions: [{ messageId: 'useGood', output: fixed('good') }] }] };
    expect(failures({ ...base, invalid: [...base.invalid, unnamed] }).join()).toContain('needs a name');
  });

  it('requires a fixable rule to have a case that exercises the fix', () => {
    expect(failures({ ...base, invalid: [base.invalid[1]!] }).join()).toContain('is fixable but no invalid case');
  });

  it('checks positions when given', () => {
    const wrong = failures({ ...base, invalid: [{ code: tpl('so bad'), errors: [{ messageId: 'bad', line: 99 }], output: fixed('so good') }, base.invalid[1]!] });
    expect(wrong.join()).toContain('expected line 99');
  });

  it('requires cases in every language asked for', () => {
    const out: Outcome[] = [];
    const itFn = (name: string, fn: () => void) => {
      try {
        fn();
        out.push({ name });
      } catch (error) {
        out.push({ name, error });
      }
    };
    new RuleTester({ describe: (_n, fn) => fn(), it: itFn, languages: ['fr', 'en'] }).run(rule, base);
    const failure = out.find((o) => o.name === 'has valid and invalid cases in every language');
    expect(String((failure?.error as Error | undefined)?.message)).toContain('No valid case has a template in `fr` (languages seen: en)');
  });

  it('rejects invalid options', () => {
    const bad = { name: 'bad options', code: tpl('bad'), options: { suggestOnly: 'yes' }, errors: [{ messageId: 'bad' }] };
    expect(failures({ ...base, invalid: [...base.invalid, bad] }).join()).toContain('Invalid options');
  });
});
