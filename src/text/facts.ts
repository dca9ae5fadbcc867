// Facts about a whole article that rules read while looking at one paragraph (see
// src/engine/facts.ts for how the engine keeps them current). Each reads the whole text once per
// pass, and answers questions from what it read.
import type { Fact } from '../engine/types.js';
import { isWordCharAt, isWordStartAt } from './scan.js';
import { WordFlag } from './document.js';

/**
 * A fact answered by searching the pass's text for each key a rule asks about, each answer
 * remembered for the pass: for questions about a few words of an article of thousands.
 */
export function searchFact<A>(id: string, search: (text: string, key: string) => A): Fact<string, A> {
  return {
    id,
    prepare: (text) => ({ text, answers: new Map<string, A>() }),
    answer: (prepared, key) => {
      const { text, answers } = prepared as { text: string; answers: Map<string, A> };
      let found = answers.get(key);
      if (found === undefined) answers.set(key, (found = search(text, key)));
      return found;
    },
  };
}

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
 * `Ferrowho` is "Ferro who"): a run of letters, digits and marks (as `forEachWord` reads them)
 * with no such character on either side. Answered by searching the text for each word asked
 * about, once a pass: a rule asks about a few words, the article has thousands.
 */
export const STANDALONE_WORDS = searchFact<boolean>('standalone-words', (text, word) => isWordRun(word) && standsAlone(text, word));

/** Whether `word` is what `forEachWord` reads as one word: a letter or digit, then letters, digits and marks. */
function isWordRun(word: string): boolean {
  if (word === '' || !isWordStartAt(word, 0)) return false;
  for (let k = 1; k < word.length; k++) if (!isWordCharAt(word, k)) return false;
  return true;
}

/** Whether `word` (a word run) occurs in `text` with no letter, digit or mark on either side. */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, at + word.length)) return true;
  }
  return false;
}

/**
 * How many times the article writes a word as a word of its own (not inside a longer word, a
 * hashtag or a handle), counted up to three: `InQueensland` twice, in a site's title and its
 * text, is a spelling on purpose; `Rajapakse` three times and never `Rajapaksa` is the house
 * spelling. Answered by searching the text for each word asked about, once a pass.
 */
export const TIMES_WRITTEN = searchFact<number>('times-written', (text, word) => {
  let times = 0;
  for (let at = text.indexOf(word); at >= 0 && times < MAX_TIMES; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    if (!isWordCharAt(text, at - 1) && before !== '#' && before !== '@' && !isWordCharAt(text, at + word.length)) times++;
  }
  return times;
});

const MAX_TIMES = 3;

/**
 * Words the article capitalizes in mid-sentence (after a word, a comma or a number, not after a
 * sentence end, a colon or a quotation mark) on a line of prose: names and proper nouns as the
 * article itself writes them, so that `blinken` elsewhere can be read against `Blinken`. A line in
 * title case (`Why Cryptocurrencies Are Crashing`) capitalizes every word and vouches for none.
 * Asked with the word in lower case; the answer is how many times (0 for never).
 */
export const CAPITALIZED_MID_SENTENCE: Fact<string, number> = {
  id: 'capitalized-mid-sentence',
  prepare: (text, document) => {
    const { starts, ends, flags, count } = document.words();
    const found = new Map<string, number>();
    // Line by line: the candidates of a line count only if it is prose, with at least half as
    // many longer words in lower case as capitalized (a title-case line has next to none).
    let candidates: number[] = [];
    let lower = 0;
    let capitalized = 0;
    const endLine = (): void => {
      if (lower > 0 && lower * 2 >= capitalized) {
        for (const w of candidates) {
          const word = text.slice(starts[w]!, ends[w]!).toLowerCase();
          found.set(word, (found.get(word) ?? 0) + 1);
        }
      }
      candidates = [];
      lower = 0;
      capitalized = 0;
    };
    let lineEnd = -1; // where the current line ends (the offset of its line break)
    for (let w = 0; w < count; w++) {
      const start = starts[w]!;
      if (start > lineEnd) {
        endLine();
        lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.length;
      }
      const shape = flags[w]!;
      if (ends[w]! - start >= LONG_WORD) {
        if ((shape & WordFlag.Lower) !== 0) lower++;
        else if ((shape & WordFlag.Capitalized) !== 0) capitalized++;
      }
      if (w === 0 || (shape & WordFlag.Capitalized) === 0 || (shape & WordFlag.AllCaps) !== 0) continue;
      if (isMidSentence(text, start, ends[w - 1]!)) candidates.push(w); // spaces and a comma between: the same line
    }
    endLine();
    return found;
  },
  answer: (prepared, word) => (prepared as Map<string, number>).get(word) ?? 0,
};

/** The words a line's case is judged by: four letters or more (not "of", "the", "in"). */
const LONG_WORD = 4;

/** Whether only spaces and a comma, semicolon or hyphen stand between the word before (ending at `previousEnd`) and `start`. */
function isMidSentence(text: string, start: number, previousEnd: number): boolean {
  if (start - previousEnd > 3) return false;
  for (let i = previousEnd; i < start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== ',' && ch !== ';' && ch !== '\u00a0') return false;
  }
  return start > previousEnd;
}

/**
 * Where the article's body starts and ends: the first and last line that reads as body text (a
 * sentence of eight words or more ending in sentence punctuation). Above the first is the header
 * block (site name, navigation, metadata, title); below the last, the tail (teasers, bios,
 * paywall text). `[bodyStart, bodyEnd]` as offsets, or `[-1, -1]` for a text with no body line.
 */
export const ZONES: Fact<'', readonly [number, number]> = {
  id: 'zones',
  prepare: (text) => {
    // The first body line from the start, the last from the end: an article's header and tail
    // are a few lines, so neither search reads much more than them.
    let first = -1;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (isBodyLine(text, start, end)) {
        first = start;
        break;
      }
      start = end + 1;
    }
    if (first < 0) return [-1, -1] as const;
    let last = -1;
    for (let end = text.length; end >= first; ) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      if (isBodyLine(text, start, end)) {
        last = end;
        break;
      }
      end = start - 1;
    }
    return [first, last] as const;
  },
  answer: (prepared) => prepared as readonly [number, number],
};

const BODY_WORDS = 8;
const SENTENCE_END = /[.!?…]["”’»)]*\s*$/;

function isBodyLine(text: string, start: number, end: number): boolean {
  let tail = end;
  while (tail > start && /\s/.test(text[tail - 1]!)) tail--;
  if (!SENTENCE_END.test(text.slice(Math.max(start, tail - 8), tail))) return false;
  // Eight words with a letter: count the runs between spaces that hold one.
  let words = 0;
  let letter = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 32 : text.charCodeAt(i);
    if (c === 32) {
      if (letter && ++words >= BODY_WORDS) return true;
      letter = false;
    } else if (!letter && isLetterCode(c, text, i)) {
      letter = true;
    }
  }
  return false;
}

/** Whether the character at `i` (code `c`) is a letter, as `\p{L}` reads it. */
function isLetterCode(c: number, text: string, i: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c >= 0xaa && LETTER.test(text[i]!);
}

const LETTER = /\p{L}/u;

/**
 * The share of the article's letters that are Latin (A–Z and the accented Latin letters): near 1
 * for an English article, so that a line in Greek or Cyrillic in it stands out as foreign. 1 for a
 * text without letters.
 */
export const LATIN_SHARE: Fact<'', number> = {
  id: 'latin-share',
  prepare: (text, document) => {
    // Every letter is in a word: a word of ASCII letters alone (most of them) counts by its length.
    const { starts, ends, flags, count } = document.words();
    let latin = 0;
    let other = 0;
    for (let w = 0; w < count; w++) {
      if ((flags[w]! & NOT_ONLY_ASCII_LETTERS) === 0) {
        latin += ends[w]! - starts[w]!;
        continue;
      }
      for (let i = starts[w]!; i < ends[w]!; i++) {
        const c = text.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
        else if (c >= 0x370 && isOtherLetter(c)) other++;
      }
    }
    return latin + other === 0 ? 1 : latin / (latin + other);
  },
  answer: (prepared) => prepared as number,
};

const OTHER_LETTER = /\p{L}/u;
/** The shapes of a word that may hold something besides ASCII letters. */
const NOT_ONLY_ASCII_LETTERS = WordFlag.NonAscii | WordFlag.Digit | WordFlag.Apostrophe;
/** Whether each UTF-16 code unit is a letter (1) or not (2), learnt on first sight (0). */
const LETTER_CODES = new Uint8Array(65536);

function isOtherLetter(c: number): boolean {
  let known = LETTER_CODES[c]!;
  if (known === 0) LETTER_CODES[c] = known = OTHER_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
