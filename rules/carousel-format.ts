import { createRule } from '../src/engine/create-rule.js';
import type { CardNode, CarouselNode, ComponentNode } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

const MIN_CARDS = 2;
const MAX_CARDS = 10;
const MAX_CARD_BUTTONS = 2;

/** IMAGE and VIDEO for media card carousels; PRODUCT for product card carousels (catalog cards with a View button). */
const CARD_HEADER_FORMATS = new Set(['IMAGE', 'VIDEO', 'PRODUCT']);
/** A carousel template is a BODY and the cards: header, footer and buttons live inside the cards. */
const NOT_BESIDE_CAROUSEL = new Set(['Header', 'Footer', 'Buttons']);
/** A card is a media header, an optional body and optional buttons: anything else (a footer, an offer, a carousel) is not. */
const CARD_COMPONENTS = new Set(['Header', 'Body', 'Buttons']);
const COMPONENT_TYPE: Record<string, string> = { Header: 'HEADER', Body: 'BODY', Footer: 'FOOTER', Buttons: 'BUTTONS' };
/** Order of component kinds in a card signature: cards are compared whatever order their components are written in. */
const KIND_ORDER: Record<string, number> = { Header: 0, Body: 1, Buttons: 2, Footer: 3, Carousel: 4, LimitedTimeOffer: 5, UnknownComponent: 6 };

function describe(component: ComponentNode): string {
  switch (component.kind) {
    case 'Header':
      return `HEADER ${component.format ?? '(no format)'}`;
    case 'Buttons':
      return `BUTTONS [${component.buttons.map((b) => b.type ?? '?').join(', ')}]`;
    case 'UnknownComponent':
      return typeof component.type === 'string' ? component.type.toUpperCase() : '?';
    case 'Body':
      return 'BODY';
    case 'Footer':
      return 'FOOTER';
    case 'Carousel':
      return 'CAROUSEL';
    case 'LimitedTimeOffer':
      return 'LIMITED_TIME_OFFER';
  }
}

/** What a card is made of, in a fixed order: `HEADER IMAGE, BODY, BUTTONS [QUICK_REPLY, URL]`. */
function signature(card: CardNode): string {
  const parts = [...card.components].sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9)).map(describe);
  return parts.length > 0 ? parts.join(', ') : '(nothing)';
}

export default createRule({
  id: 'carousel-format',
  kind: 'rejection',
  summary: 'Enforce the structure Meta requires of carousel templates and their cards.',
  recommended: 'error',
  messages: {
    marketingOnly: (d: { category: string }) =>
      `Carousel templates must be in the MARKETING category, this one is \`${d.category}\`; change the category or drop the carousel`,
    tooFewCards: (d: { count: number }) => `Carousel has ${d.count} card(s); Meta requires at least ${MIN_CARDS}, add cards`,
    tooManyCards: (d: { count: number }) => `Carousel has ${d.count} cards; Meta allows at most ${MAX_CARDS}, remove ${d.count - MAX_CARDS}`,
    cardHeaderRequired: (d: { card: number }) => `Card ${d.card} has no HEADER; give every carousel card an IMAGE or VIDEO header`,
    cardHeaderFormat: (d: { card: number; format: string }) =>
      `Card ${d.card} header is ${d.format ? `\`${d.format}\`` : 'without a format'}; carousel card headers must be IMAGE or VIDEO (PRODUCT for product cards)`,
    cardTooManyButtons: (d: { card: number; count: number }) =>
      `Card ${d.card} has ${d.count} buttons; a carousel card has at most ${MAX_CARD_BUTTONS}, remove ${d.count - MAX_CARD_BUTTONS}`,
    cardMismatch: (d: { card: number; actual: string; expected: string }) =>
      `Card ${d.card} has \`${d.actual}\` but the other cards have \`${d.expected}\`; all cards of a carousel must have the same components`,
    componentNotAllowed: (d: { type: string }) =>
      `\`${d.type}\` cannot sit beside a CAROUSEL; a carousel template has a BODY and the cards, move it into the cards or remove it`,
    cardComponentNotAllowed: (d: { card: number; type: string }) =>
      `Card ${d.card} has a \`${d.type}\` component; a carousel card holds only a HEADER, a BODY and BUTTONS, remove it`,
  },
  create(context) {
    const { template } = context;

    /** Card-level problems; true when the card got a report (it then stays out of the comparison). */
    function checkCard(card: CardNode): boolean {
      const number = card.index + 1;
      let reported = false;
      const { header } = card;
      if (!header) {
        context.report({ messageId: 'cardHeaderRequired', data: { card: number }, at: card });
        reported = true;
      } else if (header.format === undefined || !CARD_HEADER_FORMATS.has(header.format)) {
        const raw = (header.raw as Record<string, unknown>).format;
        const format = typeof raw === 'string' ? raw : raw === undefined ? '' : JSON.stringify(raw);
        context.report({ messageId: 'cardHeaderFormat', data: { card: number, format }, at: raw === undefined ? header : { pointer: join(header.pointer, 'format') } });
        reported = true;
      }
      for (const component of card.components) {
        // Unreadable components (no object, unknown type) are template-schema's business.
        if (CARD_COMPONENTS.has(component.kind) || component.kind === 'UnknownComponent') continue;
        context.report({ messageId: 'cardComponentNotAllowed', data: { card: number, type: describe(component) }, at: component });
        reported = true;
      }
      const count = card.buttons?.buttons.length ?? 0;
      if (card.buttons && count > MAX_CARD_BUTTONS) {
        context.report({ messageId: 'cardTooManyButtons', data: { card: number, count }, at: card.buttons });
        reported = true;
      }
      return reported;
    }

    function checkCards(carousel: CarouselNode): void {
      const rawCards = (carousel.raw as Record<string, unknown>).cards;
      const count = carousel.cards.length;
      const at = rawCards === undefined ? carousel : { pointer: join(carousel.pointer, 'cards') };
      if (count < MIN_CARDS) context.report({ messageId: 'tooFewCards', data: { count }, at });
      else if (count > MAX_CARDS) context.report({ messageId: 'tooManyCards', data: { count }, at });

      const signatures = new Map<CardNode, string>();
      for (const card of carousel.cards) {
        if (!checkCard(card)) signatures.set(card, signature(card));
      }
      // The shape most cards share is the reference; on a tie, the first card's.
      const tally = new Map<string, number>();
      for (const s of signatures.values()) tally.set(s, (tally.get(s) ?? 0) + 1);
      let expected: string | undefined;
      let best = 0;
      for (const [s, n] of tally) {
        if (n > best) {
          expected = s;
          best = n;
        }
      }
      if (expected === undefined) return;
      for (const [card, actual] of signatures) {
        if (actual !== expected) context.report({ messageId: 'cardMismatch', data: { card: card.index + 1, actual, expected }, at: card });
      }
    }

    return {
      Carousel(carousel) {
        const { category } = template;
        if (category !== undefined && category !== 'MARKETING') {
          context.report({ messageId: 'marketingOnly', data: { category }, at: carousel });
        }
        // Components beside the carousel are checked once, on the first CAROUSEL.
        for (const component of carousel === template.carousel ? template.components : []) {
          if (NOT_BESIDE_CAROUSEL.has(component.kind)) {
            context.report({ messageId: 'componentNotAllowed', data: { type: COMPONENT_TYPE[component.kind]! }, at: component });
          }
        }
        checkCards(carousel);
      },
    };
  },
});
