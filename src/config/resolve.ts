import { relative, resolve as resolvePath, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ZodError } from 'zod';
import type { AnyRule, Settings } from '../engine/create-rule.js';
import { severityOf, type Level, type Severity } from '../engine/diagnostic.js';
import type { ActiveRule } from '../engine/runner.js';
import type { TemplateNode } from '../template/model.js';
import type { ConfigEntry, LevelSetting, RuleSetting } from './schema.js';

/** A config problem the user must fix; the CLI prints it and exits 2. */
export class ConfigError extends Error {}

export function normaliseLevel(level: LevelSetting): Level {
  if (level === 0) return 'off';
  if (level === 1) return 'warn';
  if (level === 2) return 'error';
  return level;
}

export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return error.message;
  const path = issue.path.length ? `\`${issue.path.join('.')}\`: ` : '';
  return `${path}${issue.message}`;
}

interface CompiledEntry {
  readonly entry: ConfigEntry;
  readonly files: ((path: string) => boolean) | undefined;
  readonly ignores: ((path: string) => boolean) | undefined;
  readonly templates: ((name: string) => boolean) | undefined;
  /** Rule settings with options already validated. */
  readonly rules: ReadonlyArray<{ rule: AnyRule; level: Level; options: unknown | undefined }>;
  /** An entry with only `ignores` ignores files everywhere, as in ESLint. */
  readonly globalIgnore: boolean;
}

function splitSetting(setting: RuleSetting): { level: LevelSetting; options?: unknown; hasOptions: boolean } {
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1], hasOptions: setting.length > 1 };
  return { level: setting as LevelSetting, hasOptions: false };
}

export interface ResolvedConfigOptions {
  readonly entries: readonly ConfigEntry[];
  readonly rules: ReadonlyMap<string, AnyRule>;
  /** Directory that `files` and `ignores` globs are relative to. */
  readonly baseDir: string;
}

/** A flat config, validated once, answering per file and per template which rules run and how. */
export class ResolvedConfig {
  private readonly compiled: CompiledEntry[];
  private readonly cache = new Map<string, readonly ActiveRule[]>();

  constructor(private readonly options: ResolvedConfigOptions) {
    this.compiled = options.entries.map((entry, index) => this.compile(entry, index));
  }

  get baseDir(): string {
    return this.options.baseDir;
  }

  private compile(entry: ConfigEntry, index: number): CompiledEntry {
    const where = entry.name ? `config entry "${entry.name}"` : `config entry ${index + 1}`;
    const rules: CompiledEntry['rules'][number][] = [];
    for (const [id, setting] of Object.entries(entry.rules ?? {})) {
      const rule = this.options.rules.get(id);
      if (!rule) throw new ConfigError(`${where}: unknown rule \`${id}\``);
      const { level, options, hasOptions } = splitSetting(setting);
      let parsed: unknown;
      if (hasOptions) {
        try {
          parsed = rule.parseOptions(options);
        } catch (error) {
          throw new ConfigError(`${where}: invalid options for rule \`${id}\`: ${describeZodError(error as ZodError)}`);
        }
      }
      rules.push({ rule, level: normaliseLevel(level), options: hasOptions ? parsed : undefined });
    }
    const glob = (patterns: string[] | undefined) => (patterns?.length ? picomatch(patterns, { dot: true }) : undefined);
    return {
      entry,
      files: glob(entry.files),
      ignores: glob(entry.ignores),
      templates: entry.templates?.length ? picomatch(entry.templates) : undefined,
      rules,
      globalIgnore: Object.keys(entry).every((k) => k === 'ignores' || k === 'name') && !!entry.ignores?.length,
    };
  }

  private lastPath: [string, string] | undefined;

  /** Called per template: the last answer is kept, since templates of one file come together. */
  private relative(filePath: string): string {
    if (this.lastPath?.[0] === filePath) return this.lastPath[1];
    const rel = relative(this.options.baseDir, filePath).split(sep).join('/');
    this.lastPath = [filePath, rel];
    return rel;
  }

  private appliesToFile(c: CompiledEntry, rel: string): boolean {
    if (c.globalIgnore) return false;
    if (c.files && !c.files(rel)) return false;
    if (c.ignores && c.ignores(rel)) return false;
    return true;
  }

  /** Whether a global `ignores` entry excludes this file. */
  isIgnored(filePath: string): boolean {
    const rel = this.relative(filePath);
    return this.compiled.some((c) => c.globalIgnore && c.ignores!(rel));
  }

  private readonly settingsCache = new Map<string, Settings>();

  /** Settings of a file; files that the same entries apply to share one object (rules cache work on it). */
  settingsFor(filePath: string): Settings {
    const rel = this.relative(filePath);
    const applying = this.compiled.filter((c) => this.appliesToFile(c, rel) && c.entry.settings);
    const key = applying.map((c) => this.compiled.indexOf(c)).join(',');
    const cached = this.settingsCache.get(key);
    if (cached) return cached;
    let settings: Record<string, unknown> = {};
    for (const c of applying) settings = { ...settings, ...c.entry.settings };
    // Personal dictionary files are named relative to the config file.
    if (Array.isArray(settings.dictionaries)) settings.dictionaries = settings.dictionaries.map((d: string) => resolvePath(this.options.baseDir, d));
    this.settingsCache.set(key, settings);
    return settings;
  }

  reportUnusedDisableDirectives(filePath: string): Severity | undefined {
    const rel = this.relative(filePath);
    let value: boolean | Level | undefined;
    for (const c of this.compiled) {
      const v = c.entry.linterOptions?.reportUnusedDisableDirectives;
      if (v !== undefined && this.appliesToFile(c, rel)) value = v;
    }
    if (value === undefined || value === false || value === 'off') return undefined;
    return value === true ? 1 : severityOf(value);
  }

  /** The rules that run on one template, merged over every entry that applies (later entries win). */
  rulesFor(template: TemplateNode, filePath: string): readonly ActiveRule[] {
    const rel = this.relative(filePath);
    const matching: number[] = [];
    this.compiled.forEach((c, i) => {
      if (!this.appliesToFile(c, rel)) return;
      if (c.templates && !(template.name !== undefined && c.templates(template.name))) return;
      matching.push(i);
    });
    const key = matching.join(',');
    let active = this.cache.get(key);
    if (active) return active;
    const merged = new Map<string, { rule: AnyRule; level: Level; options: unknown | undefined }>();
    for (const i of matching) {
      for (const setting of this.compiled[i]!.rules) {
        const previous = merged.get(setting.rule.id);
        // A level without options keeps the options set earlier, as ESLint does.
        merged.set(setting.rule.id, { ...setting, options: setting.options ?? previous?.options });
      }
    }
    active = [...merged.values()]
      .filter((s) => s.level !== 'off')
      .map((s) => ({
        rule: s.rule,
        severity: severityOf(s.level as Exclude<Level, 'off'>),
        options: s.options ?? s.rule.parseOptions(undefined),
      }));
    this.cache.set(key, active);
    return active;
  }

  /** Every rule that exists, for checking `wabalint-disable` comments. */
  get knownRules(): ReadonlySet<string> {
    return (this.known ??= new Set(this.options.rules.keys()));
  }

  private known: ReadonlySet<string> | undefined;
}
