// Spell-checker cost, ours (packed word lists, src/language/speller.ts) next to plain nspell + dictionary-fr /
// dictionary-en, all in the same run:
//
//   1. Cold: a fresh `node` process that loads the speller and checks one word. Wall time measured from outside
//      (spawn to exit), in-process time to ready (import + load + first check) and peak RSS
//      (process.resourceUsage().maxRSS). Runs are interleaved, the first round is a warm-up; median, min, max.
//   2. Warm, in a fresh process per speller: correct() throughput over 100,000 generated tokens (words of the
//      dictionary, elided forms, capitals, 10 % misspellings), 3 passes; suggest() latency over 100 misspellings.
//
//   node bench/spell-cold.mjs [runs=11] [--no-warm] [--no-nspell-warm]
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSpeller } from './speller.mjs';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 11);
const warm = !args.includes('--no-warm');
const nspellWarm = !args.includes('--no-nspell-warm');
// The speller as the CLI bundle carries it: one ES module, no TypeScript at run time.
const { tmp, wordsDir, url: spellerUrl } = await bundleSpeller('wabalint-spell-cold-');
const url = (name) => import.meta.resolve(name);
const modules = { nspell: url('nspell'), fr: url('dictionary-fr'), en: url('dictionary-en'), ours: spellerUrl };
const WORD = { fr: 'bonjour', en: 'hello' };

writeFileSync(
  join(tmp, 'cold.mjs'),
  `const t0 = performance.now();
const [impl, lang, modules, file] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4]), process.argv[5]];
const word = ${JSON.stringify(WORD)}[lang];
let ok;
if (impl === 'ours') {
  const { loadSpeller } = await import(modules.ours);
  ok = loadSpeller(file, lang).correct(word);
} else {
  const nspell = (await import(modules.nspell)).default;
  const dictionary = (await import(modules[lang])).default;
  ok = nspell(dictionary).correct(word);
}
const readyMs = performance.now() - t0;
console.log(JSON.stringify({ ok, readyMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
`,
);

// ---------------------------------------------------------------------------------------------------------------
// 1. Cold

const commands = {
  'node -e 0 (floor)': ['-e', 'console.log(JSON.stringify({ok:true,readyMs:0,maxRssMB:process.resourceUsage().maxRSS/1024}))'],
  'ours, fr': [join(tmp, 'cold.mjs'), 'ours', 'fr', JSON.stringify(modules), join(wordsDir, 'fr.words')],
  'ours, en': [join(tmp, 'cold.mjs'), 'ours', 'en', JSON.stringify(modules), join(wordsDir, 'en.words')],
  'nspell + dictionary-fr': [join(tmp, 'cold.mjs'), 'nspell', 'fr', JSON.stringify(modules)],
  'nspell + dictionary-en': [join(tmp, 'cold.mjs'), 'nspell', 'en', JSON.stringify(modules)],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i <= runs; i++) {
  for (const [label, argv] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8' });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').pop());
    if (!out.ok) throw new Error(`${label}: the word was rejected`);
    if (i > 0) samples[label].push({ wallMs, ...out });
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (label, key) => {
  const xs = samples[label].map((s) => s[key]);
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
};
const f0 = (x) => x.toFixed(0);
const f1 = (x) => x.toFixed(1);
console.log(`\n### Cold: fresh process, load the speller, check one word (${runs} runs, interleaved, after 1 warm-up round)`);
console.log(`\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| speller | wall ms (min / median / max) | ready in-process ms (median) | peak RSS MB (median) |');
console.log('| --- | --- | --- | --- |');
const cold = {};
for (const label of Object.keys(commands)) {
  const w = stats(label, 'wallMs');
  const r = stats(label, 'readyMs');
  const m = stats(label, 'maxRssMB');
  cold[label] = { wall: w.median, ready: r.median, rss: m.median };
  console.log(`| ${label} | ${f0(w.min)} / **${f0(w.median)}** / ${f0(w.max)} | ${label.startsWith('node') ? '–' : f1(r.median)} | ${f0(m.median)} |`);
}
const floor = cold['node -e 0 (floor)'].wall;
console.log(
  `\nAbove the Node floor: ours fr +${f0(cold['ours, fr'].wall - floor)} ms, ours en +${f0(cold['ours, en'].wall - floor)} ms; ` +
    `nspell fr +${f0(cold['nspell + dictionary-fr'].wall - floor)} ms, nspell en +${f0(cold['nspell + dictionary-en'].wall - floor)} ms. ` +
    `fr/en wall ratio: ours ${(cold['ours, fr'].wall / cold['ours, en'].wall).toFixed(2)}×, nspell ${(cold['nspell + dictionary-fr'].wall / cold['nspell + dictionary-en'].wall).toFixed(2)}×. ` +
    `nspell/ours, fr: ${(cold['nspell + dictionary-fr'].wall / cold['ours, fr'].wall).toFixed(1)}× the time, ${(cold['nspell + dictionary-fr'].rss / cold['ours, fr'].rss).toFixed(1)}× the memory.`,
);

// ---------------------------------------------------------------------------------------------------------------
// 2. Warm

if (warm) {
  writeFileSync(
    join(tmp, 'warm.mjs'),
    `const [impl, lang, modules, file] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4]), process.argv[5]];
const { loadSpeller } = await import(modules.ours);
const ours = loadSpeller(${JSON.stringify(join(wordsDir, '@.words'))}.replace('@', lang), lang);
let speller = ours;
if (impl === 'nspell') {
  const nspell = (await import(modules.nspell)).default;
  speller = nspell((await import(modules[lang])).default);
}
// The same tokens for both spellers: generated from our word list (seeded).
let seed = 42;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const words = [...ours.words.words()].filter((w) => !/\\d/.test(w));
const vowel = words.filter((w) => /^[aeiouéèêàâîôûh]/.test(w));
const letters = 'abcdefghijklmnopqrstuvwxyzéèàç';
const tokens = [];
while (tokens.length < 100000) {
  const r = rnd();
  let w = words[Math.floor(rnd() * words.length)];
  if (r < 0.1 && lang === 'fr') w = (rnd() < 0.5 ? "l'" : 'd’') + vowel[Math.floor(rnd() * vowel.length)];
  else if (r < 0.15) w = w[0].toUpperCase() + w.slice(1);
  else if (r < 0.25) {
    const i = Math.floor(rnd() * w.length);
    w = w.slice(0, i) + letters[Math.floor(rnd() * letters.length)] + w.slice(i + 1);
  }
  tokens.push(w);
}
const passes = [];
let rejected = 0;
for (let p = 0; p < 3; p++) {
  rejected = 0;
  const t = performance.now();
  for (const w of tokens) if (!speller.correct(w)) rejected++;
  passes.push(tokens.length / ((performance.now() - t) / 1000));
}
// 100 misspellings (≥ 4 letters, rejected by both) for suggest().
const miss = [];
for (const w of tokens) {
  if (miss.length >= 100) break;
  if (w.length >= 4 && !w.includes("'") && !w.includes('’') && !ours.correct(w) && !miss.includes(w)) miss.push(w);
}
const times = [];
const sample = {};
for (const w of miss) {
  const t = performance.now();
  const s = speller.suggest(w).slice(0, 5);
  times.push(performance.now() - t);
  if (Object.keys(sample).length < 6) sample[w] = s;
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ passes, rejected, suggest: { median: times[50], p90: times[90], max: times[99] }, sample }));
`,
  );
  console.log('\n### Warm: correct() throughput (100,000 tokens, 3 passes) and suggest() latency (100 misspellings), fresh process each\n');
  console.log('| speller | correct() words/s, pass 1 / 2 / 3 | rejected | suggest() ms median / p90 / max | sample suggestions |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const lang of ['fr', 'en']) {
    for (const impl of nspellWarm ? ['ours', 'nspell'] : ['ours']) {
      const r = spawnSync(process.execPath, [join(tmp, 'warm.mjs'), impl, lang, JSON.stringify(modules)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (r.status !== 0) throw new Error(`${impl} ${lang}: ${r.stderr}`);
      const out = JSON.parse(r.stdout.trim().split('\n').pop());
      const k = (x) => `${(x / 1000).toFixed(0)}k`;
      const sample = Object.entries(out.sample)
        .slice(0, 3)
        .map(([w, s]) => `${w} → ${s.slice(0, 3).join(', ')}`)
        .join('; ');
      console.log(`| ${impl === 'ours' ? 'ours' : 'nspell'}, ${lang} | ${out.passes.map(k).join(' / ')} | ${out.rejected} | ${f1(out.suggest.median)} / ${f1(out.suggest.p90)} / ${f1(out.suggest.max)} | ${sample} |`);
    }
  }
}
rmSync(tmp, { recursive: true, force: true });
