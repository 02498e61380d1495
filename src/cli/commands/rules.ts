import type { AnyRule } from '../../engine/create-rule.js';
import type { CliIo } from '../io.js';

export interface RulesArgs {
  readonly format: 'table' | 'json';
}

function row(rule: AnyRule): Record<string, string> {
  return {
    id: rule.id,
    kind: rule.kind,
    recommended: rule.recommended || 'off',
    fixable: rule.fixable ? 'fix' : rule.suggest ? 'suggest' : '',
    summary: rule.summary,
  };
}

/** A plain text table: padded columns, no borders, so it reads in a terminal and diffs cleanly. */
export function rulesTable(list: readonly AnyRule[]): string {
  const rows = list.map(row);
  const headers = { id: 'rule', kind: 'kind', recommended: 'recommended', fixable: 'fixable', summary: 'summary' };
  const keys = Object.keys(headers) as Array<keyof typeof headers>;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(headers[k].length, ...rows.map((r) => r[k]!.length))]));
  const line = (r: Record<string, string>) =>
    keys
      .map((k, i) => (i === keys.length - 1 ? r[k]! : r[k]!.padEnd(width[k]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export async function runRules(args: RulesArgs, io: CliIo): Promise<number> {
  const { rules: builtInRules } = await import('../../../rules/index.js');
  const list = Object.values(builtInRules).sort((a, b) => a.id.localeCompare(b.id));
  if (args.format === 'json') {
    const data = list.map((r) => ({ id: r.id, kind: r.kind, summary: r.summary, recommended: r.recommended, fixable: !!r.fixable, suggest: !!r.suggest, url: r.url }));
    io.stdout.write(JSON.stringify(data, null, 2) + '\n');
  } else io.stdout.write(rulesTable(list));
  return 0;
}
