import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/phone-number-format.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { lintSource } from '../../src/engine/lint.js';
import { body, buttons, modele, phoneButton, quickReply, template } from '../helpers/template.js';

const call = (phone_number: unknown) =>
  template({ components: [body('Questions about your order? Call our team.'), buttons({ type: 'PHONE_NUMBER', text: 'Call us', phone_number })] });
const appel = (phone_number: unknown) =>
  modele({ components: [body('Une question sur votre commande ? Appelez notre équipe.'), buttons({ type: 'PHONE_NUMBER', text: 'Appeler', phone_number })] });
/** The file text of `appel(n)` / `call(n)`: what a fix or suggestion must produce. */
const appelText = (n: string) => JSON.stringify(appel(n), null, 2) + '\n';
const callText = (n: string) => JSON.stringify(call(n), null, 2) + '\n';

// Registered before the RuleTester cases, so that it runs before any of them loads libphonenumber-js.
describe('phone-number-format loading', () => {
  const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('libphonenumber-js'));
  it('loads libphonenumber-js only for a template with a phone button', () => {
    const lint = (value: object) =>
      lintSource(
        { path: 'x.json', format: 'json', text: JSON.stringify(value), hasBom: false },
        { rulesFor: () => [{ rule, severity: 2, options: {} }], settings: {}, knownRules: new Set([rule.id]) },
      );
    expect(loaded()).toBe(false);
    lint(template({ components: [body('No phone here.'), buttons(quickReply('Yes'))] }));
    expect(loaded()).toBe(false);
    expect(lint(call('+15550051310')).messages).toEqual([]);
    expect(loaded()).toBe(true);
  });
});

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    call('+15550051310'),
    { name: "Meta's own example, without +", code: call('15550051310') },
    appel('+33 6 12 34 56 78'),
    { name: 'hyphens between groups', code: appel('+33-6-12-34-56-78') },
    { name: 'UK landline', code: call('+44 20 7946 0958') },
    { name: 'exactly 20 characters', code: call('+44 20 - 7946 - 0958') },
    { name: 'Italian mobile', code: appel('+39 312 345 6789') },
    {
      name: 'card phone button',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Nos offres de la semaine.'),
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'HEADER', format: 'IMAGE' }, buttons(phoneButton('Appeler', '+33612345678'))] }] },
        ],
      }),
    },
    { name: 'phone_number on a quick reply is not checked', code: template({ components: [body('Reply below.'), buttons({ type: 'QUICK_REPLY', text: 'Yes', phone_number: 'abc' })] }) },
    { name: 'phone_number is a number', code: call(15550051310) },
    { name: 'phone_number is missing', code: template({ components: [body('Call us.'), buttons({ type: 'PHONE_NUMBER', text: 'Call' })] }) },
    { name: 'button that is a number', code: template({ components: [body('Call us.'), buttons(3 as never)] }) },
    { name: 'buttons is a string', code: template({ components: [body('Call us.'), { type: 'BUTTONS', buttons: 'x' }] }) },
    {
      name: 'YAML with a quoted number',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Une question ? Appelez-nous.\n  - type: BUTTONS\n    buttons:\n      - type: PHONE_NUMBER\n        text: Appeler\n        phone_number: "+33 6 12 34 56 78"\n',
    },
  ],
  invalid: [
    // tooLong
    {
      name: 'English: too long because of separators, fixed',
      code: call('+1 - 555 - 005 - 1310'),
      errors: [{ messageId: 'tooLong', data: { number: '+1 - 555 - 005 - 1310', length: 21 }, pointer: '/components/1/buttons/0/phone_number', line: 16, column: 27, endColumn: 50 }],
      output: callText('+15550051310'),
    },
    {
      name: 'French: too long and too many digits, fixed to the compact form',
      code: appel('+33 6 12 34 56 78 00 00'),
      errors: [
        { messageId: 'tooLong', data: { number: '+33 6 12 34 56 78 00 00', length: 23 } },
        { messageId: 'notPlausible', data: { number: '+33 6 12 34 56 78 00 00' } },
      ],
      output: appelText('+336123456780000'),
    },
    {
      name: 'French: 25 digits, no fix',
      code: appel('+3361234567812345678901234'),
      errors: [{ messageId: 'tooLong', data: { number: '+3361234567812345678901234', length: 26 } }],
      output: null,
    },
    // invalidCharacters
    {
      name: 'English: a vanity number',
      code: call('+1-800-FLOWERS'),
      errors: [{ messageId: 'invalidCharacters', data: { number: '+1-800-FLOWERS', characters: 'FLOWERS' }, actual: 'FLOWERS', line: 16, column: 35, endColumn: 42 }],
    },
    {
      name: 'French: trunk prefix in parentheses',
      code: appel('+33 (0)6 12 34 56 78'),
      errors: [
        { messageId: 'invalidCharacters', data: { number: '+33 (0)6 12 34 56 78', characters: '(' }, column: 32, endColumn: 33 },
        { messageId: 'invalidCharacters', data: { number: '+33 (0)6 12 34 56 78', characters: ')' }, column: 34, endColumn: 35 },
      ],
    },
    {
      name: 'French: non-breaking spaces and a + in the middle',
      code: appel('33+6\u00a012\u00a034'),
      errors: [
        { messageId: 'invalidCharacters', data: { number: '33+6\u00a012\u00a034', characters: '+' } },
        { messageId: 'invalidCharacters', data: { number: '33+6\u00a012\u00a034', characters: '\u00a0' } },
        { messageId: 'invalidCharacters', data: { number: '33+6\u00a012\u00a034', characters: '\u00a0' } },
      ],
    },
    // notPlausible
    {
      name: 'English: unknown country code',
      code: call('+999 123 4567'),
      errors: [{ messageId: 'notPlausible', data: { number: '+999 123 4567' }, actual: '+999 123 4567', line: 16, column: 27, endColumn: 42 }],
    },
    {
      name: 'French: national format without the country code',
      code: appel('06 12 34 56 78'),
      errors: [{ messageId: 'notPlausible', data: { number: '06 12 34 56 78' } }],
    },
    {
      name: 'French: 00 international prefix',
      code: appel('0033612345678'),
      errors: [{ messageId: 'notPlausible', data: { number: '0033612345678' } }],
    },
    { name: 'English: empty number', code: call(''), errors: [{ messageId: 'notPlausible', data: { number: '' } }] },
    // trunkPrefix
    {
      name: 'French: trunk 0 after +33',
      code: appel('+33 0612345678'),
      errors: [
        {
          messageId: 'trunkPrefix',
          data: { number: '+33 0612345678', prefix: '0' },
          actual: '0',
          line: 16,
          column: 32,
          endColumn: 33,
          suggestions: [{ messageId: 'removeTrunkPrefix', data: { prefix: '0', fixed: '+33 612345678' }, output: appelText('+33 612345678') }],
        },
      ],
    },
    {
      name: 'English: UK mobile with its trunk 0',
      code: call('+44 07911 123456'),
      errors: [
        {
          messageId: 'trunkPrefix',
          data: { number: '+44 07911 123456', prefix: '0' },
          suggestions: [{ messageId: 'removeTrunkPrefix', data: { prefix: '0', fixed: '+44 7911 123456' }, output: callText('+44 7911 123456') }],
        },
      ],
    },
    {
      name: "English: Meta's Brazilian example, the separator goes with the 0",
      code: call('+55-0-955-585-95436'),
      errors: [
        {
          messageId: 'trunkPrefix',
          data: { number: '+55-0-955-585-95436', prefix: '0' },
          column: 32,
          endColumn: 33,
          suggestions: [{ messageId: 'removeTrunkPrefix', data: { prefix: '0', fixed: '+55-955-585-95436' }, output: callText('+55-955-585-95436') }],
        },
      ],
    },
    {
      name: 'YAML: trunk prefix, no + sign',
      format: 'yaml',
      code: "name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Une question ? Appelez-nous.\n  - type: BUTTONS\n    buttons:\n      - type: PHONE_NUMBER\n        text: Appeler\n        phone_number: '33 0 6 12 34 56 78'\n",
      errors: [
        {
          messageId: 'trunkPrefix',
          data: { number: '33 0 6 12 34 56 78', prefix: '0' },
          line: 11,
          column: 27,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'removeTrunkPrefix',
              data: { prefix: '0', fixed: '33 6 12 34 56 78' },
              output: "name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Une question ? Appelez-nous.\n  - type: BUTTONS\n    buttons:\n      - type: PHONE_NUMBER\n        text: Appeler\n        phone_number: '33 6 12 34 56 78'\n",
            },
          ],
        },
      ],
    },
    // zeroNeeded
    {
      name: 'English: Italian landline, whose 0 Meta would strip',
      code: call('+39 06 1234 5678'),
      errors: [{ messageId: 'zeroNeeded', data: { number: '+39 06 1234 5678' }, actual: '0', line: 16, column: 32, endColumn: 33 }],
    },
    {
      name: "French: Côte d'Ivoire number starting with 0",
      code: appel('+225 07 12 34 56 78'),
      errors: [{ messageId: 'zeroNeeded', data: { number: '+225 07 12 34 56 78' }, column: 33, endColumn: 34 }],
    },
  ],
});
