// Other projects' quotation test cases, vendored with their licences (fixtures/quotation-suites/,
// NOTICE.md there): markdown-it's smartquotes fixtures, retext-smartypants, smartypants (python)
// and textlint-rule-no-unmatched-pair. Each case is a text those projects quote correctly (their
// inputs with straight marks and their outputs with curly ones), or one whose unmatched mark no
// rule can place. newsclean does not curl straight quotes, and has nothing to pair or respace in
// them: the whole default pipeline must return every text byte for byte, except the few pinned
// below with their reason (a regression and a new pass both fail).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

interface SuiteCase {
  readonly name: string;
  readonly text: string;
}
interface Suite {
  readonly source: string;
  readonly file: string;
  readonly commit: string;
  readonly license: string;
  readonly converted: string;
  readonly cases: readonly SuiteCase[];
}

const DIR = new URL('../../fixtures/quotation-suites/', import.meta.url);
const suites = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ name: name.slice(0, -'.json'.length), suite: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Suite }));

/** How many texts each suite holds, so a lost or added case shows. */
const SIZES: Readonly<Record<string, number>> = {
  'markdown-it-smartquotes': 54,
  'retext-smartypants': 70,
  smartypants: 29,
  'textlint-no-unmatched-pair': 20,
};

/** Texts newsclean changes on purpose, by suite and case name, with the reason. */
const DIFFERENT: Readonly<Record<string, string>> = {
  'retext-smartypants: Backticks: should replace two single quotes with a closing double quote (output)':
    "`Alfred” bertrand.` (retext's rendering of `Alfred'' bertrand.`) holds one closing mark, glued to a word, that nothing opens: newsclean removes it as stray",
};

describe('quotation suites', () => {
  it('are the four vendored suites, each with its source, commit and licence', () => {
    expect(Object.fromEntries(suites.map(({ name, suite }) => [name, suite.cases.length]))).toEqual(SIZES);
    for (const { suite } of suites) {
      expect(suite.source).toMatch(/^https:\/\/github\.com\//);
      expect(suite.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(suite.license).toMatch(/MIT|BSD/);
    }
  });

  for (const { name, suite } of suites) {
    const pinned = suite.cases.filter((c) => DIFFERENT[`${name}: ${c.name}`] !== undefined);
    it(`${name}: all ${suite.cases.length - pinned.length} ${pinned.length > 0 ? 'other ' : ''}texts come back unchanged`, () => {
      const altered = suite.cases.flatMap(({ name: caseName, text }) => {
        if (DIFFERENT[`${name}: ${caseName}`] !== undefined) return [];
        const result = clean(text);
        if (result.text === text) return [];
        const rules = [...new Set(result.edits.map((edit) => `${edit.ruleId}: ${edit.message}`))].join('; ');
        return [`${caseName}: ${JSON.stringify(text)} → ${JSON.stringify(result.text)} (${rules})`];
      });
      expect(altered).toEqual([]);
    });
    for (const { name: caseName, text } of pinned) {
      it(`${name}: ${caseName} changes on purpose: ${DIFFERENT[`${name}: ${caseName}`]}`, () => {
        expect(clean(text).text).not.toBe(text);
      });
    }
  }

  it('pin only cases that exist', () => {
    const names = new Set(suites.flatMap(({ name, suite }) => suite.cases.map((c) => `${name}: ${c.name}`)));
    expect(Object.keys(DIFFERENT).filter((key) => !names.has(key))).toEqual([]);
  });
});
