// Every rule, in priority order: when two rules propose overlapping edits in one pass, the earlier
// rule wins and the other is asked again on the next pass. Whole-line removals come first (no
// point fixing a line that goes), spacing last (other rules create and consume spaces).
import type { Rule } from '../engine/types.js';
import { boilerplate } from './boilerplate.js';
import { casing } from './casing.js';
import { countryArticle } from './country-article.js';
import { gluedWords } from './glued-words.js';
import { names } from './names.js';
import { quotes } from './quotes.js';
import { seeAlso } from './see-also.js';
import { whitespace } from './whitespace.js';

export const RULES: readonly Rule[] = [
  boilerplate,
  seeAlso,
  names,
  quotes,
  gluedWords,
  countryArticle,
  casing,
  whitespace,
];
