// Table-driven tests for one rule, in the spirit of ESLint's RuleTester: texts the rule must leave
// alone (each with its reason, which names the test) and texts it must fix (with the exact output).
import { cleanTexts, removesOnlyOptional } from './clean-texts.js';
import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/engine/engine.js';
import type { Rule } from '../../src/engine/types.js';
import { defaultLexicon } from '../../src/lexicon/default.js';

export interface FixedCase {
  readonly input: string;
  readonly output: string;
  /** The messages of the edits, in order, when they matter to the case. */
  readonly messages?: readonly string[];
  /** What the case is about, when the input does not say it. */
  readonly reason?: string;
}

export interface RuleCases {
  /** `[text, reason]`: the rule must return the text byte for byte. */
  readonly unchanged: readonly (readonly [string, string])[];
  readonly fixed: readonly FixedCase[];
}

/** Runs only `rule` over `text` until it settles, as the engine does. */
export function runRule(rule: Rule, text: string) {
  return runClean(text, { rules: [rule], lexicon: defaultLexicon() });
}


export function ruleCases(rule: Rule, cases: RuleCases): void {
  const inputs = [...cases.unchanged.map(([text]) => text), ...cases.fixed.map((c) => c.input)];
  const duplicate = inputs.find((text, i) => inputs.indexOf(text) !== i);

  describe(`rule ${rule.id}`, () => {
    it('has no duplicate cases', () => {
      expect(duplicate).toBeUndefined();
    });

    describe('leaves alone', () => {
      for (const [text, reason] of cases.unchanged) {
        it(reason, () => {
          const result = runRule(rule, text);
          expect(result.edits.map((e) => `${e.before} → ${e.after}: ${e.message}`)).toEqual([]);
          expect(result.text).toBe(text);
        });
      }
    });

    it(`leaves all ${cleanTexts.length} real clean texts in fixtures/ alone`, () => {
      const changed = cleanTexts.flatMap((clean) =>
        runRule(rule, clean.text)
          .edits.filter((e) => !removesOnlyOptional(clean, e.before, e.after))
          .map((e) => `${clean.path}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)} (${e.message})`),
      );
      expect(changed).toEqual([]);
    });

    describe('fixes', () => {
      for (const c of cases.fixed) {
        it(c.reason ?? c.input.replaceAll('\n', '⏎'), () => {
          const result = runRule(rule, c.input);
          expect(result.text).toBe(c.output);
          expect(result.edits.length).toBeGreaterThan(0);
          for (const edit of result.edits) expect(edit.ruleId).toBe(rule.id);
          if (c.messages) expect(result.edits.map((e) => e.message)).toEqual(c.messages);
          // Stable: the output gives the rule nothing more to do.
          expect(runRule(rule, c.output).edits).toEqual([]);
        });
      }
    });
  });
}
