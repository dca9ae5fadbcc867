import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentInfo, lineRemovalSpan, splitLines, wordsOfWindow } from '../../src/engine/context.js';
import { findProtectedSpans, overlapsProtected } from '../../src/engine/protect.js';
import { windowOf } from '../../src/engine/window.js';
import { scanText, splitParagraphs } from '../../src/text/document.js';
import { defaultSettings } from '../../src/settings.js';
import { defaultLexicon } from '../../src/lexicon/default.js';

/** Removes the line containing `marker` the way rules do. */
function removeLineWith(text: string, marker: string): string {
  const line = splitLines(text).find((l) => text.slice(l.start, l.end).includes(marker))!;
  const [start, end] = lineRemovalSpan(text, line.start, line.end);
  return text.slice(0, start) + text.slice(end);
}

describe('removing a line', () => {
  const table: [string, string][] = [
    ['A\n\nL\n\nB', 'A\n\nB'],
    ['A\nL\nB', 'A\nB'],
    ['A\n\nL\nB', 'A\n\nB'],
    ['A\nL\n\nB', 'A\n\nB'],
    ['A\n\nL', 'A'],
    ['A\n\nL\n', 'A\n'],
    ['L\n\nB', 'B'],
    ['\nL\nB', '\nB'],
    ['L', ''],
    ['A\n  L  \n  B', 'A\n  B'],
  ];
  for (const [input, output] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(removeLineWith(input, 'L')).toBe(output);
    });
  }
});

describe('protected spans', () => {
  const protectedTokens = [
    'https://example.com/a/b?c=d',
    'www.ansa.it/sito',
    'blingen@example.org',
    '@AstroSamantha',
    '#20Million',
    'Censor.NET',
    'tsconfig.json',
    '--stopOnBuildErrors',
    '`npm install`',
    'snake_case_name',
    'getElementById',
    'Iterator()',
  ];
  for (const token of protectedTokens) {
    it(`protects ${token}`, () => {
      const text = `see ${token} here`;
      const spans = findProtectedSpans(text);
      expect(overlapsProtected(spans, 4, 4 + token.length)).toBe(true);
      expect(overlapsProtected(spans, 0, 3)).toBe(false);
    });
  }

  it('keeps the full stop after a link outside it', () => {
    const text = 'Read https://example.com. Then';
    const spans = findProtectedSpans(text);
    expect(overlapsProtected(spans, 24, 25)).toBe(false);
  });

  it('does not protect ordinary prose, sentence glue or abbreviations', () => {
    const text = 'It said.The U.S. and e.g. Mr. Smith, the PhD student, met.';
    expect(findProtectedSpans(text).starts).toEqual([]);
  });

  it('blocks an insertion only strictly inside a span', () => {
    const spans = findProtectedSpans('x @handle y');
    expect(overlapsProtected(spans, 2, 2)).toBe(false);
    expect(overlapsProtected(spans, 4, 4)).toBe(true);
    expect(overlapsProtected(spans, 9, 9)).toBe(false);
  });
});

describe('the words of a window', () => {
  // A window takes its words from the whole text's, moved, instead of reading its text again:
  // they must be exactly the words a scan of the window finds.
  const root = new URL('../../', import.meta.url);
  const texts = ['fixtures/articles/', 'fixtures/clean/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(`${dir}${name}`, root), 'utf8')),
  );
  const odd = ['A\n\n\nB’s\n\nC', 'x\n\n\n\n\ny’\n\nz\n', '\n\nÉté\u0301 l’été\n\n\n', "it'\n\ns"];

  it('are those a scan of the window finds, for every choice of paragraphs', () => {
    let windows = 0;
    for (const text of [...texts, ...odd]) {
      const paragraphs = splitParagraphs(text);
      const whole = new DocumentInfo(text, defaultSettings(), defaultLexicon());
      // Every other paragraph, then every third (neighbours joined into one block), then one.
      for (const keep of [(p: number) => p % 2 === 0, (p: number) => p % 3 !== 1, (p: number) => p === paragraphs.count - 1]) {
        const blocks: [number, number][] = [];
        for (let p = 0; p < paragraphs.count; p++) {
          if (!keep(p)) continue;
          const last = blocks[blocks.length - 1];
          if (last && last[1] + 2 === paragraphs.starts[p]) last[1] = paragraphs.ends[p]!;
          else blocks.push([paragraphs.starts[p]!, paragraphs.ends[p]!]);
        }
        if (blocks.length === 0) continue;
        const window = windowOf(text, blocks);
        const moved = wordsOfWindow(whole.words(), window);
        const scanned = scanText(window.text).words;
        const list = (words: typeof moved): string[] =>
          Array.from({ length: words.count }, (_, w) => `${words.starts[w]}-${words.ends[w]}:${words.flags[w]}`);
        expect(list(moved)).toEqual(list(scanned));
        windows++;
      }
    }
    expect(windows).toBeGreaterThan(100);
  });
});
