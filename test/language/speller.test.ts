import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSpeller, loadSpeller, wordsFile, type Speller } from '../../src/language/speller.js';
import { WordList } from '../../src/language/wordlist.js';

// The compiled word lists (dist/dictionaries/*.words) come from `npm run build`; build them here when missing or
// stale (≈ 5 s for both languages). The non-literal specifier keeps tsc from typing the .mjs build script.
interface BuildScript {
  ensureDictionaries(options?: { log?: (message: string) => void }): string[];
}
beforeAll(async () => {
  const script = new URL('../../scripts/build-dictionaries.mjs', import.meta.url).href;
  const { ensureDictionaries } = (await import(script)) as BuildScript;
  ensureDictionaries();
}, 60_000);

// Expected answers below were checked against Hunspell 1.7.1 on the same .aff/.dic
// (`hunspell -d node_modules/dictionary-fr/index -L -i utf-8`); bench/spell-agreement.mjs does it at scale.
const accepts = (speller: () => Speller, words: string[]) =>
  it.each(words)('accepts %s', (word) => expect(speller().correct(word)).toBe(true));
const rejects = (speller: () => Speller, words: string[]) =>
  it.each(words)('rejects %s', (word) => expect(speller().correct(word)).toBe(false));

describe('WordList', () => {
  it('reads the header and looks words up', () => {
    const list = WordList.load(wordsFile('fr'));
    expect(list.header.format).toBe(1);
    expect(list.header.source).toEqual({ name: 'dictionary-fr', version: '3.0.0' });
    expect(list.size).toBeGreaterThan(450_000);
    expect(list.has('homme')).toBe(true);
    expect(list.has('hommes')).toBe(true);
    // Elided forms are not listed: the speller handles elision.
    expect(list.has("l'homme")).toBe(false);
    expect(list.has('Homme')).toBe(false);
    expect(list.has('xqzw')).toBe(false);
    expect(list.has('')).toBe(false);
  });

  it('iterates in code-unit order, by prefix', () => {
    const list = WordList.load(wordsFile('fr'));
    const words = [...list.words('command')];
    expect(words).toContain('commande');
    expect(words).toContain('commandées');
    expect(words.every((w) => w.startsWith('command'))).toBe(true);
    expect([...words].sort()).toEqual(words);
    expect([...list.words('zzzzq')]).toEqual([]);
  });

  it('rejects a file that is not a word list', () => {
    expect(() => new WordList(new Uint8Array(16))).toThrow(/not a word list/);
  });
});

describe('getSpeller', () => {
  it('finds dist/dictionaries from the source tree and loads once per process', () => {
    expect(wordsFile('fr')).toMatch(/dist[\\/]dictionaries[\\/]fr\.words$/);
    expect(existsSync(wordsFile('en'))).toBe(true);
    expect(getSpeller('fr')).toBe(getSpeller('fr'));
    expect(getSpeller('en').language).toBe('en');
  });

  it('loads in a few milliseconds', () => {
    const start = performance.now();
    loadSpeller(wordsFile('fr')).correct('bonjour');
    // ~3 ms on the project machine; generous bound for a loaded CI box.
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('French', () => {
  const fr = () => getSpeller('fr');

  describe('words and inflections', () => {
    accepts(fr, ['bonjour', 'commande', 'commandes', 'commandée', 'expédiée', 'événement', 'évènement', 'livraison', 'rendez-vous', 'disponible', 'était', 'reçu', 'à', 'où']);
    rejects(fr, ['comande', 'evenement', 'addresse', 'livrasion', 'disponnible', 'malheureusment', 'acceuil', 'xqzw']);
  });

  describe('elisions, with both apostrophes', () => {
    accepts(fr, [
      "l'homme",
      'l’homme',
      "d'abord",
      'd’abord',
      "qu'il",
      'qu’il',
      "j'ai",
      'j’ai',
      'n’est',
      's’il',
      'c’est',
      'ç’a',
      'm’a',
      't’es',
      'jusqu’à',
      "jusqu'au",
      'lorsqu’il',
      'puisqu’on',
      'quoiqu’il',
      'aujourd’hui',
      "aujourd'hui",
      'presqu’île',
      'd’aujourd’hui',
      "l'Europe",
    ]);
    // `l'` does not go with a plural (`d'` does); `s'` only before il(s); the word after the elision is checked too.
    rejects(fr, ["l'hommes", 's’elle', 'l’evenement', "qu'ilss"]);
    it("accepts d'hommes where l'hommes is wrong", () => expect(fr().correct("d'hommes")).toBe(true));
  });

  describe('capitals: sentence start, ALL CAPS, Title Case; KEEPCASE', () => {
    accepts(fr, ['Bonjour', 'Commande', 'COMMANDE', 'Événement', 'ÉVÉNEMENT', 'L’équipe', 'L’ÉQUIPE', "JUSQU'À", "QU'IL", 'AUJOURD’HUI', 'Paris', 'PARIS', 'Rendez-Vous', 'RENDEZ-VOUS', 'km']);
    rejects(fr, ['cOMMANDE', 'CoMmande', 'EVENEMENT', 'KM', 'Km']);
  });

  describe('hyphenated compounds: the whole form, else every part (Hunspell BREAK)', () => {
    accepts(fr, ['porte-monnaie', 'peut-être', 'arc-en-ciel', 'après-midi', 'dit-il', 'a-t-il', 'va-t’en', 'bleu-vert', 'client·e·s', "'homme", 'homme’']);
    rejects(fr, ['bleu-vertt', 'porte-monaie', '-vous', 'mot-']);
  });

  describe('ligatures, abbreviations, numbers', () => {
    accepts(fr, ['cœur', 'œuvre', 'ﬁn', 'etc.', 'M.', '12', '1,5']);
    rejects(fr, ['coeur', 'oeuvre']);
  });
});

describe('English', () => {
  const en = () => getSpeller('en');
  accepts(en, ['receive', 'address', 'occurred', 'appointment', "don't", 'don’t', "couldn't", "it's", "dog's", 'well-known', 'Monday', 'MONDAY', 'Receive', 'etc.']);
  rejects(en, ['recieve', 'adress', 'occured', 'seperate', 'monday', 'teh', 'paymnet']);
});

describe('suggestions', () => {
  const first = (lang: 'fr' | 'en', word: string) => getSpeller(lang).suggest(word)[0];
  it.each([
    ['fr', 'comande', 'commande'],
    ['fr', 'evenement', 'événement'],
    ['fr', 'Evenement', 'Événement'],
    ['fr', 'EVENEMENT', 'ÉVÉNEMENT'],
    ['fr', 'addresse', 'adresse'],
    ['fr', 'l’evenement', 'l’événement'],
    ['fr', "l'hommes", "l'homme"],
    ['fr', 'rendezvous', 'rendez-vous'],
    ['fr', 'rendez vous', 'rendez-vous'],
    ['fr', 'coeur', 'cœur'],
    ['fr', 'aujourdhui', "aujourd'hui"],
    ['fr', 'parceque', 'parce que'],
    ['fr', 'KM', 'km'],
    ['fr', 'livrasion', 'livraison'],
    ['fr', 'disponnible', 'disponible'],
    ['en', 'recieve', 'receive'],
    ['en', 'Recieve', 'Receive'],
    ['en', 'adress', 'address'],
    ['en', 'occured', 'occurred'],
    ['en', 'seperate', 'separate'],
    ['en', 'wich', 'which'],
    ['en', 'thier', 'their'],
    ['en', 'alot', 'a lot'],
    ['en', 'dont', "don't"],
  ] as const)('%s: %s → %s', (lang, word, expected) => {
    expect(first(lang, word)).toBe(expected);
  });

  it('gives at most max suggestions, all of them correct, none for a correct word', () => {
    const fr = getSpeller('fr');
    for (const word of ['comande', 'evenement', 'malheureusment', 'acceuil', 'bleu-vertt']) {
      const s = fr.suggest(word);
      expect(s.length).toBeGreaterThan(0);
      expect(s.length).toBeLessThanOrEqual(5);
      expect(new Set(s).size).toBe(s.length);
      for (const w of s) expect(w.split(' ').every((part) => fr.correct(part))).toBe(true);
    }
    expect(fr.suggest('comande', 2)).toHaveLength(2);
    expect(fr.suggest('commande')).toEqual([]);
    expect(fr.suggest('')).toEqual([]);
  });

  it('takes a few milliseconds per misspelled word', () => {
    const fr = getSpeller('fr');
    const words = ['comande', 'evenement', 'addresse', 'livrasion', 'disponnible', 'malheureusment', 'acceuil', 'confimation', 'paiment', 'rembousement', 'expediée', 'abonement'];
    fr.suggest('warmup');
    const times = words.map((w) => {
      const start = performance.now();
      fr.suggest(w);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    // ~5–10 ms median on the project machine (bench/spell-cold.mjs); generous bound for a loaded CI box.
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(100);
  });
});
