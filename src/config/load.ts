import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ZodError } from 'zod';
import type { AnyRule } from '../engine/create-rule.js';
import { recommended, strict } from './presets.js';
import { ConfigError, describeZodError, ResolvedConfig } from './resolve.js';
import { configFileSchema, type ConfigEntry, type ConfigFile, type PresetName } from './schema.js';

export const CONFIG_FILE_NAMES = ['wabalint.config.mjs', 'wabalint.config.js', 'wabalint.config.json'] as const;

/** The nearest config file from `cwd` upwards, as ESLint looks for eslint.config.js. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function readConfigFile(path: string): Promise<unknown> {
  if (path.endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigError(`Cannot read config file ${path}: ${(error as Error).message}`);
    }
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ConfigError(`Config file ${path} is not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    return module.default;
  } catch (error) {
    throw new ConfigError(`Cannot load config file ${path}: ${(error as Error).message}`);
  }
}

/** Expands preset names and validates the shape; rule ids and options are checked by ResolvedConfig. */
export function normaliseConfig(value: unknown, rules: ReadonlyMap<string, AnyRule>, source: string): ConfigEntry[] {
  const parsed = configFileSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`${source}: ${describeZodError(parsed.error as ZodError)}`);
  const file: ConfigFile = parsed.data;
  const items = Array.isArray(file) ? file : [file];
  const presets: Record<PresetName, () => ConfigEntry> = {
    'wabalint:recommended': () => recommended(rules.values()),
    'wabalint:strict': () => strict(rules.values()),
  };
  return items.map((item) => (typeof item === 'string' ? presets[item]() : item));
}

export interface LoadConfigOptions {
  readonly cwd: string;
  /** `--config FILE`; otherwise the nearest wabalint.config.* is used, and `recommended` alone without one. */
  readonly configFile?: string;
  /** Extra entries that win over the file (`--rule`). */
  readonly overrides?: readonly ConfigEntry[];
  readonly rules: ReadonlyMap<string, AnyRule>;
  /** Do not look for a config file (embedders pass their config in memory). */
  readonly noConfigFile?: boolean;
}

/**
 * The user's config always sits on top of `recommended`, so a config file only has to say what differs;
 * `"wabalint:strict"` can be listed to start from the strict preset instead.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig & { readonly file: string | undefined }> {
  const file = options.configFile ? resolve(options.cwd, options.configFile) : options.noConfigFile ? undefined : findConfigFile(options.cwd);
  if (options.configFile && !existsSync(file!)) throw new ConfigError(`Config file not found: ${options.configFile}`);
  const entries: ConfigEntry[] = [recommended(options.rules.values())];
  if (file) entries.push(...normaliseConfig(await readConfigFile(file), options.rules, file));
  entries.push(...(options.overrides ?? []));
  const resolved = new ResolvedConfig({ entries, rules: options.rules, baseDir: file ? dirname(file) : resolve(options.cwd) });
  return Object.assign(resolved, { file });
}
