// Words run together where scraping stripped a tag or a line break: `suppliesMilitary`,
// `TheUkraine`, `said.The`, `industries.”He`, `Ukraine,and`, `statementthat`, `Ferrowho`.
// Never touches real mixed-case words (iPhone, YouTube, McDonald's: src/data/mixed-case.json),
// code-like tokens, URLs, e-mail addresses, handles, hashtags, file names, abbreviations or numbers.
import type { Edit, Rule, RuleContext } from '../engine/types.js';
import { mixedCaseWords } from '../data/mixed-case.js';
import { isEnglishWord } from '../data/words.js';

const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}\p{M}'’@#._/\\-])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** A lower-case word glued to a capitalized one: `suppliesMilitary`, `promisesPedro`. */
const CAMEL = new RegExp(`${WORD_BEFORE}(\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})${WORD_AFTER}`, 'gu');

/**
 * First halves of one-hump code identifiers written in prose (`toString`, `getTime`, `onClick`,
 * `forEach`): glue from stripped markup joins a sentence's last word to the next one's first,
 * which is rarely one of these.
 */
const CODE_PREFIXES = new Set([
  'get', 'set', 'is', 'has', 'on', 'to', 'for', 'with', 'from', 'new', 'add', 'remove', 'create', 'update',
  'delete', 'handle', 'init', 'load', 'save', 'fetch', 'find', 'make', 'use', 'parse', 'read', 'write',
  'inner', 'outer', 'max', 'min', 'num', 'str', 'print', 'open', 'close', 'run', 'start', 'stop', 'can',
  'should', 'will', 'did', 'map', 'filter', 'reduce', 'sort', 'push', 'pop', 'append', 'insert',
]);

/** Capitalized function words that turn up glued to the next word: `TheUkraine`, `InRussia`. */
const FUNCTION_WORDS = [
  'The', 'A', 'An', 'In', 'Of', 'On', 'At', 'To', 'By', 'For', 'From', 'With', 'And', 'But', 'Or', 'As',
  'That', 'This', 'Its', 'His', 'Her', 'Their', 'Our', 'Into', 'Over', 'After', 'Before', 'About',
  'Against', 'During', 'Between', 'Under', 'Meanwhile', 'However', 'Also',
];
const FUNCTION_GLUE = new RegExp(`${WORD_BEFORE}(${FUNCTION_WORDS.join('|')})(\\p{Lu}\\p{Ll}{2,})${WORD_AFTER}`, 'gu');

/**
 * A sentence glued to the next: two lower-case letters, `.`/`!`/`?`, then a capitalized word or an
 * opening quote and one (`said.The`, `increase.“The`); or a closing quote after sentence
 * punctuation, then a capitalized word (`industries.”He`).
 */
const SENTENCE_GLUE = /(?<=\p{Ll}\p{Ll}[.!?])(?=\p{Lu}\p{Ll}|“\p{Lu})|(?<=\p{Ll}[.!?,][”’])(?=\p{Lu}\p{Ll})/gu;
/** A comma glued to the next word: `Ukraine,and`. */
const COMMA_GLUE = /(?<=\p{L}\p{Ll}),(?=\p{Ll}\p{Ll})/gu;

/** Lower-case words of six letters or more (the candidates for `statementthat`, `inthe`). */
const LOWER_WORD = new RegExp(`${WORD_BEFORE}\\p{Ll}{5,}${WORD_AFTER}`, 'gu');
/** A capitalized word that ends in a relative pronoun: `Ferrowho`, `Lucaswhich`. */
const NAME_GLUE = new RegExp(`${WORD_BEFORE}(\\p{Lu}\\p{Ll}{3,})(who|which|whose|whom|that)${WORD_AFTER}`, 'gu');
/** Short function words that scraping runs together: `inthe`, `ofthe`, `andthe`. */
const GLUE_WORDS = new Set([
  'the', 'that', 'who', 'which', 'and', 'of', 'in', 'to', 'for', 'with', 'from', 'on', 'at', 'by',
  'is', 'was', 'has', 'have', 'had', 'will', 'would', 'this', 'its',
]);
/**
 * Function words that may end a glued pair after an ordinary word (`statementthat`). Short ones
 * (in, on, to, is…) end too many real words missing from the word list (login, plugin) to count.
 */
const TRAILING_GLUE_WORDS = new Set([
  'the', 'that', 'who', 'which', 'whose', 'whom', 'and', 'this', 'these', 'those', 'with', 'from',
  'was', 'were', 'has', 'have', 'had', 'will', 'would',
]);

export const gluedWords: Rule = {
  id: 'glued-words',
  description: 'Split words and sentences run together where markup was stripped',
  category: 'spacing',
  leaves: 'mixed-case brands and names (iPhone, McDonald, YouTube), code, URLs, handles, file names, abbreviations',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const keep = mixedCaseWords();
    const split = (at: number, start: number, end: number, message: string, replacement = ' '): void => {
      if (!ctx.isProtected(start, end)) edits.push(ctx.insert(at, replacement, message));
    };
    for (const m of text.matchAll(CAMEL)) {
      const [token, left] = m as unknown as [string, string, string];
      if (keep.has(token) || keep.has(token.replace(/s$/, '')) || CODE_PREFIXES.has(left) || !isEnglishWord(left)) continue;
      split(m.index + left.length, m.index, m.index + token.length, 'a lower-case word glued to a capitalized one');
    }
    for (const m of text.matchAll(FUNCTION_GLUE)) {
      const [token, left] = m as unknown as [string, string, string];
      if (keep.has(token)) continue;
      split(m.index + left.length, m.index, m.index + token.length, `"${left}" glued to the next word`);
    }
    for (const m of text.matchAll(SENTENCE_GLUE)) {
      split(m.index, wordStart(text, m.index - 1), wordEnd(text, m.index), 'sentences run together');
    }
    for (const m of text.matchAll(COMMA_GLUE)) {
      split(m.index + 1, wordStart(text, m.index), wordEnd(text, m.index + 1), 'no space after a comma');
    }
    splitLowerGlue(text, ctx, edits);
    splitRunInHeadings(text, ctx, edits);
    return edits;
  },
};

/**
 * A numbered heading run into the paragraph before it: `… Archie and Lilibet. 2 Big Changes For
 * Harry and Meghan’s Kids` at the end of a line. Reading: sentence punctuation, a space, a number
 * of one or two digits, a space, a capital.
 */
const RUN_IN_HEADING = /(?<=[.!?]["”’]?) (?=\d{1,2} \p{Lu})/gu;
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'as']);

function splitRunInHeadings(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (const m of text.matchAll(RUN_IN_HEADING)) {
    const lineEnd = text.indexOf('\n', m.index);
    const heading = text.slice(m.index + 1, lineEnd < 0 ? text.length : lineEnd).trim();
    if (!isNumberedHeading(heading) || ctx.isProtected(m.index, m.index + 1)) continue;
    edits.push(ctx.replace(m.index, m.index + 1, '\n', 'a numbered heading run into the paragraph before it'));
  }
}

/** `2 Big Changes For Harry and Meghan’s Kids`: a number, then three to twelve title-case words to the line end. */
function isNumberedHeading(heading: string): boolean {
  const words = heading.split(' ').slice(1);
  if (words.length < 3 || words.length > 12 || /[.,;:]$|[.;:,] /.test(heading)) return false;
  const capitalized = words.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
  const small = words.filter((word) => HEADING_SMALL_WORDS.has(word)).length;
  return capitalized + small === words.length && capitalized >= words.length * 0.6;
}

/** `statementthat` → `statement that`, `Ferrowho` → `Ferro who`, when exactly one split is sure. */
function splitLowerGlue(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (const m of text.matchAll(LOWER_WORD)) {
    const token = m[0];
    if (!hasGlueWordEdge(token) || isEnglishWord(token)) continue;
    const at = uniqueSplit(token);
    if (at === undefined || ctx.isProtected(m.index, m.index + token.length)) continue;
    edits.push(ctx.insert(m.index + at, ' ', `"${token.slice(0, at)}" and "${token.slice(at)}" run together`));
  }
  for (const m of text.matchAll(NAME_GLUE)) {
    const [token, left, right] = m as unknown as [string, string, string];
    if (isEnglishWord(token) || isEnglishWord(left + right) || ctx.isProtected(m.index, m.index + token.length)) continue;
    edits.push(ctx.insert(m.index + left.length, ' ', `"${left}" and "${right}" run together`));
  }
}

function hasGlueWordEdge(token: string): boolean {
  for (let k = 2; k <= 5 && k < token.length; k++) {
    if (GLUE_WORDS.has(token.slice(0, k)) || TRAILING_GLUE_WORDS.has(token.slice(-k))) return true;
  }
  return false;
}

/**
 * The only place where the token splits into two function words (`inthe`) or an English word of
 * four letters or more and a trailing function word (`statementthat`), if there is one. A
 * function word followed by an ordinary word is not enough: `onsite`, `injun` are words.
 */
function uniqueSplit(token: string): number | undefined {
  let found: number | undefined;
  for (let at = 2; at <= token.length - 2; at++) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    const twoFunctionWords = GLUE_WORDS.has(left) && GLUE_WORDS.has(right);
    const wordAndFunctionWord = TRAILING_GLUE_WORDS.has(right) && left.length >= 4 && isEnglishWord(left);
    if (!twoFunctionWords && !wordAndFunctionWord) continue;
    if (found !== undefined) return undefined; // two readings: not sure
    found = at;
  }
  return found;
}

function wordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !/\s/.test(text[i - 1] as string)) i--;
  return i;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !/\s/.test(text[i] as string)) i++;
  return i;
}
