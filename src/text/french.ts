// French typography puts a space before `: ; ! ?` and inside guillemets (`Paul a dit : « Je
// viendrai demain »`). In a passage written in French that spacing is the house style, not an
// artifact. A passage is French when its function words are French rather than English: a short
// list of words that are not English words, and the elided `l’`, `d’`, `qu’` forms.

/** French function words that no English text uses as words of its own. */
const FRENCH_WORDS = new Set([
  'le', 'les', 'une', 'des', 'du', 'et', 'est', 'à', 'au', 'aux', 'dans', 'pour', 'que', 'qui', 'ne', 'pas',
  'je', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'ce', 'cette', 'ces', 'sur', 'avec', 'mais', 'où', 'dit', 'été', 'très', 'leur',
]);
/** English function words: a passage with as many of them is English quoting French, or English. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'with', 'for', 'was', 'he', 'she', 'it', 'said', 'are', 'this', 'by', 'from', 'has', 'have']);
/** A word, or a French elision (`l’`, `qu’`) counted as a word of its own. */
const WORD = /(?:[lLdDjJnNcCsSmMtT]|[qQ]u)['’](?=\p{L})|\p{L}+/gu;
const ELISION = /['’]$/;
/** At least this many French words, and more than English ones. */
const MIN_FRENCH = 2;

/** Whether a passage (a paragraph) is written in French. */
export function isFrenchPassage(passage: string): boolean {
  let french = 0;
  let english = 0;
  for (const match of passage.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (ELISION.test(word) || FRENCH_WORDS.has(word)) french++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  return french >= MIN_FRENCH && french > english;
}
