/** Builders for test templates in Meta's creation shape. */

export interface TemplateParts {
  name?: string;
  language?: string;
  category?: string;
  parameter_format?: string;
  components?: unknown[];
  [key: string]: unknown;
}

export function template(parts: TemplateParts = {}): Record<string, unknown> {
  return {
    name: 'order_update',
    language: 'en_US',
    category: 'UTILITY',
    ...parts,
    components: parts.components ?? [body('Hello, your order has shipped.')],
  };
}

/** A BODY component, with positional samples when given. */
export function body(text: string, samples?: string[]): Record<string, unknown> {
  return samples ? { type: 'BODY', text, example: { body_text: [samples] } } : { type: 'BODY', text };
}

export function namedBody(text: string, samples: Record<string, string>): Record<string, unknown> {
  return {
    type: 'BODY',
    text,
    example: { body_text_named_params: Object.entries(samples).map(([param_name, example]) => ({ param_name, example })) },
  };
}

export function header(text: string, sample?: string): Record<string, unknown> {
  return sample === undefined ? { type: 'HEADER', format: 'TEXT', text } : { type: 'HEADER', format: 'TEXT', text, example: { header_text: [sample] } };
}

export function footer(text: string): Record<string, unknown> {
  return { type: 'FOOTER', text };
}

export function buttons(...list: Array<Record<string, unknown>>): Record<string, unknown> {
  return { type: 'BUTTONS', buttons: list };
}

export function quickReply(text: string): Record<string, unknown> {
  return { type: 'QUICK_REPLY', text };
}

export function urlButton(text: string, url: string, example?: string): Record<string, unknown> {
  return example === undefined ? { type: 'URL', text, url } : { type: 'URL', text, url, example: [example] };
}

export function phoneButton(text: string, phone_number: string): Record<string, unknown> {
  return { type: 'PHONE_NUMBER', text, phone_number };
}

/** French template defaults. */
export function modele(parts: TemplateParts = {}): Record<string, unknown> {
  return template({ name: 'suivi_commande', language: 'fr', ...parts, components: parts.components ?? [body('Bonjour, votre commande a été expédiée.')] });
}

/** An English template whose body is `text` (link rules). */
export function linkTemplate(text: string): Record<string, unknown> {
  return template({ components: [body(text)] });
}

/** The French twin of linkTemplate. */
export function modeleLien(text: string): Record<string, unknown> {
  return modele({ components: [body(text)] });
}

/** An English template with a URL button to `url`. */
export function withUrlButton(url: string, example?: string): Record<string, unknown> {
  return template({ components: [body('Your order has shipped, track it with the button below.'), buttons(urlButton('Track', url, example))] });
}

/** The French twin of withUrlButton. */
export function avecBoutonUrl(url: string, example?: string): Record<string, unknown> {
  return modele({ components: [body('Votre commande est partie, suivez-la avec le bouton ci-dessous.'), buttons(urlButton('Suivre', url, example))] });
}
