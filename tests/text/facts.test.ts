// The shared document facts, on small articles: what each answers and what it must not.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentInfo } from '../../src/engine/context.js';
import { defaultSettings } from '../../src/settings.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import { CAPITALIZED_MID_SENTENCE, COMMA_GROUPING, LATIN_SHARE, STANDALONE_WORDS, ZONES } from '../../src/text/facts.js';
import type { Fact } from '../../src/engine/types.js';

const ask = <K, V>(text: string, fact: Fact<K, V>, key: K): V => new DocumentInfo(text, defaultSettings(), defaultLexicon()).facts.answer(fact, key);

describe('COMMA_GROUPING', () => {
  it.each([
    ['4,464,005 votes', true],
    ['12,500 people', true],
    ['1.245.803 votes', false],
    ['a 3,14 ratio', false],
  ] as const)('%s → %s', (text, expected) => expect(ask(text, COMMA_GROUPING, '')).toBe(expected));
});

describe('STANDALONE_WORDS', () => {
  it('knows a word that stands alone somewhere in the article', () => {
    const text = 'Ferro said no.\n\nThe coach Ferrowho left';
    expect(ask(text, STANDALONE_WORDS, 'Ferro')).toBe(true);
    expect(ask(text, STANDALONE_WORDS, 'who')).toBe(false);
  });

  // Answered by searching for the word; it must read words exactly as forEachWord does.
  it.each([
    ['Ferro said no.', 'Ferro', true],
    ['Ferrowho left', 'Ferro', false],
    ['left Ferro', 'Ferro', true], // at the end of the text
    ['Putin’s plan', 'Putin', true], // an apostrophe ends a run
    ['Putin’s plan', 's', true],
    ['Putin’s plan', 'Putin’s', false], // not a run: the apostrophe is no word character
    ['a-b', 'b', true],
    ['x\u0301Ferro', 'Ferro', false], // a combining mark before it continues the word
    ['Ferro\u0301 said', 'Ferro', false], // …and after it
    ['Ferro\u0301 said', 'Ferro\u0301', true],
    ['\u0301abc said', 'abc', false], // a run does not start after a mark
    ['2023 budget', '2023', true],
    ['#Ferro and Ferro', 'Ferro', true],
    ['FerroFerro', 'Ferro', false],
    ['', 'x', false],
    ['x', '', false],
  ] as const)('%j: %j → %s', (text, word, expected) => {
    expect(ask(text, STANDALONE_WORDS, word)).toBe(expected);
  });
});

describe('CAPITALIZED_MID_SENTENCE', () => {
  it.each([
    ['The minister met Blinken in Rome.', 'blinken', 1],
    ['He said, Blinken arrived.', 'blinken', 1],
    ['The minister met Blinken in Rome, and then Blinken left.', 'blinken', 2],
    ['It ended. Blinken arrived.', 'blinken', 0], // a sentence start says nothing
    ['He said: Today we start.', 'today', 0],
    ['He met “Blinken” there.', 'blinken', 0], // after a quotation mark
    ['The NATO summit began.', 'nato', 0], // all capitals are not a capitalized word
    ['Why Cryptocurrencies Are Crashing Again\n\nThe fall of cryptocurrencies went on.', 'cryptocurrencies', 0], // a title-case line vouches for nothing
  ] as const)('%s: %s → %s', (text, word, expected) => expect(ask(text, CAPITALIZED_MID_SENTENCE, word)).toBe(expected));
});

describe('ZONES', () => {
  it('finds the body between a header block and a tail', () => {
    const header = 'Home / World\nNews Site\n';
    const body = 'The minister said on Monday that the talks would go on next week.\nThey did not say where the next round of talks would be held.\n';
    const tail = 'Read more\nMore from the author\n';
    const [start, end] = ask(header + body + tail, ZONES, '');
    expect(start).toBe(header.length);
    expect(end).toBe(header.length + body.length - 1);
  });

  it('says so when nothing reads as body text', () => {
    expect(ask('Home\nShare\nSubscribe now', ZONES, '')).toEqual([-1, -1]);
  });
});

describe('LATIN_SHARE', () => {
  /** The reference: every character of the text read. */
  const share = (text: string): number => {
    let latin = 0;
    let other = 0;
    for (const ch of text.split('')) {
      const c = ch.charCodeAt(0);
      if (/[A-Za-z]/.test(ch) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
      else if (c >= 0x370 && /\p{L}/u.test(ch)) other++;
    }
    return latin + other === 0 ? 1 : latin / (latin + other);
  };
  const root = new URL('../../', import.meta.url);
  const fixtures = ['fixtures/articles/', 'fixtures/clean/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(`${dir}${name}`, root), 'utf8')),
  );

  it.each([
    ['', 1],
    ['123 456', 1],
    ['Привет мир', 0],
    ['Hello мир', 5 / 8],
    ['Zelenskyy’s café, 2023', 1],
    ['x\u0301y 12ab Ωmega', 8 / 9],
  ] as const)('%j → %d', (text, expected) => expect(ask(text, LATIN_SHARE, '')).toBeCloseTo(expected, 12));

  it('counts the letters of every fixture as reading each character does', () => {
    for (const text of fixtures) expect(ask(text, LATIN_SHARE, '')).toBe(share(text));
  });
});
