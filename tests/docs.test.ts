// What the rules say about themselves must be true: every rule is held to the examples it shows.
import { describe, expect, it } from 'vitest';
import { clean, RULES } from '../src/index.js';

describe('every example a rule shows', () => {
  for (const rule of RULES) {
    for (const [before, after] of rule.examples ?? []) {
      it(`${rule.id}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`, () => {
        expect(before).not.toBe(after);
        expect(clean(before, { only: [rule.id] }).text).toBe(after);
        expect(clean(after, { only: [rule.id] }).text).toBe(after);
      });
    }
  }
});
