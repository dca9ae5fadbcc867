// The document model: paragraphs, words with their shapes, and per-paragraph trigger masks.
import { describe, expect, it } from 'vitest';
import { scanText, splitParagraphs, TriggerTable, WordFlag, type WordFlagName } from '../../src/text/document.js';

const wordsOf = (text: string): [string, WordFlagName[]][] => {
  const { starts, ends, flags, count } = scanText(text).words;
  const names = Object.keys(WordFlag) as WordFlagName[];
  return Array.from({ length: count }, (_, w) => [text.slice(starts[w], ends[w]), names.filter((name) => (flags[w]! & WordFlag[name]) !== 0)]);
};

describe('splitParagraphs', () => {
  it.each([
    ['one', [[0, 3]]],
    ['a\n\nb', [[0, 1], [3, 4]]],
    ['a\n\n\nb', [[0, 1], [3, 5]]], // a third line break starts the next paragraph
    ['', [[0, 0]]],
  ] as const)('%j', (text, expected) => {
    const p = splitParagraphs(text);
    expect(Array.from({ length: p.count }, (_, i) => [p.starts[i], p.ends[i]])).toEqual(expected);
  });
});

describe('words and their shapes', () => {
  it.each([
    ['suppliesMilitary', [['suppliesMilitary', ['LowerThenUpper']]]],
    ['NATO and TASS', [['NATO', ['Capitalized', 'AllCaps']], ['and', ['Lower']], ['TASS', ['Capitalized', 'AllCaps']]]],
    ['2023The', [['2023The', ['DigitThenUpper', 'Digit']]]],
    ["Putin's plan", [["Putin's", ['Capitalized', 'Apostrophe']], ['plan', ['Lower']]]],
    ['i n the', [['i', ['SingleLower']], ['n', ['SingleLower']], ['the', ['Lower']]]],
    ['Zürich', [['Zürich', ['Capitalized', 'NonAscii']]]],
    ["rock 'n' roll", [['rock', ['Lower']], ['n', ['SingleLower']], ['roll', ['Lower']]]],
    ['e-mail', [['e', ['SingleLower']], ['mail', ['Lower']]]],
  ] as const)('%s', (text, expected) => {
    const sorted = (list: readonly (readonly [string, readonly string[]])[]) => list.map(([w, f]) => [w, [...f].sort()]);
    expect(sorted(wordsOf(text))).toEqual(sorted(expected));
  });

  it('never lets a word run across a blank line', () => {
    expect(wordsOf('end\n\nstart').map(([word]) => word)).toEqual(['end', 'start']);
  });
});

describe('trigger masks', () => {
  const table = new TriggerTable([{ chars: '&' }, { words: ['yr'] }, { flags: ['LowerThenUpper'] }, undefined]);
  it.each([
    ['plain text', 0b1000],
    ['AT&T', 0b1001],
    ['the upcoming yr', 0b1010],
    ['years', 0b1000], // a word that starts like one is not it
    ['suppliesMilitary', 0b1100],
  ])('%s → %i', (text, mask) => {
    expect(scanText(text, { table }).masks[0]).toBe(mask);
  });

  it('gives each paragraph its own mask and skips those not asked for', () => {
    const text = 'AT&T\n\nthe yr\n\nplain';
    expect([...scanText(text, { table }).masks]).toEqual([0b1001, 0b1010, 0b1000]);
    expect([...scanText(text, { table, only: Uint8Array.from([0, 1, 0]) }).masks]).toEqual([0, 0b1010, 0]);
  });
});

describe('a scan that reuses an earlier one', () => {
  const table = new TriggerTable([{ chars: '&' }, { words: ['yr'] }, { flags: ['AllCaps'] }]);
  const words = (scan: ReturnType<typeof scanText>): unknown => ({
    starts: [...scan.words.starts.subarray(0, scan.words.count)],
    ends: [...scan.words.ends.subarray(0, scan.words.count)],
    flags: [...scan.words.flags.subarray(0, scan.words.count)],
    masks: [...scan.masks],
    paragraphWords: [...scan.paragraphWords],
  });

  it('copies the paragraphs it is told are the same, moved, and reads the others: as a fresh scan', () => {
    const before = 'AT&T said it.\n\nthe yr was long\n\nNATO met, and “Putin’s” men left.\n\nplain end';
    const after = 'AT&T, said it.\n\nthe yr was long\n\nNATO met, and “Putin’s” men left.\n\nplain  end';
    const earlier = scanText(before, { table });
    // Paragraphs 1 and 2 are unchanged (moved by one character); 0 and 3 changed.
    const sameAs = Int32Array.from([-1, 1, 2, -1]);
    expect(words(scanText(after, { table, earlier: { scan: earlier, sameAs } }))).toEqual(words(scanText(after, { table })));
    // Told nothing is the same, it reads everything.
    expect(words(scanText(after, { table, earlier: { scan: earlier, sameAs: Int32Array.from([-1, -1, -1, -1]) } }))).toEqual(words(scanText(after, { table })));
  });

  it('must be told the truth: a paragraph said to be the same is copied, not read', () => {
    const earlier = scanText('one two\n\nthree', { table });
    const scan = scanText('one two\n\nAT&T', { table, earlier: { scan: earlier, sameAs: Int32Array.from([0, 0]) } });
    expect(scan.words.count).toBe(4);
    expect(scan.masks[1]).toBe(0);
  });
});
