// matchesAt: a pattern that begins with a lookbehind is searched by a cheap anchor first, and must
// give exactly the matches text.matchAll gives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchesAt } from '../../src/text/scan.js';

const root = new URL('../../', import.meta.url);
const fixtures = ['fixtures/articles/', 'fixtures/clean/', 'seeds/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(`${dir}${name}`, root), 'utf8')),
);

const cases: [string, RegExp, RegExp][] = [
  ['lookbehind, one character', /(?<=\p{Ll})Ā(?=[ \u00a0])/gu, /Ā/g],
  ['lookbehind, a class', /(?<=[\p{L}\p{N}]["”’]?[.!?]["”’]?)[\u012a-\u0143](?=\p{Ll}{2})/gu, /[\u012a-\u0143]/g],
  ['negative lookbehind, a word', /(?<![\p{L}\p{N}])([Tt]he) (?=(\p{Lu}\p{Ll}+) (?:said|is)(?![\p{L}\p{N}'’-]))/gu, /[Tt]he /g],
  ['overlapping anchors', /(?<!a)aa/g, /a/g],
];

const key = (matches: Iterable<RegExpMatchArray>): string[] => [...matches].map((m) => `${m.index}:${m[0]}:${m.slice(1).join('|')}`);

describe('matchesAt', () => {
  it.each(cases)('%s: the matches of matchAll on hand-made texts', (_name, pattern, anchor) => {
    const texts = ['', 'aaaa', 'baaab aa', 'wordĀ x, Ā y, wordĀ\u00a0z', 'end.”Īt and end.Ńo and x.Ī', 'The Zelensky said. the Smith is, ðThe Smith said', 'OtherThe Smith said'];
    for (const text of texts) expect(key(matchesAt(text, pattern, anchor)), text).toEqual(key(text.matchAll(pattern)));
  });

  it.each(cases)('%s: the matches of matchAll on every fixture', (_name, pattern, anchor) => {
    let found = 0;
    for (const text of fixtures) {
      const expected = key(text.matchAll(pattern));
      expect(key(matchesAt(text, pattern, anchor))).toEqual(expected);
      found += expected.length;
    }
    if (pattern.source.startsWith('(?<![\\p{L}')) expect(found).toBeGreaterThan(0);
  });

  it('finds nothing where the anchor never matches', () => {
    expect([...matchesAt('abc', /(?<=a)b/g, /x/g)]).toEqual([]);
  });
});
