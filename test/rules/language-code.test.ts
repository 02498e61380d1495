import { describe, it } from 'vitest';
import rule from '../../rules/language-code.js';
import { codeText, RuleTester } from '../../src/engine/rule-tester.js';
import { body, modele, template } from '../helpers/template.js';

/** The JSON text of a template after replacing its `language` value. */
function withLanguage(code: object, from: string, to: string): string {
  return codeText(code).replace(`"language": ${JSON.stringify(from)}`, `"language": ${JSON.stringify(to)}`);
}

const ptBr = template({ language: 'pt-BR', components: [body('Olá, seu pedido foi enviado.')] });
const enUs = template({ language: 'en-US' });
const frCa = modele({ language: 'fr-CA' });
const enUpper = template({ language: 'EN_us' });
const frUpper = modele({ language: 'Fr' });
const frPadded = modele({ language: ' fr ' });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template(),
    modele(),
    template({ language: 'en' }),
    template({ language: 'pt_BR', components: [body('Olá, seu pedido foi enviado.')] }),
    modele({ language: 'fr_CA' }),
    modele({ language: 'fr_BE' }),
    template({ language: 'zh_TW', components: [body('您的訂單已發貨。')] }),
    template({ language: 'fil' }),
    template({ language: 'prs_AF' }),
    { name: 'language missing: template-schema reports it', code: { name: 'order_update', category: 'UTILITY', components: [body('Hello, your order has shipped.')] } },
    { name: 'language of the wrong type: template-schema reports it', code: template({ language: 42 as unknown as string }) },
    { name: 'language as an object (send-payload shape): template-schema reports it', code: template({ language: { code: 'en_US' } as unknown as string }) },
    { name: 'not an object at all', code: ['not a template', 42, null] },
    { name: 'components of the wrong type do not matter here', code: modele({ components: 'x' as unknown as unknown[] }) },
    {
      name: 'Graph API list response',
      code: {
        data: [{ id: '123', status: 'APPROVED', quality_score: { score: 'GREEN' }, ...modele() }],
        paging: { cursors: { before: 'a', after: 'b' } },
      },
    },
    {
      name: 'YAML source with a supported code',
      format: 'yaml',
      code: 'name: suivi_commande\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
    },
  ],
  invalid: [
    {
      name: 'hyphenated Brazilian Portuguese code',
      code: ptBr,
      errors: [{ messageId: 'hyphenated', data: { code: 'pt-BR', expected: 'pt_BR' }, pointer: '/language', actual: 'pt-BR', line: 3, column: 15, endColumn: 22 }],
      output: withLanguage(ptBr, 'pt-BR', 'pt_BR'),
    },
    {
      name: 'hyphenated US English code (the webhook form)',
      code: enUs,
      errors: [{ messageId: 'hyphenated', data: { code: 'en-US', expected: 'en_US' } }],
      output: withLanguage(enUs, 'en-US', 'en_US'),
    },
    {
      name: 'hyphenated Canadian French code',
      code: frCa,
      errors: [{ messageId: 'hyphenated', data: { code: 'fr-CA', expected: 'fr_CA' } }],
      output: withLanguage(frCa, 'fr-CA', 'fr_CA'),
    },
    {
      name: 'hyphenated and wrongly cased code',
      code: template({ language: 'pt-br' }),
      errors: [{ messageId: 'hyphenated', data: { code: 'pt-br', expected: 'pt_BR' } }],
      output: withLanguage(template({ language: 'pt-br' }), 'pt-br', 'pt_BR'),
    },
    {
      name: 'wrongly cased English code',
      code: enUpper,
      errors: [{ messageId: 'wrongCase', data: { code: 'EN_us', expected: 'en_US' }, line: 3, column: 15, endColumn: 22 }],
      output: withLanguage(enUpper, 'EN_us', 'en_US'),
    },
    {
      name: 'capitalised French code',
      code: frUpper,
      errors: [{ messageId: 'wrongCase', data: { code: 'Fr', expected: 'fr' }, actual: 'Fr' }],
      output: withLanguage(frUpper, 'Fr', 'fr'),
    },
    {
      name: 'French code with spaces around it',
      code: frPadded,
      errors: [{ messageId: 'surroundingSpace', data: { code: ' fr ', expected: 'fr' } }],
      output: withLanguage(frPadded, ' fr ', 'fr'),
    },
    {
      name: 'English code with a trailing space',
      code: template({ language: 'en_US ' }),
      errors: [{ messageId: 'surroundingSpace', data: { code: 'en_US ', expected: 'en_US' } }],
      output: withLanguage(template({ language: 'en_US ' }), 'en_US ', 'en_US'),
    },
    {
      name: 'French from France is not a Meta code',
      code: modele({ language: 'fr_FR' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'fr_FR', closest: ['fr', 'fr_BE', 'fr_CA'] }, pointer: '/language', line: 3, column: 15, endColumn: 22 }],
      output: null,
    },
    {
      name: 'hyphenated French from France is unknown too, not a fix',
      code: modele({ language: 'fr-FR' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'fr-FR', closest: ['fr', 'fr_BE', 'fr_CA'] } }],
      output: null,
    },
    {
      name: 'made-up French region',
      code: modele({ language: 'fr_XX' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'fr_XX', closest: ['fr', 'fr_BE', 'fr_CA'] } }],
    },
    {
      name: 'British English written with UK',
      code: template({ language: 'en_UK' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'en_UK', closest: ['en_GB', 'en', 'en_US'] } }],
    },
    {
      name: 'bare Portuguese has no Meta code',
      code: template({ language: 'pt', components: [body('Olá, seu pedido foi enviado.')] }),
      errors: [{ messageId: 'unknownCode', data: { code: 'pt', closest: ['pt_BR', 'pt_PT'] } }],
    },
    {
      name: 'three-letter English code',
      code: template({ language: 'eng' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'eng', closest: ['en'] } }],
    },
    {
      name: 'language name instead of a code',
      code: modele({ language: 'français' }),
      errors: [{ messageId: 'unknownCode', data: { code: 'français', closest: [] }, actual: 'français' }],
    },
    {
      name: 'empty English code',
      code: template({ language: '' }),
      errors: [{ messageId: 'empty', line: 3, column: 15, endColumn: 17 }],
    },
    {
      name: 'blank French code',
      code: modele({ language: '  ' }),
      errors: [{ messageId: 'empty' }],
    },
    {
      name: 'every template of an array is checked',
      code: [template({ language: 'en-GB' }), modele(), modele({ language: 'fr_FR' })],
      errors: [
        { messageId: 'hyphenated', data: { code: 'en-GB', expected: 'en_GB' }, pointer: '/0/language' },
        { messageId: 'unknownCode', data: { code: 'fr_FR', closest: ['fr', 'fr_BE', 'fr_CA'] }, pointer: '/2/language' },
      ],
      output: codeText([template({ language: 'en_GB' }), modele(), modele({ language: 'fr_FR' })]),
    },
    {
      name: 'YAML source with a hyphenated French code',
      format: 'yaml',
      code: 'name: suivi_commande\nlanguage: fr-CH\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
      errors: [{ messageId: 'hyphenated', data: { code: 'fr-CH', expected: 'fr_CH' }, line: 2, column: 11, endColumn: 16 }],
      output: 'name: suivi_commande\nlanguage: fr_CH\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Votre commande est partie.\n',
    },
    {
      name: 'YAML source with a quoted unknown English code',
      format: 'yaml',
      code: "name: order_update\nlanguage: 'en_EN'\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n",
      errors: [{ messageId: 'unknownCode', data: { code: 'en_EN', closest: ['en', 'en_GB', 'en_US'] }, line: 2, column: 11, endColumn: 18 }],
    },
  ],
});
