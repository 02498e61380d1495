import { describe, it } from 'vitest';
import rule from '../../rules/variable-syntax.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, namedBody, template, urlButton } from '../helpers/template.js';

/** The file text the tester produces for a template object: what a fix or a suggestion must give back. */
const json = (value: object): string => JSON.stringify(value, null, 2) + '\n';

/** A text header with named samples. */
const namedHeader = (text: string, samples: Record<string, string>): Record<string, unknown> => ({
  type: 'HEADER',
  format: 'TEXT',
  text,
  example: { header_text_named_params: Object.entries(samples).map(([param_name, example]) => ({ param_name, example })) },
});

const carousel = (...cardBodies: string[]): Record<string, unknown> => ({
  type: 'CAROUSEL',
  cards: cardBodies.map((text) => ({ components: [{ type: 'HEADER', format: 'IMAGE' }, { type: 'BODY', text }] })),
});

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'A-123'])] }),
    modele({
      parameter_format: 'NAMED',
      components: [namedBody('Bonjour {{prenom}}, votre commande {{numero_commande}} est partie.', { prenom: 'Léa', numero_commande: 'C-42' })],
    }),
    {
      name: 'named parameter of exactly 32 characters',
      code: template({
        parameter_format: 'named',
        components: [namedBody('Hi {{abcdefghij_abcdefghij_abcdefghij}}, thanks for your order.', { abcdefghij_abcdefghij_abcdefghij: 'Ana' })],
      }),
    },
    {
      name: 'the same name in the header and in the body (two components)',
      code: modele({
        parameter_format: 'NAMED',
        components: [namedHeader('Commande {{numero}}', { numero: 'C-42' }), namedBody('Votre commande {{numero}} est prête, merci.', { numero: 'C-42' })],
      }),
    },
    {
      name: 'URL buttons keep {{1}} in a NAMED template',
      code: template({
        parameter_format: 'NAMED',
        components: [namedBody('Hi {{first_name}}, track your parcel below.', { first_name: 'Ana' }), buttons(urlButton('Track', 'https://example.com/t/{{1}}', 'https://example.com/t/A1'))],
      }),
    },
    {
      name: 'a positional number used twice is variable-sequence business, not a syntax problem',
      code: template({ components: [body('Hi {{1}}, your code is {{2}}. Again: {{2}}, thanks.', ['Ana', '1234'])] }),
    },
    {
      name: 'carousel card bodies with positional placeholders',
      code: modele({ category: 'MARKETING', components: [body('Nos offres de la semaine, à ne pas manquer.'), carousel('Le {{1}} est à -20 % cette semaine.', 'Le {{1}} est en stock.')] }),
    },
    {
      name: 'an unknown parameter_format is template-schema business; one style is consistent',
      code: template({ parameter_format: 'NAMED_PARAMS', components: [body('Hi {{first_name}}, your order has shipped.')] }),
    },
    {
      name: 'a parameter_format that is not a string counts as absent',
      code: template({ parameter_format: 42 as unknown as string, components: [body('Hi {{1}}, your order has shipped.', ['Ana'])] }),
    },
    {
      name: 'French text with no braces at all',
      code: modele({ components: [header('Votre commande'), body("Bonjour, votre commande est partie aujourd'hui."), footer('Répondez STOP pour vous désabonner')] }),
    },
    { name: 'text is a number', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'FOOTER', text: null }] }) },
    { name: 'components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'components holds non-objects', code: template({ components: [null, 42, 'BODY', [], { type: 7 }] }) },
    {
      name: 'buttons and examples of the wrong shape',
      code: template({
        parameter_format: 'NAMED',
        components: [
          { type: 'BODY', text: 'Hi {{name}}, your order has shipped.', example: { body_text_named_params: [null, 'x', { param_name: 3 }] } },
          { type: 'BUTTONS', buttons: 'x' },
          { type: 'BUTTONS', buttons: [null, { type: 'URL', url: 5 }] },
        ],
      }),
    },
    {
      name: 'YAML with named parameters',
      format: 'yaml',
      code: 'name: rappel_rdv\nlanguage: fr\ncategory: UTILITY\nparameter_format: NAMED\ncomponents:\n  - type: BODY\n    text: "Bonjour {{prenom}}, votre rendez-vous du {{date}} est confirmé."\n',
    },
  ],
  invalid: [
    // malformedBraces
    {
      name: 'single braces',
      code: template({ components: [body('Hi {1}, your order has shipped.', ['Ana'])] }),
      errors: [
        {
          messageId: 'malformedBraces',
          data: { text: '{1}' },
          actual: '{1}',
          line: 8,
          column: 19,
          endColumn: 22,
          suggestions: [{ messageId: 'replace', data: { replacement: '{{1}}' }, output: json(template({ components: [body('Hi {{1}}, your order has shipped.', ['Ana'])] })) }],
        },
      ],
    },
    {
      name: 'French: one brace missing on each side, and three braces',
      code: modele({ components: [body('Bonjour {{1}, votre commande {2}} part le {{{3}}}.', ['Léa', 'C-42', 'lundi'])] }),
      errors: [
        {
          messageId: 'malformedBraces',
          data: { text: '{{1}' },
          column: 24,
          endColumn: 28,
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{1}}' }, output: json(modele({ components: [body('Bonjour {{1}}, votre commande {2}} part le {{{3}}}.', ['Léa', 'C-42', 'lundi'])] })) },
          ],
        },
        {
          messageId: 'malformedBraces',
          data: { text: '{2}}' },
          column: 45,
          endColumn: 49,
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{2}}' }, output: json(modele({ components: [body('Bonjour {{1}, votre commande {{2}} part le {{{3}}}.', ['Léa', 'C-42', 'lundi'])] })) },
          ],
        },
        {
          messageId: 'malformedBraces',
          data: { text: '{{{3}}}' },
          column: 58,
          endColumn: 65,
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{3}}' }, output: json(modele({ components: [body('Bonjour {{1}, votre commande {2}} part le {{3}}.', ['Léa', 'C-42', 'lundi'])] })) },
          ],
        },
      ],
    },
    {
      name: 'braces that hold no placeholder name get no suggestion',
      code: template({ components: [body('Use the code {SAVE 10} at checkout, {{1}}.', ['Ana'])] }),
      errors: [{ messageId: 'malformedBraces', data: { text: '{SAVE 10}' }, suggestions: [] }],
    },
    {
      name: 'French: a placeholder never closed on its line',
      code: modele({ components: [body('Bonjour {{1, votre colis arrive.\nMerci.', ['Léa'])] }),
      errors: [
        {
          messageId: 'malformedBraces',
          data: { text: '{{1' },
          column: 24,
          endColumn: 27,
          suggestions: [{ messageId: 'replace', data: { replacement: '{{1}}' }, output: json(modele({ components: [body('Bonjour {{1}}, votre colis arrive.\nMerci.', ['Léa'])] })) }],
        },
      ],
    },
    {
      name: 'JSON with escapes: a stray closing pair after an accented word',
      code: '{\n  "name": "suivi",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Votre colis a \\u00e9t\\u00e9 exp\\u00e9di\\u00e9.\\nNum\\u00e9ro : 1}} merci." }\n  ]\n}\n',
      errors: [
        {
          messageId: 'malformedBraces',
          data: { text: '1}}' },
          line: 6,
          column: 94,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{1}}' },
              output:
                '{\n  "name": "suivi",\n  "language": "fr",\n  "category": "UTILITY",\n  "components": [\n    { "type": "BODY", "text": "Votre colis a \\u00e9t\\u00e9 exp\\u00e9di\\u00e9.\\nNum\\u00e9ro : {{1}} merci." }\n  ]\n}\n',
            },
          ],
        },
      ],
    },
    {
      name: 'malformed braces in a button URL',
      code: template({ components: [body('Hi {{1}}, your parcel is on its way.', ['Ana']), buttons(urlButton('Track', 'https://example.com/t/{1}', 'https://example.com/t/A1'))] }),
      errors: [
        {
          messageId: 'malformedBraces',
          data: { text: '{1}' },
          pointer: '/components/1/buttons/0/url',
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{1}}' },
              output: json(template({ components: [body('Hi {{1}}, your parcel is on its way.', ['Ana']), buttons(urlButton('Track', 'https://example.com/t/{{1}}', 'https://example.com/t/A1'))] })),
            },
          ],
        },
      ],
    },
    // emptyPlaceholder
    {
      code: template({ components: [body('Hi {{}}, your order has shipped.')] }),
      errors: [{ messageId: 'emptyPlaceholder', data: { placeholder: '{{}}' }, line: 8, column: 19, endColumn: 23 }],
    },
    {
      code: modele({ components: [header('Commande {{ }}'), body('Bonjour, votre commande est partie.')] }),
      errors: [{ messageId: 'emptyPlaceholder', data: { placeholder: '{{ }}' }, pointer: '/components/0/text', line: 9, column: 25 }],
    },
    // spaces
    {
      code: template({ components: [body('Hi {{ 1 }}, your order {{2 }} has shipped.', ['Ana', 'A-1'])] }),
      errors: [
        { messageId: 'spaces', data: { placeholder: '{{ 1 }}', expected: '{{1}}' }, column: 19, endColumn: 26 },
        { messageId: 'spaces', data: { placeholder: '{{2 }}', expected: '{{2}}' }, column: 39, endColumn: 45 },
      ],
      output: json(template({ components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'A-1'])] })),
    },
    {
      name: 'French named placeholder with spaces',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{  prenom }}, votre commande est partie.', { prenom: 'Léa' })] }),
      errors: [{ messageId: 'spaces', data: { placeholder: '{{  prenom }}', expected: '{{prenom}}' }, line: 9, column: 24 }],
      output: json(modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{prenom}}, votre commande est partie.', { prenom: 'Léa' })] })),
    },
    {
      name: 'YAML: spaces inside the braces are fixed in place',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Bonjour {{ 1 }}, votre rendez-vous est demain."\n    example:\n      body_text: [["Léa"]]\n',
      errors: [{ messageId: 'spaces', data: { placeholder: '{{ 1 }}', expected: '{{1}}' }, line: 6, column: 20, endColumn: 27 }],
      output: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: "Bonjour {{1}}, votre rendez-vous est demain."\n    example:\n      body_text: [["Léa"]]\n',
    },
    {
      name: 'spaces around a name with a space inside: the outer spaces go first',
      code: template({ components: [body('Hi {{ first name }}, thanks for your order.')] }),
      errors: [{ messageId: 'spaces', data: { placeholder: '{{ first name }}', expected: '{{first name}}' } }],
      output: json(template({ components: [body('Hi {{first name}}, thanks for your order.')] })),
    },
    // specialCharacters
    {
      code: template({ components: [body('Hi {{#1}}, you owe {{$2}} and {{1.5}} more, thanks.')] }),
      errors: [
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{#1}}', characters: '`#`' },
          column: 19,
          endColumn: 25,
          suggestions: [{ messageId: 'replace', data: { replacement: '{{1}}' }, output: json(template({ components: [body('Hi {{1}}, you owe {{$2}} and {{1.5}} more, thanks.')] })) }],
        },
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{$2}}', characters: '`$`' },
          suggestions: [{ messageId: 'replace', data: { replacement: '{{2}}' }, output: json(template({ components: [body('Hi {{#1}}, you owe {{2}} and {{1.5}} more, thanks.')] })) }],
        },
        { messageId: 'specialCharacters', data: { placeholder: '{{1.5}}', characters: '`.`' }, suggestions: [] },
      ],
    },
    {
      name: 'named placeholder with a dollar sign: renamed with its sample',
      code: template({ parameter_format: 'NAMED', components: [namedBody('You owe {{$amount}} on your account, thanks.', { $amount: '$10' })] }),
      errors: [
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{$amount}}', characters: '`$`' },
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{amount}}' }, output: json(template({ parameter_format: 'NAMED', components: [namedBody('You owe {{amount}} on your account, thanks.', { amount: '$10' })] })) },
          ],
        },
      ],
    },
    {
      name: 'French accented name: suggestion renames the placeholder and its sample',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{prénom}}, votre commande est partie.', { prénom: 'Léa' })] }),
      errors: [
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{prénom}}', characters: '`é`' },
          line: 9,
          column: 24,
          endColumn: 34,
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{prenom}}' }, output: json(modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{prenom}}, votre commande est partie.', { prenom: 'Léa' })] })) },
          ],
        },
      ],
    },
    {
      name: 'French name with a space and a hyphen',
      code: modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{nom client}}, votre {{date-livraison}} approche.', { 'nom client': 'Léa', 'date-livraison': 'lundi' })] }),
      errors: [
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{nom client}}', characters: 'a space' },
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{nom_client}}' },
              output: json(modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{nom_client}}, votre {{date-livraison}} approche.', { nom_client: 'Léa', 'date-livraison': 'lundi' })] })),
            },
          ],
        },
        {
          messageId: 'specialCharacters',
          data: { placeholder: '{{date-livraison}}', characters: '`-`' },
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{date_livraison}}' },
              output: json(modele({ parameter_format: 'NAMED', components: [namedBody('Bonjour {{nom client}}, votre {{date_livraison}} approche.', { 'nom client': 'Léa', date_livraison: 'lundi' })] })),
            },
          ],
        },
      ],
    },
    // badNumber
    {
      code: template({ components: [body('Hi {{0}}, your order has shipped.', ['Ana'])] }),
      errors: [{ messageId: 'badNumber', data: { placeholder: '{{0}}' }, actual: '{{0}}', column: 19, endColumn: 24 }],
    },
    {
      code: modele({ components: [body('Bonjour {{01}}, votre commande est partie.', ['Léa'])] }),
      errors: [{ messageId: 'badNumber', data: { placeholder: '{{01}}' }, column: 24, endColumn: 30 }],
    },
    // namedSyntax
    {
      code: template({ parameter_format: 'NAMED', components: [body('Hi {{1st_name}}, your order has shipped.')] }),
      errors: [{ messageId: 'namedSyntax', data: { placeholder: '{{1st_name}}' }, line: 9, column: 19, endColumn: 31 }],
    },
    {
      code: modele({ parameter_format: 'NAMED', components: [body('Bonjour {{_nom}}, votre commande est partie.')] }),
      errors: [{ messageId: 'namedSyntax', data: { placeholder: '{{_nom}}' } }],
    },
    // uppercase
    {
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hi {{First_Name}}, your order has shipped.', { First_Name: 'Ana' })] }),
      errors: [
        {
          messageId: 'uppercase',
          data: { placeholder: '{{First_Name}}' },
          line: 9,
          column: 19,
          endColumn: 33,
          suggestions: [
            { messageId: 'replace', data: { replacement: '{{first_name}}' }, output: json(template({ parameter_format: 'NAMED', components: [namedBody('Hi {{first_name}}, your order has shipped.', { first_name: 'Ana' })] })) },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'French uppercase name in the header: the suggestion renames the header sample',
      code: modele({ parameter_format: 'NAMED', components: [namedHeader('Commande {{NUMERO}}', { NUMERO: 'C-42' }), body('Bonjour, votre commande est partie.')] }),
      errors: [
        {
          messageId: 'uppercase',
          data: { placeholder: '{{NUMERO}}' },
          pointer: '/components/0/text',
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{numero}}' },
              output: json(modele({ parameter_format: 'NAMED', components: [namedHeader('Commande {{numero}}', { numero: 'C-42' }), body('Bonjour, votre commande est partie.')] })),
            },
          ],
        },
      ],
    },
    // namedTooLong
    {
      code: template({
        parameter_format: 'NAMED',
        components: [namedBody('Hi {{customer_first_name_for_this_order}}, your order has shipped.', { customer_first_name_for_this_order: 'Ana' })],
      }),
      errors: [{ messageId: 'namedTooLong', data: { placeholder: '{{customer_first_name_for_this_order}}', length: 34 }, column: 19, endColumn: 57 }],
    },
    {
      code: modele({
        parameter_format: 'NAMED',
        components: [namedBody('Bonjour {{prenom_du_destinataire_de_la_commande}}, votre commande est partie.', { prenom_du_destinataire_de_la_commande: 'Léa' })],
      }),
      errors: [{ messageId: 'namedTooLong', data: { placeholder: '{{prenom_du_destinataire_de_la_commande}}', length: 37 } }],
    },
    // duplicateNamed
    {
      code: template({ parameter_format: 'NAMED', components: [namedBody('Hi {{name}}, your order is ready. See you soon, {{name}}!', { name: 'Ana' })] }),
      errors: [{ messageId: 'duplicateNamed', data: { placeholder: '{{name}}' }, line: 9, column: 64, endColumn: 72 }],
    },
    {
      name: 'French duplicate in a carousel card body',
      code: modele({ parameter_format: 'NAMED', category: 'MARKETING', components: [body('Nos offres de la semaine, à ne pas manquer.'), carousel('Le {{produit}} est en stock : le {{produit}} vous attend.')] }),
      errors: [{ messageId: 'duplicateNamed', data: { placeholder: '{{produit}}' }, pointer: '/components/1/cards/0/components/1/text' }],
    },
    // namedInUrl
    {
      code: template({ components: [body('Hi {{1}}, your parcel is on its way.', ['Ana']), buttons(urlButton('Track', 'https://example.com/t/{{tracking}}', 'https://example.com/t/A1'))] }),
      errors: [
        {
          messageId: 'namedInUrl',
          data: { placeholder: '{{tracking}}' },
          pointer: '/components/1/buttons/0/url',
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{1}}' },
              output: json(template({ components: [body('Hi {{1}}, your parcel is on its way.', ['Ana']), buttons(urlButton('Track', 'https://example.com/t/{{1}}', 'https://example.com/t/A1'))] })),
            },
          ],
        },
      ],
    },
    {
      code: modele({
        parameter_format: 'NAMED',
        components: [namedBody('Bonjour {{prenom}}, suivez votre colis ci-dessous.', { prenom: 'Léa' }), buttons(urlButton('Suivre', 'https://exemple.fr/suivi/{{colis}}', 'https://exemple.fr/suivi/C42'))],
      }),
      errors: [
        {
          messageId: 'namedInUrl',
          data: { placeholder: '{{colis}}' },
          suggestions: [
            {
              messageId: 'replace',
              data: { replacement: '{{1}}' },
              output: json(
                modele({
                  parameter_format: 'NAMED',
                  components: [namedBody('Bonjour {{prenom}}, suivez votre colis ci-dessous.', { prenom: 'Léa' }), buttons(urlButton('Suivre', 'https://exemple.fr/suivi/{{1}}', 'https://exemple.fr/suivi/C42'))],
                }),
              ),
            },
          ],
        },
      ],
    },
    // mixedStyles
    {
      code: template({ components: [body('Hi {{1}}, your order {{order_id}} ships on {{2}}.', ['Ana', 'A-1'])] }),
      errors: [{ messageId: 'mixedStyles', data: { placeholder: '{{order_id}}', style: 'positional' }, column: 37, endColumn: 49 }],
    },
    {
      name: 'French NAMED template with positional placeholders in the header',
      code: modele({ parameter_format: 'NAMED', components: [header('Commande {{1}}', 'C-42'), namedBody('Bonjour {{prenom}}, votre commande est partie.', { prenom: 'Léa' })] }),
      errors: [{ messageId: 'mixedStyles', data: { placeholder: '{{1}}', style: 'named' }, pointer: '/components/0/text', line: 10, column: 25, endColumn: 30 }],
    },
    {
      name: 'unknown parameter_format: the first placeholder sets the style',
      code: modele({ parameter_format: 'NOMME', components: [body('Bonjour {{prenom}}, votre commande {{1}} est partie.')] }),
      errors: [{ messageId: 'mixedStyles', data: { placeholder: '{{1}}', style: 'named' } }],
    },
    // namedInPositional
    {
      name: 'named placeholders without parameter_format',
      code: template({ components: [namedBody('Hi {{first_name}}, your order {{order_id}} has shipped.', { first_name: 'Ana', order_id: 'A-1' })] }),
      errors: [{ messageId: 'namedInPositional', data: { placeholder: '{{first_name}}' }, actual: '{{first_name}}', line: 8, column: 19, endColumn: 33 }],
    },
    {
      code: modele({ parameter_format: 'POSITIONAL', components: [namedBody('Bonjour {{prenom}}, votre commande est partie.', { prenom: 'Léa' })] }),
      errors: [{ messageId: 'namedInPositional', data: { placeholder: '{{prenom}}' } }],
    },
    // positionalInNamed
    {
      code: template({ parameter_format: 'NAMED', components: [body('Hi {{1}}, your order {{2}} has shipped.', ['Ana', 'A-1'])] }),
      errors: [{ messageId: 'positionalInNamed', data: { placeholder: '{{1}}' }, line: 9, column: 19, endColumn: 24 }],
    },
    {
      name: 'French YAML NAMED template with a number',
      format: 'yaml',
      code: "name: rappel\nlanguage: fr\ncategory: UTILITY\nparameter_format: named\ncomponents:\n  - type: BODY\n    text: 'Bonjour {{1}}, votre rendez-vous est demain.'\n",
      errors: [{ messageId: 'positionalInNamed', data: { placeholder: '{{1}}' }, line: 7, column: 20, endColumn: 25 }],
    },
  ],
});
