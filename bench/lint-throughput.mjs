// Lint throughput: 10,000 generated templates (mixed French/English, POSITIONAL and NAMED) through every
// enabled rule, on one core. Prints templates per second and peak memory for three shapes of input:
// in-memory texts, one file per template, and one file holding an array.
//
//   npm run build && node bench/lint-throughput.mjs [count=10000] [reps=5]
//   RULES=recommended node bench/lint-throughput.mjs     # every recommended rule instead of the structure rules
//   RULES=language node bench/lint-throughput.mjs        # the language rules alone
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter, rules } from '../dist/src/index.js';
import { generateTemplates, STRUCTURE_RULES } from './generate.mjs';

const count = Number(process.argv[2] ?? 10_000);
const reps = Number(process.argv[3] ?? 5);
const templates = generateTemplates(count);
const texts = templates.map((t) => JSON.stringify(t, null, 2));

const dir = join(tmpdir(), `wabalint-bench-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'files'), { recursive: true });
texts.forEach((text, i) => writeFileSync(join(dir, 'files', `t${i}.json`), text));
writeFileSync(join(dir, 'all.json'), JSON.stringify(templates, null, 2));

// `structure` (default): the twenty structure, limit, placeholder and sample rules; `recommended`: every rule of
// the recommended preset (links, category, policy and cross-template rules too).
// `language`: the seven language rules alone (spelling, grammar, typography, repeated-word, all-caps,
// excessive-emoji, language-mismatch).
const preset = process.env.RULES ?? 'structure';
const chosen = {
  structure: (r) => STRUCTURE_RULES.includes(r.id),
  language: (r) => r.kind === 'language',
  recommended: (r) => r.recommended !== false,
}[preset];
if (!chosen) throw new Error(`RULES=${preset}: expected structure, language or recommended`);
const config = [{ rules: Object.fromEntries(Object.values(rules).map((r) => [r.id, chosen(r) ? r.recommended || 'warn' : 'off'])) }];
const linter = await Linter.create({ cwd: dir, config, maxFileSize: 1024 * 1024 * 1024 });
const enabled = Object.values(rules).filter(chosen).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label, run) {
  await run(); // warm-up
  const times = [];
  let problems = 0;
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    problems = await run();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`${label.padEnd(34)} ${String(Math.round((count / ms) * 1000)).padStart(8)} templates/s   median ${ms.toFixed(0).padStart(5)} ms   problems ${problems}   peak RSS so far ${rss.toFixed(0)} MB`);
}

console.log(`wabalint lint throughput: ${count} templates, ${enabled} rules enabled (RULES=${preset}), median of ${reps}`);
await measure('in-memory texts (lintText)', () => {
  let n = 0;
  for (let i = 0; i < texts.length; i++) n += linter.lintText(texts[i], { filePath: `t${i}.json` }).messages.length;
  return n;
});
await measure('one file per template (lintFiles)', async () => {
  const results = await linter.lintFiles(['files']);
  return results.reduce((n, r) => n + r.messages.length, 0);
});
await measure('one array file (lintFiles)', async () => {
  const results = await linter.lintFiles(['all.json']);
  return results.reduce((n, r) => n + r.messages.length, 0);
});
console.log(`node ${process.version}; the generated input itself (objects, texts, files) is part of the RSS`);
rmSync(dir, { recursive: true, force: true });
