// Side by side with Grammalecte (issue 3, item 7). A BENCHMARK, not a CI test: it prints figures and always exits 0.
//
// Corpus: bench/grammar-corpus/fr.txt (written for this project, see bench/grammar-corpus/generate.mjs): French
// template bodies, clean, with seeded errors of the classes our rules cover, and with natural slips.
//
// 1. Ours. Each text is linted as the BODY of a French UTILITY template with only our French language rules on:
//    grammar, typography and repeated-word at 'warn' (spelling off: Grammalecte's speller is another dictionary, and
//    spelling is compared by bench/spell-agreement.mjs). Placeholders get a sample (`Léa`) as Meta requires; our
//    pipeline masks them. Positions come back from the JSON form to offsets in the text.
// 2. Grammalecte. `grammalecte-cli -f FILE -j -ctx`, one paragraph (line) per text, all default options. Each {{n}}
//    is replaced by `Léa` in its input (raw placeholders make it read `du {{2}}` as `dû`), offsets are mapped back.
// 3. Classes. Each finding of each tool gets a class (elision, a/à, où, ça/sa, et/est, ce/se, quelque soit, capital,
//    repeated word, nbsp, ellipsis, apostrophe (mixed), double space, space before, space after; everything else is
//    "other: …" and not covered). A Grammalecte finding is "also ours" when we report the same class within ±TOL
//    characters of its span. Printed: per class, Grammalecte's findings, how many we also find, ours, ours it lacks;
//    then every finding of ours that Grammalecte lacks with its context (to review: bench/grammar-corpus/REVIEW.md),
//    the Grammalecte findings in covered classes that we miss, and the time per text of each tool.
//
// Needs `npm run build` first and `grammalecte-cli` on PATH (Debian: apt-get install grammalecte-cli); installs
// nothing, and skips with a message when Grammalecte is missing.
//
//   node bench/grammar-vs-grammalecte.mjs [--corpus FILE] [--tol N] [--json OUT]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const CORPUS = opt('corpus', fileURLToPath(new URL('grammar-corpus/fr.txt', import.meta.url)));
const TOL = Number(opt('tol', 3));
const JSON_OUT = opt('json', null);

const probe = spawnSync('grammalecte-cli', ['-h'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.log(
    'grammar-vs-grammalecte: skipped, `grammalecte-cli` is not on PATH (Debian: apt-get install grammalecte-cli). ' +
      'This is a benchmark, not a CI test.',
  );
  process.exit(0);
}

const { Linter, rules } = await import('../dist/src/index.js');

// ---------------------------------------------------------------------------------------------------------- corpus
const texts = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [id, kind, seeds, text] = l.split('\t');
    return { id: Number(id), kind, seeds: seeds === '-' ? [] : seeds.split(','), text };
  });

// ---------------------------------------------------------------------------------------------------------- classes
const COVERED = [
  'elision', 'a/à', 'où', 'ça/sa', 'et/est', 'ce/se', 'quelque soit', 'capital', 'repeated word',
  'nbsp', 'ellipsis', 'apostrophe (mixed)', 'double space', 'space before', 'space after', 'plural determiner',
];
const OURS_BY_MESSAGE = {
  elision: 'elision', aAccent: 'a/à', ouAccent: 'où', caSa: 'ça/sa', etEst: 'et/est', ceSe: 'ce/se',
  quelqueSoit: 'quelque soit', sentenceCapital: 'capital', missingSpace: 'nbsp', plainSpace: 'nbsp',
  ellipsis: 'ellipsis', apostrophe: 'apostrophe (mixed)', doubleSpace: 'double space', spaceBefore: 'space before',
  missingSpaceAfter: 'space after', numberAgreement: 'plural determiner',
};
const oursClass = (m) => (m.ruleId === 'repeated-word' ? 'repeated word' : OURS_BY_MESSAGE[m.messageId] ?? `other: ${m.ruleId}/${m.messageId}`);

const mixedApostrophes = (t) => /\p{L}'\p{L}?/u.test(t) && /\p{L}’/u.test(t);

function grammalecteClass(e, text, start, end) {
  const id = e.sRuleId;
  const under = text.slice(start, end);
  const before = text.slice(0, start);
  if (e.sType === 'eleu') return 'elision';
  if (/conf_à_a|conf_a_à|typo_À_début_phrase/.test(id)) return 'a/à';
  if (/conf_où_ou|conf_ou_où/.test(id)) return 'où';
  if (/conf_ça_çà_sa|déterminant_fem_sing_verbe/.test(id)) return 'ça/sa';
  if (/conf_quel_que_soit/.test(id)) return 'quelque soit';
  if (e.sType === 'maj' || /majuscule/.test(id)) return 'capital';
  if (id === 'doublon') return 'repeated word';
  // "les les", "la la": Grammalecte also flags the second word as an inconsistency or a la/là confusion.
  const word = under.trim().toLowerCase();
  const prev = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
  if (/^\p{L}+$/u.test(word) && (prev === word || next === word)) return 'repeated word';
  if (/conj_ce__|conf_il_non_verbe|conf_et_est|conf_est_et/.test(id) && /^et$/i.test(under.trim())) return 'et/est';
  if (/conf_ce_ceux_se|conf_se_ce/.test(id)) return 'ce/se';
  if (/non_verbe_après_préverbes/.test(id) && /\bse\s+$/iu.test(before)) return 'ce/se';
  if (/conf_incohérences_globales/.test(id) && /^sa$/i.test(under.trim())) return 'ça/sa';
  // Noun-group agreement after a determiner marked plural (`vos résultat`): what our numberAgreement covers. Other
  // agreement (adjectives, gender, `les` + noun) stays outside our classes.
  if (/^g\d*__gn_det_.*plur/.test(id) && /(?:^|\s)(?:des|ces|mes|tes|ses|nos|vos|aux|plusieurs|quelques)\s+$/iu.test(before)) return 'plural determiner';
  if (/^nbsp_/.test(id)) return 'nbsp';
  if (/^typo_points_suspension/.test(id)) return 'ellipsis';
  if (id === 'apostrophe_typographique') return mixedApostrophes(text) ? 'apostrophe (mixed)' : 'other: apostrophe (straight only)';
  if (/^esp_/.test(id)) return 'double space';
  if (/typo_virgule_entre_deux_espaces|typo_espace_avant_(virgule|point)/.test(id)) return 'space before';
  if (/typo_espace_manquant_après/.test(id)) return 'space after';
  return `other: ${e.sType}`;
}

// ---------------------------------------------------------------------------------------------------------- ours
const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off']));
const linter = await Linter.create({
  config: [{ rules: { ...off, grammar: 'warn', typography: 'warn', 'repeated-word': 'warn' } }],
});

/** Offset in the decoded string value whose literal starts at `from` in `line`, for a column `col` (0-based). */
function decodedOffset(line, from, col) {
  let n = 0;
  for (let i = from; i < col; ) {
    if (line[i] === '\\') i += line[i + 1] === 'u' ? 6 : 2;
    else i += 1;
    n += 1;
  }
  return n;
}

function lintOurs(item) {
  const count = Math.max(0, ...[...item.text.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])));
  const template = {
    name: `bench_${item.id}`,
    language: 'fr',
    category: 'UTILITY',
    components: [
      { type: 'BODY', text: item.text, ...(count ? { example: { body_text: [Array.from({ length: count }, () => 'Léa')] } } : {}) },
    ],
  };
  const json = JSON.stringify(template, null, 2).split('\n');
  const result = linter.lintTemplates(template);
  const found = [];
  for (const m of result.messages) {
    if (m.pointer !== '/components/0/text') continue;
    const line = json[m.line - 1];
    const from = line.indexOf('"text": "') + 9;
    const endLine = json[m.endLine - 1];
    const start = decodedOffset(line, from, m.column - 1);
    const end = m.endLine === m.line ? decodedOffset(endLine, from, m.endColumn - 1) : start + 1;
    found.push({ tool: 'ours', cls: oursClass(m), start, end, rule: m.ruleId, messageId: m.messageId, message: m.message, severity: m.severity });
  }
  return found;
}

const ourFindings = [];
const t0 = performance.now();
for (const item of texts) ourFindings.push(lintOurs(item));
const oursMs = performance.now() - t0;

// ---------------------------------------------------------------------------------------------------------- Grammalecte
const MASK = 'Léa';
/** Masked text and a function from masked UTF-16 offsets back to original ones. */
function maskText(text) {
  const pieces = []; // [maskedStart, originalStart, originalLength]
  let masked = '';
  let last = 0;
  for (const m of text.matchAll(/\{\{[^{}]*\}\}/g)) {
    masked += text.slice(last, m.index);
    pieces.push([masked.length, m.index, m[0].length]);
    masked += MASK;
    last = m.index + m[0].length;
  }
  masked += text.slice(last);
  const back = (pos) => {
    let shift = 0;
    for (const [ms, os, len] of pieces) {
      if (pos <= ms) break;
      if (pos < ms + MASK.length) return os + len; // inside the stand-in: the end of the placeholder
      shift = os + len - (ms + MASK.length);
    }
    return pos + shift;
  };
  return { masked, back, pieces };
}

/** Python counts code points; JavaScript UTF-16 units. */
function cpToUtf16(s, cp) {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) i += s.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

const dir = mkdtempSync(join(tmpdir(), 'wabalint-gl-'));
const masks = texts.map((t) => maskText(t.text));
const input = join(dir, 'corpus.txt');
const empty = join(dir, 'empty.txt');
writeFileSync(input, masks.map((m) => m.masked).join('\n') + '\n');
writeFileSync(empty, 'Bonjour.\n');
const g0 = performance.now();
const gl = spawnSync('grammalecte-cli', ['-f', input, '-j', '-ctx'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const glMs = performance.now() - g0;
const s0 = performance.now();
spawnSync('grammalecte-cli', ['-f', empty, '-j'], { encoding: 'utf8' });
const glStartMs = performance.now() - s0;
const version = spawnSync('grammalecte-cli', ['-lo'], { encoding: 'utf8' }).stdout.match(/Grammalecte v(\S+)/)?.[1] ?? '?';
rmSync(dir, { recursive: true, force: true });
if (gl.status !== 0) {
  console.log(`grammar-vs-grammalecte: grammalecte-cli failed (${gl.status}): ${gl.stderr.slice(0, 500)}`);
  process.exit(0);
}
const glJson = JSON.parse(gl.stdout.slice(gl.stdout.indexOf('{')));
const glFindings = texts.map(() => []);
let placeholderFindings = 0;
for (const p of glJson.data) {
  const i = p.iParagraph - 1;
  const { masked, back } = masks[i];
  const text = texts[i].text;
  for (const e of p.lGrammarErrors) {
    const ms = cpToUtf16(masked, e.nStart);
    const me = cpToUtf16(masked, e.nEnd);
    // A finding that lies wholly inside a placeholder's stand-in is about `Léa`, not about the text.
    if (masks[i].pieces.some(([a]) => ms >= a && me <= a + MASK.length)) {
      placeholderFindings++;
      continue;
    }
    const start = back(ms);
    const end = Math.max(back(me), start + 1);
    glFindings[i].push({ tool: 'gl', cls: grammalecteClass(e, text, start, end), start, end, rule: e.sRuleId, message: e.sMessage });
  }
  for (const e of p.lSpellingErrors) {
    const start = back(cpToUtf16(masked, e.nStart));
    const end = back(cpToUtf16(masked, e.nEnd));
    glFindings[i].push({ tool: 'gl', cls: 'other: spelling', start, end, rule: 'spelling', message: e.sValue });
  }
}

// ---------------------------------------------------------------------------------------------------------- compare
const near = (a, b) => a.start <= b.end + TOL && b.start <= a.end + TOL;
/** One finding per error: Grammalecte may report one slip under two rules (`doublon` and an inconsistency). */
function dedupe(list) {
  const out = [];
  for (const f of [...list].sort((a, b) => a.start - b.start)) {
    const same = out.find((o) => o.cls === f.cls && near(o, f));
    if (same) (same.also ??= []).push(f.rule);
    else out.push({ ...f });
  }
  return out;
}

const perClass = new Map();
const row = (cls) => {
  if (!perClass.has(cls)) perClass.set(cls, { gl: 0, both: 0, ours: 0, oursOnly: 0, glClean: 0, oursClean: 0 });
  return perClass.get(cls);
};
const oursOnly = [];
const missed = [];
for (const [i, item] of texts.entries()) {
  const g = dedupe(glFindings[i]);
  const o = dedupe(ourFindings[i]);
  for (const f of g) {
    const r = row(f.cls);
    r.gl++;
    if (item.kind === 'clean') r.glClean++;
    if (o.some((x) => x.cls === f.cls && near(x, f))) r.both++;
    else if (COVERED.includes(f.cls)) missed.push({ item, f });
  }
  for (const f of o) {
    const r = row(f.cls);
    r.ours++;
    if (item.kind === 'clean') r.oursClean++;
    if (!g.some((x) => x.cls === f.cls && near(x, f))) {
      r.oursOnly++;
      oursOnly.push({ item, f, glNearby: g.filter((x) => near(x, f)) });
    }
  }
}

const ctx = (text, f, w = 38) =>
  `${f.start > w ? '…' : ''}${text.slice(Math.max(0, f.start - w), f.start)}[[${text.slice(f.start, f.end)}]]${text.slice(f.end, f.end + w)}${f.end + w < text.length ? '…' : ''}`
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '·');
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

const kinds = {};
for (const t of texts) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
console.log(`# wabalint vs Grammalecte ${version} on ${texts.length} French template bodies (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
console.log(`# span tolerance ±${TOL} chars; ⍽ = U+00A0, · = U+202F in the contexts below\n`);
console.log(`${pad('class', 34)}${lpad('Grammalecte', 12)}${lpad('also ours', 10)}${lpad('recall', 9)}${lpad('ours', 6)}${lpad('ours only', 10)}${lpad('GL on clean', 12)}${lpad('ours on clean', 14)}`);
const classes = [...COVERED, ...[...perClass.keys()].filter((c) => !COVERED.includes(c)).sort()];
let totGl = 0;
let totBoth = 0;
let totOursOnly = 0;
let totOurs = 0;
for (const c of classes) {
  const r = perClass.get(c) ?? { gl: 0, both: 0, ours: 0, oursOnly: 0, glClean: 0, oursClean: 0 };
  const covered = COVERED.includes(c);
  if (covered) {
    totGl += r.gl;
    totBoth += r.both;
    totOurs += r.ours;
    totOursOnly += r.oursOnly;
  }
  console.log(
    `${pad((covered ? '' : '  ') + c, 34)}${lpad(r.gl, 12)}${lpad(covered ? r.both : '', 10)}${lpad(covered ? pct(r.both, r.gl) : 'not covered', 9 + (covered ? 0 : 3))}${lpad(r.ours, covered ? 6 : 3)}${lpad(r.oursOnly, 10)}${lpad(r.glClean, 12)}${lpad(r.oursClean, 14)}`,
  );
}
console.log(`\nRecall on covered classes: ${totBoth} / ${totGl} = ${pct(totBoth, totGl)} of Grammalecte's findings in the classes we cover.`);
console.log(`Ours: ${totOurs} findings in covered classes, ${totOursOnly} that Grammalecte lacks (listed below, reviewed in bench/grammar-corpus/REVIEW.md).`);
console.log(`Grammalecte findings on our placeholder stand-in, ignored: ${placeholderFindings}.`);
console.log(
  `\nTime per text: ours ${(oursMs / texts.length).toFixed(3)} ms (in process, Linter.lintTemplates, after Linter.create); ` +
    `Grammalecte ${(glMs / texts.length).toFixed(2)} ms (CLI wall time / texts, start-up included; ` +
    `${((glMs - glStartMs) / texts.length).toFixed(2)} ms without its ${glStartMs.toFixed(0)} ms start-up).`,
);

console.log(`\n## Ours, not Grammalecte's (${oursOnly.length})`);
for (const { item, f, glNearby } of oursOnly) {
  const other = glNearby.length ? `  [Grammalecte here: ${glNearby.map((x) => `${x.rule} (${x.cls})`).join(', ')}]` : '';
  console.log(`#${item.id} ${item.kind}  ${f.cls}  ${f.rule}/${f.messageId}${f.severity === 0 ? ' (info)' : ''}: ${ctx(item.text, f)}${other}`);
}
console.log(`\n## Grammalecte's in covered classes, not ours (${missed.length})`);
for (const { item, f } of missed) console.log(`#${item.id} ${item.kind}  ${f.cls}  ${f.rule}: ${ctx(item.text, f)}`);

const notCovered = classes
  .filter((c) => !COVERED.includes(c))
  .map((c) => [c, perClass.get(c).gl])
  .sort((a, b) => b[1] - a[1]);
console.log(`\n## Grammalecte's classes we do not cover, by count\n${notCovered.map(([c, n]) => `${lpad(n, 5)}  ${c.replace('other: ', '')}`).join('\n')}`);

if (JSON_OUT) {
  writeFileSync(
    JSON_OUT,
    JSON.stringify({ version, texts: texts.length, perClass: Object.fromEntries(perClass), oursOnly: oursOnly.map(({ item, f }) => ({ id: item.id, ...f, context: ctx(item.text, f) })), missed: missed.map(({ item, f }) => ({ id: item.id, ...f, context: ctx(item.text, f) })), oursMs, glMs, glStartMs }, null, 2),
  );
}
