import { loadList } from '../src/dictionaries.js';
import { createRule } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';
import { keyedEntries, PhraseMatcher, tokensOf } from '../src/text/phrases.js';

interface Lexicon {
  /** Opt-out wording in the body, header or footer. */
  readonly text: PhraseMatcher<true>;
  /** Opt-out wording in a button label: the text phrases and the label-only ones (`Stop`). */
  readonly label: PhraseMatcher<true>;
}

const FILES = ['policy/opt-out.en.txt', 'policy/opt-out.fr.txt'];

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const text = new PhraseMatcher<true>();
  const label = new PhraseMatcher<true>();
  for (const file of FILES) {
    for (const { key, entry } of keyedEntries(loadList(file), file)) {
      if (key !== 'text' && key !== 'label') throw new Error(`dictionaries/${file}: unknown kind \`${key}\`, use text or label`);
      if (key === 'text') text.add(entry, true);
      label.add(entry, true);
    }
  }
  return (lexicon = { text, label });
}

/** `STOP` in capitals is the opt-out keyword by convention (« STOP au 36180 », "STOP to 12345"). */
function hasStopKeyword(field: TextField): boolean {
  if (!field.value.includes('STOP')) return false;
  return tokensOf(field).some((t) => t.text === 'stop' && field.value.slice(t.start, t.end) === 'STOP');
}

const FRENCH = /^fr(?:_|$)/i;

export default createRule({
  id: 'marketing-opt-out',
  kind: 'quality',
  summary: 'Warn when a MARKETING template gives the recipient no way to stop receiving it.',
  recommended: 'warn',
  messages: {
    missingOptOut: (d: { button: string; footer: string }) =>
      `MARKETING template gives no way to stop receiving it; add a \`${d.button}\` quick reply or a footer such as \`${d.footer}\`, recipients who cannot opt out block and report, which lowers the quality rating`,
  },
  create(context) {
    return {
      Template(template) {
        if (template.category !== 'MARKETING') return;
        const { text, label } = load();
        for (const field of template.texts) {
          switch (field.role) {
            case 'button-text':
              if (label.test(tokensOf(field))) return;
              break;
            case 'body':
            case 'footer':
            case 'card-body':
              if (hasStopKeyword(field) || text.test(tokensOf(field))) return;
              break;
            case 'header':
              if (text.test(tokensOf(field))) return;
              break;
            default:
              break;
          }
        }
        const french = template.language !== undefined && FRENCH.test(template.language);
        context.report({
          messageId: 'missingOptOut',
          data: french
            ? { button: 'Arrêter les promotions', footer: 'Répondez STOP pour vous désabonner' }
            : { button: 'Stop promotions', footer: 'Reply STOP to unsubscribe' },
          at: { pointer: join(template.pointer, 'category') },
        });
      },
    };
  },
});
