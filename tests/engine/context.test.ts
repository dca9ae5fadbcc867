import { describe, expect, it } from 'vitest';
import { lineRemovalSpan, splitLines } from '../../src/engine/context.js';
import { findProtectedSpans, overlapsProtected } from '../../src/engine/protect.js';

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
