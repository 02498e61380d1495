import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatQualityHtml, MAX_BARS, MAX_POINTS } from '../../src/quality/format/html.js';
import { DEFAULT_PARAMS } from '../../src/quality/params.js';
import { DISCLAIMER, type HourPoint, type QualityReport, type Rating, type Status, type TemplateQuality } from '../../src/quality/report.js';

// ---------------------------------------------------------------------------------------------------------------
// Reports built by hand

const HOUR = 3_600_000;
const START = Date.UTC(2026, 2, 1); // 2026-03-01T00:00Z
const { yellowRate, redRate } = DEFAULT_PARAMS;
const SCRIPT_NAME = '<script>alert(1)</script>';
const SCRIPT_REASON = '<img src=x onerror=alert(2)> crossed "RED" & more';

function ratingOf(rate: number): Rating {
  return rate >= redRate ? 'RED' : rate >= yellowRate ? 'YELLOW' : 'GREEN';
}

/** `count` hours, the first ending at START + 1 h; `at(i)` overrides the defaults of hour i. */
function hours(count: number, at: (i: number) => Partial<HourPoint> & { negativeRate: number }): HourPoint[] {
  return Array.from({ length: count }, (_, i) => {
    const o = at(i);
    return {
      time: new Date(START + (i + 1) * HOUR).toISOString(),
      rating: ratingOf(o.negativeRate),
      status: 'ACTIVE' as Status,
      delivered: 500,
      blocked: 0,
      reported: 0,
      optedOut: 0,
      ...o,
    };
  });
}

function template(partial: Partial<TemplateQuality> & Pick<TemplateQuality, 'name' | 'language'>): TemplateQuality {
  return {
    category: 'UTILITY',
    rating: 'GREEN',
    status: 'ACTIVE',
    pauses: 0,
    pausedUntil: null,
    window: { delivered: 12_000, read: 9_000, blocked: 12, reported: 1, optedOut: 3, negativeRate: 0.0031 },
    timeline: [],
    forecast: { blocksToYellow: 84, blocksToRed: 270, eta: null, etaRating: null },
    observed: null,
    ...partial,
  };
}

/** GREEN all along, a few blocks. */
const green = template({
  name: 'order_update',
  language: 'en_US',
  timeline: [{ time: iso(10), rating: 'GREEN', status: 'ACTIVE', reason: '100 deliveries: rated' }],
  observed: { rating: 'GREEN', ratingTime: iso(40), status: 'APPROVED', statusTime: iso(1) },
  hours: hours(72, (i) => ({
    negativeRate: 0.002 + 0.001 * Math.sin(i / 5),
    rating: i < 10 ? 'UNKNOWN' : ratingOf(0.002),
    blocked: i === 30 ? 1 : i === 50 ? 3 : 0,
  })),
});

/** Paused for 3 h (hours 18–20) and 6 h (36–41), DISABLED from hour 60. */
function promoRate(i: number): number {
  if (i < 10) return 0;
  if (i < 18) return 0.005 + (i - 10) * 0.004;
  if (i < 21) return 0.035 - (i - 18) * 0.002;
  if (i < 36) return 0.01 + (i - 21) * 0.0015;
  if (i < 42) return 0.03;
  if (i < 60) return 0.028 + (i - 42) * 0.001;
  return 0.05;
}
function promoStatus(i: number): Status {
  return (i >= 18 && i < 21) || (i >= 36 && i < 42) ? 'PAUSED' : i >= 60 ? 'DISABLED' : 'ACTIVE';
}
const disabled = template({
  name: 'promo_blast',
  language: 'en',
  category: 'MARKETING',
  rating: 'RED',
  status: 'DISABLED',
  pauses: 2,
  window: { delivered: 8_000, read: 1_900, blocked: 310, reported: 40, optedOut: 55, negativeRate: 0.0512 },
  forecast: { blocksToYellow: 0, blocksToRed: 0, eta: null, etaRating: null },
  timeline: [
    { time: iso(13), rating: 'YELLOW', status: 'ACTIVE', reason: 'negative rate 1.70 % ≥ 1.00 %' },
    { time: iso(17), rating: 'RED', status: 'ACTIVE', reason: 'negative rate 3.30 % ≥ 2.50 %' },
    { time: iso(18), rating: 'RED', status: 'PAUSED', reason: 'RED while ACTIVE: first pause, 3 h' },
    { time: iso(21), rating: 'YELLOW', status: 'ACTIVE', reason: 'pause over' },
    { time: iso(36), rating: 'RED', status: 'PAUSED', reason: 'RED while ACTIVE: second pause, 6 h' },
    { time: iso(42), rating: 'RED', status: 'ACTIVE', reason: 'pause over' },
    { time: iso(60), rating: 'RED', status: 'DISABLED', reason: 'RED after the last pause' },
  ],
  observed: { rating: 'YELLOW', ratingTime: iso(14), status: 'PAUSED', statusTime: iso(19) },
  hours: hours(96, (i) => ({
    negativeRate: promoRate(i),
    rating: i < 10 ? 'UNKNOWN' : ratingOf(promoRate(i)),
    status: promoStatus(i),
    blocked: i >= 10 && i % 3 === 0 ? 1 + (i % 7) : 0,
    reported: i >= 10 && i % 5 === 0 ? 2 : 0,
    optedOut: i >= 10 && i % 4 === 0 ? 1 : 0,
  })),
});

const noHours = template({ name: 'welcome', language: 'fr', rating: 'UNKNOWN', forecast: { blocksToYellow: null, blocksToRed: null, eta: null, etaRating: null } });
const emptyHours = template({ name: 'reminder', language: 'de', rating: 'UNKNOWN', hours: [] });

const hostile = template({
  name: SCRIPT_NAME,
  language: 'pt_BR',
  category: 'MARKETING',
  rating: 'YELLOW',
  timeline: [{ time: iso(30), rating: 'YELLOW', status: 'ACTIVE', reason: SCRIPT_REASON }],
  forecast: { blocksToYellow: 0, blocksToRed: 41, eta: iso(80), etaRating: 'RED' },
  hours: hours(48, (i) => ({ negativeRate: 0.004 + i * 0.0003, blocked: i % 6 === 0 ? 2 : 0 })),
});

/** 5,000 hours, one spike: thinned for the chart. */
const SPIKE_HOUR = 3_333;
const long = template({
  name: 'bulk_daily',
  language: 'en',
  hours: hours(5_000, (i) => ({
    negativeRate: i === SPIKE_HOUR ? 0.09 : 0.004 + 0.002 * Math.sin(i / 17),
    blocked: i % 7 === 0 ? 1 : 0,
    reported: i % 11 === 0 ? 1 : 0,
    optedOut: 1,
  })),
});

function iso(hour: number): string {
  return new Date(START + hour * HOUR).toISOString();
}

function report(templates: TemplateQuality[]): QualityReport {
  return {
    asOf: iso(96),
    input: {
      lines: 123_456,
      events: 120_001,
      skipped: 3_455,
      duplicates: 77,
      unattributed: 12,
      unknownTemplates: 3,
      malformed: 2,
      unknownEvents: 1,
      late: 0,
      outOfOrder: 5,
      afterAsOf: 0,
      issues: [{ file: 'events<1>.jsonl', line: 7, kind: 'malformed', message: 'Unexpected token <b> in JSON' }],
    },
    templates,
    params: DEFAULT_PARAMS,
    disclaimer: DISCLAIMER,
  };
}

const ALL = [green, disabled, noHours, emptyHours, hostile, long];
const HTML = formatQualityHtml(report(ALL));

/** The section of one template (name/lang as in data-template, escaped). */
function section(html: string, key: string): string {
  const open = new RegExp(`<section class="template" id="t\\d+" data-template="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`).exec(html);
  if (!open) throw new Error(`no section for ${key}`);
  return html.slice(open.index, html.indexOf('</section>', open.index));
}

function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

const ESCAPED_NAME = '&lt;script&gt;alert(1)&lt;/script&gt;';

// ---------------------------------------------------------------------------------------------------------------
// (a) The page as a string

describe('formatQualityHtml: the page as text', () => {
  it('escapes user text everywhere: names, reasons, file names, messages', () => {
    expect(HTML).not.toContain(SCRIPT_NAME);
    expect(HTML).not.toContain('<img');
    expect(HTML).not.toContain('<b>');
    expect(HTML).toContain(`<span class="name">${ESCAPED_NAME}</span>`);
    expect(HTML).toContain(`data-template="${ESCAPED_NAME}/pt_BR"`);
    expect(HTML).toContain('&lt;img src=x onerror=alert(2)&gt; crossed &quot;RED&quot; &amp; more');
    expect(HTML).toContain('events&lt;1&gt;.jsonl:7');
    expect(HTML).toContain('Unexpected token &lt;b&gt; in JSON');
    // An attribute cannot be closed early by a name or a language.
    const odd = formatQualityHtml(report([template({ name: `a" onload="alert(3)`, language: `x' y` })]));
    expect(odd).not.toMatch(/" onload="/);
    expect(odd).toContain('data-template="a&quot; onload=&quot;alert(3)/x&#39; y"');
  });

  it('is self-contained: no script, no external stylesheet, font, image or link', () => {
    expect(HTML).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(HTML).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(HTML).not.toMatch(/<[^>]*\s(?:src|href)\s*=\s*(?!["']?#)/i); // only in-page anchors
    expect(HTML).not.toMatch(/https?:\/\//);
    expect(count(HTML, /<style>/)).toBe(1);
    expect(HTML).toContain('prefers-color-scheme:dark');
  });

  it('has a header: as-of time, input counts, the disclaimer, a summary row per template', () => {
    expect(HTML).toContain('<title>Template quality as of 2026-03-05 00:00 UTC</title>');
    expect(HTML).toContain('<h1>Template quality as of <time datetime="2026-03-05T00:00:00.000Z">2026-03-05 00:00 UTC</time></h1>');
    for (const [key, label, value] of [
      ['lines', 'lines read', '123,456'],
      ['events', 'events', '120,001'],
      ['skipped', 'skipped', '3,455'],
      ['duplicates', 'duplicates', '77'],
      ['unattributed', 'unattributed', '12'],
      ['outOfOrder', 'out of order', '5'],
    ]) {
      expect(HTML).toContain(`<div data-count-of="${key}"><dt>${label}</dt><dd>${value}</dd></div>`);
    }
    expect(HTML).toMatch(/<p class="disclaimer" role="note">[^<]*<strong>[^<]+<\/strong> Estimates from wabalint&#39;s model/);
    expect(HTML).toContain(DISCLAIMER.replace(/'/g, '&#39;'));
    expect(count(HTML, /<tr><td><a href="#t\d+">/)).toBe(ALL.length);
    expect(HTML).toContain('6 templates: 2 GREEN, 1 YELLOW, 1 RED, 2 UNKNOWN; 5 ACTIVE, 1 DISABLED.');
  });

  it('gives each template a section: badges, counts, negative rate in %, forecast, Meta’s word, timeline', () => {
    expect(count(HTML, /<section class="template"/)).toBe(ALL.length);
    const s = section(HTML, 'promo_blast/en');
    expect(s).toContain('<span class="badge rating rating-red">RED</span> <span class="badge status status-disabled">DISABLED</span>');
    expect(s).toContain('<span class="category">MARKETING</span>');
    expect(s).toContain('<dt>pauses</dt><dd>2</dd>');
    expect(s).toContain('<dt>negative rate</dt><dd>5.12\u00a0%</dd>');
    expect(s).toContain('Disabled: the template can no longer be sent; nothing more to forecast.');
    expect(s).toMatch(/Meta’s last word: rating <span class="badge rating rating-yellow">YELLOW<\/span> at <time[^>]*>2026-03-01 14:00 UTC<\/time> <span class="differs">/);
    expect(s).toContain('status <span class="badge observed-status">PAUSED</span>');
    expect(count(s, /<tr><td><time/)).toBe(7);
    expect(s).toContain('<td>RED while ACTIVE: second pause, 6 h</td>');

    const h = section(HTML, `${ESCAPED_NAME}/pt_BR`);
    expect(h).toMatch(/reaches <span class="badge rating rating-red">RED<\/span> at <time datetime="2026-03-04T08:00:00.000Z">/);
    expect(h).toContain('<dt>blocks to RED</dt><dd>41</dd>');

    const w = section(HTML, 'welcome/fr');
    expect(w).toContain('<dt>blocks to YELLOW</dt><dd>unknown while the rating is UNKNOWN</dd>');
    expect(w).toContain('Meta’s rating and status: none in the input.');
    expect(w).toContain('Timeline: no change of rating or status.');

    const p = formatQualityHtml(report([template({ name: 'p', language: 'en', status: 'PAUSED', pauses: 1, pausedUntil: iso(30) })]));
    expect(p).toContain('<dt>paused until</dt><dd><time datetime="2026-03-02T06:00:00.000Z">2026-03-02 06:00 UTC</time></dd>');
  });

  it('says "no hourly data" when hours are missing or empty, and draws no chart for them', () => {
    for (const key of ['welcome/fr', 'reminder/de']) {
      const s = section(HTML, key);
      expect(s).toMatch(/no hourly data/i);
      expect(s).not.toContain('<svg');
    }
    expect(count(HTML, /<svg class="chart"/)).toBe(4);
  });

  it('draws the chart elements with stable classes: bands, line, pauses, disabled mark, markers', () => {
    const s = section(HTML, 'promo_blast/en');
    for (const c of ['green', 'yellow', 'red']) expect(count(s, new RegExp(`class="band band-${c}"`))).toBe(1);
    expect(count(s, /class="rate-line"/)).toBe(1);
    expect(count(s, /<rect class="pause"/)).toBe(2);
    expect(s).toContain('data-from="2026-03-01T18:00:00.000Z" data-to="2026-03-01T21:00:00.000Z"');
    expect(s).toContain('data-from="2026-03-02T12:00:00.000Z" data-to="2026-03-02T18:00:00.000Z"');
    expect(count(s, /class="disabled-mark" data-from="2026-03-03T12:00:00.000Z"/)).toBe(1);
    expect(count(s, /class="marker marker-blocked" [^>]*data-count="\d+"/)).toBe(disabled.hours!.filter((h) => h.blocked > 0).length);
    expect(count(s, /class="marker marker-reported"/)).toBe(disabled.hours!.filter((h) => h.reported > 0).length);
    expect(count(s, /class="marker marker-opted-out"/)).toBe(disabled.hours!.filter((h) => h.optedOut > 0).length);
    expect(s).toContain('data-count="7"'); // hour 27: 1 + 27 % 7
    expect(count(s, /<rect class="unknown"/)).toBe(1);
    expect(count(section(HTML, 'order_update/en_US'), /class="(?:pause|disabled-mark)"/)).toBe(0);
    // Axes: % on y, dates on x.
    expect(s).toMatch(/<text class="y-tick"[^>]*>5\u00a0%<\/text>/);
    expect(s).toMatch(/<text class="x-tick x-date"[^>]*>2026-03-01<\/text>/);
  });

  it('keeps the y scale sensible: at least 1.5 × redRate, and the data’s maximum', () => {
    const yMax = (key: string): number => Number(/data-y-max="([\d.]+)"/.exec(section(HTML, key))![1]);
    expect(yMax('order_update/en_US')).toBeGreaterThanOrEqual(1.5 * redRate);
    expect(yMax('order_update/en_US')).toBeLessThanOrEqual(3 * redRate);
    expect(yMax('promo_blast/en')).toBeGreaterThanOrEqual(0.05);
    expect(yMax('promo_blast/en')).toBeLessThan(0.08);
    expect(yMax('bulk_daily/en')).toBeGreaterThanOrEqual(0.09); // the spike survived the thinning
  });

  it(`thins long series: at most ${MAX_POINTS} line points and ${MAX_BARS} bars per lane`, () => {
    const s = section(HTML, 'bulk_daily/en');
    expect(s).toContain('data-hours="5000"');
    const d = /class="rate-line" d="([^"]+)"/.exec(s)![1]!;
    const vertices = count(d, /[ML]/);
    expect(vertices).toBeLessThanOrEqual(MAX_POINTS);
    expect(vertices).toBeGreaterThan(MAX_POINTS / 2);
    expect(s).toContain(`data-points="${vertices}"`);
    for (const kind of ['blocked', 'reported', 'opted-out']) {
      expect(count(s, new RegExp(`class="marker marker-${kind}"`))).toBeLessThanOrEqual(MAX_BARS);
    }
    const counts = [...s.matchAll(/class="marker marker-opted-out"[^>]*data-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5_000); // every hour counted once
    expect(s).toMatch(/<figcaption class="chart-note">5,000 hours: /);
  });

  it('stays a reasonable size for hundreds of templates with a month of hours each', () => {
    const many = Array.from({ length: 300 }, (_, k) =>
      template({
        name: `template_${k}`,
        language: 'en',
        hours: hours(720, (i) => ({ negativeRate: 0.003 + 0.003 * Math.sin((i + k) / 9), blocked: 1 + (i % 3), reported: i % 2, optedOut: 1, status: i % 100 < 5 ? 'PAUSED' : 'ACTIVE' })),
      }),
    );
    const started = performance.now();
    const html = formatQualityHtml(report(many));
    expect(performance.now() - started).toBeLessThan(10_000); // under 1 s here
    expect(count(html, /<svg class="chart"/)).toBe(300);
    expect(html.length / 1e6).toBeLessThan(30); // MB (25 now), every hour with feedback of every kind: the worst case
  });
});

// ---------------------------------------------------------------------------------------------------------------
// (b) What Chromium draws

const SKIP_BROWSER = process.env.WABALINT_SKIP_BROWSER === '1';
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** WABALINT_CHROMIUM, else the first of BROWSERS on PATH. */
function findBrowser(): string | null {
  const explicit = process.env.WABALINT_CHROMIUM;
  if (explicit) return explicit;
  for (const name of BROWSERS) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Test-only code, injected into a copy of the page: alerts are counted, then everything drawn is measured. */
const PROBE_HEAD = '<script>window.__alerts = 0; window.alert = () => { window.__alerts++; };</script>';
const PROBE_BODY = `<pre id="measure"></pre><script>
(() => {
  const box = (el) => { const b = el.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height }; };
  const client = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const out = {
    alerts: window.__alerts,
    scripts: document.scripts.length,
    names: [...document.querySelectorAll('section.template h2 .name')].map((e) => e.textContent),
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    viewport: { width: innerWidth, height: innerHeight, dpr: devicePixelRatio },
    charts: [],
    sample: null,
  };
  for (const svg of document.querySelectorAll('svg[data-template]')) {
    const vb = svg.viewBox.baseVal;
    const line = svg.querySelector('.rate-line');
    out.charts.push({
      template: svg.dataset.template,
      viewBox: { x: vb.x, y: vb.y, width: vb.width, height: vb.height },
      client: client(svg),
      plot: box(svg.querySelector('rect.plot')),
      bands: Object.fromEntries(['green', 'yellow', 'red'].map((c) => [c, box(svg.querySelector('.band-' + c))])),
      line: line ? { length: line.getTotalLength(), box: box(line) } : null,
      pauses: [...svg.querySelectorAll('.pause')].map(box),
      disabled: [...svg.querySelectorAll('.disabled-mark')].map((g) => ({ ...box(g), label: g.textContent })),
      lanes: Object.fromEntries([...svg.querySelectorAll('rect.lane')].map((l) => [l.classList[1].slice(5), box(l)])),
      markers: [...svg.querySelectorAll('.marker')].map((m) => ({ kind: m.classList[1].slice(7), count: Number(m.dataset.count), ...box(m) })),
      texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, ...box(t) })),
    });
  }
  // A pixel inside the first pause of the paused template where nothing but the pause covers the band, and a
  // pixel on the same row before it where the band is bare, with the colours the styles give them.
  const svg = document.querySelector('svg[data-template="promo_blast/en"]');
  const pause = svg && svg.querySelector('.pause');
  if (pause) {
    const top = (x, y) => document.elementsFromPoint(x, y);
    const bare = (x, y, el) => [[0, 0], [-2, 0], [2, 0], [0, -2], [0, 2]].every(([dx, dy]) => top(x + dx, y + dy)[0] === el);
    const r = pause.getBoundingClientRect();
    const plot = svg.querySelector('rect.plot').getBoundingClientRect();
    search: for (let fy = 0.1; fy < 0.95; fy += 0.05) {
      const y = Math.floor(r.y + r.height * fy) + 0.5;
      for (let fx = 0.3; fx <= 0.7; fx += 0.1) {
        const x = Math.floor(r.x + r.width * fx) + 0.5;
        if (!bare(x, y, pause)) continue;
        const band = top(x, y).find((e) => e.classList.contains('band'));
        for (let rx = Math.floor(plot.x) + 4.5; rx < r.x - 4; rx += 3) {
          if (!bare(rx, y, band)) continue;
          const ps = getComputedStyle(pause);
          out.sample = {
            inside: [x, y], outside: [rx, y], band: band.classList[1],
            bandFill: rgb(getComputedStyle(band).fill), pauseFill: rgb(ps.fill), pauseOpacity: Number(ps.fillOpacity),
          };
          break search;
        }
      }
    }
  }
  const bytes = new TextEncoder().encode(JSON.stringify(out));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  document.getElementById('measure').textContent = btoa(binary);
})();
</script>`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Measured {
  alerts: number;
  scripts: number;
  names: string[];
  overflowX: number;
  viewport: { width: number; height: number; dpr: number };
  charts: Array<{
    template: string;
    viewBox: Box;
    client: Box;
    plot: Box;
    bands: Record<'green' | 'yellow' | 'red', Box>;
    line: { length: number; box: Box } | null;
    pauses: Box[];
    disabled: Array<Box & { label: string }>;
    lanes: Record<string, Box>;
    markers: Array<Box & { kind: string; count: number }>;
    texts: Array<Box & { text: string }>;
  }>;
  sample: {
    inside: [number, number];
    outside: [number, number];
    band: string;
    bandFill: number[];
    pauseFill: number[];
    pauseOpacity: number;
  } | null;
}

const WINDOW = { width: 1280, height: 4000 };

const BROWSER = SKIP_BROWSER ? null : findBrowser();

describe.skipIf(SKIP_BROWSER)('formatQualityHtml: what Chromium draws', () => {
  it('has a Chromium to draw the page in', () => {
    if (!BROWSER) {
      throw new Error(
        `No Chromium found (looked for ${BROWSERS.join(', ')} on PATH, and WABALINT_CHROMIUM). ` +
          'Install it (Debian: apt-get install chromium), or set WABALINT_SKIP_BROWSER=1 to skip these tests locally.',
      );
    }
  });

  describe.skipIf(!BROWSER)('in Chromium', { timeout: 60_000 }, () => {
    let dir = '';
    let measured: Measured;
    let screenshot: Png;
    let chartOf: (key: string) => Measured['charts'][number];

    beforeAll(async () => {
      const browser = BROWSER!;
      dir = mkdtempSync(join(tmpdir(), 'wabalint-html-'));
      const page = join(dir, 'quality.html');
      const probed = HTML.replace('<head>', `<head>\n${PROBE_HEAD}`).replace('</body>', `${PROBE_BODY}\n</body>`);
      expect(probed.length).toBeGreaterThan(HTML.length);
      writeFileSync(page, probed);
      const png = join(dir, 'shot.png');
      const dom = await new Promise<string>((resolve, reject) => {
        execFile(
          browser,
          [
            '--headless',
            '--disable-gpu',
            '--no-sandbox',
            '--no-first-run',
            '--no-default-browser-check',
            '--disable-extensions',
            '--hide-scrollbars',
            '--force-device-scale-factor=1',
            '--force-color-profile=srgb',
            `--user-data-dir=${join(dir, 'profile')}`,
            `--window-size=${WINDOW.width},${WINDOW.height}`,
            `--screenshot=${png}`,
            '--dump-dom',
            pathToFileURL(page).href,
          ],
          { timeout: 50_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
          (error, stdout, stderr) => (error ? reject(new Error(`${browser} failed: ${error.message}\n${stderr.slice(-2000)}`)) : resolve(stdout)),
        );
      });
      const encoded = /<pre id="measure">([A-Za-z0-9+/=]+)<\/pre>/.exec(dom)?.[1];
      if (!encoded) throw new Error(`The probe wrote no measurements; the dumped DOM ends with:\n${dom.slice(-500)}`);
      measured = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Measured;
      screenshot = decodePng(readFileSync(png));
      chartOf = (key) => {
        const c = measured.charts.find((x) => x.template === key);
        if (!c) throw new Error(`no chart for ${key}`);
        return c;
      };
    }, 60_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('runs no injected code and shows the hostile name as text', () => {
      expect(measured.alerts).toBe(0);
      expect(measured.scripts).toBe(2); // the probe's two, nothing from the report
      expect(measured.names).toContain(SCRIPT_NAME);
      expect(measured.overflowX).toBeLessThanOrEqual(0);
    });

    it('draws a chart per template with hours, bands stacked GREEN, YELLOW, RED filling the plot', () => {
      expect(measured.charts.map((c) => c.template)).toEqual(['order_update/en_US', 'promo_blast/en', `${SCRIPT_NAME}/pt_BR`, 'bulk_daily/en']);
      for (const c of measured.charts) {
        expect(c.client.width).toBeGreaterThan(800);
        const { green, yellow, red } = c.bands;
        for (const b of [green, yellow, red]) {
          expect(b.height).toBeGreaterThan(10);
          expect(b.width).toBeCloseTo(c.plot.width, 3);
        }
        expect(red.y).toBeCloseTo(c.plot.y, 1);
        expect(red.y + red.height).toBeCloseTo(yellow.y, 1);
        expect(yellow.y + yellow.height).toBeCloseTo(green.y, 1);
        expect(green.y + green.height).toBeCloseTo(c.plot.y + c.plot.height, 1);
        // YELLOW spans yellowRate..redRate, GREEN 0..yellowRate: the ratio of their heights says the scale is linear.
        expect(yellow.height / green.height).toBeCloseTo((redRate - yellowRate) / yellowRate, 1);
      }
    });

    it('draws the rate line with a length, inside the plot', () => {
      for (const c of measured.charts) {
        expect(c.line, c.template).not.toBeNull();
        expect(c.line!.length).toBeGreaterThan(c.plot.width * 0.9);
        expect(inside(c.line!.box, c.plot, 1.5)).toBe(true);
      }
    });

    it('shades the two pauses of the paused template with real width, and marks its DISABLED hours', () => {
      const c = chartOf('promo_blast/en');
      expect(c.pauses).toHaveLength(2);
      const hourWidth = c.plot.width / 96;
      expect(c.pauses[0]!.width).toBeCloseTo(3 * hourWidth, 0);
      expect(c.pauses[1]!.width).toBeCloseTo(6 * hourWidth, 0);
      for (const p of c.pauses) {
        expect(p.height).toBeCloseTo(c.plot.height, 1);
        expect(inside(p, c.plot, 0.5)).toBe(true);
      }
      expect(c.pauses[0]!.x).toBeCloseTo(c.plot.x + 18 * hourWidth, 0);
      expect(c.disabled).toHaveLength(1);
      const d = c.disabled[0]!;
      expect(d.label).toContain('DISABLED');
      expect(d.x).toBeCloseTo(c.plot.x + 60 * hourWidth, 0);
      expect(d.width).toBeGreaterThanOrEqual(36 * hourWidth - 1);
      for (const other of measured.charts.filter((x) => x !== c)) {
        expect(other.disabled, other.template).toHaveLength(0);
        expect(other.pauses, other.template).toHaveLength(0);
      }
    });

    it('puts feedback markers in their own lanes, under the plot, taller for larger counts', () => {
      for (const c of measured.charts) {
        expect(Object.keys(c.lanes).sort()).toEqual(['blocked', 'opted-out', 'reported']);
        for (const lane of Object.values(c.lanes)) {
          expect(lane.x).toBeCloseTo(c.plot.x, 3);
          expect(lane.width).toBeCloseTo(c.plot.width, 3);
          expect(lane.y).toBeGreaterThanOrEqual(c.plot.y + c.plot.height);
        }
        for (const m of c.markers) {
          expect(m.width).toBeGreaterThan(0);
          expect(m.height).toBeGreaterThan(0);
          expect(inside(m, c.lanes[m.kind]!, 0.05), `${c.template} ${m.kind} marker ${JSON.stringify(m)} lane ${JSON.stringify(c.lanes[m.kind])}`).toBe(true);
        }
      }
      const markers = chartOf('promo_blast/en').markers.filter((m) => m.kind === 'blocked');
      expect(markers.length).toBeGreaterThan(10);
      const byCount = [...markers].sort((a, b) => a.count - b.count);
      for (let i = 1; i < byCount.length; i++) expect(byCount[i]!.height).toBeGreaterThanOrEqual(byCount[i - 1]!.height);
      expect(byCount[byCount.length - 1]!.height).toBeGreaterThan(byCount[0]!.height);
    });

    it('keeps every label inside its chart', () => {
      for (const c of measured.charts) {
        for (const t of c.texts) expect(inside(t, c.viewBox, 0), `${c.template}: "${t.text}" at ${JSON.stringify(t)}`).toBe(true);
      }
    });

    it('paints the pause shading: the pixels inside differ from the bare band, as the pause colour over it', () => {
      expect(screenshot.width).toBe(WINDOW.width);
      expect(measured.viewport.dpr).toBe(1); // CSS pixels are screenshot pixels
      const s = measured.sample;
      expect(s, 'no pixel found where only the pause covers a band').not.toBeNull();
      const [ix, iy] = s!.inside;
      const [ox, oy] = s!.outside;
      expect(iy).toBeLessThan(screenshot.height);
      const inPixel = screenshot.pixel(Math.floor(ix), Math.floor(iy));
      const outPixel = screenshot.pixel(Math.floor(ox), Math.floor(oy));
      const a = s!.pauseOpacity;
      const blended = s!.pauseFill.map((p, i) => p * a + s!.bandFill[i]! * (1 - a));
      expect(distance(outPixel, s!.bandFill), `bare ${s!.band} at ${ox},${oy}`).toBeLessThan(8);
      expect(distance(inPixel, blended), `pause at ${ix},${iy}`).toBeLessThan(8);
      expect(distance(inPixel, outPixel)).toBeGreaterThan(30);
    });
  });
});

function inside(b: Box, outer: Box, slack: number): boolean {
  return b.x >= outer.x - slack && b.y >= outer.y - slack && b.x + b.width <= outer.x + outer.width + slack && b.y + b.height <= outer.y + outer.height + slack;
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
}

// ---------------------------------------------------------------------------------------------------------------
// A PNG decoder for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced.

interface Png {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number];
}

function decodePng(buf: Buffer): Png {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let pos = 8; pos < buf.length; ) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? px[row + i - channels]! : 0;
      const b = y > 0 ? px[row - stride + i]! : 0;
      const c = i >= channels && y > 0 ? px[row - stride + i - channels]! : 0;
      const v = raw[src + i]!;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[row + i] = (v + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => {
      const o = y * stride + x * channels;
      return [px[o]!, px[o + 1]!, px[o + 2]!];
    },
  };
}
