import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, selectEdits } from '../../src/engine/apply.js';
import { changesOf, composeChanges, mapEndBack, mapSpanBack, mapStartBack, type Change } from '../../src/engine/changes.js';
import type { Edit } from '../../src/engine/types.js';

/** Applies changes to the old text, taking the replaced regions from the new text. */
function replay(oldText: string, newText: string, changes: readonly Change[]): string {
  let out = '';
  let cursor = 0;
  for (const c of changes) {
    out += oldText.slice(cursor, c.from) + newText.slice(c.fromNew, c.toNew);
    cursor = c.to;
  }
  return out + oldText.slice(cursor);
}

/** Random non-conflicting edits over a text. */
const editsFor = (text: string) =>
  fc
    .array(
      fc.record({
        a: fc.integer({ min: 0, max: text.length }),
        b: fc.integer({ min: 0, max: 3 }),
        replacement: fc.constantFrom('', 'x', 'yz', ' ', '\n'),
      }),
      { maxLength: 6 },
    )
    .map((raw) =>
      selectEdits(
        raw
          .map(({ a, b, replacement }): Edit => ({ start: a, end: Math.min(text.length, a + b), replacement, ruleId: 'r', message: 'm' }))
          .filter((e) => e.replacement !== text.slice(e.start, e.end)),
        () => 0,
      ),
    );

const textAndTwoPasses = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 20 }).chain((text0) =>
  editsFor(text0).chain((first) => {
    const text1 = applyEdits(text0, first);
    return editsFor(text1).map((second) => ({ text0, first, text1, second, text2: applyEdits(text1, second) }));
  }),
);

describe('changes', () => {
  it('describe a pass: replaying them on the old text gives the new one', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).chain((text) => editsFor(text).map((edits) => ({ text, edits }))),
        ({ text, edits }) => {
          const next = applyEdits(text, edits);
          expect(replay(text, next, changesOf(edits))).toBe(next);
        },
      ),
    );
  });

  it('compose: two passes become one list of changes from the first text to the last', () => {
    fc.assert(
      fc.property(textAndTwoPasses, ({ text0, first, second, text2 }) => {
        const composed = composeChanges(changesOf(first), changesOf(second));
        expect(replay(text0, text2, composed)).toBe(text2);
        for (let i = 1; i < composed.length; i++) expect(composed[i]!.from).toBeGreaterThan(composed[i - 1]!.to);
      }),
    );
  });

  it('maps offsets of unchanged text back exactly, and offsets inside a change to its ends', () => {
    const edits: Edit[] = [{ start: 2, end: 4, replacement: 'XYZ', ruleId: 'r', message: 'm' }];
    const changes = changesOf(edits); // "abcdef" -> "abXYZef"
    expect(mapStartBack(changes, 1)).toBe(1);
    expect(mapStartBack(changes, 3)).toBe(2);
    expect(mapEndBack(changes, 4)).toBe(4);
    expect(mapStartBack(changes, 6)).toBe(5);
    expect(mapEndBack(changes, 7)).toBe(6);
  });

  it('maps an insertion at the point of a deletion back to the deleted span', () => {
    const edits: Edit[] = [{ start: 2, end: 4, replacement: '', ruleId: 'r', message: 'm' }];
    const changes = changesOf(edits); // "abcdef" -> "abef"
    // Its start alone maps past the deleted "cd", its end before it.
    expect([mapStartBack(changes, 2), mapEndBack(changes, 2)]).toEqual([4, 2]);
    expect(mapSpanBack(changes, 2, 2)).toEqual([2, 4]);
    expect(mapSpanBack(changes, 2, 3)).toEqual([4, 5]);
    expect(mapSpanBack(changes, 1, 2)).toEqual([1, 2]);
  });
});
