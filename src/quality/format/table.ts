import pc from 'picocolors';
import type { QualityReport, Rating, Status, TemplateQuality } from '../report.js';

export interface TableOptions {
  readonly color: boolean;
  /** Show every timeline entry, not only the last. */
  readonly verbose?: boolean;
}

type Paint = (s: string) => string;

function painter(color: boolean): Record<Rating | Status | 'dim' | 'bold', Paint> {
  const c = pc.createColors(color);
  return { GREEN: c.green, YELLOW: c.yellow, RED: c.red, UNKNOWN: c.dim, ACTIVE: (s) => s, PAUSED: c.magenta, DISABLED: (s) => c.bold(c.red(s)), dim: c.dim, bold: c.bold };
}

const percent = (x: number): string => `${(x * 100).toFixed(2)}%`;

function forecastCell(t: TemplateQuality): string {
  const f = t.forecast;
  if (t.status === 'DISABLED') return '—';
  if (f.blocksToYellow === null && f.blocksToRed === null) return t.rating === 'UNKNOWN' || t.window.delivered < 1 ? 'not enough signal' : 'too few deliveries to say';
  const parts: string[] = [];
  if (t.rating === 'GREEN' && f.blocksToYellow !== null) parts.push(`${f.blocksToYellow} block${f.blocksToYellow === 1 ? '' : 's'} → YELLOW`);
  if (t.rating !== 'RED' && f.blocksToRed !== null) parts.push(`${f.blocksToRed} → RED`);
  if (f.eta) parts.push(`${f.etaRating} by ${f.eta.slice(0, 16).replace('T', ' ')} at this pace`);
  return parts.join(', ') || '—';
}

function pad(s: string, width: number, visible = s.length): string {
  return s + ' '.repeat(Math.max(0, width - visible));
}

/** A terminal table: one line per template, worst first, with why it stands there and what comes next. */
export function formatQualityTable(report: QualityReport, options: TableOptions): string {
  const p = painter(options.color);
  const lines: string[] = [];
  const headers = ['TEMPLATE', 'LANG', 'RATING', 'STATUS', 'PAUSES', 'DELIVERED', 'NEGATIVE', 'META SAID', 'FORECAST'];
  const rows = report.templates.map((t) => [
    t.name,
    t.language || '-',
    t.rating,
    t.status === 'PAUSED' && t.pausedUntil ? `PAUSED until ${t.pausedUntil.slice(11, 16)}` : t.status,
    String(t.pauses),
    String(t.window.delivered),
    percent(t.window.negativeRate),
    t.observed?.rating ?? '-',
    forecastCell(t),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  lines.push(p.bold(headers.map((h, i) => pad(h, widths[i]!)).join('  ').trimEnd()));
  report.templates.forEach((t, k) => {
    const r = rows[k]!;
    const cells = r.map((cell, i) => {
      const padded = pad(cell, widths[i]!);
      if (i === 2) return p[t.rating](padded);
      if (i === 3) return p[t.status](padded);
      return padded;
    });
    lines.push(cells.join('  ').trimEnd());
    const why = options.verbose ? t.timeline : t.timeline.slice(-1);
    if (t.rating !== 'GREEN' || t.status !== 'ACTIVE' || options.verbose) {
      for (const entry of why) lines.push(p.dim(`    ${entry.time.slice(0, 16).replace('T', ' ')}  ${entry.reason}`));
    }
  });
  if (report.templates.length === 0) lines.push(p.dim('no template events in the input'));
  const i = report.input;
  lines.push('');
  lines.push(
    `${i.lines} lines, ${i.events} events` +
      [
        [i.skipped, 'skipped'],
        [i.duplicates, 'duplicates'],
        [i.unattributed, 'unattributed'],
        [i.unknownTemplates, 'for unknown template ids'],
        [i.outOfOrder, 'out of order (counted)'],
        [i.afterAsOf, 'after --as-of'],
      ]
        .filter(([n]) => Number(n) > 0)
        .map(([n, what]) => `, ${n} ${what}`)
        .join('') +
      (report.asOf ? `; as of ${report.asOf}` : ''),
  );
  for (const issue of i.issues.slice(0, 5)) lines.push(p.dim(`  ${issue.file}:${issue.line}  ${issue.kind}: ${issue.message}`));
  if (i.issues.length > 5) lines.push(p.dim(`  … and more (--format json lists ${i.issues.length})`));
  lines.push(p.dim(report.disclaimer));
  return lines.join('\n') + '\n';
}
