// Spacing left behind by scraping and machine translation: runs of spaces inside a line, spaces
// before punctuation (`it .`, `( Nov 24`), a sign cut from its number (`+ 8,420`), a doubled full
// stop (`noes. .`), trailing spaces and runs of blank lines. Leaves indentation, aligned columns,
// spaced ellipses (`wait ... what`), arithmetic (`3 + 4`) and single no-break spaces alone.
import type { Edit, Line, Rule, RuleContext } from '../engine/types.js';
import { isFrenchPassage } from '../text/french.js';
import { isLetter } from '../text/chars.js';
import { TIMES_WRITTEN } from '../text/facts.js';

// Each pattern starts with the spaces or marks it is about (so the engine scans for them) and the
// characters around are checked in code: a pattern that started with a lookbehind would be tried
// at every position of the text. A pattern about a run of spaces before something (`word  ,`)
// matches only the run's last space, and the run is found by walking back (runStart): `[ ]+,`
// would be tried at every space of a long run, reading the rest of the run each time.

/** Two or more spaces (no-break spaces count); between two visible characters of one line, a run. */
const SPACE_RUN = /[ \u00a0]{2,}/g;
/** Three or more spaces: a line with two such runs is laid out in columns. */
const COLUMN_GAP = /[^\s] {3,}(?=[^\s])/g;
/** A space, then `, . ; : ! ?` that end a word: followed by a space, a quote, a bracket or the end. */
const SPACE_BEFORE_MARK = /[ \u00a0]([,.;:!?])(?=$|[\s"“”’»)\]])/gm;
/** What such spaces must follow: the end of a word. */
const WORD_END = /[\p{L}\p{N}\p{M}’”»)\]%]/u;
/** A space just inside a bracket: `( Nov 24`, `local time )`. */
const SPACE_INSIDE_OPEN = /([(\[])[ \u00a0]+(?=[\p{L}\p{N}])/gu;
/** A closing bracket (a space before it is checked). */
const CLOSING_BRACKET = /[)\]]/g;
const BEFORE_CLOSE = /[\p{L}\p{N}.!?’”]/u;
/** A plus sign cut from its number after a bracket or a colon: `(+ 30`, `Puglia: + 8,420`. */
const DETACHED_PLUS = /\+[ \u00a0]+(?=\d)/y;
/**
 * A number cut from the hyphen of its compound: `a 75 -minute speech`. Reading: a hyphen before
 * three lower-case letters, then (checked in code) spaces and a digit before it, an English word
 * of three letters or more after it, and the number standing alone (not `python3 -c`).
 */
const HYPHEN_BEFORE_WORD = /-(?=\p{Ll}{3})/gu;
const WORD_AFTER_HYPHEN = /\p{Ll}+(?![\p{L}\p{N}_-])/uy;
/** A second full stop after a sentence already ended: `noes. .` */
const REPEATED_STOP = /[.!?][ \u00a0]+\.(?=$|\s)/gm;
const BEFORE_STOP = /[\p{L}\p{N}\p{M})”’]/u;
/**
 * Blank lines (lines with nothing but spaces count as blank): a line break, then everything blank
 * up to the last line break before text. Three or more (four line breaks) are the gap removed page
 * elements leave; two may be a deliberate section break and stay. The lines are counted in code:
 * a pattern that repeats a group for each line (`(?:[ ]*\n){3,}`) needs stack for every line,
 * and a few megabytes of blank lines overflow it.
 */
const BLANK_LINES = /\n[ \t\u00a0\n]*\n/g;
const MIN_BREAKS_IN_RUN = 4;
/** Blank lines before the first line with text. */
const LEADING_BLANK = /^[ \t\u00a0\n]*\n/;

export const whitespace: Rule = {
  id: 'whitespace',
  description: 'Collapse runs of spaces and blank lines; remove spaces before punctuation and at line ends',
  category: 'spacing',
  leaves: 'indentation, column layouts, two spaces after every sentence in a text written so, spaced ellipses, arithmetic, emoticons, single no-break spaces, two blank lines, the end of a text cut off without a final newline',
  examples: [
    ['two  spaces', 'two spaces'],
    ['it .', 'it.'],
    ['( Nov 24', '(Nov 24'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const lines = ctx.lines();
    const columnLines = new Map<number, boolean>(); // whether a line is laid out in columns, by index, read when first asked
    let line = 0; // the line of the current run of spaces (the runs come in order)
    let twoAfterSentences: boolean | undefined; // read from the whole text when first needed
    for (const match of text.matchAll(SPACE_RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isSpaceOrEdge(text[start - 1]) || isSpaceOrEdge(text[end])) continue; // indentation, line ends
      if (match[0] === '  ' && SENTENCE_END.test(text.slice(Math.max(0, start - 2), start)) && (twoAfterSentences ??= writesTwoSpacesAfterSentences(text))) continue;
      while (lines[line]!.next <= start && line < lines.length - 1) line++;
      if (!match[0].includes(' ') || isColumnLine(text, lines[line]!, columnLines)) continue;
      if (ctx.isProtected(start, end)) continue;
      edits.push(ctx.replace(start, end, ' ', 'run of spaces'));
    }
    const isFrench = frenchLines(text, lines);
    for (const match of text.matchAll(SPACE_BEFORE_MARK)) {
      const start = runStart(text, match.index, SPACES);
      const mark = match[1] as string;
      const end = match.index + 1;
      if (!WORD_END.test(text[start - 1] ?? '')) continue;
      if (isFrenchSpacing(text, start, mark) && isFrench(start)) continue;
      if (mark === '.' && isInEllipsis(text, end)) continue;
      if (mark === ':' && /\d/.test(text[end + 1] ?? '')) continue; // "10 :30" is a time, not ours
      if ((mark === ':' || mark === ';') && /[()[\]]/.test(text[end + 1] ?? '')) continue; // an emoticon: "happy :)"
      if (ctx.isProtected(start - 1, end + 1)) continue;
      edits.push(ctx.remove(start, end, `space before "${mark}"`));
    }
    for (const match of text.matchAll(SPACE_INSIDE_OPEN)) {
      if (/[:;=]/.test(text[match.index - 1] ?? '')) continue; // an emoticon: ";( soon"
      const start = match.index + 1;
      edits.push(ctx.remove(start, match.index + match[0].length, `space after "${match[1]}"`));
    }
    for (const match of text.matchAll(CLOSING_BRACKET)) {
      if (!isSpaceCode(text.charCodeAt(match.index - 1))) continue;
      const start = runStart(text, match.index - 1, SPACES);
      if (!BEFORE_CLOSE.test(text[start - 1] ?? '')) continue;
      edits.push(ctx.remove(start, match.index, `space before "${match[0]}"`));
    }
    for (const match of text.includes('+') ? matchesFrom(text, '+', DETACHED_PLUS) : []) {
      // After a bracket, a colon (and perhaps a space) or at a line start: `(+ 30`, `Puglia: + 8`.
      const before = text[match.index - 1];
      const context = before === ' ' ? text[match.index - 2] : before;
      if (!(context === undefined || context === '\n' || context === '(' || context === ':')) continue;
      edits.push(ctx.remove(match.index + 1, match.index + match[0].length, 'space between a sign and its number'));
    }
    const spaceHyphen = hasSpaceBefore(text, '-');
    for (const match of spaceHyphen ? text.matchAll(HYPHEN_BEFORE_WORD) : []) {
      // A digit, spaces, this hyphen: found from the hyphen (digits are many).
      const hyphen = match.index;
      if (!isSpaceCode(text.charCodeAt(hyphen - 1))) continue;
      const digit = runStart(text, hyphen - 1, SPACES) - 1;
      const d = text.charCodeAt(digit);
      if (!(d >= 48 && d <= 57)) continue;
      let numberStart = digit;
      while (numberStart > 0 && /[\d.,]/.test(text[numberStart - 1]!)) numberStart--;
      if (numberStart > 0 && !/[\s(]/.test(text[numberStart - 1]!)) continue; // python3 -c, A4 -size
      WORD_AFTER_HYPHEN.lastIndex = hyphen + 1;
      const word = WORD_AFTER_HYPHEN.exec(text)?.[0];
      if (word === undefined || !ctx.lexicon.isWord(word)) continue;
      edits.push(ctx.remove(digit + 1, hyphen, 'space between a number and the hyphen of its compound'));
    }
    if (spaceHyphen) spaceBeforeHyphen(text, ctx, edits);
    if (text.includes(': ')) spaceInsideTime(text, ctx, edits);
    if (hasSpaceBefore(text, '+')) spaceBeforePlus(text, ctx, edits);
    if (hasSpaceBefore(text, ',')) commaOnTheWrongSide(text, ctx, edits);
    for (const match of text.matchAll(REPEATED_STOP)) {
      if (!BEFORE_STOP.test(text[match.index - 1] ?? '') || isInEllipsis(text, match.index + match[0].length - 1)) continue;
      edits.push(ctx.remove(match.index + 1, match.index + match[0].length, 'stray full stop after the end of a sentence'));
    }
    // Spaces or tabs at the end of a line, found from the line breaks (few) rather than from every
    // space (many). Not at the very end of a text without a final line break: such a text may be
    // an excerpt cut off mid-sentence, and its cut is left as it is.
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
      if (newline === 0 || !SPACES_AND_TABS.includes(text[newline - 1]!)) continue;
      edits.push(ctx.remove(runStart(text, newline - 1, SPACES_AND_TABS), newline, 'trailing spaces'));
    }
    // Tested, not matched: every paragraph break is a run, and few are long. A run ends after its
    // last line break and starts at the first line break of the blank stretch before that.
    BLANK_LINES.lastIndex = 0;
    while (BLANK_LINES.test(text)) {
      const end = BLANK_LINES.lastIndex;
      let start = end - 1;
      while (start > 0 && isBlankCode(text.charCodeAt(start - 1))) start--;
      start = text.indexOf('\n', start);
      if (countBreaks(text, start, end) < MIN_BREAKS_IN_RUN) continue;
      edits.push(ctx.replace(start, end, '\n\n', 'run of blank lines'));
    }
    const leading = ctx.edges.start ? LEADING_BLANK.exec(text) : null;
    if (leading && leading[0].length < text.length) {
      edits.push(ctx.remove(0, leading[0].length, 'blank lines at the start'));
    }
    const trailing = ctx.edges.end ? trailingBlankStart(text) : -1;
    if (trailing > 0) {
      edits.push(ctx.replace(trailing, text.length, '\n', 'blank lines at the end'));
    }
    return edits;
  },
};

/**
 * French typography spaces `: ; ! ?` off the word before, and a full stop or comma off a closing
 * guillemet (`demain » .`); in a French passage that is its house style.
 */
function isFrenchSpacing(text: string, start: number, mark: string): boolean {
  return ':;!?'.includes(mark) || text[start - 1] === '»' || text[start - 1] === '›';
}

/**
 * Whether the line holding an offset is a French passage, asked with ascending offsets; each line
 * is read once, when first asked about.
 */
function frenchLines(text: string, lines: readonly Line[]): (at: number) => boolean {
  let index = 0;
  let known: boolean | undefined;
  return (at) => {
    while (index < lines.length - 1 && lines[index]!.next <= at) {
      index++;
      known = undefined;
    }
    const line = lines[index]!;
    known ??= isFrenchPassage(text.slice(line.start, line.end));
    return known;
  };
}

/** Whether a line is laid out in columns (two or more gaps of three spaces), remembered in `known` by its index. */
function isColumnLine(text: string, line: Line, known: Map<number, boolean>): boolean {
  let columns = known.get(line.index);
  if (columns === undefined) {
    const content = text.slice(line.start, line.end);
    let gaps = 0;
    if (content.includes('   ')) for (const _ of content.matchAll(COLUMN_GAP)) gaps++;
    known.set(line.index, (columns = gaps >= 2));
  }
  return columns;
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** The line breaks in `[start, end)`. */
function countBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** A character of a blank stretch: a space, a tab, a no-break space or a line break. */
function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 9 || c === 0xa0 || c === 10;
}

const SPACES = ' \u00a0';

/**
 * The matches of sticky `pattern` (which starts with `first`) in order, tried only where `first`
 * occurs: found by a search for that character, as a search of the pattern may try every offset.
 */
function* matchesFrom(text: string, first: string, pattern: RegExp): Generator<RegExpExecArray> {
  for (let at = text.indexOf(first); at >= 0; ) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) {
      at = text.indexOf(first, at + 1);
      continue;
    }
    yield match;
    at = text.indexOf(first, at + match[0].length);
  }
}

/** A space or a no-break space (SPACES), by code. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/**
 * The offset of the first space (U+0020) at or after `from` that `mark` follows, as
 * `text.indexOf(' ' + mark, from)` gives it, or -1. Found from the mark: a search from the
 * spaces would stop at every one of them.
 */
function nextSpaceBefore(text: string, mark: string, from: number): number {
  for (let at = text.indexOf(mark, from + 1); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (text.charCodeAt(at - 1) === 0x20) return at - 1;
  }
  return -1;
}

/** Whether `mark` follows a space (U+0020) anywhere in the text. */
function hasSpaceBefore(text: string, mark: string): boolean {
  return nextSpaceBefore(text, mark, 0) >= 0;
}
const SPACES_AND_TABS = ' \t\u00a0';

/** The start of the run of `chars` that ends with the one at `last`. */
function runStart(text: string, last: number, chars: string): number {
  let start = last;
  while (start > 0 && chars.includes(text[start - 1]!)) start--;
  return start;
}

/**
 * Where the blank lines after the last line with text start (the line break ending that line),
 * when there are any: one final line break stays. Found from the end, as a pattern ending in `$`
 * would be tried at every line break of the text.
 */
function trailingBlankStart(text: string): number {
  if (!text.endsWith('\n')) return -1;
  let tail = text.length;
  while (tail > 0 && (SPACES_AND_TABS.includes(text[tail - 1]!) || text[tail - 1] === '\n')) tail--;
  const first = text.indexOf('\n', tail);
  return first < text.length - 1 ? first : -1;
}

/** Whether the full stop at `dot` is one of three or more, spaced (`. . .`) or not (`...`). */
function isInEllipsis(text: string, dot: number): boolean {
  let dots = 1;
  for (let i = dot - 1; i >= 0 && dots < 3; i--) {
    if (text[i] === '.') dots++;
    else if (!(text[i] === ' ' && text[i - 1] === '.')) break;
  }
  for (let i = dot + 1; i < text.length && dots < 3; i++) {
    if (text[i] === '.') dots++;
    else if (!(text[i] === ' ' && text[i + 1] === '.')) break;
  }
  return dots >= 3;
}

/**
 * A word cut from the hyphen of its compound: `full -scale war`, `the press -secretary`. Reading:
 * a lower-case English word of content, a space, a hyphen and a lower-case English word, then a
 * space or punctuation. Not a command-line flag (`use the -name option`, `ls -la`): the word
 * before is no function word or verb of code, and the line has no code marks.
 */
const WORD_SPACE_HYPHEN = / -(?=\p{Ll}{3,}[\s,.;:!?)”’"])/uy;
const WORD_BEFORE = /(?:^|[\s(“"])(\p{Ll}{2,})$/u;
/** Words that start hyphenated compounds: `full-scale`, `long-term`, `press-secretary`, `ex-president`. */
const COMPOUND_FIRST = new Set([
  'full', 'large', 'small', 'long', 'short', 'high', 'low', 'well', 'self', 'half', 'all', 'non', 'anti', 'pro', 'post', 'pre',
  'ex', 'co', 'vice', 'deputy', 'press', 'first', 'second', 'third', 'top', 'mid', 'middle', 'wide', 'far', 'near', 'hard',
  'cross', 'counter', 'multi', 'semi', 'record', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'twelve', 'hundred', 'thousand', 'year', 'day', 'state', 'left', 'right', 'so', 'much', 'never', 'ever',
]);
const HYPHEN_WORD = /\p{Ll}+/uy;
/** Words before a flag or an option in prose about code, and function words. */
const NOT_BEFORE_COMPOUND = new Set([
  'the', 'and', 'with', 'use', 'uses', 'using', 'run', 'runs', 'pass', 'passes', 'add', 'type', 'call', 'set', 'flag', 'option',
  'command', 'switch', 'argument', 'parameter', 'for', 'from', 'then', 'than', 'but', 'not', 'its', 'his', 'her', 'their', 'our',
  'this', 'that', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'can', 'may', 'try', 'enter', 'append', 'without',
]);

function spaceBeforeHyphen(text: string, ctx: RuleContext, edits: Edit[]): void {
  // Found from the literal ` -` (indexOf is native), each occurrence checked by the sticky pattern.
  for (let at = nextSpaceBefore(text, '-', 0); at >= 0; at = nextSpaceBefore(text, '-', at + 2)) {
    const c = text.charCodeAt(at - 1);
    const d = text.charCodeAt(at + 2);
    // A lower-case letter on both sides (ASCII by code, anything else by one Unicode test).
    if (!(c >= 97 && c <= 122) && !(c > 127 && /\p{Ll}/u.test(text[at - 1]!))) continue;
    if (!(d >= 97 && d <= 122) && !(d > 127 && /\p{Ll}/u.test(text[at + 2] ?? ''))) continue;
    WORD_SPACE_HYPHEN.lastIndex = at;
    const match = WORD_SPACE_HYPHEN.exec(text);
    if (match === null) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (before === undefined || NOT_BEFORE_COMPOUND.has(before) || !ctx.lexicon.isWord(before)) continue;
    HYPHEN_WORD.lastIndex = match.index + 2;
    const after = HYPHEN_WORD.exec(text)?.[0];
    if (after === undefined || !ctx.lexicon.isWord(after) || isCodeLine(text, match.index)) continue;
    // The word before starts compounds (`full-scale`, `press-secretary`), or the article writes
    // the compound whole elsewhere: an option of a command (`java -version`) is neither.
    if (!COMPOUND_FIRST.has(before) && ctx.fact(TIMES_WRITTEN, `${before}-${after}`) === 0) continue;
    // The flag itself is protected (`-scale` reads as one); the space before it is what changes.
    if (ctx.isProtected(match.index - before.length, match.index + 1)) continue;
    edits.push(ctx.remove(match.index, match.index + 1, `space between "${before}" and the hyphen of its compound`));
  }
}

/** A time with a space after its colon (`at 00: 50`, `09: 30`): the hour before `: `, the minutes after. */
const HOUR_BEFORE = /(?:^|[^\d:.,])([01]\d|2[0-3]|\d)$/;
const MINUTES_AFTER = /^[0-5]\d(?![\d:])/;
const TIME_WORD_BEFORE = /(?:^|\s)(?:at|from|until|till|to|by|since|around|about|before|after|between)\s$/i;

function spaceInsideTime(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (let colon = text.indexOf(': '); colon >= 0; colon = text.indexOf(': ', colon + 2)) {
    const c = text.charCodeAt(colon - 1);
    if (!(c >= 48 && c <= 57)) continue;
    const hour = HOUR_BEFORE.exec(text.slice(Math.max(0, colon - 3), colon))?.[1];
    if (hour === undefined || !MINUTES_AFTER.test(text.slice(colon + 2, colon + 5))) continue;
    // A zero-padded hour is a time; otherwise a word of time must come before (`at 9: 30`), not a
    // verse or a score (`John 3: 16`, `Group 2: 15 points`).
    const start = colon - hour.length;
    if (!(hour.length === 2 && hour[0] === '0') && !TIME_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (ctx.isProtected(start, colon + 4)) continue;
    edits.push(ctx.remove(colon + 1, colon + 2, 'space inside a time'));
  }
}

/**
 * A space before a plus sign that belongs to the name or number before it: `OPEC +`, `aged 60 +`.
 * After a name in capitals, only when the article writes it with the sign elsewhere or it is a
 * known form (KNOWN_PLUS); after a number, when a word or punctuation follows, not a term of a sum.
 */
const SPACE_PLUS = / \+(?=[\s,.;:!?)”’"]|$)/y;
/** Names written with a plus sign as part of them (fixed forms, not a pattern). */
const KNOWN_PLUS = new Set(['OPEC', 'LGBT', 'LGBTQ', 'LGBTQI', 'LGBTQIA', 'Disney', 'ESPN', 'Paramount', 'Google']);

function spaceBeforePlus(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (let at = nextSpaceBefore(text, '+', 0); at >= 0; at = nextSpaceBefore(text, '+', at + 2)) {
    SPACE_PLUS.lastIndex = at;
    const match = SPACE_PLUS.exec(text);
    if (match === null) continue;
    const before = /(?:^|[\s(“"])(\p{Lu}[\p{Lu}\p{Ll}\d]+|\d{1,3})$/u.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1];
    if (before === undefined) continue;
    const next = text.slice(match.index + 2, match.index + 12);
    if (/^\d/.test(before)) {
      // `aged 60 + because`: a lower-case word of two letters or more, or punctuation, follows; not `2 + 2`, `x = 60 + y`.
      if (!/^(?:[,.;:!?)”’"]|\s\p{Ll}{2,})/u.test(next) || /[=+\-*/×]\s*$/.test(text.slice(Math.max(0, match.index - 16), match.index - before.length))) continue;
    } else if ((!KNOWN_PLUS.has(before) && !text.includes(`${before}+`)) || /^\s+[\d(]/.test(next)) {
      continue;
    }
    if (ctx.isProtected(match.index - before.length, match.index + 2)) continue;
    edits.push(ctx.remove(match.index, match.index + 1, `space before the plus sign of "${before}+"`));
  }
}

/** Whether the line holding `at` shows code: inline code marks, braces, a prompt or a double-hyphen flag. */
function isCodeLine(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('\n', at) + 1, at - 200);
  const endAt = text.indexOf('\n', at);
  const line = text.slice(start, endAt < 0 ? Math.min(text.length, at + 200) : Math.min(endAt, at + 200));
  return /[`{}$]|--\w|\w_\w/.test(line);
}

/** A sentence's end before a gap: a full stop, a question or exclamation mark, perhaps a closing quote or bracket. */
const SENTENCE_END = /[.?!]["”’)]?$/;
/** Gaps after a sentence's end, before the next one's first letter: one space or two. */
const GAP_AFTER_SENTENCE = /[.?!]["”’)]?( {1,2})(?=["“‘(]?\p{Lu})/gu;

/**
 * Whether the text puts two spaces after its sentences as a house style (typewriter style, kept by
 * many press offices): twice at least, and for most of its sentences. Then those pairs stay.
 */
function writesTwoSpacesAfterSentences(text: string): boolean {
  let one = 0;
  let two = 0;
  for (const match of text.matchAll(GAP_AFTER_SENTENCE)) {
    if (match[1]!.length === 2) two++;
    else one++;
  }
  return two >= 2 && two >= 3 * one;
}

/**
 * A comma whose space went to the wrong side, between two words: `summit ,Polish` -> `summit,
 * Polish`. A letter on both sides, so lists of code (`a ,b` in an argument list rarely has a
 * word either side in prose) and numbers (`1 ,000`) are left alone, as is a line of code.
 */
function commaOnTheWrongSide(text: string, ctx: RuleContext, edits: Edit[]): void {
  for (let at = nextSpaceBefore(text, ',', 0); at >= 0; at = nextSpaceBefore(text, ',', at + 2)) {
    if (!isLetter(text[at - 1]) || !isLetter(text[at + 2]) || !isLetter(text[at + 3])) continue;
    if (isCodeLine(text, at) || ctx.isProtected(at - 1, at + 3)) continue;
    edits.push(ctx.replace(at, at + 2, ', ', 'a comma with its space on the wrong side'));
  }
}
