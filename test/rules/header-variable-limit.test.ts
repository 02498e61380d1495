import { describe, it } from 'vitest';
import rule from '../../rules/header-variable-limit.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, header, modele, template } from '../helpers/template.js';

/** A text header with named samples. */
const namedHeader = (text: string, samples: Record<string, string>): Record<string, unknown> => ({
  type: 'HEADER',
  format: 'TEXT',
  text,
  example: { header_text_named_params: Object.entries(samples).map(([param_name, example]) => ({ param_name, example })) },
});

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [header('Order {{1}}', 'A-1'), body('Hi, your order has shipped.')] }),
    modele({ parameter_format: 'NAMED', components: [namedHeader('Commande {{numero}}', { numero: 'C-42' }), body('Bonjour, votre commande est partie.')] }),
    { name: 'header without placeholder', code: modele({ components: [header('Votre commande'), body('Bonjour {{1}}, votre commande {{2}} est partie.', ['Léa', 'C-42'])] }) },
    { name: 'media header without text', code: template({ components: [{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1h'] } }, body('Hi, your order has shipped.')] }) },
    {
      name: 'malformed braces are variable-syntax business and do not count',
      code: modele({ components: [header('Commande {1} du {{1}}', 'C-42'), body('Bonjour, votre commande est partie.')] }),
    },
    { name: 'header text is a number', code: template({ components: [{ type: 'HEADER', format: 'TEXT', text: 12 }, body('Hi, your order has shipped.')] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'components holds non-objects', code: template({ components: ['HEADER', null, 1] }) },
  ],
  invalid: [
    {
      code: template({ components: [header('Order {{1}} for {{2}}', 'A-1'), body('Hi, your order has shipped.')] }),
      errors: [{ messageId: 'tooMany', data: { placeholder: '{{2}}', count: 2 }, actual: '{{2}}', pointer: '/components/0/text', line: 9, column: 32, endColumn: 37 }],
    },
    {
      name: 'French header with three placeholders: the two extra ones are reported',
      code: modele({ components: [header('Commande {{1}} du {{2}} pour {{3}}'), body('Bonjour, votre commande est partie.')] }),
      errors: [
        { messageId: 'tooMany', data: { placeholder: '{{2}}', count: 3 }, line: 9, column: 34, endColumn: 39 },
        { messageId: 'tooMany', data: { placeholder: '{{3}}', count: 3 }, line: 9, column: 45, endColumn: 50 },
      ],
    },
    {
      name: 'the same number twice counts twice',
      code: template({ components: [header('Order {{1}} / {{1}}', 'A-1'), body('Hi, your order has shipped.')] }),
      errors: [{ messageId: 'tooMany', data: { placeholder: '{{1}}', count: 2 } }],
    },
    {
      name: 'French named placeholders',
      code: modele({ parameter_format: 'NAMED', components: [namedHeader('{{prenom}}, votre commande {{numero}}', { prenom: 'Léa', numero: 'C-42' }), body('Bonjour, votre commande est partie.')] }),
      errors: [{ messageId: 'tooMany', data: { placeholder: '{{numero}}', count: 2 }, line: 10 }],
    },
    {
      name: 'JSON with escapes',
      code: '{\n  "name": "suivi",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "HEADER", "format": "TEXT", "text": "R\\u00e9f. {{1}} \\u2014 {{2}}" },\n    { "type": "BODY", "text": "Bonjour, votre commande est partie." }\n  ]\n}\n',
      errors: [{ messageId: 'tooMany', data: { placeholder: '{{2}}', count: 2 }, line: 6, column: 75, endColumn: 80 }],
    },
    {
      name: 'YAML',
      format: 'yaml',
      code: 'name: suivi\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: Commande {{1}} du {{2}}\n  - type: BODY\n    text: Bonjour, votre commande est partie.\n',
      errors: [{ messageId: 'tooMany', data: { placeholder: '{{2}}', count: 2 }, line: 7, column: 29, endColumn: 34 }],
    },
  ],
});
