// Quality throughput: `wabalint quality` over a generated WhatsApp event log, JSONL and CSV, next to DuckDB doing the
// aggregation an analyst would write by hand (count per template, language, hour and event, every result row read
// back into JS: bench/quality-duckdb.mjs). Prints, for each tool and format, the median wall time, events per second
// (events / wall) and peak RSS, each run a whole process timed from outside; then the check numbers (events each
// tool read) and the machine, ready to paste into bench/RESULTS.md.
//
//   npm run build && node bench/quality-throughput.mjs [millions=10]
//   SMALL=1 node bench/quality-throughput.mjs           # 0.2 M events: a quick run
//   EVENTS_M=1 RUNS=5 node bench/quality-throughput.mjs  # 1 M events, median of 5
//   BENCH_DIR=/data/bench node bench/quality-throughput.mjs
//
// Knobs: EVENTS_M (or the first argument; default 10), RUNS (default 3), BENCH_DIR (default /tmp/wabalint-bench),
// WARMUP (uncounted rounds first, default 1), SEED (default 1), RSS_METHOD=time|hook (default: time when /usr/bin/time
// exists), WABALINT_BIN (default dist/wabalint.mjs: another build to compare).
//
// Data: a deterministic (seeded) log written once to BENCH_DIR as events-<N>.jsonl and events-<N>.csv and reused by
// later runs with the same N (10 M events: 1.56 GB of JSONL and 0.82 GB of CSV, written in ~50 s). 200 templates with
// skewed (Zipf) popularity, 1–3 of fr, en_US, pt_BR, es, de, it, en_GB each, some launched mid-month; messages
// over 30 days with a daily cycle. Every message is `sent`; 2 % then `failed` (error_code 131050, 131049 or
// 131026); of the rest 96 % are `delivered`, and of those ~60 % `read`, ~1 % `blocked` (most with a reason),
// ~0.3 % `reported`, ~1 % `opted_out` (a few templates several times more). Lines are in time order, one
// message_id per message (its sent, delivered, read… lines share it), keys in the normalised order:
//   {"time":"2026-03-02T08:43:12.000Z","template":"renewal_promo_51","language":"en_US","event":"sent","message_id":"wamid.17wdrqp1","recipient":"33676639645"}
// plus "reason" on most blocks and "error_code" on failures; the CSV has the header
// time,template,language,event,message_id,recipient,reason,error_code with empty fields where absent.
//
// Method: before the runs each file is read once (`cat` to /dev/null) so that it sits in the page cache: these are
// CPU figures, not disk figures. The four commands run interleaved, WARMUP uncounted rounds (the first DuckDB run
// also loads its 68 MB native library from disk) then RUNS rounds, so that load on the machine hits them alike. Wall time is taken by this script around the child process; peak RSS is the child's max RSS from
// `/usr/bin/time -f %M`, or, without /usr/bin/time, from a `--import` hook that writes
// `process.resourceUsage().maxRSS` to stderr at exit (RSS_METHOD=hook forces it). MB = 2^20 bytes. wabalint runs
// pinned to one core with `taskset -c 0` (when taskset exists); DuckDB runs with its default threads (all cores),
// which is what an analyst gets. Exit status 0 or 1 from `wabalint quality` counts as a run; its JSON report
// (--output-file) must hold input.events.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const millions = Number(process.env.SMALL === '1' ? 0.2 : (process.env.EVENTS_M ?? process.argv[2] ?? 10));
const N = Math.round(millions * 1e6);
const RUNS = Number(process.env.RUNS ?? 3);
const WARMUP = Number(process.env.WARMUP ?? 1);
const SEED = Number(process.env.SEED ?? 1);
const dir = process.env.BENCH_DIR ?? '/tmp/wabalint-bench';
if (!(N > 0) || !(RUNS > 0)) throw new Error(`EVENTS_M=${millions} RUNS=${RUNS}: expected positive numbers`);

// ---------------------------------------------------------------------------------------------------------------
// Generation

const GENERATOR_VERSION = 3;


const LANGUAGES = ['fr', 'en_US', 'pt_BR', 'es', 'de', 'it', 'en_GB'];
const LANGUAGE_WEIGHTS = [30, 25, 15, 10, 8, 7, 5];
// Mobile numbers: country code and leading digits, then random digits up to the national length.
const PHONES = { fr: ['336', 8], en_US: ['1415', 7], pt_BR: ['55119', 8], es: ['346', 8], de: ['4915', 9], it: ['393', 9], en_GB: ['447', 9] };
const PREFIXES = ['renewal_promo', 'order_update', 'appointment_reminder', 'otp_code', 'welcome_offer', 'delivery_status', 'payment_due', 'flash_sale', 'feedback_request', 'account_alert', 'cart_reminder', 'loyalty_points'];
const EVENTS = ['sent', 'delivered', 'read', 'failed', 'blocked', 'reported', 'opted_out'];
const E = Object.fromEntries(EVENTS.map((e, i) => [e, i]));
const REASONS = ['spam', 'no_longer_needed', 'didnt_sign_up', 'offensive', 'other'];
const REASON_WEIGHTS = [40, 25, 15, 5, 15];
const ERROR_CODES = [131050, 131049, 131026];
const ERROR_WEIGHTS = [40, 40, 20];
const P = { failed: 0.02, delivered: 0.96, read: 0.6, blocked: 0.01, blockReason: 0.7, reported: 0.003, optedOut: 0.01 };
const START = Date.UTC(2026, 2, 1) / 1000; // seconds
const DAYS = 30;
// Messages per hour of day (UTC), relative.
const HOURLY = [0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1, 1.5, 1.8, 1.8, 1.6, 1.4, 1.5, 1.6, 1.6, 1.5, 1.5, 1.6, 1.4, 1.1, 0.7, 0.4, 0.2];

const pick = (weights) => {
  const total = weights.reduce((a, b) => a + b, 0);
  const cum = [];
  let acc = 0;
  for (const w of weights) cum.push((acc += w / total));
  cum[cum.length - 1] = 1;
  return (u) => {
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < cum[mid]) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
};

/** A min-heap on `t` for the follow-up events of messages already sent. */
class Heap {
  items = [];
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(x) {
    const a = this.items;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].t <= x.t) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= a.length) break;
        if (c + 1 < a.length && a[c + 1].t < a[c].t) c++;
        if (a[c].t >= last.t) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

function generate(n, seed, jsonlPath, csvPath) {
  const r = rng(seed);
  const exp = (mean) => -mean * Math.log(1 - r());

  // Templates: name, languages, popularity, how badly users take them, when they launch.
  const names = new Set();
  while (names.size < 200) names.add(`${PREFIXES[Math.floor(r() * PREFIXES.length)]}_${1 + Math.floor(r() * 99)}`);
  const pickLanguage = pick(LANGUAGE_WEIGHTS);
  const variants = []; // one per (template, language)
  const templates = [...names].map((name, rank) => {
    // The busiest templates are translated more: 3 languages for the top 20, else 1 (70 %), 2 or 3.
    const want = rank < 20 ? 3 : r() < 0.7 ? 1 : r() < 0.7 ? 2 : 3;
    const langs = new Set();
    while (langs.size < want) langs.add(LANGUAGES[pickLanguage(r())]);
    const bad = r() < 0.05 ? 4 + 4 * r() : 0.5 + r(); // a few templates users dislike
    const t = { rank, launch: r() < 0.2 ? START + Math.floor(r() * 20) * 86400 : START, variants: [], pickVariant: null };
    for (const lang of langs) {
      const v = {
        name,
        weight: LANGUAGE_WEIGHTS[LANGUAGES.indexOf(lang)],
        lang,
        bad,
        read: P.read * (0.7 + 0.6 * r()),
        head: `","template":"${name}","language":"${lang}","event":"`,
        csv: `,${name},${lang},`,
        phone: PHONES[lang],
      };
      t.variants.push(v);
      variants.push(v);
    }
    t.pickVariant = pick(t.variants.map((v) => v.weight));
    return t;
  });
  const pickTemplate = pick(templates.map((t) => 1 / (t.rank + 1) ** 1.1));
  const pickReason = pick(REASON_WEIGHTS);
  const pickError = pick(ERROR_WEIGHTS);

  // Expected lines per message, hence the mean gap between messages for 30 days.
  const perDelivered = 1 + P.read + P.blocked + P.reported + P.optedOut; // `bad` averages ~1.2
  const perMessage = 1 + P.failed + (1 - P.failed) * P.delivered * perDelivered;
  const messages = n / perMessage;
  const dayWeight = HOURLY.reduce((a, b) => a + b, 0);
  const gapUnit = (dayWeight * 3600 * DAYS) / messages; // seconds × weight

  const recipientsPerLanguage = Math.max(1000, Math.round(messages / 4 / LANGUAGES.length));
  const recipient = (v) => {
    const x = Math.floor(r() * recipientsPerLanguage);
    const digits = String((Math.imul(x + 1, 0x2c1b3c6d) >>> 0) % 10 ** v.phone[1]).padStart(v.phone[1], '0');
    return v.phone[0] + digits;
  };

  const counts = { lines: 0, byEvent: Object.fromEntries(EVENTS.map((e) => [e, 0])), withReason: 0, messages: 0, variants: variants.length };
  const jsonFd = openSync(jsonlPath, 'w');
  const csvFd = openSync(csvPath, 'w');
  let json = '';
  let csv = 'time,template,language,event,message_id,recipient,reason,error_code\n';
  let hourKey = -1;
  let hourPrefix = '';
  const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

  const emit = (x) => {
    const h = Math.floor(x.t / 3600);
    if (h !== hourKey) {
      hourKey = h;
      hourPrefix = new Date(h * 3600 * 1000).toISOString().slice(0, 14);
    }
    const s = x.t - h * 3600;
    const time = `${hourPrefix}${two[Math.floor(s / 60)]}:${two[s % 60]}.000Z`;
    const ev = EVENTS[x.e];
    json += `{"time":"${time}${x.v.head}${ev}","message_id":"${x.id}","recipient":"${x.rc}"`;
    csv += `${time}${x.v.csv}${ev},${x.id},${x.rc},`;
    if (x.reason !== undefined) {
      json += `,"reason":"${x.reason}"`;
      csv += x.reason;
      counts.withReason++;
    }
    csv += ',';
    if (x.code !== undefined) {
      json += `,"error_code":${x.code}`;
      csv += x.code;
    }
    json += '}\n';
    csv += '\n';
    counts.lines++;
    counts.byEvent[ev]++;
    if (json.length > 1 << 23) {
      writeSync(jsonFd, json);
      json = '';
    }
    if (csv.length > 1 << 23) {
      writeSync(csvFd, csv);
      csv = '';
    }
  };

  const pending = new Heap();
  let planned = 0;
  let t = START;
  let tf = START; // fractional clock
  for (let i = 0; planned < n; i++) {
    tf += exp(gapUnit / HOURLY[Math.floor(tf / 3600) % 24]);
    t = Math.floor(tf);
    let tpl = templates[pickTemplate(r())];
    for (let k = 0; k < 10 && tpl.launch > t; k++) tpl = templates[pickTemplate(r())];
    if (tpl.launch > t) tpl = templates[0];
    const v = tpl.variants[tpl.pickVariant(r())];
    const id = `wamid.${((Math.imul(i + 1, 0x9e3779b1) >>> 0) + 36 ** 7).toString(36)}`;
    const rc = recipient(v);
    const evs = [{ t, e: E.sent, v, id, rc }];
    if (r() < P.failed) {
      evs.push({ t: t + 1 + Math.floor(r() * 5), e: E.failed, v, id, rc, code: ERROR_CODES[pickError(r())] });
    } else if (r() < P.delivered) {
      const td = t + 1 + Math.floor(exp(5));
      evs.push({ t: td, e: E.delivered, v, id, rc });
      const later = (mean) => td + Math.min(86400, Math.floor(exp(mean)));
      if (r() < v.read) evs.push({ t: later(2400), e: E.read, v, id, rc });
      if (r() < P.blocked * v.bad) {
        const reason = r() < P.blockReason ? REASONS[pickReason(r())] : undefined;
        evs.push({ t: later(7200), e: E.blocked, v, id, rc, reason });
      }
      if (r() < P.reported * v.bad) evs.push({ t: later(7200), e: E.reported, v, id, rc });
      if (r() < P.optedOut * v.bad) evs.push({ t: later(10800), e: E.opted_out, v, id, rc });
    }
    if (planned + evs.length > n) evs.length = n - planned; // the last message: exactly n lines
    planned += evs.length;
    counts.messages++;
    while (pending.size > 0 && pending.peek().t <= t) emit(pending.pop());
    emit(evs[0]);
    for (let k = 1; k < evs.length; k++) pending.push(evs[k]);
  }
  while (pending.size > 0) emit(pending.pop());
  writeSync(jsonFd, json);
  writeSync(csvFd, csv);
  closeSync(jsonFd);
  closeSync(csvFd);
  return counts;
}

mkdirSync(dir, { recursive: true });
const jsonl = join(dir, `events-${N}.jsonl`);
const csvFile = join(dir, `events-${N}.csv`);
const metaFile = join(dir, `events-${N}.meta.json`);
const size = (f) => (existsSync(f) ? statSync(f).size : -1);
let meta = null;
try {
  meta = JSON.parse(readFileSync(metaFile, 'utf8'));
} catch {}
if (!meta || meta.n !== N || meta.seed !== SEED || meta.version !== GENERATOR_VERSION || meta.jsonlBytes !== size(jsonl) || meta.csvBytes !== size(csvFile)) {
  process.stderr.write(`generating ${N.toLocaleString('en')} events into ${dir} …\n`);
  const start = performance.now();
  const counts = generate(N, SEED, `${jsonl}.tmp`, `${csvFile}.tmp`);
  renameSync(`${jsonl}.tmp`, jsonl);
  renameSync(`${csvFile}.tmp`, csvFile);
  meta = { n: N, seed: SEED, version: GENERATOR_VERSION, jsonlBytes: size(jsonl), csvBytes: size(csvFile), seconds: Math.round((performance.now() - start) / 100) / 10, counts };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2) + '\n');
  process.stderr.write(`generated in ${meta.seconds} s\n`);
} else {
  process.stderr.write(`reusing ${jsonl} and ${csvFile}\n`);
}
if (meta.counts.lines !== N) throw new Error(`${metaFile}: ${meta.counts.lines} lines, expected ${N}`);

// ---------------------------------------------------------------------------------------------------------------
// Measurement

const has = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const rssMethod = process.env.RSS_METHOD ?? (existsSync('/usr/bin/time') ? 'time' : 'hook');
if (rssMethod !== 'time' && rssMethod !== 'hook') throw new Error(`RSS_METHOD=${rssMethod}: expected time or hook`);
const taskset = has('taskset', ['-c', '0', 'true']);
const bin = process.env.WABALINT_BIN ?? join(root, 'dist', 'wabalint.mjs');
const duck = join(root, 'bench', 'quality-duckdb.mjs');
const timeOut = join(dir, `time-${process.pid}.txt`);
const reportOut = join(dir, `report-${process.pid}.json`);
const HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

const help = existsSync(bin) ? spawnSync(process.execPath, [bin, 'quality', '--help'], { encoding: 'utf8' }) : null;
const wabalintReady = help !== null && help.status === 0 && /^\s*wabalint quality\b/m.test(help.stdout);
const wabalintMissing = `wabalint quality is not available: \`node dist/wabalint.mjs quality --help\` ${existsSync(bin) ? 'does not show the quality command' : 'fails: dist/wabalint.mjs is missing'}. Run \`npm run build\` (with the quality command in src/) first.`;
if (!wabalintReady) process.stderr.write(`${wabalintMissing}\nThe DuckDB runs go ahead; the wabalint columns stay empty.\n`);

/** Runs one whole process; returns wall seconds, peak RSS (MB), stdout. */
function run(args, pin) {
  const node = [process.execPath, ...(rssMethod === 'hook' ? ['--import', HOOK] : []), ...args];
  const cmd = [...(pin && taskset ? ['taskset', '-c', '0'] : []), ...node];
  const full = rssMethod === 'time' ? ['/usr/bin/time', '-o', timeOut, '-f', '%e %M', ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  let kb;
  if (rssMethod === 'time') kb = Number(readFileSync(timeOut, 'utf8').trim().split(/\s+/).at(-1));
  else kb = Number(/BENCH_MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  return { wall, rss: kb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const measurements = {
  'wabalint JSONL': { file: jsonl, wabalint: true },
  'DuckDB JSONL': { file: jsonl },
  'wabalint CSV': { file: csvFile, wabalint: true },
  'DuckDB CSV': { file: csvFile },
};
const out = Object.fromEntries(Object.keys(measurements).map((k) => [k, { walls: [], rsss: [], check: null, groups: null }]));

const devnull = openSync('/dev/null', 'w');
for (const f of [jsonl, csvFile]) spawnSync('cat', [f], { stdio: ['ignore', devnull, 'inherit'] });
closeSync(devnull);

let failed = !wabalintReady;
for (let round = -WARMUP; round < RUNS; round++) {
  for (const [label, m] of Object.entries(measurements)) {
    const o = out[label];
    let r;
    if (m.wabalint) {
      if (!wabalintReady) continue;
      rmSync(reportOut, { force: true });
      r = run([bin, 'quality', m.file, '--format', 'json', '--output-file', reportOut], true);
      let report = null;
      try {
        report = JSON.parse(readFileSync(reportOut, 'utf8'));
      } catch {}
      if ((r.status !== 0 && r.status !== 1) || typeof report?.input?.events !== 'number') {
        const why = r.status !== 0 && r.status !== 1 ? `exited ${r.status}` : report ? `exited ${r.status} with a report lacking input.events` : `exited ${r.status} without a JSON report`;
        process.stderr.write(`${label}: wabalint quality ${why}\n${r.stderr.slice(-2000)}\n`);
        failed = true;
        delete measurements[label]; // no further rounds for it
        continue;
      }
      o.check = report.input.events;
      o.groups = `${report.templates?.length} templates`;
      o.status = r.status;
    } else {
      r = run([duck, m.file], false);
      if (r.status !== 0) throw new Error(`${label}: quality-duckdb.mjs exited ${r.status}\n${r.stderr}`);
      const res = JSON.parse(r.stdout.trim().split('\n').at(-1));
      o.check = res.events;
      o.groups = `${res.rows.toLocaleString('en')} groups`;
    }
    if (round >= 0) {
      o.walls.push(r.wall);
      o.rsss.push(r.rss);
    }
    process.stderr.write(`${round < 0 ? 'warm-up' : `round ${round + 1}/${RUNS}`} ${label.padEnd(15)} ${r.wall.toFixed(2)} s  ${r.rss.toFixed(0)} MB\n`);
  }
}
rmSync(timeOut, { force: true });
rmSync(reportOut, { force: true });

// ---------------------------------------------------------------------------------------------------------------
// Report

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cell = (label) => {
  const o = out[label];
  if (o.walls.length === 0) return ['n/a', 'n/a', 'n/a'];
  const w = median(o.walls);
  const spread = o.walls.length > 1 ? ` (${Math.min(...o.walls).toFixed(2)}–${Math.max(...o.walls).toFixed(2)})` : '';
  return [`${w.toFixed(2)}${spread}`, `**${(N / w / 1e6).toFixed(2)} M**`, median(o.rsss).toFixed(0)];
};
const gb = (b) => `${(b / 1e9).toFixed(2)} GB`;
const pkg = (p) => JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')).version;
const git = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).stdout.trim();
const c = meta.counts;
const pct = (k) => `${k} ${((c.byEvent[k] / c.lines) * 100).toFixed(1)} %`;

console.log(`\n### Quality throughput — \`EVENTS_M=${millions} RUNS=${RUNS}${process.env.WABALINT_BIN ? ` WABALINT_BIN=${bin}` : ''} node bench/quality-throughput.mjs\`\n`);
console.log(`${new Date().toISOString().slice(0, 10)}; ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; @duckdb/node-api ${pkg('@duckdb/node-api')}; wabalint ${git}`);
console.log(
  `${N.toLocaleString('en')} events (${c.messages.toLocaleString('en')} messages, ${c.variants} template×language pairs; ${EVENTS.filter((e) => c.byEvent[e]).map(pct).join(', ')}): ${jsonl} ${gb(meta.jsonlBytes)}, ${csvFile} ${gb(meta.csvBytes)}, in the page cache.`,
);
console.log(
  `Whole processes, median of ${RUNS} interleaved runs (min–max) after ${WARMUP} uncounted; events/s = events / wall; peak RSS in MB (2^20 B) by ${rssMethod === 'time' ? '/usr/bin/time' : 'an --import hook reading process.resourceUsage().maxRSS'}. wabalint: \`wabalint quality <file> --format json --output-file <tmp>\`, ${taskset ? 'pinned to one core (taskset -c 0)' : 'NOT pinned (no taskset)'}. DuckDB: its default threads (${cpus().length} here), GROUP BY template, language, hour, event, every row read into JS.\n`,
);
console.log('| tool | JSONL wall s | JSONL events/s | JSONL peak RSS MB | CSV wall s | CSV events/s | CSV peak RSS MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const tool of ['wabalint', 'DuckDB']) console.log(`| ${tool === 'wabalint' ? 'wabalint quality (1 core)' : 'DuckDB, rows into JS'} | ${[...cell(`${tool} JSONL`), ...cell(`${tool} CSV`)].join(' | ')} |`);
console.log('\nChecks (events read of ' + N.toLocaleString('en') + '):');
for (const label of Object.keys(out)) {
  const o = out[label];
  const note = o.check === null ? 'not run' : `${o.check.toLocaleString('en')}${o.check === N ? '' : ` (≠ ${N.toLocaleString('en')})`}, ${o.groups}${o.status ? `, exit ${o.status}` : ''}`;
  console.log(`  ${label.padEnd(15)} ${label.startsWith('wabalint') ? 'input.events' : 'sum of n    '} ${note}`);
}
if (!wabalintReady) console.error(`\n${wabalintMissing}`);
if (failed) process.exitCode = 1;
