import { z } from 'zod';
import type {
  BodyNode,
  ButtonNode,
  ButtonsNode,
  CardNode,
  CarouselNode,
  FooterNode,
  HeaderNode,
  LimitedTimeOfferNode,
  TemplateNode,
  TextField,
  UnknownComponentNode,
} from '../template/model.js';
import type { Level, TemplateRef } from './diagnostic.js';

/** What kind of risk a finding stands for. */
export type RuleKind = 'rejection' | 'category' | 'quality' | 'language' | 'url';

/** Message functions keyed by message id: tsc checks the data each one needs. */
export type MessageTable = Record<string, (data: never) => string>;

type DataOf<F> = F extends (data: infer D) => string ? D : never;

/** Data is required exactly when the message function takes it. */
export type MessageRef<Msg extends MessageTable> = {
  [K in keyof Msg & string]: Parameters<Msg[K]> extends [] ? { messageId: K; data?: undefined } : { messageId: K; data: DataOf<Msg[K]> };
}[keyof Msg & string];

/** An edit in decoded-string space: replace `[start, end)` of `field.value` with `text`. */
export interface TextEdit {
  readonly field: TextField;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where a problem is: a whole model node (by its pointer), or a span of a text field in decoded indices. */
export type Place = { readonly pointer: string } | { readonly field: TextField; readonly start?: number; readonly end?: number };

export type Report<Msg extends MessageTable> = MessageRef<Msg> & {
  readonly at: Place;
  readonly fix?: TextEdit | readonly TextEdit[];
  readonly suggest?: ReadonlyArray<MessageRef<Msg> & { readonly fix: TextEdit | readonly TextEdit[] }>;
  readonly actual?: string;
  readonly expected?: readonly string[];
  /**
   * `'info'` makes this report a note whatever level the rule runs at (a cost note beside a warning, "language
   * checks skipped"); a rule switched off reports nothing at all.
   */
  readonly severity?: 'info';
};

export interface Settings {
  /** Extra words for spelling: brand names and the like. */
  readonly words?: readonly string[];
  /** Registrable domains links may point to. */
  readonly allowedDomains?: readonly string[];
  /** Language of templates that do not say. */
  readonly defaultLanguage?: string;
  readonly [key: string]: unknown;
}

export interface RuleContext<Msg extends MessageTable, Opts> {
  readonly id: string;
  readonly options: Readonly<Opts>;
  readonly settings: Settings;
  readonly template: TemplateNode;
  /** All templates of the file being linted, for rules that compare templates. */
  readonly siblings: readonly TemplateNode[];
  readonly filePath: string;
  report(report: Report<Msg>): void;
}

export interface Visitors {
  Template?(node: TemplateNode): void;
  'Template:exit'?(node: TemplateNode): void;
  Header?(node: HeaderNode): void;
  Body?(node: BodyNode): void;
  Footer?(node: FooterNode): void;
  Buttons?(node: ButtonsNode): void;
  Button?(node: ButtonNode): void;
  Carousel?(node: CarouselNode): void;
  Card?(node: CardNode): void;
  LimitedTimeOffer?(node: LimitedTimeOfferNode): void;
  UnknownComponent?(node: UnknownComponentNode): void;
  /** Every text field of the template (header, body, footer, labels, URLs, card bodies, offer text). */
  TextField?(node: TextField): void;
}

/** What a rule that compares templates kept of one template, with where it came from. */
export interface ProjectTemplate<Opts, Data> {
  readonly template: TemplateRef;
  readonly filePath: string;
  readonly options: Readonly<Opts>;
  readonly data: Data;
}

export interface ProjectContext<Msg extends MessageTable, Opts, Data> {
  readonly id: string;
  /** What `collect` kept of every linted template this rule is on for, across all files, in file order. */
  readonly templates: ReadonlyArray<ProjectTemplate<Opts, Data>>;
  /** Reports a problem in one of those templates; `at` may point at text fields kept in `data`. */
  report(target: ProjectTemplate<Opts, Data>, report: Report<Msg>): void;
}

/**
 * For rules that compare templates with each other (duplicates, language versions). `collect` runs with the
 * file's own rules and keeps a few facts per template; `check` runs once at the end of the run. Only the collected
 * facts are kept in memory, so keep them small: a run may hold tens of thousands of templates.
 */
export interface ProjectRule<Msg extends MessageTable, Opts, Data> {
  collect(template: TemplateNode, options: Readonly<Opts>): Data | undefined;
  check(context: ProjectContext<Msg, Opts, Data>): void;
}

export interface RuleDefinition<Msg extends MessageTable, Opts, Data = unknown> {
  /** Kebab-case; equals the file name in rules/, test/rules/ and docs/rules/. */
  readonly id: string;
  readonly kind: RuleKind;
  /** One sentence; equals the docs page's `description`. */
  readonly summary: string;
  /** Level in the `recommended` preset, or false when only `strict` turns it on. */
  readonly recommended: Exclude<Level, 'off'> | false;
  readonly messages: Msg;
  /** A zod object with a default for every key; `{}` must parse. */
  readonly options?: z.ZodType<Opts, z.ZodTypeDef, unknown>;
  readonly fixable?: boolean;
  readonly suggest?: boolean;
  /** Checks one template at a time. */
  create?(context: RuleContext<Msg, Opts>): Visitors;
  /** Checks templates against each other, after every file's own rules ran. */
  readonly project?: ProjectRule<Msg, Opts, Data>;
}

export interface Rule<Msg extends MessageTable = MessageTable, Opts = unknown, Data = unknown> extends RuleDefinition<Msg, Opts, Data> {
  readonly url: string;
  /** Validates user options and fills defaults; throws a zod error on bad options. */
  parseOptions(raw: unknown): Opts;
}

export const DOCS_BASE = 'https://github.com/wabalint/wabalint/blob/main/docs/rules/';

const noOptions = z.object({}).strict();

export function createRule<const Msg extends MessageTable, Opts = Record<string, never>, Data = unknown>(definition: RuleDefinition<Msg, Opts, Data>): Rule<Msg, Opts, Data> {
  const schema = (definition.options ?? noOptions) as z.ZodType<Opts, z.ZodTypeDef, unknown>;
  return {
    ...definition,
    url: `${DOCS_BASE}${definition.id}.md`,
    parseOptions: (raw: unknown) => schema.parse(raw ?? {}),
  };
}

/** A rule of any message table and options, as the engine handles it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any, any>;
