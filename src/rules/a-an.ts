// The indefinite article that does not fit the sound of the next word: `a initiative`,
// `a expulsion file`, `an book`. Only where the spelling settles the sound: before a, i, o and
// most e-words "an"; "a" keeps words that sound like "you" or "wun" (a university, a European,
// a one-off, a euro) and "an" keeps silent h and letters read one by one (an hour, an MP, an mRNA).
import type { Edit, Rule } from '../engine/types.js';

/**
 * Reading: "a"/"an" as a word — capitalized only where a sentence starts (after a line start,
 * `.`/`!`/`?` or an opening quote; elsewhere "A" is a letter: "Plan A is") — one space, then a
 * lower-case word. The pattern finds the cheap part; what comes before is checked by hand (a
 * pattern starting with a lookbehind is tried at every offset of the text).
 */
const ARTICLE = /[aA]n? (?=[a-z\u00df-\uffff])/g;
/** The lower-case word after the article, from its first letter. */
const WORD_AFTER = /\p{Ll}[\p{L}\p{M}'’-]*/uy;
/** What may not stand right before a lower-case article: it would be inside a word or a name (`Jean-a`). */
const INSIDE_WORD = /[\p{L}\p{N}\p{M}'’.-]/u;
/** What ends the text before a capitalized article: a sentence end or an opening quote. */
const SENTENCE_BEFORE = /(?:^|\n|[.!?]["”’]? |[“"‘])$/;

/** Words an article never precedes in English: "Plan a is", "Frankfurt an der Oder". */
const NOT_AFTER_ARTICLE = new Set([
  'is', 'in', 'or', 'on', 'at', 'as', 'it', 'if', 'of', 'and', 'are', 'was', 'an', 'a',
  'der', 'die', 'das', 'den', 'dem', 'des', 'del', 'della', 'de', 'di', 'du', 'la', 'le', 'les', 'los', 'las', 'el',
]);

/** Vowel letters whose words start with a consonant sound. */
const CONSONANT_SOUND = /^(?:u|eu|ew|one|once|uni|use|usu|uti|ura|ure|uro)/;
/** Consonant letters whose words start with a vowel sound, or that we cannot tell. */
const VOWEL_SOUND = /^(?:h|x|y|[a-z]$)/;

export const aAn: Rule = {
  id: 'a-an',
  description: 'Choose "a" or "an" by the sound of the next word',
  category: 'grammar',
  scope: 'paragraph',
  triggers: { words: ['a', 'an', 'A', 'An'] },
  leaves: 'words whose sound the spelling does not settle (a union, a European, an hour, a hotel, an MP, an mRNA), letters ("Plan A is"), mixed-case words, "Frankfurt an der Oder"',
  examples: [
    ['a initiative', 'an initiative'],
    ['an book', 'a book'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(ARTICLE)) {
      const article = m[0].slice(0, -1);
      const before = text[m.index - 1];
      if (article[0] === 'a' ? before !== undefined && INSIDE_WORD.test(before) : !SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      WORD_AFTER.lastIndex = m.index + m[0].length;
      const word = WORD_AFTER.exec(text)?.[0];
      if (word === undefined) continue;
      if (word !== word.toLowerCase()) continue; // mRNA, eBay: read letter by letter or branded
      if (word.length < 2 || NOT_AFTER_ARTICLE.has(word) || !/[aeiouy]/.test(word) || !ctx.lexicon.isWord(word)) continue;
      const vowel = /^[aeio]/.test(word) && !CONSONANT_SOUND.test(word);
      const consonant = /^[b-df-hj-np-tv-z]/.test(word) && !VOWEL_SOUND.test(word);
      const wanted = vowel ? 'an' : consonant ? 'a' : undefined;
      if (wanted === undefined || wanted === article.toLowerCase()) continue;
      const end = m.index + article.length;
      if (ctx.isProtected(m.index, end + 1 + word.length)) continue;
      const replacement = article[0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
      edits.push(ctx.replace(m.index, end, replacement, `"${word}" takes "${wanted}"`));
    }
    return edits;
  },
};
