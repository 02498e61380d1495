import { createRule } from '../src/engine/create-rule.js';
import type { ButtonNode } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/** Meta, components page: at most 10 buttons in one BUTTONS component. */
const MAX_BUTTONS = 10;

/** Per-type limits (Meta, components page), and the message id for each. */
const TYPE_LIMITS = [
  { type: 'URL', max: 2, messageId: 'tooManyUrlButtons' },
  { type: 'PHONE_NUMBER', max: 1, messageId: 'tooManyPhoneButtons' },
  { type: 'COPY_CODE', max: 1, messageId: 'tooManyCopyCodeButtons' },
  { type: 'QUICK_REPLY', max: 10, messageId: 'tooManyQuickReplies' },
] as const;

/** How a button is named in messages: its label, or its position when it has none. */
function nameOf(button: ButtonNode): string {
  const label = button.text?.value.trim();
  return label ? label : `button ${button.index + 1}`;
}

/** Labels are compared the way a reader sees them: trimmed, case-insensitive, Unicode-normalised. */
function labelKey(label: string): string {
  return label.trim().normalize('NFC').toLowerCase();
}

/**
 * Quick replies that break the grouping rule: all QUICK_REPLY buttons must form one run at the start or at the end.
 * The group kept is the longer of the leading and the trailing run (the leading one on a tie); every other quick
 * reply is out of place.
 */
function ungroupedQuickReplies(list: readonly ButtonNode[]): ButtonNode[] {
  const isQr = (b: ButtonNode) => b.type === 'QUICK_REPLY';
  const quickReplies = list.filter(isQr);
  if (quickReplies.length === 0 || quickReplies.length === list.length) return [];
  let lead = 0;
  while (lead < list.length && isQr(list[lead]!)) lead++;
  let trail = 0;
  while (trail < list.length && isQr(list[list.length - 1 - trail]!)) trail++;
  if (lead === quickReplies.length || trail === quickReplies.length) return [];
  const keepFrom = lead >= trail ? 0 : list.length - trail;
  const keepTo = lead >= trail ? lead : list.length;
  return quickReplies.filter((b) => b.index < keepFrom || b.index >= keepTo);
}

export default createRule({
  id: 'button-limits',
  kind: 'rejection',
  summary: "Enforce Meta's limits on a template's buttons (counts per type, grouping of quick replies, labels).",
  recommended: 'error',
  messages: {
    tooManyButtons: (d: { button: string; count: number }) =>
      `Button \`${d.button}\` is over Meta's limit of 10 buttons (this component has ${d.count}); remove ${d.count - 10} of them`,
    tooManyUrlButtons: (d: { button: string; count: number }) =>
      `URL button \`${d.button}\` is over Meta's limit of 2 URL buttons (this component has ${d.count}); remove it or use another button type`,
    tooManyPhoneButtons: (d: { button: string; count: number }) =>
      `Phone button \`${d.button}\` is over Meta's limit of 1 PHONE_NUMBER button (this component has ${d.count}); remove it`,
    tooManyCopyCodeButtons: (d: { button: string; count: number }) =>
      `Copy-code button \`${d.button}\` is over Meta's limit of 1 COPY_CODE button (this component has ${d.count}); remove it`,
    tooManyQuickReplies: (d: { button: string; count: number }) =>
      `Quick reply \`${d.button}\` is over Meta's limit of 10 quick replies (this component has ${d.count}); remove ${d.count - 10} of them`,
    quickRepliesNotGrouped: (d: { button: string }) =>
      `Quick reply \`${d.button}\` is separated from the other quick replies; put all quick replies together, before or after the other buttons`,
    duplicateLabel: (d: { label: string }) =>
      `Button label \`${d.label}\` is already used by another button; give each button its own label`,
    placeholderInLabel: (d: { placeholder: string }) =>
      `Button label contains \`${d.placeholder}\`; button labels cannot hold variables, write fixed text`,
  },
  create(context) {
    return {
      Buttons(node) {
        // Card buttons have their own limits (2 per card): carousel-format checks them.
        if (node.inCard) return;
        const list = node.buttons;
        // A button over its type's limit that is also the 11th button is reported once: removing it fixes both.
        const overLimit = new Set<number>();
        for (const { type, max, messageId } of TYPE_LIMITS) {
          const ofType = list.filter((b) => b.type === type);
          const first = ofType[max];
          if (!first) continue;
          overLimit.add(first.index);
          context.report({ messageId, data: { button: nameOf(first), count: ofType.length }, at: first });
        }
        const extra = list[MAX_BUTTONS];
        if (extra && !(list.length === MAX_BUTTONS + 1 && overLimit.has(extra.index))) {
          context.report({ messageId: 'tooManyButtons', data: { button: nameOf(extra), count: list.length }, at: extra });
        }
        for (const button of ungroupedQuickReplies(list)) {
          context.report({ messageId: 'quickRepliesNotGrouped', data: { button: nameOf(button) }, at: button });
        }
        const labels = new Set<string>();
        for (const button of list) {
          const text = button.text;
          if (!text) continue;
          for (const p of placeholdersOf(text)) {
            context.report({ messageId: 'placeholderInLabel', data: { placeholder: p.raw }, at: { field: text, start: p.start, end: p.end }, actual: p.raw });
          }
          const label = text.value.trim();
          if (label === '') continue;
          const key = labelKey(label);
          if (labels.has(key)) context.report({ messageId: 'duplicateLabel', data: { label }, at: text, actual: text.value });
          else labels.add(key);
        }
      },
    };
  },
});
