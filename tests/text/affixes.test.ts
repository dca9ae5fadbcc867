import { describe, expect, it } from 'vitest';
import { AffixTable, lengthsBetween } from '../../src/text/affixes.js';
import { mayBestSplit } from '../../src/text/word-split.js';

/** The lengths a table reports for the whole of `token`, as a list. */
const lengths = (table: AffixTable, token: string, text = token, start = 0): number[] => {
  const found = table.lengths(text, start, start + token.length);
  return [...Array(31).keys()].filter((d) => (found & (1 << d)) !== 0);
};

describe('AffixTable', () => {
  const suffixes = new AffixTable(['and', 'the', 'he', 'who'], 'suffixes');
  const prefixes = new AffixTable(['the', 'of', 'that'], 'prefixes');

  it.each([
    ['thousand', [3]],
    ['breathe', [2, 3]],
    ['Ferrowho', [3]],
    ['he', [2]],
    ['hand', [3]],
    ['nation', []],
    ['theAnd', []], // capitals are not the table's letters
    ['', []],
  ])('finds the words ending %s', (token, expected) => {
    expect(lengths(suffixes, token)).toEqual(expected);
  });

  it.each([
    ['themselves', [3]],
    ['thatthe', [4]],
    ['offer', [2]],
    ['often', [2]],
    ['other', []],
    ['th', []],
  ])('finds the words starting %s', (token, expected) => {
    expect(lengths(prefixes, token)).toEqual(expected);
  });

  it('reads only the token inside a longer text', () => {
    // "xthousandx": the token is "thousand" at 1..9; the letters around it are not read.
    expect(lengths(suffixes, 'thousand', 'xthousandx', 1)).toEqual([3]);
    expect(lengths(prefixes, 'the', 'atheb', 1)).toEqual([3]);
    expect(lengths(prefixes, 'th', 'theb', 0)).toEqual([]);
  });

  it('refuses words it cannot read letter by letter', () => {
    expect(() => new AffixTable(['Who'], 'prefixes')).toThrow(RangeError);
    expect(() => new AffixTable(["don't"], 'suffixes')).toThrow(RangeError);
  });

  it('selects lengths by range', () => {
    expect(lengthsBetween(2, 3)).toBe(0b1100);
    expect(lengthsBetween(1, 0)).toBe(0);
    expect(lengthsBetween(1, 40) & (1 << 30)).not.toBe(0);
  });
});

describe('mayBestSplit', () => {
  it.each([
    ['statementthat', true], // a function word ends it, a long word before
    ['ofgovernment', true], // a function word starts it
    ['eurosand', true],
    ['armyand', true],
    ['manand', false], // three letters before "and": no content word of four
    ['blockchains', false], // neither edge is a function word
    ['smartwatch', false],
    ['thein', false], // too short
  ])('%s → %s', (token, expected) => {
    expect(mayBestSplit(token, 0, token.length)).toBe(expected);
  });
});
