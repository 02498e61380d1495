import { createRule } from '../src/engine/create-rule.js';
import type { ButtonNode, LimitedTimeOfferNode } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

/** Meta: offer details text, "Maximum 16 characters". Counted in code points, so an emoji is one. */
const MAX_OFFER_TEXT = 16;
const SPACES = /\s+/gu;
const HEADER_FORMATS = new Set(['IMAGE', 'VIDEO']);

/** Code points: UTF-16 units, less the low halves of surrogate pairs. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) n++;
  }
  return n;
}

/** Where a missing or mistyped offer text is reported: the value if there is one, else the object that should hold it. */
function missingTextAt(offer: LimitedTimeOfferNode, raw: unknown, pointer: string): { pointer: string } {
  if (raw === undefined) return offer;
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  return isObject && (raw as Record<string, unknown>).text !== undefined ? { pointer: join(pointer, 'text') } : { pointer };
}

export default createRule({
  id: 'limited-time-offer-format',
  kind: 'rejection',
  summary: 'Enforce the structure Meta requires of limited-time offer templates.',
  recommended: 'error',
  messages: {
    marketingOnly: (d: { category: string }) =>
      `Limited-time offer templates must be in the MARKETING category, this one is \`${d.category}\`; change the category or drop the offer`,
    footerNotAllowed: () => `Limited-time offer templates cannot have a FOOTER; remove it and put any fine print in the body`,
    headerFormat: (d: { format: string }) =>
      `Header is ${d.format ? `\`${d.format}\`` : 'without a format'}; a limited-time offer header must be IMAGE or VIDEO, or be left out`,
    textRequired: () => `\`limited_time_offer.text\` is missing or empty; give the offer heading, at most ${MAX_OFFER_TEXT} characters (e.g. "Expiring offer!")`,
    textTooLong: (d: { text: string; length: number }) =>
      `Offer text \`${d.text.replace(SPACES, ' ')}\` is ${d.length} characters; Meta allows at most ${MAX_OFFER_TEXT}, shorten it`,
    expirationNotBoolean: (d: { value: string }) =>
      `\`has_expiration\` is \`${d.value}\`; it must be the boolean true or false, without quotes`,
    copyCodeRequired: () =>
      `\`has_expiration\` is true but there is no COPY_CODE button; add one, first in the buttons, with a sample offer code`,
    copyCodeNotFirst: (d: { position: number }) => `COPY_CODE is button ${d.position}; in a limited-time offer it must come first`,
  },
  create(context) {
    const { template } = context;

    function checkOffer(offer: LimitedTimeOfferNode): void {
      const raw = (offer.raw as Record<string, unknown>).limited_time_offer;
      const offerPointer = join(offer.pointer, 'limited_time_offer');

      const { text } = offer;
      if (!text || text.value.trim() === '') {
        context.report({ messageId: 'textRequired', at: text ?? missingTextAt(offer, raw, offerPointer) });
      } else {
        const length = codePoints(text.value);
        if (length > MAX_OFFER_TEXT) context.report({ messageId: 'textTooLong', data: { text: text.value, length }, at: text, actual: text.value });
      }

      const expiration = offer.hasExpiration;
      if (expiration !== undefined && typeof expiration !== 'boolean') {
        context.report({ messageId: 'expirationNotBoolean', data: { value: JSON.stringify(expiration) }, at: { pointer: join(offerPointer, 'has_expiration') } });
      }

      if (expiration === true && !copyCodeOf()) {
        context.report({ messageId: 'copyCodeRequired', at: template.buttons ?? { pointer: join(offerPointer, 'has_expiration') } });
      }
    }

    function copyCodeOf(): ButtonNode | undefined {
      return template.buttons?.buttons.find((b) => b.type === 'COPY_CODE');
    }

    return {
      LimitedTimeOffer(offer) {
        // Template-wide checks run once, on the first offer component.
        if (offer === template.limitedTimeOffer) {
          const { category } = template;
          if (category !== undefined && category !== 'MARKETING') {
            context.report({ messageId: 'marketingOnly', data: { category }, at: offer });
          }
          for (const component of template.components) {
            if (component.kind === 'Footer') context.report({ messageId: 'footerNotAllowed', at: component });
            if (component.kind === 'Header' && (component.format === undefined || !HEADER_FORMATS.has(component.format))) {
              const format = (component.raw as Record<string, unknown>).format;
              context.report({
                messageId: 'headerFormat',
                data: { format: typeof format === 'string' ? format : format === undefined ? '' : JSON.stringify(format) },
                at: format === undefined ? component : { pointer: join(component.pointer, 'format') },
              });
            }
          }
          const copyCode = copyCodeOf();
          if (copyCode && copyCode.index > 0) {
            context.report({ messageId: 'copyCodeNotFirst', data: { position: copyCode.index + 1 }, at: copyCode });
          }
        }
        checkOffer(offer);
      },
    };
  },
});
