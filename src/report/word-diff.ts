// Word-level changes of a cleaned document, for people: inside each region the engine changed
// (widened to whole words), the input and the output are compared word by word with the diff
// package's diffWordsWithSpace, then cut into rows with a few words of context either side, for
// `--word-diff` and for the context of each finding in `--check` and `--explain`. Pure: text in,
// plain data out (it crosses worker threads); markers and colour are the command line's
// (src/cli/word-diff.ts). Only the changed regions are diffed, so the cost stays linear in the input.
import { diffWordsWithSpace } from 'diff';
import type { Finding, TextChange } from '../engine/types.js';

/**
 * A piece of a marked-up row: input text that stayed (`same`), was removed, or output text that
 * was inserted; `cut` stands where text is left out (its text is empty). A long removed or
 * inserted text is given as its start and its end (`rest`), its middle left out.
 */
export type Segment = readonly [kind: 'same' | 'removed' | 'added' | 'cut', text: string, rest?: string];

/** One row of a word diff: a change, or changes close together on one line, with context. */
export interface Hunk {
  /** Where the row's first change starts in the input: 1-based line and column (UTF-16 code units). */
  readonly line: number;
  readonly column: number;
  readonly segments: readonly Segment[];
}

/** A finding with its marked-up context. */
export type FindingWithContext = Finding & { readonly context?: readonly Segment[] };

/** What to describe of a document: its rows (`--word-diff`), the context of each finding, or both. */
export interface MarkRequest {
  readonly hunks: boolean;
  readonly contexts: boolean;
}

export interface MarkedDocument {
  readonly hunks: readonly Hunk[];
  /** The findings given, each with `context` when contexts were asked for. */
  readonly findings: readonly FindingWithContext[];
}

/** Words of unchanged text shown before and after a change. */
export const CONTEXT_WORDS = 5;
/** At most this many characters of context on a side, however long its words. */
const CONTEXT_CHARS = 60;
/** A removed or inserted run longer than this is shown as its start and its end. */
const LONG_RUN = 300;
const RUN_END = 100;
/** Runs of changes a finding's context reaches out to on either side, beyond its own. */
const NEIGHBOURS = 3;
/** A region with more word changes than this is shown as removed and inserted whole. */
const MAX_EDIT_LENGTH = 2000;

/** A stretch of the comparison: input text kept or removed at `[start, end)`, or output text inserted at `start`. */
interface Part {
  readonly kind: 'same' | 'removed' | 'added';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The rows, and the findings with their contexts, of one cleaned document. */
export function markDocument(
  input: string,
  output: string,
  changes: readonly TextChange[],
  findings: readonly Finding[],
  request: MarkRequest,
): MarkedDocument {
  const parts = compareWords(input, output, changes);
  return {
    hunks: request.hunks ? hunksOf(input, parts) : [],
    findings: request.contexts ? findings.map((finding) => ({ ...finding, context: contextOf(input, parts, finding) })) : findings,
  };
}

/**
 * The input and the output as kept, removed and inserted parts, in input order. Each change is
 * widened to whole words (a rule that changes one letter of `Blingen` shows as the word replaced,
 * as `git diff --word-diff` does); changes whose words touch are compared together.
 */
export function compareWords(input: string, output: string, changes: readonly TextChange[]): Part[] {
  const regions: { start: number; end: number; outStart: number; outEnd: number }[] = [];
  changes.forEach((change, i) => {
    const floor = i > 0 ? changes[i - 1]!.end : 0;
    const ceiling = i + 1 < changes.length ? changes[i + 1]!.start : input.length;
    let { start, end, outStart, outEnd } = change;
    while (start > floor && isWordUnit(input.charCodeAt(start - 1))) (start--, outStart--);
    while (end < ceiling && isWordUnit(input.charCodeAt(end))) (end++, outEnd++);
    const last = regions[regions.length - 1];
    if (last && last.end >= start) {
      last.end = end;
      last.outEnd = outEnd;
    } else {
      regions.push({ start, end, outStart, outEnd });
    }
  });
  const parts: Part[] = [];
  const push = (kind: Part['kind'], start: number, end: number, text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind && kind === 'same') parts[parts.length - 1] = { kind, start: last.start, end, text: last.text + text };
    else parts.push({ kind, start, end, text });
  };
  let cursor = 0;
  for (const region of regions) {
    push('same', cursor, region.start, input.slice(cursor, region.start));
    const before = input.slice(region.start, region.end);
    const after = output.slice(region.outStart, region.outEnd);
    const diff = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
    let at = region.start;
    if (diff === undefined) {
      push('removed', at, region.end, before);
      push('added', region.end, region.end, after);
    } else {
      for (const change of diff) {
        if (change.added) {
          push('added', at, at, change.value);
        } else {
          push(change.removed ? 'removed' : 'same', at, at + change.value.length, change.value);
          at += change.value.length;
        }
      }
    }
    cursor = region.end;
  }
  push('same', cursor, input.length, input.slice(cursor));
  return parts;
}

/** Letters, marks, digits, underscore and either half of a surrogate pair: what a word is made of. */
function isWordUnit(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

const isChange = (part: Part | undefined): boolean => part !== undefined && part.kind !== 'same';

/**
 * The rows of a word diff: every run of changes with up to CONTEXT_WORDS words of its line before
 * and after it. Changes on one line with no more than twice that many words between them share a
 * row; a line break in unchanged text always ends a row.
 */
export function hunksOf(input: string, parts: readonly Part[]): Hunk[] {
  const hunks: Hunk[] = [];
  const lines = new LineIndex(input);
  let row: Segment[] | undefined;
  let where = { line: 1, column: 1 };
  for (let first = 0; first < parts.length; first++) {
    if (parts[first]!.kind === 'same') continue;
    let last = first;
    while (isChange(parts[last + 1])) last++;
    const before = parts[first - 1];
    if (row && before && isShortInterior(before.text)) {
      row.push(['same', before.text]);
    } else {
      if (row) hunks.push({ ...where, segments: [...row, ...(before ? contextAfter(input, before.start, before.end, endsWithBreak(parts[first - 2])) : [])] });
      row = before ? contextBefore(input, before.start, before.end, startsWithBreak(parts[first]!)) : [];
      where = lines.locate(parts[first]!.start);
    }
    for (let k = first; k <= last; k++) row.push(changed(parts[k]!));
    first = last;
  }
  if (row) {
    const after = parts[parts.length - 1]!;
    hunks.push({ ...where, segments: [...row, ...(after.kind === 'same' ? contextAfter(input, after.start, after.end, endsWithBreak(parts[parts.length - 2])) : [])] });
  }
  return hunks;
}

/**
 * A finding's marked-up context: the changes its span touches with what the word diff's row shows
 * around them (the changes close by, CONTEXT_WORDS words of the line either side). A finding
 * whose edit left no change behind (report-only, or undone by a later pass) shows its own edit,
 * compared word by word, in the input's context.
 */
export function contextOf(input: string, parts: readonly Part[], finding: Finding): Segment[] {
  const touches = (part: Part): boolean =>
    part.start === part.end || finding.start === finding.end ? part.start <= finding.end && finding.start <= part.end : part.start < finding.end && finding.start < part.end;
  let first = -1;
  let last = -1;
  if (finding.severity === 'fix') {
    // Parts are in input order; their ends never decrease.
    let lo = 0;
    let hi = parts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (parts[mid]!.end < finding.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < parts.length && parts[k]!.start <= finding.end; k++) {
      if (parts[k]!.kind === 'same' || !touches(parts[k]!)) continue;
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) {
    const own = compareWords(finding.before, finding.after, [{ start: 0, end: finding.before.length, outStart: 0, outEnd: finding.after.length }]);
    return [...contextBefore(input, 0, finding.start), ...own.map((part) => (part.kind === 'same' ? (['same', part.text] as const) : changed(part))), ...contextAfter(input, finding.end, input.length)];
  }
  // Out to the changes next to these, and to those a short stretch away, as hunksOf joins them
  // (at most NEIGHBOURS stretches each way: where changes are dense, a row could hold thousands).
  while (isChange(parts[first - 1])) first--;
  while (isChange(parts[last + 1])) last++;
  for (let n = 0; n < NEIGHBOURS && isChange(parts[first - 2]) && isShortInterior(parts[first - 1]!.text); n++) {
    first -= 2;
    while (isChange(parts[first - 1])) first--;
  }
  for (let n = 0; n < NEIGHBOURS && isChange(parts[last + 2]) && isShortInterior(parts[last + 1]!.text); n++) {
    last += 2;
    while (isChange(parts[last + 1])) last++;
  }
  const before = parts[first - 1];
  const segments: Segment[] = before ? contextBefore(input, before.start, before.end, startsWithBreak(parts[first]!)) : [];
  for (let k = first; k <= last; k++) {
    const part = parts[k]!;
    if (part.kind !== 'same') segments.push(changed(part));
    else if (isShortInterior(part.text)) segments.push(['same', part.text]);
    else {
      // A long stretch between changes the finding spans: its two ends, a cut between.
      const uncut = ([kind]: Segment): boolean => kind !== 'cut';
      segments.push(...contextAfter(input, part.start, part.end).filter(uncut), ['cut', ''], ...contextBefore(input, part.start, part.end).filter(uncut));
    }
  }
  const after = parts[last + 1];
  if (after) segments.push(...contextAfter(input, after.start, after.end, endsWithBreak(parts[last])));
  return segments;
}

/** Whether a change begins or ends with a line break: then its context reaches the next line with text. */
const startsWithBreak = (part: Part | undefined): boolean => part !== undefined && /^[\r\n]/.test(part.text);
const endsWithBreak = (part: Part | undefined): boolean => part !== undefined && part.text.endsWith('\n');

/** A removed or inserted part, its middle left out when it is long. */
function changed(part: Part): Segment {
  const kind = part.kind === 'added' ? 'added' : 'removed';
  if (part.text.length <= LONG_RUN) return [kind, part.text];
  return [kind, headOf(part.text, RUN_END), tailOf(part.text, RUN_END)];
}

/** Unchanged text between two changes that is shown whole: on one line, and a few words long. */
function isShortInterior(text: string): boolean {
  return !text.includes('\n') && countWords(text) <= 2 * CONTEXT_WORDS && text.length <= 2 * CONTEXT_CHARS;
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Spaces and tabs (and other horizontal space); line breaks are handled apart. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0d || code === 0x0a || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000;
}

/**
 * The end of unchanged text `[floor, end)` that stands before a change: from the start of its line
 * (never before `floor`), at most CONTEXT_WORDS words and about CONTEXT_CHARS characters, with a
 * cut in front when the line goes on further back. With `acrossBreaks`, a change at the start of a
 * line (a blank line dropped) gets the line breaks before it and the end of the line above.
 */
function contextBefore(input: string, floor: number, end: number, acrossBreaks = false): Segment[] {
  if (acrossBreaks && end > floor && input.charCodeAt(end - 1) === 0x0a) {
    let k = end;
    while (k > floor && end - k < MAX_BREAKS && isBreak(input.charCodeAt(k - 1))) k--;
    return [...contextBefore(input, floor, k), ['same', input.slice(k, end)]];
  }
  const capped = end - CONTEXT_CHARS > floor;
  let start = capped ? end - CONTEXT_CHARS : floor;
  for (let k = end - 1; k >= start; k--) {
    if (input.charCodeAt(k) === 0x0a) {
      start = k + 1;
      break;
    }
  }
  // At most CONTEXT_WORDS words, counted back from the change.
  let words = 0;
  let k = end;
  while (k > start) {
    while (k > start && isSpace(input.charCodeAt(k - 1))) k--;
    if (k === start) break;
    if (words === CONTEXT_WORDS) {
      start = k;
      while (start < end && isSpace(input.charCodeAt(start)) && isSpace(input.charCodeAt(start + 1))) start++;
      break;
    }
    while (k > start && !isSpace(input.charCodeAt(k - 1))) k--;
    words++;
  }
  // Not in the middle of a word (unless the word is all there is); at `floor` a change ends.
  if (capped && start === end - CONTEXT_CHARS && !isSpace(input.charCodeAt(start - 1))) {
    let s = start;
    while (s < end && !isSpace(input.charCodeAt(s))) s++;
    if (s < end) start = s;
  }
  start = avoidSplitPair(input, start);
  const cut = start > 0 && !isLineStart(input, start);
  const text = input.slice(start, end);
  return [...(cut ? [['cut', ''] as const] : []), ...(text === '' ? [] : [['same', text] as const])];
}

/**
 * The start of unchanged text `[start, ceiling)` that follows a change: up to the end of its line
 * (its line break not included), at most CONTEXT_WORDS words and about CONTEXT_CHARS characters,
 * with a cut after it when the line goes on. With `acrossBreaks`, a change at the end of a line
 * gets the line breaks after it and the start of the line below.
 */
function contextAfter(input: string, start: number, ceiling: number, acrossBreaks = false): Segment[] {
  if (acrossBreaks && start < ceiling && isBreak(input.charCodeAt(start))) {
    let k = start;
    while (k < ceiling && k - start < MAX_BREAKS && isBreak(input.charCodeAt(k))) k++;
    if (input.charCodeAt(k - 1) === 0x0d && k < ceiling) k--; // not between the halves of a CRLF
    return [['same', input.slice(start, k)], ...contextAfter(input, k, ceiling)];
  }
  const capped = start + CONTEXT_CHARS < ceiling;
  const to = capped ? start + CONTEXT_CHARS : ceiling;
  let end = to;
  for (let k = start; k < to; k++) {
    const code = input.charCodeAt(k);
    if (code === 0x0a || (code === 0x0d && input.charCodeAt(k + 1) === 0x0a)) {
      end = k;
      break;
    }
  }
  let words = 0;
  let k = start;
  while (k < end) {
    while (k < end && isSpace(input.charCodeAt(k))) k++;
    if (k === end) break;
    if (words === CONTEXT_WORDS) {
      end = k;
      while (end > start && isSpace(input.charCodeAt(end - 1)) && isSpace(input.charCodeAt(end - 2))) end--;
      break;
    }
    while (k < end && !isSpace(input.charCodeAt(k))) k++;
    words++;
  }
  if (capped && end === to && !isSpace(input.charCodeAt(end)) && !isSpace(input.charCodeAt(end - 1))) {
    let e = end;
    while (e > start && !isSpace(input.charCodeAt(e - 1))) e--;
    if (e > start) end = e;
  }
  end = avoidSplitPair(input, end);
  const cut = end < input.length && !isLineEnd(input, end);
  const text = input.slice(start, end);
  return [...(text === '' ? [] : [['same', text] as const]), ...(cut ? [['cut', ''] as const] : [])];
}

/** Line breaks shown as context at most, on either side of a change made of line breaks. */
const MAX_BREAKS = 8;

const isBreak = (code: number): boolean => code === 0x0a || code === 0x0d;

function isLineStart(input: string, at: number): boolean {
  return at === 0 || input.charCodeAt(at - 1) === 0x0a;
}

function isLineEnd(input: string, at: number): boolean {
  const code = input.charCodeAt(at);
  return at >= input.length || code === 0x0a || (code === 0x0d && input.charCodeAt(at + 1) === 0x0a);
}

/** `at`, moved back by one if it falls between the halves of a surrogate pair. */
function avoidSplitPair(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** About `max` characters from the start of `text`, ending at a space when there is one near. */
function headOf(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, avoidSplitPair(text, space >= max / 2 ? space + 1 : max));
}

/** About `max` characters from the end of `text`, starting after a space when there is one near. */
function tailOf(text: string, max: number): string {
  const space = text.indexOf(' ', text.length - max);
  const from = space >= 0 && space <= text.length - max / 2 ? space : text.length - max;
  return text.slice(avoidSplitPair(text, from));
}

/** Offsets to 1-based lines and columns, for offsets asked in increasing order. */
class LineIndex {
  private line = 1;
  private lineStart = 0;
  private scanned = 0;

  constructor(private readonly text: string) {}

  locate(offset: number): { line: number; column: number } {
    for (; this.scanned < offset; this.scanned++) {
      if (this.text.charCodeAt(this.scanned) !== 0x0a) continue;
      this.line++;
      this.lineStart = this.scanned + 1;
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
