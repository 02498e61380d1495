import { categoryFromName } from '../signals.js';
import { text, type EventStore } from '../store.js';
import { chunksOf, forEachLine, InputError } from './chunks.js';
import { csvColumns, splitCsvLine } from './csv.js';
import type { SentMessage } from './webhooks.js';

/**
 * The send log (`--sends`): one line per message sent, mapping the wamid Meta returned to the template. It is the
 * only way to know which template a `messages` status webhook is about. JSONL (`{"message_id"|"wamid","template",
 * "language","category"?}`) or CSV with those columns. Kept in memory whole: it is the join table.
 */
export async function readSendLog(paths: readonly string[], store: EventStore): Promise<Map<string, SentMessage>> {
  const sends = new Map<string, SentMessage>();
  for (const path of paths) {
    let columns: string[] | undefined;
    let delimiter = ',';
    let json: boolean | undefined;
    const file = store.fileIndex(path);
    await forEachLine(
      chunksOf(path),
      (b, s, e, line) => {
        const content = text(b, s, e).replace(/^\uFEFF/, '');
        json ??= content.trimStart().startsWith('{');
        let row: Record<string, unknown> | undefined;
        if (json) {
          try {
            row = JSON.parse(content) as Record<string, unknown>;
          } catch {
            row = undefined;
          }
        } else if (!columns) {
          ({ delimiter, names: columns } = csvColumns(content));
          return;
        } else {
          const cells = splitCsvLine(content, delimiter);
          row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
        }
        const id = row && String(row.message_id ?? row.wamid ?? row.id ?? '');
        const name = row && String(row.template ?? row.template_name ?? '');
        if (!row || !id || !name) return store.skip('malformed', file, line, 'send log line without a message id (message_id / wamid) and a template');
        const series = store.seriesByName(name, String(row.language ?? row.template_language ?? ''));
        const category = categoryFromName(String(row.category ?? ''));
        if (category && !series.category) series.category = category;
        if (row.template_id !== undefined) store.nameTemplateId(String(row.template_id), series.name, series.language);
        sends.set(id, { series });
      },
      (line) => {
        throw new InputError(`${path}:${line}: line too long for a send log`);
      },
    );
  }
  return sends;
}
