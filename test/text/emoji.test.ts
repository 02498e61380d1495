import { describe, expect, it } from 'vitest';
import { countEmoji, findEmoji } from '../../src/text/emoji.js';

const texts = (s: string) => findEmoji(s).map((m) => m.text);

describe('findEmoji', () => {
  it('finds nothing in plain text', () => {
    expect(findEmoji('')).toEqual([]);
    expect(findEmoji('Votre commande n°42 est prête — à bientôt !')).toEqual([]);
    expect(findEmoji('Order #123, call 1-800 *now*')).toEqual([]);
  });

  it('gives UTF-16 spans', () => {
    expect(findEmoji('Promo 🎉 !')).toEqual([{ text: '🎉', start: 6, end: 8 }]);
    const s = 'a🎉b🚀';
    for (const m of findEmoji(s)) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(findEmoji(s).map((m) => [m.start, m.end])).toEqual([
      [1, 3],
      [4, 6],
    ]);
  });

  it('keeps variation selectors and skin tones with their emoji', () => {
    expect(texts('❤️ merci')).toEqual(['❤️']);
    expect(texts('👍🏽👍')).toEqual(['👍🏽', '👍']);
    expect(texts('🏽')).toEqual(['🏽']);
  });

  it('counts a ZWJ sequence once', () => {
    expect(texts('👩🏽‍💻 ok')).toEqual(['👩🏽‍💻']);
    expect(texts('❤️‍🔥🏳️‍🌈')).toEqual(['❤️‍🔥', '🏳️‍🌈']);
    expect(texts('👨‍👩‍👧‍👦')).toEqual(['👨‍👩‍👧‍👦']);
    expect(texts('🧑‍🦰')).toEqual(['🧑‍🦰']);
  });

  it('finds keycaps, with or without VS16', () => {
    expect(findEmoji('1️⃣ Choisissez')).toEqual([{ text: '1️⃣', start: 0, end: 3 }]);
    expect(texts('#️⃣ *️⃣ 1⃣')).toEqual(['#️⃣', '*️⃣', '1⃣']);
  });

  it('pairs regional indicators into flags', () => {
    expect(texts('🇫🇷🇩🇪')).toEqual(['🇫🇷', '🇩🇪']);
    expect(findEmoji('🇫🇷🇩🇪')[1]).toEqual({ text: '🇩🇪', start: 4, end: 8 });
    expect(texts('🇫🇷🇫')).toEqual(['🇫🇷', '🇫']);
    expect(texts('🏴󠁧󠁢󠁥󠁮󠁧󠁿 England')).toEqual(['🏴󠁧󠁢󠁥󠁮󠁧󠁿']);
  });

  it('does not take digits, # or text-presentation symbols alone for emoji', () => {
    expect(findEmoji('1 2 3 # *')).toEqual([]);
    expect(findEmoji('© 2025 Acme® ™ ‼ ↔ ℹ')).toEqual([]);
    expect(findEmoji('Je t’aime ❤ !')).toEqual([]);
    expect(findEmoji('⌚︎ text presentation')).toEqual([]);
  });

  it('takes text-default symbols asking for emoji presentation', () => {
    expect(texts('©️ 2025')).toEqual(['©️']);
    expect(texts('☎️ Appelez-nous')).toEqual(['☎️']);
    expect(texts('‼️')).toEqual(['‼️']);
  });

  it('takes emoji-default characters alone', () => {
    expect(texts('⌚ 🀄 🎉')).toEqual(['⌚', '🀄', '🎉']);
  });
});

describe('countEmoji', () => {
  it('counts sequences once', () => {
    expect(countEmoji('Soldes 🎉🎉 👩🏽‍💻 🇫🇷 1️⃣ © 2025')).toBe(5);
    expect(countEmoji('no emoji here')).toBe(0);
  });
});
