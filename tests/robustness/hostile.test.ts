// Hostile inputs (tests/robustness/inputs.ts) against every rule alone and all rules together:
// cleaning completes, the output is whole UTF-16 (no lone surrogate), no CRLF is split, and a
// second run changes nothing. All rules also meet the sizes the README names (100,000 quotation
// marks, a megabyte of one word or without a space, 50,000 link lines). Time is not asserted
// here: `npm run bench:linearity` (linearity.perf.ts) measures it, apart from the unit tests.
import { describe, expect, it } from 'vitest';
import { clean, RULES, type CleanOptions } from '../../src/index.js';
import { countLoneCr, hasLoneSurrogate, HOSTILE_INPUTS, type HostileInput } from './inputs.js';

/** Each hostile input at this size for a rule alone, and at ALL_SIZE for all rules. */
const RULE_SIZE = 32 * 1024;
const ALL_SIZE = 40 * 1024;

interface Config {
  readonly name: string;
  readonly options: CleanOptions;
}

const CONFIGS: readonly Config[] = [
  ...RULES.map((rule) => ({ name: rule.id, options: { ruleSet: [rule] } })),
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

});
