// Hostile inputs (tests/robustness/inputs.ts) against every rule alone and all rules together:
// cleaning completes, the output is whole UTF-16 (no lone surrogate), no CRLF is split, and a
// second run changes nothing. All rules also meet the sizes the README names (100,000 quotation
// marks, a megabyte of one word or without a space, 50,000 link lines). Time is asserted only
// loosely: four times the input may take at most MAX_RATIO times as long (quadratic work takes
// about 16 times), and only when the larger run is long enough to measure.
import { describe, expect, it } from 'vitest';
import { clean, RULES, type CleanOptions } from '../../src/index.js';
import { countLoneCr, hasLoneSurrogate, HOSTILE_INPUTS, mixedHostile, type HostileInput } from './inputs.js';

/** Each hostile input at this size for a rule alone, and at ALL_SIZE for all rules. */
const RULE_SIZE = 32 * 1024;
const ALL_SIZE = 40 * 1024;
/** The linearity check: N and 4N code units. */
const LINEAR_N = 64 * 1024;
const MAX_RATIO = 12;
/** Below this (at 4N) timer resolution, JIT and garbage collection decide the ratio, not the rule. */
const FLOOR_MS = 40;

interface Config {
  readonly name: string;
  readonly options: CleanOptions;
}

const CONFIGS: readonly Config[] = [
  ...RULES.map((rule) => ({ name: rule.id, options: { only: [rule.id] } })),
  { name: 'all rules', options: {} },
];

/** What goes wrong when `text` is cleaned with `options`: one line per problem, none if all is well. */
function problemsWith(what: string, text: string, options: CleanOptions): string[] {
  let output: string;
  try {
    output = clean(text, options).text;
  } catch (error) {
    return [`${what}: throws ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (hasLoneSurrogate(output)) problems.push(`${what}: a lone surrogate in the output`);
  if (countLoneCr(output) > countLoneCr(text)) problems.push(`${what}: a CRLF split (more lone \\r in the output than in the input)`);
  try {
    const again = clean(output, options).text;
    if (again !== output) problems.push(`${what}: a second run changes the output${firstDifference(output, again)}`);
  } catch (error) {
    problems.push(`${what}: the second run throws ${(error as Error).message}`);
  }
  return problems;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return ` at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))} → ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

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

describe('hostile inputs', () => {
  it('are valid UTF-16 themselves, so that a lone surrogate in an output is the cleaner’s', () => {
    for (const input of HOSTILE_INPUTS) expect(hasLoneSurrogate(input.make(1024)), input.name).toBe(false);
  });

  for (const { name, options } of CONFIGS) {
    const size = name === 'all rules' ? ALL_SIZE : RULE_SIZE;
    it(`${name}: completes on each at ${size / 1024} KB, output whole and settled`, () => {
      const problems = HOSTILE_INPUTS.flatMap((input) => problemsWith(input.name, input.make(size), options));
      expect(problems).toEqual([]);
    });
  }

  it('all rules: give the same text with paragraph scope as re-running every rule on everything', () => {
    const everywhere = RULES.map((rule) => ({ ...rule, scope: 'document' as const }));
    const differ = HOSTILE_INPUTS.filter((input) => {
      const text = input.make(8 * 1024);
      return clean(text).text !== clean(text, { ruleSet: everywhere }).text;
    }).map((input) => input.name);
    expect(differ).toEqual([]);
  });

  it('all rules: the sizes the README names', () => {
    const byName = (name: string): HostileInput => HOSTILE_INPUTS.find((input) => input.name === name)!;
    const full: [string, string][] = [
      ['100,000 straight quotation marks', byName('straight double quotes only').make(100_000)],
      ['100,000 curly opening quotation marks', byName('curly opening quotes only').make(100_000)],
      ['100,000 quotation marks glued to words', 'a “b” c ”d“ e "f" g «h» i „j“ k '.repeat(10_000)], // ten marks a unit
      ['1 MB of one word', byName('one word').make(1024 * 1024)],
      ['1 MB without a space, in alternating case', byName('alternating case').make(1024 * 1024)],
      ['50,000 "See also" lines', 'See also: Zelensky meets Meloni in Rome\n'.repeat(50_000)],
    ];
    const problems = full.flatMap(([what, text]) => problemsWith(what, text, {}));
    expect(problems).toEqual([]);
  });

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
