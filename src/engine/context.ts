// What the engine computes once per pass and hands to every rule: the lines of the text and the
// spans no rule may touch, both built on first use.
import type { Edges, Edit, Fact, Line, RuleContext } from './types.js';
import { FactStore, type FactLog } from './facts.js';
import type { Settings } from '../settings.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { findLayoutSpans, findProtectedSpans, mergeSpans, overlapsProtected, type ProtectedSpans } from './protect.js';
import type { MarkdownSpans } from './markdown.js';
import { spanInText, type Window } from './window.js';
import { paragraphAt, scanText, splitParagraphs, type Paragraphs, type Words } from '../text/document.js';

const WHOLE_DOCUMENT: Edges = { start: true, end: true };

/** Facts about one text that several rules need; each is computed at most once. */
export class DocumentInfo {
  private linesCache: Line[] | undefined;
  private wordsCache: Words | undefined;
  private paragraphs: Paragraphs | undefined;
  /** Protected spans, found paragraph by paragraph where a rule asks (in text offsets). */
  private spansByParagraph: (ProtectedSpans | undefined)[] = [];
  /** Facts of the whole document: for a window, those of the text it was cut from. */
  readonly facts: FactStore;
  private earlier: { readonly info: DocumentInfo; readonly sameAs: Int32Array } | undefined;
  /** For Markdown: the spans of its syntax, code and tables, found on first use (see markdown.ts). */
  private readonly markdownSpans: (() => MarkdownSpans) | undefined;

  constructor(
    readonly text: string,
    readonly settings: Settings,
    readonly lexicon: Lexicon,
    readonly edges: Edges = WHOLE_DOCUMENT,
    /** For a window of a larger text: that text's facts, so protection is found once. */
    private readonly whole?: { readonly info: DocumentInfo; readonly window: Window },
    /**
     * What a scan of this text already found: its paragraphs, and its words if it collected them;
     * and the facts of an earlier text with, for each paragraph, the one of that text with the same
     * characters (-1 for none): their protected spans are moved, not found again.
     */
    scanned?: { readonly paragraphs: Paragraphs; readonly words?: Words | undefined; readonly earlier?: { readonly info: DocumentInfo; readonly sameAs: Int32Array } },
    markdown?: () => MarkdownSpans,
  ) {
    this.markdownSpans = whole ? whole.info.markdownSpans : markdown;
    this.paragraphs = scanned?.paragraphs;
    this.wordsCache = scanned?.words;
    this.earlier = scanned?.earlier;
    // The earlier text's own earlier one is needed no more: passes do not hold on to each other.
    if (this.earlier) this.earlier.info.earlier = undefined;
    this.facts = whole ? whole.info.facts : new FactStore(text, this);
  }

  lines(): readonly Line[] {
    this.linesCache ??= splitLines(this.text);
    return this.linesCache;
  }

  words(): Words {
    // A window's words are those of its paragraphs in the whole text (a word never crosses a
    // blank line), moved: copied, not read again.
    this.wordsCache ??= this.whole ? wordsOfWindow(this.whole.info.words(), this.whole.window) : scanText(this.text).words;
    return this.wordsCache;
  }

  isProtected(start: number, end: number): boolean {
    if (this.whole) {
      const [from, to] = spanInText(this.whole.window, start, end);
      return this.whole.info.isProtected(from, to);
    }
    if (this.markdownSpans) {
      const { verbatim, syntax } = this.markdownSpans();
      if (overlapsProtected(verbatim, start, end) || overlapsProtected(syntax, start, end)) return true;
    }
    // No protected span crosses a blank line (addresses, handles and code hold no line break), so
    // spans are found in the paragraphs a question touches, once each: a later pass asks about
    // few paragraphs, and a rule that asks nothing costs nothing.
    const paragraphs = (this.paragraphs ??= splitParagraphs(this.text));
    for (let p = paragraphAt(paragraphs, start); p < paragraphs.count && paragraphs.starts[p]! <= end; p++) {
      if (overlapsProtected(this.spansOf(p, paragraphs), start, end)) return true;
      if (start === end) break;
    }
    return false;
  }

  /**
   * Whether `[start, end)` touches what a Markdown text keeps byte for byte (code, HTML blocks,
   * tables, front matter, definitions): no rule edits there, not even one that removes lines.
   */
  isVerbatim(start: number, end: number): boolean {
    if (this.whole) {
      const [from, to] = spanInText(this.whole.window, start, end);
      return this.whole.info.isVerbatim(from, to);
    }
    return this.markdownSpans !== undefined && overlapsProtected(this.markdownSpans().verbatim, start, end);
  }

  /** Whether the text is Markdown: its code, tables and syntax are protected. */
  get markdown(): boolean {
    return this.markdownSpans !== undefined;
  }

  private spansOf(p: number, paragraphs: Paragraphs): ProtectedSpans {
    let spans = this.spansByParagraph[p];
    if (!spans && this.earlier) spans = this.spansByParagraph[p] = this.earlierSpans(p, paragraphs);
    if (!spans) {
      const from = paragraphs.starts[p]!;
      const paragraph = this.text.slice(from, paragraphs.ends[p]!);
      const found = findProtectedSpans(paragraph, this.settings.keep);
      const layout = findLayoutSpans(paragraph);
      if (layout.length > 0) {
        const merged = mergeSpans([...found.starts.map((at, i): [number, number] => [at, found.ends[i]!]), ...layout]);
        spans = { starts: merged.starts.map((at) => at + from), ends: merged.ends.map((at) => at + from) };
      } else {
        spans = { starts: found.starts.map((at) => at + from), ends: found.ends.map((at) => at + from) };
      }
      this.spansByParagraph[p] = spans;
    }
    return spans;
  }

  /** Where the protected spans of paragraph `p` are, from an earlier text's that had it unchanged. */
  private earlierSpans(p: number, paragraphs: Paragraphs): ProtectedSpans | undefined {
    const { info, sameAs } = this.earlier!;
    const q = sameAs[p]!;
    const known = q >= 0 ? info.spansByParagraph[q] : undefined;
    if (!known) return undefined;
    const shift = paragraphs.starts[p]! - info.paragraphs!.starts[q]!;
    if (shift === 0) return known;
    return { starts: known.starts.map((at) => at + shift), ends: known.ends.map((at) => at + shift) };
  }
}

/** The words of `whole` that lie in the window's blocks, on window offsets. */
export function wordsOfWindow(whole: Words, window: Window): Words {
  let count = 0;
  const firsts: number[] = [];
  const lasts: number[] = [];
  for (let b = 0; b < window.starts.length; b++) {
    const start = window.starts[b]!;
    const first = firstAtOrAfter(whole.starts, whole.count, start);
    let last = first;
    const end = start + window.lengths[b]!;
    while (last < whole.count && whole.starts[last]! < end) last++;
    firsts.push(first);
    lasts.push(last);
    count += last - first;
  }
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const flags = new Uint16Array(count);
  let w = 0;
  for (let b = 0; b < firsts.length; b++) {
    const shift = window.offsets[b]! - window.starts[b]!;
    for (let i = firsts[b]!; i < lasts[b]!; i++, w++) {
      starts[w] = whole.starts[i]! + shift;
      ends[w] = whole.ends[i]! + shift;
      flags[w] = whole.flags[i]!;
    }
  }
  return { starts, ends, flags, count };
}

/** The index of the first of `count` ascending `starts` at or after `at` (`count` when none is). */
function firstAtOrAfter(starts: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; ; index++) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      lines.push({ index, start, end: text.length, next: text.length });
      return lines;
    }
    lines.push({ index, start, end: newline, next: newline + 1 });
    start = newline + 1;
  }
}

/** The context one rule sees: shared document facts plus edit builders that carry its id. */
export function createRuleContext(info: DocumentInfo, ruleId: string, log?: FactLog, memos: Map<string, unknown> = new Map()): RuleContext {
  return new Context(info, ruleId, log, memos);
}

/**
 * A class, not an object of closures: the engine makes one per rule and pass, and for a short
 * article the contexts were much of what it allocated. Call its methods on it (`ctx.replace(…)`).
 */
class Context implements RuleContext {
  readonly text: string;
  readonly settings: Settings;
  readonly lexicon: Lexicon;
  readonly edges: Edges;

  constructor(
    private readonly info: DocumentInfo,
    private readonly ruleId: string,
    private readonly log: FactLog | undefined,
    private readonly memos: Map<string, unknown>,
  ) {
    this.text = info.text;
    this.settings = info.settings;
    this.lexicon = info.lexicon;
    this.edges = info.edges;
  }

  isProtected(start: number, end: number): boolean {
    return this.info.isProtected(start, end);
  }

  lines(): readonly Line[] {
    return this.info.lines();
  }

  words(): Words {
    return this.info.words();
  }

  fact<K, V>(fact: Fact<K, V>, key: K): V {
    const value = this.info.facts.answer(fact, key);
    this.log?.record(this.info.facts, fact, key, value);
    return value;
  }

  memo<T>(key: string, compute: () => T): T {
    const { memos } = this;
    const known = memos.get(key);
    if (known !== undefined || memos.has(key)) return known as T;
    const value = compute();
    memos.set(key, value);
    return value;
  }

  replace(start: number, end: number, replacement: string, message: string, group?: string): Edit {
    const { ruleId } = this;
    return group === undefined ? { start, end, replacement, ruleId, message } : { start, end, replacement, ruleId, message, group };
  }

  insert(at: number, inserted: string, message: string, group?: string): Edit {
    return this.replace(at, at, inserted, message, group);
  }

  remove(start: number, end: number, message: string, group?: string): Edit {
    return this.replace(start, end, '', message, group);
  }

  removeLine(line: Line, message: string, group?: string): Edit {
    const [start, end] = lineRemovalSpan(this.text, line.start, line.end);
    return this.replace(start, end, '', message, group);
  }

  removeLines(first: Line, last: Line, message: string, group?: string): Edit {
    const [start, end] = lineRemovalSpan(this.text, first.start, last.end);
    return this.replace(start, end, '', message, group);
  }
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';

/**
 * The span to delete so that a line disappears and the separation between its neighbours is the
 * larger of the separations it had on each side (see `RuleContext.removeLine`).
 */
export function lineRemovalSpan(text: string, lineStart: number, lineEnd: number): [number, number] {
  const line = { start: lineStart, end: lineEnd };
  // The blank run before the line starts at the first line break after the previous content.
  let back = line.start;
  while (back > 0 && isBlank(text[back - 1])) back--;
  const hasBefore = back > 0;
  const before = hasBefore ? text.indexOf('\n', back) : line.start;
  // The blank run after the line ends after the last line break before the next content.
  let forward = line.end;
  while (forward < text.length && isBlank(text[forward])) forward++;
  const hasAfter = forward < text.length;
  const after = hasAfter ? text.lastIndexOf('\n', forward - 1) + 1 : line.end;

  if (!hasBefore) return [line.start, after];
  if (!hasAfter) return [before, line.end];
  return countBreaks(text, before, line.start) >= countBreaks(text, line.end, after)
    ? [line.start, after]
    : [before, line.end];
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
