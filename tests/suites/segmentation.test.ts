// Word segmentation, measured with other projects' cases (fixtures/segmentation/cases.json: the test
// sentences of wordsegment, symspellpy and wordninja, with their sources and licences) and with
// names from code. glued-words splits two words run together; it must never split where no two
// words meet, and never split an identifier written in prose. Each measure is pinned to its exact
// figure, so that a loss and a gain both show (a gain: raise the figure).
//   - every sentence written without spaces: no split at a wrong place;
//   - every two neighbouring words of the sentences glued (`statementthat`) and glued with the
//     second capitalized (`suppliesMilitary`), in the sentence with its other spaces: split right,
//     or left alone, never split wrong;
//   - 200 one-hump DOM names (fixtures/segmentation/dom-names.txt, tests/tools/import-dom-names.mjs)
//     in four sentences about code: the whole pipeline changes nothing;
//   - glue made from the clean fixtures: a sentence's end run into the next (`. ` removed) and two
//     words of a line run together before a capitalized one: split right or left alone.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { runClean } from '../../src/engine/engine.js';
import { gluedWords } from '../../src/rules/glued-words.js';
import { defaultLexicon } from '../../src/lexicon/default.js';

const root = new URL('../../', import.meta.url);
const lexicon = defaultLexicon();
/** Where glued-words inserts spaces in `text`. */
const splits = (text: string): number[] => runClean(text, { rules: [gluedWords], lexicon }).edits.map((edit) => edit.start);

const { cases } = JSON.parse(readFileSync(new URL('fixtures/segmentation/cases.json', root), 'utf8')) as { cases: [string, string, string][] };

interface Tally {
  right: number;
  wrong: string[];
  total: number;
}

/** Glues each pair of neighbouring words of each case, one pair at a time, and counts the splits. */
function gluePairs(join: (left: string, right: string) => string): Tally {
  const tally: Tally = { right: 0, wrong: [], total: 0 };
  const sentences = [...new Set(cases.map(([, , words]) => words))];
  for (const sentence of sentences) {
    const words = sentence.split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      const before = `${words.slice(0, i).join(' ')}${i > 0 ? ' ' : ''}`;
      const glued = join(words[i]!, words[i + 1]!);
      const text = `${before}${glued}${i + 2 < words.length ? ' ' : ''}${words.slice(i + 2).join(' ')}.`;
      const at = before.length + words[i]!.length;
      tally.total++;
      for (const split of splits(text)) {
        if (split === at) tally.right++;
        else if (split > before.length && split < before.length + glued.length) tally.wrong.push(glued);
      }
    }
  }
  return tally;
}

describe('word-segmentation suites', () => {
  it('split no sentence written without spaces at a place where two words do not meet', () => {
    const wrong: string[] = [];
    let right = 0;
    for (const [, text, words] of cases) {
      const bounds = new Set<number>();
      let at = 0;
      for (const word of words.split(' ')) bounds.add((at += word.length));
      for (const split of splits(`${text}.`)) {
        if (bounds.has(split)) right++;
        else wrong.push(`${text.slice(0, split)}|${text.slice(split)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(right).toBe(RIGHT_UNSPACED); // a run of many words is not glue the rule repairs
  });

  it('split two lower-case words run together right or not at all', () => {
    const tally = gluePairs((left, right) => left + right);
    expect(tally.wrong).toEqual([]);
    expect([tally.right, tally.total]).toEqual([RIGHT_LOWER, 170]);
  });

  it('split a lower-case word run into a capitalized one right or not at all', () => {
    const tally = gluePairs((left, right) => left + right[0]!.toUpperCase() + right.slice(1));
    expect(tally.wrong).toEqual([]);
    expect([tally.right, tally.total]).toEqual([RIGHT_CAPITALIZED, 170]);
  });

  it('leave 200 DOM method and property names alone in prose about code', () => {
    const names = readFileSync(new URL('fixtures/segmentation/dom-names.txt', root), 'utf8').split('\n').filter(Boolean);
    expect(names).toHaveLength(200);
    const sentences = (name: string): string[] => [
      `The ${name} property is read first.`,
      `Call ${name} to start it.`,
      `The page uses ${name} and nothing else.`,
      `Set ${name}, then reload.`,
    ];
    const changed = names.flatMap((name) => sentences(name).filter((text) => clean(text).text !== text));
    expect(changed).toEqual([]);
  });

  it('split glue made from the clean fixtures right or not at all', () => {
    const dirs = ['fixtures/clean', 'fixtures/clean-extra'];
    const texts = dirs.flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, root))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(new URL(`${dir}/${name}`, root), 'utf8')),
    );
    const kinds: [string, RegExp][] = [
      ['a sentence run into the next', /(?<![\w.'’-])([a-z]{3,})\. ([A-Z][a-z]{2,})(?![\w'’-])/g],
      ['a word run into a capitalized one', /(?<=[a-z,;] )([a-z]{3,}) ([A-Z][a-z]{2,})(?![\w'’.-])/g],
    ];
    const figures: Record<string, [number, number]> = {};
    const wrong: string[] = [];
    for (const [kind, pattern] of kinds) {
      let right = 0;
      let total = 0;
      for (const text of texts) {
        for (const m of text.matchAll(pattern)) {
          const glued = m[1]! + m[2]!;
          const at = m.index + m[1]!.length;
          total++;
          for (const split of splits(text.slice(0, m.index) + glued + text.slice(m.index + m[0].length))) {
            if (split === at) right++;
            else if (split > m.index && split < m.index + glued.length) wrong.push(glued);
          }
        }
      }
      figures[kind] = [right, total];
    }
    expect(wrong).toEqual([]);
    expect(figures).toEqual(GLUE_FROM_FIXTURES);
  });
});

/** Pinned figures (see the file's comment). */
const RIGHT_UNSPACED = 1;
const RIGHT_LOWER = 57;
const RIGHT_CAPITALIZED = 52;
const GLUE_FROM_FIXTURES: Record<string, [number, number]> = {
  'a sentence run into the next': [122, 157],
  'a word run into a capitalized one': [360, 408],
};
