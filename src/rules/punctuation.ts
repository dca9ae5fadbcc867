// Marks doubled or stacked by translation and scraping: `end..`, `said,,`, `done.;`, `future.”.`,
// a comma before a dash (`for Ukraine, - Meloni`), and a degree sign spaced from its unit
// (`40 ° C`), and a possessive that lost its apostrophe (`Egypt s President`). An ellipsis, an abbreviation's full stop before other punctuation (`U.S.;`,
// `etc.,`) and code are left alone. Each pattern is found by its marks (a literal search) and
// only then checked around.
import type { Edit, Rule } from '../engine/types.js';
import { isDigit, isLetter, isLower } from '../text/chars.js';
import { occurrences } from '../text/scan.js';

const ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'vs', 'al', 'approx', 'dept', 'est']);

/** Words a lone "s" after them does not make possessive: articles and prepositions (`the s sound`, `an s`, `letter s`). */
const NOT_POSSESSED = new Set(['the', 'and', 'for', 'with', 'letter', 'plural', 'final', 'extra', 'capital', 'lowercase', 'uppercase', 'silent', 'its', 'his', 'her', 'their', 'our', 'your']);

/** The word of letters that ends right before `at` (after a space or a line start), or undefined. */
function wordBefore(text: string, at: number): string | undefined {
  let start = at;
  while (start > 0 && isLetter(text[start - 1])) start--;
  if (start === at || (start > 0 && !/[\s(“"]/.test(text[start - 1]!))) return undefined;
  return text.slice(start, at);
}

export const punctuation: Rule = {
  id: 'punctuation',
  description: 'Collapse doubled or stacked marks, join a degree sign to its unit, restore a lost possessive apostrophe',
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
    // `end..`: after a word of two lower-case letters or more, not an ellipsis.
    for (const at of occurrences(text, '..')) {
      if (isLower(text[at - 1]) && isLower(text[at - 2]) && text[at + 2] !== '.' && text[at + 2] !== '…' && text[at - 3] !== '.') {
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
