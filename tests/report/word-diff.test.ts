// The word-level comparison behind --word-diff and the findings' contexts: it accounts for every
// character, widens changes to whole words, keeps context short, and shows whitespace changes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/index.js';
import { compareWords, hunksOf, markDocument, type Segment } from '../../src/report/word-diff.js';
import { renderSegments, visible } from '../../src/cli/word-diff.js';
import { NO_PAINT } from '../../src/cli/paint.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const articles = readdirSync(new URL('fixtures/articles/', root))
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .map((name) => [name, read(`fixtures/articles/${name}`)] as const);
const texts = [['seed', read('seeds/000_074836f2c1ba7ac7.txt')] as const, ...articles];

/** The rows of `input` cleaned, as they read without colour. */
function rows(input: string): string[] {
  const document = cleanDocument(input);
  return markDocument(input, document.text, document.changes, [], { hunks: true, contexts: false }).hunks.map(
    (hunk) => `${hunk.line}:${hunk.column} ${renderSegments(hunk.segments, NO_PAINT)}`,
  );
}

describe('compareWords', () => {
  it('accounts for every character: kept and removed parts give the input, kept and inserted the output', () => {
    for (const [name, input] of texts) {
      const { text: output, changes } = cleanDocument(input);
      const parts = compareWords(input, output, changes);
      expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''), name).toBe(input);
      expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''), name).toBe(output);
      for (const part of parts) if (part.kind !== 'added') expect(input.slice(part.start, part.end), name).toBe(part.text);
    }
  });

  it('widens a change inside a word to the whole word, as git diff --word-diff does', () => {
    const parts = compareWords('the Blingen visit', 'the Blinken visit', [{ start: 8, end: 9, outStart: 8, outEnd: 9 }]);
    expect(parts.map((p) => [p.kind, p.text])).toEqual([
      ['same', 'the '],
      ['removed', 'Blingen'],
      ['added', 'Blinken'],
      ['same', ' visit'],
    ]);
  });

  it('never splits a surrogate pair', () => {
    const parts = compareWords('a 😀b c', 'a 😀x c', [{ start: 4, end: 5, outStart: 4, outEnd: 5 }]);
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const part of parts) expect(part.text, JSON.stringify(part.text)).not.toMatch(lone);
    expect(parts.map((p) => [p.kind, p.text])).toEqual([['same', 'a 😀'], ['removed', 'b'], ['added', 'x'], ['same', ' c']]);
  });

  it('shows a region with too many word changes to compare as removed and inserted whole', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(' ');
    const parts = compareWords(before, after, [{ start: 0, end: before.length, outStart: 0, outEnd: after.length }]);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});

describe('hunksOf', () => {
  it('shows every change once, and no unchanged line break but around a change made of them', () => {
    for (const [name, input] of texts) {
      const { text: output, changes } = cleanDocument(input);
      const parts = compareWords(input, output, changes);
      const hunks = hunksOf(input, parts);
      const shown = hunks.flatMap((hunk) => hunk.segments.filter(([kind]) => kind === 'removed' || kind === 'added'));
      expect(shown.length, name).toBe(parts.filter((p) => p.kind !== 'same').length);
      for (const hunk of hunks) {
        const same = hunk.segments.filter(([kind]) => kind === 'same').map(([, text]) => text);
        for (const text of same) if (text.includes('\n')) expect(text, name).toMatch(/^[\r\n]+$/);
      }
    }
  });

  it('keeps a row to a few words either side of its changes', () => {
    const words = (tag: string): string => Array.from({ length: 40 }, (_, i) => `${tag}${i}`).join(' ');
    expect(rows(`${words('a')} Riya Novosti ${words('b')}\n`)).toEqual(['1:151 […] a35 a36 a37 a38 a39 [-Riya-]{+RIA+} Novosti b0 b1 b2 b3 […]']);
  });

  it('cuts the middle out of a long removed passage', () => {
    const tail = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const input = `An article.\n\nSee also: ${tail}\n`;
    const output = 'An article.\n';
    const parts = compareWords(input, output, [{ start: 11, end: input.length - 1, outStart: 11, outEnd: 11 }]);
    const [row] = hunksOf(input, parts).map((hunk) => renderSegments(hunk.segments, NO_PAINT));
    expect(row).toMatch(/^An article\.\[-⏎⏎See also: word0 .* word1\d \[…\] word6\d .* word79-\]$/);
    expect(row!.length).toBeLessThan(260);
  });

  it('handles a line of megabytes with a change every few words', () => {
    const input = `${Array.from({ length: 20000 }, (_, i) => `word${i} Riya Novosti said  so.`).join(' ')}\n`;
    const document = cleanDocument(input);
    const { hunks } = markDocument(input, document.text, document.changes, [], { hunks: true, contexts: false });
    expect(hunks.length).toBe(1); // the changes are close: one row
    expect(hunks[0]!.segments.filter(([kind]) => kind === 'added')).toHaveLength(40000);
    // A finding's context reaches only a few changes out either way.
    const marked = markDocument(input, document.text, document.changes, document.findings, { hunks: false, contexts: true });
    expect(marked.findings).toHaveLength(40000);
    const longest = Math.max(...marked.findings.map((finding) => finding.context!.length));
    expect(longest).toBeLessThan(40);
  });
});

describe('the notation', () => {
  const render = (segments: Segment[]): string => renderSegments(segments, NO_PAINT);

  it('shows whitespace that changed: at the edges of a change, in runs, and line breaks', () => {
    expect(render([['same', 'said'], ['removed', '  '], ['added', ' '], ['same', 'that']])).toBe('said[-␠␠-]{+␠+}that');
    expect(render([['added', '” ']])).toBe('{+”␠+}');
    expect(render([['removed', 'Anthony Blingen']])).toBe('[-Anthony Blingen-]');
    expect(render([['removed', '\r\n\r\n'], ['added', '\n']])).toBe('[-⏎⏎-]{+⏎+}');
    expect(visible('a\tb\u00a0c\u200bd\re', true, true)).toBe('a⇥b⍽c⟨U+200B⟩d␍e');
  });

  it('marks context left out and the cut middle of a long change with […]', () => {
    expect(render([['cut', ''], ['same', ' before '], ['removed', 'start ', ' end'], ['same', ' after'], ['cut', '']])).toBe(
      '[…] before [-start […] end-] after[…]',
    );
  });
});
