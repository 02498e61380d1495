import type { AnyRule } from '../engine/create-rule.js';
import type { ConfigEntry } from './schema.js';

/** Rules at the level their metadata recommends; rules recommended `false` stay off. */
export function recommended(rules: Iterable<AnyRule>): ConfigEntry {
  const settings: Record<string, 'info' | 'warn' | 'error'> = {};
  for (const rule of rules) if (rule.recommended) settings[rule.id] = rule.recommended;
  return { name: 'wabalint:recommended', rules: settings };
}

/**
 * Every rule on, and one step stricter: a gate for teams that would rather fix a risk than ship it.
 * Recommended warnings become errors, info stays info (it carries notes such as cost), and rules that
 * are off by default come on as warnings.
 */
export function strict(rules: Iterable<AnyRule>): ConfigEntry {
  const settings: Record<string, 'info' | 'warn' | 'error'> = {};
  for (const rule of rules) {
    settings[rule.id] = rule.recommended === false ? 'warn' : rule.recommended === 'warn' ? 'error' : rule.recommended;
  }
  return { name: 'wabalint:strict', rules: settings };
}
