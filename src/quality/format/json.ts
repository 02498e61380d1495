import type { QualityReport } from '../report.js';

/** The JSON contract of `wabalint quality --format json` (issue 5): hourly points only when they were kept. */
export function formatQualityJson(report: QualityReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
