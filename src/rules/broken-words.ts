// Words that scraping split or a synonym spinner abbreviated: `$500 billion i n the U.S.` (a word
// broken into letters), `the upcoming yr` (a spinner's "year"). Only two-letter function words
// broken into lone lower-case letters, and "yr" after a word that must be followed by a noun.
import type { Edit, Rule } from '../engine/types.js';
import { WordFlag } from '../text/document.js';
import { matchAt } from '../text/scan.js';

/** Two-letter words that turn up split into their letters. */
const SPLIT_WORDS = ['in', 'is', 'it', 'if', 'of', 'on', 'or', 'to', 'at', 'as', 'an', 'by', 'be', 'we', 'he', 'do', 'no', 'so', 'up'];
/**
 * Reading: a lower-case word, a space, a lone lower-case letter, a space, a lone lower-case letter
 * (the two making one of the words above), a space, a lower-case letter.
 */
const SPLIT = new RegExp(`(?<=(?<![\\p{L}\\p{N}])\\p{Ll}+ )(${SPLIT_WORDS.map((w) => `${w[0]} ${w[1]}`).join('|')})(?= \\p{Ll})`, 'uy');
/** `yr` after a determiner or adjective that needs a noun: `the upcoming yr`, `last yr`. */
const SPUN_YEAR = /(?<=\b(?:the|this|last|next|every|each|per|a|one|upcoming|coming|previous|following|fiscal|financial|school|new|current|past) )yr(?![\p{L}\p{N}-])/uy;
// Both patterns are tried only where a word of one lower-case letter or "yr" starts (sticky, so
// the lookbehind reads back from there): tried at every offset, they cost more than the rest.

export const brokenWords: Rule = {
  id: 'broken-words',
  description: 'Rejoin a two-letter word split into letters, and expand a spinner\'s "yr"',
  category: 'spelling',
  scope: 'paragraph',
  // The second letter of every split word, as a word of its own (never "a"), and "yr".
  triggers: { words: [...new Set(SPLIT_WORDS.map((word) => word[1]!)), 'yr'] },
  leaves: 'single letters used as letters ("plan a or b"), "yr" in ages and units ("5-yr", "per yr" in tables)',
  examples: [
    ['billion i n the U.S.', 'billion in the U.S.'],
    ['the upcoming yr', 'the upcoming year'],
  ],
  apply(text, ctx) {
    const splits: Edit[] = [];
    const years: Edit[] = [];
    const { starts, flags, count } = ctx.words();
    let after = 0; // the end of the last split found: splits never overlap
    for (let w = 0; w < count; w++) {
      const start = starts[w]!;
      if ((flags[w]! & WordFlag.SingleLower) !== 0) {
        if (start < after) continue;
        const m = matchAt(text, start, SPLIT);
        if (!m) continue;
        after = start + m[0].length;
        if (ctx.isProtected(start, start + 3)) continue;
        splits.push(ctx.remove(start + 1, start + 2, `"${m[0]}" is the word "${m[0].replace(' ', '')}" split in two`));
      } else if (text.startsWith('yr', start) && matchAt(text, start, SPUN_YEAR)) {
        if (ctx.isProtected(start, start + 2)) continue;
        years.push(ctx.replace(start, start + 2, 'year', '"yr" left by a synonym spinner for "year"'));
      }
    }
    return [...splits, ...years];
  },
};
