import { describe, expect, it } from 'vitest';
import type { TextField } from '../../src/template/model.js';
import { fold, keyedEntries, PhraseMatcher, tokenize, tokensOf } from '../../src/text/phrases.js';

const words = (text: string) => tokenize(text).map((t) => t.text);
const field = (value: string): TextField => ({ kind: 'TextField', pointer: '/components/0/text', value, role: 'body' });

describe('tokenize', () => {
  it('folds case and accents, and keeps spans in the original text', () => {
    const text = 'Numéro de SÉCURITÉ sociale';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['numero', 'de', 'securite', 'sociale']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Numéro', 'de', 'SÉCURITÉ', 'sociale']);
  });

  it('folds ligatures and decomposed accents', () => {
    expect(words('Œuvre cœur straße')).toEqual(['oeuvre', 'coeur', 'strasse']);
    const decomposed = 'se\u0301curite\u0301';
    const [token] = tokenize(decomposed);
    expect(token).toMatchObject({ text: 'securite', start: 0, end: decomposed.length });
  });

  it('splits on apostrophes, hyphens and digit/letter boundaries', () => {
    expect(words('l’IBAN d\'identité e-cigarette perdez 10kg COVID19')).toEqual([
      'l', 'iban', 'd', 'identite', 'e', 'cigarette', 'perdez', '10', 'kg', 'covid', '19',
    ]);
  });

  it('never finds a word inside another one', () => {
    expect(words('shipping shopping spinach')).not.toContain('pin');
  });

  it('makes placeholders, links, addresses and dotted names single tokens', () => {
    const text = 'Bonjour {{1}}, voir https://vins.exemple.fr/promo?x=1 ou www.cave.fr, écrivez à vin@exemple.fr. 3.5 kg';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['bonjour', '{{}}', 'voir', '//', 'ou', '//', 'ecrivez', 'a', '//', '//', 'kg']);
    expect(tokens.filter((t) => t.text === '//').map((t) => text.slice(t.start, t.end))).toEqual([
      'https://vins.exemple.fr/promo?x=1',
      'www.cave.fr',
      'vin@exemple.fr',
      '3.5',
    ]);
  });

  it('numbers sentences at . ! ? ; … and line breaks, not inside dotted names', () => {
    const tokens = tokenize('Un deux. Trois ! Quatre ; cinq…six\nsept exemple.fr huit');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 5]);
  });

  it('reads non-Latin letters as words and skips emoji', () => {
    expect(words('Привет 🎉 мир')).toEqual(['привет', 'мир']);
  });

  it('caches tokens per field', () => {
    const f = field('Hello there');
    expect(tokensOf(f)).toBe(tokensOf(f));
  });

  it('folds a phrase', () => {
    expect(fold('Répondez  STOP !')).toBe('repondez stop');
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>()
    .add('numéro de carte', 'card')
    .add('!numéro de carte cadeau', 'card')
    .add('cigarette*', 'tobacco')
    .add('perdez # kg', 'health')
    .add('invest* ... bitcoin', 'crypto')
    .add('nous ... contacterons|informerons ... employeur|famille', 'threat')
    .add('vin', 'alcohol')
    .add('!bar à vin', 'alcohol');

  const found = (text: string) => matcher.match(tokenize(text)).map((m) => [m.value, text.slice(m.start, m.end)]);

  it('matches whole words, case- and accent-insensitively', () => {
    expect(found('Envoyez votre NUMERO de Carte')).toEqual([['card', 'NUMERO de Carte']]);
    expect(found('Le vin est servi')).toEqual([['alcohol', 'vin']]);
    expect(found('Le vinaigre est servi')).toEqual([]);
  });

  it('lets an exception hide the phrase it covers', () => {
    expect(found('Votre numéro de carte cadeau')).toEqual([]);
    expect(found('Réservation au bar à vin Le Zinc')).toEqual([]);
    expect(found('Au bar. À vin rouge')).toEqual([['alcohol', 'vin']]);
  });

  it('supports prefixes, numbers, gaps and alternatives', () => {
    expect(found('Cigarettes électroniques')).toEqual([['tobacco', 'Cigarettes']]);
    expect(found('Perdez 10 kg, perdez 5kg')).toEqual([
      ['health', 'Perdez 10 kg'],
      ['health', 'perdez 5kg'],
    ]);
    expect(found('Investissez dès maintenant en bitcoin')).toEqual([['crypto', 'Investissez dès maintenant en bitcoin']]);
    expect(found('Investissez votre argent dès aujourd’hui dans le bitcoin')).toEqual([]);
    expect(found('Sinon nous contacterons directement votre famille.')).toEqual([['threat', 'nous contacterons directement votre famille']]);
    expect(found('Nous informerons votre employeur')).toEqual([['threat', 'Nous informerons votre employeur']]);
  });

  it('never matches across sentences', () => {
    expect(found('Votre numéro. De carte')).toEqual([]);
    expect(found('Investissez. Le bitcoin')).toEqual([]);
  });

  it('prefers the longest phrase at the leftmost position', () => {
    const m = new PhraseMatcher<string>().add('code', 'short').add('code de vérification', 'long');
    expect(m.match(tokenize('Votre code de vérification')).map((x) => x.value)).toEqual(['long']);
    expect(m.test(tokenize('le code'))).toBe(true);
    expect(m.test(tokenize('rien'))).toBe(false);
  });

  it('counts expanded phrases and rejects malformed entries', () => {
    expect(new PhraseMatcher().add('a|b c|d', 1).count).toBe(4);
    expect(() => new PhraseMatcher().add('... vin', 1)).toThrow(/starts with/);
    expect(() => new PhraseMatcher().add('vin ...', 1)).toThrow(/ends with/);
    expect(() => new PhraseMatcher().add('ab*', 1)).toThrow(/prefix/);
  });
});

describe('keyedEntries', () => {
  it('reads `kind: phrase` lines and exceptions', () => {
    expect(keyedEntries(['card-number: numéro de carte', '!card-number: numéro de carte cadeau'], 'x.txt')).toEqual([
      { key: 'card-number', entry: 'numéro de carte' },
      { key: 'card-number', entry: '!numéro de carte cadeau' },
    ]);
    expect(() => keyedEntries(['numéro de carte'], 'x.txt')).toThrow(/x\.txt/);
  });
});
