import { loadList } from '../../dictionaries.js';
import type { QualityParams } from '../params.js';
import type { Rating, TemplateSeries } from '../series.js';
import { categoryFromName } from '../signals.js';
import type { EventStore, EventValues } from '../store.js';
import { HOUR_MS, parseTimeValue } from '../time.js';
import { aliasSlot } from './fields.js';
import { F } from '../store.js';

/** What was sent: the wamid Meta returned at send time, and the template it carried (`--sends`). */
export interface SentMessage {
  readonly series: TemplateSeries;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

let optOutWords: ReadonlySet<string> | undefined;
/** Upper case, no accents, no punctuation, single spaces: how replies and the word list are compared. */
export function normaliseReply(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
export function isOptOutReply(text: string): boolean {
  optOutWords ??= new Set(loadList('quality/opt-out-replies.txt').map(normaliseReply));
  const normalised = normaliseReply(text);
  if (optOutWords.has(normalised)) return true;
  // Quick-reply payloads are identifiers such as "UNSUBSCRIBE_PROMOS" or "desabonnement-offres".
  const words = normalised.split(' ');
  return words.length <= 4 && words.some((w) => w === 'UNSUBSCRIBE' || w === 'OPTOUT' || w === 'DESABONNER' || w === 'DESABONNEMENT');
}

const SLOT_TO_VALUE: Record<number, keyof EventValues> = {
  [F.time]: 'time',
  [F.template]: 'template',
  [F.language]: 'language',
  [F.templateId]: 'templateId',
  [F.event]: 'event',
  [F.messageId]: 'messageId',
  [F.recipient]: 'recipient',
  [F.reason]: 'reason',
  [F.errorCode]: 'errorCode',
  [F.category]: 'category',
  [F.count]: 'count',
};

/**
 * Lines that the byte scanners pass on: Meta webhook bodies as received, and normalised events in a shape the
 * fast path does not take (escapes in strings, extra nested fields). Webhook statuses reach a template through
 * the send log; opt-out replies and `user_preferences` through the last marketing template delivered to the user.
 */
export class ObjectReader {
  /** recipient → the last template delivered to them that may be marketing, and when. */
  private readonly lastDelivery = new Map<string, { series: TemplateSeries; time: number }>();
  private newestDelivery = -Infinity;
  /** Meta's quality and status updates already read: the same update read twice is counted once. Few: kept whole. */
  private readonly updates = new Set<string>();
  private pruneAt = 100_000;

  constructor(
    private readonly store: EventStore,
    private readonly params: QualityParams,
    private readonly sends: ReadonlyMap<string, SentMessage>,
  ) {}

  handle(value: unknown, file: number, line: number): void {
    if (!isObject(value)) return this.store.skip('malformed', file, line, 'not a JSON object');
    if (Array.isArray(value.entry)) {
      for (const entry of value.entry) {
        if (!isObject(entry)) continue;
        for (const change of list(entry.changes)) if (isObject(change)) this.change(change, entry.time, file, line);
      }
      return;
    }
    if (typeof value.field === 'string' && isObject(value.value)) return this.change(value, undefined, file, line);
    const values: Partial<EventValues> = {};
    let known = 0;
    for (const [key, v] of Object.entries(value)) {
      const slot = aliasSlot(key);
      if (slot === undefined || v === null || v === undefined || typeof v === 'object') continue;
      (values as Record<string, unknown>)[SLOT_TO_VALUE[slot]!] = typeof v === 'boolean' ? String(v) : v;
      known++;
    }
    if (known === 0) return this.store.skip('malformed', file, line, 'neither a normalised event nor a webhook body');
    this.store.add(values as EventValues, file, line);
  }

  private change(change: Json, entryTime: unknown, file: number, line: number): void {
    if (!isObject(change.value)) return this.store.skip('malformed', file, line, `webhook change "${String(change.field)}" without a "value" object`);
    const value = change.value;
    switch (change.field) {
      case 'messages':
        for (const status of list(value.statuses)) if (isObject(status)) this.status(status, file, line);
        for (const message of list(value.messages)) if (isObject(message)) this.inbound(message, file, line);
        return;
      case 'user_preferences':
        for (const pref of list(value.user_preferences)) if (isObject(pref)) this.preference(pref, file, line);
        return;
      case 'message_template_quality_update':
        return this.qualityUpdate(value, entryTime, file, line);
      case 'message_template_status_update':
        return this.statusUpdate(value, entryTime, file, line);
      case 'template_category_update': {
        const series = this.named(value);
        const category = categoryFromName(str(value.new_category) ?? '');
        if (series && category && this.store.known(parseTimeValue(entryTime ?? value.timestamp))) series.category = category;
        return;
      }
      default:
        return this.store.skip('unknown-event', file, line, `webhook field "${String(change.field)}" says nothing about template quality`);
    }
  }

  private status(status: Json, file: number, line: number): void {
    const id = str(status.id);
    const event = str(status.status);
    if (!id || !event) return this.store.skip('malformed', file, line, 'a status without "id" or "status"');
    const sent = this.sends.get(id);
    if (!sent) return this.store.skip('unattributed', file, line, `status of ${id}: the message is not in the send log (--sends)`);
    const pricing = isObject(status.pricing) ? str(status.pricing.category) : undefined;
    if (pricing && !sent.series.category) sent.series.category = categoryFromName(pricing);
    const errors = list(status.errors).filter(isObject);
    const errorCode = errors.length ? str(errors[0]!.code) : undefined;
    const recipient = str(status.recipient_id);
    const time = parseTimeValue(status.timestamp);
    this.emit(sent.series, { time: str(status.timestamp) ?? '', event, messageId: id, recipient, errorCode }, file, line);
    if (event === 'delivered' && recipient && sent.series.category !== 'UTILITY' && sent.series.category !== 'AUTHENTICATION' && !Number.isNaN(time)) {
      const last = this.lastDelivery.get(recipient);
      if (!last || last.time <= time) {
        this.lastDelivery.set(recipient, { series: sent.series, time });
        if (time > this.newestDelivery) this.newestDelivery = time;
        if (this.lastDelivery.size > this.pruneAt) this.prune();
      }
    }
  }

  private inbound(message: Json, file: number, line: number): void {
    const from = str(message.from);
    const texts = replyTexts(message);
    if (!from || texts.length === 0) return;
    const context = isObject(message.context) ? str(message.context.id) : undefined;
    const replyTo = context ? this.sends.get(context)?.series : undefined;
    const optOut = texts.some(isOptOutReply);
    const series = replyTo ?? (optOut ? this.attribute(from, parseTimeValue(message.timestamp)) : undefined);
    if (!series) {
      if (optOut) this.store.skip('unattributed', file, line, `opt-out reply from ${from}: no marketing template delivered to them in the ${this.params.optOutAttributionHours} h before`);
      return;
    }
    this.emit(series, { time: str(message.timestamp) ?? '', event: optOut ? 'opted_out' : 'replied', messageId: str(message.id), recipient: from }, file, line);
  }

  private preference(pref: Json, file: number, line: number): void {
    const who = str(pref.wa_id);
    const choice = str(pref.value);
    if (!who || (choice !== 'stop' && choice !== 'resume')) return this.store.skip('malformed', file, line, 'user_preferences without wa_id or a stop/resume value');
    const series = this.attribute(who, parseTimeValue(pref.timestamp));
    if (!series) return this.store.skip('unattributed', file, line, `marketing ${choice} from ${who}: no marketing template delivered to them in the ${this.params.optOutAttributionHours} h before`);
    this.emit(series, { time: str(pref.timestamp) ?? '', event: choice === 'stop' ? 'opted_out' : 'resumed', recipient: who }, file, line);
  }

  private qualityUpdate(value: Json, entryTime: unknown, file: number, line: number): void {
    const series = this.named(value);
    const rating = str(value.new_quality_score)?.toUpperCase();
    const time = parseTimeValue(entryTime ?? value.timestamp);
    if (!series || !rating || !['GREEN', 'YELLOW', 'RED', 'UNKNOWN'].includes(rating) || Number.isNaN(time)) {
      return this.store.skip('malformed', file, line, 'a quality update without template, a GREEN/YELLOW/RED/UNKNOWN score, or a time');
    }
    if (this.seenUpdate(`q\u0000${series.key}\u0000${time}\u0000${rating}`)) return this.store.skip('duplicate', file, line, 'duplicate');
    series.observedRatings.push({ hour: Math.floor(time / HOUR_MS), time, rating: rating as Rating });
  }

  private statusUpdate(value: Json, entryTime: unknown, file: number, line: number): void {
    const series = this.named(value);
    const status = str(value.event)?.toUpperCase();
    const time = parseTimeValue(entryTime ?? value.timestamp);
    if (!series || !status || Number.isNaN(time)) return this.store.skip('malformed', file, line, 'a status update without template, event or time');
    const title = isObject(value.other_info) ? str(value.other_info.title) : undefined;
    if (this.seenUpdate(`s\u0000${series.key}\u0000${time}\u0000${status}\u0000${title ?? ''}`)) return this.store.skip('duplicate', file, line, 'duplicate');
    // What Meta says after --as-of is not known yet at that time.
    const category = categoryFromName(str(value.message_template_category) ?? '');
    if (category && this.store.known(time)) series.category = category;
    series.observedStatuses.push(title ? { time, status, title } : { time, status });
  }

  /** The template a template webhook names; learns its id's name on the way. */
  private named(value: Json): TemplateSeries | undefined {
    const name = str(value.message_template_name);
    const language = str(value.message_template_language) ?? '';
    const id = str(value.message_template_id);
    if (!name) return undefined;
    if (id) this.store.nameTemplateId(id, name, language);
    return this.store.seriesByName(name, language);
  }

  private seenUpdate(key: string): boolean {
    if (this.updates.has(key)) return true;
    this.updates.add(key);
    return false;
  }

  /** Forgets deliveries too old to take an opt-out: the map then holds the users of one attribution window. */
  private prune(): void {
    const horizon = this.newestDelivery - this.params.optOutAttributionHours * HOUR_MS;
    for (const [recipient, last] of this.lastDelivery) if (last.time < horizon) this.lastDelivery.delete(recipient);
    this.pruneAt = Math.max(100_000, this.lastDelivery.size * 2);
  }

  private attribute(recipient: string, time: number): TemplateSeries | undefined {
    const last = this.lastDelivery.get(recipient);
    if (!last || Number.isNaN(time)) return undefined;
    const age = time - last.time;
    return age >= 0 && age <= this.params.optOutAttributionHours * HOUR_MS ? last.series : undefined;
  }

  private emit(series: TemplateSeries, values: Omit<EventValues, 'template' | 'language'>, file: number, line: number): void {
    this.store.add({ ...values, template: series.name, language: series.language }, file, line);
  }
}

/** What the user said or pressed: a text body, a quick-reply button's text and payload, an interactive reply. */
function replyTexts(message: Json): string[] {
  const texts: (string | undefined)[] = [];
  if (isObject(message.text)) texts.push(str(message.text.body));
  if (isObject(message.button)) texts.push(str(message.button.text), str(message.button.payload));
  if (isObject(message.interactive)) {
    const i = message.interactive;
    const reply = isObject(i.button_reply) ? i.button_reply : isObject(i.list_reply) ? i.list_reply : undefined;
    if (reply) texts.push(str(reply.title), str(reply.id));
  }
  return texts.filter((t): t is string => typeof t === 'string' && t !== '');
}
