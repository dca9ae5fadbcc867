// Every rule, in priority order: when two rules propose overlapping edits in one pass, the earlier
// rule wins and the other is asked again on the next pass. Decoding comes first (later rules
// should see real characters), then whole-line removals (no point fixing a line that goes), then
// words, grammar and capitals, and spacing last (other rules create and consume spaces).
import type { Rule } from '../engine/types.js';
import { aAn } from './a-an.js';
import { boilerplate } from './boilerplate.js';
import { brokenWords } from './broken-words.js';
import { casing } from './casing.js';
import { countryArticle } from './country-article.js';
import { doubledWords } from './doubled-words.js';
import { duplicateLines } from './duplicate-lines.js';
import { entities } from './entities.js';
import { gluedWords } from './glued-words.js';
import { mojibake } from './mojibake.js';
import { nameConsistency } from './name-consistency.js';
import { nameNearMiss } from './name-near-miss.js';
import { lostLetters } from './lost-letters.js';
import { names } from './names.js';
import { numbers } from './numbers.js';
import { pronounAfterName } from './pronoun-after-name.js';
import { punctuation } from './punctuation.js';
import { quotes } from './quotes.js';
import { seeAlso } from './see-also.js';
import { strayTokens } from './stray-tokens.js';
import { untranslated } from './untranslated.js';
import { whitespace } from './whitespace.js';

export const RULES: readonly Rule[] = [
  entities,
  mojibake,
  boilerplate,
  seeAlso,
  duplicateLines,
  strayTokens,
  names,
  nameConsistency,
  nameNearMiss,
  lostLetters,
  quotes,
  gluedWords,
  brokenWords,
  untranslated,
  doubledWords,
  aAn,
  countryArticle,
  pronounAfterName,
  casing,
  numbers,
  punctuation,
  whitespace,
];
