/**
 * `wabalint quality` from the command line, in-process: bad input is counted and reported with file and line and
 * the run goes on, without a stack trace; --strict, --fail-on, --as-of and --params change the exit code as the
 * issue says (0 ok, 1 a template at or past the --fail-on level, 2 a usage or input failure).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QualityReport } from '../../src/quality/report.js';
import { campaignLines, ev, EXAMPLES, runCli, scratch, STACK_TRACE, stdinOf } from './helpers.js';

const GOOD = campaignLines({ template: 'promo_spring', hours: 6, perHour: 40, blockRate: 0, seed: 1 });

function expectNoStack(run: { stdout: string; stderr: string }) {
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

async function quality(files: Record<string, string | Uint8Array>, args: string[]) {
  const dir = scratch(files);
  const run = await runCli(['quality', ...args], dir);
  return { ...run, dir };
}

const json = (stdout: string) => JSON.parse(stdout) as QualityReport;

describe('bad input: counted, reported with file and line, the run goes on', () => {
  const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x22, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x0a, 0xc3, 0x28, 0x7b, 0x7d, 0x0a]); // 3 lines of binary
  const lines = [
    GOOD[0]!,
    'this is not json',
    ev({ time: '2026-03-02T00:10:00Z', template: 'promo_spring', event: 'exploded', message_id: 'x1' }),
    ev({ time: 'yesterday', template: 'promo_spring', event: 'delivered', message_id: 'x2' }),
    ev({ time: '2026-03-02T00:11:00Z', event: 'delivered', message_id: 'x3' }),
    ev({ time: '2026-03-02T00:12:00Z', template_id: '999000111', event: 'delivered', message_id: 'x4' }),
    ev({ time: '2026-03-02T00:12:30Z', template_id: '999000111', event: 'blocked', message_id: 'x4' }),
    '{"time":"2026-03-02T00:13:00Z","template":"promo_spring","event":"delivered",',
  ];
  const file = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), garbage, Buffer.from(GOOD.slice(1).join('\n') + '\n')]);

  it('counts each kind in input (JSON), lists the first issues with file and line on stderr, exits 0', async () => {
    const run = await quality({ 'events.jsonl': file }, ['events.jsonl', '-f', 'json']);
    expect(run.code).toBe(0);
    expectNoStack(run);
    const report = json(run.stdout);
    expect(report.input).toMatchObject({ lines: GOOD.length + 7 + 3, malformed: 3 + 3 + 1, unknownEvents: 1, unknownTemplates: 2, duplicates: 0 });
    // Events of an unknown template id are kept (under the id), not skipped.
    expect(report.input.skipped).toBe(report.input.malformed + report.input.unknownEvents + report.input.late);
    expect(report.input.issues.slice(0, 6).map((i) => [i.file, i.line, i.kind])).toEqual([
      ['events.jsonl', 2, 'malformed'],
      ['events.jsonl', 3, 'unknown-event'],
      ['events.jsonl', 4, 'malformed'],
      ['events.jsonl', 5, 'malformed'],
      ['events.jsonl', 6, 'unknown-template'],
      ['events.jsonl', 8, 'malformed'],
    ]);
    expect(report.input.issues.find((i) => i.line === 3)!.message).toContain('exploded');
    expect(report.input.issues.find((i) => i.line === 4)!.message).toContain('yesterday');
    expect(report.input.issues.find((i) => i.line === 6)!.message).toContain('999000111');
    expect(run.stderr).toContain('wabalint: events.jsonl:2: malformed: not JSON');
    expect(run.stderr).toContain('wabalint: events.jsonl:3: unknown-event: unknown event "exploded"');
    expect(run.stderr).toMatch(/^wabalint: … 5 more .*\(counted in "input"\)$/m); // 8 skipped + 2 of an unknown id, 5 shown
    // The good events all count: the run went on after each bad line.
    const promo = report.templates.find((t) => t.name === 'promo_spring')!;
    expect(report.input.events).toBe(GOOD.length + 2);
    expect(promo.rating).toBe('GREEN');
    // The events of the unknown id are kept under its id, not lost.
    expect(report.templates.find((t) => t.name === '#999000111')).toMatchObject({ window: { delivered: 1, blocked: 1 } });
  });

  it('says the same in the table, under the templates', async () => {
    const run = await quality({ 'events.jsonl': file }, ['events.jsonl', '--no-color']);
    expect(run.code).toBe(0);
    expectNoStack(run);
    expect(run.stdout).toMatch(new RegExp(`${GOOD.length + 10} lines, ${GOOD.length + 2} events, 8 skipped`));
    expect(run.stdout).toContain('events.jsonl:2  malformed: not JSON');
    expect(run.stdout).toContain("wabalint's model");
  });

  it('--strict turns them into exit 2, and says why', async () => {
    const run = await quality({ 'events.jsonl': file }, ['events.jsonl', '--strict', '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--strict: \d+ input lines were skipped/);
    expect(json(run.stdout).templates.length).toBeGreaterThan(0); // the report is still written
    const clean = await quality({ 'events.jsonl': GOOD.join('\n') }, ['events.jsonl', '--strict']);
    expect(clean.code).toBe(0);
  });

  it('--strict counts duplicates and unattributed lines too', async () => {
    const dup = await quality({ 'a.jsonl': GOOD.join('\n'), 'b.jsonl': GOOD.slice(0, 3).join('\n') }, ['a.jsonl', 'b.jsonl', '--strict']);
    expect(dup.code).toBe(2);
    const stop = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: { messages: [{ from: '33600000000', id: 'wamid.in', timestamp: '1772438400', type: 'text', text: { body: 'STOP' } }] } }] }] });
    const unattributed = await quality({ 'a.jsonl': [...GOOD, stop].join('\n') }, ['a.jsonl', '--strict']);
    expect(unattributed.code).toBe(2);
    expect(unattributed.stdout).toContain('1 unattributed');
  });

  it('a binary file with no known extension: refused as a CSV without the needed columns, exit 2', async () => {
    const run = await quality({ 'dump.bin': Buffer.concat([garbage, garbage]) }, ['dump.bin']);
    expect(run.code).toBe(2);
    expectNoStack(run);
    expect(run.stderr).toMatch(/^wabalint: .*dump\.bin:1: a CSV header needs a "template"/m);
  });

  it('a CSV without an event or time column: exit 2, naming the columns found', async () => {
    const run = await quality({ 'e.csv': 'template,count\npromo,3\n' }, ['e.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('found: "template", "count"');
    expectNoStack(run);
  });

  it('a missing file: exit 2, naming it, no stack trace', async () => {
    const run = await quality({ 'a.jsonl': GOOD.join('\n') }, ['a.jsonl', 'missing.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^wabalint: .*missing\.jsonl: no such file$/m);
    expectNoStack(run);
  });

  it('a directory: exit 2, saying so', async () => {
    const run = await quality({ 'logs/a.jsonl': GOOD.join('\n') }, ['logs']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/logs: is a directory/);
    expectNoStack(run);
  });

  it('a truncated gzip file: what was read is kept, the cut is one malformed line, --strict exits 2', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => GOOD[0]!.replace(/"message_id":"[^"]*"/, `"message_id":"m${i}"`));
    const gz = gzipSync(lines.join('\n'));
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const run = await quality({ 'a.jsonl.gz': cut }, ['a.jsonl.gz', '-f', 'json']);
    expect(run.code).toBe(0);
    const input = JSON.parse(run.stdout).input;
    expect(input.events).toBeGreaterThan(0);
    expect(input.events).toBeLessThan(3000);
    expect(input.malformed).toBe(1);
    expect(run.stderr).toMatch(/a\.jsonl\.gz:\d+: malformed: gzip data ends early or is corrupt/);
    expect((await quality({ 'a.jsonl.gz': cut }, ['a.jsonl.gz', '--strict'])).code).toBe(2);
    expectNoStack(run);
  });

  it('an empty file: nothing to rate, exit 0, even with --strict and --fail-on', async () => {
    for (const content of ['', '\n\n', '\r\n']) {
      const run = await quality({ 'empty.jsonl': content }, ['empty.jsonl', '--strict', '--fail-on', 'YELLOW', '--no-color']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('no template events in the input');
      expectNoStack(run);
    }
    const asJson = await quality({ 'empty.jsonl': '' }, ['empty.jsonl', '-f', 'json']);
    expect(json(asJson.stdout)).toMatchObject({ asOf: null, templates: [], input: { lines: 0, events: 0 } });
  });

  // Bug: the BOM is taken off after empty lines are dropped, so a lone BOM is read as a line of malformed JSON.
  it('a file holding only a BOM (an editor\'s empty file) is empty too', async () => {
    for (const [name, content] of [['empty.jsonl', '\uFEFF'], ['empty.jsonl', '\uFEFF\r\n'], ['bom-then-events.jsonl', `\uFEFF\n${GOOD.join('\n')}`]] as const) {
      const run = await quality({ [name]: content }, [name, '--strict', '-f', 'json']);
      expect({ name, content, code: run.code, skipped: json(run.stdout).input.skipped }).toEqual({ name, content, code: 0, skipped: 0 });
    }
  });

  it('a line longer than the limit is skipped as malformed, the next ones read', async () => {
    const long = `{"time":"2026-03-02T00:00:00Z","template":"promo_spring","event":"sent","note":"${'x'.repeat(17 << 20)}"}`;
    const run = await quality({ 'a.jsonl': [GOOD[0]!, long, ...GOOD.slice(1)].join('\n') }, ['a.jsonl', '-f', 'json']);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report.input).toMatchObject({ malformed: 1, events: GOOD.length });
    expect(report.input.issues[0]).toMatchObject({ line: 2, kind: 'malformed', message: expect.stringContaining('longer than') });
  });
});

describe('--fail-on', () => {
  const paused = join(EXAMPLES, 'marketing-paused.jsonl');
  const cases: [string, string[], Record<string, number>][] = [
    ['utility-clean.jsonl (GREEN, ACTIVE)', [join(EXAMPLES, 'utility-clean.jsonl')], { YELLOW: 0, RED: 0, PAUSED: 0 }],
    ['webhooks.jsonl (YELLOW)', [join(EXAMPLES, 'webhooks.jsonl'), '--sends', join(EXAMPLES, 'sends.csv')], { YELLOW: 1, RED: 0, PAUSED: 0 }],
    ['marketing-paused.jsonl inside its pause', [paused, '--as-of', '2026-01-08T16:30:00Z'], { YELLOW: 1, RED: 1, PAUSED: 1 }],
    ['marketing-paused.jsonl at the end (ACTIVE again)', [paused], { YELLOW: 0, RED: 0, PAUSED: 0 }],
    ['marketing-disabled.jsonl (DISABLED)', [join(EXAMPLES, 'marketing-disabled.jsonl')], { YELLOW: 1, RED: 1, PAUSED: 1 }],
  ];
  for (const [name, args, expected] of cases) {
    it(`exits 1 only at or past the level: ${name}`, async () => {
      for (const [level, code] of Object.entries(expected)) {
        const run = await runCli(['quality', ...args, '--fail-on', level, '-f', 'json'], EXAMPLES);
        expect({ level, code: run.code }).toEqual({ level, code });
      }
      expect((await runCli(['quality', ...args, '-f', 'json'], EXAMPLES)).code).toBe(0);
    });
  }

  it('takes the level in any case, and refuses another word (exit 2)', async () => {
    expect((await runCli(['quality', paused, '--as-of', '2026-01-08T16:30:00Z', '--fail-on', 'paused'], EXAMPLES)).code).toBe(1);
    const bad = await runCli(['quality', paused, '--fail-on', 'ORANGE'], EXAMPLES);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fail-on.*ORANGE/);
    expect(bad.stderr).toMatch(/YELLOW.*RED.*PAUSED/);
    expectNoStack(bad);
  });
});

describe('--as-of', () => {
  const file = join(EXAMPLES, 'marketing-paused.jsonl');
  const total = readFileSync(file, 'utf8').trimEnd().split('\n').length;

  it('leaves later events out, counts them, and rates as of that time', async () => {
    const run = await runCli(['quality', file, '--as-of', '2026-01-08T16:30:00Z', '-f', 'json'], EXAMPLES);
    const report = json(run.stdout);
    expect(report.asOf).toBe('2026-01-08T16:30:00Z');
    expect(report.input.afterAsOf).toBeGreaterThan(0);
    expect(report.input.events + report.input.afterAsOf).toBe(total - 1); // the first line is Meta's status update
    const t = report.templates[0]!;
    expect(t).toMatchObject({ status: 'PAUSED', pausedUntil: '2026-01-08T18:00:00Z' });
    expect(t.timeline.every((e) => e.time <= '2026-01-08T16:30:00Z')).toBe(true);
  });

  it('takes epoch seconds and milliseconds as well as ISO', async () => {
    const iso = json((await runCli(['quality', file, '--as-of', '2026-01-08T16:30:00Z', '-f', 'json'], EXAMPLES)).stdout);
    for (const value of [String(Date.UTC(2026, 0, 8, 16, 30) / 1000), String(Date.UTC(2026, 0, 8, 16, 30)), '2026-01-08T17:30:00+01:00']) {
      const other = json((await runCli(['quality', file, '--as-of', value, '-f', 'json'], EXAMPLES)).stdout);
      expect(other.templates).toEqual(iso.templates);
      expect(other.input).toEqual(iso.input);
    }
  });

  it('before every event: nothing to rate', async () => {
    const run = await runCli(['quality', file, '--as-of', '2020-01-01T00:00:00Z', '-f', 'json'], EXAMPLES);
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({ asOf: '2020-01-01T00:00:00Z', input: { events: 0, afterAsOf: total - 1 } });
  });

  it('refuses what is not a time, exit 2', async () => {
    for (const value of ['tomorrow', '2026-02-30T00:00:00Z', '']) {
      const run = await runCli(['quality', file, '--as-of', value], EXAMPLES);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--as-of');
      expectNoStack(run);
    }
  });
});

describe('--params', () => {
  const events = { 'e.jsonl': GOOD.join('\n') };

  it('overrides the defaults, and shows them in the JSON report', async () => {
    const run = await quality({ ...events, 'p.json': JSON.stringify({ minDelivered: 10_000, weights: { blockReason: { spam: 3 } } }) }, ['e.jsonl', '--params', 'p.json', '-f', 'json']);
    expect(run.code).toBe(0);
    const report = json(run.stdout);
    expect(report.templates[0]!.rating).toBe('UNKNOWN');
    expect(report.params.minDelivered).toBe(10_000);
    expect(report.params.weights.blockReason.spam).toBe(3);
    expect(report.params.weights.blockReason.other).toBe(1);
  });

  it.each([
    [{ weights: { block: -1 } }, 'weights.block'],
    [{ halfLife: 4 }, 'halfLife'],
    [{ yellowRate: '1%' }, 'yellowRate'],
    [{ pauseHours: [3, 0] }, 'pauseHours.1'],
    [{ weights: { blockReason: { rude: 2 } } }, 'rude'],
    [{ yellowRate: 0.05, redRate: 0.02 }, 'yellowRate'],
    [{ lowReadRate: 2 }, 'lowReadRate'],
    [[1, 2], '(top level)'],
  ])('refuses %j, naming %s, exit 2', async (params, key) => {
    const run = await quality({ ...events, 'p.json': JSON.stringify(params) }, ['e.jsonl', '--params', 'p.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wabalint: p\.json: /);
    expect(run.stderr).toContain(key);
    expectNoStack(run);
  });

  it('refuses a file that is not JSON, or is missing, exit 2', async () => {
    const notJson = await quality({ ...events, 'p.json': '{ minDelivered: 10 }' }, ['e.jsonl', '--params', 'p.json']);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('p.json is not JSON');
    const missing = await quality(events, ['e.jsonl', '--params', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.json');
  });
});

describe('stdin', () => {
  afterEach(() => vi.restoreAllMocks());
  const fromStdin = (input: string | Uint8Array) => vi.spyOn(process, 'stdin', 'get').mockReturnValue(Object.assign(stdinOf(input), { isTTY: false }) as unknown as typeof process.stdin);

  it('reads - (and nothing) from stdin, plain or gzipped, as the same file would be read', async () => {
    const dir = scratch({ 'e.jsonl': GOOD.join('\n') });
    const fromFile = json((await runCli(['quality', 'e.jsonl', '-f', 'json'], dir)).stdout);
    for (const [args, input] of [
      [['-'], GOOD.join('\n')],
      [[], GOOD.join('\n')],
      [['-'], gzipSync(GOOD.join('\n'))],
    ] as const) {
      fromStdin(input);
      const run = await runCli(['quality', ...args, '-f', 'json'], dir);
      expect(run.code).toBe(0);
      expect(json(run.stdout).templates).toEqual(fromFile.templates);
      vi.restoreAllMocks();
    }
  });

  it('names stdin in the issues', async () => {
    fromStdin([GOOD[0]!, 'not json', ...GOOD.slice(1)].join('\n'));
    const run = await runCli(['quality', '-', '-f', 'json'], scratch({}));
    expect(json(run.stdout).input.issues[0]).toMatchObject({ file: 'stdin', line: 2, kind: 'malformed' });
    expect(run.stderr).toContain('wabalint: stdin:2: malformed');
  });

  it('tells a CSV from JSONL on stdin by its first line', async () => {
    const csv = ['time,template,event,message_id', ...Array.from({ length: 120 }, (_, i) => `2026-03-02T08:${String(i % 60).padStart(2, '0')}:00Z,promo,delivered,m${i}`)].join('\n');
    fromStdin(csv);
    const run = await runCli(['quality', '-', '-f', 'json'], scratch({}));
    expect(run.code).toBe(0);
    expect(json(run.stdout).templates[0]).toMatchObject({ name: 'promo', rating: 'GREEN', window: { delivered: 120 } });
  });
});

describe('output', () => {
  it('writes the report to --output-file and nothing to stdout', async () => {
    const run = await quality({ 'e.jsonl': GOOD.join('\n') }, ['e.jsonl', '-f', 'json', '-o', 'out/q.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(json(readFileSync(join(run.dir, 'out/q.json'), 'utf8')).templates[0]!.name).toBe('promo_spring');
  });

  it('always says the ratings are an estimate, not Meta\'s', async () => {
    const table = await quality({ 'e.jsonl': GOOD.join('\n') }, ['e.jsonl', '--no-color']);
    expect(table.stdout).toMatch(/not Meta's ratings/);
    const asJson = await quality({ 'e.jsonl': GOOD.join('\n') }, ['e.jsonl', '-f', 'json']);
    expect(json(asJson.stdout).disclaimer).toMatch(/not Meta's ratings/);
  });
});

describe('inputs a review found mishandled', () => {
  const ev = (o: Record<string, unknown>) => JSON.stringify({ time: '2026-03-02T08:00:00Z', template: 't', language: 'fr', event: 'delivered', ...o });

  it('a webhook change without a value object is one malformed line, not a crash', async () => {
    const run = await quality({ 'w.jsonl': ['{"entry":[{"changes":[{"field":"messages"}]}]}', '{"entry":[{"changes":[{"field":"messages","value":null}]}]}', ev({ message_id: 'm1' })].join('\n') }, ['w.jsonl', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(json(run.stdout).input).toMatchObject({ lines: 3, events: 1, malformed: 2 });
    expectNoStack(run);
  });

  it('an event dated after tomorrow is malformed, and does not drag the others out of the de-duplication window', async () => {
    const lines = [ev({ time: '2099-12-31T23:00:00Z', message_id: 'typo' }), ...Array.from({ length: 5 }, (_, i) => ev({ message_id: `m${i}` }))];
    const report = json((await quality({ 'f.jsonl': lines.join('\n') }, ['f.jsonl', '-f', 'json'])).stdout);
    expect(report.input).toMatchObject({ events: 5, malformed: 1, late: 0 });
    expect(report.asOf).toBe('2026-03-02T08:00:00Z');
  });

  it('a bare word where JSON needs a string is malformed, on the fast path as on the slow one', async () => {
    const good = Array.from({ length: 20 }, (_, i) => ev({ message_id: `m${i}` }));
    const bad = ['{"time":"2026-03-02T08:00:00Z","template":"t","language":"fr","event":delivered,"message_id":"x1"}', '{"time":"2026-03-02T08:00:00Z","template":"t","language":"fr","event":"delivered","message_id":tXYZ}'];
    const report = json((await quality({ 'b.jsonl': [...good, ...bad, ...good.slice(0, 1)].join('\n') }, ['b.jsonl', '-f', 'json'])).stdout);
    expect(report.input).toMatchObject({ events: 20, malformed: 2, duplicates: 1 });
  });

  it('a CSV column named constructor or __proto__ is not a field', async () => {
    const csv = 'time,template,event,message_id,constructor,__proto__\n2026-03-02T08:00:00Z,t,delivered,m1,2026-01-01T00:00:00Z,x\n';
    const report = json((await quality({ 'c.csv': csv }, ['c.csv', '-f', 'json'])).stdout);
    expect(report.asOf).toBe('2026-03-02T08:00:00Z');
    expect(report.input.events).toBe(1);
  });

  it('lines of spaces are empty lines, even first, and on stdin', async () => {
    const text = ['   ', '\t', ev({ message_id: 'm1' })].join('\r\n');
    const report = json((await quality({ 's.jsonl': text }, ['s.jsonl', '-f', 'json', '--strict'])).stdout);
    expect(report.input).toMatchObject({ lines: 1, events: 1, skipped: 0 });
  });

  it('a count beyond 32-bit counters is malformed, not wrapped around', async () => {
    const csv = 'hour,template,language,event,count\n2026-03-02T08:00:00Z,t,fr,delivered,4294967296\n2026-03-02T08:00:00Z,t,fr,read,5\n';
    const report = json((await quality({ 'h.csv': csv }, ['h.csv', '-f', 'json'])).stdout);
    expect(report.input).toMatchObject({ events: 5, malformed: 1 });
  });

  it("Meta's updates read twice count once, and what Meta says after --as-of is not known then", async () => {
    const update = (time: number, field: string, value: Record<string, unknown>) =>
      JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', time, changes: [{ field, value }] }] });
    const t0 = Date.UTC(2026, 2, 2, 9) / 1000;
    const lines = [
      ev({ message_id: 'm1' }),
      update(t0, 'message_template_quality_update', { previous_quality_score: 'GREEN', new_quality_score: 'YELLOW', message_template_id: 42, message_template_name: 't', message_template_language: 'fr' }),
      update(t0 + 3600, 'message_template_status_update', { event: 'APPROVED', message_template_id: 42, message_template_name: 't', message_template_language: 'fr', message_template_category: 'MARKETING' }),
    ];
    const twice = json((await quality({ 'u.jsonl': [...lines, ...lines].join('\n') }, ['u.jsonl', '-f', 'json'])).stdout);
    expect(twice.input.duplicates).toBe(3);
    expect(twice.templates[0]!.observed).toMatchObject({ rating: 'YELLOW', status: 'APPROVED' });
    expect(twice.templates[0]!.category).toBe('MARKETING');
    const before = json((await quality({ 'u.jsonl': lines.join('\n') }, ['u.jsonl', '-f', 'json', '--as-of', '2026-03-02T09:30:00Z'])).stdout);
    expect(before.templates[0]!.category).toBeNull();
    expect(before.templates[0]!.observed).toMatchObject({ rating: 'YELLOW', status: null });
    const earlier = json((await quality({ 'u.jsonl': lines.slice(1).join('\n') }, ['u.jsonl', '-f', 'json', '--as-of', '2026-03-01T00:00:00Z'])).stdout);
    expect(earlier.templates).toEqual([]);
  });

  it('cannot write the report: exit 2 with the reason, no stack trace', async () => {
    const run = await quality({ 'a.jsonl': GOOD.join('\n'), 'taken': 'a file, not a folder' }, ['a.jsonl', '-o', 'taken/report.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write taken\/report\.json/);
    expectNoStack(run);
  });
});
