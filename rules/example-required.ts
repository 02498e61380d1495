import { createRule } from '../src/engine/create-rule.js';
import type { ButtonNode, HeaderNode, Placeholder, TemplateNode, TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

const SPACES = /\s+/gu;
/** Header formats whose sample is an uploaded file (`example.header_handle`). LOCATION and PRODUCT take none. */
const MEDIA_FORMATS = new Set(['IMAGE', 'VIDEO', 'DOCUMENT', 'GIF']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Well-formed placeholders only: malformed ones (`{{ 1 }}`, `{{First Name}}`) are the syntax rules' business. */
function wellFormed(field: TextField | undefined): Placeholder[] {
  return placeholdersOf(field).filter((p) => p.style !== 'invalid');
}

function distinctRaw(list: readonly Placeholder[]): string {
  return [...new Set(list.map((p) => p.raw))].map((raw) => `\`${raw}\``).join(', ');
}

/** An absent key, or an empty list, gives no sample. A value of another shape is example-mismatch's business. */
function given(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * Which sample key to ask for: named samples when the template says NAMED, or says nothing and only uses named
 * placeholders; positional samples otherwise.
 */
function wantsNamed(template: TemplateNode, placeholders: readonly Placeholder[]): boolean {
  if (template.parameterFormat === 'NAMED') return true;
  if (template.parameterFormat === 'POSITIONAL') return false;
  return placeholders.length > 0 && placeholders.every((p) => p.style === 'named');
}

function isTextHeader(header: HeaderNode): boolean {
  // No `format` at all reads as TEXT; a `format` of the wrong type is another rule's business.
  return header.format === 'TEXT' || ((header.raw as Record<string, unknown>).format === undefined && header.text !== undefined);
}

function buttonLabel(button: ButtonNode): string {
  return button.text?.value.replace(SPACES, ' ').trim() || `#${button.index + 1}`;
}

export default createRule({
  id: 'example-required',
  kind: 'rejection',
  summary: 'Require samples for every placeholder, media header and URL button variable.',
  recommended: 'error',
  messages: {
    headerTextMissing: (d: { where: string; placeholder: string; field: string }) =>
      `${d.where} uses \`${d.placeholder}\` but has no sample; add \`${d.field}\` with a realistic value`,
    bodyMissing: (d: { where: string; placeholders: string; field: string }) =>
      `${d.where} uses ${d.placeholders} but has no samples; add \`${d.field}\` with a realistic value for each placeholder`,
    mediaHandleMissing: (d: { where: string; format: string }) =>
      `${d.where} is \`${d.format}\` but has no \`example.header_handle\`; upload a sample file with the Resumable Upload API and give its handle (\`4::…\`)`,
    urlExampleMissing: (d: { button: string; placeholder: string }) =>
      `URL button \`${d.button}\` has \`${d.placeholder}\` in its URL but no \`example\`; add the full URL with a sample value, like \`["https://…/A1B2C3"]\``,
  },
  create(context) {
    const { template } = context;
    const where = (part: string, node: { inCard: { index: number } | undefined }): string =>
      node.inCard ? `Card ${node.inCard.index + 1} ${part.toLowerCase()}` : part;
    return {
      Header(header) {
        const raw = (header.raw as Record<string, unknown>).example;
        const example = record(raw);
        // `example` of the wrong type (a string, an array, null) is a type error, reported by template-schema.
        if (raw !== undefined && !example) return;
        if (header.format !== undefined && MEDIA_FORMATS.has(header.format)) {
          if (given(example?.header_handle)) return;
          context.report({ messageId: 'mediaHandleMissing', data: { where: where('Header', header), format: header.format }, at: header });
          return;
        }
        if (!isTextHeader(header)) return;
        const placeholders = wellFormed(header.text);
        const first = placeholders[0];
        if (!first) return;
        if (given(example?.header_text) || given(example?.header_text_named_params)) return;
        const field = wantsNamed(template, placeholders) ? 'example.header_text_named_params' : 'example.header_text';
        context.report({ messageId: 'headerTextMissing', data: { where: where('Header', header), placeholder: first.raw, field }, at: header });
      },
      Body(body) {
        const placeholders = wellFormed(body.text);
        if (placeholders.length === 0) return;
        const raw = (body.raw as Record<string, unknown>).example;
        const example = record(raw);
        if (raw !== undefined && !example) return;
        if (given(example?.body_text) || given(example?.body_text_named_params)) return;
        const field = wantsNamed(template, placeholders) ? 'example.body_text_named_params' : 'example.body_text';
        context.report({
          messageId: 'bodyMissing',
          data: { where: where('Body', body), placeholders: distinctRaw(placeholders), field },
          at: body,
        });
      },
      Button(button) {
        if (button.type !== 'URL') return;
        const first = wellFormed(button.url)[0];
        if (!first) return;
        if (given((button.raw as Record<string, unknown>).example)) return;
        context.report({ messageId: 'urlExampleMissing', data: { button: buttonLabel(button), placeholder: first.raw }, at: button });
      },
    };
  },
});
