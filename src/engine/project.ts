import type { AnyRule, MessageTable, ProjectTemplate, Report } from './create-rule.js';
import type { LintResult } from './diagnostic.js';
import type { CollectedFacts, FileAnalysis } from './lint.js';
import { makeReport, RuleCrash, type RuleReport } from './runner.js';

/**
 * Runs the `check` of every rule that compares templates over the facts its `collect` kept, across all files of
 * the run, and returns the reports by file.
 */
export function runProjectRules(files: readonly FileAnalysis[]): Map<string, RuleReport[]> {
  const byRule = new Map<AnyRule, CollectedFacts[]>();
  for (const file of files) {
    for (const facts of file.collected) {
      let list = byRule.get(facts.rule);
      if (!list) byRule.set(facts.rule, (list = []));
      list.push(facts);
    }
  }
  const reports = new Map<string, RuleReport[]>();
  for (const [rule, facts] of byRule) {
    const report = (target: ProjectTemplate<unknown, unknown>, r: Report<MessageTable>): void => {
      const entry = target as CollectedFacts;
      let list = reports.get(entry.filePath);
      if (!list) reports.set(entry.filePath, (list = []));
      list.push(makeReport(rule, entry.severity, entry.template, r));
    };
    try {
      rule.project!.check({ id: rule.id, templates: facts as ReadonlyArray<ProjectTemplate<unknown, unknown>>, report });
    } catch (error) {
      throw new RuleCrash(rule.id, { name: undefined, language: undefined, index: 0 }, error);
    }
  }
  return reports;
}

/** Finishes a run: project rules' reports are located in their files, then each file's disable comments apply. */
export function finishRun(files: readonly FileAnalysis[]): LintResult[] {
  const reports = runProjectRules(files);
  return files.map((file) => file.finish(file.locate(reports.get(file.filePath) ?? [])));
}
