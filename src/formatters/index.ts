/** The output formats of `--format` (shared/design.md §5: a contract, other tools parse them). */

import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext, RuleMeta } from './types.js';

/** In `--help` order; `stylish` is the default. */
export const formatterNames = ['stylish', 'json', 'compact', 'github', 'sarif'] as const;

export type FormatterName = (typeof formatterNames)[number];

export const formatters: Readonly<Record<FormatterName, Formatter>> = { stylish, json, compact, github, sarif };

export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name);
}
