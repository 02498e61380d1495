import { z } from 'zod';
import { createRule } from '../src/engine/create-rule.js';
import { findEmoji } from '../src/text/emoji.js';

export default createRule({
  id: 'excessive-emoji',
  kind: 'language',
  summary: 'Limit emoji in the body to what WhatsApp Manager accepts: 10 in a MARKETING template, 6 in a UTILITY one.',
  recommended: 'warn',
  messages: {
    tooMany: (d: { count: number; limit: number; category: string; emoji: string }) =>
      `${d.count} emoji in the ${d.category} body, from \`${d.emoji}\` on past the limit of ${d.limit}; WhatsApp Manager blocks more, remove ${d.count - d.limit}`,
  },
  options: z
    .object({
      /** WhatsApp Manager's `EMOJI_LIMIT`: more than 10 emoji in a MARKETING body are blocked. */
      marketing: z.number().int().min(0).default(10),
      /** WhatsApp Manager's `UTILITY_EMOJI_LIMIT`: more than 6 emoji in a UTILITY body are blocked. */
      utility: z.number().int().min(0).default(6),
    })
    .strict(),
  create(context) {
    return {
      Body(body) {
        // The editor's limits are stated for the message body, not for carousel card bodies. Header, footer and
        // AUTHENTICATION templates allow no emoji at all: header-text-format and authentication-format report those.
        if (body.inCard || !body.text) return;
        const category = context.template.category;
        const limit = category === 'MARKETING' ? context.options.marketing : category === 'UTILITY' ? context.options.utility : undefined;
        if (limit === undefined || category === undefined) return;
        const field = body.text;
        const emoji = findEmoji(field.value);
        if (emoji.length <= limit) return;
        const first = emoji[limit]!;
        context.report({
          messageId: 'tooMany',
          data: { count: emoji.length, limit, category, emoji: first.text },
          at: { field, start: first.start, end: first.end },
          actual: first.text,
        });
      },
    };
  },
});
