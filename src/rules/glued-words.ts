// Words run together where scraping stripped a tag or a line break: `suppliesMilitary`,
// `TheUkraine`, `said.The`, `2021.In`, `2023The`, `2022Russia`, `2014and`, `€300for`, `presidentI`,
// `said:The`, `Johnson.WME`, `industries.”He`,
// `Ukraine,and`, `(Paris)explains`, `statementthat`, `eurosand`, `thenew`, `Ferrowho`, `Scholzand`
// (a name the article or the lexicon vouches for, glued to a function word), and a
// numbered heading run into the paragraph before it. Two lower-case words are split when one is
// a function word and the frequencies make one split clearly best (src/text/word-split.ts). Never
// touches real mixed-case words (iPhone, McDonald's: src/data/mixed-case.json), code identifiers
// (postMessage, readyState, getElementById), web domains (site.Ru), URLs, e-mail addresses,
// handles, hashtags, file names, abbreviations, numbers with units (4G, 7Eleven), or words the
// word or frequency lists know (onsite, login, Zealand); never two nouns (blockchain, smartwatch).
import type { Edit, Rule, RuleContext } from '../engine/types.js';
import { isLetter, isLower, isUpper } from '../text/chars.js';
import { isWordCharAt } from '../text/scan.js';
import { DAYS_AND_MONTHS } from '../text/calendar.js';
import { WordFlag } from '../text/document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { CAPITALIZED_MID_SENTENCE, STANDALONE_WORDS, TIMES_WRITTEN } from '../text/facts.js';
import { AffixTable, lengthsBetween } from '../text/affixes.js';
import { bestSplit, isCommonOrInflected, isFormOfWord, isPrefixWord, leadingSplit, mayBestSplit, SURE_MARGIN } from '../text/word-split.js';

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
  'post', 'send', 'emit', 'dispatch', 'render', 'toggle', 'prevent', 'query', 'request', 'bind', 'key',
]);

/**
 * Second halves of DOM and library property names (`readyState`, `textContent`, `nodeName`,
 * `localStorage`, `fontSize`): a lower-case word glued to one of these is read as an identifier
 * quoted in prose, not as glue. News rarely runs a sentence into one of them.
 */
const CODE_HEADS = new Set([
  'State', 'Message', 'Content', 'Name', 'Node', 'Nodes', 'Code', 'Width', 'Height', 'Top', 'Left',
  'Right', 'Bottom', 'Storage', 'Child', 'Children', 'Sibling', 'Agent', 'Size', 'Color', 'Length',
  'Type', 'Index', 'Count', 'Value', 'Values', 'List', 'Text', 'Element', 'Elements', 'Event', 'Events',
  'Listener', 'Handler', 'Callback', 'Data', 'Item', 'Items', 'Key', 'Keys', 'String', 'Number',
  'Object', 'Array', 'Url', 'Path', 'File', 'Status', 'Error', 'Result', 'Response', 'Request',
  'Config', 'Options', 'Props', 'Style', 'Class', 'Attribute', 'Property', 'Buffer', 'Stream', 'Mode',
  'Offset', 'Position', 'Target', 'Selector', 'Timeout', 'Interval', 'Frame', 'Query', 'Html',
  // Abbreviations that name things only in code (rangeMax, thisArg, userId).
  'Max', 'Min', 'Id', 'Ids', 'Ref', 'Refs', 'Src', 'Arg', 'Args', 'Fn', 'Cb', 'Ctx', 'Obj', 'Val', 'Len',
  'Num', 'Str', 'Idx', 'Ptr', 'Buf', 'Msg', 'Err', 'Res', 'Req', 'Util', 'Utils', 'Impl', 'Info', 'Ms',
]);

/** Capitalized function words that turn up glued to the next word: `TheUkraine`, `InRussia`. */
const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'In', 'Of', 'On', 'At', 'To', 'By', 'For', 'From', 'With', 'And', 'But', 'Or', 'As',
  'That', 'This', 'Its', 'His', 'Her', 'Their', 'Our', 'Into', 'Over', 'After', 'Before', 'About',
  'Against', 'During', 'Between', 'Under', 'Meanwhile', 'However', 'Also',
]);

/** Short function words that scraping runs together: `inthe`, `ofthe`, `andthe`. */
const GLUE_WORDS = new Set([
  'the', 'that', 'who', 'which', 'and', 'of', 'in', 'to', 'for', 'with', 'from', 'on', 'at', 'by',
  'is', 'was', 'has', 'have', 'had', 'will', 'would', 'this', 'its',
]);
/**
 * What may follow an ordinary word it was glued to (`statementthat`, `easybut`,
 * `governmenttakes`): function words and verbs of reporting. Short function words (in, on, to,
 * is…) end too many real words missing from the word list (login, plugin) to count, and nouns
 * never do (blockchain, smartwatch are compounds).
 */
const TRAILING_WORDS = new Set([
  'the', 'that', 'who', 'which', 'whose', 'whom', 'and', 'but', 'also', 'this', 'these', 'those', 'with',
  'from', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'where', 'when', 'while', 'because',
  'after', 'before', 'during', 'against', 'without', 'since', 'until', 'than', 'then', 'there', 'their',
  'said', 'says', 'told', 'added', 'explained', 'stressed', 'noted', 'insisted', 'warned', 'announced',
  'assured', 'assuring', 'declared', 'confirmed', 'takes', 'took',
]);
/**
 * What may follow a name it was glued to (`Ferrowho`, `Sanchezhas`, `Romealso`). Not "of": too
 * many surnames end with it (Schoof).
 */
const AFTER_NAME = new Set([
  'who', 'which', 'whose', 'whom', 'that', 'has', 'had', 'have', 'was', 'were', 'also', 'will', 'would', 'said', 'says',
]);

/**
 * A lower-case letter right before a capital: inside `suppliesMilitary` or `TheUkraine`. The
 * classes take every letter beyond ASCII and each match is checked: a Unicode property class at
 * the start of a pattern makes the engine test every offset slowly.
 */
const CASE_CHANGE = /[a-z\u00df-\uffff][A-Z\u00c0-\uffff]/g;
/** Sentence punctuation right before a capital or an opening quote and a capital. */
const STOP_BEFORE_CAPITAL = /[.!?](?=\p{Lu}|“\p{Lu})/gu;
/** A closing quote right before a capitalized word: `industries.”He`. */
const QUOTE_BEFORE_CAPITAL = /[”’](?=\p{Lu}\p{Ll})/gu;
/** A digit right before a capital and a lower-case letter: `2023The`, `2024He` (each match is checked: not 7Eleven, 1Password). */
const DIGIT_BEFORE_CAPITAL = /\d(?=\p{Lu}\p{Ll})/gu;
/**
 * A number right before a function word that no unit or ordinal is (`2014and`, `€300for`,
 * `10:30in`): not `5km`, `10am`, `2nd`, `1990s`, `4x4`. Each match is checked for a word end.
 */
const DIGIT_BEFORE_WORD = /\d(and|for|the|with|from|was|were|when|which|who|after|before|in|should|would|could|will|has|have|had|are|is)(?![\p{L}\p{N}])/gu;
/**
 * A lower-case letter right before the pronoun "I" or the article "A" standing alone and then a
 * lower-case word: `presidentI think`, `the warA new phase` (the word before is checked to be one).
 */
const WORD_BEFORE_PRONOUN = /[IA](?= \p{Ll})/gu;
/** A colon right before a capital and a lower-case letter: `said:The` (not times or verses: digits). */
const COLON_BEFORE_CAPITAL = /:(?=\p{Lu}\p{Ll})/gu;
/**
 * Endings of web addresses that are words or look like capitalized ones (`site.Ru`, `Name.Com`,
 * `portal.Info`): after one, a dot ends no sentence.
 */
const GENERIC_DOMAINS = new Set([
  'com', 'net', 'org', 'info', 'gov', 'edu', 'biz', 'news', 'online', 'media', 'site', 'app', 'dev',
  'blog', 'shop', 'store', 'club', 'live', 'world', 'space', 'tech', 'mobi', 'name', 'pro', 'travel',
]);
/** A comma right before two lower-case letters: `Ukraine,and`. */
const COMMA_BEFORE_WORD = /,(?=\p{Ll}\p{Ll})/gu;
/** A closing bracket right before a lower-case word: `(Paris)explains`. */
const BRACKET_BEFORE_WORD = /\)(?=\p{Ll}\p{Ll})/gu;
const ALL_LOWER = /^\p{Ll}+$/u;
/** How far back the opening bracket of `(Paris)explains` is looked for: a long aside, some fifty words. */
const MAX_BRACKETED = 300;

export const gluedWords: Rule = {
  id: 'glued-words',
  description: 'Split words and sentences run together where markup was stripped',
  category: 'spacing',
  scope: 'paragraph',
  leaves: 'mixed-case brands and names (iPhone, McDonald, YouTube, easyJet), code identifiers (toString, onClick, postMessage, readyState), compounds and forms the word list lacks (blockchain, onsite, plugin, overassured), web domains (site.Ru), URLs, handles, file names, abbreviations, numbers and codes (4G, 7Eleven, COVID19), times and verses (10:30, 1:1)',
  examples: [
    ['arms suppliesMilitary equipment', 'arms supplies Military equipment'],
    ['He said.The war', 'He said. The war'],
    ['Ukraine,and Russia', 'Ukraine, and Russia'],
    ['inthe city', 'in the city'],
    ['paid 50 eurosand left', 'paid 50 euros and left'],
    ['In 2023The war began', 'In 2023 The war began'],
    ['He said:The war', 'He said: The war'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const split = (at: number, start: number, end: number, message: string): void => {
      if (!ctx.isProtected(start, end)) edits.push(ctx.insert(at, ' ', message));
    };
    const alone = (word: string): boolean => ctx.fact(STANDALONE_WORDS, word);
    splitCaseChanges(text, ctx, alone, split);
    splitAcronymGlue(text, ctx, split);
    // Each loop asks for the words around its matches in order, so a long token is read once.
    let words = wordFinder(text);
    for (let at = nextMatchAt(STOP_BEFORE_CAPITAL, text, 0, 1); at >= 0; at = nextMatchAt(STOP_BEFORE_CAPITAL, text, at + 1, 1)) {
      if (isSentenceEnd(text, at) && isSentenceStart(text, at + 1) && !isDomainEnding(text, at + 1) && !isMemberConstant(text, at, ctx.lexicon)) {
        split(at + 1, ...words(at), 'sentences run together');
      } else if (text[at] === '.' && isInitialsEnding(text, at)) {
        const name = capitalizedWordAt(text, at + 1);
        // A name, not a word that starts a sentence (`I.Nothing strange`): a surname, or no English word.
        const person = name !== undefined && (ctx.lexicon.people.surnames.has(name) || (!ctx.lexicon.isWord(name.toLowerCase()) && (isKnownName(name, ctx) || alone(name))));
        if (name !== undefined && name.length >= 3 && person) {
          split(at + 1, ...words(at), `initials glued to the name "${name}"`);
        }
      }
    }
    splitCaptionCredits(text, ctx, edits);
    words = wordFinder(text);
    for (let at = nextMatchAt(QUOTE_BEFORE_CAPITAL, text, 0, 1); at >= 0; at = nextMatchAt(QUOTE_BEFORE_CAPITAL, text, at + 1, 1)) {
      if (/[\p{Ll}\d][.!?,]$/u.test(text.slice(Math.max(0, at - 2), at))) {
        split(at + 1, ...words(at), 'sentences run together');
      } else if (text[at] === '”' && isLetter(text[at - 1]) && closesQuotation(text, at)) {
        split(at + 1, ...words(at), 'a closing quotation mark glued to the next word');
      }
    }
    words = wordFinder(text);
    for (let at = nextMatchAt(DIGIT_BEFORE_CAPITAL, text, 0, 1); at >= 0; at = nextMatchAt(DIGIT_BEFORE_CAPITAL, text, at + 1, 1)) {
      const right = capitalizedWordAt(text, at + 1);
      if (right === undefined || !isNumberStart(text, at)) continue;
      if (STARTERS.has(right)) {
        split(at + 1, ...words(at), `a sentence starting "${right}" glued to the number before`);
      } else if (isYearEnding(text, at) && (isKnownName(right, ctx) || alone(right))) {
        split(at + 1, ...words(at), `the name "${right}" glued to the year before`);
      }
    }
    words = wordFinder(text);
    for (const m of text.matchAll(DIGIT_BEFORE_WORD)) {
      const right = m[1]!;
      // `in` after a plain number is a unit (a 55in screen): only after a year or a time.
      if (isWordCharAt(text, m.index + 1 + right.length)) continue;
      const time = isTimeEnding(text, m.index);
      if (!time && !isNumberStart(text, m.index) && !isCodeNumberEnding(text, m.index)) continue;
      if (right === 'in' && !time && !isYearEnding(text, m.index)) continue;
      split(m.index + 1, ...words(m.index), `the number and "${right}" run together`);
    }
    words = wordFinder(text);
    for (let at = nextMatchAt(WORD_BEFORE_PRONOUN, text, 0, 1); at >= 0; at = nextMatchAt(WORD_BEFORE_PRONOUN, text, at + 1, 1)) {
      if (!isLower(text[at - 1])) continue;
      const start = tokenStart(text, at);
      const left = text.slice(start, at);
      // A lower-case word, or a capitalized one (`for RecordI want`), that is an English word.
      if (left.length < 3 || !/^\p{Lu}?\p{Ll}+$/u.test(left) || /[@#._/\\'’-]/.test(text[start - 1] ?? '') || !ctx.lexicon.isWord(left.toLowerCase())) continue;
      split(at, ...words(at), `"${left}" and "${text[at]}" run together`);
    }
    words = wordFinder(text);
    for (let at = nextMatchAt(COLON_BEFORE_CAPITAL, text, 0, 1); at >= 0; at = nextMatchAt(COLON_BEFORE_CAPITAL, text, at + 1, 1)) {
      const right = capitalizedWordAt(text, at + 1);
      if (right !== undefined && isWordBeforeColon(text, at, ctx.lexicon) && (STARTERS.has(right) || isKnownName(right, ctx))) {
        split(at + 1, ...words(at), 'no space after a colon');
      }
    }
    words = wordFinder(text);
    for (let at = nextMatchAt(COMMA_BEFORE_WORD, text, 0, 1); at >= 0; at = nextMatchAt(COMMA_BEFORE_WORD, text, at + 1, 1)) {
      if (isLower(text[at - 1]) && /\p{L}/u.test(text[at - 2] ?? '')) {
        split(at + 1, ...words(at), 'no space after a comma');
      }
    }
    words = wordFinder(text);
    for (let at = nextMatchAt(BRACKET_BEFORE_WORD, text, 0, 1); at >= 0; at = nextMatchAt(BRACKET_BEFORE_WORD, text, at + 1, 1)) {
      // The opening bracket is looked for close by only (a bracket without one would search the
      // text), and in the same paragraph: one opened in another paragraph does not pair with it.
      const from = Math.max(0, at - MAX_BRACKETED);
      const before = text.slice(from, at);
      const near = before.lastIndexOf('(') > before.lastIndexOf('\n\n') ? before.lastIndexOf('(') : -1;
      const open = near < 0 ? -1 : from + near;
      const inside = open < 0 ? '' : text.slice(open + 1, at);
      // `(Paris)explains`, not `citizen(s)`, `(s)he` or `f(x)dx`.
      if (inside.length >= 3 && /\p{Lu}|\d/u.test(inside) && !inside.includes(' (')) {
        split(at + 1, open, words(at + 1)[1], 'no space after a closing bracket');
      }
    }
    splitLowerGlue(text, ctx, alone, edits);
    splitNameGlue(text, ctx, alone, edits);
    splitRunInHeadings(text, ctx, edits);
    return edits;
  },
};

/** `suppliesMilitary` → `supplies Military`, `TheUkraine` → `The Ukraine`: one case change in a word. */
function splitCaseChanges(
  text: string,
  ctx: RuleContext,
  standsAlone: (word: string) => boolean,
  split: (at: number, start: number, end: number, message: string) => void,
): void {
  const keep = ctx.lexicon.mixedCaseWords;
  let after = 0;
  for (let change = nextMatchAt(CASE_CHANGE, text, 0, 2); change >= 0; change = nextMatchAt(CASE_CHANGE, text, change + 2, 2)) {
    if (change < after || caseOf(text.charCodeAt(change)) !== LOWER || caseOf(text.charCodeAt(change + 1)) !== UPPER) continue;
    const start = tokenStart(text, change);
    const end = tokenEnd(text, change + 1);
    after = end;
    const attached = isAttachedCode(text.charCodeAt(start - 1)); // a handle, a hashtag, a path, a possessive
    const token = text.slice(start, end);
    const at = change + 1 - start;
    const left = token.slice(0, at);
    const right = token.slice(at);
    if (keep.has(token) || keep.has(token.replace(/s$/, ''))) continue;
    if (isLower(token[0]) && hasSecondHump(token, at)) continue; // addEventListener, getElementById: code
    const named = (): boolean => isKnownName(left, ctx) || standsAlone(left);
    if (SENTENCE_STARTERS.has(right) && isWordBeforeStarter(left, right, named, ctx.lexicon) && (!attached || isHyphenatedName(text, start))) {
      split(start + at, start, end, `a sentence starting "${right}" glued to the word before`);
      continue;
    }
    if (!attached && NAME_GLUE_LEFT.has(left) && !CODE_HEADS.has(right) && !isUsedAsCode(text, end)) {
      const name = nameStartingAt(text, start + at, right, ctx);
      if (name !== undefined && !isAboutCode(text, start, end, false)) {
        split(start + at, start, end, `"${left}" and the name "${name}" run together`);
        continue;
      }
    }
    if (attached || !/^\p{Lu}\p{Ll}{2,}$/u.test(right)) continue;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(left) && !FUNCTION_WORDS.has(left)) {
      const name = nameOfTwoParts(text, start, left, right, ctx);
      if (name !== undefined) {
        split(start + at, start, end, `two words of the name "${name}" run together`);
        continue;
      }
      const head = gluedHead(text, start + at, right, ctx.lexicon);
      if (head !== undefined && (ctx.lexicon.isWord(left.toLowerCase()) || named())) {
        split(start + at, start, end, `"${left}" and ${head} run together`);
      }
      continue;
    }
    if (/^\p{Ll}{2,}$/u.test(left)) {
      if (CODE_PREFIXES.has(left) || CODE_HEADS.has(right) || !ctx.lexicon.isWord(left)) continue;
      const endsSentence = (): boolean => hasPhraseBefore(text, start, ctx.lexicon) && !isAboutCode(text, start, end);
      const named = (): boolean => (!ctx.lexicon.isWord(right.toLowerCase()) && standsAlone(right)) || startsLongerName(text, start, end);
      if (isUsedAsCode(text, end) || !(isGlueNotIdentifier(left, right, ctx, endsSentence) || named())) continue;
      split(start + at, start, end, 'a lower-case word glued to a capitalized one');
    } else if (FUNCTION_WORDS.has(left) && ctx.fact(TIMES_WRITTEN, token) < 2) {
      // A glued name the article writes twice (`InQueensland`) is its own spelling.
      split(start + at, start, end, `"${left}" glued to the next word`);
    }
  }
}

/**
 * Prepositions and conjunctions that run into a name after them where a tag was stripped
 * (`withHo Chi Minh City`, `onCOVID-19`, `fromRussia`). Some also start code identifiers
 * (onClick, toString, withRouter): the name must be one the lexicon or the article vouches for.
 */
const NAME_GLUE_LEFT = new Set(['with', 'on', 'to', 'for', 'from', 'in', 'at', 'by', 'of', 'and', 'the', 'against', 'about', 'amid', 'between', 'across', 'into']);

/** Capitalized words in a row from `at` (up to four): `Ho Chi Minh City`. */
const NAME_WORDS = /\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}/uy;

/**
 * The name that starts at `at` with the capitalized or all-capital `right`, if the lexicon or the
 * article vouches for it: an acronym the lexicon knows or the article writes alone (`COVID`), a
 * country, a large place, a known person's surname or first name, or a name of several words
 * that the lexicon knows or the article writes elsewhere as one (`Ho Chi Minh City`).
 */
function nameStartingAt(text: string, at: number, right: string, ctx: RuleContext): string | undefined {
  const lexicon = ctx.lexicon;
  if (/^\p{Lu}{3,}$/u.test(right)) {
    return lexicon.acronym(right) !== undefined || ctx.fact(TIMES_WRITTEN, right) > 0 ? right : undefined;
  }
  NAME_WORDS.lastIndex = at;
  const words = NAME_WORDS.exec(text)?.[0].split(' ') ?? [right];
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (lexicon.isPlace(name) || lexicon.city(name) || lexicon.isRegion(name) || lexicon.country(name) || lexicon.people.fullNames.has(name) || ctx.fact(TIMES_WRITTEN, name) > 0) return name;
  }
  if (right.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(right)) return undefined;
  if (lexicon.isPlace(right) || lexicon.country(right)) return right;
  const people = lexicon.people;
  return (people.surnames.has(right) || people.firstNames.has(right)) && !lexicon.isWord(right.toLowerCase()) ? right : undefined;
}

/**
 * The known person's name that two capitalized words glued into one make (`Pham MinhChinh`):
 * `left right`, or with the word before, is a full name of the lexicon's people.
 */
function nameOfTwoParts(text: string, start: number, left: string, right: string, ctx: RuleContext): string | undefined {
  const fullNames = ctx.lexicon.people.fullNames;
  const two = `${left} ${right}`;
  if (fullNames.has(two)) return two;
  if (text[start - 1] !== ' ') return undefined;
  const before = /\p{Lu}[\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, start - 31), start - 1))?.[0];
  const three = before === undefined ? undefined : `${before} ${two}`;
  return three !== undefined && fullNames.has(three) ? three : undefined;
}

/**
 * Words that open a clause and end no name or compound (`SheinbaumDuring the morning`,
 * `DAZNHowever, he`): only with a space or a comma after them. Not After, Since, Today or Later,
 * which end names of things (DayAfter, IndiaToday).
 */
const CLAUSE_HEADS = new Set([
  'During', 'However', 'According', 'Meanwhile', 'Although', 'Despite', 'Following', 'Moreover',
  'Furthermore', 'Nevertheless', 'Therefore', 'Instead', 'The', 'This', 'These', 'There', 'They', 'She',
]);

/**
 * What the capitalized `right` at `at` opens, if it is the head of a clause or of an office title
 * the lexicon knows (`StatesMinister of the Navy`, `CorridorVice Admiral`): a description for the
 * message, or undefined. A title must be written out whole after the glue, and go on as a title
 * does: with "of" or a capitalized name.
 */
function gluedHead(text: string, at: number, right: string, lexicon: Lexicon): string | undefined {
  const next = text[at + right.length];
  if (CLAUSE_HEADS.has(right)) return next === ' ' || next === ',' ? `"${right}"` : undefined;
  for (const title of titlesByFirstWord(lexicon).get(right) ?? []) {
    if (text.startsWith(title, at) && TITLE_GOES_ON.test(text.slice(at + title.length, at + title.length + 4))) return `the title "${title}"`;
  }
  return undefined;
}

/** What follows a title: "of", or a capitalized word (`Minister of the Navy`, `Vice Admiral José`). */
const TITLE_GOES_ON = /^ (?:of |\p{Lu})/u;

const titleIndexes = new WeakMap<Lexicon, Map<string, string[]>>();

/** The lexicon's titles (`Prime Minister`, `Vice Admiral`) by their first word, longest first. */
function titlesByFirstWord(lexicon: Lexicon): Map<string, string[]> {
  let index = titleIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const title of [...lexicon.titles].sort((a, b) => b.length - a.length)) {
      const first = title.split(/[\s-]/)[0]!;
      index.set(first, [...(index.get(first) ?? []), title]);
    }
    titleIndexes.set(lexicon, index);
  }
  return index;
}

/**
 * `DAZNHowever, he` → `DAZN However`: an acronym glued to a word that opens a clause or a title.
 * Read off the scan's words: a capitalized word whose second letter is a capital too.
 */
function splitAcronymGlue(text: string, ctx: RuleContext, split: (at: number, start: number, end: number, message: string) => void): void {
  const { starts, ends, flags, count } = ctx.words();
  for (let w = 0; w < count; w++) {
    const shape = flags[w]!;
    if ((shape & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.LowerThenUpper | WordFlag.Digit | WordFlag.Apostrophe)) !== WordFlag.Capitalized) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    if (end - start < 5 || !isUpper(text[start + 1]) || /[@#._/\\'’-]/.test(text[start - 1] ?? '')) continue;
    let lower = start + 2;
    while (lower < end && isUpper(text[lower])) lower++;
    const at = lower - 1; // the capital that starts the glued word
    if (at - start < 2 || lower >= end) continue;
    const token = text.slice(start, end);
    const right = text.slice(at, end);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(right) || !/^\p{Lu}+$/u.test(text.slice(start, at)) || ctx.lexicon.isMixedCase(token)) continue;
    const head = gluedHead(text, at, right, ctx.lexicon);
    if (head !== undefined) split(at, start, end, `"${text.slice(start, at)}" and ${head} run together`);
  }
}

/**
 * A lower-case word and a capitalized one in one token are glue (`suppliesMilitary`,
 * `promisesPedro`, `theBritish`) or a one-hump identifier quoted in prose (`postMessage`,
 * `aspectRatio`, `backdropFilter`): the same shape. Glue joins the end of one phrase to the start
 * of the next, so one side says where it broke; an identifier names one thing with two words that
 * go together, neither of which does. Glue, when:
 *   the left word is a function word or a verb of reporting that ends a phrase (`theBritish`,
 *   `saidSunday`, `andMexico`);
 *   the right word starts sentences and names nothing: a pronoun, a determiner, a conjunction, a
 *   number (`holidaysSince`, `effectShe`, `materialsFour`); not a preposition, which ends many
 *   method names (indexOf, copyTo, startsWith, createdAt, insertBefore);
 *   the right word is a name: a person's, a place's, a country's or its people's, a day or a month
 *   (`promisesPedro`, `leftEcuador`, `multipleRussian`), or one the article capitalizes in
 *   mid-sentence elsewhere;
 *   (or, said by the caller: the right word is no English word and stands alone in the article,
 *   `counterpartSergey`; or it starts a name of several words, `formerSoviet Union`);
 *   the left word is a plural ending a phrase begun before it, nothing on its line is code, and
 *   the right word is no participle (`arms suppliesMilitary equipment`; not `responsesReceived`,
 *   `bytesSent`, `the delegatesFocus attribute`, `windowsHide` opening a line).
 */
function isGlueNotIdentifier(left: string, right: string, ctx: RuleContext, endsSentence: () => boolean): boolean {
  if (GLUE_LEFT_WORDS.has(left) || OPENING_WORDS.has(right)) return true;
  const lexicon = ctx.lexicon;
  const lower = right.toLowerCase();
  const people = lexicon.people;
  if (people.firstNames.has(right) || people.surnames.has(right) || lexicon.isPlace(right) || lexicon.country(right) || lexicon.countryOfDemonym(right)) return true;
  if (DAYS_AND_MONTHS.includes(lower) || (people.knownWords.has(right) && !lexicon.isWord(lower))) return true;
  if (ctx.fact(CAPITALIZED_MID_SENTENCE, lower) > 0) return true;
  return isPlural(left, lexicon) && !isParticiple(right) && endsSentence();
}

/** Words that end a phrase and are never the first half of an identifier. */
const GLUE_LEFT_WORDS = new Set([
  'the', 'and', 'but', 'that', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'than', 'into',
  'said', 'says', 'told', 'including', 'against', 'between', 'during', 'among', 'within', 'without',
]);

/** Capitalized words that open sentences and name nothing (see isGlueNotIdentifier). */
const OPENING_WORDS = new Set([
  'The', 'This', 'These', 'Those', 'That', 'There', 'Their', 'His', 'Her', 'Its', 'Our', 'We', 'They', 'He',
  'She', 'It', 'You', 'But', 'And', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Nevertheless',
  'Nonetheless', 'Indeed', 'Obviously', 'Instead', 'Today', 'Yesterday', 'Tomorrow', 'Since', 'While', 'When',
  'Although', 'Though', 'Because', 'Despite', 'During', 'Through', 'Throughout', 'According', 'Earlier',
  'Later', 'Also', 'Several', 'Every', 'Such', 'What', 'Who', 'Which', 'Why', 'Two', 'Three', 'Four', 'Five',
  'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Additionally', 'Besides', 'Overall', 'Presently', 'Currently',
  'Finally', 'Thus', 'Therefore', 'Hence', 'Otherwise', 'Recently', 'Previously', 'Subsequently',
  'Consequently', 'Accordingly', 'Elsewhere', 'Unfortunately', 'Fortunately', 'Notably', 'Similarly',
  'Likewise', 'Separately', 'Apparently', 'Clearly', 'Perhaps', 'Here',
]);

/**
 * `supplies` (of supply), `decisions`: a plural, its stem a word. (A past form, `selectedTrack`,
 * `elapsedTime`, is how identifiers name state: not enough.)
 */
function isPlural(word: string, lexicon: Lexicon): boolean {
  if (!word.endsWith('s') || word.endsWith('ss') || word.length < 5) return false;
  const stem = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return lexicon.isWord(stem) || (word.endsWith('es') && lexicon.isWord(word.slice(0, -2)));
}

/** Past participles (regular and common irregular) and -ing forms: the second half of `bytesSent`, `framesDecoded`. */
const IRREGULAR_PARTICIPLES = new Set(['Sent', 'Lost', 'Read', 'Held', 'Made', 'Done', 'Seen', 'Taken', 'Given', 'Found', 'Shown', 'Written', 'Known', 'Built', 'Set', 'Run', 'Left', 'Kept', 'Hit', 'Put']);
function isParticiple(word: string): boolean {
  return /(?:ed|ing)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

/**
 * Whether the capitalized half of the token at `[start, end)` starts a name of several words, in a
 * line of prose: a capitalized word follows, a lower-case one comes before (`the formerSoviet
 * Union`, `said caretakerPrime Minister`; not a title-case headline).
 */
function startsLongerName(text: string, start: number, end: number): boolean {
  if (!/^ \p{Lu}\p{Ll}+/u.test(text.slice(end, end + 3))) return false;
  return /(?:^|\s)\p{Ll}+[,;:]? $/u.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Whether the dot at `dot` joins a module or object and a constant (`sp.PIPE`, `re.IGNORECASE`):
 * a name in lower case that is no English word (or of two letters), then capitals to the word's end.
 */
function isMemberConstant(text: string, dot: number, lexicon: Lexicon): boolean {
  if (!/^[A-Z][A-Z0-9_]+(?![\p{L}\p{N}])/u.test(text.slice(dot + 1, dot + 40))) return false;
  const left = /(?:^|[^\w.])([a-z][a-z0-9_]*)$/.exec(text.slice(Math.max(0, dot - 30), dot))?.[1];
  return left !== undefined && (left.length <= 2 || !lexicon.isWord(left));
}

/**
 * Whether a phrase runs into the token at `start`: a lower-case English word of content (not a
 * function word) right before it, after one space (`arms suppliesMilitary`).
 */
function hasPhraseBefore(text: string, start: number, lexicon: Lexicon): boolean {
  if (text[start - 1] !== ' ') return false;
  const word = /(?:^|[\s(“"])(\p{Ll}{3,})$/u.exec(text.slice(Math.max(0, start - 31), start - 1))?.[1];
  return word !== undefined && !GLUE_WORDS.has(word) && !HEADING_SMALL_WORDS.has(word) && !CODE_CUES.has(word) && lexicon.isWord(word);
}

/**
 * Words that, next to a token, say it is a name in code: `the playsInline attribute`, `call
 * delegatesFocus`, `it uses windowsHide`.
 */
const CODE_CUES = new Set([
  'method', 'methods', 'function', 'functions', 'property', 'properties', 'attribute', 'attributes', 'field',
  'fields', 'parameter', 'parameters', 'argument', 'arguments', 'option', 'options', 'event', 'events',
  'callback', 'variable', 'variables', 'flag', 'flags', 'key', 'keys', 'setting', 'settings', 'api', 'hook',
  'module', 'class', 'object', 'interface', 'type', 'getter', 'setter', 'handler', 'listener', 'prop', 'props',
  'call', 'calls', 'called', 'calling', 'use', 'uses', 'using', 'set', 'sets', 'read', 'reads', 'pass', 'passes',
  'return', 'returns', 'invoke', 'invokes', 'enable', 'enables', 'disable', 'disables', 'check', 'checks',
  'define', 'defines', 'import', 'imports', 'export', 'exports', 'override', 'overrides', 'implement', 'implements',
]);

/**
 * Whether the token at `[start, end)` stands among code: a cue word on either side, or on its
 * line an inline code mark, an empty call, braces or another identifier (`foo_bar`, `fooBar`).
 */
function isAboutCode(text: string, start: number, end: number, humps = true): boolean {
  const before = /(\p{L}+)\W{0,2}$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^\W{0,2}(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  if ((before && CODE_CUES.has(before.toLowerCase())) || (after && CODE_CUES.has(after.toLowerCase()))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(Math.max(lineStart, start - MAX_LINE_LOOK), Math.min(lineEnd < 0 ? text.length : lineEnd, end + MAX_LINE_LOOK));
  const others = line.replace(text.slice(start, end), ' ');
  // Another one-hump word on the line is code only when the name is not vouched for: glue of a
  // name comes several to a paragraph (`withHo Chi Minh City … onCOVID-19`).
  return (humps ? /[`{}]|\(\)|\w_\w|\b[a-z]+[A-Z]\w*/ : /[`{}]|\(\)|\w_\w/).test(others);
}

/** How far on either side of a token its line is read for code (a long paragraph is one line). */
const MAX_LINE_LOOK = 200;

/**
 * Whether what follows the token shows it is code: a call, a member, an index or an assignment
 * (`postMessage(`, `fooBar.baz`, `itemList[0]`, `maxValue=`).
 */
function isUsedAsCode(text: string, end: number): boolean {
  const next = text[end];
  return next === '(' || next === '[' || next === '=' || (next === '.' && /[A-Za-z_$]/.test(text[end + 1] ?? ''));
}

/** Whether a lower-case letter is followed by a capital again after `at` in `token`: a second hump of a camelCase identifier. */
function hasSecondHump(token: string, at: number): boolean {
  for (let i = at + 1; i < token.length - 1; i++) if (isLower(token[i]) && isUpper(token[i + 1])) return true;
  return false;
}

/**
 * Words that start sentences and almost never end a word written in one piece: `corridorsHe
 * promises`, `İstanbulIt was learned`, `StefanescuThe Sepsi player`. Not In, On, At: LinkedIn,
 * CheckIn, AddOn are names of things.
 */
const SENTENCE_STARTERS = new Set([
  'He', 'She', 'It', 'We', 'They', 'The', 'This', 'These', 'Those', 'There', 'Today', 'Yesterday',
  'Meanwhile', 'However', 'According', 'Despite', 'Although', 'Earlier', 'Later',
]);

/**
 * What may come before a glued sentence starter: an English word in lower case (`corridors`), or a
 * capitalized name of four letters or more (`Stefanescu`, `İstanbul`). Before a two-letter
 * starter (He, It, We) the name must be known or stand alone elsewhere in the text.
 */
function isWordBeforeStarter(left: string, right: string, named: () => boolean, lexicon: Lexicon): boolean {
  if (/^\p{Ll}{3,}$/u.test(left)) return !CODE_PREFIXES.has(left) && lexicon.isWord(left);
  return /^\p{Lu}\p{Ll}{3,}$/u.test(left) && (right.length > 2 || named());
}

/** Whether the token at `start` is the last part of a hyphenated name: `Al-Sabahi`, `Jean-Pierre`. */
function isHyphenatedName(text: string, start: number): boolean {
  return text[start - 1] === '-' && /(?:^|\s)\p{Lu}\p{Ll}*-$/u.test(text.slice(Math.max(0, start - 20), start));
}

/** Capitalized words that start a sentence run into a number or a colon: `2023The`, `said:In`. */
const STARTERS: ReadonlySet<string> = new Set([...SENTENCE_STARTERS, ...FUNCTION_WORDS]);

/** The capitalized word (a capital, then lower-case letters) at `at` when it ends there, as at a word's end: `The` in `2023The war`. */
function capitalizedWordAt(text: string, at: number): string | undefined {
  const end = tokenEnd(text, at);
  if (isDigitChar(text[end]) || text[end] === '_') return undefined;
  const word = text.slice(at, end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? word : undefined;
}

/** Whether the digits ending at `at` are a number of their own: after a space, a bracket or a quote, not inside a code (`COVID19`, `A4`). */
function isNumberStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isDigitChar(text[i - 1])) i--;
  return i === 0 || /[\s(“"'$€£¥₽]/.test(text[i - 1]!);
}

/** Whether the full stop at `dot` ends initials standing alone: `R.T.` in `R.T.Erdogan`, `J.` in `J.Biden`. */
function isInitialsEnding(text: string, dot: number): boolean {
  const initials = /(?:^|[\s(“"])((?:\p{Lu}\.){0,2}\p{Lu})$/u.exec(text.slice(Math.max(0, dot - 7), dot))?.[1];
  return initials !== undefined && initials !== 'I'; // the pronoun: `I.Nothing strange`
}

/**
 * A photo or source credit in brackets ending a caption, and the article's first sentence run on
 * after it on the same line: `Prime Minister Pham Minh Chinh (Photo: VNA) With the spirit of…`.
 * The label opens the bracket; a capitalized word and more words follow; the caption before it
 * does not end a sentence.
 */
const CAPTION_CREDIT = /\((?:Photo|Photos|Source|Image|Credit|Video|File photo|Illustration)s?: [^()\n]{1,60}\)(?= \p{Lu}\p{Ll}* \p{Ll})/gu;

const MAX_CAPTION_WORDS = 12;

function splitCaptionCredits(text: string, ctx: RuleContext, edits: Edit[]): void {
  if (!text.includes(': ')) return;
  for (const m of text.matchAll(CAPTION_CREDIT)) {
    const space = m.index + m[0].length;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const caption = text.slice(lineStart, m.index).trimEnd();
    // A short caption (a name, a scene), not a sentence that quotes its source in brackets.
    if (caption.length === 0 || caption.length > 200 || /[.!?:;,]["”’]?$/.test(caption) || ctx.isProtected(space, space + 1)) continue;
    // A caption that names (`Prime Minister Pham Minh Chinh`): most of its words capitalized.
    const captionWords = caption.split(/\s+/);
    const named = captionWords.filter((word) => /^[\p{Lu}\d]/u.test(word)).length;
    if (captionWords.length > MAX_CAPTION_WORDS || named * 3 < captionWords.length * 2) continue;
    edits.push(ctx.replace(space, space + 1, '\n', 'a caption and its credit run into the next paragraph'));
  }
}

/** Whether the digits ending at `at` end the number of a name written with a hyphen: `COVID-19should`, `G-20and`. */
function isCodeNumberEnding(text: string, at: number): boolean {
  return /(?:^|[\s(“"])\p{Lu}{1,6}-\d{1,4}$/u.test(text.slice(Math.max(0, at - 12), at + 1));
}

/** Whether the digits ending at `at` are a year of four digits (1900–2099) standing alone: `2022Russia`, not `A2022`. */
function isYearEnding(text: string, at: number): boolean {
  return /(?:^|[^\p{L}\p{N}])(?:19|20)\d\d$/u.test(text.slice(Math.max(0, at - 4), at + 1));
}

/** Whether the digits ending at `at` end a time of day: `10:30in`. */
function isTimeEnding(text: string, at: number): boolean {
  return /(?:^|[^\p{L}\p{N}:])\d{1,2}[:.]\d\d$/u.test(text.slice(Math.max(0, at - 5), at + 1));
}

/** Whether a lower-case English word ends at the colon at `at`, on its own: `said:` but not `Wikipedia:`, `mailto:`, `a.b:`. */
function isWordBeforeColon(text: string, at: number, lexicon: Lexicon): boolean {
  const start = tokenStart(text, at);
  const left = text.slice(start, at);
  if (!/^\p{Ll}{2,}$/u.test(left) || URL_SCHEMES.has(left)) return false;
  return (start === 0 || /[\s(“"]/.test(text[start - 1]!)) && lexicon.isWord(left);
}

const URL_SCHEMES = new Set(['http', 'https', 'ftp', 'file', 'mailto', 'tel', 'data', 'javascript', 'about', 'news', 'urn']);

/**
 * Whether the capitalized word at `at`, after a dot, ends a web address (`site.Ru`, `Name.Com`):
 * a word of two or three letters or a generic ending, unless it starts sentences (`said.It was`,
 * `2021.In April`) and a space follows.
 */
function isDomainEnding(text: string, at: number): boolean {
  if (text[at - 1] !== '.') return false;
  const word = capitalizedWordAt(text, at);
  if (word === undefined || (word.length > 3 && !GENERIC_DOMAINS.has(word.toLowerCase()))) return false;
  return !(STARTERS.has(word) && /\s/.test(text[at + word.length] ?? ''));
}

/**
 * Whether the ” at `at` closes a quotation opened on its line (a “ before it with no ” between):
 * `“La Casta”Milei has` is a quotation and the next sentence run together.
 */
function closesQuotation(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const open = text.lastIndexOf('“', at - 1);
  return open >= lineStart && at - open <= MAX_QUOTED && text.lastIndexOf('”', at - 1) < open;
}

const MAX_QUOTED = 300;

/** Whether the mark at `at` ends a sentence: after two lower-case letters or digits (`said.`, `2021.`). */
function isSentenceEnd(text: string, at: number): boolean {
  const a = text[at - 2];
  const b = text[at - 1];
  return (isLower(a) || isDigitChar(a)) && (isLower(b) || isDigitChar(b));
}

/** Whether a sentence starts at `at`: a capitalized word, an acronym (`WME represents`), or a quote and a capital. */
function isSentenceStart(text: string, at: number): boolean {
  if (text[at] === '“') return isUpper(text[at + 1]);
  if (isLower(text[at + 1])) return true;
  // An acronym: two capitals or more, then a space or punctuation.
  let end = at;
  while (isUpper(text[end])) end++;
  return end - at >= 2 && /^[\s,;:!?]/.test(text.slice(end, end + 1));
}

/** `statementthat` → `statement that`, `Ferrowho` → `Ferro who`, when exactly one split is sure. */
function splitLowerGlue(text: string, ctx: RuleContext, standsAlone: (word: string) => boolean, edits: Edit[]): void {
  const { starts, ends, flags, count } = ctx.words();
  const lexicon = ctx.lexicon;
  // A run of lower-case Latin letters (a–z, ß–ɏ) with no letter, digit or mark on either side: the
  // first piece of a word (up to an apostrophe) when all of it is such letters. (Pieces after an
  // apostrophe follow one: never glue.)
  for (let w = 0; w < count; w++) {
    const shape = flags[w]!;
    if ((shape & WordFlag.Capitalized) !== 0) continue;
    const start = starts[w]!;
    let end = ends[w]!;
    if (end - start < 5) continue;
    if ((shape & (WordFlag.Lower | WordFlag.Digit | WordFlag.Apostrophe | WordFlag.NonAscii)) !== WordFlag.Lower) {
      let i = start;
      while (i < end && isLatinLowerCode(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (i < end && c !== 39 && c !== 0x2019) continue; // a digit, a mark, a capital or another letter in the piece
      end = i;
    }
    if (end - start < 5) continue;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end) || isAttachedCode(text.charCodeAt(start - 1))) continue;
    // Only a token of a shape some split below can take is looked up (most words of a text are not).
    const glueEdge = hasGlueWordEdge(text, start, end);
    if (!glueEdge && !mayBestSplit(text, start, end) && !mayPhraseSplit(text, start, end)) continue;
    const token = text.slice(start, end);
    if (!ALL_LOWER.test(token) || lexicon.isWord(token)) continue;
    // A token the frequency list saw as one word (Zealand, Marchand) is a word the word list
    // lacks; `therap`, `overassured` are forms of a word, not two.
    if (lexicon.frequency(token) > 0 || isFormOfWord(token, lexicon)) continue;
    const listed = glueEdge ? uniqueSplit(token, lexicon) : undefined;
    const at = listed ?? frequentSplit(token, ctx) ?? phraseSplit(token, ctx);
    if (at === undefined || ctx.isProtected(start, end)) continue;
    edits.push(ctx.insert(start + at, ' ', `"${token.slice(0, at)}" and "${token.slice(at)}" run together`));
  }
  // A capitalized run of letters ending in a word of AFTER_NAME at the end of a word, or of its
  // piece before an apostrophe: `Ferrowho`, `Psathashas`.
  for (let w = 0; w < count; w++) {
    const shape = flags[w]!;
    if ((shape & (WordFlag.Capitalized | WordFlag.Digit | WordFlag.Apostrophe)) === 0) continue;
    const end = ends[w]!;
    if ((shape & WordFlag.Apostrophe) !== 0) {
      for (let i = starts[w]!; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 39 || c === 0x2019) splitNameEnding(text, i, ctx, standsAlone, edits);
      }
    }
    splitNameEnding(text, end, ctx, standsAlone, edits);
  }
}

/** `Ferrowho` → `Ferro who` where a word of AFTER_NAME ends a run of letters at `end` (the end of a word or of its piece before an apostrophe). */
function splitNameEnding(text: string, end: number, ctx: RuleContext, standsAlone: (word: string) => boolean, edits: Edit[]): void {
  const found = AFTER_NAME_SUFFIXES.lengths(text, 0, end);
  if (found === 0) return;
  // Longest first, as a search from the left would meet them.
  for (let length = 31 - Math.clz32(found); length > 0; length--) {
    if ((found & (1 << length)) === 0) continue;
    const at = end - length; // where the word after the name starts
    // The letter before: lower case, and one the search for these endings took (a–z, ß and beyond).
    const c = text.charCodeAt(at - 1);
    if (!((c >= 97 && c <= 122) || c >= 0xdf) || !isLower(text[at - 1]) || isWordCharAt(text, end)) continue;
    const start = tokenStart(text, at - 1);
    const token = text.slice(start, end);
    const right = text.slice(at, end);
    const left = token.slice(0, token.length - right.length);
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(left) || isAttachedCode(text.charCodeAt(start - 1))) return;
    if (ctx.lexicon.isWord(token) || ctx.lexicon.people.knownWords.has(token) || ctx.isProtected(start, end)) return;
    if (NAME_LIKE_ENDINGS.has(right) && !isKnownName(left, ctx) && !standsAlone(left)) return;
    edits.push(ctx.insert(start + left.length, ' ', `"${left}" and "${right}" run together`));
    return;
  }
}

/** The words of AFTER_NAME, read from a word's end. */
const AFTER_NAME_SUFFIXES = new AffixTable(AFTER_NAME, 'suffixes');

/** Whether a character before a token attaches it to something: a handle, a hashtag, a path, a possessive (`[@#._/\\'’-]`). */
function isAttachedCode(c: number): boolean {
  return c === 64 || c === 35 || c === 46 || c === 95 || c === 47 || c === 92 || c === 39 || c === 0x2019 || c === 45;
}

/**
 * Whether phraseSplit could find anything in the token `[start, end)` of `text`, by its shape alone: a reading it takes
 * starts with "to" or "with", ends with "by", or puts an adjective or adverb ending (-al, -ic,
 * -ly, -ous, -ive) six letters or more into the token with four or more after it.
 */
function mayPhraseSplit(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 7 || length > 24) return false;
  if (text.startsWith('to', start) || text.startsWith('with', start) || text.startsWith('by', end - 2)) return true;
  for (let i = start + 6; i <= end - 4; i++) {
    const a = text.charCodeAt(i - 2);
    const b = text.charCodeAt(i - 1);
    // al, ic, ly, (o)us, (i)ve
    if ((a === 97 && b === 108) || (a === 105 && b === 99) || (a === 108 && b === 121) || (a === 117 && b === 115) || (a === 118 && b === 101)) return true;
  }
  return false;
}

/**
 * What may follow a name, a day or a month it was glued to when the article or the lexicon
 * vouches for the name (`Scholzand Macron`, `Mileihe defended`): function words and pronouns, a
 * closed class. Content words are left (`Obamacare`, `Russiagate` are coinages), and so are the
 * endings of many names: `is`, `as`, `it`, `an`, `or`, `her`, `his` (Antonis, Thomas, Brexit,
 * Kievan, Taylor, Walther, Mathis).
 */
const AFTER_VOUCHED_NAME = new Set([
  'and', 'the', 'he', 'she', 'they', 'we', 'was', 'were', 'has', 'had', 'have', 'who', 'which', 'that',
  'said', 'says', 'also', 'will', 'would', 'but', 'after', 'before', 'during', 'while', 'when', 'where',
  'their', 'did', 'does', 'not', 'can', 'could', 'should', 'may', 'must', 'told', 'added', 'announced',
  'for', 'with', 'from', 'in', 'on', 'at', 'of', 'to', 'by', 'through', 'because', 'since', 'about',
  'against', 'into',
  // What a caption or a stripped tag leaves after a name: a role in lower case, a verb of speaking.
  'deputy', 'minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'chairman', 'governor', 'mayor', 'senator', 'ambassador', 'speaking', 'saying', 'adding', 'noting',
  'stressing', 'explaining', 'insisting', 'warning', 'according',
]);
/**
 * Words that end many names (Antonis, Thomas, Brexit) but may follow a capitalized English word
 * it was glued to (`the Assemblyis not`, `the Ministryas well`): only after such a word.
 */
const AFTER_CAPITALIZED_WORD = new Set(['is', 'as', 'it']);
/**
 * Two-letter words that end many names (Putin, Martin, Harrison, Anderson, Crosson, Pinto): after
 * one of these a name must be a day or a month, or both known to the lexicon and seen alone in the text.
 */
const NAME_ENDING_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'by']);
/** The words splitsAfterName takes on the right of a name, by their last letter: no other place is tried. */
const AFTER_NAME_WORDS_SUFFIXES = new AffixTable(new Set([...AFTER_VOUCHED_NAME, ...AFTER_CAPITALIZED_WORD]), 'suffixes');
/** Days and months, which need no vouching as names: `Mondayin`, `Octoberthe` (not May, March, August: words). */
const CALENDAR_NAMES: ReadonlySet<string> = new Set(DAYS_AND_MONTHS.map((name) => name[0]!.toUpperCase() + name.slice(1)));
/** The shortest name before a glued two-letter word (`Mileihe`): shorter ones end real names (Goethe, Berlin). */
const MIN_NAME_BEFORE_SHORT_WORD = 5;

/**
 * `Scholzand Macron` → `Scholz and Macron`, `Mondayin` → `Monday in`: a capitalized token that is
 * no word, name, place or brand, which splits in exactly one way into a name the article or the
 * lexicon vouches for (the name stands alone elsewhere in the text, is a known name or place, or
 * is a day or month) and a function word. The first loop of splitLowerGlue takes the words of
 * AFTER_NAME without vouching; this one takes more words and asks for the evidence.
 */
function splitNameGlue(text: string, ctx: RuleContext, standsAlone: (word: string) => boolean, edits: Edit[]): void {
  const { starts, ends, flags, count } = ctx.words();
  const lexicon = ctx.lexicon;
  for (let w = 0; w < count; w++) {
    const shape = flags[w]!;
    if ((shape & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.LowerThenUpper | WordFlag.Digit | WordFlag.Apostrophe)) !== WordFlag.Capitalized) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    if (end - start < 6) continue;
    // The lengths of the words that may follow a name and end the token (most capitalized words have none).
    const endings = AFTER_NAME_WORDS_SUFFIXES.lengths(text, start, end) & lengthsBetween(2, end - start - 3);
    if (endings === 0) continue;
    if (isAttachedCode(text.charCodeAt(start - 1)) || /[@._/\\'’-]\w/.test(text.slice(end, end + 2))) continue;
    const token = text.slice(start, end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(token)) continue;
    // Exactly one place to split: two ways to read the token leave it.
    let at = -1;
    for (let k = 3; k <= token.length - 2; k++) {
      const length = token.length - k; // of the word after the name
      if (length > 30 || (endings & (1 << length)) === 0) continue;
      if (!splitsAfterName(token.slice(0, k), token.slice(k), ctx, standsAlone)) continue;
      if (at >= 0) {
        at = -1;
        break;
      }
      at = k;
    }
    if (at < 0) continue;
    if (lexicon.isWord(token) || lexicon.frequency(token) > 0 || isKnownName(token, ctx) || lexicon.isMixedCase(token) || ctx.isProtected(start, end)) continue;
    edits.push(ctx.insert(start + at, ' ', `"${token.slice(0, at)}" and "${token.slice(at)}" run together`));
  }
}

/** Whether `left` + `right` is a vouched-for name (or a capitalized English word) glued to a word after it. */
function splitsAfterName(left: string, right: string, ctx: RuleContext, standsAlone: (word: string) => boolean): boolean {
  const { lexicon } = ctx;
  if (AFTER_CAPITALIZED_WORD.has(right)) {
    const people = lexicon.knownPeople;
    return left.length >= 5 && lexicon.isWord(left.toLowerCase()) && people.withSurname(left).length === 0 && people.withFirstName(left).length === 0 && !lexicon.isPlace(left) && !lexicon.country(left);
  }
  if (!AFTER_VOUCHED_NAME.has(right)) return false;
  if (AFTER_NAME.has(right) && left.length >= 4) return false; // splitLowerGlue's first loop decides these
  if (right.length <= 2 && left.length < MIN_NAME_BEFORE_SHORT_WORD) return false;
  // Before a preposition that ends many names (Crosson, Harrison), the name must be known and
  // also stand alone in the text; before other words, either is enough.
  if (CALENDAR_NAMES.has(left)) return true;
  return NAME_ENDING_PREPOSITIONS.has(right) ? isKnownName(left, ctx) && standsAlone(left) : isKnownName(left, ctx) || standsAlone(left);
}

/**
 * Where a token that is no word, name or brand splits into a content word and a function word,
 * by the words' frequencies (`eurosand`, `ofgovernment`: see src/text/word-split.ts), remembered
 * for the rest of the cleaning.
 */
function frequentSplit(token: string, ctx: RuleContext): number | undefined {
  return ctx.memo(`glued-words:split:${token}`, () => {
    const lexicon = ctx.lexicon;
    if (lexicon.people.knownWords.has(token) || lexicon.isMixedCase(token)) return undefined;
    return bestSplit(token, lexicon)?.at;
  });
}

/**
 * Where a token that is no word splits into two words that make a phrase, not a compound, by the
 * shape of its halves: a verb after "to" (`tofollow`), a noun after "with" (`withplans`), a
 * participle before "by" (`issuedby`), a noun after an adjective of a derived kind
 * (`politicalsystem`, `economicgrowth`), a word after an adverb in -ly (`flexiblyadjust`).
 * Compounds of two nouns (blockchain, deepfake, smartwatch) have none of these shapes and stay;
 * the reading must lead every other by SURE_MARGIN. Remembered for the rest of the cleaning.
 */
function phraseSplit(token: string, ctx: RuleContext): number | undefined {
  if (token.length < 7 || token.length > 24) return undefined;
  return ctx.memo(`glued-words:phrase:${token}`, () => {
    const lexicon = ctx.lexicon;
    if (lexicon.people.knownWords.has(token) || lexicon.isMixedCase(token)) return undefined;
    const lead = leadingSplit(token, (left, right) => {
      const a = phrasePieceZipf(left, lexicon);
      const b = a === undefined ? undefined : phrasePieceZipf(right, lexicon);
      return a === undefined || b === undefined ? undefined : a + b - Math.max(0, 3.5 - a) - Math.max(0, 3.5 - b);
    });
    if (lead === undefined || lead.margin < SURE_MARGIN) return undefined;
    return isPhraseShape(token.slice(0, lead.at), token.slice(lead.at), lexicon) ? lead.at : undefined;
  });
}

/** Two-letter pieces that may stand in a reading. */
const SHORT_PIECES = new Set(['to', 'by', 'of', 'in', 'on', 'at', 'is', 'as', 'an', 'it', 'he', 'we', 'be', 'or', 'no', 'so', 'up', 'do', 'if', 'my', 'me', 'us']);

function phrasePieceZipf(piece: string, lexicon: Lexicon): number | undefined {
  if (piece.length <= 2 && !SHORT_PIECES.has(piece)) return undefined;
  if (piece.length === 1) return undefined;
  const zipf = lexicon.frequency(piece);
  return zipf > 0 && lexicon.isWord(piece) ? zipf : undefined;
}

/** Endings of derived adjectives that head no compound written solid: political, national, social, essential, annual, various. */
const ADJECTIVE_ENDING = /(?:ical|ional|cial|tial|ual|ous)$/;
/** Endings of adjectives that head no compound from seven letters on: economic, federal, executive. */
const LONG_ADJECTIVE_ENDING = /(?:ic|al|ive)$/;
/** The least Zipf value of the content word of a phrase split: common words only. */
const PHRASE_ZIPF = 3.5;

/** Whether `left right` has the shape of a phrase (see phraseSplit). */
function isPhraseShape(left: string, right: string, lexicon: Lexicon): boolean {
  const common = (word: string): boolean => word.length >= 4 && lexicon.frequency(word) >= PHRASE_ZIPF;
  if (left === 'to' || left === 'with') return common(right) && !PREFIX_STARTS.some((prefix) => right.startsWith(prefix));
  if (right === 'by') return left.length >= 6 && left.endsWith('ed') && lexicon.frequency(left) >= 3;
  if (!common(right)) return false;
  if (ADJECTIVE_ENDING.test(left)) return left.length >= 6 && lexicon.frequency(left) >= 3;
  if (LONG_ADJECTIVE_ENDING.test(left)) return left.length >= 7 && lexicon.frequency(left) >= PHRASE_ZIPF;
  return left.length >= 6 && left.endsWith('ly') && isAdverb(left, lexicon);
}

/** Starts of right halves that make one word with "to" or "with" (towards, withdraw, withheld). */
const PREFIX_STARTS = ['ward', 'draw', 'hold', 'held', 'stand', 'stood', 'gether', 'day', 'night', 'morrow'];

/** An adverb made of an adjective: flexibly (flexible), quickly (quick), happily (happy), basically (basic). */
function isAdverb(word: string, lexicon: Lexicon): boolean {
  const stem = word.slice(0, -2);
  if (lexicon.isWord(stem) && stem.length >= 4) return true;
  if (word.endsWith('bly') || word.endsWith('ply') || word.endsWith('tly')) return lexicon.isWord(`${stem}le`) || lexicon.isWord(`${word.slice(0, -1)}e`);
  if (word.endsWith('ily')) return lexicon.isWord(`${word.slice(0, -3)}y`);
  if (word.endsWith('ally')) return lexicon.isWord(word.slice(0, -4));
  return false;
}

/**
 * Endings that names have of their own (Psathas, Atlas, Hadad, Darwas, Bousaid): a name glued to
 * one of these is split only when the name is known or stands alone elsewhere in the text.
 */
const NAME_LIKE_ENDINGS = new Set(['has', 'had', 'was', 'that', 'said', 'says']);

function isKnownName(word: string, ctx: RuleContext): boolean {
  const people = ctx.lexicon.people;
  if (people.knownWords.has(word) || people.surnames.has(word) || ctx.lexicon.isPlace(word)) return true;
  return plainKnownWords(ctx.lexicon).has(word); // Sanchez for Sánchez
}

const plainWordsByLexicon = new WeakMap<Lexicon, Set<string>>();

/** The known words of the name table with their accents dropped, where that changes them. */
function plainKnownWords(lexicon: Lexicon): ReadonlySet<string> {
  let plain = plainWordsByLexicon.get(lexicon);
  if (!plain) {
    plain = new Set<string>();
    for (const word of lexicon.people.knownWords) {
      const stripped = stripAccents(word);
      if (stripped !== word) plain.add(stripped);
    }
    plainWordsByLexicon.set(lexicon, plain);
  }
  return plain;
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** How far from each end of a token uniqueSplit looks: the longest word it may split off there. */
const LONGEST_GLUE_WORD = Math.max(...[...GLUE_WORDS].map((word) => word.length));
const LONGEST_RIGHT_WORD = Math.max(LONGEST_GLUE_WORD, ...[...TRAILING_WORDS].map((word) => word.length));

/** Glue words from either edge and trailing words from the end: a cheap first test for every word. */
const GLUE_PREFIXES = new AffixTable(GLUE_WORDS, 'prefixes');
const GLUE_SUFFIXES = new AffixTable(GLUE_WORDS, 'suffixes');
const TRAILING_SUFFIXES = new AffixTable(TRAILING_WORDS, 'suffixes');

/**
 * Whether the token `[start, end)` of `text` could split as uniqueSplit allows: it ends in a
 * trailing word after four letters or more, starts with "the", or both ends are glue words.
 */
function hasGlueWordEdge(text: string, start: number, end: number): boolean {
  const length = end - start;
  const shorter = lengthsBetween(1, length - 1);
  // A trailing word needs a word of four letters or more before it (see uniqueSplit).
  if ((TRAILING_SUFFIXES.lengths(text, start, end) & lengthsBetween(1, length - 4)) !== 0) return true;
  if (length >= 3 && text.startsWith('the', start)) return true;
  return (GLUE_PREFIXES.lengths(text, start, end) & shorter) !== 0 && GLUE_SUFFIXES.lengths(text, start, end) !== 0;
}

/** The case of a UTF-16 code unit as isLower and isUpper read it: LOWER, UPPER or NO_CASE, learnt on first sight (0). */
const CASES = new Uint8Array(65536);
const LOWER = 1;
const UPPER = 2;
const NO_CASE = 3;

function caseOf(c: number): number {
  let known = CASES[c];
  if (known === undefined) return NO_CASE; // past the text (NaN)
  if (known === 0) {
    const ch = String.fromCharCode(c);
    CASES[c] = known = isLower(ch) ? LOWER : isUpper(ch) ? UPPER : NO_CASE;
  }
  return known;
}

/**
 * Where the next match of global `pattern`, which always matches `length` characters, starts at
 * or after `from`, or -1: a test, which builds no match object (most matches are read and left).
 */
function nextMatchAt(pattern: RegExp, text: string, from: number, length: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - length : -1;
}

/** A lower-case Latin letter (a–z, ß–ɏ; the token's case is checked by the caller): what `statementthat`, `inthe` are made of. */
function isLatinLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
}

/**
 * The only place where the token splits into two function words (`inthe`), "the" and a word
 * (`thenew`), or an English word of four letters or more and a trailing word (`statementthat`,
 * `governmenttakes`), if there is one. A function word followed by an ordinary word is not
 * enough: `onsite`, `injun` are words.
 */
function uniqueSplit(token: string, lexicon: Lexicon): number | undefined {
  let found: number | undefined;
  // Only near the ends: the left part is a glue word or "the", or the right part is a glue or
  // trailing word (a long token is not cut at every offset).
  const last = token.length - 2;
  const near = Math.min(last, LONGEST_GLUE_WORD);
  const far = Math.max(near + 1, token.length - LONGEST_RIGHT_WORD);
  for (let at = 2; at <= last; at = at === near ? far : at + 1) {
    const left = token.slice(0, at);
    const right = token.slice(at);
    const twoFunctionWords = GLUE_WORDS.has(left) && GLUE_WORDS.has(right);
    // not `thetis`, nor `therelived` (there lived: a longer word starts the token too)
    const theAndWord = left === 'the' && (right.length >= 4 || lexicon.frequency(right) >= 4) && lexicon.isWord(right) && !splitsAfterLongerWord(token, at, lexicon);
    const wordAndTrailing =
      TRAILING_WORDS.has(right) && left.length >= 4 && !isPrefixWord(left) && lexicon.isWord(left) && (right.length > 3 || isCommonOrInflected(left, lexicon));
    if (!twoFunctionWords && !theAndWord && !wordAndTrailing) continue;
    if (found !== undefined) return undefined; // two readings: not sure
    found = at;
  }
  return found;
}

/** Whether the token also reads as two words with the first longer than `at` letters (`there lived` beside `the relived`). */
function splitsAfterLongerWord(token: string, at: number, lexicon: Lexicon): boolean {
  for (let k = at + 1; k <= token.length - 2; k++) if (lexicon.isWord(token.slice(0, k)) && lexicon.isWord(token.slice(k))) return true;
  return false;
}

/**
 * A numbered heading run into the paragraph before it: `… Archie and Lilibet. 2 Big Changes For
 * Harry and Meghan’s Kids` at the end of a line. Reading: sentence punctuation (perhaps a
 * closing quote), a space, a number of one or two digits, a space, a capital.
 */
const RUN_IN_HEADING = /[.!?]["”’]? (?=\d{1,2} \p{Lu})/gu;
const MAX_HEADING_LENGTH = 300;
const HEADING_SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'as']);

function splitRunInHeadings(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (const m of text.matchAll(RUN_IN_HEADING)) {
    const space = m.index + m[0].length - 1;
    // A heading is short: what runs on further to the line end is a paragraph (and a long line
    // with many such matches is read once for each of them no further than this).
    const rest = text.slice(space + 1, space + 2 + MAX_HEADING_LENGTH);
    const lineEnd = rest.indexOf('\n');
    if (lineEnd < 0 && space + 1 + rest.length < text.length) continue;
    const heading = (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).trim();
    if (heading.length > MAX_HEADING_LENGTH || !isNumberedHeading(heading) || ctx.isProtected(space, space + 1)) continue;
    edits.push(ctx.replace(space, space + 1, '\n', 'a numbered heading run into the paragraph before it'));
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

const isDigitChar = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** The start of the run of letters and marks around `at`. */
function tokenStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isLetter(text[i - 1])) i--;
  return i;
}

function tokenEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLetter(text[i])) i++;
  return i;
}

/**
 * The whitespace-delimited word around an offset (for protection checks), asked with ascending
 * offsets: the last word is kept, so that a long token is read once, not once for each match in it.
 */
function wordFinder(text: string): (at: number) => [number, number] {
  let start = 0;
  let end = -1;
  return (at) => {
    if (at >= end) {
      start = wordStart(text, at);
      end = wordEnd(text, at);
    }
    return [start, end];
  };
}

/** The start of the whitespace-delimited word around `at` (for protection checks). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

