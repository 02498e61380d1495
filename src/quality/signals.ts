/**
 * The events the quality model understands and the hourly counters it keeps for each template. Counters are
 * indices into one flat Uint32Array per template (hours × COUNTERS), which is what keeps memory bounded by
 * templates and hours rather than by the number of events read.
 */

export const EVENT_NAMES = ['sent', 'delivered', 'read', 'failed', 'blocked', 'reported', 'opted_out', 'resumed', 'replied', 'clicked'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Event codes: the index of the event in EVENT_NAMES. */
export const Ev = { sent: 0, delivered: 1, read: 2, failed: 3, blocked: 4, reported: 5, optedOut: 6, resumed: 7, replied: 8, clicked: 9 } as const;
export type Ev = (typeof Ev)[keyof typeof Ev];

/** The reasons WhatsApp offers a user who blocks a business; `unspecified` when the log does not say. */
export const BLOCK_REASONS = ['unspecified', 'spam', 'no_longer_needed', 'didnt_sign_up', 'offensive', 'other'] as const;
export type BlockReason = (typeof BLOCK_REASONS)[number];

/**
 * Counter layout: one counter per event, except `blocked`, which is split by reason so that each reason can weigh
 * differently. `optedOutFailures` counts 131050 send failures (the user had stopped marketing messages), which
 * the model treats as opt-outs.
 */
export const C = {
  sent: 0,
  delivered: 1,
  read: 2,
  failed: 3,
  reported: 4,
  optedOut: 5,
  resumed: 6,
  replied: 7,
  clicked: 8,
  optedOutFailures: 9,
  /** blocked, by reason: blockedBase + index in BLOCK_REASONS */
  blockedBase: 10,
} as const;
export const COUNTERS = C.blockedBase + BLOCK_REASONS.length;

/** The counter an event adds to, before the block reason is taken into account. */
const COUNTER_OF_EVENT = [C.sent, C.delivered, C.read, C.failed, C.blockedBase, C.reported, C.optedOut, C.resumed, C.replied, C.clicked];
export function counterOf(event: Ev, reason: number): number {
  return event === Ev.blocked ? C.blockedBase + reason : COUNTER_OF_EVENT[event]!;
}

export function eventFromName(name: string): Ev | -1 {
  const i = (EVENT_NAMES as readonly string[]).indexOf(name.toLowerCase());
  return i < 0 ? -1 : (i as Ev);
}

export function blockReasonFromName(name: string): number {
  const normalised = name.toLowerCase().replace(/[\s'’-]+/g, '_').replace(/^didn_t/, 'didnt').replace(/^did_not/, 'didnt');
  const i = (BLOCK_REASONS as readonly string[]).indexOf(normalised);
  return i < 0 ? BLOCK_REASONS.indexOf('other') : i;
}

/** Send error: the user stopped marketing messages (shared/whatsapp-rules.md §5.4). */
export const OPTED_OUT_ERROR = 131050;

export type Category = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION';
export function categoryFromName(name: string): Category | undefined {
  const upper = name.trim().toUpperCase();
  return upper === 'MARKETING' || upper === 'UTILITY' || upper === 'AUTHENTICATION' ? upper : undefined;
}
