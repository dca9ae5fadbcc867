// What the engine computes once per pass and hands to every rule: the lines of the text and the
// spans no rule may touch, both built on first use.
import type { Edges, Edit, Line, RuleContext } from './types.js';
import type { Settings } from '../settings.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { findProtectedSpans, overlapsProtected, type ProtectedSpans } from './protect.js';

const WHOLE_DOCUMENT: Edges = { start: true, end: true };

/** Facts about one text that several rules need; each is computed at most once. */
export class DocumentInfo {
  private linesCache: Line[] | undefined;
  private spansCache: ProtectedSpans | undefined;

  constructor(
    readonly text: string,
    readonly settings: Settings,
    readonly lexicon: Lexicon,
    readonly edges: Edges = WHOLE_DOCUMENT,
  ) {}

  lines(): readonly Line[] {
    this.linesCache ??= splitLines(this.text);
    return this.linesCache;
  }

  isProtected(start: number, end: number): boolean {
    this.spansCache ??= findProtectedSpans(this.text, this.settings.keep);
    return overlapsProtected(this.spansCache, start, end);
  }
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
export function createRuleContext(info: DocumentInfo, ruleId: string): RuleContext {
  const { text } = info;
  const replace = (start: number, end: number, replacement: string, message: string, group?: string): Edit =>
    group === undefined
      ? { start, end, replacement, ruleId, message }
      : { start, end, replacement, ruleId, message, group };
  return {
    text,
    settings: info.settings,
    lexicon: info.lexicon,
    edges: info.edges,
    isProtected: (start, end) => info.isProtected(start, end),
    lines: () => info.lines(),
    replace,
    insert: (at, inserted, message, group) => replace(at, at, inserted, message, group),
    remove: (start, end, message, group) => replace(start, end, '', message, group),
    removeLine: (line, message, group) => {
      const [start, end] = lineRemovalSpan(text, line.start, line.end);
      return replace(start, end, '', message, group);
    },
    removeLines: (first, last, message, group) => {
      const [start, end] = lineRemovalSpan(text, first.start, last.end);
      return replace(start, end, '', message, group);
    },
  };
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
