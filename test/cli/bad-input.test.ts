import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratch, STACK_TRACE } from '../helpers/cli.js';

const good = JSON.stringify(
  {
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hello {{1}}, your order has shipped. Thank you for your trust.', example: { body_text: [['Ana']] } }],
  },
  null,
  2,
);

async function lintOne(name: string, content: string | Uint8Array, extra: string[] = []) {
  const dir = scratch({ [name]: content });
  const run = await runCli(['lint', name, '--format', 'compact', ...extra], dir);
  return { ...run, dir, path: join(dir, name) };
}

function expectCleanFailure(run: { stdout: string; stderr: string }) {
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
}

describe('bad input from the command line', () => {
  it('reports malformed JSON with its line and column, exit 1', async () => {
    const run = await lintOne('broken.json', '{\n  "name": "x",\n  "language": ,\n}\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.json: line 3, col 15, Error - Invalid JSON: .+/);
    expectCleanFailure(run);
  });

  it('reports malformed YAML with its line and column', async () => {
    const run = await lintOne('broken.yaml', 'name: x\ncomponents:\n  - type: BODY\n   text: "unterminated\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.yaml: line \d+, col \d+, Error - Invalid YAML: /);
    expectCleanFailure(run);
  });

  it('reports an empty file', async () => {
    const run = await lintOne('empty.json', '  \n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('File is empty');
  });

  it('refuses a binary file', async () => {
    const run = await lintOne('image.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('File looks binary');
  });

  it('refuses invalid UTF-8 and says where', async () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]);
    const run = await lintOne('latin1.json', bytes);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/line 2, col 15, Error - File is not valid UTF-8/);
  });

  it('refuses UTF-16', async () => {
    const run = await lintOne('utf16.json', Buffer.from('\ufeff{}', 'utf16le'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('UTF-16');
  });

  it('refuses a file over the size limit, which an option raises', async () => {
    const big = JSON.stringify({ ...JSON.parse(good), padding: 'x'.repeat(3000) });
    const refused = await lintOne('big.json', big, ['--max-file-size', '2kb']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/over the 2\.0 KB limit/);
    const accepted = await lintOne('big.json', big, ['--max-file-size', '1MB']);
    expect(accepted.code).toBe(0);
  });

  it('survives JSON nested deeper than any template', async () => {
    const run = await lintOne('deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
    expect([1]).toContain(run.code);
    expectCleanFailure(run);
  });

  it('reports values of the wrong shape instead of crashing', async () => {
    for (const value of ['42', '"text"', 'null', '[1, "x", null]', '{"data": "nope"}', '{"components": "x", "name": 5}']) {
      const run = await lintOne('odd.json', value);
      expectCleanFailure(run);
      expect(run.code, value).toBeLessThan(2);
    }
  });

  it('exits 2 with one line when a directory holds no templates', async () => {
    const dir = scratch({ 'notes.txt': 'hello' });
    const run = await runCli(['lint', '.'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('No template files found');
  });

  it('exits 2 for a path that does not exist', async () => {
    const run = await runCli(['lint', 'missing.json'], scratch({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`missing.json`');
  });

  it('skips a dangling symlink in a directory and lints the rest', async () => {
    const dir = scratch({ 'templates/good.json': good });
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'templates', 'dangling.json'));
    const run = await runCli(['lint', 'templates', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'templates', 'good.json')]);
  });

  it('goes on with the other files after a bad one', async () => {
    const dir = scratch({ 'a.json': '{', 'b.json': good });
    const run = await runCli(['lint', '.', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; fatalErrorCount: number }>;
    expect(results).toHaveLength(2);
    expect(results[0]!.fatalErrorCount).toBe(1);
    expect(results[1]!.errorCount).toBe(0);
  });

  it('exits 2 on a usage error, with one line and no stack', async () => {
    const run = await runCli(['lint', '--format', 'nope'], scratch({}));
    expect(run.code).toBe(2);
    expectCleanFailure(run);
  });

  it('exits 2 on a config error that names the rule and the key', async () => {
    const dir = scratch({
      'wabalint.config.json': JSON.stringify([{ rules: { 'variable-at-start': ['error', { bogus: 1 }] } }]),
      't.json': good,
    });
    const run = await runCli(['lint', 't.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/config error: .*`variable-at-start`/);
    expect(run.stderr).toContain('bogus');
  });

  it('exits 2 on an unknown rule in the config', async () => {
    const dir = scratch({ 'wabalint.config.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }), 't.json': good });
    const run = await runCli(['lint', 't.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule `no-such-rule`');
  });

  it('never touches a file it could not parse, even with --fix', async () => {
    const broken = '{ "name": "x", "components": [ { "type": "BODY", "text": "{{ 1 }} hi" ';
    const dir = scratch({ 'broken.json': broken });
    const run = await runCli(['lint', 'broken.json', '--fix'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'broken.json'), 'utf8')).toBe(broken);
  });
});

describe('the installed binary, as a whole process', () => {
  const bin = new URL('../../dist/wabalint.mjs', import.meta.url).pathname;

  it('prints a one-line error and no stack for a broken file, exit 1', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = scratch({ 'broken.json': '{ "name": ' });
    const run = spawnSync(process.execPath, [bin, 'lint', 'broken.json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1:11\s+error\s+Invalid JSON/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('exits 2 on a usage error', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [bin, 'lint', '--no-such-flag', 'x.json'], { cwd: scratch({}), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown argument');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});
