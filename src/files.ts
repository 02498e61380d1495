import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** What a directory is searched for. */
export const TEMPLATE_EXTENSIONS = ['json', 'jsonc', 'yaml', 'yml'] as const;

/**
 * JSON and YAML files that are never templates, skipped when walking directories. A file named on the command
 * line is always linted.
 */
export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/.git/**',
  '**/package.json',
  '**/package-lock.json',
  '**/tsconfig*.json',
  '**/jsconfig*.json',
  '**/wabalint.config.json',
  '**/.vscode/**',
  '**/.github/**',
  '**/*.sarif',
  '**/*.sarif.json',
];

export interface FoundFiles {
  readonly files: string[];
  /** Patterns or paths that matched nothing. */
  readonly unmatched: string[];
}

export async function findFiles(patterns: readonly string[], cwd: string, isIgnored: (path: string) => boolean = () => false): Promise<FoundFiles> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const extensions = `**/*.{${TEMPLATE_EXTENSIONS.join(',')}}`;
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let kind: 'file' | 'dir' | undefined;
    try {
      const info = await stat(absolute);
      kind = info.isDirectory() ? 'dir' : 'file';
    } catch {
      kind = undefined;
    }
    let found: string[];
    if (kind === 'file') found = [absolute];
    else if (kind === 'dir') {
      found = (await glob(extensions, { cwd: absolute, absolute: true, ignore: DEFAULT_IGNORES, dot: false })).filter((f) => !isIgnored(f));
    } else if (isDynamicPattern(pattern)) {
      found = (await glob(pattern, { cwd, absolute: true, ignore: DEFAULT_IGNORES, dot: false })).filter((f) => !isIgnored(f));
    } else found = [];
    if (found.length === 0) unmatched.push(pattern);
    for (const f of found) files.add(resolve(f));
  }
  return { files: [...files].sort(), unmatched };
}
