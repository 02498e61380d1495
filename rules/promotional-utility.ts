import { classify, evidencePlace as placeOf, explainsMarketing, type Evidence } from '../src/category/index.js';
import { createRule } from '../src/engine/create-rule.js';

/**
 * What a UTILITY template predicted MARKETING costs: Meta approves it as MARKETING (since 2025-04-09) and every
 * delivered send is charged at the marketing rate, including inside the 24 h customer service window where a
 * UTILITY send is free (per-message pricing since 2025-07-01; /work/shared/whatsapp-rules.md §4.3 and §6).
 */
const COST = 'billed at the marketing rate on every delivered send, even in the 24 h service window where utility is free';
const ADVICE = 'remove the promotion or use a MARKETING template';

/** Evidence a user can act on: text, samples, URLs, buttons. Carousels and offers are other rules' business, unclear bodies unclear-content's. */
const REPORTED: ReadonlySet<Evidence['kind']> = new Set(['phrase', 'sample', 'url', 'button', 'code-sample']);

export default createRule({
  id: 'promotional-utility',
  kind: 'category',
  summary: 'Warn when a UTILITY template has promotional content that Meta will likely approve as MARKETING.',
  recommended: 'warn',
  messages: {
    promotional: (d: { phrase: string }) =>
      `\`${d.phrase}\` is promotional: Meta will likely approve this UTILITY template as MARKETING, ${COST}; ${ADVICE}`,
    promotionalSample: (d: { phrase: string; sample: string }) =>
      `\`${d.phrase}\` with the sample \`${d.sample}\` is a promo code: Meta will likely approve this UTILITY template as MARKETING, ${COST}; ${ADVICE}`,
    promotionalButton: (d: { button: string; phrase: string }) =>
      `${d.button} button \`${d.phrase}\` is promotional: Meta will likely approve this UTILITY template as MARKETING, ${COST}; ${ADVICE}`,
    costNote: (d: { confidence: number }) =>
      `Cost note: predicted MARKETING (${d.confidence} % confidence); approved as MARKETING, every delivered send is charged at the marketing rate, the highest of the three per country, and no send is free inside the 24 h customer service window any more`,
  },
  create(context) {
    return {
      Template(template) {
        if (template.category !== 'UTILITY') return;
        const prediction = classify(template);
        if (prediction.category !== 'MARKETING') return;
        // The cost is a note beside the warnings (shown with --verbose, carried by the JSON and SARIF outputs).
        context.report({
          messageId: 'costNote',
          data: { confidence: Math.round(prediction.confidence * 100) },
          at: { pointer: `${template.pointer}/category` },
          severity: 'info',
        });
        for (const e of prediction.evidence) {
          if (!explainsMarketing(e) || !REPORTED.has(e.kind)) continue;
          const at = placeOf(e);
          if (e.kind === 'button') {
            context.report({ messageId: 'promotionalButton', data: { button: e.buttonType ?? 'A', phrase: e.phrase }, at });
          } else if (e.sample !== undefined) {
            context.report({ messageId: 'promotionalSample', data: { phrase: e.phrase, sample: e.sample }, at, actual: e.phrase });
          } else {
            context.report({ messageId: 'promotional', data: { phrase: e.phrase }, at, actual: e.phrase });
          }
        }
      },
    };
  },
});
