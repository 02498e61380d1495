import type {
  BodyNode,
  ButtonNode,
  ButtonsNode,
  CardNode,
  CarouselNode,
  ComponentNode,
  ExampleNode,
  FooterNode,
  HeaderNode,
  LimitedTimeOfferNode,
  NamedSample,
  TemplateNode,
  TextField,
  TextRole,
} from './model.js';
import { join } from './pointer.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, pointer: string, role: TextRole): TextField | undefined {
  return typeof value === 'string' ? { kind: 'TextField', pointer, value, role } : undefined;
}

function upper(value: unknown): string | undefined {
  return typeof value === 'string' ? value.toUpperCase() : undefined;
}

function textList(value: unknown, pointer: string): TextField[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: TextField[] = [];
  value.forEach((v, i) => {
    const field = text(v, join(pointer, i), 'example');
    if (field) out.push(field);
  });
  return out;
}

function namedSamples(value: unknown, pointer: string): NamedSample[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((item, i): NamedSample => {
    const at = join(pointer, i);
    const obj = isObject(item) ? item : {};
    return {
      pointer: at,
      raw: item,
      name: typeof obj.param_name === 'string' ? obj.param_name : undefined,
      nameField: text(obj.param_name, join(at, 'param_name'), 'example'),
      example: text(obj.example, join(at, 'example'), 'example'),
    };
  });
}

function example(raw: unknown, pointer: string, part: 'header' | 'body'): ExampleNode | undefined {
  if (raw === undefined) return undefined;
  const obj = isObject(raw) ? raw : {};
  let positional: TextField[] | undefined;
  if (part === 'body' && Array.isArray(obj.body_text)) {
    // Meta's shape is an array holding one array; a flat array is a shape error reported by example-mismatch.
    const first = obj.body_text[0];
    positional = Array.isArray(first) ? textList(first, join(pointer, 'body_text', 0)) : textList(obj.body_text, join(pointer, 'body_text'));
  } else if (part === 'header') {
    positional = textList(obj.header_text, join(pointer, 'header_text'));
  }
  const namedKey = part === 'body' ? 'body_text_named_params' : 'header_text_named_params';
  return {
    kind: 'Example',
    pointer,
    raw,
    positional,
    named: namedSamples(obj[namedKey], join(pointer, namedKey)),
    handles: textList(obj.header_handle, join(pointer, 'header_handle')),
  };
}

function buttons(raw: Json, pointer: string, inCard: CardNode | undefined): ButtonsNode {
  const list: ButtonNode[] = [];
  const node: ButtonsNode = { kind: 'Buttons', pointer, raw, buttons: list, inCard };
  const items = Array.isArray(raw.buttons) ? raw.buttons : [];
  items.forEach((item, index) => {
    const at = join(pointer, 'buttons', index);
    const obj = isObject(item) ? item : {};
    const exampleRaw = obj.example;
    const exampleAt = join(at, 'example');
    const exampleValues =
      typeof exampleRaw === 'string'
        ? [{ kind: 'TextField' as const, pointer: exampleAt, value: exampleRaw, role: 'example' as const }]
        : (textList(exampleRaw, exampleAt) ?? []);
    list.push({
      kind: 'Button',
      pointer: at,
      raw: item,
      type: upper(obj.type),
      index,
      text: text(obj.text, join(at, 'text'), 'button-text'),
      url: text(obj.url, join(at, 'url'), 'button-url'),
      phoneNumber: text(obj.phone_number, join(at, 'phone_number'), 'button-phone'),
      example: exampleRaw === undefined ? undefined : { pointer: exampleAt, raw: exampleRaw },
      exampleValues,
      parent: node,
    });
  });
  return node;
}

function component(raw: unknown, pointer: string, inCard: CardNode | undefined): ComponentNode {
  if (!isObject(raw)) return { kind: 'UnknownComponent', pointer, raw, type: undefined };
  const type = upper(raw.type);
  switch (type) {
    case 'HEADER':
      return {
        kind: 'Header',
        pointer,
        raw,
        format: upper(raw.format),
        text: text(raw.text, join(pointer, 'text'), 'header'),
        example: example(raw.example, join(pointer, 'example'), 'header'),
        inCard,
      } satisfies HeaderNode;
    case 'BODY':
      return {
        kind: 'Body',
        pointer,
        raw,
        text: text(raw.text, join(pointer, 'text'), inCard ? 'card-body' : 'body'),
        example: example(raw.example, join(pointer, 'example'), 'body'),
        inCard,
      } satisfies BodyNode;
    case 'FOOTER':
      return { kind: 'Footer', pointer, raw, text: text(raw.text, join(pointer, 'text'), 'footer') } satisfies FooterNode;
    case 'BUTTONS':
      return buttons(raw, pointer, inCard);
    case 'CAROUSEL':
      return carousel(raw, pointer);
    case 'LIMITED_TIME_OFFER': {
      const offer = isObject(raw.limited_time_offer) ? raw.limited_time_offer : {};
      const at = join(pointer, 'limited_time_offer');
      return {
        kind: 'LimitedTimeOffer',
        pointer,
        raw,
        text: text(offer.text, join(at, 'text'), 'offer-text'),
        hasExpiration: offer.has_expiration,
      } satisfies LimitedTimeOfferNode;
    }
    default:
      return { kind: 'UnknownComponent', pointer, raw, type: raw.type };
  }
}

function carousel(raw: Json, pointer: string): CarouselNode {
  const cards: CardNode[] = [];
  const items = Array.isArray(raw.cards) ? raw.cards : [];
  items.forEach((item, index) => {
    const at = join(pointer, 'cards', index);
    const obj = isObject(item) ? item : {};
    const components: ComponentNode[] = [];
    const card: CardNode = {
      kind: 'Card',
      pointer: at,
      raw: item,
      index,
      components,
      get header() {
        return components.find((c): c is HeaderNode => c.kind === 'Header');
      },
      get body() {
        return components.find((c): c is BodyNode => c.kind === 'Body');
      },
      get buttons() {
        return components.find((c): c is ButtonsNode => c.kind === 'Buttons');
      },
    };
    if (Array.isArray(obj.components)) {
      obj.components.forEach((c, i) => components.push(component(c, join(at, 'components', i), card)));
    }
    cards.push(card);
  });
  return { kind: 'Carousel', pointer, raw, cards };
}

function collectTexts(components: readonly ComponentNode[], out: TextField[]): void {
  for (const c of components) {
    switch (c.kind) {
      case 'Header':
      case 'Body':
        if (c.text) out.push(c.text);
        break;
      case 'Footer':
      case 'LimitedTimeOffer':
        if (c.text) out.push(c.text);
        break;
      case 'Buttons':
        for (const b of c.buttons) {
          if (b.text) out.push(b.text);
          if (b.url) out.push(b.url);
        }
        break;
      case 'Carousel':
        for (const card of c.cards) collectTexts(card.components, out);
        break;
      default:
        break;
    }
  }
}

export function buildTemplate(raw: unknown, pointer: string, index: number): TemplateNode {
  const obj = isObject(raw) ? raw : {};
  const components = Array.isArray(obj.components)
    ? obj.components.map((c, i) => component(c, join(pointer, 'components', i), undefined))
    : [];
  const first = <K extends ComponentNode['kind']>(kind: K) =>
    components.find((c) => c.kind === kind) as Extract<ComponentNode, { kind: K }> | undefined;
  const texts: TextField[] = [];
  collectTexts(components, texts);
  return {
    kind: 'Template',
    pointer,
    raw,
    index,
    name: typeof obj.name === 'string' ? obj.name : undefined,
    language: typeof obj.language === 'string' ? obj.language : undefined,
    category: upper(obj.category),
    parameterFormat: upper(obj.parameter_format),
    components,
    header: first('Header'),
    body: first('Body'),
    footer: first('Footer'),
    buttons: first('Buttons'),
    carousel: first('Carousel'),
    limitedTimeOffer: first('LimitedTimeOffer'),
    texts,
  };
}

/**
 * The templates of a file's value, for the three accepted shapes: one template, an array of templates, or a Graph
 * API list response (`{ "data": [...] }`). Built one at a time as they are asked for: a caller that is done with
 * each template before taking the next lets it die young, which keeps a 10,000-template file cheap for the garbage
 * collector (one array file: ~16,000 → ~23,000 templates/s). Undefined when the value is no template shape at all.
 */
export function templatesOf(value: unknown): Iterable<TemplateNode> | undefined {
  if (Array.isArray(value)) return lazily(value, (t, i) => buildTemplate(t, join('', i), i));
  if (!isObject(value)) return undefined;
  const data = value.data;
  if (Array.isArray(data) && value.components === undefined && value.name === undefined) return lazily(data, (t, i) => buildTemplate(t, join('', 'data', i), i));
  return [buildTemplate(value, '', 0)];
}

function* lazily(items: readonly unknown[], build: (item: unknown, index: number) => TemplateNode): Generator<TemplateNode> {
  for (let i = 0; i < items.length; i++) yield build(items[i], i);
}
