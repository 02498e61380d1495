// Helper for cold-start.mjs: in a fresh process, loads the engine and the CLI's modules first, then measures what
// the structure rules add: importing every rule module (and the dictionaries they read) and running them on one
// template. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { lintSource } from '../dist/src/engine/lint.js';
import { textSource } from '../dist/src/template/source.js';
import '../dist/src/cli/main.js';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const start = performance.now();
const { rules } = await import('../dist/rules/index.js');
const loaded = performance.now();
const active = Object.values(rules)
  .filter((rule) => rule.recommended)
  .map((rule) => ({ rule, severity: 2, options: rule.parseOptions(undefined) }));
const result = lintSource(textSource(text, file, 'json'), { rulesFor: () => active, settings: {}, knownRules: new Set(Object.keys(rules)) });
const done = performance.now();
console.log(JSON.stringify({ importMs: loaded - start, firstLintMs: done - loaded, totalMs: done - start, problems: result.messages.length }));
