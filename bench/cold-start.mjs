// Cold start: a one-template lint as a whole process (what a VS Code task or a pre-commit hook pays),
// median of several runs, next to `node -e 0` and to the same lint with every rule off, in the same run.
//
//   npm run build && node bench/cold-start.mjs [runs=15]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { generateTemplate } from './generate.mjs';

const runs = Number(process.argv[2] ?? 15);
const bin = fileURLToPath(new URL('../dist/src/cli/bin.js', import.meta.url));
const dir = join(tmpdir(), `wabalint-cold-${process.pid}`);
mkdirSync(dir, { recursive: true });
const file = join(dir, 'template.json');
writeFileSync(file, JSON.stringify(generateTemplate(1, () => 0.5), null, 2));
const off = join(dir, 'off.config.json');
writeFileSync(off, JSON.stringify([{ rules: Object.fromEntries(Object.keys(rules).map((id) => [id, 'off'])) }]));

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
  ['wabalint lint, every rule off', time([bin, 'lint', file, '--config', off])],
  ['wabalint lint, recommended rules', time([bin, 'lint', file])],
];
console.log(`cold one-template lint, ${runs} runs each (ms: median / min / max); node ${process.version}`);
for (const [label, t] of rows) console.log(`${label.padEnd(34)} ${t.median.toFixed(1).padStart(7)} ${t.min.toFixed(1).padStart(7)} ${t.max.toFixed(1).padStart(7)}`);
console.log(`structure rules add ${(rows[2][1].median - rows[1][1].median).toFixed(1)} ms; wabalint adds ${(rows[2][1].median - rows[0][1].median).toFixed(1)} ms over bare node`);
rmSync(dir, { recursive: true, force: true });
