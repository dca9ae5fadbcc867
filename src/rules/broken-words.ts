// Words that scraping split or a synonym spinner abbreviated: `$500 billion i n the U.S.` (a word
// broken into letters), `the upcoming yr` (a spinner's "year"). Only two-letter function words
// broken into lone lower-case letters, and "yr" after a word that must be followed by a noun.
import type { Edit, Rule } from '../engine/types.js';

/** Two-letter words that turn up split into their letters. */
const SPLIT_WORDS = ['in', 'is', 'it', 'if', 'of', 'on', 'or', 'to', 'at', 'as', 'an', 'by', 'be', 'we', 'he', 'do', 'no', 'so', 'up'];
/**
 * Reading: a lower-case word, a space, a lone lower-case letter, a space, a lone lower-case letter
 * (the two making one of the words above), a space, a lower-case letter.
 */
const SPLIT = new RegExp(`(?<=(?<![\\p{L}\\p{N}])\\p{Ll}+ )(${SPLIT_WORDS.map((w) => `${w[0]} ${w[1]}`).join('|')})(?= \\p{Ll})`, 'gu');
/** `yr` after a determiner or adjective that needs a noun: `the upcoming yr`, `last yr`. */
const SPUN_YEAR = /(?<=\b(?:the|this|last|next|every|each|per|a|one|upcoming|coming|previous|following|fiscal|financial|school|new|current|past) )yr(?![\p{L}\p{N}-])/gu;

export const brokenWords: Rule = {
  id: 'broken-words',
  description: 'Rejoin a two-letter word split into letters, and expand a spinner\'s "yr"',
  category: 'spelling',
  scope: 'paragraph',
  leaves: 'single letters used as letters ("plan a or b"), "yr" in ages and units ("5-yr", "per yr" in tables)',
  examples: [
    ['billion i n the U.S.', 'billion in the U.S.'],
    ['the upcoming yr', 'the upcoming year'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(SPLIT)) {
      if (ctx.isProtected(m.index, m.index + 3)) continue;
      edits.push(ctx.remove(m.index + 1, m.index + 2, `"${m[0]}" is the word "${m[0].replace(' ', '')}" split in two`));
    }
    for (const m of text.matchAll(SPUN_YEAR)) {
      if (ctx.isProtected(m.index, m.index + 2)) continue;
      edits.push(ctx.replace(m.index, m.index + 2, 'year', '"yr" left by a synonym spinner for "year"'));
    }
    return edits;
  },
};
