import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `dictionaries/` holds word lists and lexicons as data: one entry per line, `#` starts a comment line.
 * This module finds the folder from the source tree (tests) and from the compiled tree (dist/src/).
 */
function findDictionaries(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'dictionaries');
    try {
      readFileSync(join(candidate, 'README.md'));
      return candidate;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('wabalint: cannot find the dictionaries/ folder next to the package');
}

let root: string | undefined;
const cache = new Map<string, readonly string[]>();

/** Entries of `dictionaries/<name>`, trimmed, without blank and comment lines; read once per process. */
export function loadList(name: string): readonly string[] {
  let list = cache.get(name);
  if (list) return list;
  root ??= findDictionaries();
  list = readFileSync(join(root, name), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  cache.set(name, list);
  return list;
}

export function loadSet(name: string): ReadonlySet<string> {
  return new Set(loadList(name));
}
