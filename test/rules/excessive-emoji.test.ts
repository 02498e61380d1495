import { describe, it } from 'vitest';
import rule from '../../rules/excessive-emoji.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, footer, header, modele, template } from '../helpers/template.js';

const TEN = '🎉🎁🛍️🔥⭐💶👗👟🕶️⌚';
const promoFr = (text: string) => modele({ name: 'soldes_ete', category: 'MARKETING', components: [body(text)] });
const promoEn = (text: string) => template({ name: 'summer_sale', category: 'MARKETING', components: [body(text)] });
const utilFr = (text: string) => modele({ components: [body(text)] });
const utilEn = (text: string) => template({ components: [body(text)] });

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    { name: 'French MARKETING body at exactly 10', code: promoFr(`Les soldes commencent ! ${TEN} Profitez-en vite.`) },
    { name: 'English MARKETING body at exactly 10', code: promoEn(`Our summer sale starts today ${TEN} See you soon.`) },
    { name: 'French UTILITY body at exactly 6', code: utilFr('Votre colis 📦 est parti 🚚 et arrive demain 📅. Merci ✅ à bientôt 👋 😊') },
    { name: 'English UTILITY body at exactly 6', code: utilEn('Your parcel 📦 has shipped 🚚 and arrives tomorrow 📅. Thanks ✅ see you 👋 😊') },
    { name: 'a ZWJ sequence and a flag count once each', code: utilEn('Our team 👩🏽‍💻👨‍👩‍👧‍👦 is on it 🇫🇷🇬🇧 thanks ❤️‍🔥 bye 👋') },
    { name: 'text-presentation symbols are not emoji', code: utilFr('© 2025 Boutique™ ® — ☎ 01 23 45 67 89 ❤ merci ‼ 1 2 3 # *') },
    {
      name: 'header and footer emoji are header-text-format’s business',
      code: template({ components: [header('Order 📦🚚'), body('Your parcel 📦 has shipped 🚚 and arrives tomorrow.'), footer('Thanks ✅👋😊🙏')] }),
    },
    { name: 'AUTHENTICATION is authentication-format’s business', code: template({ category: 'AUTHENTICATION', components: [body(`${TEN}🎊 is your code.`)] }) },
    {
      name: 'carousel card bodies are not counted',
      code: modele({
        category: 'MARKETING',
        components: [
          body('Découvrez notre sélection.'),
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'BODY', text: `${TEN}🎊🎈` }] }, { components: [{ type: 'BODY', text: 'Robe 👗' }] }] },
        ],
      }),
    },
    { name: 'no category', code: { name: 'x', language: 'fr', components: [body(`${TEN}🎊`)] } },
    { name: 'higher limit from options', code: utilEn('Thanks 🎉🎁🛍️🔥⭐💶👗 for your order.'), options: { utility: 7 } },
    { name: 'wrong types: text is a number', code: template({ category: 'MARKETING', components: [{ type: 'BODY', text: 42 }] }) },
    { name: 'wrong types: components is a string', code: template({ components: 'x' as unknown as unknown[] }) },
    { name: 'wrong types: category is a number', code: modele({ category: 7 as unknown as string, components: [body(`${TEN}🎊`)] }) },
  ],
  invalid: [
    {
      name: 'French MARKETING body with 11 emoji',
      code: promoFr(`Les soldes commencent ! ${TEN}🎊 Profitez-en vite.`),
      errors: [{ messageId: 'tooMany', data: { count: 11, limit: 10, category: 'MARKETING', emoji: '🎊' }, actual: '🎊', line: 8 }],
    },
    {
      name: 'English MARKETING body with 12 emoji, reported at the 11th',
      code: promoEn(`Summer sale 🎉🎁🛍️🔥⭐💶👗👟🕶️⌚ ends tonight 🎊🎈`),
      errors: [{ messageId: 'tooMany', data: { count: 12, limit: 10, category: 'MARKETING', emoji: '🎊' }, actual: '🎊' }],
    },
    {
      name: 'French UTILITY body with 7 emoji',
      code: utilFr('Votre colis 📦 est parti 🚚 et arrive demain 📅. Merci ✅ à bientôt 👋 😊🙏'),
      errors: [{ messageId: 'tooMany', data: { count: 7, limit: 6, category: 'UTILITY', emoji: '🙏' }, actual: '🙏' }],
    },
    {
      name: 'English UTILITY body with 8 emoji',
      code: utilEn('Hi 👋 your order 📦 shipped 🚚 today ✅ and arrives 📅 tomorrow 🙂 thanks 🙏 again 😊'),
      errors: [{ messageId: 'tooMany', data: { count: 8, limit: 6, category: 'UTILITY', emoji: '🙏' }, line: 8, column: 89, endColumn: 91 }],
    },
    {
      name: 'lower MARKETING limit from options',
      code: promoFr('Nouveautés 👗👟🕶️ en boutique.'),
      options: { marketing: 2 },
      errors: [{ messageId: 'tooMany', data: { count: 3, limit: 2, category: 'MARKETING', emoji: '🕶️' }, actual: '🕶️' }],
    },
    {
      name: 'lowercase category is upper-cased by the model',
      code: template({ category: 'utility', components: [body('Thanks 🎉🎁🛍️🔥⭐💶👗 for your order.')] }),
      errors: [{ messageId: 'tooMany', data: { count: 7, limit: 6, category: 'UTILITY', emoji: '👗' } }],
    },
  ],
});
