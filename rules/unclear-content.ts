import { z } from 'zod';
import { classify, UNCLEAR_MIN_WORDS } from '../src/category/index.js';
import { createRule } from '../src/engine/create-rule.js';

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export default createRule({
  id: 'unclear-content',
  kind: 'category',
  summary: 'Warn when the body is only placeholders or a few words tied to no order, account or code.',
  recommended: 'warn',
  messages: {
    onlyPlaceholders: (d: { text: string }) =>
      `Body \`${d.text}\` is only placeholders; Meta categorises templates with unclear content as MARKETING, write what the message is about`,
    tooFewWords: (d: { text: string; words: number; min: number }) =>
      `Body \`${d.text}\` has ${d.words} static word${d.words === 1 ? '' : 's'} (fewer than ${d.min}) and nothing that ties it to an order, account or booking; Meta categorises such unclear content as MARKETING, say what the message is about`,
  },
  options: z
    .object({
      /** Bodies with fewer words than this outside placeholders, and nothing specific, are reported. */
      minWords: z.number().int().min(1).max(50).default(UNCLEAR_MIN_WORDS),
    })
    .strict(),
  create(context) {
    return {
      Template(template) {
        // AUTHENTICATION bodies are Meta's preset text; a MARKETING template loses nothing by being seen as marketing.
        if (template.category === 'AUTHENTICATION' || template.category === 'MARKETING') return;
        const field = template.body?.text;
        if (!field || field.value.trim() === '') return;
        const stats = classify(template).body;
        if (!stats || stats.field !== field) return;
        const text = shorten(field.value.trim());
        const at = { field, start: 0, end: field.value.length };
        if (stats.staticWords === 0 && stats.placeholders > 0) {
          context.report({ messageId: 'onlyPlaceholders', data: { text }, at, actual: field.value });
        } else if (stats.staticWords === 0 || (stats.staticWords < context.options.minWords && !stats.specific)) {
          context.report({ messageId: 'tooFewWords', data: { text, words: stats.staticWords, min: context.options.minWords }, at, actual: field.value });
        }
      },
    };
  },
});
