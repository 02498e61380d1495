// Cold start: a one-template lint as a whole process (what a VS Code task or a pre-commit hook pays), median of
// several runs, next to `node -e 0`, `wabalint --version` (the CLI shell alone), the same CLI bundled without any
// rule, and bundled with only the structure rules of the lint pipeline, all in the same run. "Structure rules add"
// is the difference between the last two bundles. Then a French template with every recommended rule (spelling
// included), and plain nspell + dictionary-fr / -en becoming ready, for comparison.
//
//   npm run build && node bench/cold-start.mjs [runs=15]
import { bundle } from '../scripts/bundle.mjs';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplate, STRUCTURE_RULES } from './generate.mjs';

const runs = Number(process.argv[2] ?? 15);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const bin = join(dist, 'wabalint.mjs');
const noRules = join(dist, `.bench-no-rules-${process.pid}.mjs`);

// The same bundle as scripts/bundle.mjs, with the rule registry replaced by an empty one.
await bundle({
  outfile: noRules,
  extraPlugins: [
    {
      name: 'no-rules',
      setup(b) {
        b.onResolve({ filter: /rules[\\/]index\.js$/ }, () => ({ path: 'no-rules', namespace: 'no-rules' }));
        b.onLoad({ filter: /.*/, namespace: 'no-rules' }, () => ({ contents: 'export const rules = {};', loader: 'js' }));
      },
    },
  ],
});

// And one whose registry holds only the structure rules of the lint pipeline (issue 2), so that the rules of later
// issues (links, category, policy) are not counted in what the structure rules add.
const structureBundle = join(dist, `.bench-structure-${process.pid}.mjs`);
await bundle({
  outfile: structureBundle,
  extraPlugins: [
    {
      name: 'structure-rules',
      setup(b) {
        b.onResolve({ filter: /rules[\\/]index\.js$/ }, () => ({ path: 'structure-rules', namespace: 'structure-rules' }));
        b.onLoad({ filter: /.*/, namespace: 'structure-rules' }, () => ({
          contents:
            STRUCTURE_RULES.map((id, i) => `import r${i} from ${JSON.stringify(join(dist, 'rules', `${id}.js`))};`).join('\n') +
            `\nexport const rules = { ${STRUCTURE_RULES.map((id, i) => `${JSON.stringify(id)}: r${i}`).join(', ')} };`,
          loader: 'js',
          resolveDir: dist,
        }));
      },
    },
  ],
});

const dir = join(tmpdir(), `wabalint-cold-${process.pid}`);
mkdirSync(dir, { recursive: true });
// generateTemplate: even indices are French, odd ones English.
const file = join(dir, 'template.en.json');
writeFileSync(file, JSON.stringify(generateTemplate(1, () => 0.5), null, 2));
const frenchFile = join(dir, 'template.fr.json');
writeFileSync(frenchFile, JSON.stringify(generateTemplate(2, () => 0.5), null, 2));
// What the spelling rule would cost with plain nspell, in the same run (issue 3 asks for the comparison).
const nspellScript = (lang) =>
  `const nspell = (await import('nspell')).default; const d = (await import('dictionary-${lang}')).default; nspell(d).correct('bonjour');`;


// Interleave the commands run by run, so that load on the machine hits all of them alike.
const commands = {
  'node -e 0': ['-e', '0'],
  'wabalint --version': [bin, '--version'],
  'wabalint lint, bundle without rules': [noRules, 'lint', file],
  'wabalint lint, structure rules only': [structureBundle, 'lint', file],
  'wabalint lint, recommended rules': [bin, 'lint', file],
  'wabalint lint, recommended, French': [bin, 'lint', frenchFile],
  'nspell + dictionary-en, ready': ['--input-type=module', '-e', nspellScript('en')],
  'nspell + dictionary-fr, ready': ['--input-type=module', '-e', nspellScript('fr')],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i <= runs; i++) {
  for (const [label, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: label.startsWith('nspell') ? join(dist, '..') : dir, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples[label].push(ms); // the first round warms the disk cache
  }
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
console.log(`cold one-template lint, ${runs} runs each, interleaved (ms: median / min / max); node ${process.version}`);
const rows = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)]));
for (const [label, t] of Object.entries(rows)) console.log(`${label.padEnd(38)} ${t.median.toFixed(1).padStart(7)} ${t.min.toFixed(1).padStart(7)} ${t.max.toFixed(1).padStart(7)}`);
const full = rows['wabalint lint, recommended rules'].median;
const none = rows['wabalint lint, bundle without rules'].median;
const french = rows['wabalint lint, recommended, French'].median;
console.log(`French / English one-template lint, all recommended rules: ${french.toFixed(1)} / ${full.toFixed(1)} ms = ${(french / full).toFixed(2)}×`);
console.log(
  `structure rules add ${(rows['wabalint lint, structure rules only'].median - none).toFixed(1)} ms; all recommended rules add ${(full - none).toFixed(1)} ms; wabalint lint adds ${(full - rows['node -e 0'].median).toFixed(1)} ms over bare node`,
);
rmSync(dir, { recursive: true, force: true });
rmSync(noRules, { force: true });
rmSync(structureBundle, { force: true });
