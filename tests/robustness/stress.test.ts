// 1,000 seeded runs over the repository's own texts (scraped articles and their reviewed outputs,
// professionally edited texts, the seed), each with a random non-empty set of rules: cleaning
// never throws, a second run with the same rules changes nothing, and a clean text comes out byte
// for byte. A failure names the iteration, the file and the rules, which is all it takes to
// reproduce it: clean(readFileSync(file, 'utf8'), { only: rules }).
import { cleanTexts, withoutOptional, type CleanText } from '../helpers/clean-texts.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, RULES } from '../../src/index.js';
import { mulberry32 } from './inputs.js';

const SEED = 20_250_611;
const RUNS = 1000;

const root = new URL('../../', import.meta.url);

interface Text {
  readonly path: string;
  readonly text: string;
  /** Professionally edited: must come out unchanged under any set of rules. */
  /** For a clean text, what may change: its lines marked as removable furniture; undefined for an article. */
  readonly clean: CleanText | undefined;
}

function readTexts(dir: string): Text[] {
  return readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: `${dir}${name}`, text: readFileSync(new URL(`${dir}${name}`, root), 'utf8'), clean: undefined }));
}

const TEXTS: readonly Text[] = [
  ...readTexts('fixtures/articles/'), // the scraped articles and their .expected.txt outputs
  ...readTexts('seeds/'),
  ...cleanTexts.map((text) => ({ path: text.path, text: text.text, clean: text })),
];
const RULE_IDS = RULES.map((rule) => rule.id);

/** A random non-empty set of rule ids, in the rule order: as often a few rules as most of them. */
function pickRules(next: () => number): string[] {
  const share = next();
  const picked = RULE_IDS.filter(() => next() < share);
  return picked.length > 0 ? picked : [RULE_IDS[Math.floor(next() * RULE_IDS.length)]!];
}

describe('stress over the repository’s texts', () => {
  it('reads every kind of text', () => {
    expect(TEXTS.filter((text) => text.path.endsWith('.expected.txt')).length).toBeGreaterThanOrEqual(30);
    expect(TEXTS.filter((text) => text.clean !== undefined).length).toBeGreaterThanOrEqual(58);
  });

  it(`${RUNS} runs with random sets of rules: no throw, settled, clean texts unchanged`, () => {
    const next = mulberry32(SEED);
    const failures: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { path, text, clean: isClean } = TEXTS[Math.floor(next() * TEXTS.length)]!;
      const only = pickRules(next);
      const where = `run ${run} (seed ${SEED}): ${path} with only ${JSON.stringify(only)}`;
      try {
        const output = clean(text, { only }).text;
        if (isClean && withoutOptional(isClean, output) !== withoutOptional(isClean, text)) failures.push(`${where}: a clean text changed`);
        else if (clean(output, { only }).text !== output) failures.push(`${where}: a second run changes the output`);
      } catch (error) {
        failures.push(`${where}: throws ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
