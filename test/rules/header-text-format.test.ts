import { describe, it } from 'vitest';
import rule from '../../rules/header-text-format.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const BODY_EN = body('Your order has shipped and will arrive tomorrow.');
const BODY_FR = body('Votre commande est partie et arrivera demain.');

/** An English template with this header text and footer text. */
const en = (head: string, foot = 'Reply STOP to unsubscribe') => template({ components: [header(head), BODY_EN, footer(foot)] });
/** A French template with this header text and footer text. */
const fr = (head: string, foot = 'Répondez STOP pour vous désabonner') => modele({ components: [header(head), BODY_FR, footer(foot)] });
const text = (value: object) => JSON.stringify(value, null, 2) + '\n';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    en('Your order update'),
    fr('Votre commande {{1}}'),
    { name: 'underscores of a named placeholder', code: modele({ parameter_format: 'NAMED', components: [header('Commande de {{first_name}}'), BODY_FR] }) },
    { name: 'digits, # and text symbols', code: en('Order #123 © Acme™ 2025', 'Acme® ‼ 1 2 3') },
    { name: 'a lone text-presentation heart is text', code: fr('Merci ❤ à vous') },
    { name: 'a single backtick is not a WhatsApp marker', code: en('Use code `SAVE10`') },
    { name: 'line breaks and emoji in the body are not this rule’s business', code: template({ components: [header('Hello'), body('Hi 🎉\n*Big* sale today.')] }) },
    {
      name: 'media header text is not checked',
      code: template({ components: [{ type: 'HEADER', format: 'IMAGE', text: 'Promo 🎉', example: { header_handle: ['4::aW1hZ2U='] } }, BODY_EN] }),
    },
    {
      name: 'card headers are left to carousel-format',
      code: modele({
        category: 'MARKETING',
        components: [BODY_FR, { type: 'CAROUSEL', cards: [{ components: [{ type: 'HEADER', format: 'TEXT', text: '*Promo* 🎉' }] }] }],
      }),
    },
    {
      name: 'authentication footer without text',
      code: template({ category: 'AUTHENTICATION', components: [{ type: 'BODY', add_security_recommendation: true }, { type: 'FOOTER', code_expiration_minutes: 10 }] }),
    },
    { name: 'header text is a number', code: template({ components: [{ type: 'HEADER', format: 'TEXT', text: 42 }, BODY_EN, { type: 'FOOTER', text: ['x\n'] }] }) },
    { name: 'header format of the wrong type', code: template({ components: [{ type: 'HEADER', format: 7, text: 'Promo 🎉' }, BODY_EN] }) },
    { name: 'components is a string', code: template({ components: 'x' as never }) },
    {
      name: 'YAML header and footer',
      format: 'yaml',
      code: "name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: Rappel de rendez-vous\n  - type: BODY\n    text: Votre rendez-vous est demain à 10 h.\n  - type: FOOTER\n    text: 'L’équipe du cabinet'\n",
    },
  ],
  invalid: [
    // lineBreak
    {
      name: 'English: line break in the header, fixed',
      code: en('Your order\nhas shipped'),
      errors: [{ messageId: 'lineBreak', data: { part: 'header' }, pointer: '/components/0/text', line: 9, column: 26, endColumn: 28 }],
      output: text(en('Your order has shipped')),
    },
    {
      name: 'French: blank line and spaces in the footer, fixed to one space',
      code: fr('Rappel', 'Merci de votre confiance. \n\n L’équipe'),
      errors: [{ messageId: 'lineBreak', data: { part: 'footer' }, pointer: '/components/2/text', line: 17, column: 41, endColumn: 47 }],
      output: text(fr('Rappel', 'Merci de votre confiance. L’équipe')),
    },
    {
      name: 'French: line breaks at both ends of the header, removed',
      code: fr('\r\nVotre commande\n'),
      errors: [
        { messageId: 'lineBreak', data: { part: 'header' }, column: 16, endColumn: 20 },
        { messageId: 'lineBreak', data: { part: 'header' }, column: 34, endColumn: 36 },
      ],
      output: text(fr('Votre commande')),
    },
    {
      name: 'YAML: escaped line break in a double-quoted header',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: "Rappel\\nde rendez-vous"\n  - type: BODY\n    text: Votre rendez-vous est demain.\n',
      errors: [{ messageId: 'lineBreak', data: { part: 'header' }, line: 7, column: 18, endColumn: 20 }],
      output: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: HEADER\n    format: TEXT\n    text: "Rappel de rendez-vous"\n  - type: BODY\n    text: Votre rendez-vous est demain.\n',
    },
    {
      name: 'YAML: a two-line block literal footer, joined',
      format: 'yaml',
      code: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: FOOTER\n    text: |-\n      Cabinet Durand\n      Paris\n  - type: BODY\n    text: Votre rendez-vous est demain.\n',
      errors: [{ messageId: 'lineBreak', data: { part: 'footer' }, line: 7, column: 21, endLine: 8, endColumn: 7 }],
      output: 'name: rappel\nlanguage: fr\ncategory: UTILITY\ncomponents:\n  - type: FOOTER\n    text: |-\n      Cabinet Durand Paris\n  - type: BODY\n    text: Votre rendez-vous est demain.\n',
    },
    // emoji
    {
      name: 'English: emoji at the end of the header',
      code: en('Summer sale 🎉'),
      errors: [
        {
          messageId: 'emoji',
          data: { part: 'header', emoji: '🎉' },
          actual: '🎉',
          line: 9,
          column: 28,
          endColumn: 30,
          suggestions: [{ messageId: 'removeEmoji', data: { emoji: '🎉' }, output: text(en('Summer sale')) }],
        },
      ],
    },
    {
      name: 'French: flag at the start of the footer',
      code: fr('Nouveautés', '🇫🇷 Fabriqué en France'),
      errors: [
        {
          messageId: 'emoji',
          data: { part: 'footer', emoji: '🇫🇷' },
          line: 17,
          column: 16,
          endColumn: 20,
          suggestions: [{ messageId: 'removeEmoji', data: { emoji: '🇫🇷' }, output: text(fr('Nouveautés', 'Fabriqué en France')) }],
        },
      ],
    },
    {
      name: 'French: keycap and ZWJ sequence in the middle of the header',
      code: fr('Étape 1️⃣ avec 👩🏽‍💻 ici'),
      errors: [
        {
          messageId: 'emoji',
          data: { part: 'header', emoji: '1️⃣' },
          suggestions: [{ messageId: 'removeEmoji', data: { emoji: '1️⃣' }, output: text(fr('Étape avec 👩🏽‍💻 ici')) }],
        },
        {
          messageId: 'emoji',
          data: { part: 'header', emoji: '👩🏽‍💻' },
          suggestions: [{ messageId: 'removeEmoji', data: { emoji: '👩🏽‍💻' }, output: text(fr('Étape 1️⃣ avec ici')) }],
        },
      ],
    },
    {
      name: 'YAML: emoji in a plain footer',
      format: 'yaml',
      code: 'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n  - type: FOOTER\n    text: Thanks 🙏\n',
      errors: [
        {
          messageId: 'emoji',
          data: { part: 'footer', emoji: '🙏' },
          line: 8,
          column: 18,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'removeEmoji',
              data: { emoji: '🙏' },
              output: 'name: order_update\nlanguage: en_US\ncategory: UTILITY\ncomponents:\n  - type: BODY\n    text: Your order has shipped.\n  - type: FOOTER\n    text: Thanks\n',
            },
          ],
        },
      ],
    },
    // formatting
    {
      name: 'English: bold word in the header',
      code: en('*Big* sale'),
      errors: [
        {
          messageId: 'formatting',
          data: { part: 'header', marker: '*' },
          actual: '*Big*',
          line: 9,
          column: 16,
          endColumn: 21,
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '*' }, output: text(en('Big sale')) }],
        },
      ],
    },
    {
      name: 'French: struck text in the footer',
      code: fr('Soldes', 'Offre valable ~sous conditions~'),
      errors: [
        {
          messageId: 'formatting',
          data: { part: 'footer', marker: '~' },
          actual: '~sous conditions~',
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '~' }, output: text(fr('Soldes', 'Offre valable sous conditions')) }],
        },
      ],
    },
    {
      name: 'French: a lone asterisk',
      code: fr('Prix TTC*'),
      errors: [
        {
          messageId: 'formatting',
          data: { part: 'header', marker: '*' },
          column: 24,
          endColumn: 25,
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '*' }, output: text(fr('Prix TTC')) }],
        },
      ],
    },
    {
      name: 'English: monospace and italics around a named placeholder',
      code: template({ parameter_format: 'NAMED', components: [header('```CODE``` for _{{first_name}}_'), BODY_EN] }),
      errors: [
        {
          messageId: 'formatting',
          data: { part: 'header', marker: '```' },
          actual: '```CODE```',
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '```' }, output: text(template({ parameter_format: 'NAMED', components: [header('CODE for _{{first_name}}_'), BODY_EN] })) }],
        },
        {
          messageId: 'formatting',
          data: { part: 'header', marker: '_' },
          actual: '_{{first_name}}_',
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '_' }, output: text(template({ parameter_format: 'NAMED', components: [header('```CODE``` for {{first_name}}'), BODY_EN] })) }],
        },
      ],
    },
    {
      name: 'French: « *Promo* 🎉 », formatting and emoji in one header',
      code: fr('*Promo* 🎉'),
      errors: [
        {
          messageId: 'formatting',
          data: { part: 'header', marker: '*' },
          column: 16,
          endColumn: 23,
          suggestions: [{ messageId: 'removeFormatting', data: { marker: '*' }, output: text(fr('Promo 🎉')) }],
        },
        {
          messageId: 'emoji',
          data: { part: 'header', emoji: '🎉' },
          column: 24,
          endColumn: 26,
          suggestions: [{ messageId: 'removeEmoji', data: { emoji: '🎉' }, output: text(fr('*Promo*')) }],
        },
      ],
    },
    {
      name: 'header without format is read as text',
      code: template({ components: [{ type: 'HEADER', text: 'Sale\nnow' }, BODY_EN] }),
      errors: [{ messageId: 'lineBreak', data: { part: 'header' } }],
      output: text(template({ components: [{ type: 'HEADER', text: 'Sale now' }, BODY_EN] })),
    },
  ],
});
