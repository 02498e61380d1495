import { describe, expect, it } from 'vitest';
import { analyse, languageOf, maskedSpans } from '../../src/language/pipeline.js';
import type { TextField } from '../../src/template/model.js';

const field = (value: string): TextField => ({ kind: 'TextField', pointer: '/components/0/text', value, role: 'body' });
const words = (value: string, lang: 'fr' | 'en' = 'fr') => analyse(field(value), lang).words.map((w) => w.value);
const masked = (value: string) => maskedSpans(field(value)).map((s) => [s.kind, value.slice(s.start, s.end)]);

describe('languageOf', () => {
  it.each([
    ['fr', 'fr'],
    ['fr_CA', 'fr'],
    ['fr-BE', 'fr'],
    ['en_GB', 'en'],
    ['EN', 'en'],
    ['pt_BR', undefined],
    [undefined, undefined],
  ])('%s → %s', (code, lang) => expect(languageOf(code)).toBe(lang));
});

describe('masking non-prose', () => {
  it('masks placeholders, links, e-mails, phones, amounts, dates, times, codes and numbers', () => {
    expect(
      masked('Bonjour {{1}}, suivez https://exemple.fr/suivi?ref={{2}} ou écrivez à lea@exemple.fr, au +33 6 12 34 56 78. Total 49,90 € le 12/03/2026 à 10 h 30, code BIENVENUE10, 3 articles.'),
    ).toEqual([
      ['placeholder', '{{1}}'],
      ['url', 'https://exemple.fr/suivi?ref={{2}}'],
      ['email', 'lea@exemple.fr'],
      ['phone', '+33 6 12 34 56 78'],
      ['amount', '49,90 €'],
      ['date', '12/03/2026'],
      ['time', '10 h 30'],
      ['code', 'BIENVENUE10'],
      ['number', '3'],
    ]);
  });

  it('masks English amounts and times', () => {
    expect(masked('Pay $12.50 by 9am, order A1042 ships in 48h.')).toEqual([
      ['amount', '$12.50'],
      ['time', '9am'],
      ['code', 'A1042'],
      ['time', '48h'],
    ]);
  });
});

describe('prose words', () => {
  it('keeps elisions and compounds as one word, and skips masked runs', () => {
    expect(words('Bonjour {{1}}, l’adresse de rendez-vous est sur https://exemple.fr/a. Merci !')).toEqual(['Bonjour', 'l’adresse', 'de', 'rendez-vous', 'est', 'sur', 'Merci']);
  });

  it('gives spans in the field and marks sentence starts', () => {
    const analysed = analyse(field('Hi {{1}}. Your order shipped.'), 'en');
    expect(analysed.words.map((w) => [w.value, w.start, w.end, w.sentenceStart])).toEqual([
      ['Hi', 0, 2, true],
      ['Your', 10, 14, true],
      ['order', 15, 20, false],
      ['shipped', 21, 28, false],
    ]);
  });
});
