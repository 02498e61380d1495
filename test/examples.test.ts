/**
 * The bundled examples: `examples/templates/` must lint clean but for the warnings designed into it (`npm start`
 * exits 0, a README promise), and every file of `examples/rejected/` must trip exactly the rules it is named for.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../src/index.js';
import { runCli } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE_FILE = /\.(json|jsonc|ya?ml)$/;
const filesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => TEMPLATE_FILE.test(f)).sort();

/** The warnings designed into examples/templates: risky bodies, too many placeholders for their words. */
const EXPECTED_WARNINGS = [
  { file: 'creneau-livraison.fr.yml', template: 'creneau_livraison', ruleId: 'variable-density' },
  { file: 'livraisons.json', template: 'click_collect_ready', ruleId: 'variable-density' },
];

/** Each rejected example and the rules it must trip, no more, no fewer. */
const REJECTED: Record<string, string[]> = {
  'adjacent-placeholders.en.json': ['adjacent-variables'],
  'button-label-too-long.fr.json': ['text-length'],
  'carousel-mixed-headers.fr.yaml': ['carousel-format', 'marketing-opt-out'],
  'footer-variable.fr.json': ['footer-no-variables'],
  'header-emoji.fr.json': ['header-text-format'],
  'header-two-variables.fr.json': ['header-variable-limit'],
  // Meta's 2388293 / 2388299 example: too few words (a warning) and a trailing placeholder (an error).
  'hello-name-only.en.json': ['promotional-utility', 'unclear-content', 'variable-at-end', 'variable-density'],
  'language-fr_FR.fr.json': ['language-code'],
  'legacy-category.en.json': ['template-schema'],
  'missing-samples.en.json': ['example-required'],
  'name-with-spaces-and-accents.fr.json': ['name-format'],
  // The samples are named `Prenom` and `Date_RDV` too, which example-mismatch reports as samples for no placeholder.
  'named-params-uppercase.fr.json': ['variable-syntax'],
  'offer-footer-long-text.fr.json': ['limited-time-offer-format', 'marketing-opt-out'],
  'phone-zero-after-country-code.fr.jsonc': ['phone-number-format'],
  'placeholder-first.fr.json': ['variable-at-start'],
  'placeholder-last.en.json': ['variable-at-end'],
  'placeholders-out-of-sequence.en.json': ['variable-sequence'],
  'samples-test-values.fr.json': ['example-mismatch'],
  'shortened-link-sample.en.json': ['example-mismatch', 'url-shortener'],
  'special-characters-placeholder.en.json': ['variable-syntax'],
  'three-url-buttons.en.yaml': ['button-limits'],
  'url-variable-in-domain.en.json': ['url-button-variable'],
};

const byFile = (results: LintResult[]) => new Map(results.map((r) => [basename(r.filePath), r]));
const ruleIdsOf = (r: LintResult) => [...new Set(r.messages.map((m) => m.ruleId ?? `(${m.message})`))].sort();

describe('examples/templates', () => {
  let results: Map<string, LintResult>;
  beforeAll(async () => {
    const linter = await Linter.create({ cwd: ROOT });
    results = byFile(await linter.lintFiles(['examples/templates']));
  });

  it('lints every file of the folder', () => {
    expect([...results.keys()].sort()).toEqual(filesIn('examples/templates'));
  });

  it('has no errors and no fatal messages', () => {
    for (const [file, r] of results) {
      expect({ file, errors: r.messages.filter((m) => m.severity === 2 || m.fatal) }).toEqual({ file, errors: [] });
      expect(r.errorCount).toBe(0);
      expect(r.fatalErrorCount).toBe(0);
    }
  });

  it('has exactly the designed warnings', () => {
    const warnings = [...results].flatMap(([file, r]) =>
      r.messages.filter((m) => m.severity === 1).map((m) => ({ file, template: m.template?.name, ruleId: m.ruleId })),
    );
    expect(warnings).toEqual(EXPECTED_WARNINGS);
    for (const [, r] of results) expect(r.messages.filter((m) => m.severity === 0)).toEqual([]);
  });

  it('suppresses the density warning of the .jsonc file with its wabalint-disable-next-line comment', () => {
    const r = results.get('rendez-vous.fr.jsonc')!;
    expect(r.messages).toEqual([]);
    expect(r.suppressedMessages).toHaveLength(1);
    expect(r.suppressedMessages[0]).toMatchObject({ ruleId: 'variable-density', severity: 1, template: { name: 'rappel_rdv_veille' } });
    const lines = readFileSync(join(ROOT, 'examples/templates/rendez-vous.fr.jsonc'), 'utf8').split('\n');
    expect(lines[r.suppressedMessages[0]!.line - 2]).toMatch(/\/\/ wabalint-disable-next-line variable-density -- /);
  });

  it('npm start (wabalint lint examples/templates) exits 0', async () => {
    const run = await runCli(['lint', 'examples/templates'], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/0 errors, 2 warnings/);
  });
});

describe('examples/rejected', () => {
  let results: Map<string, LintResult>;
  beforeAll(async () => {
    const linter = await Linter.create({ cwd: ROOT });
    results = byFile(await linter.lintFiles(['examples/rejected']));
  });

  it('lists every file of the folder in this test', () => {
    expect([...results.keys()].sort()).toEqual(filesIn('examples/rejected'));
    expect(Object.keys(REJECTED).sort()).toEqual(filesIn('examples/rejected'));
  });

  it.each(Object.entries(REJECTED))('%s trips exactly %j', (file, ruleIds) => {
    const r = results.get(file)!;
    expect(r.fatalErrorCount).toBe(0);
    expect(r.errorCount).toBeGreaterThanOrEqual(1);
    expect(ruleIdsOf(r)).toEqual([...ruleIds].sort());
  });

  it('together cover at least 12 rules', () => {
    expect(new Set(Object.values(REJECTED).flat()).size).toBeGreaterThanOrEqual(12);
  });

  it('wabalint lint examples/rejected exits 1', async () => {
    const run = await runCli(['lint', 'examples/rejected'], ROOT);
    expect(run.code).toBe(1);
  });
});

describe('examples/README.md', () => {
  it('has a row for every example file', () => {
    const readme = readFileSync(join(ROOT, 'examples/README.md'), 'utf8');
    for (const dir of ['templates', 'rejected']) for (const file of filesIn(`examples/${dir}`)) expect(readme).toContain(`${dir}/${file}`);
  });
});
