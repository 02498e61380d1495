import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-template.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { Linter } from '../../src/linter.js';
import { rules } from '../../rules/index.js';
import { scratch } from '../helpers/fs.js';
import { body, footer, modele, template } from '../helpers/template.js';

const orderEn = (name: string, text: string, foot = 'Acme customer care') =>
  template({ name, components: [body(text, ['Ana', 'A-1042']), footer(foot)] });
const commande = (name: string, text: string, foot = 'Service client Exemple') =>
  modele({ name, components: [body(text, ['Léa', 'CMD-1042']), footer(foot)] });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    [orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped. Thank you!'), orderEn('order_delivered', 'Hi {{1}}, order {{2}} was delivered. Thank you!')],
    [commande('commande_expediee', 'Bonjour {{1}}, la commande {{2}} est partie. Merci !'), commande('commande_livree', 'Bonjour {{1}}, la commande {{2}} est livrée. Merci !')],
    {
      name: 'the same name in two languages is how translations are made',
      code: [orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped. Thank you!'), commande('order_shipped', 'Bonjour {{1}}, la commande {{2}} est partie. Merci !')],
    },
    {
      name: 'same body, different footer',
      code: [orderEn('order_a', 'Hi {{1}}, order {{2}} has shipped. Thanks!', 'Acme'), orderEn('order_b', 'Hi {{1}}, order {{2}} has shipped. Thanks!', 'Acme Pro')],
    },
    {
      name: 'AUTHENTICATION templates share Meta preset bodies',
      code: [
        template({ name: 'login_code', category: 'AUTHENTICATION', components: [body('{{1}} is your verification code.', ['123456'])] }),
        template({ name: 'signup_code', category: 'AUTHENTICATION', components: [body('{{1}} is your verification code.', ['123456'])] }),
      ],
    },
    { name: 'one template alone', code: orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped. Thank you!') },
    { name: 'templates without names or bodies do not crash', code: [{ components: 'x' }, { name: 'a', components: [{ type: 'BODY', text: 42 }] }, 7] },
  ],
  invalid: [
    {
      name: 'English: same body and footer under another name, up to case, spacing and placeholder names',
      code: [orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped. Thank you!'), orderEn('order_sent', 'hi {{3}},  ORDER {{4}} has shipped.\nThank you!')],
      errors: [{ messageId: 'sameContent', data: { first: '`order_shipped` (en_US) in this file' }, pointer: '/1/components/0/text', line: 32, column: 17 }],
    },
    {
      name: 'French: a copy with another name is rejected as a duplicate',
      code: [commande('commande_expediee', 'Bonjour {{1}}, la commande {{2}} est partie.'), commande('commande_partie', 'Bonjour {{1}}, la commande {{2}} est partie.')],
      errors: [{ messageId: 'sameContent', data: { first: '`commande_expediee` (fr) in this file' } }],
    },
    {
      name: 'French: the same name twice in one language',
      code: [commande('commande_expediee', 'Bonjour {{1}}, la commande {{2}} est partie.'), commande('commande_expediee', 'Bonjour {{1}}, votre commande {{2}} arrive.')],
      errors: [{ messageId: 'sameName', data: { first: '`commande_expediee` (fr) in this file' }, pointer: '/1/name' }],
    },
    {
      name: 'English: the same template pasted twice is one name clash, not two problems',
      code: [orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped.'), orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped.')],
      errors: [{ messageId: 'sameName', data: { first: '`order_shipped` (en_US) in this file' } }],
    },
  ],
});

describe('duplicate-template across files', () => {
  it('names the file of the first template', async () => {
    const dir = scratch({
      'a.json': JSON.stringify(orderEn('order_shipped', 'Hi {{1}}, order {{2}} has shipped. Thank you!')),
      'b.json': JSON.stringify(orderEn('order_sent', 'Hi {{1}}, order {{2}} has shipped. Thank you!')),
    });
    const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]));
    const linter = await Linter.create({ cwd: dir, config: [{ rules: { ...off, 'duplicate-template': 'error' } }] });
    const results = await linter.lintFiles(['.']);
    expect(results.map((r) => r.messages.map((m) => m.message))).toEqual([
      [],
      ['Body and footer are the same as `order_shipped` (en_US) in a.json; Meta rejects a template that duplicates an existing one, reword it or reuse the first template'],
    ]);
  });
});
