// Whole articles: the seed and the scraped articles of fixtures/articles against their reviewed
// expected outputs, clean texts that must come out byte for byte, known failures still failing,
// and idempotence over every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, clean } from '../src/index.js';
import { cleanTexts, removesOnlyOptional, withoutOptional } from './helpers/clean-texts.js';

const root = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string, suffix: string): string[] =>
  readdirSync(new URL(dir, root)).filter((name) => name.endsWith(suffix)).sort();

const SEED = 'seeds/000_074836f2c1ba7ac7.txt';

describe('the seed article', () => {
  it('comes out as the reviewed expected text', () => {
    expect(clean(read(SEED)).text).toBe(read('fixtures/golden/000_074836f2c1ba7ac7.expected.txt'));
  });
});

/** Scraped, machine-translated articles (from the development corpus) with their reviewed outputs. */
const articles = list('fixtures/articles/', '.txt')
  .filter((name) => !name.endsWith('.expected.txt'))
  .map((name) => `fixtures/articles/${name}`);

describe('scraped articles come out as reviewed', () => {
  for (const path of articles) {
    it(path, () => {
      expect(clean(read(path)).text).toBe(read(path.replace(/\.txt$/, '.expected.txt')));
    });
  }
});

/**
 * Fixes no rule makes yet. Each asserts the wrong form is still there, so that the day a rule
 * fixes it, this test fails and the expected output gets reviewed again.
 */
describe('known failures', () => {
  const knownFailures: [string, string, string][] = [
    ['fixtures/articles/mt-054.txt', 'NABU and Robin des Bois', 'a French name for the German NGO Robin Wood'],
    ['fixtures/articles/mt-057.txt', 'Radio Sociedade de Baha', 'an accented letter dropped from Bahia (in Spanish, Bahía)'],
  ];
  for (const [path, wrong, why] of knownFailures) {
    it(`${path}: "${wrong}" (${why})`, () => {
      expect(clean(read(path)).text).toContain(wrong);
    });
  }
});

describe('clean texts come out byte for byte', () => {
  for (const text of cleanTexts) {
    it(text.path, () => {
      const findings = check(text.text).filter((f) => !removesOnlyOptional(text, f.before, f.after));
      expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.before} → ${f.after}`)).toEqual([]);
      const output = clean(text.text).text;
      if (text.optional.size === 0) expect(output).toBe(text.text);
      else expect(withoutOptional(text, output)).toBe(withoutOptional(text, text.text));
    });
  }
});

describe('cleaning is idempotent', () => {
  for (const path of [SEED, ...articles, ...cleanTexts.map((text) => text.path)]) {
    it(path, () => {
      const once = clean(read(path)).text;
      const twice = clean(once);
      expect(twice.edits).toEqual([]);
      expect(twice.text).toBe(once);
    });
  }
});
