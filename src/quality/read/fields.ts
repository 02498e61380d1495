import { F } from '../store.js';

/**
 * Names a field may have in a normalised event (JSON key or CSV column), mapped to its slot. Aliases cover the
 * usual export names (`wamid`, `recipient_id`, `template_name`…).
 */
export const FIELD_ALIASES: Readonly<Record<string, number>> = Object.freeze({
  __proto__: null,
  time: F.time,
  timestamp: F.time,
  hour: F.time,
  template: F.template,
  template_name: F.template,
  language: F.language,
  template_language: F.language,
  template_id: F.templateId,
  event: F.event,
  event_type: F.event,
  message_id: F.messageId,
  wamid: F.messageId,
  recipient: F.recipient,
  recipient_id: F.recipient,
  wa_id: F.recipient,
  reason: F.reason,
  block_reason: F.reason,
  error_code: F.errorCode,
  category: F.category,
  count: F.count,
  n: F.count,
} as unknown as Record<string, number>);

/** The slot of a field name, or undefined; own names only (a column called `constructor` is not a field). */
export function aliasSlot(name: string): number | undefined {
  return Object.hasOwn(FIELD_ALIASES, name) ? FIELD_ALIASES[name] : undefined;
}

/** Key bytes grouped by length, so matching a key costs a length test and a short compare. */
const byLength: { bytes: Buffer; slot: number }[][] = [];
for (const [name, slot] of Object.entries(FIELD_ALIASES)) {
  const bytes = Buffer.from(name);
  (byLength[bytes.length] ??= []).push({ bytes, slot });
}

/** The slot of the key in b[s, e), or -1 for a key the model does not use. */
export function slotOfKey(b: Uint8Array, s: number, e: number): number {
  const candidates = byLength[e - s];
  if (!candidates) return -1;
  for (let k = 0; k < candidates.length; k++) {
    const { bytes, slot } = candidates[k]!;
    let i = 0;
    while (i < bytes.length && b[s + i] === bytes[i]) i++;
    if (i === bytes.length) return slot;
  }
  return -1;
}
