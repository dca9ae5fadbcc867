// Quotation marks that machine translation and scraping turn, glue or scatter:
// `“Diplomatic solution“About` (a closer turned and glued), `promised.” Quick … response ”in`
// (both marks of a quotation turned and misplaced), `question:” This` (an opener after a colon),
// `Bulgaria. “` ending a paragraph, `““`, `“,”`, `«…”`, `‘promising,'”`, `Cristoforetti ‘s`.
// Each paragraph is paired on its own; a paragraph whose marks cannot be paired with confidence
// (odd count, mixed styles, inch marks, German „…“) only gets the repairs that need no pairing.
// Apostrophes (don’t, O’Neill, ’90s) and nested single quotes are left alone.
import type { Edit, Line, Rule, RuleContext } from '../engine/types.js';
import { isDigit, isLetter, isSpace, isUpper, isWordChar } from '../text/chars.js';

const DOUBLE = /["“”]/g;
const QUOTE_LIKE = /["“”«‘’']/;
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
  leaves: 'apostrophes, nested single quotes, paragraphs whose marks cannot be paired with confidence (odd count, mixed styles, inch marks, „…“, »…«)',
  examples: [
    ['a “Diplomatic solution“About it', 'a “Diplomatic solution” About it'],
    ['He said “yes“.', 'He said “yes”.'],
    ['Cristoforetti ‘s mission', 'Cristoforetti’s mission'],
  ],
  apply(text, ctx) {
    if (!/["“”«‘’']/.test(text)) return [];
    const edits: Edit[] = [];
    let previousOpen = false; // the previous paragraph left a quotation open
    for (const line of ctx.lines()) {
      if (line.start === line.end) continue; // a blank line: a quotation may go on after it
      if (!QUOTE_LIKE.test(text.slice(line.start, line.end))) {
        previousOpen = false;
        continue;
      }
      // What a line needs depends on its content, whether a quotation is open before it, whether it
      // starts or ends the text, and what follows it (an attribution may start on the next line):
      // later passes, which change few lines, find most lines' repairs in the memo.
      const byState = ctx.memo(text.slice(line.start, line.end + ATTRIBUTION_REACH), () => new Map<number, readonly LineRepair[]>());
      const state = (previousOpen ? 1 : 0) | (line.start === 0 ? 2 : 0) | (line.end === text.length ? 4 : 0);
      let repairs = byState.get(state);
      if (repairs === undefined) {
        const local = localRepairs(text, line, ctx);
        repairs = (local.length > 0 ? local : pairParagraph(text, line, ctx, previousOpen)).map((edit) => relativeTo(line.start, edit));
        byState.set(state, repairs);
      }
      // One by one: a long line can hold more repairs than a spread call takes arguments.
      for (const repair of repairs) edits.push(placeAt(line.start, repair, ctx));
      previousOpen = leavesQuoteOpen(text, line);
    }
    return edits;
  },
};

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
/** Cheap test for SPACED_POSSESSIVE: a mark and an s after a space. */
const SPACED_S = /[ \u00a0][‘’']s/;
/** An opening mark glued to the word before and followed by punctuation: it closes (`talks“, Putin`). */
const TURNED_BEFORE_MARK = /“(?=[,.;:!?])/g; // after a letter or digit
/**
 * A lone opening mark before punctuation that ends there (a space, the end, an opening mark
 * follows): stray (`been”. “.`, `word “, said`), or the closer of an open quotation. Not before
 * punctuation that starts a word: `“.bertrand”`, `“.NET”`.
 */
const STRAY_BEFORE_MARK = / “(?=[,.;:](?:[\s“"]|$))/g; // after a non-space

function localRepairs(text: string, line: Line, ctx: RuleContext): Edit[] {
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
  if (SPACED_S.test(content)) {
    for (const m of content.matchAll(SPACED_POSSESSIVE)) {
      if (!isLetter(content[m.index - 1])) continue;
      const apostrophe = m[1] === "'" ? "'" : '’';
      add(m.index, m.index + m[0].length, `${apostrophe}s`, 'possessive apostrophe detached from its word');
    }
  }
  return edits.concat(guillemetRepairs(content, at, ctx), mixedPairRepairs(content, at, ctx), singleQuoteRepairs(content, at, ctx));
}

/** Whether the paragraph holds an odd number of double quotation marks (straight or curly). */
function hasOddDoubleMarks(content: string): boolean {
  let count = 0;
  for (const _ of content.matchAll(DOUBLE)) count++;
  return count % 2 === 1;
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
function pairParagraph(text: string, line: Line, ctx: RuleContext, previousOpen: boolean): Edit[] {
  const marks: Mark[] = [];
  for (const m of text.slice(line.start, line.end).matchAll(DOUBLE)) {
    marks.push({ at: line.start + m.index, glyph: m[0] });
  }
  if (marks.length === 0 || !isPairable(text, line, marks, ctx) || isConsistentByShape(text, line, marks)) return [];
  const group = lineGroup(line.start);

  if (marks.length % 2 === 1) {
    return previousOpen ? [] : missingOpener(text, line, marks, ctx, group);
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

/**
 * Whether the marks, read by their shapes, already nest and balance, each spaced as its shape
 * says: `“… the “Batkivshchyna” faction … of “protecting the land.” And …”`, `"Alfred "bertrand"
 * cees."`. Such a paragraph is consistently quoted, whatever its depth; pairing by alternation
 * would break a nested one.
 */
function isConsistentByShape(text: string, line: Line, marks: readonly Mark[]): boolean {
  let depth = 0;
  for (const mark of marks) {
    const role = roleByShape(text, line, mark);
    if (role === undefined) return false;
    depth += role === 'open' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
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

function isPairable(text: string, line: Line, marks: readonly Mark[], ctx: RuleContext): boolean {
  const straight = marks.some((mark) => mark.glyph === '"');
  const curly = marks.some((mark) => mark.glyph !== '"');
  if (straight && curly) return false; // mixed styles: perhaps nested, leave it
  const content = text.slice(line.start, line.end);
  if (content.includes('„') || content.includes('‟')) return false; // another language's convention
  // A straight mark after a digit is an inch or second mark: `12" records`.
  if (straight && marks.some((mark) => isDigit(text[mark.at - 1]))) return false;
  return !marks.some((mark) => ctx.isProtected(mark.at, mark.at + 1));
}

function missingOpener(text: string, line: Line, marks: readonly Mark[], ctx: RuleContext, group: string): Edit[] {
  const first = marks[0]!;
  const before = text[first.at - 1] ?? '';
  if (first.glyph === '"' || !',.!?…'.includes(before) || before === '') return [];
  if (!ATTRIBUTION.test(text.slice(first.at + 1, first.at + ATTRIBUTION_REACH))) return [];
  for (let i = 0; i < marks.length; i++) {
    const repair = repairMark(text, line, marks[i]!, i % 2 === 0 ? 'close' : 'open');
    if (repair === undefined || repair.cost > 0) return [];
  }
  let start = line.start;
  while (start < line.end && !isWordChar(text[start])) start++;
  if (!isUpper(text[start])) return [];
  return [ctx.insert(start, '“', 'the quotation closed later in this paragraph opens here', group)];
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
    const ch = text[i];
    if (ch === '"' || ch === '“' || ch === '”') {
      count++;
      lastAt = i;
    }
  }
  if (count % 2 === 0) return false;
  return text[lastAt] === '“' || (text[lastAt] === '"' && !isWordChar(text[lastAt - 1]));
}
