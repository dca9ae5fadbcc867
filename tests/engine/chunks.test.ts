import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chunker } from '../../src/engine/chunks.js';

/** Feeds text to a chunker in slices of `size` and collects every piece. */
function cut(text: string, size: number, target: number, limit: number): string[] {
  const chunker = new Chunker(target, limit);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(...chunker.push(text.slice(i, i + size)));
  return [...pieces, ...chunker.end()];
}

describe('the chunker', () => {
  it('loses nothing and keeps order, however the input arrives', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', 'é', '😀'), maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (text, size) => {
        expect(cut(text, size, 20, 60).join('')).toBe(text);
      }),
    );
  });

  it('ends a piece after a whole run of blank lines, so the next starts with text', () => {
    const text = `${'a'.repeat(30)}\n\n\n  \n${'b'.repeat(30)}\n\n${'c'.repeat(5)}`;
    const pieces = cut(text, 7, 20, 1000);
    expect(pieces).toEqual([`${'a'.repeat(30)}\n\n\n  \n`, `${'b'.repeat(30)}\n\n`, 'c'.repeat(5)]);
  });

  it('never splits a CRLF', () => {
    const text = `${'a'.repeat(30)}\r\n\r\n${'b'.repeat(30)}`;
    for (const piece of cut(text, 3, 20, 1000)) {
      expect(piece.startsWith('\n')).toBe(false);
      expect(piece.endsWith('\r')).toBe(false);
    }
  });

  it('keeps a short text in one piece', () => {
    expect(cut('one\n\ntwo\n', 2, 64, 1000)).toEqual(['one\n\ntwo\n']);
  });

  it('cuts a paragraph longer than the limit at a line break, a huge line at a space', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    expect(Math.max(...cut(lines, 13, 10, 50).map((piece) => piece.length))).toBeLessThan(70);
    const words = Array.from({ length: 100 }, () => 'word').join(' ');
    const pieces = cut(words, 13, 10, 50);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith(' ')).toBe(true);
  });
});
