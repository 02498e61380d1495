/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
 *
 * - One run; `tool.driver` names wabalint and describes every rule that has a result (`rules`, from
 *   `context.rules`: summary, docs URL, default level from the `recommended` preset — or, for a rule
 *   the preset leaves off, the highest level it was reported at).
 * - Locations are relative to `%SRCROOT%` (the working directory, given in `originalUriBaseIds`),
 *   with `/` and percent-encoding, so they are stable across machines; a file outside the working
 *   directory gets an absolute `file:` URI. Columns are UTF-16 code units (`columnKind`).
 * - `partialFingerprints["wabalint/v1"]` hashes rule id, file, JSON Pointer and message — no line
 *   numbers — plus an occurrence count for identical keys, so moving a template does not reopen alerts.
 *   (`upload-sarif` still adds its own `primaryLocationLineHash`, which hashes line text, not numbers.)
 * - Problems without a rule id become results of pseudo rules (`wabalint/fatal`, `wabalint/core`), so a
 *   file that cannot be parsed shows up as an alert at its location; a fatal problem is also a
 *   `toolExecutionNotifications` entry, since no rule could run on that file.
 * - Info messages (level `note`) appear only with `--verbose`.
 */

import { createHash } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DOCS_BASE } from '../engine/create-rule.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { Formatter, RuleMeta } from './types.js';
import { PSEUDO_RULES, displayRuleId, isPseudoPath, relativePath, severityName, visibleMessages, type SeverityName } from './shared.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'wabalint/v1';
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<SeverityName, Level> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Level, number> = { note: 0, warning: 1, error: 2 };
const RECOMMENDED: Record<Exclude<RuleMeta['recommended'], false>, Level> = { error: 'error', warn: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `?`, `%`, `:`, non-ASCII). */
export function pathToUriReference(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation | undefined {
  if (isPseudoPath(filePath)) return undefined;
  const relative = relativePath(filePath, cwd);
  if (relative !== undefined) return { uri: pathToUriReference(relative), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(isAbsolute(filePath) ? filePath : join(cwd, filePath)).href };
}

function region(d: Diagnostic): Sarif.Region {
  if (!(d.line >= 1)) return { startLine: 1 };
  const r: Sarif.Region = { startLine: d.line };
  if (d.column >= 1) r.startColumn = d.column;
  const endLine = d.endLine >= d.line ? d.endLine : d.line;
  r.endLine = endLine;
  if (d.column >= 1 && d.endColumn >= 1 && (endLine > d.line || d.endColumn >= d.column)) r.endColumn = d.endColumn;
  return r;
}

function fingerprint(ruleId: string, uri: string, pointer: string, message: string): string {
  return createHash('sha256').update([ruleId, uri, pointer, message].join('\u0000')).digest('hex').slice(0, 32);
}

function descriptor(id: string, meta: RuleMeta | undefined, observed: Level, url: string | undefined): Sarif.ReportingDescriptor {
  const pseudo = Object.values(PSEUDO_RULES).find((p) => p.id === id);
  const summary = meta?.summary ?? pseudo?.summary;
  const helpUri = meta?.url ?? url;
  const d: Sarif.ReportingDescriptor = { id };
  if (summary) d.shortDescription = { text: summary };
  if (helpUri) d.helpUri = helpUri;
  if (summary || helpUri) {
    const text = [summary, helpUri && `Documentation: ${helpUri}`].filter(Boolean).join('\n\n');
    const markdown = [summary, helpUri && `[Documentation](${helpUri})`].filter(Boolean).join('\n\n');
    d.help = { text, markdown };
  }
  const level = meta && meta.recommended !== false ? RECOMMENDED[meta.recommended] : pseudo?.id === PSEUDO_RULES.fatal.id ? 'error' : observed;
  d.defaultConfiguration = { level };
  d.properties = { tags: [meta?.kind ?? 'wabalint'] };
  return d;
}

export const sarif: Formatter = (results, context) => {
  interface Pending {
    d: Diagnostic;
    ruleId: string;
    location: Sarif.ArtifactLocation | undefined;
  }
  const pending: Pending[] = [];
  const observed = new Map<string, Level>();
  const urls = new Map<string, string>();
  for (const result of results) {
    const location = artifactLocation(result.filePath, context.cwd);
    for (const d of visibleMessages(result.messages, context.verbose)) {
      const ruleId = displayRuleId(d);
      const level = LEVEL[severityName(d)];
      const seen = observed.get(ruleId);
      if (seen === undefined || RANK[level] > RANK[seen]) observed.set(ruleId, level);
      if (d.url && !urls.has(ruleId)) urls.set(ruleId, d.url);
      pending.push({ d, ruleId, location });
    }
  }

  const ids = [...observed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => descriptor(id, context.rules.get(id), observed.get(id)!, urls.get(id)));

  const occurrences = new Map<string, number>();
  const notifications: Sarif.Notification[] = [];
  const sarifResults = pending.map(({ d, ruleId, location }): Sarif.Result => {
    const locations: Sarif.Location[] = location ? [{ physicalLocation: { artifactLocation: location, region: region(d) } }] : [];
    const key = fingerprint(ruleId, location?.uri ?? '', d.pointer, d.message);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const r: Sarif.Result = {
      ruleId,
      ruleIndex: index.get(ruleId)!,
      level: LEVEL[severityName(d)],
      message: { text: d.message },
      locations,
      partialFingerprints: { [FINGERPRINT_KEY]: `${key}:${occurrence}` },
    };
    const properties: Record<string, unknown> = {};
    if (d.pointer) properties.pointer = d.pointer;
    if (d.template?.name !== undefined) properties.template = d.template.name;
    if (d.template?.language !== undefined) properties.language = d.template.language;
    if (Object.keys(properties).length > 0) r.properties = properties;
    if (d.fatal) {
      notifications.push({
        level: 'error',
        message: { text: d.message },
        locations,
        descriptor: { id: PSEUDO_RULES.fatal.id },
      });
    }
    return r;
  });

  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wabalint',
            version: context.toolVersion,
            ...(/^\d+\.\d+\.\d+/.test(context.toolVersion) ? { semanticVersion: context.toolVersion } : {}),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
