import type { ComponentNode, TemplateNode } from '../template/model.js';
import type { AnyRule, MessageTable, Place, Report, Settings, TextEdit, Visitors } from './create-rule.js';
import type { Severity, TemplateRef } from './diagnostic.js';

/** A rule switched on for a template, with its level and parsed options. */
export interface ActiveRule {
  readonly rule: AnyRule;
  readonly severity: Severity;
  readonly options: unknown;
}

/** A report before it has a file position: what the rule said, and where in the model. */
export interface RuleReport {
  readonly ruleId: string;
  readonly url: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly at: Place;
  readonly fix: readonly TextEdit[] | undefined;
  readonly suggestions: ReadonlyArray<{ messageId: string; message: string; fix: readonly TextEdit[] }>;
  readonly template: TemplateRef;
  readonly actual: string | undefined;
  readonly expected: readonly string[] | undefined;
}

type Handler = (node: never) => void;
type VisitorKey = keyof Visitors;

function edits(fix: TextEdit | readonly TextEdit[] | undefined): readonly TextEdit[] | undefined {
  if (!fix) return undefined;
  return Array.isArray(fix) ? fix : [fix as TextEdit];
}

/** A rule that breaks is a bug of ours, not the user's: say which rule and where, then carry on. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly templateRef: TemplateRef,
    readonly original: unknown,
  ) {
    super(`Rule ${ruleId} failed on template ${templateRef.name ?? `#${templateRef.index}`}: ${original instanceof Error ? original.message : String(original)}`);
  }
}

export interface RunInput {
  readonly templates: readonly TemplateNode[];
  readonly rulesFor: (template: TemplateNode) => readonly ActiveRule[];
  readonly settings: Settings;
  readonly filePath: string;
}

type AnyReport = Report<MessageTable>;

export function templateRef(template: TemplateNode): TemplateRef {
  return { name: template.name, language: template.language, index: template.index };
}

/** Turns what a rule said into a report, checking it against the rule's metadata. */
export function makeReport(rule: AnyRule, severity: Severity, ref: TemplateRef, r: AnyReport): RuleReport {
  const format = rule.messages[r.messageId] as ((data: unknown) => string) | undefined;
  if (!format) throw new Error(`unknown messageId ${r.messageId}`);
  if (r.fix && !rule.fixable) throw new Error(`reported a fix but is not marked fixable`);
  if (r.suggest?.length && !rule.suggest) throw new Error(`reported suggestions but is not marked suggest`);
  return {
    ruleId: rule.id,
    url: rule.url,
    severity: r.severity === 'info' ? 0 : severity,
    messageId: r.messageId,
    message: format(r.data),
    at: r.at,
    fix: edits(r.fix),
    suggestions: (r.suggest ?? []).map((s) => ({
      messageId: s.messageId,
      message: (rule.messages[s.messageId] as (data: unknown) => string)(s.data),
      fix: edits(s.fix) ?? [],
    })),
    template: ref,
    actual: r.actual,
    expected: r.expected,
  };
}

export function runRules({ templates, rulesFor, settings, filePath }: RunInput): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const template of templates) {
    const ref = templateRef(template);
    const handlers = new Map<VisitorKey, Array<{ id: string; fn: Handler }>>();
    for (const active of rulesFor(template)) {
      const { rule, severity } = active;
      if (!rule.create) continue;
      const report = (r: AnyReport): void => {
        reports.push(makeReport(rule, severity, ref, r));
      };
      let visitors: Visitors;
      try {
        visitors = rule.create({ id: rule.id, options: active.options as never, settings, template, siblings: templates, filePath, report });
      } catch (error) {
        throw new RuleCrash(rule.id, ref, error);
      }
      for (const key of Object.keys(visitors) as VisitorKey[]) {
        const fn = visitors[key] as Handler | undefined;
        if (!fn) continue;
        let list = handlers.get(key);
        if (!list) handlers.set(key, (list = []));
        list.push({ id: rule.id, fn });
      }
    }
    if (handlers.size === 0) continue;
    const emit = (key: VisitorKey, node: unknown): void => {
      const list = handlers.get(key);
      if (!list) return;
      for (const { id, fn } of list) {
        try {
          (fn as (n: unknown) => void)(node);
        } catch (error) {
          throw new RuleCrash(id, ref, error);
        }
      }
    };
    walk(template, emit);
  }
  return reports;
}

function walk(template: TemplateNode, emit: (key: VisitorKey, node: unknown) => void): void {
  emit('Template', template);
  walkComponents(template.components, emit);
  for (const field of template.texts) emit('TextField', field);
  emit('Template:exit', template);
}

function walkComponents(components: readonly ComponentNode[], emit: (key: VisitorKey, node: unknown) => void): void {
  for (const component of components) {
    switch (component.kind) {
      case 'Header':
      case 'Body':
      case 'Footer':
      case 'LimitedTimeOffer':
      case 'UnknownComponent':
        emit(component.kind, component);
        break;
      case 'Buttons':
        emit('Buttons', component);
        for (const button of component.buttons) emit('Button', button);
        break;
      case 'Carousel':
        emit('Carousel', component);
        for (const card of component.cards) {
          emit('Card', card);
          walkComponents(card.components, emit);
        }
        break;
    }
  }
}
