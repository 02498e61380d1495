// The speller as the benchmarks use it: src/language/speller.ts bundled on the fly into one ES module (as the CLI
// bundle carries it, no TypeScript at run time), over dist/dictionaries (built if missing or stale).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDictionaries } from '../scripts/build-dictionaries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the word lists and the speller module in a new scratch folder `tmp` (the caller removes it). */
export async function bundleSpeller(scratchPrefix) {
  const wordsDir = join(root, 'dist', 'dictionaries');
  ensureDictionaries({ outDir: wordsDir, log: (m) => console.log(`(building word lists) ${m}`) });
  const tmp = mkdtempSync(join(tmpdir(), scratchPrefix));
  await build({
    entryPoints: [join(root, 'src/language/speller.ts')],
    outfile: join(tmp, 'speller.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { tmp, wordsDir, url: pathToFileURL(join(tmp, 'speller.mjs')).href };
}
