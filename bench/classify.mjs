// Category classifier: accuracy on the labelled set test/fixtures/category/*.json (French and English), as
// confusion matrices per language and overall, and its cost per template (median and p95 microseconds).
// Each fixture's label is `category`; the category its author declared is `declared_category` when different.
// The classifier sees the declared category only (it is its prior), never the label.
//
// Also prints every UTILITY-labelled template predicted MARKETING with the phrases that explain it, so the
// "never MARKETING without a phrase" criterion can be checked by eye. `--errors` prints every other error too.
//
// Last, the lint throughput with the three category rules on and off (promotional-utility,
// code-outside-authentication, unclear-content: they share one classification per template), on the labelled set
// and on bench/generate.mjs's templates: what the rules add per template.
//
//   npm run build && node bench/classify.mjs [--errors] [--reps 20]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTemplate } from '../dist/src/template/build.js';
import { classify, explainsMarketing, CATEGORIES } from '../dist/src/category/index.js';
import { Linter } from '../dist/src/index.js';
import promotionalUtility from '../dist/rules/promotional-utility.js';
import codeOutsideAuthentication from '../dist/rules/code-outside-authentication.js';
import unclearContent from '../dist/rules/unclear-content.js';
import { generateTemplates } from './generate.mjs';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 20;
const dir = fileURLToPath(new URL('../test/fixtures/category/', import.meta.url));

/** Every fixture: the raw template as the classifier may see it, its label, language group and file. */
function loadFixtures() {
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const value = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const list = Array.isArray(value) ? value : Array.isArray(value.data) ? value.data : Array.isArray(value.templates) ? value.templates : [value];
    list.forEach((raw, i) => {
      const { declared_category: declared, note: _note, ...rest } = raw;
      const label = String(raw.category).toUpperCase();
      const seen = { ...rest, category: declared ?? raw.category };
      const lang = String(raw.language ?? '').toLowerCase().slice(0, 2);
      out.push({ file, index: i, name: raw.name, label, declared: String(seen.category).toUpperCase(), lang, raw: seen });
    });
  }
  return out;
}

const fixtures = loadFixtures();
if (fixtures.length === 0) {
  console.log(`no fixtures in ${dir}`);
  process.exit(1);
}

const short = { MARKETING: 'MKT', UTILITY: 'UTIL', AUTHENTICATION: 'AUTH' };

function matrix(rows, title) {
  const m = Object.fromEntries(CATEGORIES.map((l) => [l, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]));
  let correct = 0;
  for (const r of rows) {
    m[r.label][r.predicted]++;
    if (r.label === r.predicted) correct++;
  }
  const acc = rows.length ? correct / rows.length : 0;
  console.log(`\n${title}: ${rows.length} templates, accuracy ${(acc * 100).toFixed(1)} % (${correct}/${rows.length})`);
  console.log(`  label \\ predicted ${CATEGORIES.map((c) => short[c].padStart(6)).join('')}   recall`);
  for (const l of CATEGORIES) {
    const total = CATEGORIES.reduce((n, p) => n + m[l][p], 0);
    const recall = total ? ((m[l][l] / total) * 100).toFixed(1) + ' %' : '-';
    console.log(`  ${short[l].padEnd(17)} ${CATEGORIES.map((p) => String(m[l][p]).padStart(6)).join('')}   ${recall.padStart(7)}`);
  }
  return acc;
}

function run(prior) {
  return fixtures.map((f) => {
    const p = classify(buildTemplate(f.raw, '', 0), { prior });
    return { ...f, predicted: p.category, prediction: p };
  });
}

const coldStart = performance.now();
classify(buildTemplate(fixtures[0].raw, '', 0));
const coldMs = performance.now() - coldStart;
const results = run(true);
console.log(`wabalint category classifier on test/fixtures/category (${fixtures.length} templates; the classifier sees declared_category, never the label)`);
const overall = matrix(results, 'overall');
for (const lang of [...new Set(results.map((r) => r.lang))].sort()) matrix(results.filter((r) => r.lang === lang), `language ${lang}`);
const noPrior = run(false);
const accNoPrior = noPrior.filter((r) => r.label === r.predicted).length / noPrior.length;
console.log(`\nwithout the declared-category prior: accuracy ${(accNoPrior * 100).toFixed(1)} %`);
const declaredAcc = results.filter((r) => r.declared === r.label).length / results.length;
console.log(`baseline "the declared category is right": accuracy ${(declaredAcc * 100).toFixed(1)} %`);

// UTILITY templates predicted MARKETING, with the phrases that explain it.
const u2m = results.filter((r) => r.label === 'UTILITY' && r.predicted === 'MARKETING');
let unexplained = 0;
console.log(`\nUTILITY templates predicted MARKETING: ${u2m.length}`);
for (const r of u2m) {
  const why = r.prediction.evidence.filter(explainsMarketing);
  if (why.length === 0) unexplained++;
  console.log(`  ${r.file}#${r.index} ${r.name} (confidence ${r.prediction.confidence}): ${why.length ? why.map((e) => `\`${e.phrase}\` ${e.weight}`).join(', ') : 'NO PHRASE'}`);
}
console.log(`  without an explaining phrase: ${unexplained}`);

if (showErrors) {
  console.log('\nother errors:');
  for (const r of results) {
    if (r.label === r.predicted || (r.label === 'UTILITY' && r.predicted === 'MARKETING')) continue;
    const ev = r.prediction.evidence.map((e) => `${short[e.category]} \`${e.phrase}\` ${e.weight}`).join(', ');
    console.log(`  ${r.file}#${r.index} ${r.name}: ${short[r.label]} → ${short[r.predicted]} (${r.prediction.confidence}) ${ev || 'no evidence'}`);
  }
}

// Cost: classify() on freshly built nodes (the per-node cache would otherwise answer), one call timed at a time.
const raws = fixtures.map((f) => f.raw);
const times = [];
for (let r = 0; r < reps; r++) {
  const nodes = raws.map((raw) => buildTemplate(raw, '', 0));
  for (const node of nodes) {
    const start = performance.now();
    classify(node);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1000;
const mean = (times.reduce((a, b) => a + b, 0) / times.length) * 1000;
console.log(`\ncost per template (${times.length} calls): median ${q(0.5).toFixed(1)} µs, p95 ${q(0.95).toFixed(1)} µs, mean ${mean.toFixed(1)} µs`);
console.log(`first call, which reads and compiles the lexicons: ${coldMs.toFixed(1)} ms; node ${process.version}`);
// What the rules add to lint throughput: in-memory texts, the same linter setup with the three rules off and on,
// interleaved, median of 7 passes after a warm-up.
const categoryRules = [promotionalUtility, codeOutsideAuthentication, unclearContent];
const setting = (level) => ({ rules: Object.fromEntries(categoryRules.map((r) => [r.id, level])) });
const off = await Linter.create({ config: [setting('off')], plugins: categoryRules });
const on = await Linter.create({ config: [setting('warn')], plugins: categoryRules });
async function added(label, texts) {
  const pass = (linter) => {
    const start = performance.now();
    let problems = 0;
    for (let i = 0; i < texts.length; i++) problems += linter.lintText(texts[i], { filePath: `t${i}.json` }).messages.length;
    return [(performance.now() - start) / texts.length, problems];
  };
  const base = pass(off)[1];
  pass(on);
  const a = [];
  const b = [];
  let found = 0;
  for (let r = 0; r < 7; r++) {
    a.push(pass(off)[0]);
    const [t, n] = pass(on);
    b.push(t);
    found = n - base;
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[3] * 1000;
  console.log(`${label.padEnd(34)} rules off ${med(a).toFixed(1).padStart(6)} µs/template, on ${med(b).toFixed(1).padStart(6)} µs/template: +${(med(b) - med(a)).toFixed(1)} µs (${found} category findings, ${(found / texts.length).toFixed(2)} per template)`);
}
console.log('\nlint throughput, in-memory texts, recommended preset plus the category rules off / on:');
await added(`labelled set (${fixtures.length} × 10)`, Array.from({ length: 10 }, () => fixtures.map((f) => JSON.stringify(f.raw, null, 2))).flat());
await added('bench/generate.mjs (5,000)', generateTemplates(5000).map((t) => JSON.stringify(t, null, 2)));

console.log(`\nRESULT accuracy ${(overall * 100).toFixed(1)} % ; UTILITY→MARKETING ${u2m.length}, unexplained ${unexplained}`);
