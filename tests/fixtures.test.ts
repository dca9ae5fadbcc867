// Whole articles: the seed against its reviewed expected output, clean texts that must come out
// byte for byte, and idempotence over every fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, clean } from '../src/index.js';

const root = new URL('../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string, suffix: string): string[] =>
  readdirSync(new URL(dir, root)).filter((name) => name.endsWith(suffix)).sort();

const SEED = 'seeds/000_074836f2c1ba7ac7.txt';
/** Professionally edited texts: the corpus's clean ones and more (sources in fixtures/clean-extra/SOURCES.md). */
const cleanTexts = ['fixtures/clean/', 'fixtures/clean-extra/'].flatMap((dir) =>
  list(dir, '.txt').map((name) => `${dir}${name}`),
);

describe('the seed article', () => {
  it('comes out as the reviewed expected text', () => {
    expect(clean(read(SEED)).text).toBe(read('fixtures/golden/000_074836f2c1ba7ac7.expected.txt'));
  });
});

describe('clean texts come out byte for byte', () => {
  for (const path of cleanTexts) {
    it(path, () => {
      const text = read(path);
      expect(check(text).map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.before} → ${f.after}`)).toEqual([]);
      expect(clean(text).text).toBe(text);
    });
  }
});

describe('cleaning is idempotent', () => {
  for (const path of [SEED, ...cleanTexts]) {
    it(path, () => {
      const once = clean(read(path)).text;
      const twice = clean(once);
      expect(twice.edits).toEqual([]);
      expect(twice.text).toBe(once);
    });
  }
});
