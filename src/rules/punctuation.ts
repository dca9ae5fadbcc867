// Marks doubled or stacked by translation and scraping: `end..`, `said,,`, `done.;`, `future.”.`,
// a comma before a dash (`for Ukraine, - Meloni`), a space inside a contraction (`I 'm`, `don' t`), a degree sign spaced from its unit
// (`40 ° C`), empty brackets left by scraping (`The president () met`), and a possessive that lost its apostrophe (`Egypt s President`). An ellipsis, an abbreviation's full stop before other punctuation (`U.S.;`,
// `etc.,`) and code are left alone. Each pattern is found by its marks (a literal search) and
// only then checked around.
import type { Edit, Rule } from '../engine/types.js';
import { isDigit, isLetter, isLower } from '../text/chars.js';
import { occurrences } from '../text/scan.js';

const ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'vs', 'al', 'approx', 'dept', 'est']);

/** Words a lone "s" after them does not make possessive: articles and prepositions (`the s sound`, `an s`, `letter s`). */
const NOT_POSSESSED = new Set(['the', 'and', 'for', 'with', 'letter', 'plural', 'final', 'extra', 'capital', 'lowercase', 'uppercase', 'silent', 'its', 'his', 'her', 'their', 'our', 'your']);

/**
 * Contractions by their ending, each with the words it joins (lower case): `I 'm`, `it 's`,
 * `don 't`, `they' ve`. The short endings ('s, 'd) only after pronouns, so a quotation opened
 * with a straight mark (`the 'd' key`, `Jones 's`) is not one.
 */
const CONTRACTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['m', new Set(['i'])],
  ['re', new Set(['you', 'we', 'they', 'who', 'what'])],
  ['s', new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'let'])],
  ['ve', new Set(['i', 'you', 'we', 'they', 'who', 'could', 'would', 'should', 'might', 'must'])],
  ['ll', new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'who'])],
  ['d', new Set(['i', 'you', 'he', 'she', 'we', 'they'])],
  ['t', new Set(['don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'hadn', 'won', 'wouldn', 'can', 'couldn', 'shouldn', 'mustn', 'needn'])],
]);

/** The ending of a contraction at `at` (letters to a word end, no quotation mark after), if it is one CONTRACTIONS knows. */
function contractionEnding(text: string, at: number): string | undefined {
  let end = at;
  while (end < text.length && end - at < 3 && /[a-z]/.test(text[end]!)) end++;
  const ending = text.slice(at, end);
  if (!CONTRACTIONS.has(ending) || isLetter(text[end]) || text[end] === "'" || text[end] === '’') return undefined;
  return ending;
}

/** Words that open a sentence after a dash rather than end a compound: `Moscow- The`. */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'For', 'And', 'But']);

/** A capitalized word (a capital and two lower-case letters or more) ending right at `end`, or undefined. */
function capitalizedWordEndingAt(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  const word = text.slice(start, end);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) ? word : undefined;
}

/** A capitalized word (a capital and two lower-case letters or more) starting at `start` and ending at a word end, or undefined. */
function capitalizedWordStartingAt(text: string, start: number): string | undefined {
  let end = start;
  while (end < text.length && isLetter(text[end])) end++;
  const word = text.slice(start, end);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isDigit(text[end]) ? word : undefined;
}

/** The word of letters that ends right before `at` (after a space or a line start), or undefined. */
function wordBefore(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && isLetter(text[start - 1])) start--;
  if (start === at || (start > 0 && !/[\s(“"]/.test(text[start - 1]!))) return undefined;
  return text.slice(start, at);
}

export const punctuation: Rule = {
  id: 'punctuation',
  description: 'Collapse doubled or stacked marks, close a contraction split by a space, join a degree sign to its unit, restore a lost possessive apostrophe',
  category: 'punctuation',
  scope: 'paragraph',
  leaves: 'ellipses, abbreviations before punctuation (U.S.; etc.,), code',
  examples: [
    ['the end..', 'the end.'],
    ['he said,, then', 'he said, then'],
    ['done.; then', 'done; then'],
    ['Ukraine, - Meloni', 'Ukraine - Meloni'],
    ['40 ° C', '40 °C'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const add = (start: number, end: number, replacement: string, message: string): void => {
      if (!ctx.isProtected(start, end)) edits.push(ctx.replace(start, end, replacement, message));
    };
    // `Egypt s President`, `his country s keenness`: a lone "s" after a word is a possessive whose
    // apostrophe was lost (as the page's encoding dropped ’). The apostrophe is the paragraph's own.
    for (const at of occurrences(text, ' s ')) {
      const before = wordBefore(text, at);
      if (before === undefined || before.length < 3 || NOT_POSSESSED.has(before.toLowerCase()) || !isLetter(text[at + 3])) continue;
      add(at, at + 1, text.includes('’') || !text.includes("'") ? '’' : "'", `"${before} s": a possessive that lost its apostrophe`);
    }
    // `I 'm`, `don 't`, `it' s`: a space inside a contraction, before or after its apostrophe.
    for (const mark of ["'", '’']) {
      for (const spaceFirst of [true, false]) {
        for (const at of occurrences(text, spaceFirst ? ` ${mark}` : `${mark} `)) {
          // Either way the word ends at `at` and the ending starts two characters on.
          const word = wordBefore(text, at);
          const ending = contractionEnding(text, at + 2);
          if (word === undefined || ending === undefined || !CONTRACTIONS.get(ending)!.has(word.toLowerCase())) continue;
          const space = spaceFirst ? at : at + 1;
          add(space, space + 1, '', `"${word}${mark}${ending}": a space inside a contraction`);
        }
      }
    }
    // `Amir- Abdollahian`, `Franco- German`: a compound of two capitalized words with a space after
    // its hyphen, inside a sentence or written whole elsewhere in the text (a dateline, `Kyiv-
    // Ukrainian forces`, starts a line). Not a
    // space before the hyphen: `Foo -Bar` may be an option or a minus.
    for (const at of occurrences(text, '- ')) {
      const left = capitalizedWordEndingAt(text, at);
      const right = capitalizedWordStartingAt(text, at + 2);
      if (left === undefined || right === undefined || SENTENCE_OPENERS.has(right)) continue;
      const leftStart = at - left.length;
      // At a line's start only where the text writes the compound whole elsewhere: else a dateline.
      const inside = /[\p{L}\p{N},] $/u.test(text.slice(Math.max(0, leftStart - 2), leftStart));
      if (!inside && !text.includes(`${left}-${right}`)) continue;
      add(at + 1, at + 2, '', `"${left}-${right}": a space after the hyphen of a compound`);
    }
    // `The president () met`: brackets emptied when scraping dropped what they held (a link, an age).
    for (const empty of [' ()', ' ( )']) {
      for (const at of occurrences(text, empty)) {
        // Prose goes on after them (a word or a mark), not code (`function () {`, `() =>`).
        const after = text[at + empty.length];
        const prose = after === undefined || /[,.;:!?\n]/.test(after) || (after === ' ' && isLetter(text[at + empty.length + 1]));
        if (isLetter(text[at - 1]) && prose && wordBefore(text, at) !== 'function') add(at, at + empty.length, '', 'empty brackets');
      }
    }
    // `end..`: after a word of two lower-case letters or more, not an ellipsis.
    for (const at of occurrences(text, '..')) {
      // Not before other marks (`it..,''`): a writer's short ellipsis, not a slip of the scraper.
      if (isLower(text[at - 1]) && isLower(text[at - 2]) && !/[.…,;:'"’”]/.test(text[at + 2] ?? '') && text[at - 3] !== '.') {
        add(at, at + 2, '.', 'doubled full stop');
      }
    }
    // `said,,` and `said,.`: a stray comma after a word.
    for (const mark of [',,', ',.']) {
      for (const at of occurrences(text, mark)) {
        const before = text[at - 1];
        if ((isLetter(before) || isDigit(before)) && text[at + 2] !== '.' && text[at + 2] !== ',') add(at, at + 2, mark[1]!, `"${mark}": a stray comma`);
      }
    }
    // `done.;`: a full stop before a semicolon, after a word of three letters or more that is not an abbreviation.
    for (const at of occurrences(text, '.;')) {
      const word = /(?<![\p{L}\p{N}])\p{Ll}{3,}$/u.exec(text.slice(Math.max(0, at - 30), at))?.[0];
      if (word !== undefined && !ABBREVIATIONS.has(word)) add(at, at + 1, '', 'a full stop before a semicolon');
    }
    // `future.”.`: a full stop after a quotation that ended with one (not `U.S.”.` or `wait...”.`).
    // After `!` or `?` the full stop ends the sentence the quotation stands in: `John said "Hello
    // World!".` keeps it.
    for (const quote of ['”', '’', '"']) {
      for (const at of occurrences(text, `${quote}.`)) {
        if (text[at - 1] === '.' && isLower(text[at - 2]) && text[at + 2] !== '.') {
          add(at + 1, at + 2, '', 'a full stop after a quotation that already ended the sentence');
        }
      }
    }
    // `Ukraine, - Meloni`: a comma before a spaced dash.
    for (const dash of ['-', '–', '—']) {
      for (const at of occurrences(text, `, ${dash} `)) {
        if (/[\p{L}\p{N}.!?"”’)]/u.test(text[at - 1] ?? '')) add(at, at + 1, '', 'a comma before a dash');
      }
    }
    // `40 ° C`: a space between the degree sign and its unit, after a number.
    for (const at of occurrences(text, '° ')) {
      const unit = text[at + 2];
      const number = isDigit(text[at - 1]) || (text[at - 1] === ' ' && isDigit(text[at - 2]));
      if (number && (unit === 'C' || unit === 'F') && !isLetter(text[at + 3]) && !isDigit(text[at + 3])) {
        add(at + 1, at + 2, '', 'a space between the degree sign and its unit');
      }
    }
    return edits;
  },
};
