/**
 * The template model: what rules see. Every node knows the JSON Pointer of the value it came from,
 * so the engine can turn a report into a file position without the rule knowing about files.
 * Values are kept as `unknown` where the input may have the wrong type; rules that care check them.
 */

/** A string value from the file, decoded (escapes resolved). Spans inside it are in decoded UTF-16 indices. */
export interface TextField {
  readonly kind: 'TextField';
  readonly pointer: string;
  readonly value: string;
  /** Which part of the template this text belongs to, for messages and language choice. */
  readonly role: TextRole;
}

export type TextRole =
  | 'header'
  | 'body'
  | 'footer'
  | 'button-text'
  | 'button-url'
  | 'button-phone'
  | 'card-body'
  | 'offer-text'
  | 'example';

/** Roles whose text is prose the recipient reads (not URLs, phone numbers or samples). */
export const PROSE_ROLES: ReadonlySet<TextRole> = new Set(['header', 'body', 'footer', 'button-text', 'card-body', 'offer-text']);

export type PlaceholderStyle = 'positional' | 'named';

/** A well-formed `{{…}}` placeholder inside a text field. */
export interface Placeholder {
  readonly raw: string;
  /** The inside of the braces, trimmed of nothing: `1`, `first_name`, ` 1 `. */
  readonly name: string;
  readonly style: PlaceholderStyle | 'invalid';
  readonly start: number;
  readonly end: number;
  readonly field: TextField;
}

export interface BaseNode {
  readonly pointer: string;
  /** The raw value, exactly as parsed. */
  readonly raw: unknown;
}

export type ComponentType = 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS' | 'CAROUSEL' | 'LIMITED_TIME_OFFER';

export interface HeaderNode extends BaseNode {
  readonly kind: 'Header';
  readonly format: string | undefined;
  readonly text: TextField | undefined;
  readonly example: ExampleNode | undefined;
  readonly inCard: CardNode | undefined;
}

export interface BodyNode extends BaseNode {
  readonly kind: 'Body';
  readonly text: TextField | undefined;
  readonly example: ExampleNode | undefined;
  readonly inCard: CardNode | undefined;
}

export interface FooterNode extends BaseNode {
  readonly kind: 'Footer';
  readonly text: TextField | undefined;
}

export interface ButtonsNode extends BaseNode {
  readonly kind: 'Buttons';
  readonly buttons: readonly ButtonNode[];
  readonly inCard: CardNode | undefined;
}

export interface ButtonNode extends BaseNode {
  readonly kind: 'Button';
  readonly type: string | undefined;
  readonly index: number;
  readonly text: TextField | undefined;
  readonly url: TextField | undefined;
  readonly phoneNumber: TextField | undefined;
  /** `example` as given: an array of strings for URL buttons, a string for COPY_CODE. */
  readonly example: BaseNode | undefined;
  readonly exampleValues: readonly TextField[];
  readonly parent: ButtonsNode;
}

export interface CarouselNode extends BaseNode {
  readonly kind: 'Carousel';
  readonly cards: readonly CardNode[];
}

export interface CardNode extends BaseNode {
  readonly kind: 'Card';
  readonly index: number;
  readonly components: readonly ComponentNode[];
  readonly header: HeaderNode | undefined;
  readonly body: BodyNode | undefined;
  readonly buttons: ButtonsNode | undefined;
}

export interface LimitedTimeOfferNode extends BaseNode {
  readonly kind: 'LimitedTimeOffer';
  readonly text: TextField | undefined;
  readonly hasExpiration: unknown;
}

/** A component whose `type` we do not know, or that is not an object. */
export interface UnknownComponentNode extends BaseNode {
  readonly kind: 'UnknownComponent';
  readonly type: unknown;
}

export type ComponentNode =
  | HeaderNode
  | BodyNode
  | FooterNode
  | ButtonsNode
  | CarouselNode
  | LimitedTimeOfferNode
  | UnknownComponentNode;

/**
 * `example` of a header or body. Positional samples are `body_text: [["a","b"]]` / `header_text: ["a"]`;
 * named samples are `…_named_params: [{ param_name, example }]`.
 */
export interface ExampleNode extends BaseNode {
  readonly kind: 'Example';
  /** Positional samples in order, when the example has the positional shape. */
  readonly positional: readonly TextField[] | undefined;
  /** Named samples, when the example has the named shape. */
  readonly named: readonly NamedSample[] | undefined;
  /** Media handles (`header_handle`). */
  readonly handles: readonly TextField[] | undefined;
}

export interface NamedSample {
  readonly pointer: string;
  readonly name: string | undefined;
  readonly nameField: TextField | undefined;
  readonly example: TextField | undefined;
  readonly raw: unknown;
}

export interface TemplateNode extends BaseNode {
  readonly kind: 'Template';
  /** Position of this template in its file (0 for a file that holds one template). */
  readonly index: number;
  readonly name: string | undefined;
  readonly language: string | undefined;
  readonly category: string | undefined;
  /** `parameter_format` as written, upper-cased; undefined when absent (Meta's default is POSITIONAL). */
  readonly parameterFormat: string | undefined;
  readonly components: readonly ComponentNode[];
  readonly header: HeaderNode | undefined;
  readonly body: BodyNode | undefined;
  readonly footer: FooterNode | undefined;
  readonly buttons: ButtonsNode | undefined;
  readonly carousel: CarouselNode | undefined;
  readonly limitedTimeOffer: LimitedTimeOfferNode | undefined;
  /** Every text field of the template, in document order. */
  readonly texts: readonly TextField[];
}

export type ModelNode =
  | TemplateNode
  | ComponentNode
  | ButtonNode
  | CardNode
  | ExampleNode
  | TextField;

export type TemplateShape = 'object' | 'array' | 'graph-list';

/**
 * A copy of a text field for keeping past the file's own rules (rules that compare templates): caches keyed by the
 * original field (placeholders, links, nlcst trees) can then be let go with the file.
 */
export function detachField(field: TextField): TextField;
export function detachField(field: TextField | undefined): TextField | undefined;
export function detachField(field: TextField | undefined): TextField | undefined {
  return field && { kind: 'TextField', pointer: field.pointer, value: field.value, role: field.role };
}
