import { describe, expect, it } from 'vitest';
import { applyEdits, conflicts, selectEdits } from '../../src/engine/apply.js';
import type { Edit } from '../../src/engine/types.js';

const edit = (start: number, end: number, replacement = '', ruleId = 'a', group?: string): Edit =>
  group === undefined ? { start, end, replacement, ruleId, message: 'm' } : { start, end, replacement, ruleId, message: 'm', group };

describe('conflicts', () => {
  const table: [string, Edit, Edit, boolean][] = [
    ['overlapping replacements', edit(0, 5), edit(3, 8), true],
    ['touching replacements', edit(0, 5), edit(5, 8), false],
    ['an insertion inside a replacement', edit(2, 2), edit(0, 5), true],
    ['an insertion at the start of a replacement', edit(0, 0), edit(0, 5), false],
    ['an insertion at the end of a replacement', edit(5, 5), edit(0, 5), false],
    ['two insertions at one place', edit(3, 3, 'x'), edit(3, 3, 'y'), true],
    ['two insertions at different places', edit(3, 3), edit(4, 4), false],
    ['one span inside another', edit(2, 3), edit(0, 9), true],
    ['touching edits of two rules', edit(0, 5, 'x', 'a'), edit(5, 8, 'y', 'b'), true],
    ['an insertion of one rule at the end of another rule’s edit', edit(5, 5, 'x', 'a'), edit(0, 5, 'y', 'b'), true],
    ['edits of two rules a character apart', edit(0, 5, 'x', 'a'), edit(6, 8, 'y', 'b'), false],
  ];
  for (const [name, a, b, expected] of table) {
    it(name, () => {
      expect(conflicts(a, b)).toBe(expected);
      expect(conflicts(b, a)).toBe(expected);
    });
  }
});

describe('selectEdits', () => {
  const rank = (id: string): number => ['first', 'second'].indexOf(id);

  it('prefers the rule earlier in the order, whatever the position', () => {
    const chosen = selectEdits([edit(0, 4, 'x', 'second'), edit(2, 6, 'y', 'first')], rank);
    expect(chosen.map((e) => e.ruleId)).toEqual(['first']);
  });

  it('among one rule, prefers the earlier position', () => {
    const chosen = selectEdits([edit(2, 6, 'y', 'first'), edit(0, 4, 'x', 'first')], rank);
    expect(chosen.map((e) => e.start)).toEqual([0]);
  });

  it('takes a group whole or not at all', () => {
    const group = [edit(0, 1, 'a', 'second', 'g'), edit(5, 6, 'b', 'second', 'g')];
    const blocker = edit(5, 7, 'c', 'first');
    expect(selectEdits([...group, blocker], rank)).toEqual([blocker]);
    expect(selectEdits(group, rank)).toEqual(group);
  });

  it('drops a group whose own edits overlap', () => {
    expect(selectEdits([edit(0, 3, 'a', 'first', 'g'), edit(2, 4, 'b', 'first', 'g')], rank)).toEqual([]);
  });

  it('returns the chosen edits sorted by position, insertions first', () => {
    const chosen = selectEdits([edit(4, 6, 'r', 'first'), edit(4, 4, 'i', 'first'), edit(0, 1, 'x', 'second')], rank);
    expect(chosen.map((e) => e.replacement)).toEqual(['x', 'i', 'r']);
  });

  it('keeps a later rule’s edit that touches an earlier rule’s for the next pass', () => {
    const chosen = selectEdits([edit(4, 6, 'r', 'first'), edit(6, 6, 'i', 'second')], rank);
    expect(chosen.map((e) => e.replacement)).toEqual(['r']);
  });
});

describe('applyEdits', () => {
  it('applies sorted edits left to right', () => {
    expect(applyEdits('abcdef', [edit(0, 1, 'X'), edit(2, 2, '-'), edit(4, 6, '')])).toBe('Xb-cd');
  });

  it('returns the text for no edits', () => {
    expect(applyEdits('abc', [])).toBe('abc');
  });
});
