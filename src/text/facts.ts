// Facts about a whole article that rules read while looking at one paragraph (see
// src/engine/facts.ts for how the engine keeps them current). Each reads the whole text once per
// pass, and answers questions from what it read.
import type { Fact } from '../engine/types.js';
import { forEachWord, isWordCharAt } from './scan.js';

/** A number grouped with commas (`4,464,005`): the text's own convention for grouping digits. */
const COMMA_GROUPED = /\d,\d{3}(?!\d)/;

/** Whether the article groups digits with commas anywhere. */
export const COMMA_GROUPING: Fact<'', boolean> = {
  id: 'comma-grouping',
  prepare: (text) => COMMA_GROUPED.test(text),
  answer: (prepared) => prepared as boolean,
};

/**
 * Whether a word occurs in the article as a word of its own (`Ferro` alone somewhere says that
 * `Ferrowho` is "Ferro who"). The words are collected on the first question of a pass.
 */
export const STANDALONE_WORDS: Fact<string, boolean> = {
  id: 'standalone-words',
  prepare: (text) => {
    const found = new Set<string>();
    forEachWord(text, (start, end) => {
      if (!isWordCharAt(text, start - 1)) found.add(text.slice(start, end));
    });
    return found;
  },
  answer: (prepared, word) => (prepared as Set<string>).has(word),
};
