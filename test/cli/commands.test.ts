import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratch } from '../helpers/cli.js';

const tpl = (parts: Record<string, unknown>) =>
  JSON.stringify(
    {
      name: 'order_update',
      language: 'en_US',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Hello {{1}}, your order has shipped. Thank you for shopping with us.', example: { body_text: [['Ana']] } }],
      ...parts,
    },
    null,
    2,
  ) + '\n';

const clean = tpl({});
const rejected = tpl({ components: [{ type: 'BODY', text: '{{1}}, your order has shipped. Thank you for shopping with us.', example: { body_text: [['Ana']] } }] });
const fixableLanguage = tpl({ language: 'pt-BR' });
const dense = tpl({ components: [{ type: 'BODY', text: 'Hi {{1}}! {{2}} starts at {{3}}. Are you coming?', example: { body_text: [['Ana', 'Yoga', '9:00']] } }] });

describe('wabalint lint', () => {
  it('exits 0 on clean templates and prints nothing', async () => {
    const dir = scratch({ 't.json': clean });
    const run = await runCli(['lint', 't.json'], dir);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on errors, stylish by default with absolute paths', async () => {
    const dir = scratch({ 't.json': rejected });
    const run = await runCli(['t.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(join(dir, 't.json'));
    expect(run.stdout).toMatch(/^\s+8:16\s+error\s+Body starts with `\{\{1\}\}`.*\s\svariable-at-start$/m);
  });

  it('treats warnings with --max-warnings and --quiet', async () => {
    const dir = scratch({ 't.json': dense });
    const plain = await runCli(['lint', 't.json', '-f', 'compact'], dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Warning - ');
    const strictWarnings = await runCli(['lint', 't.json', '--max-warnings', '0'], dir);
    expect(strictWarnings.code).toBe(1);
    expect(strictWarnings.stderr).toContain('too many warnings (maximum: 0)');
    const quiet = await runCli(['lint', 't.json', '--quiet'], dir);
    expect(quiet).toMatchObject({ code: 0, stdout: '' });
  });

  it('sets rules from the command line', async () => {
    const dir = scratch({ 't.json': dense });
    const run = await runCli(['lint', 't.json', '--rule', 'variable-density:error'], dir);
    expect(run.code).toBe(1);
    const off = await runCli(['lint', 't.json', '--rule', 'variable-density:off', '--rule', 'variable-at-end:off'], dir);
    expect(off).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes the report to --output-file', async () => {
    const dir = scratch({ 't.json': rejected });
    const run = await runCli(['lint', 't.json', '-f', 'json', '-o', 'out/report.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8')) as Array<{ errorCount: number }>;
    expect(report[0]!.errorCount).toBe(1);
  });

  it('fixes files in place with --fix, atomically, and leaves no temporary file', async () => {
    const dir = scratch({ 't.json': fixableLanguage });
    const run = await runCli(['lint', 't.json', '--fix'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe(fixableLanguage.replace('pt-BR', 'pt_BR'));
    expect(readdirSync(dir)).toEqual(['t.json']);
  });

  it('keeps CRLF line endings and the BOM when fixing', async () => {
    const text = '\ufeff' + fixableLanguage.replace(/\n/g, '\r\n');
    const dir = scratch({ 't.json': text });
    await runCli(['lint', 't.json', '--fix'], dir);
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe(text.replace('pt-BR', 'pt_BR'));
  });

  it('shows fixes without writing with --fix-dry-run', async () => {
    const dir = scratch({ 't.json': fixableLanguage });
    const run = await runCli(['lint', 't.json', '--fix-dry-run', '-f', 'json'], dir);
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe(fixableLanguage);
    const [result] = JSON.parse(run.stdout) as Array<{ output?: string }>;
    expect(result!.output).toBe(fixableLanguage.replace('pt-BR', 'pt_BR'));
  });

  it('says per template in the JSON output which category it predicts, and why', async () => {
    const promo = tpl({
      name: 'promo_printemps',
      language: 'fr',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Bonjour {{1}}, profitez de -20 % sur toute la boutique avec le code PRINTEMPS ce week-end.', example: { body_text: [['Léa']] } }],
    });
    const dir = scratch({ 't.json': promo });
    const run = await runCli(['lint', 't.json', '-f', 'json'], dir);
    const [result] = JSON.parse(run.stdout) as Array<{ templates: Array<{ name: string; declaredCategory: string; category: { predicted: string; confidence: number; phrases: Array<{ phrase: string }> } }> }>;
    expect(result!.templates).toHaveLength(1);
    const summary = result!.templates[0]!;
    expect(summary).toMatchObject({ name: 'promo_printemps', declaredCategory: 'UTILITY', category: { predicted: 'MARKETING' } });
    expect(summary.category.confidence).toBeGreaterThan(0.5);
    expect(summary.category.phrases.length).toBeGreaterThan(0);
  });

  it('writes a GitHub step summary with --format github', async () => {
    const dir = scratch({ 't.json': rejected });
    const summary = join(dir, 'summary.md');
    const run = await runCli(['lint', 't.json', '-f', 'github'], dir, { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=t\.json,line=8,col=16,endLine=8,endColumn=21,title=variable-at-start::Body starts/m);
    expect(readFileSync(summary, 'utf8')).toContain('| t.json:8:16 | error |');
  });

  it('uses colour only on a terminal, and never with NO_COLOR', async () => {
    const dir = scratch({ 't.json': rejected });
    expect((await runCli(['lint', 't.json'], dir)).stdout).not.toContain('\x1b[');
    expect((await runCli(['lint', 't.json'], dir, { tty: true })).stdout).toContain('\x1b[');
    expect((await runCli(['lint', 't.json'], dir, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCli(['lint', 't.json', '--no-color'], dir, { tty: true })).stdout).not.toContain('\x1b[');
  });

  it('shows progress on a terminal for many files, on stderr only', async () => {
    // Distinct names and bodies: duplicate-template would otherwise (rightly) report the copies.
    const numbered = (i: number) => clean.replace('order_update', `order_update_${i}`).replace('has shipped', `(parcel ${i}) has shipped`);
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`t${i}.json`, numbered(i)]));
    const dir = scratch(files);
    const run = await runCli(['lint', '.'], dir, { tty: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('/60 files');
    expect(run.stdout).toBe('');
    expect((await runCli(['lint', '.'], dir)).stderr).toBe('');
  });

  it('honours global ignores from the config', async () => {
    const dir = scratch({ 'wabalint.config.json': JSON.stringify([{ ignores: ['drafts/**'] }]), 'drafts/t.json': rejected, 'live/t.json': clean });
    expect((await runCli(['lint', '.'], dir)).code).toBe(0);
  });
});

describe('wabalint rules', () => {
  it('lists every rule as a table and as JSON', async () => {
    const dir = scratch({});
    const table = await runCli(['rules'], dir);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^variable-at-start\s+rejection\s+error\s+/m);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'], dir)).stdout) as Array<{ id: string; url: string }>;
    expect(json.map((r) => r.id)).toContain('template-schema');
    expect(json.every((r) => r.url.endsWith(`${r.id}.md`))).toBe(true);
  });
});

describe('wabalint init', () => {
  it('writes a config and a VS Code task with the stylish matcher, and does not overwrite them', async () => {
    const dir = scratch({});
    const first = await runCli(['init', '--dir', 'modeles'], dir);
    expect(first.code).toBe(0);
    const tasks = JSON.parse(readFileSync(join(dir, '.vscode/tasks.json'), 'utf8')) as { tasks: Array<{ command: string; problemMatcher: string }> };
    expect(tasks.tasks[0]).toMatchObject({ command: 'npx wabalint lint modeles --format stylish', problemMatcher: '$eslint-stylish' });
    expect(existsSync(join(dir, 'wabalint.config.json'))).toBe(true);
    const second = await runCli(['init'], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('already exists');
  });

  it('writes a config that lints', async () => {
    const dir = scratch({ 'templates/t.json': clean });
    await runCli(['init'], dir);
    expect(await runCli(['lint', 'templates'], dir)).toMatchObject({ code: 0 });
  });
});
