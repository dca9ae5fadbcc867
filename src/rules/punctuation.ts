// Marks doubled or stacked by translation and scraping: `end..`, `said,,`, `done.;`, a comma
// before a dash (`for Ukraine, - Meloni`), and a degree sign spaced from its unit (`40 ° C`). An ellipsis, an abbreviation's full stop before
// other punctuation (`U.S.;`, `etc.,`) and code are left alone.
import type { Edit, Rule } from '../engine/types.js';

/** Reading: a word of two letters or more, then `..` not part of an ellipsis. */
const DOUBLE_STOP = /(?<=\p{Ll}\p{Ll})\.\.(?![.…])/gu;
/** Two commas, or a comma and a full stop. */
const DOUBLE_COMMA = /(?<=[\p{L}\p{N}]),[,.](?![.,])/gu;
/** A full stop then a semicolon after a word of three letters or more (not `Inc.;`). */
const STOP_SEMICOLON = /(?<=(?<![\p{L}\p{N}])\p{Ll}{3,})\.;/gu;
/**
 * A full stop again after a closing quotation mark that follows one: `in the future.”.` (not
 * after an abbreviation or an ellipsis inside the quotation: `in the U.S.”.`, `wait...”.`).
 */
const STOP_AFTER_QUOTE = /(?<=\p{Ll}[.!?][”’"])\.(?!\.)/gu;
/** A comma before a spaced dash: `support for Ukraine, - Meloni`. */
const COMMA_DASH = /(?<=[\p{L}\p{N}.!?"”’)]),(?= [-–—] )/gu;
/** A degree sign with a space before its unit: `40 ° C`, `75° F`. */
const DEGREE = /(?<=\d ?°) (?=[CF](?![\p{L}\p{N}]))/gu;

const ABBREVIATIONS = new Set(['etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'vs', 'al', 'approx', 'dept', 'est']);

export const punctuation: Rule = {
  id: 'punctuation',
  description: 'Collapse doubled or stacked marks ("end..", "said,,", "done.;", ", -") and join a degree sign to its unit',
  category: 'punctuation',
  leaves: 'ellipses, abbreviations before punctuation (U.S.; etc.,), code',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const add = (start: number, end: number, replacement: string, message: string): void => {
      if (!ctx.isProtected(start, end)) edits.push(ctx.replace(start, end, replacement, message));
    };
    // Each pattern runs only where its marks occur at all.
    const scan = (marks: readonly string[], pattern: RegExp): Iterable<RegExpMatchArray> =>
      marks.some((mark) => text.includes(mark)) ? text.matchAll(pattern) : [];
    for (const m of scan(['..'], DOUBLE_STOP)) add(m.index!, m.index! + 2, '.', 'doubled full stop');
    for (const m of scan([',,', ',.'], DOUBLE_COMMA)) add(m.index!, m.index! + 2, m[0][1]!, `"${m[0]}": a stray comma`);
    for (const m of scan(['.;'], STOP_SEMICOLON)) {
      const word = text.slice(text.lastIndexOf(' ', m.index!) + 1, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      add(m.index!, m.index! + 1, '', 'a full stop before a semicolon');
    }
    for (const m of scan(['.”.', '.".', '!”.', '?”.', '.’.'], STOP_AFTER_QUOTE)) add(m.index!, m.index! + 1, '', 'a full stop after a quotation that already ended the sentence');
    for (const m of scan([', -', ', –', ', —'], COMMA_DASH)) add(m.index!, m.index! + 1, '', 'a comma before a dash');
    for (const m of scan(['°'], DEGREE)) add(m.index!, m.index! + 1, '', 'a space between the degree sign and its unit');
    return edits;
  },
};
