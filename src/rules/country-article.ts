// "The Russia wants": a definite article that machine translation (from Italian, Spanish, French,
// German) puts before a country name that takes none in English. We drop it only when the country
// is the subject of a verb that follows it, so "the Russia-Ukraine war", "the Russia of the 1990s",
// "the Italy squad", "the Italy that did not go" and "the Netherlands" stay. The same goes for a
// person the lexicon knows by surname (`The Zelensky also said`), when the surname is no English
// word (so "The Hill reported", "The Times said" stay).
import type { Edit, Rule } from '../engine/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { matchesAt } from '../text/scan.js';

/** Verb forms that cannot be read as a noun after a country name ("the Russia talks" could). */
const VERBS = [
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'shall', 'does', 'did', 'wants', 'wanted', 'says', 'said', 'seeks', 'sought', 'insists', 'insisted',
  'accuses', 'accused', 'denies', 'denied', 'believes', 'believed', 'considers', 'considered',
  'intends', 'intended', 'continues', 'continued', 'remains', 'remained', 'refuses', 'refused',
  'rejects', 'rejected', 'announces', 'announced', 'hopes', 'hoped', 'expects', 'expected', 'warns',
  'warned', 'claims', 'claimed', 'threatens', 'threatened', 'needs', 'needed', 'tries', 'tried',
  'aims', 'agrees', 'agreed', 'decided', 'decides', 'knows', 'knew', 'thinks', 'thought', 'sees',
  'saw', 'feels', 'felt', 'keeps', 'kept', 'asks', 'asked', 'launched', 'launches', 'sent', 'sends',
  'became', 'becomes', 'reached', 'reaches', 'signed', 'responded', 'responds', 'stated', 'admitted',
  'admits', 'confirmed', 'confirms', 'promised', 'declared', 'declares', 'opposes', 'opposed',
  'supported', 'condemned', 'condemns', 'demanded', 'called', 'urged', 'urges', 'planned',
];
const ADVERBS = ['also', 'still', 'now', 'already', 'never', 'again', 'reportedly', 'allegedly', 'apparently', 'clearly', 'officially', 'even', 'only', 'just', 'then', 'once', 'firmly'];

const patterns = new WeakMap<Lexicon, RegExp>();
/** Where both patterns below may match, searched first (their lookbehind would be tried everywhere). */
const THE = /[Tt]he /g;

/** Reading: "the"/"The", a space, a country name, a space, an optional adverb, a verb, a word end. */
function articleBeforeCountry(lexicon: Lexicon): RegExp {
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])([Tt]he) (?=(${lexicon.countriesWithoutArticle.join('|')}) (?:(?:${ADVERBS.join('|')}) )?(?:${VERBS.join('|')})(?![\\p{L}\\p{N}'’-]))`,
      'gu',
    );
    patterns.set(lexicon, pattern);
  }
  return pattern;
}

/** Reading: "the"/"The", a space, a capitalized word, a space, an optional adverb, a verb, a word end. */
let beforeName: RegExp | undefined;
function articleBeforeName(): RegExp {
  beforeName ??= new RegExp(
    `(?<![\\p{L}\\p{N}])([Tt]he) (?=(\\p{Lu}\\p{Ll}+) (?:(?:${ADVERBS.join('|')}) )?(?:${VERBS.join('|')})(?![\\p{L}\\p{N}'’-]))`,
    'gu',
  );
  return beforeName;
}

/** Whether `word` is the surname of a person the lexicon knows, and no English word, country or place. */
function isPersonsSurname(word: string, lexicon: Lexicon): boolean {
  if (lexicon.knownPeople.withSurname(word).length === 0) return false;
  return !lexicon.isWord(word.toLowerCase()) && lexicon.frequency(word) < 3 && !lexicon.isPlace(word) && lexicon.country(word) === undefined && lexicon.acronym(word) === undefined;
}

export const countryArticle: Rule = {
  id: 'country-article',
  description: 'Drop "the" before a country that takes no article, or a known person\'s surname, when it is the subject',
  category: 'grammar',
  scope: 'paragraph',
  // No triggers: "the" as the pattern reads it may follow an apostrophe or a combining mark, where
  // the tokenizer sees one longer word (`the’The`), and the rule is cheap anyway.
  leaves: 'the Netherlands, the United States, the Russia-Ukraine war, the Russia of the 1990s, the Italy squad, the Zelensky government, The Hill reported',
  examples: [
    ['The Russia wants peace', 'Russia wants peace'],
    ['The Zelensky also said', 'Zelensky also said'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of matchesAt(text, articleBeforeCountry(ctx.lexicon), THE)) {
      const end = m.index + m[0].length;
      if (ctx.isProtected(m.index, end)) continue;
      edits.push(ctx.remove(m.index, end, `"${m[2]}" takes no article`));
    }
    for (const m of matchesAt(text, articleBeforeName(), THE)) {
      const end = m.index + m[0].length;
      if (!isPersonsSurname(m[2]!, ctx.lexicon) || ctx.isProtected(m.index, end)) continue;
      edits.push(ctx.remove(m.index, end, `"${m[2]}" is a person's name and takes no article`));
    }
    return edits;
  },
};
