import { Memo } from './memo.js';
import type { Placeholder, TextField } from './model.js';

/**
 * Anything that looks like a placeholder: a run of `{{`…`}}` on one line. Whether the inside is valid is decided
 * by `classify`, so that `{{ 1 }}` or `{{First Name}}` is still seen as one (bad) placeholder rather than as text.
 */
const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;
const POSITIONAL = /^[1-9][0-9]*$/;
/** Meta: lowercase letters, digits and underscores; must start with a letter (WhatsApp Manager editor). */
const NAMED = /^[a-z][a-z0-9_]*$/;

export const NAMED_PARAMETER_MAX_LENGTH = 32;

export function classify(name: string): Placeholder['style'] {
  if (POSITIONAL.test(name)) return 'positional';
  if (NAMED.test(name)) return 'named';
  return 'invalid';
}

const cache = new Memo<TextField, readonly Placeholder[]>('placeholders');

const NONE: readonly Placeholder[] = Object.freeze([]);

/** The placeholders of a text field, in order; computed once per field. */
export function placeholdersOf(field: TextField | undefined): readonly Placeholder[] {
  // Most fields hold no placeholder: one substring test answers them, cheaper than any cache.
  if (!field || !field.value.includes('{{')) return NONE;
  let found = cache.get(field);
  if (found) return found;
  const list: Placeholder[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(field.value); match; match = PLACEHOLDER.exec(field.value)) {
    const name = match[1] ?? '';
    list.push({ raw: match[0], name, style: classify(name), start: match.index, end: match.index + match[0].length, field });
  }
  return cache.set(field, list);
}

/** Distinct placeholder names in order of first appearance. */
export function distinctNames(placeholders: readonly Placeholder[]): string[] {
  const seen = new Set<string>();
  for (const p of placeholders) seen.add(p.name);
  return [...seen];
}
