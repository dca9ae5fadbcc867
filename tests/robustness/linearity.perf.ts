// Linearity, measured, not unit-tested: `npm run bench:linearity` runs this file alone (the
// unit tests never time anything). For every rule alone and all rules together, the hostile input
// it spends most time on is cleaned at N and 4N code units: four times the input may take at most
// MAX_RATIO times as long (quadratic work takes about 16 times), and only when the larger run is
// long enough to measure. Run it on a quiet machine.
import { describe, expect, it } from 'vitest';
import { clean, RULES, type CleanOptions } from '../../src/index.js';
import { HOSTILE_INPUTS, mixedHostile, type HostileInput } from './inputs.js';

/** The linearity check: N and 4N code units. */
const LINEAR_N = 64 * 1024;
const MAX_RATIO = 12;
/** Below this (at 4N) timer resolution, JIT and garbage collection decide the ratio, not the rule. */
const FLOOR_MS = 40;

const CONFIGS: readonly { name: string; options: CleanOptions }[] = [
  ...RULES.map((rule) => ({ name: rule.id, options: { ruleSet: [rule] } })),
  { name: 'all rules', options: {} },
];

function timeOnce(text: string, options: CleanOptions): number {
  const start = performance.now();
  clean(text, options);
  return performance.now() - start;
}

function mean(times: readonly number[]): number {
  return times.reduce((sum, ms) => sum + ms, 0) / times.length;
}

/**
 * Milliseconds to clean the input at N and at 4N, each the mean of runs after a warm-up. A mean,
 * not the fastest run: a small run may slip between two garbage collections that a large one
 * cannot escape, and the ratio would grow for nothing. A second run at 4N only when the first
 * comes near the limit.
 */
function timeAtNAnd4N(input: HostileInput, options: CleanOptions): [number, number] {
  const small = input.make(LINEAR_N);
  const large = input.make(4 * LINEAR_N);
  timeOnce(small, options);
  const n = mean([0, 1, 2].map(() => timeOnce(small, options)));
  const first = timeOnce(large, options);
  if (first < FLOOR_MS || first / n < MAX_RATIO * 0.75) return [n, first];
  return [n, mean([first, timeOnce(large, options)])];
}

/** The hostile input a configuration spends most time on: each measured once, small, after a warm-up on all. */
function heaviestInput(options: CleanOptions): HostileInput {
  clean(mixedHostile(LINEAR_N / 8), options);
  let heaviest = HOSTILE_INPUTS[0]!;
  let longest = -1;
  for (const input of HOSTILE_INPUTS) {
    const ms = timeOnce(input.make(LINEAR_N / 8), options);
    if (ms > longest) [heaviest, longest] = [input, ms];
  }
  return heaviest;
}

describe('linearity', () => {
  for (const { name, options } of CONFIGS) {
    it(`${name}: 4× the input takes less than ${MAX_RATIO}× the time`, () => {
      const input = heaviestInput(options);
      let [n, n4] = timeAtNAnd4N(input, options);
      // Up to two more measurements before a verdict: a busy machine, or a garbage collection at
      // the wrong moment, can slow one down. Work that grows with the square fails them all.
      for (let retry = 0; retry < 2 && n4 > FLOOR_MS && n4 / n >= MAX_RATIO; retry++) {
        [n, n4] = timeAtNAnd4N(input, options);
      }
      const verdict = `${input.name}: ${n.toFixed(1)} ms at ${LINEAR_N / 1024} KB, ${n4.toFixed(1)} ms at ${(4 * LINEAR_N) / 1024} KB`;
      if (n4 > FLOOR_MS) expect(n4 / n, verdict).toBeLessThan(MAX_RATIO);
    });
  }
});
