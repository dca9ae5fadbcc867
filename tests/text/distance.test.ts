import { describe, expect, it } from 'vitest';
import { transposedDistance } from '../../src/text/distance.js';

describe('transposedDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(transposedDistance('Blniken', 'Blinken', 2)).toBe(1);
    expect(transposedDistance('ab', 'ba', 1)).toBe(1);
  });

  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect([transposedDistance('Scholtz', 'Scholz', 2), transposedDistance('Modhi', 'Modi', 1), transposedDistance('Schulz', 'Scholz', 2)]).toEqual([1, 1, 1]);
    expect(transposedDistance('Blinken', 'Blinken', 1)).toBe(0);
  });

  it('stops at the limit and answers limit + 1 beyond it', () => {
    expect(transposedDistance('Gormley', 'Blinken', 2)).toBe(3);
    expect(transposedDistance('Moodie', 'Modi', 1)).toBe(2);
    expect(transposedDistance('a'.repeat(100), `${'a'.repeat(99)}b`, 1)).toBe(1);
  });
});
