// Capitals in the wrong place. A function word capitalized in mid-sentence, as machine translation
// leaves it after a lost line break or a translated heading: `invasion From Moscow`, `and What
// reason` — changed only right after a lower-case word, never in a run of capitalized words
// (titles, names: `Of Mice and Men`, `said The Hague`) or after words that introduce a title (`the
// film In Bruges`). And a well-known place written in lower case (`in kyiv`), when its name is
// not also an English word (so "china", "turkey" and "nice" stay). Never on a protected span.
import type { Edit, Rule } from '../engine/types.js';
import { isKnownPlace, KNOWN_PLACES } from '../data/places.js';
import { isEnglishWord } from '../data/words.js';
import { isUpper } from '../text/chars.js';

const PREPOSITIONS = [
  'From', 'Of', 'To', 'In', 'On', 'At', 'By', 'For', 'With', 'About', 'Into', 'Over', 'Under', 'After',
  'Before', 'Between', 'Against', 'During', 'Without', 'Within', 'Through', 'Towards', 'Toward', 'Upon',
  'Among', 'Across', 'Around', 'Behind', 'Beyond', 'Despite', 'And', 'Or', 'But', 'Nor', 'Than',
  'Because', 'Since', 'While', 'Although', 'Though', 'Unless', 'Until', 'If', 'As', 'When', 'Where',
  'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose',
];
/** Words that start a noun phrase: capitalized before a capitalized word, they begin a title or a name. */
const DETERMINERS = ['The', 'This', 'These', 'Those', 'That', 'Its', 'Their', 'His', 'Her', 'Our', 'Your', 'My'];
const WH_WORDS = new Set(['What', 'Which', 'Who', 'Whom', 'Whose', 'When', 'Where', 'Why', 'How']);

/** Words after which a capitalized word starts a title: `the film In Bruges`. */
const TITLE_INTRODUCERS = new Set([
  'film', 'films', 'movie', 'book', 'novel', 'song', 'songs', 'single', 'album', 'series', 'show', 'play',
  'musical', 'opera', 'poem', 'magazine', 'newspaper', 'programme', 'program', 'podcast', 'game',
  'titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'slogan', 'motto', 'hashtag', 'band',
  'group', 'party', 'campaign', 'operation', 'project', 'brand', 'app', 'website', 'blog', 'channel',
]);
/** Verbs after which a capitalized question word may start reported speech: `he asked What next?` */
const SPEECH_VERBS = new Set(['asked', 'asks', 'said', 'says', 'wondered', 'wonders', 'added', 'replied', 'wrote', 'tweeted']);

/** Small words that stay lower-case inside a title: `Beyond the Horizon`, `Gone with the Wind`. */
const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'from']);

/**
 * Reading: a lower-case word (from a word start) with perhaps a closing quotation mark after it
 * (`“Diplomatic solution” About`), one space, a capitalized function word, a space; then, looked
 * at but not consumed, the next word and, after a space, the one after it.
 */
const CAPITALIZED_FUNCTION_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}’'@#./-])(\\p{Ll}[\\p{Ll}\\p{M}]*[”’]?) (${[...PREPOSITIONS, ...DETERMINERS].join('|')}) (?=([\\p{L}\\p{N}]+)(?: ([\\p{L}\\p{N}]+))?)`,
  'gu',
);

/** A lower-case word, from a word start, not in a handle, hashtag, path or domain. */
const LOWER_WORD = /(?<![\p{L}\p{N}\p{M}@#._/\\-])\p{Ll}+(?![\p{L}\p{N}\p{M}_/-])/gu;

let lowerPlaces: ReadonlySet<string> | undefined;

/** Places written in lower case that are not English words: "kyiv", "moscow" (built on first use). */
function lowerPlaceNames(): ReadonlySet<string> {
  lowerPlaces ??= new Set(
    KNOWN_PLACES.filter((place) => !place.includes(' ') && !isEnglishWord(place)).map((place) => place.toLowerCase()),
  );
  return lowerPlaces;
}

export const casing: Rule = {
  id: 'casing',
  description: 'Lower-case a function word capitalized in mid-sentence ("invasion From Moscow"); capitalize a place ("in kyiv")',
  category: 'spelling',
  leaves: 'titles and names in capitals (Of Mice and Men, The Hague), words after "film", "titled" and the like, places that are also words (china, turkey)',
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(CAPITALIZED_FUNCTION_WORD)) {
      const [, previous, word, next, after] = m as unknown as [string, string, string, string, string | undefined];
      const start = m.index + previous.length + 1;
      const end = start + word.length;
      if (TITLE_INTRODUCERS.has(previous.replace(/[”’]$/, '')) || (WH_WORDS.has(word) && SPEECH_VERBS.has(previous))) continue;
      if (isUpper(next[0])) {
        // Before a capitalized word: a determiner starts a title or name; a preposition does too
        // when the next word is an ordinary word in capitals (`Of Mice`), not a place (`From Moscow`).
        if (DETERMINERS.includes(word) || (isEnglishWord(next) && !isKnownPlace(next))) continue;
      } else if (TITLE_SMALL_WORDS.has(next) && isUpper(after?.[0])) {
        continue; // `for Beyond the Horizon`: a title with its small words in lower case
      }
      if (ctx.isProtected(start, end)) continue;
      const cause = /[”’]$/.test(previous) ? 'a quotation that does not end the sentence' : `"${previous}"`;
      edits.push(ctx.replace(start, end, word.toLowerCase(), `"${word}" in mid-sentence after ${cause}`));
    }
    const places = lowerPlaceNames();
    for (const m of text.matchAll(LOWER_WORD)) {
      if (!places.has(m[0]) || ctx.isProtected(m.index, m.index + m[0].length)) continue;
      const name = m[0][0]!.toUpperCase() + m[0].slice(1);
      edits.push(ctx.replace(m.index, m.index + 1, name[0]!, `"${name}" is a place name`));
    }
    return edits;
  },
};
