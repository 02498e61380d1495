import { classify, evidencePlace as placeOf, deliversCode } from '../src/category/index.js';
import { createRule } from '../src/engine/create-rule.js';

export default createRule({
  id: 'code-outside-authentication',
  kind: 'category',
  summary: 'Disallow one-time and verification codes in MARKETING and UTILITY templates.',
  recommended: 'error',
  messages: {
    deliversCode: (d: { phrase: string; category: string }) =>
      `\`${d.phrase}\` delivers a one-time code in a ${d.category} template; Meta rejects it as INCORRECT_CATEGORY on the 1st of the next month, with no review: send codes with an AUTHENTICATION template`,
    deliversCodeSample: (d: { phrase: string; sample: string; category: string }) =>
      `\`${d.phrase}\` with the sample \`${d.sample}\` delivers a one-time code in a ${d.category} template; Meta rejects it as INCORRECT_CATEGORY on the 1st of the next month, with no review: send codes with an AUTHENTICATION template`,
  },
  create(context) {
    return {
      Template(template) {
        const category = template.category;
        if (category !== 'MARKETING' && category !== 'UTILITY') return;
        const prediction = classify(template);
        if (!deliversCode(prediction)) return;
        // The heaviest piece of evidence (evidence is sorted by weight): one report per template.
        const top = prediction.evidence.find((e) => e.category === 'AUTHENTICATION' && e.kind !== 'prior');
        if (!top) return;
        if (top.sample !== undefined) {
          context.report({ messageId: 'deliversCodeSample', data: { phrase: top.phrase, sample: top.sample, category }, at: placeOf(top), actual: top.phrase });
        } else {
          context.report({ messageId: 'deliversCode', data: { phrase: top.phrase, category }, at: placeOf(top), actual: top.phrase });
        }
      },
    };
  },
});
