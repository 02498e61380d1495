import { createRule } from '../src/engine/create-rule.js';
import type { BodyNode, ButtonNode, TemplateNode, TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';
import { join } from '../src/template/pointer.js';
import { findEmoji } from '../src/text/emoji.js';
import { findLinks } from '../src/text/links.js';
import { tokensOf, type Token } from '../src/text/phrases.js';

type Json = Record<string, unknown>;

const OTP_TYPES: ReadonlySet<string> = new Set(['COPY_CODE', 'ONE_TAP', 'ZERO_TAP']);
const MAX_APPS = 5;
/** Android application id: at least two dot-separated segments, each starting with a letter ([META-UI] auth constants). */
const PACKAGE_NAME = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
const PACKAGE_NAME_MAX = 224;
const SIGNATURE_HASH = /^[A-Za-z0-9+/=]{11}$/;
const EXPIRY_MIN = 1;
const EXPIRY_MAX = 90;
const PARAMETER_MAX = 15;
/** What GET message_templates returns for an OTP button: a URL button to WhatsApp's own OTP handler. */
const EXPORTED_OTP_URL = /^https:\/\/www\.whatsapp\.com\/otp\//;

/** Words that make a sentence one of Meta's preset sentences (code, security advice, expiry), English and French. */
const CODE_WORDS: ReadonlySet<string> = new Set(['code']);
const SECURITY_WORDS: ReadonlySet<string> = new Set(['security', 'securite']);
const EXPIRY_WORDS: ReadonlySet<string> = new Set(['expires', 'expire', 'expira', 'expirera']);
const MINUTE_WORDS: ReadonlySet<string> = new Set(['minute', 'minutes']);
/** Languages whose preset wording we know. */
const KNOWN_WORDING = /^(?:en|fr)(?:_|$)/i;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Whether the tokens of one sentence are one of Meta's preset sentences (read loosely: the wording differs by language). */
function isPresetSentence(tokens: readonly Token[]): boolean {
  let code = false;
  let security = false;
  let expiry = false;
  let minutes = false;
  for (const t of tokens) {
    if (CODE_WORDS.has(t.text)) code = true;
    else if (SECURITY_WORDS.has(t.text)) security = true;
    else if (EXPIRY_WORDS.has(t.text)) expiry = true;
    else if (MINUTE_WORDS.has(t.text)) minutes = true;
  }
  // The code sentence is recognised by its `code` word; a missing placeholder is bodyPlaceholders' report.
  return code || security || (expiry && minutes);
}

export default createRule({
  id: 'authentication-format',
  kind: 'rejection',
  summary: 'Enforce the fixed shape Meta requires of AUTHENTICATION templates: OTP button, preset text, no links, media or emoji.',
  recommended: 'error',
  messages: {
    missingOtpButton: () =>
      'AUTHENTICATION template has no OTP button; add `{ "type": "BUTTONS", "buttons": [{ "type": "OTP", "otp_type": "COPY_CODE" }] }`, Meta cannot send authentication templates without one',
    extraButton: (d: { type: string }) =>
      `\`${d.type}\` button in an AUTHENTICATION template; Meta allows only one button, the OTP button, remove this one`,
    otpType: (d: { value: string | null }) =>
      `${d.value === null ? 'OTP button has no `otp_type`' : `OTP button \`otp_type\` is \`${d.value}\``}; use COPY_CODE, ONE_TAP or ZERO_TAP`,
    missingSupportedApps: (d: { otpType: string }) =>
      `${d.otpType} OTP button has no \`supported_apps\`; list your Android app as \`{ "package_name": "com.example.app", "signature_hash": "…" }\``,
    tooManyApps: (d: { count: number }) => `\`supported_apps\` lists ${d.count} apps; Meta allows at most ${MAX_APPS}, keep the ones that request codes`,
    packageName: (d: { value: string | null }) =>
      `${d.value === null ? 'OTP app has no `package_name`' : `Package name \`${d.value}\` is not an Android package name`}; write it like \`com.example.app\`: at least two dot-separated segments, at most ${PACKAGE_NAME_MAX} characters`,
    signatureHash: (d: { value: string | null }) =>
      `${d.value === null ? 'OTP app has no `signature_hash`' : `Signature hash \`${d.value}\` is not 11 characters of letters, digits, \`+\`, \`/\` or \`=\``}; use the 11-character app signing key hash your app computes`,
    zeroTapTerms: (d: { value: string | null }) =>
      `ZERO_TAP OTP button ${d.value === null ? 'has no `zero_tap_terms_accepted`' : `has \`zero_tap_terms_accepted\` set to \`${d.value}\``}; set it to \`true\` once you accept Meta's zero-tap terms, or use ONE_TAP`,
    link: (d: { link: string }) => `\`${d.link}\` is a link; Meta allows no links anywhere in an AUTHENTICATION template, remove it`,
    mediaHeader: (d: { format: string }) => `\`${d.format}\` header in an AUTHENTICATION template; Meta allows no media there, remove the header`,
    emoji: (d: { emoji: string }) => `Emoji \`${d.emoji}\` in an AUTHENTICATION template; Meta allows no emoji there, remove it`,
    codeExpiration: (d: { value: string }) =>
      `\`code_expiration_minutes\` is \`${d.value}\`; use a whole number of minutes from ${EXPIRY_MIN} to ${EXPIRY_MAX}`,
    bodyPlaceholders: (d: { count: number }) =>
      `AUTHENTICATION body has ${d.count} placeholders; Meta's preset text has exactly one, \`{{1}}\`, for the code`,
    bodyWording: (d: { sentence: string }) =>
      `\`${d.sentence}\` is not part of Meta's preset authentication text; remove it, Meta sends only "{{1}} is your verification code." with the optional security and expiry sentences`,
    parameterTooLong: (d: { sample: string; length: number }) =>
      `Sample \`${d.sample}\` is ${d.length} characters; authentication parameters are at most ${PARAMETER_MAX}, send the code alone`,
  },
  create(context) {
    /** Links as the URL rules see them (`src/text/links.ts`): a scheme, `www.` or a host name with a real TLD. */
    const checkLinks = (field: TextField | undefined): void => {
      for (const link of findLinks(field)) {
        context.report({ messageId: 'link', data: { link: link.raw }, at: { field: field!, start: link.start, end: link.end }, actual: link.raw });
      }
    };

    const checkEmoji = (field: TextField | undefined): void => {
      if (!field) return;
      for (const e of findEmoji(field.value)) {
        context.report({ messageId: 'emoji', data: { emoji: e.text }, at: { field, start: e.start, end: e.end }, actual: e.text });
      }
    };

    const checkApp = (holder: Json, pointer: string): void => {
      const name = holder.package_name;
      if (typeof name !== 'string' || name.length > PACKAGE_NAME_MAX || !PACKAGE_NAME.test(name)) {
        context.report({ messageId: 'packageName', data: { value: name === undefined ? null : show(name) }, at: { pointer: name === undefined ? pointer : join(pointer, 'package_name') } });
      }
      const hash = holder.signature_hash;
      if (typeof hash !== 'string' || !SIGNATURE_HASH.test(hash)) {
        context.report({ messageId: 'signatureHash', data: { value: hash === undefined ? null : show(hash) }, at: { pointer: hash === undefined ? pointer : join(pointer, 'signature_hash') } });
      }
    };

    const checkOtpButton = (button: ButtonNode): void => {
      const raw = button.raw as Json;
      const rawType = raw.otp_type;
      const otpType = typeof rawType === 'string' ? rawType.toUpperCase() : undefined;
      if (otpType === undefined || !OTP_TYPES.has(otpType)) {
        context.report({ messageId: 'otpType', data: { value: rawType === undefined ? null : show(rawType) }, at: rawType === undefined ? button : { pointer: join(button.pointer, 'otp_type') } });
        return;
      }
      if (otpType === 'COPY_CODE') return;
      const apps = raw.supported_apps;
      if (Array.isArray(apps) && apps.length > 0) {
        if (apps.length > MAX_APPS) context.report({ messageId: 'tooManyApps', data: { count: apps.length }, at: { pointer: join(button.pointer, 'supported_apps') } });
        apps.forEach((app, i) => {
          const at = join(button.pointer, 'supported_apps', i);
          checkApp(isObject(app) ? app : {}, at);
        });
      } else if (apps === undefined && (raw.package_name !== undefined || raw.signature_hash !== undefined)) {
        // The older single-app form, fields on the button itself: still read by Meta's SDKs, checked the same way.
        checkApp(raw, button.pointer);
      } else {
        context.report({ messageId: 'missingSupportedApps', data: { otpType }, at: apps === undefined ? button : { pointer: join(button.pointer, 'supported_apps') } });
      }
      if (otpType === 'ZERO_TAP' && raw.zero_tap_terms_accepted !== true) {
        const value = raw.zero_tap_terms_accepted;
        context.report({
          messageId: 'zeroTapTerms',
          data: { value: value === undefined ? null : show(value) },
          at: value === undefined ? button : { pointer: join(button.pointer, 'zero_tap_terms_accepted') },
        });
      }
    };

    const checkBody = (body: BodyNode, template: TemplateNode): void => {
      const text = body.text;
      if (text && text.value.trim() !== '') {
        const count = placeholdersOf(text).length;
        if (count !== 1) context.report({ messageId: 'bodyPlaceholders', data: { count }, at: text });
        if (template.language !== undefined && KNOWN_WORDING.test(template.language)) {
          const tokens = tokensOf(text);
          const links = findLinks(text);
          let first = 0;
          for (let i = 1; i <= tokens.length; i++) {
            if (i < tokens.length && tokens[i]!.sentence === tokens[first]!.sentence) continue;
            const sentence = tokens.slice(first, i);
            const start = sentence[0]!.start;
            const end = sentence[sentence.length - 1]!.end;
            const hasLink = links.some((l) => l.start < end && l.end > start);
            // A sentence with a link is reported as a link; one report is enough.
            if (!hasLink && !isPresetSentence(sentence)) {
              const words = text.value.slice(start, end);
              context.report({ messageId: 'bodyWording', data: { sentence: words }, at: { field: text, start, end }, actual: words });
            }
            first = i;
          }
        }
      }
      const samples = [...(body.example?.positional ?? []), ...(body.example?.named ?? []).flatMap((s) => (s.example ? [s.example] : []))];
      for (const sample of samples) {
        const length = [...sample.value].length;
        if (length > PARAMETER_MAX) context.report({ messageId: 'parameterTooLong', data: { sample: sample.value, length }, at: sample, actual: sample.value });
      }
    };

    return {
      Template(template) {
        if (template.category !== 'AUTHENTICATION') return;
        let otp: ButtonNode | undefined;
        let buttonsSeen = false;
        for (const component of template.components) {
          switch (component.kind) {
            case 'Header':
              if (component.format !== undefined && component.format !== 'TEXT') {
                context.report({ messageId: 'mediaHeader', data: { format: component.format }, at: { pointer: join(component.pointer, 'format') } });
              }
              checkLinks(component.text);
              break;
            case 'Body':
              checkBody(component, template);
              checkLinks(component.text);
              checkEmoji(component.text);
              break;
            case 'Footer': {
              const raw = component.raw as Json;
              const expiry = raw.code_expiration_minutes;
              if (expiry !== undefined && !(typeof expiry === 'number' && Number.isInteger(expiry) && expiry >= EXPIRY_MIN && expiry <= EXPIRY_MAX)) {
                context.report({ messageId: 'codeExpiration', data: { value: JSON.stringify(expiry) ?? String(expiry) }, at: { pointer: join(component.pointer, 'code_expiration_minutes') } });
              }
              checkLinks(component.text);
              break;
            }
            case 'Buttons':
              buttonsSeen = true;
              for (const button of component.buttons) {
                // A button that is not an object is template-schema's to report.
                if (!isObject(button.raw)) continue;
                const exported = button.type === 'URL' && button.url !== undefined && EXPORTED_OTP_URL.test(button.url.value);
                if ((button.type === 'OTP' || exported) && !otp) {
                  otp = button;
                  if (!exported) checkOtpButton(button);
                } else {
                  context.report({ messageId: 'extraButton', data: { type: button.type ?? 'untyped' }, at: button });
                }
                checkLinks(button.text);
                checkEmoji(button.text);
              }
              break;
            default:
              break;
          }
        }
        if (!otp) {
          const at = template.buttons ?? (buttonsSeen || !Array.isArray((template.raw as Json | undefined)?.components) ? template : { pointer: join(template.pointer, 'components') });
          context.report({ messageId: 'missingOtpButton', at });
        }
      },
    };
  },
});
