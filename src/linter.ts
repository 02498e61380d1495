import { resolve } from 'node:path';
import { loadConfig } from './config/load.js';
import type { ResolvedConfig } from './config/resolve.js';
import type { ConfigEntry } from './config/schema.js';
import type { AnyRule } from './engine/create-rule.js';
import { makeResult, type LintResult, type Severity } from './engine/diagnostic.js';
import { analyseSource, fatalDiagnostic, lintSource, unreadable, type FileAnalysis } from './engine/lint.js';
import { finishRun } from './engine/project.js';
import type { TemplateNode } from './template/model.js';
import { classify } from './category/index.js';
import { findFiles, type FoundFiles } from './files.js';
import { DEFAULT_MAX_FILE_SIZE, formatOf, readSource, SourceError, textSource, type SourceFormat } from './template/source.js';
import { writeFileAtomic } from './write.js';

export interface LinterOptions {
  /** Directory relative paths and globs are resolved from; default `process.cwd()`. */
  readonly cwd?: string;
  /** A config file to use instead of looking for wabalint.config.* */
  readonly configFile?: string;
  /**
   * In-memory config entries, for embedding: used instead of any config file (still on top of `recommended`).
   */
  readonly config?: readonly ConfigEntry[];
  /** Entries that win over the config (the CLI's `--rule`). */
  readonly overrides?: readonly ConfigEntry[];
  /** Extra rules (plugins), by id. */
  readonly plugins?: readonly AnyRule[];
  readonly fix?: boolean;
  /** Files over this size are refused with a message; default 5 MB. */
  readonly maxFileSize?: number;
  /** Overrides the config's `linterOptions.reportUnusedDisableDirectives`. */
  readonly reportUnusedDisableDirectives?: Severity;
  /** Called after each file, for progress lines. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Add to each result a `templates` list saying, per template, which category the classifier predicts, how sure it
   * is and the phrases that decided it (the JSON output carries it).
   */
  readonly summaries?: boolean;
}

export interface TextOptions {
  /** Path used in results and for config `files` matching; default `<input>.json`. */
  readonly filePath?: string;
  readonly format?: SourceFormat;
}

/** The classifier's verdict on a template, as the JSON output shows it. */
function summarizeTemplate(template: TemplateNode): Record<string, unknown> {
  const prediction = classify(template);
  return {
    declaredCategory: prediction.declared ?? template.category ?? null,
    category: {
      predicted: prediction.category,
      confidence: Math.round(prediction.confidence * 1000) / 1000,
      phrases: prediction.evidence
        .filter((e) => e.category === prediction.category && e.kind !== 'prior')
        .slice(0, 5)
        .map((e) => ({ phrase: e.phrase, kind: e.kind, weight: Math.round(e.weight * 100) / 100, pointer: e.where.pointer })),
    },
  };
}

export class NoFilesError extends Error {
  constructor(readonly patterns: readonly string[]) {
    super(
      patterns.length === 1
        ? `No template files found for \`${patterns[0]}\` (looked for .json, .jsonc, .yaml, .yml)`
        : `No template files found for ${patterns.map((p) => `\`${p}\``).join(', ')} (looked for .json, .jsonc, .yaml, .yml)`,
    );
  }
}

/** The library's entry point: a config loaded once, then any number of files or texts linted with it. */
export class Linter {
  private constructor(
    readonly config: ResolvedConfig,
    readonly rules: ReadonlyMap<string, AnyRule>,
    private readonly options: LinterOptions,
    private readonly cwd: string,
  ) {}

  static async create(options: LinterOptions = {}): Promise<Linter> {
    const cwd = resolve(options.cwd ?? process.cwd());
    // Loaded here rather than at import, so `--help`, `--version` and `rules` do not pay for every rule module.
    const { rules: builtInRules } = await import('../rules/index.js');
    const rules = new Map<string, AnyRule>(Object.entries(builtInRules));
    for (const plugin of options.plugins ?? []) rules.set(plugin.id, plugin);
    const config = await loadConfig({
      cwd,
      configFile: options.configFile,
      rules,
      overrides: [...(options.config ?? []), ...(options.overrides ?? [])],
      noConfigFile: options.config !== undefined,
    });
    return new Linter(config, rules, options, cwd);
  }

  private setup(filePath: string) {
    return {
      rulesFor: this.rulesFor,
      settings: this.config.settingsFor(filePath),
      knownRules: this.config.knownRules,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives ?? this.config.reportUnusedDisableDirectives(filePath),
      fix: this.options.fix ?? false,
      ...(this.options.summaries ? { summarize: summarizeTemplate } : {}),
    };
  }

  /** Lints text held in memory (an editor buffer, a template from a database). */
  lintText(text: string, options: TextOptions = {}): LintResult {
    const filePath = resolve(this.cwd, options.filePath ?? '<input>.json');
    const format = options.format ?? formatOf(filePath) ?? 'json';
    try {
      return lintSource(textSource(text, filePath, format), this.setup(filePath));
    } catch (error) {
      if (error instanceof SourceError) return makeResult(filePath, [fatalDiagnostic(error.message, error.line, error.column)]);
      throw error;
    }
  }

  /** Lints template objects (one, an array, or a Graph API list response). Positions refer to their JSON form. */
  lintTemplates(value: unknown, options: TextOptions = {}): LintResult {
    return this.lintText(JSON.stringify(value, null, 2), { ...options, format: 'json' });
  }

  async findFiles(patterns: readonly string[]): Promise<FoundFiles> {
    return findFiles(patterns, this.cwd, (f) => this.config.isIgnored(f));
  }

  /** Lints files, directories and globs. Throws NoFilesError when nothing matches. */
  async lintFiles(patterns: readonly string[]): Promise<LintResult[]> {
    const { files, unmatched } = await this.findFiles(patterns);
    if (files.length === 0) throw new NoFilesError(unmatched.length ? unmatched : patterns);
    const analyses: FileAnalysis[] = [];
    for (const file of files) {
      analyses.push(this.analyseFile(file));
      this.options.onProgress?.(analyses.length, files.length);
    }
    return finishRun(analyses);
  }

  /** Lints one file on its own: rules that compare templates see only this file's templates. */
  lintFile(path: string): LintResult {
    return finishRun([this.analyseFile(path)])[0]!;
  }

  private readonly rulesFor = (template: TemplateNode, filePath: string) => this.config.rulesFor(template, filePath);

  private analyseFile(path: string): FileAnalysis {
    try {
      const source = readSource(path, this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
      return analyseSource(source, this.setup(path));
    } catch (error) {
      if (error instanceof SourceError) return unreadable(path, fatalDiagnostic(error.message, error.line, error.column));
      throw error;
    }
  }
}

/**
 * Writes the fixed text of each result that has one, atomically. A file that could not be parsed has no output
 * and is never touched; the output keeps the file's BOM.
 */
export async function writeFixes(results: readonly LintResult[]): Promise<number> {
  let written = 0;
  for (const result of results) {
    if (result.output === undefined) continue;
    await writeFileAtomic(result.filePath, result.output);
    written++;
  }
  return written;
}
