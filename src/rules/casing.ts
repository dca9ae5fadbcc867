// Capitals in the wrong place. A function word capitalized in mid-sentence, as machine translation
// leaves it after a lost line break or a translated heading: `invasion From Moscow`, `and What
// reason` — changed only right after a lower-case word, never in a run of capitalized words
// (titles, names: `Of Mice and Men`, `said The Hague`) or after words that introduce a title (`the
// film In Bruges`). A sentence started in lower case (`a real shame. also good`), unless the full
// stop ends an abbreviation. A well-known place, day or month in lower case (`in kyiv`, `this
// tuesday`), when it is not also an English word. A demonym or an acronym in lower case (`russian`,
// `nato`), and a word the article itself capitalizes in prose (`scholz` beside `Chancellor Scholz`).
// Surnames printed in capitals after first names (`Jean MONNET`), where the article does so twice.
// A lower-case surname after a first name the lexicon knows, written with a capital elsewhere (`Oleh bereziuk`), a lower-case first
// name before the surname of the same known person (`narendra Modi`). An acronym the article writes
// in capitals, written with two capitals then small letters (`SKai`).
// `THE` in capitals opening a paragraph. Translation capitals on common words the article writes in
// lower case elsewhere (`heard with Authority and`), a participle after a comma (`vote, Speaking
// from`), "The" in mid-sentence before a name the article writes after "the" (`tier, The Ministry of
// Justice`), a lower-case word in an institution name the article writes with capitals (`Ministry of
// justice`), a portfolio before "Ministry" (`foreign Ministry`) and a brand in title case (`Youtube`).
// Never on a protected span.
import type { Edit, Fact, Rule, RuleContext } from '../engine/types.js';
import type { Words } from '../text/document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isUpper } from '../text/chars.js';
import { isWordCharAt, matchAt, matchBefore } from '../text/scan.js';
import { DAYS_AND_MONTHS } from '../text/calendar.js';
import { WordFlag, lastAtOrBefore } from '../text/document.js';
import { TIMES_WRITTEN, CAPITALIZED_MID_SENTENCE, searchFact } from '../text/facts.js';
import { answersFor, FormAnswers, wordFormsOf, type WordForms } from '../text/word-forms.js';

const PREPOSITIONS = [
  'From', 'Of', 'To', 'In', 'On', 'At', 'By', 'For', 'With', 'About', 'Into', 'Over', 'Under', 'After',
  'Before', 'Between', 'Against', 'During', 'Without', 'Within', 'Through', 'Towards', 'Toward', 'Upon',
  'Among', 'Across', 'Around', 'Behind', 'Beyond', 'Despite', 'And', 'Or', 'But', 'Nor', 'Than',
  'Because', 'Since', 'While', 'Although', 'Though', 'Unless', 'Until', 'If', 'As', 'When', 'Where',
  'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose',
  // Words translation capitalizes mid-sentence that no name or title starts with after a lower-case word.
  'There', 'Would', 'Could', 'Should', 'Might',
];
/** Words that start a noun phrase: capitalized before a capitalized word, they begin a title or a name. */
const DETERMINERS = ['The', 'This', 'These', 'Those', 'That', 'Its', 'Their', 'His', 'Her', 'Our', 'Your', 'My'];
const WH_WORDS = new Set(['What', 'Which', 'Who', 'Whom', 'Whose', 'When', 'Where', 'Why', 'How']);

/** Words after which a capitalized word starts a title: `the film In Bruges`. */
const TITLE_INTRODUCERS = new Set([
  'film', 'films', 'movie', 'book', 'novel', 'song', 'songs', 'single', 'album', 'series', 'show', 'play',
  'musical', 'opera', 'poem', 'magazine', 'newspaper', 'programme', 'program', 'podcast', 'game',
  'titled', 'entitled', 'called', 'named', 'dubbed', 'headlined', 'slogan', 'motto', 'hashtag', 'band',
  'group', 'party', 'campaign', 'operation', 'project', 'brand', 'app', 'website', 'blog', 'channel',
]);
/** Verbs after which a capitalized question word may start reported speech: `he asked What next?` */
const SPEECH_VERBS = new Set(['asked', 'asks', 'said', 'says', 'wondered', 'wonders', 'added', 'replied', 'wrote', 'tweeted']);

/** Small words that stay lower-case inside a title: `Beyond the Horizon`, `Gone with the Wind`. */
const TITLE_SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'from']);

/** The capitalized function words, each after a space (the anchor; the word before is checked after). */
const CAPITALIZED_FUNCTION_WORD = new RegExp(` (${[...PREPOSITIONS, ...DETERMINERS].join('|')}) `, 'g');
/** The word before it: lower-case, from a word start, perhaps with a closing quotation mark (`solution” About`). */
const LOWER_WORD_BEFORE = /(?<![\p{L}\p{N}\p{M}’'@#./-])(\p{Ll}[\p{Ll}\p{M}]*[”’]?)$/u;
/** The word after it and, after a space, the one after that. */
const NEXT_WORDS = /([\p{L}\p{N}]+)(?: ([\p{L}\p{N}]+))?/uy;

// Names that are never written in lower case: places that are not also English words (kyiv,
// moscow; not china or turkey), and days and months (DAYS_AND_MONTHS).
const lowerNames = new WeakMap<Lexicon, RegExp>();

/** One word-bounded alternation of those names in lower case (built on first use, per lexicon). */
function lowerNamePattern(lexicon: Lexicon): RegExp {
  let pattern = lowerNames.get(lexicon);
  if (!pattern) {
    const places = lexicon.places.filter((place) => !place.includes(' ') && !lexicon.isWord(place)).map((place) => place.toLowerCase());
    pattern = new RegExp(`\\b(?:${[...places, ...DAYS_AND_MONTHS].join('|')})\\b`, 'g');
    lowerNames.set(lexicon, pattern);
  }
  return pattern;
}
/** Where a lower-case name may not start: inside a handle, hashtag, path, domain or file name. */
const NOT_BEFORE_NAME = /[\p{L}\p{N}\p{M}@#._/\\-]/u;
const NOT_AFTER_NAME = /[\p{L}\p{N}\p{M}_/-]/u;

/**
 * A sentence that starts in lower case after a full stop: `a real shame. also good`. Reading: a
 * full stop, one space, a lower-case letter. The word before must be a real word (not `e.g`,
 * `p.m`, `etc`, `No`), the word after an English word (not `iPhone`, `km`). After `?` and `!`
 * lower case may be meant (`She asked What next? and left`).
 */
const SENTENCE_START = /\. (?=\p{Ll})/gu;
const WORD_BEFORE_STOP = /(?<![\p{L}\p{N}\p{M}.@#/_-])(\p{L}[\p{L}\p{M}]+)$/u;
const NEXT_WORD = /\p{Ll}[\p{L}\p{M}]*(?![\p{N}_@])/uy;
const ABBREVIATIONS = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'vs', 'al', 'approx', 'dept', 'est', 'no', 'nos', 'vol',
  'ed', 'eds', 'pp', 'ch', 'sec', 'art', 'para', 'fig', 'figs', 'cf', 'viz', 'ca', 'min', 'max', 'gen',
  'col', 'gov', 'sen', 'rep', 'rev', 'prof', 'capt', 'lt', 'sgt', 'univ', 'ave', 'blvd', 'mr', 'mrs',
  'ms', 'dr', 'st', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'op', 'vs',
]);

/**
 * Abbreviations of US states and Canadian provinces, written with a capital (`Ajax, Ont. boarded`,
 * `Fresno, Calif. officials`): a full stop after one ends no sentence. Checked with their capital,
 * as some are words in lower case (man, miss, wash).
 */
const STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'Okla', 'Ore', 'Pa',
  'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wisc', 'Wyo', 'Ont', 'Que', 'Alta', 'Sask', 'Man',
  'Nfld',
]);

/** The capitalized words after "The " at `at`, as far as four (`Republic of Poland`), with small words between. */
const NAME_AFTER_THE = /\p{Lu}[\p{L}\p{M}-]*(?: (?:of|and|the|for) \p{Lu}[\p{L}\p{M}-]*| \p{Lu}[\p{L}\p{M}-]*){0,3}/uy;

/**
 * Whether a "The" in mid-sentence before the capitalized words at `at` is the article, not part of
 * a name: the article writes the same name after a lower-case "the" elsewhere (`the Ministry of
 * Justice`), or the words are a country's official name that takes "the" in lower case (`the
 * Republic of Poland`). "The Hague", a place with its "The", and titles the article always writes
 * with "The" (`The Who`, `The New York Times`) stay.
 */
function isTheBeforeName(text: string, ctx: RuleContext, at: number): boolean {
  const phrase = matchAt(text, at, NAME_AFTER_THE)?.[0];
  if (phrase === undefined) return false;
  const words = phrase.split(' ');
  const first = words[0]!.replace(/['’]s$/, '');
  if (first.length < 3 || ctx.lexicon.isPlace(`The ${first}`) || ctx.lexicon.isMixedCase(first)) return false;
  // The name, written after "the" in lower case elsewhere (its own words in any case: `the
  // Ministry of justice`), and nowhere else after "The" in mid-sentence (`The New York Times` twice stays).
  const name = words.length > 1 && /^(?:of|for|and|the)$/.test(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : phrase;
  const times = ctx.fact(THE_BEFORE, name.replace(/['’]s$/, ''));
  if (times % 4 > 0 && times >> 2 <= 1) return true;
  // A country's official name of several words (Republic of Poland, Kingdom of Spain).
  for (let n = words.length; n >= 3; n--) {
    const name = words.slice(0, n).join(' ');
    const country = ctx.lexicon.country(name);
    if (country && country.official === name && !/^The /.test(country.name)) return true;
  }
  return false;
}

/**
 * How the article writes "the" before a name: in lower case (the name's own words in any case),
 * and "The" in mid-sentence (after a letter, a number or a comma and a space); each counted up to
 * three, as one number (lower-case times + 4 × capitalized times: a number, so that the engine
 * sees an unchanged answer as unchanged).
 */
const THE_BEFORE = searchFact<number>('casing:the-before', (text, name) => timesAfter(text, 'the', name) + 4 * timesAfter(text, 'The', name));

/**
 * How many times (up to three) `article` and `name` are written as words, the name's words after
 * its first in any case; after "The", only in mid-sentence (a letter, a number or a comma and a space before).
 */
function timesAfter(text: string, article: string, name: string): number {
  const space = name.indexOf(' ');
  const head = `${article} ${space < 0 ? name : name.slice(0, space)}`;
  const rest = space < 0 ? '' : name.slice(space).toLowerCase();
  let times = 0;
  for (let at = text.indexOf(head); at >= 0 && times < 3; at = text.indexOf(head, at + 1)) {
    const end = at + head.length + rest.length;
    if (isWordCharAt(text, at - 1) || isWordCharAt(text, end) || (rest !== '' && text.slice(at + head.length, end).toLowerCase() !== rest)) continue;
    if (article === 'The' && !(text[at - 1] === ' ' && /[\p{L}\p{N},]/u.test(text[at - 2] ?? ''))) continue;
    times++;
  }
  return times;
}

/** `THE Russian President …` opening a paragraph: small capitals of the page, lost. */
const CAPITAL_THE = /^THE (?=\p{Lu}\p{Ll})/gmu;

export const casing: Rule = {
  id: 'casing',
  description: 'Fix capitals: a function word or common word capitalized in mid-sentence, a sentence, place, day, month, name part or institution name in lower case, an acronym half lowered, a brand out of its own casing, "THE" opening a paragraph',
  category: 'spelling',
  scope: 'paragraph',
  leaves:
    'titles and names in capitals (Of Mice and Men, The Hague), words after "film", "titled" and the like, abbreviations before a full stop (e.g., p.m., etc.), places that are also words (china, turkey), "may" and "march", emphasis in capitals mid-sentence, a common word capitalized after "the" or inside a name (the Authority, Palestinian Authority) or one the article capitalizes twice, nouns styles capitalize alone (told Parliament), capitals after a colon or in a list of titles, "The" before a name the article always writes so (The New York Times), names with Mc, Mac or De and brands cased their own way (Macdonald, Ryanair)',
  examples: [
    ['invasion From Moscow', 'invasion from Moscow'],
    ['a real shame. also good', 'a real shame. Also good'],
    ['in kyiv', 'in Kyiv'],
    ['on tuesday', 'on Tuesday'],
    ['THE Russian President said', 'The Russian President said'],
    ['Mayor Oleh bereziuk said. Bereziuk', 'Mayor Oleh Bereziuk said. Bereziuk'],
    ['heard with Authority and the authority of its authority', 'heard with authority and the authority of its authority'],
    ['the Ministry of Justice and the Ministry of justice', 'the Ministry of Justice and the Ministry of Justice'],
    ['on the Youtube channel', 'on the YouTube channel'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(CAPITALIZED_FUNCTION_WORD)) {
      // The word before must end in a small letter or a closing quotation mark: most matches follow a full stop.
      const last = text.charCodeAt(m.index - 1);
      if (last < 0x80 && !(last >= 0x61 && last <= 0x7a)) continue;
      const word = m[1]!;
      const previous = matchBefore(text, m.index, LOWER_WORD_BEFORE, 40)?.[1];
      const following = matchAt(text, m.index + word.length + 2, NEXT_WORDS);
      if (previous === undefined || !following) continue;
      const [, next, after] = following as unknown as [string, string, string | undefined];
      const start = m.index + 1;
      const end = start + word.length;
      if (TITLE_INTRODUCERS.has(previous.replace(/[”’]$/, '')) || (WH_WORDS.has(word) && SPEECH_VERBS.has(previous))) continue;
      if (isUpper(next[0])) {
        // Before a capitalized word: a determiner starts a title or name; a preposition does too
        // when the next word is an ordinary word in capitals (`Of Mice`), not a place (`From Moscow`).
        if (word === 'The' ? !isTheBeforeName(text, ctx, m.index + 5) : DETERMINERS.includes(word) || (ctx.lexicon.isWord(next) && !ctx.lexicon.isPlace(next))) continue;
      } else if (TITLE_SMALL_WORDS.has(next) && isUpper(after?.[0])) {
        continue; // `for Beyond the Horizon`: a title with its small words in lower case
      }
      if (ctx.isProtected(start, end)) continue;
      const cause = /[”’]$/.test(previous) ? 'a quotation that does not end the sentence' : `"${previous}"`;
      edits.push(ctx.replace(start, end, word.toLowerCase(), `"${word}" in mid-sentence after ${cause}`));
    }
    for (let at = text.indexOf(', The '); at >= 0; at = text.indexOf(', The ', at + 1)) {
      if (!/[\p{Ll}\d]/u.test(text[at - 1] === '”' || text[at - 1] === '’' ? text[at - 2] ?? '' : text[at - 1] ?? '') || !/\p{Lu}/u.test(text[at + 6] ?? '') || !/\p{Ll}/u.test(text[at + 7] ?? '')) continue;
      const start = at + 2;
      const before = matchBefore(text, at, LOWER_WORD_BEFORE, 40)?.[1];
      if (before !== undefined && TITLE_INTRODUCERS.has(before)) continue; // `the band, The Who`
      if (isDatelineBefore(text, at)) continue; // `New York, The Minister of Foreign Affairs met`
      if (!isTheBeforeName(text, ctx, start + 4) || ctx.isProtected(start, start + 3)) continue;
      edits.push(ctx.replace(start, start + 3, 'the', '"The" in mid-sentence after a comma, before a name the article writes after "the"'));
    }
    for (const m of text.matchAll(lowerNamePattern(ctx.lexicon))) {
      const end = m.index + m[0].length;
      if (NOT_BEFORE_NAME.test(text[m.index - 1] ?? '') || NOT_AFTER_NAME.test(text[end] ?? '')) continue;
      if (text[end] === '.' && /[a-z]/.test(text[end + 1] ?? '')) continue; // kyiv.ua
      if (ctx.isProtected(m.index, end)) continue;
      const name = m[0][0]!.toUpperCase() + m[0].slice(1);
      const what = DAYS_AND_MONTHS.includes(m[0]) ? 'the name of a day or month' : 'a place name';
      edits.push(ctx.replace(m.index, m.index + 1, name[0]!, `"${name}" is ${what}`));
    }
    capitalizeVouchedWords(text, ctx, edits);
    lowerTranslationCapitals(text, ctx, edits);
    capitalizeInstitutionNames(text, ctx, edits);
    restoreHouseCasing(text, ctx, edits);
    capitalizeNameParts(text, ctx, edits);
    capitalizeAcronymForms(text, ctx, edits);
    lowerSurnamesInCapitals(text, ctx, edits);
    for (const m of text.matchAll(SENTENCE_START)) {
      const before = matchBefore(text, m.index, WORD_BEFORE_STOP, 40)?.[1];
      if (before === undefined || before.length < 2 || ABBREVIATIONS.has(before.toLowerCase()) || STATE_ABBREVIATIONS.has(before)) continue;
      const start = m.index + 2;
      const next = matchAt(text, start, NEXT_WORD)?.[0];
      if (next === undefined || next.length < 2 || !ctx.lexicon.isWord(next) || ctx.isProtected(start, start + next.length)) continue;
      edits.push(ctx.replace(start, start + 1, next[0]!.toUpperCase(), `a sentence starts with a capital ("${next}")`));
    }
    for (const m of text.matchAll(CAPITAL_THE)) {
      edits.push(ctx.replace(m.index + 1, m.index + 3, 'he', '"THE" in capitals opening a paragraph'));
    }
    return edits;
  },
};

/**
 * Demonyms that English also writes in lower case, as words of their own or in set phrases
 * (to polish, a danish, french fries, go dutch, swiss roll, an afghan, argentine: silvery).
 */
const LOWER_CASE_DEMONYMS = new Set(['polish', 'danish', 'french', 'dutch', 'swiss', 'afghan', 'argentine', 'maltese']);
/**
 * Whether the article capitalizes `word` in mid-sentence in prose twice or more, or once when it
 * is the name of a person the lexicon knows: one capital in a heading or a list is not enough.
 */
function isVouchedName(word: string, ctx: RuleContext): boolean {
  const times = ctx.fact(CAPITALIZED_MID_SENTENCE, word);
  // The article's better-attested form wins: a word it writes in lower case more often stays (jsdiff).
  if (times > 0 && ctx.fact(LOWER_CASE_TIMES, word) > times) return false;
  if (times >= 2) return true;
  if (times === 0) return false;
  const name = word[0]!.toUpperCase() + word.slice(1);
  return ctx.lexicon.knownPeople.isKnownName(name) || ctx.lexicon.people.knownWords.has(name);
}

/** How many times the article writes a word in lower case, as it is asked (`jsdiff`). */
const LOWER_CASE_TIMES: Fact<string, number> = {
  id: 'casing:lower-case-times',
  prepare: (text, document) => ({ text, words: document.words(), answers: new Map<string, number>() }),
  answer: (prepared, word) => timesAsWord(prepared as WordCounts, word, WordFlag.Lower, WordFlag.Lower, 0),
};

/** The text and its words, and the counts already asked for (see timesAsWord). */
interface WordCounts {
  readonly text: string;
  readonly words: Words;
  readonly answers: Map<string, number>;
}

/**
 * How many of the text's words are `word` exactly with `flags & mask === want` and at least
 * `minLength` long: found by searching the text for the word (a rule asks about a few words, the
 * article has thousands) and keeping those the scan read as one whole word.
 */
function timesAsWord(counts: WordCounts, word: string, mask: number, want: number, minLength: number): number {
  let times = counts.answers.get(word);
  if (times === undefined) {
    const { text, words } = counts;
    times = 0;
    if (word.length >= minLength && word !== '') {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const w = lastAtOrBefore(words.starts, words.count, at);
        if (words.count > 0 && words.starts[w] === at && words.ends[w] === at + word.length && (words.flags[w]! & mask) === want) times++;
      }
    }
    counts.answers.set(word, times);
  }
  return times;
}

/** The shortest lower-case word capitalized because the article capitalizes it: shorter ones are particles (von, der, bin, al). */
const MIN_VOUCHED_LENGTH = 4;

/**
 * Lower-case words whose capital the lexicon or the article vouches for: a demonym (`russian`,
 * `ukrainian` → Russian, Ukrainian) or the acronym of an organization (`nato` → NATO), and a word
 * that is no English word which the article itself capitalizes in mid-sentence (`scholz`, where
 * it also writes "Chancellor Scholz"). Places, days and months are the loop above's.
 */
function capitalizeVouchedWords(text: string, ctx: RuleContext, edits: Edit[]): void {
  const words = ctx.words();
  const { starts, ends, flags, count } = words;
  const lexicon = ctx.lexicon;
  const forms = wordFormsOf(text, words);
  const candidates = answersFor(VOUCH_CANDIDATES, lexicon);
  const isCandidate = (form: string): boolean => !(lexicon.properCase(form) === undefined && (form.length < MIN_VOUCHED_LENGTH || lexicon.isWord(form)));
  for (let w = 0; w < count; w++) {
    if ((flags[w]! & (WordFlag.Lower | WordFlag.Apostrophe | WordFlag.Digit)) !== WordFlag.Lower) continue;
    // Most lower-case words are English words with no capitalized form: nothing below applies.
    if (!candidates.is(forms, forms.ids[w]!, isCandidate)) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    const word = text.slice(start, end);
    const proper = lexicon.properCase(word);
    if (NOT_BEFORE_NAME.test(text[start - 1] ?? '') || NOT_AFTER_NAME.test(text[end] ?? '') || text[end] === '@') continue;
    if (/^[.:]\p{L}/u.test(text.slice(end, end + 2))) continue; // a domain or a file name: nato.int
    if (/['"`]/.test(text[start - 1] ?? '') || /['"`]/.test(text[end] ?? '')) continue; // a string in code: 'tinybench'
    let replacement: string | undefined;
    let why = '';
    if (proper !== undefined && proper !== word && lexicon.countryOfDemonym(proper) && !LOWER_CASE_DEMONYMS.has(word)) {
      replacement = proper;
      why = `"${proper}" is a demonym`;
    } else if (proper !== undefined && proper !== word && word.length >= MIN_VOUCHED_LENGTH && lexicon.acronym(proper) && !lexicon.isWord(word)) {
      replacement = proper;
      why = `"${proper}" is written in capitals`;
    } else if (proper === undefined && word.length >= MIN_VOUCHED_LENGTH && !lexicon.isWord(word) && isVouchedName(word, ctx)) {
      replacement = word[0]!.toUpperCase() + word.slice(1);
      why = `the article writes "${replacement}" with a capital elsewhere`;
    }
    if (replacement === undefined || ctx.isProtected(start, end)) continue;
    edits.push(ctx.replace(start, end, replacement, why));
  }
}

/**
 * Where a word in capitals follows a first name as a surname printed in capitals (`Simone VEIL`,
 * `Jean MONNET`, as French and Italian papers print them): the word before capitalized and no
 * English word but a name the frequency list has (or a first name the lexicon knows), the word in capitals four letters or more
 * with a vowel, no acronym or country the lexicon knows, and not in a run of capitals (a
 * headline, `NEW YORK`).
 */
function surnameInCapitals(text: string, words: Words, w: number, lexicon: RuleContext['lexicon'], strict: boolean): boolean {
  const { starts, ends, flags, count } = words;
  const shape = flags[w]!;
  if (w < 1 || (shape & (WordFlag.AllCaps | WordFlag.Digit | WordFlag.Apostrophe)) !== WordFlag.AllCaps) return false;
  const start = starts[w]!;
  const end = ends[w]!;
  if (end - start < MIN_SURNAME_IN_CAPITALS || start - ends[w - 1]! !== 1 || text[start - 1] !== ' ') return false;
  if ((flags[w - 1]! & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.Digit)) !== WordFlag.Capitalized) return false;
  if (w + 1 < count && (flags[w + 1]! & WordFlag.AllCaps) !== 0 && starts[w + 1]! - end <= 2) return false;
  if (w >= 2 && (flags[w - 2]! & WordFlag.AllCaps) !== 0 && starts[w - 1]! - ends[w - 2]! === 1) return false;
  if (/[-/.@]/.test(text[end] ?? '') && /\p{L}/u.test(text[end + 1] ?? '')) return false;
  const word = text.slice(start, end);
  if (!/^\p{Lu}+$/u.test(word) || !/[AEIOUY]/.test(word) || lexicon.acronym(word) || lexicon.country(word)) return false;
  const first = text.slice(starts[w - 1]!, ends[w - 1]!);
  // A first name: one of a known person, or a word the word list lacks (strictly: a name the
  // frequency list has; once the article's convention is plain, any).
  if (first.length < 3 || lexicon.isWord(first.toLowerCase())) return lexicon.knownPeople.withFirstName(first).length > 0;
  return !strict || lexicon.knownPeople.withFirstName(first).length > 0 || lexicon.frequency(first) > 0;
}

const MIN_SURNAME_IN_CAPITALS = 4;

/**
 * How many times the article prints a surname in capitals after a first name: the convention is
 * the article's, so one such pair alone (`Gianni Infantino FIFA`) is not enough to read it.
 */
const SURNAMES_IN_CAPITALS: Fact<'', number> = {
  id: 'casing:surnames-in-capitals',
  prepare: (text, document) => {
    const words = document.words();
    let found = 0;
    for (let w = 1; w < words.count; w++) if (surnameInCapitals(text, words, w, document.lexicon, true)) found++;
    return found;
  },
  answer: (prepared) => prepared as number,
};

/** `Simone VEIL` -> `Simone Veil`, where the article prints surnames in capitals twice or more. */
function lowerSurnamesInCapitals(text: string, ctx: RuleContext, edits: Edit[]): void {
  const words = ctx.words();
  let convention: boolean | undefined;
  for (let w = 1; w < words.count; w++) {
    if (!surnameInCapitals(text, words, w, ctx.lexicon, false)) continue;
    convention ??= ctx.fact(SURNAMES_IN_CAPITALS, '') >= 2;
    if (!convention) return;
    const start = words.starts[w]!;
    const end = words.ends[w]!;
    if (ctx.isProtected(start, end)) continue;
    const word = text.slice(start, end);
    const name = word[0] + word.slice(1).toLowerCase();
    edits.push(ctx.replace(start, end, name, `"${word}": a surname the article prints in capitals after the first name`));
  }
}

/** Particles that stay lower-case inside a name (`Piero della Francesca`, `Nurul binti Ahmad`). */
const NAME_PARTICLES = new Set(['della', 'delle', 'degli', 'dello', 'binti', 'bint']);
/** The shortest lower-case surname capitalized after a first name: shorter ones are particles (van, von, der, bin, dos). */
const MIN_LOWER_SURNAME = 5;

/**
 * `Oleh bereziuk` -> `Oleh Bereziuk`: a lower-case word after a first name the lexicon knows
 * (capitalized, no English word), when the word is no English word and the frequency list never
 * saw it, and the article writes it with a capital elsewhere or the two are one known person: a
 * surname whose capital translation or scraping lost (not `Alfred bertrand` on its own). `narendra Modi` -> `Narendra
 * Modi`: a lower-case first name before a capitalized surname, when the two are one known person.
 * An article written all in lower case has no capitalized neighbour to go by, and is left alone.
 */
function capitalizeNameParts(text: string, ctx: RuleContext, edits: Edit[]): void {
  const words = ctx.words();
  const { starts, ends, flags, count } = words;
  const { lexicon } = ctx;
  const known = lexicon.knownPeople;
  const forms = wordFormsOf(text, words);
  const firstNames = answersFor(FIRST_NAME_FORMS, lexicon);
  const lowerSurnames = answersFor(LOWER_SURNAME_FORMS, lexicon);
  const lowerFirstNames = answersFor(LOWER_FIRST_NAME_FORMS, lexicon);
  // What the spellings alone decide (the checks below, asked once per spelling).
  const isFirstName = (form: string): boolean => !(known.withFirstName(form).length === 0 || lexicon.isWord(form));
  const isLowerSurname = (form: string): boolean =>
    !(form.length < MIN_LOWER_SURNAME || NAME_PARTICLES.has(form) || lexicon.isWord(form) || lexicon.frequency(form) > 0 || lexicon.properCase(form) !== undefined);
  const isLowerFirstName = (form: string): boolean => !(form.length < 3 || lexicon.isWord(form) || known.withFirstName(form[0]!.toUpperCase() + form.slice(1)).length === 0);
  for (let w = 0; w + 1 < count; w++) {
    if (ends[w]! + 1 !== starts[w + 1] || text[ends[w]!] !== ' ') continue;
    const left = flags[w]!;
    const right = flags[w + 1]!;
    if ((left & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.Digit | WordFlag.Apostrophe | WordFlag.LowerThenUpper)) === WordFlag.Capitalized && (right & (WordFlag.Lower | WordFlag.Apostrophe | WordFlag.Digit)) === WordFlag.Lower) {
      if (!lowerSurnames.is(forms, forms.ids[w + 1]!, isLowerSurname) || !firstNames.is(forms, forms.ids[w]!, isFirstName)) continue;
      const first = text.slice(starts[w]!, ends[w]!);
      const start = starts[w + 1]!;
      const end = ends[w + 1]!;
      const word = text.slice(start, end);
      if (word.length < MIN_LOWER_SURNAME || NAME_PARTICLES.has(word) || NOT_AFTER_NAME.test(text[end] ?? '') || text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue;
      if (known.withFirstName(first).length === 0 || lexicon.isWord(first) || lexicon.isWord(word) || lexicon.frequency(word) > 0 || lexicon.properCase(word) !== undefined) continue;
      if (ctx.isProtected(start, end)) continue;
      const name = word[0]!.toUpperCase() + word.slice(1);
      // Evidence that it is a name: the article writes it with a capital, or the two are one known person.
      const person = known.withSurname(name).some((p) => p.firstNames.includes(first));
      if (!person && ctx.fact(TIMES_WRITTEN, name) === 0) continue;
      edits.push(ctx.replace(start, start + 1, name[0]!, `"${first} ${name}": a surname after the first name "${first}"`));
    } else if ((left & (WordFlag.Lower | WordFlag.Apostrophe | WordFlag.Digit)) === WordFlag.Lower && (right & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.Digit | WordFlag.LowerThenUpper)) === WordFlag.Capitalized) {
      const start = starts[w]!;
      const end = ends[w]!;
      if (!lowerFirstNames.is(forms, forms.ids[w]!, isLowerFirstName) || NOT_BEFORE_NAME.test(text[start - 1] ?? '')) continue;
      const word = text.slice(start, end);
      const surname = text.slice(starts[w + 1]!, ends[w + 1]!).replace(/['’]s$/, '');
      const first = word[0]!.toUpperCase() + word.slice(1);
      if (word.length < 3 || lexicon.isWord(word) || !isFirstNameOf(known, first, surname) || ctx.isProtected(start, end)) continue;
      edits.push(ctx.replace(start, start + 1, first[0]!, `"${first} ${surname}": a known person's first name`));
    }
  }
}

/** Answers about spellings (see FormAnswers), one table per lexicon and question. */
const VOUCH_CANDIDATES = new WeakMap<Lexicon, FormAnswers>();
const FIRST_NAME_FORMS = new WeakMap<Lexicon, FormAnswers>();
const LOWER_SURNAME_FORMS = new WeakMap<Lexicon, FormAnswers>();
const LOWER_FIRST_NAME_FORMS = new WeakMap<Lexicon, FormAnswers>();
const HOUSE_FORMS = new WeakMap<Lexicon, FormAnswers>();

/** Whether a known person is written `first surname`. */
function isFirstNameOf(known: Lexicon['knownPeople'], first: string, surname: string): boolean {
  for (const person of known.withFirstName(first)) {
    for (let i = 0; i < person.firstNames.length; i++) if (person.firstNames[i] === first && person.surnames[i] === surname) return true;
  }
  return false;
}

/**
 * How many times the article writes each form of a word with a capital (`SKAI`, `Nato`), three
 * letters or more, as it is asked.
 */
const CAPITAL_FORM_TIMES: Fact<string, number> = {
  id: 'casing:capital-form-times',
  prepare: (text, document) => ({ text, words: document.words(), answers: new Map<string, number>() }),
  answer: (prepared, word) => timesAsWord(prepared as WordCounts, word, WordFlag.Capitalized | WordFlag.Digit | WordFlag.Apostrophe, WordFlag.Capitalized, 3),
};

/** Two capitals or more, then small letters: an acronym half lowered (`SKai`, `NAto`). */
const TWO_CAPITALS_THEN_SMALL = /^\p{Lu}{2,}\p{Ll}+$/u;

/**
 * `SKai` -> `SKAI` where the article writes the word in capitals: a form with two capitals then
 * small letters yields to the better-attested capitals. A capitalized or lower-case form does not
 * (Syriza and SYRIZA, json and JSON are both written). English words, names the lexicon knows and
 * words with capitals inside it lists stay.
 */
function capitalizeAcronymForms(text: string, ctx: RuleContext, edits: Edit[]): void {
  const { starts, ends, flags, count } = ctx.words();
  const { lexicon } = ctx;
  for (let w = 0; w < count; w++) {
    const shape = flags[w]!;
    if ((shape & (WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.Digit | WordFlag.Apostrophe | WordFlag.LowerThenUpper)) !== WordFlag.Capitalized || ends[w]! - starts[w]! < 3) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    // A second letter in lower case (most capitalized words) is no acronym half lowered.
    const second = text.charCodeAt(start + 1);
    if (second >= 0x61 && second <= 0x7a) continue;
    if (NOT_BEFORE_NAME.test(text[start - 1] ?? '') || NOT_AFTER_NAME.test(text[end] ?? '') || /^[.:]\p{L}/u.test(text.slice(end, end + 2))) continue;
    const word = text.slice(start, end);
    if (!TWO_CAPITALS_THEN_SMALL.test(word)) continue;
    const upper = word.toUpperCase();
    if (ctx.fact(CAPITAL_FORM_TIMES, upper) === 0) continue;
    if (lexicon.isWord(word) || lexicon.frequency(word) > 0 || lexicon.isMixedCase(word) || lexicon.knownPeople.isKnownName(word) || lexicon.isPlace(word) || lexicon.country(word)) continue;
    if (ctx.isProtected(start, end)) continue;
    edits.push(ctx.replace(start, end, upper, `the article writes "${upper}" in capitals`));
  }
}

/** Words before a noun that may stand for a named body (`the Authority`, `its Board`): a capital after one may be a short name. */
const NOUN_DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose',
  'each', 'every', 'any', 'no', 'another', 'such', 'both', 'either', 'neither', 'other', 'all', 'some', 'many',
  'several', 'few', 'fellow', 'two', 'three', 'four', 'five',
]);
/** Small words that join the words of a name (`Ministry of Justice`, `Bread and Roses`). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'on', 'in', 'at', 'to', 'upon', 'et', 'y', 'e']);
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...DETERMINERS]);
/** Small words inside a title or name, before a capitalized word (`Journey into Night`, `Ministry of Justice`). */
const TITLE_LINKS = new Set([...NAME_JOINERS, ...PREPOSITIONS.map((word) => word.toLowerCase())]);
/** Nouns house styles capitalize alone and without an article (`told Parliament`, `thank God`, `on Earth`). */
const CAPITALIZED_ALONE = new Set([
  'Parliament', 'Congress', 'Government', 'Cabinet', 'Treasury', 'Senate', 'Council', 'Court', 'Commission', 'Assembly',
  'Church', 'State', 'Crown', 'God', 'Heaven', 'Hell', 'Lord', 'Bible', 'Internet', 'Web', 'Earth', 'Moon', 'Sun', 'Mass',
  'Scripture', 'Gospel', 'Prophet', 'Creator', 'Providence', 'Nature', 'Army', 'Navy', 'Police', 'Customs', 'Mother',
  'Father', 'Dad', 'Mum', 'Mom', 'Grandma', 'Grandpa', 'Parliaments', 'Brexit', 'Mayday', 'Christmas', 'Easter',
]);
/**
 * How often the article must write a word in lower case before its capital in mid-sentence is
 * taken for translation's: twice, so that a brand named once beside the word (`joined Apple in
 * 2010 … an apple a day`) keeps its capital.
 */
const MIN_LOWER_CASE_TIMES = 2;
/** The shortest common word lowered in mid-sentence. */
const MIN_TRANSLATION_CAPITAL = 4;
const NOT_PLAIN_CAPITALIZED = WordFlag.AllCaps | WordFlag.LowerThenUpper | WordFlag.Digit | WordFlag.DigitThenUpper | WordFlag.Apostrophe;

/**
 * `heard with Authority and` -> `with authority and`: an English word that translation capitalized
 * in mid-sentence, between two lower-case words, when the article writes it in lower case twice elsewhere
 * and with a capital in mid-sentence nowhere else (the better-attested form wins), and `vote,
 * Speaking from` -> `speaking`: a participle capitalized after a comma. Never after "the", "its"
 * and the like (`the Authority` may stand for a named body), inside a name (`Palestinian
 * Authority`, `Ministry of Justice`), after "film", "titled" and the like, nor for a word that is
 * also a name, place, people, title, day or month, or a noun styles capitalize alone (`told
 * Parliament`).
 */
function lowerTranslationCapitals(text: string, ctx: RuleContext, edits: Edit[]): void {
  const { starts, ends, flags, count } = ctx.words();
  const { lexicon } = ctx;
  for (let w = 1; w + 1 < count; w++) {
    if ((flags[w]! & (WordFlag.Capitalized | NOT_PLAIN_CAPITALIZED)) !== WordFlag.Capitalized) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    if (end - start < MIN_TRANSLATION_CAPITAL || starts[w + 1] !== end + 1 || text.charCodeAt(end) !== 0x20) continue;
    if ((flags[w + 1]! & (WordFlag.Lower | WordFlag.Capitalized | WordFlag.Digit)) !== WordFlag.Lower) continue;
    const gap = start - ends[w - 1]!;
    const afterComma = gap === 2 && text[start - 2] === ',' && text[start - 1] === ' ';
    if (!afterComma && (gap !== 1 || text.charCodeAt(start - 1) !== 0x20)) continue;
    if ((flags[w - 1]! & (WordFlag.Lower | WordFlag.Capitalized | WordFlag.AllCaps | WordFlag.Digit)) !== WordFlag.Lower) continue;
    const previous = text.slice(starts[w - 1]!, ends[w - 1]!);
    const next = text.slice(starts[w + 1]!, ends[w + 1]!);
    if (NOUN_DETERMINERS.has(previous) || TITLE_INTRODUCERS.has(previous) || SPEECH_VERBS.has(previous)) continue;
    // Inside a name: a joining word between it and a capital on either side.
    if (TITLE_LINKS.has(previous) && w >= 2 && (flags[w - 2]! & WordFlag.Capitalized) !== 0) continue; // `Journey into Night`
    if (NAME_JOINERS.has(next) && isCapitalizedAt(flags, count, w + 2, text, starts, ends)) continue;
    const word = text.slice(start, end);
    if (FUNCTION_WORDS.has(word)) continue; // the first loop's
    const lower = word.toLowerCase();
    const participle = afterComma && lower.endsWith('ing');
    if (afterComma && !participle) continue;
    if (CAPITALIZED_ALONE.has(word) || !lexicon.isWord(lower) || DAYS_AND_MONTHS.includes(lower)) continue;
    if (!mayBeLowered(lexicon, word, lower)) continue;
    if (ctx.fact(CAPITALIZED_MID_SENTENCE, lower) !== 1 || (!participle && ctx.fact(LOWER_CASE_TIMES, lower) < MIN_LOWER_CASE_TIMES) || ctx.isProtected(start, end)) continue;
    if (participle && isListOfTitles(text, lexicon, start)) continue;
    const why = participle ? `"${word}" in mid-sentence after a comma` : `"${word}" in mid-sentence; the article writes "${lower}" elsewhere`;
    edits.push(ctx.replace(start, start + 1, lower[0]!, why));
  }
}

/** A capitalized word after a comma and a space. */
const CAPITAL_AFTER_COMMA = /, (\p{Lu}\p{Ll}+)/gu;

/**
 * Whether the line of `at` capitalizes another English word after a comma: a list of titles
 * (`healthy bones, Identifying problems in proteomics, Dopamine neurons are`), not prose.
 */
function isListOfTitles(text: string, lexicon: Lexicon, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  for (const m of text.slice(lineStart, lineEnd).matchAll(CAPITAL_AFTER_COMMA)) {
    if (lineStart + m.index + 2 === at) continue;
    const word = m[1]!;
    if (lexicon.isWord(word) && mayBeLowered(lexicon, word, word.toLowerCase())) return true;
  }
  return false;
}

/** Whether word `w` is capitalized, or is "the" or "a" before a capitalized word (`of the Future`). */
function isCapitalizedAt(flags: Words['flags'], count: number, w: number, text: string, starts: Words['starts'], ends: Words['ends']): boolean {
  if (w >= count) return false;
  if ((flags[w]! & WordFlag.Capitalized) !== 0) return true;
  return w + 1 < count && /^(?:the|a|an)$/.test(text.slice(starts[w]!, ends[w]!)) && (flags[w + 1]! & WordFlag.Capitalized) !== 0;
}

/** Whether a capitalized English word is nothing else the lexicon knows: no name, place, people, acronym, title or word with capitals inside. */
function mayBeLowered(lexicon: Lexicon, word: string, lower: string): boolean {
  if (lexicon.knownPeople.isKnownName(word) || lexicon.knownPeople.isOtherName(word) || lexicon.properCase(lower) !== undefined) return false;
  return !lexicon.isPlace(word) && !lexicon.city(word) && !lexicon.isRegion(word) && !lexicon.country(word) && !lexicon.countryOfDemonym(word) && !lexicon.acronym(word.toUpperCase()) && !lexicon.isTitle(word) && !lexicon.isMixedCase(word);
}

/** Portfolios written before "Ministry" or "Minister" (`foreign Ministry` -> `Foreign Ministry`). */
const PORTFOLIOS = new Set([
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'justice', 'education', 'economy', 'agriculture',
  'energy', 'environment', 'culture', 'transport', 'labour', 'labor', 'trade', 'home', 'external', 'economic',
]);
/** The words after which a lower-case portfolio is part of the name: a capitalized office. */
const MINISTRY = /^Minist(?:ry|ries|er|ers)$/;

/**
 * Institution names with a word in lower case: `Ministry of justice` -> `Ministry of Justice`, where
 * the article writes the name with capitals elsewhere (its own better-attested form), and
 * `foreign Ministry` -> `Foreign Ministry`, a portfolio before a capitalized "Ministry" or
 * "Minister": one name cased two ways.
 */
function capitalizeInstitutionNames(text: string, ctx: RuleContext, edits: Edit[]): void {
  const words = ctx.words();
  const { starts, ends, flags, count } = words;
  const forms = wordFormsOf(text, words);
  const joined = (a: number): boolean => a + 1 < count && starts[a + 1] === ends[a]! + 1 && text.charCodeAt(ends[a]!) === 0x20;
  for (let w = 0; w < count; w++) {
    if ((flags[w]! & (WordFlag.Lower | WordFlag.Digit)) !== WordFlag.Lower) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    // A portfolio before "Ministry" or "Minister".
    if ((flags[w]! & WordFlag.Apostrophe) === 0 && joined(w) && (flags[w + 1]! & (WordFlag.Capitalized | NOT_PLAIN_CAPITALIZED)) === WordFlag.Capitalized) {
      const word = forms.forms[forms.ids[w]!]!;
      if (PORTFOLIOS.has(word) && MINISTRY.test(text.slice(starts[w + 1]!, ends[w + 1]!).replace(/['’]s$/, '')) && !ctx.isProtected(start, end)) {
        edits.push(ctx.replace(start, start + 1, word[0]!.toUpperCase(), `"${word[0]!.toUpperCase()}${word.slice(1)} ${text.slice(starts[w + 1]!, ends[w + 1]!)}": one name, one casing`));
        continue;
      }
    }
    // `Ministry of justice`: a capitalized word, "of", then this one.
    if (w < 2 || !joined(w - 1) || !joined(w - 2) || end - start < 3) continue;
    if ((flags[w - 2]! & (WordFlag.Capitalized | NOT_PLAIN_CAPITALIZED)) !== WordFlag.Capitalized || !isOfOrFor(text, starts[w - 1]!, ends[w - 1]!)) continue;
    const stem = forms.forms[forms.ids[w]!]!.replace(/['’]s$/, '');
    if (/['’]/.test(stem)) continue;
    const head = text.slice(starts[w - 2]!, ends[w - 2]!);
    const joiner = text.slice(starts[w - 1]!, ends[w - 1]!);
    const capitalized = stem[0]!.toUpperCase() + stem.slice(1);
    // The article must write "of Justice" somewhere before "Ministry of Justice" can be searched for.
    if (!ctx.fact(AFTER_OF, `${joiner} ${capitalized}`) || ctx.fact(TIMES_WRITTEN, `${head} ${joiner} ${capitalized}`) === 0 || ctx.isProtected(start, end)) continue;
    edits.push(ctx.replace(start, start + 1, capitalized[0]!, `the article writes "${head} ${joiner} ${capitalized}" with capitals elsewhere`));
  }
}

/** Whether the word `[start, end)` is "of" or "for". */
function isOfOrFor(text: string, start: number, end: number): boolean {
  return (end - start === 2 && text.startsWith('of', start)) || (end - start === 3 && text.startsWith('for', start));
}

/**
 * The words the article writes right after "of" or "for" and one space, each with that word
 * before it and cut at an apostrophe (`of Justice` for "of Justice's"): a phrase `Ministry of
 * Justice` can be written only where its last two words are. Read once a pass; asked with the two
 * words.
 */
const AFTER_OF: Fact<string, boolean> = {
  id: 'casing:after-of',
  prepare: (text, document) => {
    const { starts, ends, flags, count } = document.words();
    const pairs = new Set<string>();
    for (let w = 1; w < count; w++) {
      const start = starts[w]!;
      if (ends[w - 1] !== start - 1 || text.charCodeAt(start - 1) !== 0x20 || !isOfOrFor(text, starts[w - 1]!, ends[w - 1]!)) continue;
      let end = ends[w]!;
      if ((flags[w]! & WordFlag.Apostrophe) !== 0) {
        for (let i = start; i < end; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x27 || c === 0x2019) {
            end = i;
            break;
          }
        }
      }
      pairs.add(text.slice(starts[w - 1]!, end));
    }
    return pairs;
  },
  answer: (prepared, pair) => (prepared as Set<string>).has(pair),
};

/** Title-case forms of the words the lexicon writes with capitals inside (`Youtube` -> YouTube), built once per lexicon. */
const houseForms = new WeakMap<Lexicon, ReadonlyMap<string, string>>();
/**
 * Mixed-case forms the title-case form of which is as good: names with Mc, Mac, De, Di, La, Le,
 * Du or Van (Macdonald, Dupont), and brands whose own casing is the title case (Starlink, Ryanair).
 */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|La|Le|Du|Van|Vd)\p{Lu}/u;
const TITLE_CASE_TOO = new Set(['StarLink', 'RyanAir', 'JetStar', 'WizzAir', 'SkyNews', 'VietJet', 'FactCheck', 'InterContinental', 'BlackBerry', 'TheJournal', 'TheLocal']);

function houseFormsOf(lexicon: Lexicon): ReadonlyMap<string, string> {
  let forms = houseForms.get(lexicon);
  if (!forms) {
    const built = new Map<string, string>();
    for (const word of lexicon.mixedCaseWords) {
      if (!/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) || NAME_PREFIX.test(word) || TITLE_CASE_TOO.has(word)) continue;
      const title = word[0] + word.slice(1).toLowerCase();
      if (title === word || lexicon.isWord(title) || lexicon.isMixedCase(title)) continue;
      built.set(title, word);
    }
    houseForms.set(lexicon, (forms = built));
  }
  return forms;
}

/**
 * `Youtube` -> `YouTube`: a brand the lexicon writes with a capital inside, written in title case
 * (a scraper's or translator's casing). Names with Mc, Mac, De and the like and brands whose title
 * case is their own (Ryanair, Starlink) stay; so do handles, hashtags, domains and file names.
 */
function restoreHouseCasing(text: string, ctx: RuleContext, edits: Edit[]): void {
  const words = ctx.words();
  const { starts, ends, flags, count } = words;
  let forms: ReadonlyMap<string, string> | undefined;
  let spellings: WordForms | undefined;
  const houses = answersFor(HOUSE_FORMS, ctx.lexicon);
  const hasHouseForm = (form: string): boolean => forms!.has(form);
  for (let w = 0; w < count; w++) {
    if ((flags[w]! & (WordFlag.Capitalized | NOT_PLAIN_CAPITALIZED | WordFlag.NonAscii)) !== WordFlag.Capitalized) continue;
    const start = starts[w]!;
    const end = ends[w]!;
    if (end - start < 5) continue;
    forms ??= houseFormsOf(ctx.lexicon);
    spellings ??= wordFormsOf(text, words);
    if (!houses.is(spellings, spellings.ids[w]!, hasHouseForm)) continue;
    const house = forms.get(text.slice(start, end));
    if (house === undefined || NOT_BEFORE_NAME.test(text[start - 1] ?? '') || NOT_AFTER_NAME.test(text[end] ?? '') || /^[.:]\p{L}/u.test(text.slice(end, end + 2))) continue;
    if (ctx.isProtected(start, end)) continue;
    edits.push(ctx.replace(start, end, house, `"${house}" is written with a capital inside`));
  }
}

/**
 * Whether the line up to the comma at `comma` is a dateline: capitalized words only, perhaps with
 * a date (`New York, The Minister…`, `MANAMA, Dec. 3, The…`). After it, "The" opens the sentence.
 */
function isDatelineBefore(text: string, comma: number): boolean {
  const lineStart = text.lastIndexOf('\n', comma - 1) + 1;
  if (comma - lineStart > 60) return false;
  return DATELINE.test(text.slice(lineStart, comma));
}

const DATELINE = /^\s*\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,4}))*$/u;
