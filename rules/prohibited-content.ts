import { loadList } from '../src/dictionaries.js';
import { createRule } from '../src/engine/create-rule.js';
import { PROSE_ROLES, type ExampleNode, type TextField } from '../src/template/model.js';
import { PhraseMatcher, tokensOf } from '../src/text/phrases.js';

/** Commerce Policy categories, by lexicon file name (dictionaries/policy/prohibited/<file>.<lang>.txt), as messages name them. */
const CATEGORIES = {
  weapons: 'weapons',
  drugs: 'drugs',
  tobacco: 'tobacco and vaping',
  alcohol: 'alcohol',
  gambling: 'gambling and real-money games',
  adult: 'adult content',
  'health-claims': 'miracle health claims',
  'crypto-scams': 'crypto scams and guaranteed returns',
} as const;
type Category = keyof typeof CATEGORIES;
/** Threatening or shaming debt-collection wording: a message of its own. */
const THREAT = 'debt-collection';
type Finding = Category | typeof THREAT;

const LANGUAGES = ['en', 'fr'];

let lexicon: PhraseMatcher<Finding> | undefined;

function load(): PhraseMatcher<Finding> {
  if (lexicon) return lexicon;
  const matcher = new PhraseMatcher<Finding>();
  for (const file of [...(Object.keys(CATEGORIES) as Category[]), THREAT] as const) {
    for (const lang of LANGUAGES) matcher.addAll(loadList(`policy/prohibited/${file}.${lang}.txt`), file);
  }
  return (lexicon = matcher);
}

export default createRule({
  id: 'prohibited-content',
  kind: 'rejection',
  summary: "Warn about goods and wording WhatsApp's policies prohibit: weapons, drugs, tobacco, alcohol, gambling, adult content, miracle cures, crypto scams and threats.",
  recommended: 'warn',
  messages: {
    prohibited: (d: { phrase: string; category: string }) =>
      `\`${d.phrase}\` falls under ${d.category}, which WhatsApp's Commerce Policy prohibits; Meta may reject the template, remove it unless the policy allows your offer`,
    threatening: (d: { phrase: string }) =>
      `\`${d.phrase}\` threatens or shames the recipient; Meta rejects threatening debt-collection messages as abusive, state what is due and how to pay`,
  },
  create(context) {
    const matcher = load();

    const check = (field: TextField): void => {
      const tokens = tokensOf(field);
      if (tokens.length === 0) return;
      for (const m of matcher.match(tokens)) {
        const phrase = field.value.slice(m.start, m.end);
        const at = { field, start: m.start, end: m.end };
        if (m.value === THREAT) context.report({ messageId: 'threatening', data: { phrase }, at, actual: phrase });
        else context.report({ messageId: 'prohibited', data: { phrase, category: CATEGORIES[m.value] }, at, actual: phrase });
      }
    };

    /** Meta reviews samples too: a sample that names the goods says what the placeholder will carry. */
    const checkSamples = (example: ExampleNode | undefined): void => {
      if (!example) return;
      for (const sample of example.positional ?? []) check(sample);
      for (const named of example.named ?? []) if (named.example) check(named.example);
    };

    return {
      TextField(field) {
        if (PROSE_ROLES.has(field.role)) check(field);
      },
      Header(header) {
        checkSamples(header.example);
      },
      Body(body) {
        checkSamples(body.example);
      },
    };
  },
});
