import { ConfigError } from './resolve.js';
import type { ConfigEntry } from './schema.js';

/** `--rule id:level` or `--rule 'id:["warn",{"max":3}]'`, as in ESLint. */
export function parseRuleFlag(flag: string): ConfigEntry {
  const colon = flag.indexOf(':');
  if (colon <= 0) throw new ConfigError(`--rule ${flag}: expected \`rule-id:level\` or \`rule-id:["level", {options}]\``);
  const id = flag.slice(0, colon).trim();
  const raw = flag.slice(colon + 1).trim();
  let setting: unknown = raw;
  if (raw.startsWith('[') || /^\d$/.test(raw)) {
    try {
      setting = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(`--rule ${flag}: ${(error as Error).message}`);
    }
  }
  return { name: `--rule ${id}`, rules: { [id]: setting as never } };
}
