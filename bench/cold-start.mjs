// Cold start: a one-template lint as a whole process (what a VS Code task or a pre-commit hook pays),
// median of several runs, next to `node -e 0` and `wabalint --version` (the CLI shell alone) in the same run; then,
// in fresh processes, what the structure rules themselves add (import + first run; cold-rules.mjs).
//
//   npm run build && node bench/cold-start.mjs [runs=15]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplate } from './generate.mjs';

const runs = Number(process.argv[2] ?? 15);
const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const dir = join(tmpdir(), `wabalint-cold-${process.pid}`);
mkdirSync(dir, { recursive: true });
const file = join(dir, 'template.json');
writeFileSync(file, JSON.stringify(generateTemplate(1, () => 0.5), null, 2));

function time(args) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms); // the first run warms the disk cache
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples[samples.length - 1] };
}

const rows = [
  ['node -e 0', time(['-e', '0'])],
  ['wabalint --version', time([bin, '--version'])],
  ['wabalint lint, recommended rules', time([bin, 'lint', file])],
];
console.log(`cold one-template lint, ${runs} runs each (ms: median / min / max); node ${process.version}`);
for (const [label, t] of rows) console.log(`${label.padEnd(34)} ${t.median.toFixed(1).padStart(7)} ${t.min.toFixed(1).padStart(7)} ${t.max.toFixed(1).padStart(7)}`);
console.log(`wabalint lint adds ${(rows[2][1].median - rows[0][1].median).toFixed(1)} ms over bare node`);
const helper = fileURLToPath(new URL('./cold-rules.mjs', import.meta.url));
const inner = [];
for (let i = 0; i <= runs; i++) {
  const r = spawnSync(process.execPath, [helper, file], { encoding: 'utf8' });
  if (i > 0) inner.push(JSON.parse(r.stdout));
}
const mid = (key) => inner.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(inner.length / 2)];
console.log(`structure rules, in a fresh process: import ${mid('importMs').toFixed(1)} ms + first lint ${mid('firstLintMs').toFixed(1)} ms = ${mid('totalMs').toFixed(1)} ms (median)`);
rmSync(dir, { recursive: true, force: true });
