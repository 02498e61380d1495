import { describe, it } from 'vitest';
import rule from '../../rules/authentication-format.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template, urlButton } from '../helpers/template.js';

/** Meta's creation shape: the body text is Meta's preset, the footer only says when the code expires. */
const presetBody = { type: 'BODY', add_security_recommendation: true };
const expiry = (minutes: unknown) => ({ type: 'FOOTER', code_expiration_minutes: minutes });
const otp = (extra: Record<string, unknown> = {}) => ({ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code', ...extra });
const app = (package_name: unknown = 'com.example.luckyshrub', signature_hash: unknown = 'K8a/AINcGX7') => ({ package_name, signature_hash });

const auth = (components: unknown[], parts: Record<string, unknown> = {}) =>
  template({ name: 'login_code', category: 'AUTHENTICATION', components, ...parts });
const authFr = (components: unknown[], parts: Record<string, unknown> = {}) =>
  modele({ name: 'code_connexion', category: 'AUTHENTICATION', components, ...parts });
const copyCodeFr = buttons(otp({ text: 'Copier le code' }));

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    { name: "Meta's copy-code example", code: auth([presetBody, expiry(10), buttons(otp())]) },
    { name: 'French copy-code template', code: authFr([presetBody, expiry(10), copyCodeFr]) },
    {
      name: 'one-tap with an app, lower-case enums as Meta accepts them',
      code: auth([presetBody, buttons(otp({ otp_type: 'one_tap', autofill_text: 'Autofill', supported_apps: [app()] }))], { category: 'authentication' }),
    },
    {
      name: 'zero-tap with the terms accepted and five apps',
      code: authFr([
        presetBody,
        expiry(90),
        buttons(
          otp({
            otp_type: 'ZERO_TAP',
            zero_tap_terms_accepted: true,
            supported_apps: [app(), app('com.exemple.app2'), app('fr.exemple.banque', 'abcdefghij='), app('fr.exemple.b_2'), app('io.a.b.c', '+/+/+/+/+/+')],
          }),
        ),
      ]),
    },
    {
      name: 'one-tap in the older single-app form (fields on the button)',
      code: auth([presetBody, expiry(1), buttons(otp({ otp_type: 'ONE_TAP', package_name: 'com.example.app', signature_hash: 'K8a/AINcGX7' }))]),
    },
    {
      name: 'an authentication template as GET message_templates returns it (preset text, OTP button turned URL)',
      code: auth([
        { type: 'BODY', text: '*{{1}}* is your verification code. For your security, do not share this code.', example: { body_text: [['123456']] } },
        footer('This code expires in 5 minutes.'),
        buttons(urlButton('Copy code', 'https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}')),
      ]),
    },
    {
      name: 'French preset text with the security and expiry sentences',
      code: authFr([
        body('*{{1}}* est votre code de vérification. Pour votre sécurité, ne communiquez ce code à personne. Ce code expire dans 10 minutes.', ['482913']),
        copyCodeFr,
      ]),
    },
    {
      name: 'a language whose preset wording the rule does not know: only the placeholder count is checked',
      code: auth([body('{{1}} es tu código de verificación. Por tu seguridad, no lo compartas.', ['482913']), buttons(otp())], { language: 'es' }),
    },
    {
      name: 'a sample of exactly 15 characters',
      code: auth([body('{{1}} is your verification code.', ['ABCDEFGHIJ12345']), buttons(otp())]),
    },
    {
      name: 'other categories are not checked',
      code: template({
        category: 'UTILITY',
        components: [
          { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } },
          body('Your order has shipped 🚚, track it on www.example.com today.'),
          buttons(quickReply('Thanks')),
        ],
      }),
    },
    {
      name: 'wrong types do not crash the rule (template-schema reports them)',
      code: auth([42, { type: 'BODY', text: 42 }, { type: 'FOOTER', text: 7 }, { type: 'BUTTONS', buttons: [7, otp(), null] }, { type: 'HEADER', format: 3 }]),
    },
    { name: 'a file holding something that is not a template', code: [42, 'AUTHENTICATION'] },
  ],
  invalid: [
    {
      name: 'no buttons at all',
      code: auth([presetBody, expiry(10)]),
      errors: [{ messageId: 'missingOtpButton', pointer: '/components', line: 5, column: 17 }],
    },
    {
      name: 'French template with a quick reply instead of the OTP button',
      code: authFr([presetBody, expiry(10), buttons(quickReply('Recevoir le code'))]),
      errors: [
        { messageId: 'missingOtpButton', pointer: '/components/2' },
        { messageId: 'extraButton', data: { type: 'QUICK_REPLY' }, pointer: '/components/2/buttons/0' },
      ],
    },
    {
      name: 'components that are not an array',
      code: auth('x' as unknown as unknown[]),
      errors: [{ messageId: 'missingOtpButton', pointer: '' }],
    },
    {
      name: 'a URL button next to the OTP button',
      code: auth([presetBody, buttons(otp(), urlButton('Sign in', 'https://www.example.com/login'))]),
      errors: [{ messageId: 'extraButton', data: { type: 'URL' }, pointer: '/components/1/buttons/1' }],
    },
    {
      name: 'French: two OTP buttons',
      code: authFr([presetBody, buttons(otp({ text: 'Copier le code' }), otp({ text: 'Copier encore' }))]),
      errors: [{ messageId: 'extraButton', data: { type: 'OTP' }, pointer: '/components/1/buttons/1' }],
    },
    {
      name: 'unknown otp_type',
      code: auth([presetBody, buttons(otp({ otp_type: 'COPY' }))]),
      errors: [{ messageId: 'otpType', data: { value: 'COPY' }, pointer: '/components/1/buttons/0/otp_type' }],
    },
    {
      name: 'French: otp_type missing',
      code: authFr([presetBody, buttons({ type: 'OTP', text: 'Copier le code' })]),
      errors: [{ messageId: 'otpType', data: { value: null }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'one-tap without apps',
      code: auth([presetBody, buttons(otp({ otp_type: 'ONE_TAP', autofill_text: 'Autofill' }))]),
      errors: [{ messageId: 'missingSupportedApps', data: { otpType: 'ONE_TAP' }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'French: zero-tap with an empty app list',
      code: authFr([presetBody, buttons(otp({ otp_type: 'zero_tap', zero_tap_terms_accepted: true, supported_apps: [] }))]),
      errors: [{ messageId: 'missingSupportedApps', data: { otpType: 'ZERO_TAP' }, pointer: '/components/1/buttons/0/supported_apps' }],
    },
    {
      name: 'six apps',
      code: auth([presetBody, buttons(otp({ otp_type: 'ONE_TAP', supported_apps: [1, 2, 3, 4, 5, 6].map((n) => app(`com.example.app${n}`)) }))]),
      errors: [{ messageId: 'tooManyApps', data: { count: 6 }, pointer: '/components/1/buttons/0/supported_apps' }],
    },
    {
      name: 'French: six apps on a zero-tap button',
      code: authFr([
        presetBody,
        buttons(otp({ otp_type: 'ZERO_TAP', zero_tap_terms_accepted: true, supported_apps: [1, 2, 3, 4, 5, 6].map((n) => app(`fr.exemple.appli${n}`)) })),
      ]),
      errors: [{ messageId: 'tooManyApps', data: { count: 6 }, pointer: '/components/1/buttons/0/supported_apps' }],
    },
    {
      name: 'package name with one segment',
      code: auth([presetBody, buttons(otp({ otp_type: 'ONE_TAP', supported_apps: [app('luckyshrub')] }))]),
      errors: [{ messageId: 'packageName', data: { value: 'luckyshrub' }, pointer: '/components/1/buttons/0/supported_apps/0/package_name' }],
    },
    {
      name: 'French: package name with an empty segment, and one too long, and one missing',
      code: authFr([
        presetBody,
        buttons(otp({ otp_type: 'ONE_TAP', supported_apps: [app('fr..exemple'), app(`fr.${'a'.repeat(222)}`), { signature_hash: 'K8a/AINcGX7' }] })),
      ]),
      errors: [
        { messageId: 'packageName', data: { value: 'fr..exemple' }, pointer: '/components/1/buttons/0/supported_apps/0/package_name' },
        { messageId: 'packageName', data: { value: `fr.${'a'.repeat(34)}...` }, pointer: '/components/1/buttons/0/supported_apps/1/package_name' },
        { messageId: 'packageName', data: { value: null }, pointer: '/components/1/buttons/0/supported_apps/2' },
      ],
    },
    {
      name: 'signature hash of 10 characters',
      code: auth([presetBody, buttons(otp({ otp_type: 'ONE_TAP', supported_apps: [app(undefined, 'K8a/AINcGX')] }))]),
      errors: [{ messageId: 'signatureHash', data: { value: 'K8a/AINcGX' }, pointer: '/components/1/buttons/0/supported_apps/0/signature_hash' }],
    },
    {
      name: 'French: signature hash with a dash, in the older single-app form',
      code: authFr([presetBody, buttons(otp({ otp_type: 'ONE_TAP', package_name: 'fr.exemple.app', signature_hash: 'K8a-AINcGX7' }))]),
      errors: [{ messageId: 'signatureHash', data: { value: 'K8a-AINcGX7' }, pointer: '/components/1/buttons/0/signature_hash' }],
    },
    {
      name: 'zero-tap without the terms',
      code: auth([presetBody, buttons(otp({ otp_type: 'ZERO_TAP', supported_apps: [app()] }))]),
      errors: [{ messageId: 'zeroTapTerms', data: { value: null }, pointer: '/components/1/buttons/0' }],
    },
    {
      name: 'French: zero-tap with the terms refused',
      code: authFr([presetBody, buttons(otp({ otp_type: 'ZERO_TAP', zero_tap_terms_accepted: 'true', supported_apps: [app()] }))]),
      errors: [{ messageId: 'zeroTapTerms', data: { value: 'true' }, pointer: '/components/1/buttons/0/zero_tap_terms_accepted' }],
    },
    {
      name: 'a link in the body and in the button label',
      code: auth([body('{{1}} is your verification code. Sign in at www.example.com/login.', ['482913']), buttons(otp({ text: 'Open example.com' }))]),
      errors: [
        { messageId: 'link', data: { link: 'www.example.com/login' }, line: 8, column: 60, endColumn: 81 },
        { messageId: 'link', data: { link: 'example.com' }, pointer: '/components/1/buttons/0/text' },
      ],
    },
    {
      name: 'French: a link in the footer and in a text header',
      code: authFr([header('Connexion à exemple.fr'), presetBody, footer('Aide : https://exemple.fr/aide'), copyCodeFr]),
      errors: [
        { messageId: 'link', data: { link: 'exemple.fr' }, pointer: '/components/0/text' },
        { messageId: 'link', data: { link: 'https://exemple.fr/aide' }, pointer: '/components/2/text' },
      ],
    },
    {
      name: 'image header',
      code: auth([{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2U='] } }, presetBody, buttons(otp())]),
      errors: [{ messageId: 'mediaHeader', data: { format: 'IMAGE' }, pointer: '/components/0/format' }],
    },
    {
      name: 'French: location header',
      code: authFr([{ type: 'HEADER', format: 'location' }, presetBody, copyCodeFr]),
      errors: [{ messageId: 'mediaHeader', data: { format: 'LOCATION' }, pointer: '/components/0/format' }],
    },
    {
      name: 'emoji in the body',
      code: auth([body('{{1}} is your verification code 🔐.', ['482913']), buttons(otp())]),
      errors: [{ messageId: 'emoji', data: { emoji: '🔐' }, line: 8, column: 48, endColumn: 50 }],
    },
    {
      name: 'French: emoji in the button label',
      code: authFr([presetBody, buttons(otp({ text: 'Copier 📋' }))]),
      errors: [{ messageId: 'emoji', data: { emoji: '📋' }, pointer: '/components/1/buttons/0/text' }],
    },
    {
      name: 'expiry of 0 minutes',
      code: auth([presetBody, expiry(0), buttons(otp())]),
      errors: [{ messageId: 'codeExpiration', data: { value: '0' }, pointer: '/components/1/code_expiration_minutes' }],
    },
    {
      name: 'French: expiry of 120 minutes, as a string, and not whole',
      code: [authFr([presetBody, expiry(120), copyCodeFr]), authFr([presetBody, expiry('10'), copyCodeFr]), authFr([presetBody, expiry(7.5), copyCodeFr])],
      errors: [
        { messageId: 'codeExpiration', data: { value: '120' }, pointer: '/0/components/1/code_expiration_minutes' },
        { messageId: 'codeExpiration', data: { value: '"10"' }, pointer: '/1/components/1/code_expiration_minutes' },
        { messageId: 'codeExpiration', data: { value: '7.5' }, pointer: '/2/components/1/code_expiration_minutes' },
      ],
    },
    {
      name: 'two placeholders in the body',
      code: auth([body('{{1}} is your verification code for {{2}}.', ['482913', 'Acme']), buttons(otp())]),
      errors: [{ messageId: 'bodyPlaceholders', data: { count: 2 }, pointer: '/components/0/text' }],
    },
    {
      name: 'French: no placeholder in the body',
      code: authFr([body('Voici votre code de vérification.'), copyCodeFr]),
      errors: [{ messageId: 'bodyPlaceholders', data: { count: 0 }, pointer: '/components/0/text' }],
    },
    {
      name: 'a sentence of its own after the preset text',
      code: auth([body('{{1}} is your verification code. Welcome back to Acme!', ['482913']), buttons(otp())]),
      errors: [{ messageId: 'bodyWording', data: { sentence: 'Welcome back to Acme' }, actual: 'Welcome back to Acme', line: 8, column: 49, endColumn: 69 }],
    },
    {
      name: 'French: a greeting before the code sentence',
      code: authFr([body('Bonjour et bienvenue chez Exemple ! *{{1}}* est votre code de vérification.', ['482913']), copyCodeFr]),
      errors: [{ messageId: 'bodyWording', data: { sentence: 'Bonjour et bienvenue chez Exemple' }, pointer: '/components/0/text' }],
    },
    {
      name: 'a sample longer than 15 characters',
      code: auth([body('{{1}} is your verification code.', ['1234567890123456']), buttons(otp())]),
      errors: [{ messageId: 'parameterTooLong', data: { sample: '1234567890123456', length: 16 }, pointer: '/components/0/example/body_text/0/0' }],
    },
    {
      name: 'French: a sample that is a sentence',
      code: authFr([body('*{{1}}* est votre code de vérification.', ['votre code est 482913']), copyCodeFr]),
      errors: [{ messageId: 'parameterTooLong', data: { sample: 'votre code est 482913', length: 21 }, pointer: '/components/0/example/body_text/0/0' }],
    },
  ],
});
