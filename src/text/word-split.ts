// Where a lower-case token that is not a word splits into two words run together, by how common
// the two words are: `statementthat`, `eurosand`, `ofgovernment`. Glue from stripped markup
// joins the last word of one phrase to the first of the next, so one of the two words is a
// function word; two content words (blockchain, smartwatch) are a compound the word list lacks,
// and a word with a prefix or a particle (overassured, onsite, plugin) or a cut-off word (therap)
// is not glue at all.
import type { Lexicon } from '../lexicon/lexicon.js';
import { AffixTable, lengthsBetween } from './affixes.js';

/** A split of a token into two words. */
export interface Split {
  /** Where the second word starts, in the token. */
  readonly at: number;
  readonly left: string;
  readonly right: string;
  /** The sum of the two words' Zipf values, less the penalty for rare words. */
  readonly score: number;
  /** How far the score is ahead of the next reading (Infinity when there is none). */
  readonly margin: number;
}

/**
 * Function words that may end a phrase glued to the next one (`statementthat`, `eurosand`,
 * `ministryof`): the word on the right of a split. Short ones end many names and foreign words
 * too (Zealand, Shinto, parentis), so they need a common or an inflected word before them (see
 * `isGlue`). Particles (in, on) only count after an inflected word (`livesin`): after a bare verb
 * they make compound nouns (plugin, checkin, signon); up, by, through and about make them after
 * any (runnersup, Gatsby, walkthrough, runabout).
 */
const RIGHT_FUNCTION_WORDS = new Set([
  'the', 'that', 'this', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what', 'and', 'but', 'nor',
  'of', 'to', 'for', 'from', 'with', 'into', 'at', 'as', 'than', 'when', 'where', 'while', 'whether',
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'might', 'must',
  'its', 'his', 'their', 'our', 'also', 'after', 'before', 'during', 'against', 'because',
  'since', 'until', 'without', 'between', 'among', 'despite', 'although', 'though',
  'in', 'on',
]);

/**
 * Function words that may start a phrase glued to the word before it, on the left of a split
 * (`theministry`, `ofgovernment`, `thatmilitary`). Not prepositions, which make compounds
 * (inflow, onsite, overassured, byline, betweenmaid), nor his and her, which start too many words
 * (history, Hispanic, herald).
 */
const LEFT_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'that', 'this', 'these', 'those', 'who', 'which', 'whose', 'was', 'were', 'is',
  'are', 'has', 'have', 'had', 'will', 'would', 'its', 'our', 'their', 'than', 'when', 'where', 'while',
  'also',
]);

/** The function words of each side by the letter on the token's edge (see mayBestSplit). */
const RIGHT_SUFFIXES = new AffixTable(RIGHT_FUNCTION_WORDS, 'suffixes');
const LEFT_PREFIXES = new AffixTable(LEFT_FUNCTION_WORDS, 'prefixes');

/** Keywords of programming languages that read as two words (`typeof` is not "type of"). */
const CODE_KEYWORDS = new Set(['typeof', 'instanceof', 'keyof', 'sizeof', 'nameof', 'alignof', 'elseif', 'endif', 'ifdef', 'ifndef']);

/**
 * Endings that make a word of a word: a token that is a word with one of these added or taken
 * away is a form of it the word list lacks (overassured for overassure, therap for therapy),
 * not two words.
 */
const WORD_ENDINGS = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'ly', 'y', 'e', 'ist', 'ists', 'ic', 'al', 'ness', 'ment'];

/** The least Zipf value of the content word of a split: about once in five million words (euros 2.9, assuring 2.4). */
export const MIN_CONTENT_ZIPF = 2.3;
/** Below this Zipf value a word costs the split the difference: a rare reading needs a larger lead. */
const COMMON_ZIPF = 3.5;
/** How far the best split must lead the next reading, in Zipf units (a factor of 30 in frequency). */
export const SURE_MARGIN = 1.5;
/** The shortest content word of a split: shorter pieces must be function words (not `the rap`). */
const MIN_CONTENT_LENGTH = 4;
/** Tokens shorter than this are left alone (`metin`, `thein`): too many short names and words. */
const MIN_TOKEN_LENGTH = 6;
/** Longer tokens are not glue of two words (a URL slug, a chemical name). */
const MAX_TOKEN_LENGTH = 30;

/**
 * The one clearly best split of `token` (lower-case letters only) into a function word and a
 * content word, or undefined. Tries each split point once (two lookups each); a reading is a
 * split into two words of the list, scored by the sum of their Zipf values less a penalty for
 * rare ones; the best must be a function word and a content word of `MIN_CONTENT_ZIPF` or more
 * and lead every other reading by `SURE_MARGIN`. The caller checks that the token is not a word,
 * a name or a brand.
 */
export function bestSplit(token: string, lexicon: Lexicon): Split | undefined {
  if (token.length < MIN_TOKEN_LENGTH || token.length > MAX_TOKEN_LENGTH) return undefined;
  // A token the word list or the frequency list knows is a word (Marchand, Zealand): not glue.
  if (lexicon.isWord(token) || lexicon.frequency(token) > 0) return undefined;
  if (CODE_KEYWORDS.has(token) || isFormOfWord(token, lexicon)) return undefined;
  const lead = leadingSplit(token, (left, right) => readingScore(left, right, lexicon));
  if (!lead) return undefined;
  const left = token.slice(0, lead.at);
  const right = token.slice(lead.at);
  if (!isGlue(left, right, lexicon) || lead.margin < SURE_MARGIN) return undefined;
  return { at: lead.at, left, right, score: lead.score, margin: lead.margin };
}

/**
 * The split point of `token` (each piece two letters or more) whose reading `score` rates best,
 * with its score and its lead over the next reading (Infinity when it is the only one); undefined
 * when `score` reads none.
 */
export function leadingSplit(token: string, score: (left: string, right: string) => number | undefined): { at: number; score: number; margin: number } | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (let at = 2; at <= token.length - 2; at++) {
    const value = score(token.slice(0, at), token.slice(at));
    if (value === undefined) continue;
    if (value > bestScore) {
      second = bestScore;
      bestScore = value;
      best = at;
    } else if (value > second) {
      second = value;
    }
  }
  return best === undefined ? undefined : { at: best, score: bestScore, margin: bestScore - second };
}

/**
 * Whether `bestSplit` could find anything in the token `[start, end)` of `text` (lower-case
 * letters), by its shape alone: its
 * length is in range and a function word ends it with four letters or more before it (an inflected
 * word before one of two letters), or starts it with four or more after (the best reading must be
 * such a split, see `isGlue`). A cheap first
 * test that spares most words of a text the lexicon's lookups.
 */
export function mayBestSplit(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < MIN_TOKEN_LENGTH || length > MAX_TOKEN_LENGTH) return false;
  const room = lengthsBetween(1, length - MIN_CONTENT_LENGTH);
  if ((LEFT_PREFIXES.lengths(text, start, end) & room) !== 0) return true;
  const rights = RIGHT_SUFFIXES.lengths(text, start, end) & room;
  // A right word of three letters or more, or "of", may end glue after any content word; another
  // of two letters only after an inflected one (see isGlue, isInflected): `livesin`, `agreedto`.
  if ((rights & ~0b100) !== 0) return true;
  if (rights === 0) return false;
  const left = end - 2; // where the word of two letters starts
  if (text.startsWith('of', left)) return true;
  const last = text.charCodeAt(left - 1);
  return length - 2 >= 5 && ((last === 100 && text.charCodeAt(left - 2) === 101) || (last === 115 && text.charCodeAt(left - 2) !== 115)); // -ed, or -s but not -ss
}

/**
 * The score of reading the token as `left right`, or undefined when it is no reading: each part
 * a word of the list seen in the frequency list, a part of one or two letters only as a function word.
 */
function readingScore(left: string, right: string, lexicon: Lexicon): number | undefined {
  const a = pieceZipf(left, lexicon);
  if (a === undefined) return undefined;
  const b = pieceZipf(right, lexicon);
  if (b === undefined) return undefined;
  return a + b - Math.max(0, COMMON_ZIPF - a) - Math.max(0, COMMON_ZIPF - b);
}

function pieceZipf(piece: string, lexicon: Lexicon): number | undefined {
  if (piece.length <= 2 && !RIGHT_FUNCTION_WORDS.has(piece) && !LEFT_FUNCTION_WORDS.has(piece)) return undefined;
  const zipf = lexicon.frequency(piece);
  return zipf > 0 && lexicon.isWord(piece) ? zipf : undefined;
}

/**
 * Whether the best reading is glue: a content word and a function word on the side where it may
 * stand. A function word of two letters on the right needs an inflected word before it
 * (`livesin`, `agreedto`; `ministryof` too, of being no ending of names), one of three a common
 * or an inflected word (`armyand`, `eurosand`; not `zealand`, `galahad`).
 */
function isGlue(left: string, right: string, lexicon: Lexicon): boolean {
  if (RIGHT_FUNCTION_WORDS.has(right) && isContentWord(left, lexicon)) {
    if (right.length === 2 && right !== 'of') return isInflected(left, lexicon);
    if (right.length <= 3) return isCommonOrInflected(left, lexicon);
    return true;
  }
  return LEFT_FUNCTION_WORDS.has(left) && isContentWord(right, lexicon);
}

/** Whether a short function word may follow `word` in glue: `word` is common or inflected (`armyand`, `eurosand`; not `zealand`). */
export function isCommonOrInflected(word: string, lexicon: Lexicon): boolean {
  return lexicon.frequency(word) >= COMMON_ZIPF || isInflected(word, lexicon);
}

/** A word of `MIN_CONTENT_LENGTH` letters or more, common enough, and no prefix of compounds (`down` in downwith). */
function isContentWord(word: string, lexicon: Lexicon): boolean {
  return !PREFIX_WORDS.has(word) && word.length >= MIN_CONTENT_LENGTH && lexicon.frequency(word) >= MIN_CONTENT_ZIPF;
}

/**
 * `lives`, `arrived`, `euros`: a word with an ending of its own, which a particle does not join
 * into a compound nor a name ends with; the stem of a plural must be a word seen now and then.
 */
function isInflected(word: string, lexicon: Lexicon): boolean {
  if (word.length >= 5 && word.endsWith('ed')) return true;
  const stem = word.slice(0, -1);
  return word.endsWith('s') && !word.endsWith('ss') && stem.length >= 4 && lexicon.frequency(stem) >= 2.5;
}

/**
 * Words that also make words as prefixes (overassured, outperform, onsite, backfire): a token
 * that starts with one is read as a compound the word list lacks, not as glue.
 */
const PREFIX_WORDS = new Set([
  'over', 'under', 'out', 'up', 'down', 'off', 'on', 'in', 'by', 'back', 'fore', 'after', 'counter',
  'super', 'self', 'cross', 'mid', 'with', 'for', 'through', 'post', 'anti', 'non', 'semi', 'multi',
]);

/** Whether `left` is a word that also serves as a prefix: `over` in overassured. */
export function isPrefixWord(left: string): boolean {
  return PREFIX_WORDS.has(left);
}

/** Whether the token is a word with an ending added or taken away (overassured, therap). */
export function isFormOfWord(token: string, lexicon: Lexicon): boolean {
  for (const ending of WORD_ENDINGS) {
    if (lexicon.isWord(token + ending)) return true;
    if (token.length > ending.length + 3 && token.endsWith(ending) && lexicon.isWord(token.slice(0, -ending.length))) return true;
  }
  return false;
}
