import type { Diagnostic, Fix } from './diagnostic.js';

/**
 * Applies the fixes of one pass: sorted by position, each one skipped if it overlaps one already taken
 * (the next pass gets another chance at it, as in ESLint).
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < lastEnd || start < cursor) continue;
    // Two insertions at the same point would interleave unpredictably: keep the first.
    if (start === lastEnd && start === end && applied > 0) continue;
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  out += text.slice(cursor);
  return { text: out, applied };
}

export const MAX_FIX_PASSES = 10;
