// Quotation marks that machine translation and scraping turn, glue or scatter:
// `“Diplomatic solution“About` (a closer turned and glued), `promised.” Quick … response ”in`
// (both marks of a quotation turned and misplaced), `question:” This` (an opener after a colon),
// `Bulgaria. “` ending a paragraph, `““`, `“,”`, `«…”`, `“…»`, `"…”`, ``…'', `‘promising,'”`,
// `Cristoforetti ‘s`, a lone closer that nothing opens. Each paragraph is paired on its own, knowing
// that a quotation going on into the next paragraph leaves its closer off. Text already quoted
// consistently (marks nested and spaced as their shapes say) is left as it is; a mark is deleted
// only when provably stray, and a lost opener is restored only where exactly one place is possible.
// Apostrophes (don’t, O’Neill, ’90s) and nested single quotes are left alone.
import type { Edit, Line, Rule, RuleContext } from '../engine/types.js';
import { isDigit, isLetter, isSpace, isUpper, isWordChar } from '../text/chars.js';

const DOUBLE = /["“”]/g;
const QUOTE_LIKE = /["“”«»‘’'`]/;
const ATTRIBUTION = /^[\s\p{L}.’'-]{0,40}?\b(?:said|says|added|adds|told|wrote|writes|stressed|noted|explained|insisted|declared|continued|concluded|according)\b/u;
/** Punctuation that ends the words a closing mark follows. */
const END_PUNCT = '.,;:!?…';
/**
 * Characters after which an opening mark needs a space, besides letters and digits: sentence
 * punctuation and closing marks (`said:“We`, `end.“Next`, `”“`). After anything else (a bracket,
 * a dash, another opening mark, emphasis, a backslash) it may stand glued: `‘“Alfred”’`, `("A.")`.
 */
const SPACE_BEFORE_OPENER = '.,;:!?…)]}”’»';
const MAX_REPAIR_COST = 3;
/** Punctuation an opening mark never stands before (the local repairs take such a mark for stray or closing); an ellipsis may. */
const NOT_AFTER_OPENER = ',.;:!?';

type Role = 'open' | 'close';

export const quotes: Rule = {
  id: 'quotes',
  description: 'Turn, space and pair quotation marks within each paragraph',
  category: 'punctuation',
  leaves: 'apostrophes, nested single quotes, consistently quoted text (nested same-kind quotes included), paragraphs whose marks cannot be paired with confidence (odd count, inch marks, „…“, »…«), TeX marks in a text with no other quotation marks',
  examples: [
    ['a “Diplomatic solution“About it', 'a “Diplomatic solution” About it'],
    ['He said “yes“.', 'He said “yes”.'],
    ['Cristoforetti ‘s mission', 'Cristoforetti’s mission'],
  ],
  apply(text, ctx) {
    if (!QUOTE_LIKE.test(text)) return [];
    const edits: Edit[] = [];
    const doc = readDocument(text);
    let previousOpen = false; // the previous paragraph left a quotation open
    let earlierOpen = false; // the last paragraph with double marks left a quotation open
    let nextMark = -1; // the first quote-like character at or after the line being read (text.length: none)
    let nextOther = -1; // the first that is not an apostrophe's shape (’ or ')
    let spacedS = -1; // the first space, mark and s (see nextSpacedS)
    for (const line of ctx.lines()) {
      if (line.start === line.end) continue; // a blank line: a quotation may go on after it
      if (nextMark < line.start) nextMark = nextQuoteLike(text, line.start);
      if (nextMark >= line.end) {
        previousOpen = false;
        continue;
      }
      if (nextOther < line.start) nextOther = nextMatch(NOT_APOSTROPHE, text, line.start);
      if (nextOther >= line.end) {
        // Apostrophe-shaped marks only (’ and '): no quotation opens or closes here, and of all
        // the repairs only a detached possessive applies (what localRepairs would find).
        if (spacedS < line.start) spacedS = nextSpacedS(text, line.start);
        if (spacedS + 3 <= line.end) {
          const repairs = spacedPossessives(text.slice(line.start, line.end), line, ctx);
          for (const repair of repairs) edits.push(repair);
        }
        previousOpen = false;
        continue;
      }
      // What a line needs depends on its content, whether a quotation is open before it, whether it
      // starts or ends the text, what follows it (an attribution may start on the next line) and
      // the document's quotation style: later passes, which change few lines, find most lines'
      // repairs in the memo, and what the line's marks leave open.
      const known = ctx.memo(text.slice(line.start, line.end + ATTRIBUTION_REACH), () => lineMemo(text, line));
      const state =
        (previousOpen ? 1 : 0) |
        (line.start === 0 ? 2 : 0) |
        (line.end === text.length ? 4 : 0) |
        (earlierOpen ? 8 : 0) |
        (doc.curlyOpeners ? 16 : 0) |
        (doc.straight ? 32 : 0) |
        (doc.doubleMarks ? 64 : 0);
      let repairs = known.byState.get(state);
      if (repairs === undefined) {
        const local = localRepairs(text, line, ctx, doc);
        const paired = local.length > 0 ? local : pairParagraph(text, line, ctx, { previousOpen, earlierOpen });
        repairs = paired.map((edit) => relativeTo(line.start, edit));
        known.byState.set(state, repairs);
      }
      // One by one: a long line can hold more repairs than a spread call takes arguments.
      for (const repair of repairs) edits.push(placeAt(line.start, repair, ctx));
      previousOpen = known.leavesOpen;
      if (known.doubleMarks) earlierOpen = previousOpen;
    }
    return edits;
  },
};

/** What the whole document says about its quotation style. */
interface DocumentStyle {
  /** It opens quotations with “ somewhere: a ” elsewhere is no convention of its own (Swedish ”…”). */
  readonly curlyOpeners: boolean;
  /** Its double marks are mostly straight ones. */
  readonly straight: boolean;
  /** It holds double marks at all: TeX marks (``…'') among them are no convention of their own. */
  readonly doubleMarks: boolean;
}

function readDocument(text: string): DocumentStyle {
  let straight = 0;
  let curly = 0;
  let curlyOpeners = false;
  // A search from one double mark to the next: they are few.
  DOUBLE_ALL.lastIndex = 0;
  while (DOUBLE_ALL.test(text)) {
    const c = text.charCodeAt(DOUBLE_ALL.lastIndex - 1);
    if (c === 0x22) straight++;
    else {
      curly++;
      if (c === 0x201c) curlyOpeners = true;
    }
  }
  return { curlyOpeners, straight: straight > curly, doubleMarks: straight + curly > 0 };
}

/** What the engine remembers about a line with quote-like marks, across passes (see `apply`). */
interface LineMemo {
  /** Its repairs, by the state it was read in. */
  readonly byState: Map<number, readonly LineRepair[]>;
  /** Whether its double marks leave a quotation open at its end (see `leavesQuoteOpen`). */
  readonly leavesOpen: boolean;
  /** Whether it holds a double mark. */
  readonly doubleMarks: boolean;
}

function lineMemo(text: string, line: Line): LineMemo {
  return { byState: new Map(), leavesOpen: leavesQuoteOpen(text, line), doubleMarks: hasDoubleMarks(text, line) };
}

function hasDoubleMarks(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

/** Quote-like characters (those of QUOTE_LIKE), searched for from one to the next. */
/** Double marks, searched for from one to the next. */
const DOUBLE_ALL = /["“”]/g;
const QUOTE_LIKE_ALL = /["“”«»‘’'`]/g;
/** Those not shaped like an apostrophe (all but ’ and '). */
const NOT_APOSTROPHE = /["“”«»‘`]/g;

/** The offset of the first quote-like character at or after `from`, or `text.length` when there is none. */
function nextQuoteLike(text: string, from: number): number {
  return nextMatch(QUOTE_LIKE_ALL, text, from);
}

/**
 * The offset of the first match of global `pattern`, one character long, at or after `from`, or
 * `text.length` when there is none (a test: no match object is built).
 */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : text.length;
}

/** How far past a line `missingOpener` reads for an attribution (`…,” Zelensky said`). */
const ATTRIBUTION_REACH = 60;

/** A repair with offsets from its line's start, and whether it belongs to the line's group. */
interface LineRepair {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly message: string;
  readonly grouped: boolean;
}

function relativeTo(lineStart: number, edit: Edit): LineRepair {
  const { start, end, replacement, message, group } = edit;
  return { start: start - lineStart, end: end - lineStart, replacement, message, grouped: group !== undefined };
}

function placeAt(lineStart: number, repair: LineRepair, ctx: RuleContext): Edit {
  const group = repair.grouped ? lineGroup(lineStart) : undefined;
  return ctx.replace(lineStart + repair.start, lineStart + repair.end, repair.replacement, repair.message, group);
}

/** The group of the edits that pair one paragraph's marks: all of them or none. */
const lineGroup = (lineStart: number): string => `paragraph@${lineStart}`;

// ---------------------------------------------------------------- repairs that need no pairing --

/**
 * Local patterns, each unambiguous on its own. Reading of each:
 *   DOUBLED       “ directly followed by one or more “ (or ” by ”): the run becomes one mark
 *   EMPTY_PAIR    space, “, one punctuation mark, ” — a stray opener before the closer
 *   COLON_OPENER  colon, a closing mark (a straight one only when spaced), spaces, a capital:
 *                 the quotation opens here
 *   GLUED_CLOSER  sentence punctuation, an opening mark, a lower-case word: it closes (`certainty.“said`)
 *   FINAL_OPENER  an opening mark ending the paragraph after punctuation, or glued to the last
 *                 word: it closes
 *   SPACED_POSSESSIVE  a word, a space, a quote-like mark and s: an apostrophe (`Cristoforetti ‘s`)
 */
const DOUBLED = /““+|””+/g;
const EMPTY_PAIR = / “([,.;:])”/g; // after a letter or digit
const COLON_OPENER = /:(?:[ \u00a0]*”|[ \u00a0]+")[ \u00a0]+(?=\p{Lu})/gu;
const GLUED_CLOSER = /[.,!?…]“(?=\p{Ll})/gu; // the punctuation after a letter or digit
const SPACED_POSSESSIVE = /[ \u00a0]+([‘’'])s(?=[\s.,;:!?]|$)/gm; // after a letter
/**
 * Cheap test for SPACED_POSSESSIVE: a mark and an s after a space, found from the mark and the s
 * (a search that started from the space would stop at every space of the text).
 */
const MARK_S = /[‘’']s/g;

/** The offset of the first space followed by a mark and an s at or after `from`, or `text.length` when there is none. */
function nextSpacedS(text: string, from: number): number {
  MARK_S.lastIndex = from + 1;
  while (MARK_S.test(text)) {
    const space = MARK_S.lastIndex - 3;
    const c = text.charCodeAt(space);
    if (c === 0x20 || c === 0xa0) return space;
  }
  return text.length;
}
/** An opening mark glued to the word before and followed by punctuation: it closes (`talks“, Putin`). */
const TURNED_BEFORE_MARK = /“(?=[,.;:!?])/g; // after a letter or digit
/**
 * A lone opening mark before punctuation that ends there (a space, the end, an opening mark
 * follows): stray (`been”. “.`, `word “, said`), or the closer of an open quotation. Not before
 * punctuation that starts a word: `“.bertrand”`, `“.NET”`.
 */
const STRAY_BEFORE_MARK = / “(?=[,.;:](?:[\s“"]|$))/g; // after a non-space

function localRepairs(text: string, line: Line, ctx: RuleContext, doc: DocumentStyle): Edit[] {
  const content = text.slice(line.start, line.end);
  const edits: Edit[] = [];
  const at = (offset: number): number => line.start + offset;
  const add = (start: number, end: number, replacement: string, message: string): void => {
    if (!ctx.isProtected(at(start), at(end))) edits.push(ctx.replace(at(start), at(end), replacement, message));
  };
  const curlyOpen = content.includes('“');
  const afterWord = (offset: number): boolean => isLetter(content[offset - 1]) || isDigit(content[offset - 1]);
  if (curlyOpen || content.includes('””')) {
    for (const m of content.matchAll(DOUBLED)) add(m.index, m.index + m[0].length, m[0][0]!, 'doubled quotation mark');
  }
  if (curlyOpen) {
    for (const m of content.matchAll(EMPTY_PAIR)) {
      if (!afterWord(m.index)) continue;
      add(m.index, m.index + m[0].length, `${m[1]}”`, 'stray opening quotation mark before the closing one');
    }
  }
  if (content.includes(':')) {
    for (const m of content.matchAll(COLON_OPENER)) {
      const mark = m[0].includes('"') ? '"' : '“';
      add(m.index, m.index + m[0].length, `: ${mark}`, 'a quotation after a colon opens: mark turned and moved to the quoted words');
    }
  }
  if (curlyOpen) {
    for (const m of content.matchAll(GLUED_CLOSER)) {
      if (!afterWord(m.index)) continue;
      add(m.index + 1, m.index + 2, '” ', 'closing quotation mark turned and spaced from the next word');
    }
    const final = finalOpener(content);
    if (final !== undefined) add(final, content.length, '”', 'a quotation mark that ends a paragraph closes');
    // In German quotation style „…“ the mark “ closes; leave such paragraphs alone.
    for (const m of content.includes('„') ? [] : content.matchAll(TURNED_BEFORE_MARK)) {
      if (!afterWord(m.index)) continue;
      add(m.index, m.index + 1, '”', 'a quotation mark glued to a word and followed by punctuation closes');
    }
    const isQuotationOpen = quotationTracker(content);
    for (const m of content.matchAll(STRAY_BEFORE_MARK)) {
      if (m.index === 0 || isSpace(content[m.index - 1])) continue;
      if (isQuotationOpen(m.index)) {
        // A quotation is open: this mark closes it, turned and spaced (`a great game “.`).
        add(m.index, m.index + 2, '”', 'a quotation mark before punctuation closes the open quotation');
        continue;
      }
      // Provably stray only when it leaves the paragraph's other marks even: in `in the way ” as
      // peaceful as possible “.` the mark pairs with the one before it.
      if (!hasOddDoubleMarks(content)) continue;
      // After a finished sentence the stray mark takes its full stop with it: `been”. “.` → `been”.`
      const stop = /[.!?][”"]?$/.test(content.slice(0, m.index)) && content[m.index + 2] === '.' ? 1 : 0;
      add(m.index, m.index + 2 + stop, '', 'a stray opening quotation mark before punctuation');
    }
  }
  if (doc.curlyOpeners && content.includes('”') && !content.includes('„')) {
    const isQuotationOpen = quotationTracker(content);
    for (const m of content.matchAll(OPENER_SHAPED_CLOSER)) {
      const mark = m.index + m[0].length - 1;
      if (isQuotationOpen(mark) || !opensHere(content, mark)) continue;
      add(mark, mark + 1, '“', 'a quotation mark that starts the quoted words opens');
    }
  }
  if (content.includes('‘')) {
    const final = finalSingleCloser(content);
    if (final !== undefined) add(final, content.length, '”', 'the open quotation closes with ”, not ‘');
  }
  if (content.includes('»') && !content.includes('«')) {
    for (const [start, end] of turnedGuillemets(content)) add(start, end, '”', 'a quotation opened with “ closes with ”, not »');
  }
  if (doc.doubleMarks && content.includes('``')) edits.push(...texQuotes(content, at, ctx, doc));
  if (nextSpacedS(content, 0) < content.length) for (const edit of spacedPossessives(content, line, ctx)) edits.push(edit);
  return edits.concat(guillemetRepairs(content, at, ctx), mixedPairRepairs(content, at, ctx), singleQuoteRepairs(content, at, ctx));
}

/** SPACED_POSSESSIVE repairs in the line `content` (`Cristoforetti ‘s`). */
function spacedPossessives(content: string, line: Line, ctx: RuleContext): Edit[] {
  const edits: Edit[] = [];
  for (const m of content.matchAll(SPACED_POSSESSIVE)) {
    if (!isLetter(content[m.index - 1])) continue;
    const apostrophe = m[1] === "'" ? "'" : '’';
    const start = line.start + m.index;
    const end = start + m[0].length;
    if (!ctx.isProtected(start, end)) edits.push(ctx.replace(start, end, `${apostrophe}s`, 'possessive apostrophe detached from its word'));
  }
  return edits;
}

/** Whether the paragraph holds an odd number of double quotation marks (straight or curly). */
function hasOddDoubleMarks(content: string): boolean {
  let count = 0;
  for (const _ of content.matchAll(DOUBLE)) count++;
  return count % 2 === 1;
}

/**
 * A closing mark where a quotation starts: at the paragraph's start, or after a space, before a
 * capital (`”Our expectations are high`, `lameness: ”I kicked`, `players.. ”Our`). Where it may
 * start is checked by `opensHere`.
 */
const OPENER_SHAPED_CLOSER = /(?:^|[ \u00a0:])”(?=\p{Lu})/gu;

/**
 * Whether a closing mark found by OPENER_SHAPED_CLOSER at `at` stands where a quotation opens: the
 * paragraph's start, after a colon, or after a finished sentence; not after a comma (`peace, ”Zelensky
 * said`: it closes a quotation whose opener is lost) nor before an attribution.
 */
function opensHere(content: string, mark: number): boolean {
  let before = mark;
  while (before > 0 && isSpaceChar(content[before - 1])) before--;
  if (before === 0) return true;
  const previous = content[before - 1]!;
  if (previous === ':') return true;
  if (!'.!?…'.includes(previous)) return false;
  return !ATTRIBUTION.test(content.slice(mark + 1, mark + 1 + ATTRIBUTION_REACH));
}

/**
 * `…the night.‘.` ending a paragraph inside an open double quotation: the left single mark (and
 * a full stop after it) stands for the closing ”. Where the repair starts, or undefined.
 */
function finalSingleCloser(content: string): number | undefined {
  let end = content.length;
  while (end > 0 && isSpaceChar(content[end - 1])) end--;
  const mark = content[end - 1] === '.' ? end - 2 : end - 1;
  if (content[mark] !== '‘' || !'.!?…'.includes(content[mark - 1] ?? '')) return undefined;
  if (content.indexOf('‘') !== mark || !quotationTracker(content)(mark)) return undefined;
  return mark;
}

/**
 * `“I’m never afraid, I go to fight. »`: in a paragraph without «, a » closing a quotation opened
 * with “ is a turned ”. The spans to replace (a space before » goes with it).
 */
function turnedGuillemets(content: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '»' && open) {
      let start = i;
      while (start > 0 && isSpaceChar(content[start - 1])) start--;
      if (start > 0 && (isWordChar(content[start - 1]) || END_PUNCT.includes(content[start - 1]!))) spans.push([start, i + 1]);
      open = false;
    }
  }
  return spans;
}

/**
 * TeX quotation marks (``…'') in a document that writes its other quotations with double marks:
 * a conversion left them, and they take the document's style. `` opens before a word, after a
 * space or a bracket; '' closes a quotation it opened, after a word or punctuation.
 */
function texQuotes(content: string, at: (offset: number) => number, ctx: RuleContext, doc: DocumentStyle): Edit[] {
  const edits: Edit[] = [];
  const add = (start: number, glyph: string, message: string): void => {
    if (!ctx.isProtected(at(start), at(start + 2))) edits.push(ctx.replace(at(start), at(start + 2), glyph, message));
  };
  const [opener, closer] = doc.straight ? ['"', '"'] : ['“', '”'];
  let close = -1; // the next '' at or after i, or 2³² - 1 when there is none
  for (let i = content.indexOf('``'); i >= 0; i = content.indexOf('``', i + 2)) {
    const before = content[i - 1];
    if (content[i + 2] === '`' || !isWordChar(content[i + 2])) continue;
    if (!(before === undefined || isSpace(before) || '([—'.includes(before))) continue;
    // The next '' and the next ``, each found once for all the `` before it.
    if (close <= i) close = content.indexOf("''", i + 2) >>> 0;
    const next = content.indexOf('``', i + 2);
    if (next >= 0 && isWordChar(content[next - 1])) {
      i = next; // ``code`` in double backticks
      continue;
    }
    add(i, opener, 'TeX opening quotation mark (``)');
    if (close >= content.length || (next >= 0 && next < close)) continue;
    if (isSpace(content[close - 1]) || isWordChar(content[close + 2]) || content[close + 2] === "'") continue;
    add(close, closer, "TeX closing quotation mark ('')");
    i = close;
  }
  return edits;
}

/** FINAL_OPENER: where the repair starts, or undefined. Trailing spaces go with the mark. */
function finalOpener(content: string): number | undefined {
  let end = content.length;
  while (end > 0 && isSpaceChar(content[end - 1])) end--;
  const mark = end - 1;
  if (content[mark] !== '“') return undefined;
  if (isLetter(content[mark - 1]) || isDigit(content[mark - 1])) return mark;
  let start = mark;
  while (start > 0 && isSpaceChar(content[start - 1])) start--;
  return '.,!?…'.includes(content[start - 1] ?? '') && start > 0 ? start : undefined;
}

/**
 * Whether more curly double quotations open than close before `at` in the paragraph, asked with
 * ascending offsets: the count goes on from the last question, so a line is read once.
 */
function quotationTracker(content: string): (at: number) => boolean {
  let open = 0;
  let read = 0;
  return (at) => {
    for (; read < at; read++) {
      if (content[read] === '“') open++;
      else if (content[read] === '”' && open > 0) open--;
    }
    return open > 0;
  };
}

/** `«We suffered…”`: a quotation opened with « closes with ». */
function guillemetRepairs(content: string, at: (offset: number) => number, ctx: RuleContext): Edit[] {
  const first = content.indexOf('«');
  if (first < 0 || content.lastIndexOf('»', first) >= 0) return []; // none, or the »…« convention
  const edits: Edit[] = [];
  let open = -1;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '«') {
      if (open >= 0) return []; // opened twice: nested or broken, leave it
      open = i;
    } else if (ch === '»') {
      open = -1;
    } else if (ch === '“' && open >= 0) {
      return []; // a quotation nested inside: its closer is not ours
    } else if ((ch === '”' || ch === '"') && open >= 0) {
      if (isWordChar(content[i + 1])) return []; // not a closing shape
      edits.push(ctx.replace(at(i), at(i + 1), '»', 'a quotation opened with « closes with »'));
      open = -1;
    }
  }
  return edits;
}

/**
 * `‘Worker President”`: a quotation opened with a single mark and closed with a double one, with
 * nothing in between that could pair otherwise. The opening mark is made double.
 */
function mixedPairRepairs(content: string, at: (offset: number) => number, ctx: RuleContext): Edit[] {
  if (!content.includes('‘') || !content.includes('”')) return [];
  const edits: Edit[] = [];
  let open = 0; // double quotations open at this point
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '“') open++;
    else if (ch === '”') open = Math.max(0, open - 1);
    else if (ch === '‘' && open === 0 && !isWordChar(content[i - 1]) && isWordChar(content[i + 1])) {
      const next = /[‘’“”']/.exec(content.slice(i + 1));
      if (next?.[0] === '”' && !/\p{L}’\p{L}/u.test(content.slice(i, i + 1 + next.index + 1))) {
        edits.push(ctx.replace(at(i), at(i + 1), '“', 'a quotation closed with ” opens with “'));
      }
    }
  }
  return edits;
}

/** `‘promising,'”`: a quotation opened with ‘ closes with ’, not a straight mark. */
function singleQuoteRepairs(content: string, at: (offset: number) => number, ctx: RuleContext): Edit[] {
  if (!content.includes('‘') || !content.includes("'")) return [];
  const edits: Edit[] = [];
  let open = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '‘' && !isWordChar(content[i - 1])) open = true;
    else if (ch === '’' && !isWordChar(content[i + 1])) open = false;
    else if (ch === "'" && open && END_PUNCT.includes(content[i - 1] ?? '') && !isWordChar(content[i + 1])) {
      edits.push(ctx.replace(at(i), at(i + 1), '’', 'a quotation opened with ‘ closes with ’'));
      open = false;
    }
  }
  return edits;
}

// ------------------------------------------------------------------------------ pairing --

interface Mark {
  /** Offset in the text. */
  readonly at: number;
  readonly glyph: string;
}

/**
 * Pairs the double quotation marks of one paragraph: with an even count, marks alternate
 * open/close; each mark whose shape disagrees with its role is turned and respaced. An odd count
 * is paired only in one case: the first mark closes a quotation attributed right after it
 * (`…call Putin,” Zelensky said`) at the start of a paragraph, so the opener is missing there.
 */
function pairParagraph(text: string, line: Line, ctx: RuleContext, before: Before): Edit[] {
  const marks: Mark[] = [];
  for (const m of text.slice(line.start, line.end).matchAll(DOUBLE)) {
    marks.push({ at: line.start + m.index, glyph: m[0] });
  }
  if (marks.length === 0 || !isPairableShape(text, line, marks)) return [];
  const repairs = pairMarks(text, line, marks, ctx, before);
  // A paragraph with a protected mark is not paired (asked only when there is something to repair:
  // finding what a paragraph protects costs more than pairing its marks).
  return repairs.length > 0 && marks.some((mark) => ctx.isProtected(mark.at, mark.at + 1)) ? [] : repairs;
}

/** The repairs that pair `marks`, the double marks of a pairable paragraph (see pairParagraph). */
function pairMarks(text: string, line: Line, marks: readonly Mark[], ctx: RuleContext, before: Before): Edit[] {
  const group = lineGroup(line.start);
  const pairs = pairsByShape(text, line, marks);
  if (pairs !== undefined) return unifyStyles(pairs, ctx, group);
  if (isMixed(marks)) return []; // mixed styles that do not pair by their shapes: perhaps nested, leave it

  if (marks.length % 2 === 1) {
    if (before.previousOpen) return [];
    const opener = missingOpener(text, line, marks, ctx, group);
    return opener.length > 0 || before.earlierOpen ? opener : strayCloser(text, line, marks, ctx);
  }
  const repairs: Edit[] = [];
  for (let i = 0; i < marks.length; i += 2) {
    // A quotation of symbols (`"• "`, `" "`) quotes them literally, spaces included: leave it.
    if (!/[\p{L}\p{N}]/u.test(text.slice(marks[i]!.at + 1, marks[i + 1]!.at))) continue;
    for (const [mark, role] of [[marks[i]!, 'open'], [marks[i + 1]!, 'close']] as const) {
      const repair = repairMark(text, line, mark, role);
      if (repair === undefined || repair.cost > MAX_REPAIR_COST) return [];
      if (repair.cost > 0) repairs.push(ctx.replace(repair.start, repair.end, repair.replacement, repair.message, group));
    }
  }
  return repairs;
}

/** What the paragraphs before this one left open. */
interface Before {
  /** The paragraph right before left a quotation open (it may go on here). */
  readonly previousOpen: boolean;
  /** The last paragraph with double marks left a quotation open (paragraphs without marks may follow it). */
  readonly earlierOpen: boolean;
}

function isMixed(marks: readonly Mark[]): boolean {
  return marks.some((mark) => mark.glyph === '"') && marks.some((mark) => mark.glyph !== '"');
}

/**
 * The pairs the marks make read by their shapes, when they nest and balance, each spaced as its
 * shape says: `“… the “Batkivshchyna” faction … of “protecting the land.” And …”`, `"Alfred
 * "bertrand" cees."`. Such a paragraph is consistently quoted, whatever its depth (pairing by
 * alternation would break a nested one); undefined when the shapes do not say.
 */
function pairsByShape(text: string, line: Line, marks: readonly Mark[]): [Mark, Mark][] | undefined {
  const open: Mark[] = [];
  const pairs: [Mark, Mark][] = [];
  for (const mark of marks) {
    const role = roleByShape(text, line, mark);
    if (role === undefined) return undefined;
    if (role === 'open') open.push(mark);
    else if (open.length === 0) return undefined;
    else pairs.push([open.pop()!, mark]);
  }
  return open.length === 0 ? pairs : undefined;
}

/**
 * `"The most upset individual … I do not blame him.”`: a pair made of a straight and a curly
 * mark takes the curly style. Pairs in one style each stay (`a "farce" and a “mistake”`).
 */
function unifyStyles(pairs: readonly [Mark, Mark][], ctx: RuleContext, group: string): Edit[] {
  const edits: Edit[] = [];
  for (const [open, close] of pairs) {
    if ((open.glyph === '"') === (close.glyph === '"')) continue;
    if (open.glyph === '"') edits.push(ctx.replace(open.at, open.at + 1, '“', 'a quotation closed with ” opens with “', group));
    else edits.push(ctx.replace(close.at, close.at + 1, '”', 'a quotation opened with “ closes with ”', group));
  }
  return edits;
}

/**
 * `Zarif said that these agreements will help the Iraqi and Iranian people”.`: the paragraph's
 * only double mark, glued to the end of a word, closing nothing, with no attribution after it
 * (which would make it the end of a quotation whose opener is lost) and no quotation left open
 * before: it is stray, and goes alone (no space or text with it).
 */
function strayCloser(text: string, line: Line, marks: readonly Mark[], ctx: RuleContext): Edit[] {
  if (marks.length !== 1) return [];
  const mark = marks[0]!;
  if (!isLetter(text[mark.at - 1]) || roleByShape(text, line, mark) !== 'close') return [];
  const after = text.slice(mark.at + 1, mark.at + ATTRIBUTION_REACH);
  if (!/^[.!?]/.test(after) && ATTRIBUTION.test(after)) return []; // `people”. He added` starts a new sentence
  return [ctx.remove(mark.at, mark.at + 1, 'a closing quotation mark that nothing in the paragraph opens')];
}

/**
 * The role a mark's glyph and spacing give it on their own: a curly mark spaced as its shape says,
 * a straight mark spaced as an opener (after a space, before a word) or as a closer; undefined
 * when the spacing fits both roles or neither.
 */
function roleByShape(text: string, line: Line, mark: Mark): Role | undefined {
  const opens = repairMark(text, line, mark, 'open')?.cost === 0;
  const closes = repairMark(text, line, mark, 'close')?.cost === 0;
  if (opens === closes) return undefined;
  return opens ? 'open' : 'close';
}

function isPairableShape(text: string, line: Line, marks: readonly Mark[]): boolean {
  const straight = marks.some((mark) => mark.glyph === '"');
  const content = text.slice(line.start, line.end);
  if (content.includes('„') || content.includes('‟')) return false; // another language's convention
  // A straight mark after a digit is an inch or second mark: `12" records`.
  if (straight && marks.some((mark) => isDigit(text[mark.at - 1]))) return false;
  return true;
}

/**
 * A quotation closed right before an attribution (`…call Putin,” Zelensky said`) whose opener is
 * lost, in a paragraph whose other marks pair as their shapes say. The opener is restored only
 * where exactly one place is possible: the one sentence start between the paragraph's start (or
 * the quotation before, when nothing precedes that one) and the closer. A paragraph that starts
 * mid-sentence, or that holds more than one sentence there, does not say where.
 */
function missingOpener(text: string, line: Line, marks: readonly Mark[], ctx: RuleContext, group: string): Edit[] {
  // The closer is the k-th mark (k even): the marks before it pair as they alternate (even ones
  // open), it and the marks after alternate from closing (even ones close). Whether all marks from
  // i on fit the second pattern is read once from the end; the first is counted as k grows.
  const fitsFrom: boolean[] = new Array<boolean>(marks.length + 1).fill(true);
  for (let i = marks.length - 1; i >= 0; i--) {
    fitsFrom[i] = fitsFrom[i + 1]! && repairMark(text, line, marks[i]!, i % 2 === 0 ? 'close' : 'open')?.cost === 0;
  }
  let fitsBefore = true;
  for (let k = 0; k < marks.length && fitsBefore; k += 2) {
    if (k > 0) {
      fitsBefore = repairMark(text, line, marks[k - 2]!, 'open')?.cost === 0 && repairMark(text, line, marks[k - 1]!, 'close')?.cost === 0;
      if (!fitsBefore) break;
    }
    const closer = marks[k]!;
    const before = text[closer.at - 1] ?? '';
    if (before === '' || !',.!?…'.includes(before) || !fitsFrom[k]) continue;
    if (!ATTRIBUTION.test(text.slice(closer.at + 1, closer.at + ATTRIBUTION_REACH))) continue;
    // With quotations before it, the lost opener could also precede them (nesting them) unless
    // the first of them opens the paragraph.
    if (k > 0 && /[\p{L}\p{N}]/u.test(text.slice(line.start, marks[0]!.at))) return [];
    const from = k === 0 ? line.start : marks[k - 1]!.at + 1;
    const start = onlySentenceStart(text, from, closer.at);
    // `The minister said we will win,” he said`: the quotation may open after the reporting verb
    // as well. Not after one with a first-person object (`Scholz told me that…`): that is speech.
    if (start === undefined || REPORTING.test(text.slice(from, closer.at))) return [];
    return [ctx.insert(start, closer.glyph === '"' ? '"' : '“', 'the quotation closed later in this paragraph opens here', group)];
  }
  return [];
}

/** A reporting verb without a first-person object: a quotation may open after it. */
const REPORTING = /\b(?:said|says|say|told|tells|added|adds|stressed|noted|explained|insisted|declared|announced|stated|wrote|writes|according to)\b(?![ \u00a0]+(?:me|us)\b)/u;

/** A sentence end (and closing marks) before spaces and a capital: another place a quotation may open. */
const SENTENCE_BREAK = /[.!?…:;][”’"»)\]]*[ \u00a0]+(?=[\p{Lu}\p{N}])/gu;

/** Where the only sentence in `from`–`to` starts, or undefined when it starts before `from` or there are more. */
function onlySentenceStart(text: string, from: number, to: number): number | undefined {
  let start = from;
  while (start < to && !isWordChar(text[start])) start++;
  if (!isUpper(text[start]) && !isDigit(text[start])) return undefined;
  SENTENCE_BREAK.lastIndex = 0;
  return SENTENCE_BREAK.test(text.slice(start, to)) ? undefined : start;
}

interface Repair {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly message: string;
  readonly cost: number;
}

/** What it takes for the mark to play `role`; undefined when it cannot (an opener at the end). */
function repairMark(text: string, line: Line, mark: Mark, role: Role): Repair | undefined {
  let spaceStart = mark.at;
  while (spaceStart > line.start && isSpaceChar(text[spaceStart - 1])) spaceStart--;
  let spaceEnd = mark.at + 1;
  while (spaceEnd < line.end && isSpaceChar(text[spaceEnd])) spaceEnd++;
  const before = spaceStart > line.start ? (text[spaceStart - 1] as string) : '';
  const after = spaceEnd < line.end ? (text[spaceEnd] as string) : '';
  const spacedBefore = spaceStart < mark.at;
  const spacedAfter = spaceEnd > mark.at + 1;
  const fixes: string[] = [];
  let glyph = mark.glyph;

  if (role === 'open') {
    // Nothing opens before the end or before punctuation (`gh”. ij`): a mark made to open there
    // would read as stray next pass, and go.
    if (after === '' || (NOT_AFTER_OPENER.includes(after) && !text.startsWith('...', spaceEnd))) return undefined;
    if (glyph === '”') {
      glyph = '“';
      fixes.push('turned');
    }
    const needsSpace = isWordChar(before) || (before !== '' && SPACE_BEFORE_OPENER.includes(before));
    const out = `${needsSpace ? ' ' : spacedBefore ? text.slice(spaceStart, mark.at) : ''}${glyph}`;
    if (needsSpace && !spacedBefore) fixes.push('space added before');
    if (spacedAfter) fixes.push('space after removed');
    return build(spaceStart, spaceEnd, out, 'opening', fixes, text);
  }
  if (before === '') return undefined;
  // After a colon and before a capital a mark opens (COLON_OPENER): made to close there, it
  // would be turned back next pass, and so on.
  if (before === ':' && isUpper(after)) return undefined;
  if (glyph === '“') {
    glyph = '”';
    fixes.push('turned');
  }
  if (spacedBefore) fixes.push('space before removed');
  const needsSpace = isLetter(after) || isDigit(after);
  if (needsSpace && !spacedAfter) fixes.push('space added after');
  const out = `${glyph}${needsSpace || spacedAfter ? (spacedAfter ? text.slice(mark.at + 1, spaceEnd) : ' ') : ''}`;
  return build(spaceStart, spaceEnd, out, 'closing', fixes, text);
}

function build(start: number, end: number, replacement: string, kind: string, fixes: readonly string[], text: string): Repair {
  // Trim the unchanged ends so the edit covers only what changes.
  let s = start;
  let e = end;
  let r = replacement;
  while (s < e && r.length > 0 && text[s] === r[0]) {
    s++;
    r = r.slice(1);
  }
  while (e > s && r.length > 0 && text[e - 1] === r[r.length - 1]) {
    e--;
    r = r.slice(0, -1);
  }
  return { start: s, end: e, replacement: r, message: `${kind} quotation mark: ${fixes.join(', ')}`, cost: fixes.length };
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0';
}

/** Whether a paragraph ends inside a quotation (an odd number of double marks, last one opening). */
function leavesQuoteOpen(text: string, line: Line): boolean {
  let count = 0;
  let lastAt = -1;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) {
      count++;
      lastAt = i;
    }
  }
  if (count % 2 === 0) return false;
  return text[lastAt] === '“' || (text[lastAt] === '"' && !isWordChar(text[lastAt - 1]));
}
