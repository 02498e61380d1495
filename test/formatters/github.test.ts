import { describe, expect, it } from 'vitest';
import { makeResult, type Diagnostic } from '../../src/engine/diagnostic.js';
import { ANNOTATIONS_PER_SEVERITY, escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { CWD, PROMO, context, diag, expectedMessages, sampleResults } from './fixtures.js';
import { ESLINT_COMPACT, ESLINT_STYLISH, ESLINT_STYLISH_LEGACY, SETUP_NODE_STYLISH, collect } from './problem-matchers.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Reads a workflow command back, undoing `@actions/core`'s escaping as the runner does. */
function parseCommand(line: string): Command | undefined {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) return undefined;
  const unescape = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, message: unescape(m[3]!) };
}

function lines(output: string): string[] {
  expect(output.endsWith('\n')).toBe(true);
  return output.slice(0, -1).split('\n');
}

describe('github', () => {
  it('escapes data and properties exactly as @actions/core does', () => {
    expect(escapeData('100% sure\r\nnext: a,b')).toBe('100%25 sure%0D%0Anext: a,b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    // `%` first: a literal `%0A` must not turn into a newline.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one annotation per problem with a repo-relative path, position and rule id as title', () => {
    const results = [
      makeResult(`${CWD}/templates/a,b:c.json`, [
        diag({ message: 'Use 100% `{{1}}`,\nnot `{{2}}`: see docs', line: 6, column: 16, endColumn: 21 }),
      ]),
    ];
    const [annotation, summary] = lines(github(results, context()));
    expect(annotation).toBe(
      '::error file=templates/a%2Cb%3Ac.json,line=6,col=16,endLine=6,endColumn=21,title=variable-at-start::Use 100%25 `{{1}}`,%0Anot `{{2}}`: see docs',
    );
    expect(parseCommand(annotation!)).toEqual({
      command: 'error',
      properties: { file: 'templates/a,b:c.json', line: '6', col: '16', endLine: '6', endColumn: '21', title: 'variable-at-start' },
      message: 'Use 100% `{{1}}`,\nnot `{{2}}`: see docs',
    });
    expect(summary).toBe('wabalint: ✖ 1 problem (1 error, 0 warnings)');
  });

  it('round-trips every message of the sample: command, file, line, title and text', () => {
    const results = sampleResults();
    const out = lines(github(results, context({ verbose: true })));
    const commands = out.map(parseCommand).filter((c): c is Command => c !== undefined);
    const expected = expectedMessages(results, true);
    expect(commands).toHaveLength(expected.length);
    commands.forEach((c, i) => {
      const e = expected[i]!;
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[e.severity]);
      expect(c.properties.file).toBe(e.file.slice(CWD.length + 1));
      expect(c.properties.line).toBe(String(e.line));
      expect(c.properties.title).toBe(e.ruleId ?? (e.fatal ? 'wabalint/fatal' : 'wabalint/core'));
      expect(c.message).toBe(e.message.trim());
    });
  });

  it('leaves columns out of a span over several lines (GitHub ignores them there)', () => {
    const out = github([makeResult(PROMO, [diag({ message: 'x', line: 12, column: 9, endLine: 14, endColumn: 3 })])], context());
    expect(lines(out)[0]).toBe('::error file=templates/promo.json,line=12,endLine=14,title=variable-at-start::x');
  });

  it('annotates the first 10 errors, 10 warnings and 10 notices, and prints every other problem plainly', () => {
    const messages: Diagnostic[] = [];
    for (let i = 1; i <= 25; i++) messages.push(diag({ message: `error ${i}`, line: i }));
    for (let i = 1; i <= 12; i++) messages.push(diag({ ruleId: 'typography', severity: 1, message: `warning ${i}`, line: 100 + i, column: 2 }));
    for (let i = 1; i <= 13; i++) messages.push(diag({ ruleId: 'language-mismatch', severity: 0, message: `info ${i}`, line: 200 + i }));
    const results = [makeResult(PROMO, messages)];
    const out = lines(github(results, context({ verbose: true })));
    const commands = out.map(parseCommand).filter((c): c is Command => c !== undefined);
    expect(ANNOTATIONS_PER_SEVERITY).toBe(10);
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(10);
    expect(commands.filter((c) => c.command === 'notice')).toHaveLength(10);
    const plain = out.filter((l) => l.startsWith('templates/promo.json:'));
    expect(plain).toHaveLength(15 + 2 + 3);
    expect(plain).toContain('templates/promo.json:11:1: error: error 11 (variable-at-start)');
    expect(plain).toContain('templates/promo.json:112:2: warning: warning 12 (typography)');
    expect(plain).toContain('templates/promo.json:213:1: info: info 13 (language-mismatch)');
    // Nothing is lost: each message is either annotated or printed.
    for (const m of messages) {
      const annotated = commands.some((c) => c.message === m.message);
      const printed = plain.some((l) => l.includes(`: ${m.message} (`));
      expect(annotated !== printed, m.message).toBe(true);
    }
    expect(out).toContain(
      'wabalint: 20 more problems are not annotated (GitHub shows at most 10 errors, 10 warnings and 10 notices per step):',
    );
    expect(out.at(-1)).toBe('wabalint: ✖ 50 problems (25 errors, 12 warnings, 13 info)');
  });

  it('prints plain lines that none of the ESLint problem matchers turns into more annotations', () => {
    const messages = Array.from({ length: 30 }, (_, i) => diag({ message: `error ${i}  with  spaces`, line: i + 1 }));
    const out = github([makeResult(PROMO, messages)], context());
    for (const patterns of [ESLINT_STYLISH, ESLINT_STYLISH_LEGACY, SETUP_NODE_STYLISH, ESLINT_COMPACT]) {
      expect(collect(patterns, out)).toEqual([]);
    }
  });

  it('shows info messages (notices) only with verbose', () => {
    expect(github(sampleResults(), context())).not.toContain('::notice');
    expect(github(sampleResults(), context({ verbose: true }))).toContain('::notice file=templates/promo.json,line=2,col=3');
  });

  it('omits the file for paths outside the working directory and for <input>', () => {
    const out = lines(
      github([makeResult('/elsewhere/a.json', [diag({ message: 'x' })]), makeResult('<input>', [diag({ message: 'y' })])], context()),
    );
    expect(out[0]).toBe('::error line=1,col=1,endLine=1,endColumn=2,title=variable-at-start::x');
    expect(out[1]).toBe('::error line=1,col=1,endLine=1,endColumn=2,title=variable-at-start::y');
  });

  it('prints a summary line even when there is nothing to report', () => {
    expect(github([], context())).toBe('wabalint: no problems found\n');
    expect(github([makeResult(PROMO, [diag({ severity: 0, message: 'i' })])], context())).toBe('wabalint: no problems found\n');
  });
});
