import { describe, expect, it } from 'vitest';
import rule, { sampleKind } from '../../rules/locale-consistency.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { Linter } from '../../src/linter.js';
import { rules } from '../../rules/index.js';
import { scratch } from '../helpers/fs.js';
import { body, buttons, modele, namedBody, quickReply, template, urlButton } from '../helpers/template.js';

const en = (text: string, samples: string[], extra: unknown[] = []) => template({ name: 'order_update', components: [body(text, samples), ...extra] });
const fr = (text: string, samples: string[], extra: unknown[] = []) => modele({ name: 'order_update', components: [body(text, samples), ...extra] });
const track = (host: string) => buttons(urlButton('Track', `https://${host}/track/{{1}}`, `https://${host}/track/A1`));

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    [en('Hi {{1}}, order {{2}} arrives on {{3}}.', ['Ana', 'A-1042', 'March 12']), fr('Bonjour {{1}}, la commande {{2}} arrive le {{3}}.', ['Léa', 'A-1042', 'mardi 12 mars'])],
    {
      name: 'same buttons and link domains, in other words',
      code: [
        en('Hi {{1}}, your parcel is on its way.', ['Ana'], [buttons(quickReply('Stop'), urlButton('Track', 'https://www.shop.example.com/t/{{1}}', 'https://www.shop.example.com/t/A1'))]),
        fr('Bonjour {{1}}, votre colis est en route.', ['Léa'], [buttons(quickReply('Stop'), urlButton('Suivre', 'https://suivi.example.com/t/{{1}}', 'https://suivi.example.com/t/A1'))]),
      ],
    },
    {
      name: 'named placeholders in any order in the text',
      code: [
        template({ name: 'rdv', parameter_format: 'NAMED', components: [namedBody('Hi {{first_name}}, see you at {{time}}.', { first_name: 'Ana', time: '10:30' })] }),
        modele({ name: 'rdv', parameter_format: 'NAMED', components: [namedBody('À {{time}}, {{first_name}}, nous vous attendons.', { first_name: 'Léa', time: '10 h 30' })] }),
      ],
    },
    { name: 'different templates may differ', code: [en('Hi {{1}}, order {{2}} shipped.', ['Ana', 'A1']), modele({ name: 'other', components: [body('Bonjour {{1}}, merci.', ['Léa'])] })] },
    { name: 'no name or language: nothing to compare', code: [{ components: [] }, { name: 'order_update', components: 'x' }] },
  ],
  invalid: [
    {
      name: 'French version lost a placeholder',
      code: [en('Hi {{1}}, order {{2}} arrives on {{3}}.', ['Ana', 'A-1042', 'March 12']), fr('Bonjour {{1}}, la commande {{2}} arrive bientôt.', ['Léa', 'A-1042'])],
      errors: [{ messageId: 'placeholders', data: { part: 'body', language: 'fr', these: '`{{1}}`, `{{2}}`', other: 'en_US', those: '`{{1}}`, `{{2}}`, `{{3}}`' }, pointer: '/1/components/0/text' }],
    },
    {
      name: 'English version samples an amount where French samples a date',
      code: [fr('Bonjour {{1}}, échéance du {{2}} confirmée.', ['Léa', '12/03/2026']), en('Hi {{1}}, payment of {{2}} confirmed.', ['Ana', '€49.90'])],
      errors: [{ messageId: 'sampleKind', data: { placeholder: '2', kind: 'amount', sample: '€49.90', other: 'fr', otherKind: 'date', otherSample: '12/03/2026' } }],
    },
    {
      name: 'French version dropped the quick reply',
      code: [en('Hi {{1}}, your parcel is on its way.', ['Ana'], [buttons(quickReply('Stop'), quickReply('Help'))]), fr('Bonjour {{1}}, votre colis est en route.', ['Léa'], [buttons(quickReply('Stop'))])],
      errors: [{ messageId: 'buttons', data: { these: 'QUICK_REPLY', other: 'en_US', those: 'QUICK_REPLY, QUICK_REPLY' }, pointer: '/1/components/1' }],
    },
    {
      name: 'English version links to another site',
      code: [fr('Bonjour {{1}}, votre colis est en route.', ['Léa'], [track('www.exemple.fr')]), en('Hi {{1}}, your parcel is on its way.', ['Ana'], [track('www.example-shop.com')])],
      errors: [{ messageId: 'linkDomains', data: { these: '`example-shop.com`', other: 'fr', those: '`exemple.fr`' }, pointer: '/1' }],
    },
  ],
});

describe('sampleKind', () => {
  it.each([
    ['https://exemple.fr/a', 'url'],
    ['lea@exemple.fr', 'email'],
    ['+33 6 12 34 56 78', 'phone'],
    ['49,90 €', 'amount'],
    ['€49.90', 'amount'],
    ['12/03/2026', 'date'],
    ['mardi 12 mars', 'date'],
    ['March 12', 'date'],
    ['10 h 30', 'time'],
    ['10:30', 'time'],
    ['3', 'number'],
    ['A-1042', 'code'],
    ['Léa', 'text'],
  ])('%s is %s', (sample, kind) => expect(sampleKind(sample)).toBe(kind));
});

describe('locale-consistency across files', () => {
  it('compares order_update.fr.json with order_update.en.json and names the reference file', async () => {
    const dir = scratch({
      'order_update.en.json': JSON.stringify(en('Hi {{1}}, order {{2}} shipped.', ['Ana', 'A1'])),
      'order_update.fr.json': JSON.stringify(fr('Bonjour {{1}}, commande expédiée.', ['Léa'])),
    });
    const off = Object.fromEntries(Object.keys(rules).map((id) => [id, 'off' as const]));
    const linter = await Linter.create({ cwd: dir, config: [{ rules: { ...off, 'locale-consistency': 'warn' } }] });
    const results = await linter.lintFiles(['.']);
    expect(results[1]!.messages.map((m) => m.message)).toEqual([
      'The body placeholders here are `{{1}}` but the en_US (order_update.en.json) version has `{{1}}`, `{{2}}`; one send code fills every language, align them',
    ]);
  });
});
