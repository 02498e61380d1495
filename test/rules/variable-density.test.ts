import { describe, it } from 'vitest';
import rule from '../../rules/variable-density.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, modele, namedBody, template } from '../helpers/template.js';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped and will arrive on {{3}}.', ['Ana', 'A-1', 'Monday'])] }),
    {
      name: 'French: exactly 2 × 3 + 1 words',
      code: modele({ components: [body('Bonjour {{1}}, votre commande {{2}} a été expédiée le {{3}}.', ['Léa', 'C-42', 'lundi'])] }),
    },
    {
      name: "Mercuri's valid example: 7 words for 3 placeholders",
      code: template({ components: [body('Dear Guest, Reservation {{1}} arriving from {{2}} departs on {{3}}.', ['R1', 'Paris', 'Monday'])] }),
    },
    {
      name: 'French: three words for one placeholder',
      code: modele({ components: [body('Bonjour {{1}}, merci beaucoup.', ['Léa'])] }),
    },
    {
      name: 'a placeholder used twice counts once',
      code: template({ components: [body('Hi {{1}}, {{1}} is your code.', ['Ana'])] }),
    },
    { name: 'no placeholder', code: template({ components: [body('Hi!')] }) },
    {
      name: 'carousel card bodies are not measured',
      code: modele({ category: 'MARKETING', components: [body('Bonjour {{1}}, voici les offres de la semaine pour vous.', ['Léa']), { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: '{{1}} : {{2}} €' }] }] }] }),
    },
    {
      name: 'Thai has no spaces between words',
      code: template({ language: 'th', components: [body('สวัสดี {{1}} คำสั่งซื้อของคุณถูกจัดส่งแล้ว ขอบคุณค่ะ', ['Ana'])] }),
    },
    {
      name: 'minWordsPerVariable 0 needs one word only',
      options: { minWordsPerVariable: 0 },
      code: template({ language: 'pt_BR', components: [body('Lembrete: {{1}}', ['consulta amanhã'])] }),
    },
    {
      name: "AUTHENTICATION preset as GET message_templates returns it: Meta's Finnish text has two words",
      code: template({
        name: 'vahvistuskoodi',
        language: 'fi',
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', text: '*{{1}}* on vahvistuskoodisi.', example: { body_text: [['123456']] } }],
      }),
    },
    { name: 'text is a number', code: template({ components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'body without text', code: template({ components: [{ type: 'BODY', example: 'x' }] }) },
  ],
  invalid: [
    {
      name: 'Hello {{1}}! {{2}}',
      code: template({ components: [body('Hello {{1}}! {{2}}', ['Ana', 'See you'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 2, words: 1, needed: 5 }, pointer: '/components/0/text', line: 8, column: 15, endColumn: 35 }],
    },
    {
      name: 'Hi {{1}}! {{2}} starts at {{3}}. Are you coming?',
      code: template({ components: [body('Hi {{1}}! {{2}} starts at {{3}}. Are you coming?', ['Ana', 'The party', '8 pm'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 3, words: 6, needed: 7 }, line: 8, column: 15, endColumn: 65 }],
    },
    {
      name: 'Portuguese: Lembrete: {{1}}',
      code: template({ language: 'pt_BR', components: [body('Lembrete: {{1}}', ['consulta amanhã'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 1, words: 1, needed: 3 } }],
    },
    {
      name: 'Hello {{first_name}}',
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hello {{first_name}}', { first_name: 'Ana' })] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 1, words: 1, needed: 3 }, line: 9 }],
    },
    {
      name: "Mercuri's rejected example: 8 words for 4 placeholders",
      code: template({ components: [body('Hello {{1}}, your order {{2}} for {{3}} will be delivered by {{4}}.', ['Ana', 'A-1', '$20', 'Monday'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 4, words: 8, needed: 9 } }],
    },
    {
      name: "French: an elided word is one word as typed (l'adresse)",
      code: modele({ components: [body("Bonjour {{1}}, l'adresse {{2}} est confirmée.", ['Léa', '1 rue de la Paix'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 2, words: 4, needed: 5 } }],
    },
    {
      name: 'French: punctuation, guillemets and emoji are no words',
      code: modele({ components: [body('Bonjour {{1}} ! 🎉 {{2}} — « {{3}} » … merci', ['Léa', 'Soldes', '-20 %'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 3, words: 2, needed: 7 }, line: 8, column: 15 }],
    },
    {
      name: 'French: minWordsPerVariable 3 asks for more words',
      options: { minWordsPerVariable: 3 },
      code: modele({ components: [body('Bonjour {{1}}, votre commande {{2}} a été expédiée le {{3}}.', ['Léa', 'C-42', 'lundi'])] }),
      errors: [{ messageId: 'tooManyVariables', data: { variables: 3, words: 7, needed: 10 } }],
    },
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "rappel",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Rappel\\u00a0: {{1}}\\n\\u00c0 {{2}} !" }\n  ]\n}\n',
      errors: [{ messageId: 'tooManyVariables', data: { variables: 2, words: 2, needed: 5 }, line: 6, column: 31, endColumn: 68 }],
    },
    {
      name: 'YAML',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Rappel : {{1}} le {{2}} à {{3}}, merci"\n',
      errors: [{ messageId: 'tooManyVariables', data: { variables: 3, words: 4, needed: 7 }, line: 6, column: 11 }],
    },
  ],
});
