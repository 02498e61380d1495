import { levenshtein } from '../src/text/levenshtein.js';
import { createRule } from '../src/engine/create-rule.js';
import type { TemplateNode, TextField } from '../src/template/model.js';
import { join } from '../src/template/pointer.js';

type Json = Record<string, unknown>;

/** Meta accepts enum values in any case (its own examples write `"category": "utility"`, `"type": "body"`). */
const CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const;
/** Categories retired in June 2023, with the category that usually replaces them. */
const LEGACY_CATEGORIES: ReadonlyMap<string, string> = new Map([
  ['TRANSACTIONAL', 'UTILITY'],
  ['ACCOUNT_UPDATE', 'UTILITY'],
  ['ALERT_UPDATE', 'UTILITY'],
  ['APPOINTMENT_UPDATE', 'UTILITY'],
  ['AUTO_REPLY', 'UTILITY'],
  ['ISSUE_RESOLUTION', 'UTILITY'],
  ['PAYMENT_UPDATE', 'UTILITY'],
  ['PERSONAL_FINANCE_UPDATE', 'UTILITY'],
  ['RESERVATION_UPDATE', 'UTILITY'],
  ['SHIPPING_UPDATE', 'UTILITY'],
  ['TICKET_UPDATE', 'UTILITY'],
  ['TRANSPORTATION_UPDATE', 'UTILITY'],
  ['OTP', 'AUTHENTICATION'],
]);
const PARAMETER_FORMATS = ['POSITIONAL', 'NAMED'] as const;
const COMPONENT_TYPES = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS', 'CAROUSEL', 'LIMITED_TIME_OFFER', 'CALL_PERMISSION_REQUEST'] as const;
/** At most one of each per template (and per carousel card). */
const SINGLETONS: ReadonlySet<string> = new Set(['HEADER', 'BODY', 'FOOTER', 'BUTTONS']);
const HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION', 'GIF', 'PRODUCT'] as const;
const BUTTON_TYPES = [
  'QUICK_REPLY',
  'URL',
  'PHONE_NUMBER',
  'COPY_CODE',
  'OTP',
  'VOICE_CALL',
  'FLOW',
  'MPM',
  'SPM',
  'CATALOG',
  'APP',
  'CALL_PERMISSION_REQUEST',
  'REQUEST_CONTACT_INFO',
  'ORDER_DETAILS',
  'POSTBACK',
  'REMINDER',
  'SEND_LOCATION',
  'EXTENSION',
] as const;
/** Button types whose label Meta's components page marks as required. */
const LABELLED_BUTTONS: ReadonlySet<string> = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);
const SEPARATORS = /[\s-]+/g;
const UNDERSCORES = /_/g;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'string':
      return 'a string';
    default:
      return typeof value;
  }
}

/** French words and common abbreviations people write for an enum value (keys without accents, upper-cased). */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['UTILITAIRE', 'UTILITY'],
  ['AUTHENTIFICATION', 'AUTHENTICATION'],
  ['NOMME', 'NAMED'],
  ['NOMMEE', 'NAMED'],
  ['NOMMES', 'NAMED'],
  ['POSITIONNEL', 'POSITIONAL'],
  ['ENTETE', 'HEADER'],
  ['EN_TETE', 'HEADER'],
  ['TITRE', 'HEADER'],
  ['CORPS', 'BODY'],
  ['PIED_DE_PAGE', 'FOOTER'],
  ['BOUTON', 'BUTTONS'],
  ['BOUTONS', 'BUTTONS'],
  ['TEXTE', 'TEXT'],
  ['LIEN', 'URL'],
  ['LINK', 'URL'],
  ['TELEPHONE', 'PHONE_NUMBER'],
  ['REPONSE_RAPIDE', 'QUICK_REPLY'],
  ['COPIER_LE_CODE', 'COPY_CODE'],
]);
const MARKS = /\p{M}+/gu;

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (short[i] === long[j]) i++;
  return i === short.length;
}

/** The one allowed value `value` most likely means, or undefined when none stands out. */
function closestOf(value: string, allowed: readonly string[]): string | undefined {
  const key = value.normalize('NFD').replace(MARKS, '').trim().toUpperCase().replace(SEPARATORS, '_');
  if (key === '') return undefined;
  const bare = key.replace(UNDERSCORES, '');
  const unique = (found: readonly string[]): string | undefined => (found.length === 1 ? found[0] : undefined);
  const alias = ALIASES.get(key);
  const guess =
    allowed.find((a) => a === key || a.replace(UNDERSCORES, '') === bare) ??
    (alias !== undefined && allowed.includes(alias) ? alias : undefined) ??
    (key.length >= 3 ? unique(allowed.filter((a) => a.startsWith(key))) : undefined) ??
    // `IMG` → IMAGE, `DOC` → DOCUMENT, `VID` → VIDEO
    (bare.length >= 3 ? unique(allowed.filter((a) => a[0] === bare[0] && isSubsequence(bare, a.replace(UNDERSCORES, '')))) : undefined);
  if (guess !== undefined) return guess;
  const budget = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const candidate of allowed) {
    const distance = levenshtein(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const didYouMean = (closest: string | undefined, otherwise: string): string =>
  closest === undefined ? otherwise : `did you mean \`${closest}\`?`;

type EnumMessage = 'unknownCategory' | 'unknownParameterFormat' | 'unknownComponentType' | 'unknownHeaderFormat' | 'unknownButtonType';
type EnumData = { value: string; closest?: string | undefined };

export default createRule({
  id: 'template-schema',
  kind: 'rejection',
  summary: "Require the fields, types and values of Meta's template shape.",
  recommended: 'error',
  messages: {
    notATemplate: (d: { actual: string }) =>
      `Template is ${d.actual}; write an object with \`name\`, \`language\`, \`category\` and \`components\``,
    missingField: (d: { field: string }) => `Required field \`${d.field}\` is missing; add it`,
    wrongType: (d: { field: string; expected: string; actual: string }) => `\`${d.field}\` is ${d.actual}; Meta expects ${d.expected}`,
    emptyComponents: () => '`components` is empty; add at least a BODY component',
    missingBody: () => 'Template has no BODY component; add one, Meta requires it',
    duplicateComponent: (d: { type: string; scope: 'template' | 'card' }) =>
      `Second ${d.type} component in this ${d.scope}; Meta allows one, merge or remove it`,
    emptyText: (d: { field: string }) => `\`${d.field}\` is empty; write the text, Meta rejects empty text`,
    emptyButtons: (d: { field: string }) => `\`${d.field}\` has no buttons; add one or remove the BUTTONS component`,
    unknownCategory: (d: EnumData) =>
      `Category \`${d.value}\` is unknown; ${didYouMean(d.closest, 'use MARKETING, UTILITY or AUTHENTICATION')}`,
    legacyCategory: (d: { value: string; replacement: string }) =>
      `Category \`${d.value}\` was retired in 2023; use MARKETING, UTILITY or AUTHENTICATION (usually \`${d.replacement}\`)`,
    unknownParameterFormat: (d: EnumData) =>
      `Parameter format \`${d.value}\` is unknown; ${didYouMean(d.closest, 'use POSITIONAL or NAMED')}`,
    unknownComponentType: (d: EnumData) =>
      `Component type \`${d.value}\` is unknown; ${didYouMean(d.closest, `use one of ${COMPONENT_TYPES.join(', ')}`)}`,
    unknownHeaderFormat: (d: EnumData) =>
      `Header format \`${d.value}\` is unknown; ${didYouMean(d.closest, `use one of ${HEADER_FORMATS.join(', ')}`)}`,
    unknownButtonType: (d: EnumData) =>
      `Button type \`${d.value}\` is unknown; ${didYouMean(d.closest, 'use a type Meta documents, such as QUICK_REPLY, URL, PHONE_NUMBER or COPY_CODE')}`,
    useValue: (d: { value: string }) => `Change it to \`${d.value}\``,
  },
  suggest: true,
  create(context) {
    const at = (pointer: string) => ({ pointer });
    const field = (pointer: string, value: string): TextField => ({ kind: 'TextField', pointer, value, role: 'example' });

    const wrongType = (pointer: string, path: string, expected: string, value: unknown): void => {
      context.report({ messageId: 'wrongType', data: { field: path, expected, actual: typeName(value) }, at: at(pointer) });
    };
    const missing = (holder: string, path: string): void => {
      context.report({ messageId: 'missingField', data: { field: path }, at: at(holder) });
    };

    /**
     * A string property: reports it missing (when required) or of the wrong type, and returns it when it is a string.
     */
    const stringAt = (obj: Json, holder: string, path: string, key: string, required: boolean): string | undefined => {
      const value = obj[key];
      const p = `${path}${path ? '.' : ''}${key}`;
      if (value === undefined) {
        if (required) missing(holder, p);
        return undefined;
      }
      if (typeof value !== 'string') {
        wrongType(join(holder, key), p, 'a string', value);
        return undefined;
      }
      return value;
    };

    /** An enum property, case-insensitive: returns its upper-cased value when known, else reports and returns undefined. */
    const enumAt = (
      obj: Json,
      holder: string,
      path: string,
      key: string,
      required: boolean,
      allowed: readonly string[],
      messageId: EnumMessage,
    ): string | undefined => {
      const value = stringAt(obj, holder, path, key, required);
      if (value === undefined) return undefined;
      const upper = value.toUpperCase();
      if (allowed.includes(upper)) return upper;
      const pointer = join(holder, key);
      const target = field(pointer, value);
      if (messageId === 'unknownCategory') {
        const replacement = LEGACY_CATEGORIES.get(upper);
        if (replacement) {
          context.report({
            messageId: 'legacyCategory',
            data: { value, replacement },
            at: target,
            actual: value,
            expected: [replacement],
            suggest: [{ messageId: 'useValue', data: { value: replacement }, fix: { field: target, start: 0, end: value.length, text: replacement } }],
          });
          return undefined;
        }
      }
      const closest = closestOf(value, allowed);
      context.report({
        messageId,
        data: { value, closest },
        at: target,
        actual: value,
        ...(closest === undefined
          ? {}
          : {
              expected: [closest],
              suggest: [{ messageId: 'useValue', data: { value: closest }, fix: { field: target, start: 0, end: value.length, text: closest } }],
            }),
      });
      return undefined;
    };

    /** A text property: type, presence when required, and not empty when `nonEmpty`. */
    const textAt = (obj: Json, holder: string, path: string, key: string, required: boolean, nonEmpty: boolean): void => {
      const value = stringAt(obj, holder, path, key, required);
      if (value === '' && nonEmpty) context.report({ messageId: 'emptyText', data: { field: `${path}.${key}` }, at: at(join(holder, key)) });
    };

    const stringArray = (value: unknown, pointer: string, path: string): void => {
      if (!Array.isArray(value)) {
        wrongType(pointer, path, 'an array of strings', value);
        return;
      }
      value.forEach((item, i) => {
        if (typeof item !== 'string') wrongType(join(pointer, i), `${path}[${i}]`, 'a string', item);
      });
    };

    const namedParams = (value: unknown, pointer: string, path: string): void => {
      if (!Array.isArray(value)) {
        wrongType(pointer, path, 'an array of `{ param_name, example }` objects', value);
        return;
      }
      value.forEach((item, i) => {
        const p = join(pointer, i);
        const itemPath = `${path}[${i}]`;
        if (!isObject(item)) {
          wrongType(p, itemPath, 'an object with `param_name` and `example`', item);
          return;
        }
        stringAt(item, p, itemPath, 'param_name', true);
        stringAt(item, p, itemPath, 'example', true);
      });
    };

    const example = (obj: Json, holder: string, path: string, part: 'header' | 'body'): void => {
      const value = obj.example;
      if (value === undefined) return;
      const pointer = join(holder, 'example');
      const p = `${path}.example`;
      if (!isObject(value)) {
        wrongType(pointer, p, 'an object', value);
        return;
      }
      if (part === 'header') {
        if (value.header_text !== undefined) stringArray(value.header_text, join(pointer, 'header_text'), `${p}.header_text`);
        if (value.header_handle !== undefined) stringArray(value.header_handle, join(pointer, 'header_handle'), `${p}.header_handle`);
        if (value.header_text_named_params !== undefined) {
          namedParams(value.header_text_named_params, join(pointer, 'header_text_named_params'), `${p}.header_text_named_params`);
        }
        return;
      }
      const bodyText = value.body_text;
      if (bodyText !== undefined) {
        const bp = join(pointer, 'body_text');
        if (!Array.isArray(bodyText)) wrongType(bp, `${p}.body_text`, 'an array holding one array of strings', bodyText);
        else {
          // A flat array of strings is a shape error that example-mismatch reports; types are checked here.
          bodyText.forEach((row, i) => {
            if (Array.isArray(row)) stringArray(row, join(bp, i), `${p}.body_text[${i}]`);
            else if (typeof row !== 'string') wrongType(join(bp, i), `${p}.body_text[${i}]`, 'an array of strings', row);
          });
        }
      }
      if (value.body_text_named_params !== undefined) {
        namedParams(value.body_text_named_params, join(pointer, 'body_text_named_params'), `${p}.body_text_named_params`);
      }
    };

    const button = (raw: unknown, pointer: string, path: string): void => {
      if (!isObject(raw)) {
        wrongType(pointer, path, 'a button object', raw);
        return;
      }
      const type = enumAt(raw, pointer, path, 'type', true, BUTTON_TYPES, 'unknownButtonType');
      textAt(raw, pointer, path, 'text', type !== undefined && LABELLED_BUTTONS.has(type), true);
      if (type === 'URL' || raw.url !== undefined) stringAt(raw, pointer, path, 'url', type === 'URL');
      if (type === 'PHONE_NUMBER' || raw.phone_number !== undefined) stringAt(raw, pointer, path, 'phone_number', type === 'PHONE_NUMBER');
      const sample = raw.example;
      // URL samples are an array, a COPY_CODE sample a string; the model reads both shapes, so both are types we accept.
      if (sample !== undefined && typeof sample !== 'string') stringArray(sample, join(pointer, 'example'), `${path}.example`);
    };

    const buttons = (obj: Json, holder: string, path: string): void => {
      const list = obj.buttons;
      const pointer = join(holder, 'buttons');
      const p = `${path}.buttons`;
      if (list === undefined) missing(holder, p);
      else if (!Array.isArray(list)) wrongType(pointer, p, 'an array of buttons', list);
      else if (list.length === 0) context.report({ messageId: 'emptyButtons', data: { field: p }, at: at(pointer) });
      else list.forEach((b, i) => button(b, join(pointer, i), `${p}[${i}]`));
    };

    const carousel = (obj: Json, holder: string, path: string, auth: boolean): void => {
      const cards = obj.cards;
      const pointer = join(holder, 'cards');
      const p = `${path}.cards`;
      if (cards === undefined) return missing(holder, p);
      if (!Array.isArray(cards)) return wrongType(pointer, p, 'an array of cards', cards);
      cards.forEach((card, i) => {
        const cp = join(pointer, i);
        const cpath = `${p}[${i}]`;
        if (!isObject(card)) return wrongType(cp, cpath, 'a card object with `components`', card);
        const list = card.components;
        if (list === undefined) return missing(cp, `${cpath}.components`);
        if (!Array.isArray(list)) return wrongType(join(cp, 'components'), `${cpath}.components`, 'an array of components', list);
        components(list, join(cp, 'components'), `${cpath}.components`, 'card', auth);
      });
    };

    const offer = (obj: Json, holder: string, path: string): void => {
      const value = obj.limited_time_offer;
      const pointer = join(holder, 'limited_time_offer');
      const p = `${path}.limited_time_offer`;
      if (value === undefined) return missing(holder, p);
      if (!isObject(value)) return wrongType(pointer, p, 'an object with `text` and `has_expiration`', value);
      textAt(value, pointer, p, 'text', true, true);
      if (value.has_expiration !== undefined && typeof value.has_expiration !== 'boolean') {
        wrongType(join(pointer, 'has_expiration'), `${p}.has_expiration`, 'a boolean', value.has_expiration);
      }
    };

    /** Checks a component list; a missing BODY is not reported when some component's type could not be read (noise). */
    const components = (list: readonly unknown[], pointer: string, path: string, scope: 'template' | 'card', auth: boolean): void => {
      const seen = new Set<string>();
      let readable = true;
      list.forEach((raw, i) => {
        const cp = join(pointer, i);
        const cpath = `${path}[${i}]`;
        if (!isObject(raw)) {
          readable = false;
          return wrongType(cp, cpath, 'a component object', raw);
        }
        const type = enumAt(raw, cp, cpath, 'type', true, COMPONENT_TYPES, 'unknownComponentType');
        if (type === undefined) {
          readable = false;
          return;
        }
        if (SINGLETONS.has(type)) {
          if (seen.has(type)) context.report({ messageId: 'duplicateComponent', data: { type, scope }, at: at(cp) });
          seen.add(type);
        }
        switch (type) {
          case 'HEADER': {
            const format = enumAt(raw, cp, cpath, 'format', true, HEADER_FORMATS, 'unknownHeaderFormat');
            textAt(raw, cp, cpath, 'text', format === 'TEXT', format === 'TEXT');
            example(raw, cp, cpath, 'header');
            break;
          }
          case 'BODY':
            // AUTHENTICATION bodies are Meta's preset text: `text` may be absent or empty (peers §F).
            textAt(raw, cp, cpath, 'text', !auth, !auth);
            example(raw, cp, cpath, 'body');
            break;
          case 'FOOTER':
            // An AUTHENTICATION footer may hold only `code_expiration_minutes`.
            textAt(raw, cp, cpath, 'text', !auth, !auth);
            break;
          case 'BUTTONS':
            buttons(raw, cp, cpath);
            break;
          case 'CAROUSEL':
            carousel(raw, cp, cpath, auth);
            break;
          case 'LIMITED_TIME_OFFER':
            offer(raw, cp, cpath);
            break;
          default:
            break;
        }
      });
      if (scope === 'template' && readable && !seen.has('BODY')) context.report({ messageId: 'missingBody', at: at(pointer) });
    };

    return {
      Template(template: TemplateNode) {
        const raw = template.raw;
        const root = template.pointer;
        if (!isObject(raw)) {
          context.report({ messageId: 'notATemplate', data: { actual: typeName(raw) }, at: template });
          return;
        }
        stringAt(raw, root, '', 'name', true);
        stringAt(raw, root, '', 'language', true);
        enumAt(raw, root, '', 'category', true, CATEGORIES, 'unknownCategory');
        enumAt(raw, root, '', 'parameter_format', false, PARAMETER_FORMATS, 'unknownParameterFormat');
        const list = raw.components;
        const pointer = join(root, 'components');
        if (list === undefined) missing(root, 'components');
        else if (!Array.isArray(list)) wrongType(pointer, 'components', 'an array of components', list);
        else if (list.length === 0) context.report({ messageId: 'emptyComponents', at: at(pointer) });
        else components(list, pointer, 'components', 'template', template.category === 'AUTHENTICATION');
      },
    };
  },
});
