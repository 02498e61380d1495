/**
 * The readers: every shape of input the issue lists must give the model the same counts. The byte scanners (JSONL
 * and CSV fast paths, which compile readers for the shapes they meet) are checked against an oracle that reads
 * each line with JSON.parse; then each input variant (escapes, nested fields, CRLF, BOM, gzip, stdin, delimiters,
 * quoting, time notations, pre-aggregated counts, Meta webhooks joined through a send log) against the plain form.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseEvents } from '../../src/quality/analyse.js';
import { DEFAULT_PARAMS } from '../../src/quality/params.js';
import type { QualityReport } from '../../src/quality/report.js';
import { parseTimeValue } from '../../src/quality/time.js';
import { analyse, at, ev, HOUR, int, only, rng, stdinOf, templatesOf } from './helpers.js';

// ---------------------------------------------------------------------------------------------------------------
// An oracle: what the counts must be, from JSON.parse and Date.parse.

const EVENTS = ['sent', 'delivered', 'read', 'failed', 'blocked', 'reported', 'opted_out', 'resumed', 'replied', 'clicked'];
const ALIASES: Record<string, string> = { time: 'time', timestamp: 'time', hour: 'time', template: 'template', template_name: 'template', language: 'language', template_language: 'language', event: 'event', event_type: 'event', message_id: 'messageId', wamid: 'messageId', recipient: 'recipient', recipient_id: 'recipient', wa_id: 'recipient', reason: 'reason', block_reason: 'reason', error_code: 'errorCode', category: 'category', count: 'count', n: 'count' };

interface Tally {
  delivered: number;
  blocked: number;
  reported: number;
  optedOut: number;
}
type Counts = Map<string, Tally>; // "template\u0000language\u0000hour"

function oracleTime(v: unknown): number {
  if (typeof v === 'number') return v < 1e11 ? Math.round(v * 1000) : Math.round(v);
  if (typeof v !== 'string') return NaN;
  if (/^\d+(\.\d+)?$/.test(v)) return oracleTime(Number(v));
  const m = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?([Zz]|[+-]\d\d(?::?\d\d)?)?$/.exec(v);
  if (!m) return NaN;
  const [, y, mo, d, h, mi = '0', se = '0', frac = '', zone = 'Z'] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)) + Math.floor(Number(`0.${frac || '0'}`) * 1000);
  if (zone !== 'Z' && zone !== 'z') {
    const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5) || '0')) * 60_000;
    ms += zone[0] === '+' ? -offset : offset;
  }
  return ms;
}

function oracle(objects: readonly Record<string, unknown>[]): Counts {
  const counts: Counts = new Map();
  const seen = new Set<string>();
  for (const o of objects) {
    const v: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(o)) if (ALIASES[k] && value !== null && typeof value !== 'object') v[ALIASES[k]] = value;
    const event = String(v.event ?? '').toLowerCase();
    if (!EVENTS.includes(event)) continue;
    const t = oracleTime(v.time);
    if (Number.isNaN(t)) continue;
    const template = v.template === undefined ? '' : String(v.template);
    if (!template) continue;
    const language = v.language === undefined ? '' : String(v.language);
    const n = v.count === undefined ? 1 : Number(v.count);
    const key = v.messageId ? `${template}\u0000${language}\u0000${String(v.messageId)}\u0000${event}` : undefined;
    if (key) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const hour = Math.floor(t / HOUR);
    const k = `${template}\u0000${language}\u0000${hour}`;
    const tally = counts.get(k) ?? { delivered: 0, blocked: 0, reported: 0, optedOut: 0 };
    if (event === 'delivered') tally.delivered += n;
    if (event === 'blocked') tally.blocked += n;
    if (event === 'reported') tally.reported += n;
    if (event === 'opted_out' || (event === 'failed' && Number(v.errorCode) === 131050)) tally.optedOut += n;
    counts.set(k, tally);
  }
  for (const [k, t] of counts) if (!t.delivered && !t.blocked && !t.reported && !t.optedOut) counts.delete(k);
  return counts;
}

/** The same counts, as the pipeline saw them (from the hourly points). */
function countsOf(report: QualityReport): Counts {
  const counts: Counts = new Map();
  for (const t of report.templates) {
    for (const h of t.hours ?? []) {
      if (!h.delivered && !h.blocked && !h.reported && !h.optedOut) continue;
      const hour = Date.parse(h.time) / HOUR - 1; // points are stamped at the end of their hour
      counts.set(`${t.name}\u0000${t.language}\u0000${hour}`, { delivered: h.delivered, blocked: h.blocked, reported: h.reported, optedOut: h.optedOut });
    }
  }
  return counts;
}

const sorted = (c: Counts) => [...c.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

// ---------------------------------------------------------------------------------------------------------------
// Random lines in many shapes.

const NAMES = ['promo_spring', 'soldes_été', 'order_update', 'a"quoted', 'back\\slash', 'comma,brace}', 'colon:"x"'];
const LANGUAGES = ['fr', 'en_US', undefined, ''];
const KEY_ORDERS = [
  ['time', 'template', 'language', 'event', 'message_id', 'recipient', 'reason', 'error_code'],
  ['event', 'time', 'message_id', 'template', 'language', 'reason', 'error_code', 'recipient'],
  ['template_name', 'template_language', 'event_type', 'timestamp', 'wamid', 'recipient_id', 'block_reason', 'error_code'],
  ['message_id', 'recipient', 'error_code', 'reason', 'event', 'language', 'template', 'time'],
];
const START = at(0);

function randomTime(r: () => number): string | number {
  const ms = START + Math.floor(r() * 72 * HOUR);
  const iso = new Date(ms).toISOString();
  switch (int(r, 0, 7)) {
    case 0:
      return iso; // canonical, with milliseconds
    case 1:
      return iso.replace(/\.\d{3}Z$/, 'Z');
    case 2:
      return new Date(ms + 2 * HOUR).toISOString().replace(/\.\d{3}Z$/, '+02:00');
    case 3:
      return new Date(ms - 5 * HOUR).toISOString().replace(/\.\d{3}Z$/, '-0500');
    case 4:
      return iso.replace('T', ' ').replace(/\.\d{3}Z$/, '');
    case 5:
      return Math.floor(ms / 1000); // epoch seconds
    case 6:
      return ms; // epoch milliseconds
    default:
      return String(Math.floor(ms / 1000));
  }
}

/** One event as a JS object (what the line means) and its JSON text (how it is written). */
function randomEvent(r: () => number, serial: number): { value: Record<string, unknown>; text: string } {
  const order = KEY_ORDERS[int(r, 0, KEY_ORDERS.length - 1)]!;
  const event = r() < 0.03 ? 'exploded' : EVENTS[int(r, 0, 6)]!;
  const fields: Record<string, unknown> = {
    time: randomTime(r),
    template: NAMES[int(r, 0, NAMES.length - 1)],
    language: LANGUAGES[int(r, 0, LANGUAGES.length - 1)],
    event: r() < 0.05 ? event.toUpperCase() : event,
    message_id: `wamid.${serial}`,
    recipient: r() < 0.5 ? `3361234${String(serial).padStart(4, '0')}` : undefined,
    reason: event === 'blocked' && r() < 0.8 ? ['spam', 'no_longer_needed', 'didnt_sign_up', 'offensive', 'other', 'Spam'][int(r, 0, 5)] : undefined,
    error_code: event === 'failed' ? [131050, '131050', 131049, 131026][int(r, 0, 3)] : undefined,
  };
  const rename: Record<string, string> = { template_name: 'template', template_language: 'language', event_type: 'event', timestamp: 'time', wamid: 'message_id', recipient_id: 'recipient', block_reason: 'reason' };
  const value: Record<string, unknown> = {};
  for (const key of order) {
    const v = fields[rename[key] ?? key];
    if (v !== undefined) value[key] = v;
  }
  if (r() < 0.1) value.note = 'free text, with "quotes" and {braces}';
  if (r() < 0.1) value.flag = r() < 0.5;
  if (r() < 0.05) value.extra = null;
  if (r() < 0.08) value.meta = { nested: [1, 2, { deep: 'x' }] }; // not flat: JSON.parse
  let text = JSON.stringify(value);
  if (r() < 0.1) text = text.replace(/_/g, '\\u005f'); // escapes everywhere (keys too)
  if (r() < 0.1) text = text.replace(/,"/g, ', "').replace(/":/g, '" : ');
  if (r() < 0.05) text = ` ${text}\t`;
  return { value: JSON.parse(text) as Record<string, unknown>, text };
}

function randomLog(seed: number, n: number): { values: Record<string, unknown>[]; lines: string[] } {
  const r = rng(seed);
  const values: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const events: { value: Record<string, unknown>; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    if (events.length > 0 && r() < 0.05) {
      const again = events[int(r, 0, events.length - 1)]!; // a duplicate of an earlier line, as a retried webhook would be
      values.push(again.value);
      lines.push(again.text);
      continue;
    }
    if (r() < 0.02) {
      lines.push(['{"time":"2026-03-02T08:00:00Z","template":"x"', 'not json', '{"time":"yesterday","template":"x","event":"sent"}', '[1,2]'][int(r, 0, 3)]!);
      continue;
    }
    const event = randomEvent(r, i);
    events.push(event);
    values.push(event.value);
    lines.push(event.text);
  }
  return { values, lines };
}

describe('JSONL: the byte scanner agrees with JSON.parse', () => {
  for (const seed of [1, 2, 3]) {
    it(`on 4,000 random lines in many shapes (seed ${seed})`, async () => {
      const { values, lines } = randomLog(seed, 4000);
      const { report } = await analyse({ 'log.jsonl': lines.join('\n') + '\n' }, undefined, { keepHours: true });
      const expected = oracle(values);
      expect(expected.size).toBeGreaterThan(100);
      expect(sorted(countsOf(report))).toEqual(sorted(expected));
      expect(report.input.lines).toBe(lines.length);
    });
  }

  it('reads a line that has the shape of the previous ones but a value in another form', async () => {
    const shape = (time: string, template: string) => `{"time":"${time}","template":"${template}","language":"fr","event":"delivered","message_id":"${template}${time}"}`;
    const lines: string[] = [];
    for (let i = 0; i < 50; i++) lines.push(shape(`2026-03-02T08:${String(i).padStart(2, '0')}:00.000Z`, 'promo'));
    lines.push(shape('2026-03-02T09:00:00.000+02:00', 'promo')); // 07:00Z
    lines.push(shape('2026-03-02T09:00:00Z', 'promo'));
    lines.push(shape('2026-03-02 10:00:00', 'promo'));
    lines.push(shape('1772445600', 'promo')); // 2026-03-02T10:00:00Z
    lines.push(shape('2026-03-02T11:00:00.000Z', 'pro\\u006do')); // "promo", escaped
    lines.push(shape('2026-03-02T11:00:01.000Z', 'pro\\"mo'));
    lines.push(`{"time":"2026-03-02T11:00:02.000Z","template":"promo","language":"fr","event":"delivered","message_id":"x1","more":1}`);
    lines.push(`{"time":"2026-03-02T11:00:03.000Z","template":"promo","language":"fr","event":"delivered"}`);
    lines.push(`{"time":"2026-03-02T11:00:04.000Z","template":"promo","language":"fr","event":"delivered","message_id":"x2"`); // truncated
    lines.push(`{"time":"2026-03-02T11:00:05.000Z","template":"promo","language":"fr","event":"delivered","message_id":"x3"}}`);
    const { report } = await analyse({ 'log.jsonl': lines.join('\n') }, undefined, { keepHours: true });
    const values = lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    expect(sorted(countsOf(report))).toEqual(sorted(oracle(values)));
    expect(report.input.malformed).toBe(2);
    expect(report.input.issues.filter((i) => i.kind === 'malformed').map((i) => i.line)).toEqual([lines.length - 1, lines.length]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The same events, written in every way the issue lists.

/** 300 messages over 30 hours: sent, delivered, some read, blocked (with reasons), reported, opted out. */
function baseEvents(): Record<string, string | number>[] {
  const r = rng(7);
  const out: Record<string, string | number>[] = [];
  for (let i = 0; i < 300; i++) {
    const t = at(0) + Math.floor((i / 300) * 30 * HOUR);
    const id = `wamid.HBgL${i}`;
    const common = { template: i % 3 ? 'promo_spring' : 'order_update', language: i % 3 ? 'fr' : 'en_US', message_id: id, recipient: `33612${String(i).padStart(6, '0')}` };
    out.push({ time: new Date(t).toISOString(), ...common, event: 'sent' });
    out.push({ time: new Date(t + 3000).toISOString(), ...common, event: 'delivered' });
    if (r() < 0.5) out.push({ time: new Date(t + 60_000).toISOString(), ...common, event: 'read' });
    if (r() < 0.04) out.push({ time: new Date(t + 120_000).toISOString(), ...common, event: 'blocked', reason: ['spam', 'didnt_sign_up', 'no_longer_needed'][int(r, 0, 2)]! });
    if (r() < 0.01) out.push({ time: new Date(t + 180_000).toISOString(), ...common, event: 'reported' });
    if (r() < 0.02) out.push({ time: new Date(t + 240_000).toISOString(), ...common, event: 'opted_out' });
  }
  return out;
}

const BASE = baseEvents();
const PLAIN = BASE.map((e) => JSON.stringify(e)).join('\n') + '\n';

async function reportOfFiles(files: Record<string, string | Uint8Array>, read?: string[]) {
  return (await analyse(files, read)).report;
}

describe('JSONL variants give the same templates as the plain log', () => {
  let plain: unknown;
  const expectSame = async (files: Record<string, string | Uint8Array>, read?: string[]) => {
    plain ??= templatesOf(await reportOfFiles({ 'plain.jsonl': PLAIN }));
    const report = await reportOfFiles(files, read);
    expect(templatesOf(report)).toEqual(plain);
    return report;
  };

  it('the plain log is rated (the comparisons are not between empty reports)', async () => {
    const report = await reportOfFiles({ 'plain.jsonl': PLAIN });
    expect(report.templates.map((t) => t.name).sort()).toEqual(['order_update', 'promo_spring']);
    expect(only(report, 'promo_spring').rating).not.toBe('UNKNOWN');
    expect(report.input).toMatchObject({ lines: BASE.length, events: BASE.length, skipped: 0, duplicates: 0 });
    expect(only(report, 'promo_spring').timeline.length).toBeGreaterThan(1);
  });

  it('keys in another order', async () => {
    const reordered = BASE.map((e) => JSON.stringify(Object.fromEntries(Object.entries(e).reverse()))).join('\n');
    await expectSame({ 'e.jsonl': reordered });
  });

  it('escaped strings ("promo\\u005fspring"), extra nested fields, spaces', async () => {
    const lines = BASE.map((e, i) => {
      let text = JSON.stringify(i % 2 ? { ...e, context: { from: 'x', forwarded: false }, tags: ['a', 'b'] } : e);
      if (i % 3 === 0) text = text.replace('"promo_spring"', '"promo\\u005fspring"');
      if (i % 5 === 0) text = text.replace(/,"/g, ' , "').replace(/":/g, '" :  ');
      return text;
    });
    expect(lines.some((l) => l.includes('promo\\u005fspring'))).toBe(true);
    await expectSame({ 'e.jsonl': lines.join('\n') });
  });

  it('CRLF line ends and a BOM', async () => {
    await expectSame({ 'e.jsonl': '\uFEFF' + PLAIN.replace(/\n/g, '\r\n') });
  });

  it('blank lines and a last line without a newline', async () => {
    const report = await expectSame({ 'e.jsonl': '\n' + PLAIN.replace(/\n/g, '\n\n').trimEnd() });
    expect(report.input.skipped).toBe(0);
  });

  it('gzip, by content (not by name)', async () => {
    await expectSame({ 'e.jsonl.gz': gzipSync(PLAIN) });
    await expectSame({ 'e.jsonl': gzipSync(PLAIN) });
  });

  it('stdin, plain and gzipped', async () => {
    plain ??= templatesOf(await reportOfFiles({ 'plain.jsonl': PLAIN }));
    for (const input of [PLAIN, gzipSync(PLAIN)]) {
      const run = await analyseEvents({ files: ['-'], stdin: stdinOf(input) });
      expect(templatesOf(run.report)).toEqual(plain);
      expect(run.store.files).toEqual(['stdin']);
    }
  });

  it('the log split into two files', async () => {
    const lines = PLAIN.trimEnd().split('\n');
    await expectSame({ 'a.jsonl': lines.slice(0, 400).join('\n'), 'b.jsonl': lines.slice(400).join('\n') });
  });
});

describe('CSV gives the same templates as JSONL', () => {
  const columns = ['time', 'template', 'language', 'event', 'message_id', 'recipient', 'reason'];
  const csv = (delimiter: string, quote: (v: string, i: number) => boolean) =>
    [columns.join(delimiter), ...BASE.map((e, i) => columns.map((c) => String(e[c] ?? '')).map((v) => (quote(v, i) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter))].join('\n') + '\n';
  let plain: unknown;
  const expectSame = async (files: Record<string, string | Uint8Array>) => {
    plain ??= templatesOf(await reportOfFiles({ 'plain.jsonl': PLAIN }));
    expect(templatesOf(await reportOfFiles(files))).toEqual(plain);
  };

  it('comma-separated, unquoted', () => expectSame({ 'e.csv': csv(',', () => false) }));
  it('semicolon-separated, as French spreadsheets write it', () => expectSame({ 'e.csv': csv(';', () => false) }));
  it('tab-separated', () => expectSame({ 'e.tsv': csv('\t', () => false) }));
  it('quoted fields (some, all, with doubled quotes in an unused column)', async () => {
    await expectSame({ 'e.csv': csv(',', (_, i) => i % 4 === 0) });
    await expectSame({ 'e.csv': csv(';', () => true) });
    const withNotes = PLAIN.trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
      .map((e) => [e.time, e.template, e.language, e.event, e.message_id, `"said ""stop"", then; left, "`, e.reason ?? ''].join(','));
    await expectSame({ 'e.csv': ['time,template,language,event,message_id,note,reason', ...withNotes].join('\r\n') });
  });
  it('columns in another order, other names (template_name, wamid, event_type, timestamp), a BOM', async () => {
    const header = ['wamid', 'event_type', 'timestamp', 'template_language', 'template_name', 'block_reason'];
    const rows = BASE.map((e) => [e.message_id, e.event, e.time, e.language, e.template, e.reason ?? ''].join(','));
    await expectSame({ 'e.csv': '\uFEFF' + [header.join(','), ...rows].join('\n') });
  });
  it('a file without extension is read by its first line', async () => {
    await expectSame({ events: csv(',', () => false) });
    await expectSame({ 'events.log': PLAIN });
  });

  it('takes a quoted template name containing the delimiter', async () => {
    const { report } = await analyse({ 'e.csv': 'time,template,language,event,count\n2026-03-02T08:00:00Z,"promo, spring",fr,delivered,120\n2026-03-02T08:00:00Z,"promo, spring",fr,blocked,1\n' });
    expect(only(report)).toMatchObject({ name: 'promo, spring', language: 'fr', rating: 'GREEN', window: { delivered: 120, blocked: 1 } });
  });

  it('skips a row whose quote is never closed, and says where', async () => {
    const { report } = await analyse({ 'e.csv': 'time,template,event\n2026-03-02T08:00:00Z,promo,delivered\n2026-03-02T08:00:00Z,"promo,delivered\n2026-03-02T08:00:01Z,promo,delivered\n' });
    expect(report.input).toMatchObject({ lines: 3, events: 2, malformed: 1 });
    expect(report.input.issues[0]).toMatchObject({ line: 3, kind: 'malformed' });
  });
});

describe('times', () => {
  const instant = Date.UTC(2026, 2, 2, 8, 30, 15);
  it.each([
    ['2026-03-02T08:30:15Z', instant],
    ['2026-03-02T08:30:15.000Z', instant],
    ['2026-03-02T08:30:15.250Z', instant + 250],
    ['2026-03-02T08:30:15,5Z', instant + 500],
    ['2026-03-02T10:30:15+02:00', instant],
    ['2026-03-02T10:30:15+0200', instant],
    ['2026-03-02T10:30:15+02', instant],
    ['2026-03-02T03:30:15-05:00', instant],
    ['2026-03-02 08:30:15', instant],
    ['2026-03-02t08:30:15z', instant],
    ['2026-03-02T08:30', instant - 15_000],
    ['2026-03-02T08', instant - 30 * 60_000 - 15_000],
    [String(instant / 1000), instant],
    [String(instant), instant],
    [`${instant / 1000}.5`, instant + 500],
  ])('%s', (text, ms) => {
    expect(parseTimeValue(text)).toBe(ms);
  });

  it.each(['2026-02-31T08:00:00Z', '2026-13-01T08:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T08:61:00Z', 'yesterday', '1e12', '', '12', '2009-12-31T23:59:59Z', '2100-01-01T00:00:00Z', '2026-03-02T08:00:00+2:00'])('refuses %j', (text) => {
    expect(parseTimeValue(text)).toBeNaN();
  });

  it('puts the same instant in the same hour whatever its notation, in files', async () => {
    const notations = ['2026-03-02T08:59:59Z', '2026-03-02T10:59:59+02:00', '2026-03-02T03:59:59-0500', '2026-03-02 08:59:59', String(Date.UTC(2026, 2, 2, 8, 59, 59) / 1000), String(Date.UTC(2026, 2, 2, 8, 59, 59))];
    const jsonl = notations.flatMap((time, k) => Array.from({ length: 25 }, (_, i) => ev({ time, template: 'promo', event: 'delivered', message_id: `m${k}.${i}` }))).join('\n');
    const numeric = notations.slice(4).map((time, k) => `{"time":${time},"template":"promo","event":"delivered","message_id":"n${k}"}`).join('\n');
    const { report } = await analyse({ 'e.jsonl': jsonl + '\n' + numeric }, undefined, { keepHours: true });
    const t = only(report);
    expect(t.hours!.filter((h) => h.delivered > 0).map((h) => [h.time, h.delivered])).toEqual([['2026-03-02T09:00:00Z', 152]]);
    expect(report.asOf).toBe('2026-03-02T08:59:59Z');
  });
});

describe('pre-aggregated hourly counts', () => {
  const rows = [
    'hour,template,language,event,count,reason',
    '2026-03-02 08:00:00,promo,fr,sent,310,',
    '2026-03-02 08:00:00,promo,fr,delivered,300,',
    '2026-03-02 08:00:00,promo,fr,read,150,',
    '2026-03-02 08:00:00,promo,fr,blocked,2,spam',
    '2026-03-02 08:00:00,promo,fr,blocked,1,no_longer_needed',
    '2026-03-02 08:00:00,promo,fr,blocked,1,',
    '2026-03-02 08:00:00,promo,fr,opted_out,4,',
    '2026-03-02 09:00:00,promo,fr,delivered,200,',
    '2026-03-02 09:00:00,promo,fr,reported,1,',
  ];

  it('adds the counts, block reasons weighed', async () => {
    const { report } = await analyse({ 'counts.csv': rows.join('\n') });
    const t = only(report);
    expect(report.input).toMatchObject({ lines: 9, events: 310 + 300 + 150 + 4 + 4 + 200 + 1, skipped: 0, duplicates: 0 });
    expect(t.window).toMatchObject({ delivered: 500, read: 150, blocked: 4, reported: 1, optedOut: 4 });
    // Weighted: 2 spam × 1.5 + 1 × 0.5 + 1 × 1 + 4 opt-outs × 0.5 + 1 report × 2 = 8.5 on 500, decayed alike: 1.7 %.
    const d = Math.pow(0.5, 1 / DEFAULT_PARAMS.halfLifeHours);
    expect(t.window.negativeRate).toBeCloseTo(((3 + 0.5 + 1 + 2) * d + 2) / (300 * d + 200), 5);
    expect(t.rating).toBe('YELLOW');
  });

  it('takes the same counts from JSONL rows with "count"', async () => {
    const [header, ...data] = rows;
    const names = header!.split(',');
    const jsonl = data.map((row) => {
      const cells = row.split(',');
      return JSON.stringify(Object.fromEntries(names.map((n, i) => [n, n === 'count' ? Number(cells[i]) : cells[i]]).filter(([, v]) => v !== '')));
    });
    const a = await analyse({ 'counts.csv': rows.join('\n') });
    const b = await analyse({ 'counts.jsonl': jsonl.join('\n') });
    expect(templatesOf(b.report)).toEqual(templatesOf(a.report));
  });

  it('counts a repeated row (same hour, template, event, reason) as a duplicate, and the same file twice changes nothing', async () => {
    const once = await analyse({ 'counts.csv': rows.join('\n') });
    const twice = await analyse({ 'a.csv': rows.join('\n'), 'b.csv': rows.join('\n') });
    expect(templatesOf(twice.report)).toEqual(templatesOf(once.report));
    expect(twice.report.input.duplicates).toBe(9);
    const repeated = await analyse({ 'counts.csv': [...rows, rows[2]!].join('\n') });
    expect(repeated.report.input.duplicates).toBe(1);
    expect(only(repeated.report).window.delivered).toBe(500);
  });

  it('refuses a count that is not a whole number, and ignores a count of 0', async () => {
    const { report } = await analyse({ 'counts.csv': [...rows, '2026-03-02 09:00:00,promo,fr,blocked,2.5,spam', '2026-03-02 09:00:00,promo,fr,blocked,-1,spam', '2026-03-02 09:00:00,promo,fr,blocked,0,other'].join('\n') });
    expect(report.input.malformed).toBe(2);
    expect(only(report).window.blocked).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Meta webhooks, as received, and the send log.

const WABA = '102290129340398';
const PHONE = { display_phone_number: '33185000000', phone_number_id: '106540352242922' };
const sec = (ms: number) => String(Math.floor(ms / 1000));
const webhook = (field: string, value: Record<string, unknown>, time?: number) =>
  JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: WABA, ...(time === undefined ? {} : { time: Math.floor(time / 1000) }), changes: [{ value, field }] }] });
const status = (id: string, event: string, ms: number, to: string, extra: Record<string, unknown> = {}) =>
  webhook('messages', { messaging_product: 'whatsapp', metadata: PHONE, statuses: [{ id, status: event, timestamp: sec(ms), recipient_id: to, ...extra }] });
const inbound = (from: string, ms: number, message: Record<string, unknown>) =>
  webhook('messages', { messaging_product: 'whatsapp', metadata: PHONE, contacts: [{ profile: { name: 'Client' }, wa_id: from }], messages: [{ from, id: `wamid.in.${from}.${ms}`, timestamp: sec(ms), ...message }] });
const preference = (who: string, ms: number, value: 'stop' | 'resume') =>
  webhook('user_preferences', { messaging_product: 'whatsapp', metadata: PHONE, contacts: [{ wa_id: who }], user_preferences: [{ wa_id: who, detail: `User requested to ${value} marketing messages`, category: 'marketing_messages', value, timestamp: Math.floor(ms / 1000) }] });
const text = (body: string) => ({ type: 'text', text: { body } });

/** 120 marketing messages to 120 people at 08:00–09:59, and 10 utility ones: statuses, and the send log. */
function campaign() {
  const sends = ['message_id,template,language,category'];
  const lines: string[] = [];
  const people: string[] = [];
  for (let i = 0; i < 120; i++) {
    const id = `wamid.M${i}`;
    const to = `3360000${String(i).padStart(4, '0')}`;
    people.push(to);
    sends.push(`${id},promo_spring,fr,MARKETING`);
    const t = at(8) + i * 60_000;
    lines.push(status(id, 'sent', t, to, { pricing: { billable: true, pricing_model: 'PMP', category: 'marketing' } }));
    lines.push(status(id, 'delivered', t + 5000, to));
    if (i % 2) lines.push(status(id, 'read', t + 60_000, to));
  }
  for (let i = 0; i < 10; i++) {
    sends.push(`wamid.U${i},order_update,fr,UTILITY`);
    lines.push(status(`wamid.U${i}`, 'delivered', at(8) + i * 60_000, `3369999${String(i).padStart(4, '0')}`));
  }
  return { sends: sends.join('\n'), lines, people };
}

describe('webhooks joined through the send log', () => {
  it('counts statuses under the template the send log names; without it, they are unattributed', async () => {
    const { sends, lines } = campaign();
    const joined = await analyse({ 'webhooks.jsonl': lines.join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'] });
    const promo = only(joined.report, 'promo_spring');
    expect(promo).toMatchObject({ category: 'MARKETING', window: { delivered: 120, read: 60 }, rating: 'GREEN' });
    expect(only(joined.report, 'order_update')).toMatchObject({ category: 'UTILITY', rating: 'UNKNOWN', window: { delivered: 10 } });
    expect(joined.report.input).toMatchObject({ lines: lines.length, events: lines.length, unattributed: 0, skipped: 0 });

    const alone = await analyse({ 'webhooks.jsonl': lines.join('\n') });
    expect(alone.report.templates).toEqual([]);
    expect(alone.report.input).toMatchObject({ events: 0, unattributed: lines.length });
    expect(alone.report.input.issues[0]).toMatchObject({ line: 1, kind: 'unattributed', message: expect.stringContaining('wamid.M0') });
  });

  it('reads a JSONL send log too, and learns template ids from it', async () => {
    const { lines } = campaign();
    const sends = Array.from({ length: 120 }, (_, i) => JSON.stringify({ wamid: `wamid.M${i}`, template_name: 'promo_spring', language: 'fr', category: 'MARKETING', template_id: '1689556908129835' })).join('\n');
    const byId = Array.from({ length: 30 }, (_, i) => ev({ time: new Date(at(9) + i * 1000).toISOString(), template_id: '1689556908129835', event: 'delivered', message_id: `x${i}` }));
    const { report } = await analyse({ 'webhooks.jsonl': [...lines.slice(0, 360), ...byId].join('\n'), 'sends.jsonl': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.jsonl'] });
    expect(only(report, 'promo_spring').window.delivered).toBe(150);
    expect(report.input.unknownTemplates).toBe(0);
  });

  it('attributes STOP, ARRÊT, UNSUBSCRIBE, the "Unsubscribe from Promos" button and user_preferences stop to the last marketing template delivered within 72 h', async () => {
    const { sends, lines, people } = campaign();
    const replies = [
      inbound(people[0]!, at(10), text('STOP')),
      inbound(people[1]!, at(11), text('  Arrêt !')),
      inbound(people[2]!, at(12), text('stop pub')),
      inbound(people[3]!, at(13), text('UNSUBSCRIBE')),
      inbound(people[4]!, at(14), text('désabonner')),
      inbound(people[5]!, at(15), { context: { from: PHONE.display_phone_number, id: 'wamid.M5' }, type: 'button', button: { payload: 'Unsubscribe from Promos', text: 'Unsubscribe from Promos' } }),
      inbound(people[6]!, at(16), { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'UNSUBSCRIBE_PROMOS', title: 'Stop promotions' } } }),
      preference(people[7]!, at(17), 'stop'),
      // Exactly 72 h after the delivery at 08:08:05: still attributed.
      inbound(people[8]!, at(8) + 8 * 60_000 + 5000 + 72 * HOUR, text('STOP')),
    ];
    const { report } = await analyse({ 'webhooks.jsonl': [...lines, ...replies].join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'] });
    const promo = only(report, 'promo_spring');
    expect(report.input.unattributed).toBe(0);
    expect(report.input.events).toBe(lines.length + replies.length);
    // 8 opt-outs within the window of the as-of (the last STOP is 72 h later, alone in its window)
    expect(promo.window.optedOut).toBe(1);
    const all = await analyse({ 'webhooks.jsonl': [...lines, ...replies.slice(0, -1)].join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'], keepHours: true });
    // Counted hour by hour (8 opt-outs on 120 deliveries turn it RED: the pause resets the window).
    const optOuts = (name: string) => only(all.report, name).hours!.map((h) => [h.time, h.optedOut] as const).filter(([, n]) => n > 0);
    expect(optOuts('promo_spring')).toEqual([11, 12, 13, 14, 15, 16, 17, 18].map((h) => [new Date(at(h)).toISOString().replace('.000Z', 'Z'), 1]));
    expect(optOuts('order_update')).toEqual([]);
  });

  it('leaves unattributed an opt-out after the window, from someone who got no marketing, or only utility messages', async () => {
    const { sends, lines, people } = campaign();
    const late = at(8) + 8 * 60_000 + 5000 + 72 * HOUR + 1000;
    const replies = [
      inbound(people[8]!, late, text('STOP')), // 72 h and 1 s after the delivery
      inbound('33799999999', at(10), text('STOP')), // never sent anything
      inbound('33699990003', at(10), text('STOP')), // got order_update (UTILITY) only
      preference('33699990004', at(10), 'stop'),
      inbound(people[9]!, at(6), text('STOP')), // before the delivery
    ];
    const { report } = await analyse({ 'webhooks.jsonl': [...lines, ...replies].join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'] });
    expect(report.input.unattributed).toBe(5);
    expect(report.input.issues.filter((i) => i.kind === 'unattributed').map((i) => i.line)).toEqual([1, 2, 3, 4, 5].map((k) => lines.length + k));
    expect(only(report, 'promo_spring').window.optedOut).toBe(0);
  });

  it('does not take an ordinary reply for an opt-out: "don\'t stop", a question, a reply in context', async () => {
    const { sends, lines, people } = campaign();
    const replies = [inbound(people[0]!, at(10), text("don't stop, I love it")), inbound(people[1]!, at(10), { context: { id: 'wamid.M1' }, ...text('Is the offer valid in store?') }), inbound(people[2]!, at(10), text('STOP STOP STOP STOP STOP please'))];
    const { report } = await analyse({ 'webhooks.jsonl': [...lines, ...replies].join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'] });
    expect(only(report, 'promo_spring').window.optedOut).toBe(0);
    expect(report.input.unattributed).toBe(0);
  });

  it('counts a 131050 failure as an opt-out, a 131049 one not', async () => {
    const { sends, lines } = campaign();
    const failures = ['131050', '131049', '131026'].map((code, k) =>
      status(`wamid.M${100 + k}`, 'failed', at(9) + 30 * 60_000, `3360000${100 + k}`, { errors: [{ code: Number(code), title: 'Unable to deliver message', error_data: { details: '…' } }] }),
    );
    const { report } = await analyse({ 'webhooks.jsonl': [...lines, ...failures].join('\n'), 'sends.csv': sends }, ['webhooks.jsonl'], { sendsFiles: ['sends.csv'] });
    expect(only(report, 'promo_spring').window.optedOut).toBe(1);
    const normalised = [ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'failed', error_code: 131050, message_id: 'a' }), ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'failed', error_code: '131050', message_id: 'b' }), ev({ time: '2026-03-02T08:00:00Z', template: 'p', event: 'failed', error_code: 131049, message_id: 'c' })];
    const csvForm = 'time,template,event,error_code,message_id\n2026-03-02T08:00:00Z,p,failed,131050,d\n2026-03-02T08:00:00Z,p,failed,131026,e\n';
    const both = await analyse({ 'n.jsonl': normalised.join('\n'), 'c.csv': csvForm });
    expect(only(both.report).window.optedOut).toBe(3);
  });

  it('keeps Meta\'s quality and status updates as observed, and learns the category from them', async () => {
    const { sends, lines } = campaign();
    const meta = [
      webhook('message_template_status_update', { event: 'APPROVED', message_template_id: 1689556908129835, message_template_name: 'promo_spring', message_template_language: 'fr', reason: 'NONE', message_template_category: 'MARKETING' }, at(-20)),
      webhook('message_template_quality_update', { previous_quality_score: 'GREEN', new_quality_score: 'YELLOW', message_template_id: 1689556908129835, message_template_name: 'promo_spring', message_template_language: 'fr' }, at(9) + 5000),
      webhook('message_template_status_update', { event: 'PAUSED', message_template_id: 1689556908129835, message_template_name: 'promo_spring', message_template_language: 'fr', reason: 'NONE', other_info: { title: 'FIRST_PAUSE', description: 'Your template has been paused…' } }, at(10)),
    ];
    // No category in the send log, none in the statuses' pricing: only Meta's status update says MARKETING.
    const sendsWithoutCategory = sends.replace(/,MARKETING/g, ',');
    const statuses = lines.map((l) => l.replace(/,"pricing":\{[^}]*\}/, ''));
    const { report } = await analyse({ 'w.jsonl': [meta[0]!, ...statuses, meta[1]!, meta[2]!].join('\n'), 's.csv': sendsWithoutCategory }, ['w.jsonl'], { sendsFiles: ['s.csv'] });
    expect(only(report, 'promo_spring')).toMatchObject({
      category: 'MARKETING',
      observed: { rating: 'YELLOW', ratingTime: new Date(at(9) + 5000).toISOString().replace('.000Z', 'Z'), status: 'PAUSED (FIRST_PAUSE)', statusTime: new Date(at(10)).toISOString().replace('.000Z', 'Z') },
    });
    expect(report.asOf).toBe(new Date(at(10)).toISOString().replace('.000Z', 'Z'));
  });
});
