import { createRule } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';

/** Meta's limits, in characters (Unicode code points: see the docs page). */
const BODY_MAX = 1024;
const OFFER_BODY_MAX = 600;
const CARD_BODY_MAX = 160;
const HEADER_MAX = 60;
const FOOTER_MAX = 60;
const BUTTON_TEXT_MAX = 25;
const URL_MAX = 2000;
const COPY_CODE_MAX = 20;
const OFFER_COPY_CODE_MAX = 15;

type Limit = { length: number; max: number };

const tooLong = (what: string) => (d: Limit) =>
  `${what} is ${d.length} characters long; Meta allows at most ${d.max}, remove ${d.length - d.max}`;

/**
 * Length of `value` in code points, and the UTF-16 index where code point number `max` starts (the first one over
 * the limit); undefined when the value is within the limit.
 */
function overflow(value: string, max: number): { length: number; start: number } | undefined {
  // A code point is one or two UTF-16 units: a string of at most `max` units cannot be over the limit.
  if (value.length <= max) return undefined;
  let count = 0;
  let start = -1;
  for (let i = 0; i < value.length; count++) {
    if (count === max) start = i;
    const unit = value.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return start === -1 ? undefined : { length: count, start };
}

export default createRule({
  id: 'text-length',
  kind: 'rejection',
  summary: "Enforce Meta's character limits on body, header, footer, button labels, URLs and offer codes.",
  recommended: 'error',
  messages: {
    bodyTooLong: tooLong('Body'),
    offerBodyTooLong: tooLong('Body of a limited-time offer template'),
    cardBodyTooLong: tooLong('Carousel card body'),
    headerTooLong: tooLong('Header text'),
    footerTooLong: tooLong('Footer'),
    buttonTextTooLong: tooLong('Button label'),
    urlTooLong: tooLong('Button URL'),
    copyCodeTooLong: tooLong('Copy-code example'),
    offerCopyCodeTooLong: tooLong('Offer code example of a limited-time offer template'),
  },
  create(context) {
    type Id =
      | 'bodyTooLong'
      | 'offerBodyTooLong'
      | 'cardBodyTooLong'
      | 'headerTooLong'
      | 'footerTooLong'
      | 'buttonTextTooLong'
      | 'urlTooLong'
      | 'copyCodeTooLong'
      | 'offerCopyCodeTooLong';
    const check = (field: TextField | undefined, max: number, messageId: Id): void => {
      if (!field) return;
      const over = overflow(field.value, max);
      if (!over) return;
      context.report({
        messageId,
        data: { length: over.length, max },
        at: { field, start: over.start, end: field.value.length },
        actual: field.value.slice(over.start),
      });
    };
    const hasOffer = context.template.limitedTimeOffer !== undefined;
    return {
      Body(body) {
        if (body.inCard) check(body.text, CARD_BODY_MAX, 'cardBodyTooLong');
        else if (hasOffer) check(body.text, OFFER_BODY_MAX, 'offerBodyTooLong');
        else check(body.text, BODY_MAX, 'bodyTooLong');
      },
      Header(header) {
        check(header.text, HEADER_MAX, 'headerTooLong');
      },
      Footer(footer) {
        check(footer.text, FOOTER_MAX, 'footerTooLong');
      },
      Button(button) {
        check(button.text, BUTTON_TEXT_MAX, 'buttonTextTooLong');
        check(button.url, URL_MAX, 'urlTooLong');
        if (button.type === 'COPY_CODE') {
          for (const example of button.exampleValues) {
            if (hasOffer) check(example, OFFER_COPY_CODE_MAX, 'offerCopyCodeTooLong');
            else check(example, COPY_CODE_MAX, 'copyCodeTooLong');
          }
        }
      },
    };
  },
});
