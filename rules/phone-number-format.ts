import { createRequire } from 'node:module';
import { createRule, type TextEdit } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';

type PhoneLib = typeof import('libphonenumber-js/min');

const load = createRequire(import.meta.url);
let phoneLib: PhoneLib | undefined;

/** libphonenumber-js takes ~26 ms to load: only templates with a phone button pay for it, once per process. */
function phoneNumbers(): PhoneLib {
  return (phoneLib ??= load('libphonenumber-js/min') as PhoneLib);
}

/** Meta, components page: `phone_number` is at most 20 characters. */
const MAX_LENGTH = 20;
/** Characters that group digits; accepted (Meta's own docs write `+55-0-955-585-95436`) but counted in the 20. */
const SEPARATORS = /[ -]+/g;
const isDigit = (c: string) => c >= '0' && c <= '9';
const isSeparator = (c: string | undefined) => c === ' ' || c === '-';

/** Runs of characters other than digits, spaces, hyphens and a leading `+`. */
function invalidRuns(value: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (isDigit(c) || isSeparator(c) || (c === '+' && i === 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === i) last.end = i + 1;
    else runs.push({ start: i, end: i + 1 });
  }
  return runs;
}

/** String indices of the digits of `value`, in order. */
function digitIndices(value: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) if (isDigit(value[i]!)) out.push(i);
  return out;
}

export default createRule({
  id: 'phone-number-format',
  kind: 'rejection',
  summary: 'Require phone buttons to hold a plausible international number of at most 20 characters.',
  recommended: 'error',
  messages: {
    tooLong: (d: { number: string; length: number }) =>
      `Phone number \`${d.number}\` is ${d.length} characters long; Meta allows at most 20, remove the spaces and hyphens or use a shorter number`,
    invalidCharacters: (d: { number: string; characters: string }) =>
      `Phone number \`${d.number}\` contains \`${d.characters}\`; write only digits, with an optional leading + and spaces or hyphens between groups`,
    notPlausible: (d: { number: string }) =>
      `\`${d.number}\` is not a plausible international phone number; write the country code first, as in \`+1 555 005 1310\``,
    trunkPrefix: (d: { number: string; prefix: string }) =>
      `Phone number \`${d.number}\` keeps the national prefix \`${d.prefix}\` after the country code; Meta strips a leading 0 there, remove the prefix`,
    zeroNeeded: (d: { number: string }) =>
      `Phone number \`${d.number}\` needs the 0 after its country code, which Meta strips; use another number, or write this one in the body`,
    removeTrunkPrefix: (d: { prefix: string; fixed: string }) => `Remove \`${d.prefix}\`: \`${d.fixed}\``,
  },
  fixable: true,
  suggest: true,
  create(context) {
    const check = (field: TextField): void => {
      const number = field.value;
      const runs = invalidRuns(number);
      for (const run of runs) {
        const characters = number.slice(run.start, run.end);
        context.report({ messageId: 'invalidCharacters', data: { number, characters }, at: { field, ...run }, actual: characters });
      }
      const compact = number.replace(SEPARATORS, '');
      if (number.length > MAX_LENGTH) {
        // Dropping spaces and hyphens cannot change the number: a fix, when that is enough.
        const fix: TextEdit | undefined = runs.length === 0 && compact.length <= MAX_LENGTH ? { field, start: 0, end: number.length, text: compact } : undefined;
        context.report({ messageId: 'tooLong', data: { number, length: number.length }, at: field, actual: number, ...(fix ? { fix } : {}) });
        // Too many digits to be any phone number: the plausibility report would say the same thing again.
        if (!fix) return;
      }
      if (runs.length > 0) return;
      const digits = compact.replace('+', '');
      const parsed = digits === '' ? undefined : phoneNumbers().parsePhoneNumberFromString(`+${digits}`);
      if (!parsed || !parsed.isPossible()) {
        context.report({ messageId: 'notPlausible', data: { number }, at: field, actual: number });
        return;
      }
      const afterCode = digits.slice(parsed.countryCallingCode.length);
      const national = parsed.nationalNumber;
      const at = digitIndices(number).slice(parsed.countryCallingCode.length);
      if (afterCode.length > national.length && afterCode.endsWith(national)) {
        // libphonenumber dropped a national (trunk) prefix: `+33 0612…`, `+44 07…`, `+55-0-955…`.
        const count = afterCode.length - national.length;
        const prefix = afterCode.slice(0, count);
        const start = at[0]!;
        let end = at[count - 1]! + 1;
        // Take one separator with it when the prefix stands between two: `+55-0-955` becomes `+55-955`.
        if (isSeparator(number[start - 1]) && isSeparator(number[end])) end++;
        const fixed = number.slice(0, start) + number.slice(end);
        context.report({
          messageId: 'trunkPrefix',
          data: { number, prefix },
          at: { field, start, end: at[count - 1]! + 1 },
          actual: prefix,
          suggest: [{ messageId: 'removeTrunkPrefix', data: { prefix, fixed }, fix: { field, start, end, text: '' } }],
        });
      } else if (afterCode === national && national.startsWith('0')) {
        // The 0 is part of the number (Italian landlines, Côte d'Ivoire): Meta strips it all the same.
        context.report({ messageId: 'zeroNeeded', data: { number }, at: { field, start: at[0]!, end: at[0]! + 1 }, actual: '0' });
      }
    };
    return {
      Button(button) {
        // Card phone buttons are checked too: the number rules do not depend on where the button is.
        if (button.type === 'PHONE_NUMBER' && button.phoneNumber) check(button.phoneNumber);
      },
    };
  },
});
