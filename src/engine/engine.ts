// The engine: runs the rules over a text in passes until none proposes anything, and reports every
// edit on offsets of the original input.
import type { AppliedEdit, CleanResult, Edges, Edit, Finding, Rule } from './types.js';
import { defaultSettings, type Settings } from '../settings.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { applyEdits, selectEdits } from './apply.js';
import { changesOf, composeChanges, mapSpanBack, mapStartBack, type Change } from './changes.js';
import { createRuleContext, DocumentInfo } from './context.js';
import { findIgnoreMarkers, isSuppressed } from './ignore.js';
import { decodeLayout, encodeLayout, type Layout } from './layout.js';
import { locate, lineStarts } from './position.js';

export interface EngineOptions {
  /** The rules to run, in priority order (earlier rules win conflicts). */
  readonly rules: readonly Rule[];
  /** Rules whose findings are reported but never applied. */
  readonly reportOnly?: ReadonlySet<string>;
  /** What the rules read besides the text; the built-in defaults when absent. */
  readonly settings?: Settings;
  /** The data rules read (`ctx.lexicon`); `clean` passes the built-in one. Rules that read it fail without it. */
  readonly lexicon?: Lexicon;
  /** Whether the text starts and ends the document (default both): false for a piece of a larger input. */
  readonly edges?: Edges;
  /** Upper bound on passes; reaching it means two rules undo each other. Default 10. */
  readonly maxPasses?: number;
}

/** A rule broke its contract (an edit outside the text, a foreign rule id). */
export class RuleError extends Error {
  override readonly name = 'RuleError';
}

/** The rules never settled: some of them keep undoing each other. */
export class CycleError extends Error {
  override readonly name = 'CycleError';
}

const DEFAULT_MAX_PASSES = 10;

/** Stands in when no lexicon was given: a rule that reads it learns what to pass. */
const NO_LEXICON = new Proxy({} as Lexicon, {
  get(_target, key) {
    throw new Error(`a rule read ctx.lexicon.${String(key)}, but the engine was given no lexicon. Pass EngineOptions.lexicon (clean() passes the built-in one).`);
  },
});

interface Pass {
  /** The text the pass worked on. */
  readonly source: string;
  readonly edits: readonly Edit[];
  /** Input (normalized) → text before this pass. */
  readonly before: readonly Change[];
}

export function runClean(input: string, options: EngineOptions): CleanResult {
  const layout = decodeLayout(input);
  const rules = options.rules;
  const rank = new Map(rules.map((rule, i) => [rule.id, i]));
  const rankOf = (id: string): number => rank.get(id) ?? rules.length;
  const maxPasses = options.maxPasses ?? DEFAULT_MAX_PASSES;
  const settings = options.settings ?? defaultSettings();
  const lexicon = options.lexicon ?? NO_LEXICON;
  const reportOnly = options.reportOnly ?? new Set<string>();

  let text = layout.text;
  let total: Change[] = [];
  const passes: Pass[] = [];
  const reported = new Map<string, AppliedEdit>();
  const seen = new Map<string, number>([[text, 0]]);
  let dirty: Window | undefined; // the paragraphs the last pass changed; undefined: all of them
  for (let pass = 1; ; pass++) {
    const proposals = proposeEdits(text, rules, settings, lexicon, options.edges, dirty);
    const fixes: Edit[] = [];
    for (const edit of proposals) {
      if (edit.report || reportOnly.has(edit.ruleId)) {
        const found = locateReport(layout, total, text, edit, pass);
        reported.set(`${found.start}:${found.end}:${found.ruleId}:${found.after}`, found);
      } else {
        fixes.push(edit);
      }
    }
    const edits = selectEdits(fixes, rankOf);
    if (edits.length === 0) break;
    if (pass > maxPasses) throw cycleError(layout, passes.slice(-3), `stopped after ${maxPasses} passes`);
    const next = applyEdits(text, edits);
    passes.push({ source: text, edits, before: total });
    total = composeChanges(total, changesOf(edits));
    const earlier = seen.get(next);
    if (earlier !== undefined) {
      throw cycleError(layout, passes.slice(earlier), `pass ${pass} brought back the text of pass ${earlier}`);
    }
    seen.set(next, pass);
    dirty = changedParagraphs(next, edits);
    text = next;
  }
  const { output, changes } = encodeLayout(layout, text, total);
  return {
    text: output,
    edits: reportEdits(layout, passes),
    reported: [...reported.values()],
    changes,
    passes: passes.length + 1,
  };
}

/** A report-only finding of pass `pass`, on input offsets. */
function locateReport(layout: Layout, before: readonly Change[], source: string, edit: Edit, pass: number): AppliedEdit {
  const [start, end] = mapSpanBack(before, edit.start, edit.end);
  return {
    start: layout.toInput(start),
    end: layout.toInput(end),
    ruleId: edit.ruleId,
    message: edit.message,
    before: source.slice(edit.start, edit.end),
    after: edit.replacement,
    pass,
    severity: 'report',
  };
}

/** Every edit `runClean` would make, and every report-only finding, located by line and column. */
export function runCheck(input: string, options: EngineOptions): Finding[] {
  const result = runClean(input, options);
  return locateEdits(input, [...result.edits, ...result.reported]);
}

/** Adds 1-based lines and columns to edits reported on `input`, in reading order. */
export function locateEdits(input: string, edits: readonly AppliedEdit[]): Finding[] {
  const starts = lineStarts(input);
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || a.pass - b.pass);
  return ordered.map((edit) => {
    const from = locate(starts, edit.start);
    const to = locate(starts, edit.end);
    return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
}

/**
 * Paragraphs of a text, copied out and joined by blank lines, so that rules of paragraph scope
 * can run on them alone: `starts[i]` is where block i starts in the text, `offsets[i]` in `text`.
 */
interface Window {
  readonly text: string;
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
  readonly lengths: readonly number[];
}

const BLOCK_SEPARATOR = '\n\n';

/** The paragraphs of `text` (the text after applying `edits`) that the edits touched. */
function changedParagraphs(text: string, edits: readonly Edit[]): Window {
  const blocks: [number, number][] = [];
  let shift = 0;
  for (const edit of edits) {
    const start = edit.start + shift;
    const end = start + edit.replacement.length;
    shift += edit.replacement.length - (edit.end - edit.start);
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) {
      // The paragraph end is looked for again only past the last one found: edits come in order,
      // and one long paragraph with many edits would be read to its end once for each.
      if (end > last[1]) last[1] = blockEnd(text, end);
      continue;
    }
    blocks.push([blockStart(text, start), blockEnd(text, end)]);
  }
  // Blocks found from neighbouring edits may overlap or touch: merge them.
  const merged: [number, number][] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && block[0] <= last[1] + BLOCK_SEPARATOR.length) last[1] = Math.max(last[1], block[1]);
    else merged.push([...block]);
  }
  const starts: number[] = [];
  const offsets: number[] = [];
  const lengths: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const [start, end] of merged) {
    starts.push(start);
    offsets.push(offset);
    lengths.push(end - start);
    parts.push(text.slice(start, end));
    offset += end - start + BLOCK_SEPARATOR.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), starts, offsets, lengths };
}

/**
 * The start of the paragraph around `at`: just after the blank line before it, or `at` itself
 * when `at` is inside a run of line breaks (a block never starts after the edit it holds).
 */
function blockStart(text: string, at: number): number {
  const blank = text.lastIndexOf(BLOCK_SEPARATOR, Math.max(0, at - 1));
  return blank < 0 ? 0 : Math.min(at, blank + BLOCK_SEPARATOR.length);
}

/** The end of the paragraph around `at`: where the next blank line starts. */
function blockEnd(text: string, at: number): number {
  const blank = text.indexOf(BLOCK_SEPARATOR, at);
  return blank < 0 ? text.length : blank;
}

/** Moves the edits a paragraph rule made on a window back onto the text. */
function fromWindow(rule: Rule, window: Window, edits: readonly Edit[]): Edit[] {
  return edits.map((edit) => {
    let lo = 0;
    let hi = window.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (window.offsets[mid]! <= edit.start) lo = mid;
      else hi = mid - 1;
    }
    const offset = window.offsets[lo]!;
    if (edit.end > offset + window.lengths[lo]!) {
      throw new RuleError(`rule "${rule.id}" declares paragraph scope but proposed an edit across a blank line. This is a bug in the rule.`);
    }
    const shift = window.starts[lo]! - offset;
    return { ...edit, start: edit.start + shift, end: edit.end + shift };
  });
}

function proposeEdits(text: string, rules: readonly Rule[], settings: Settings, lexicon: Lexicon, edges: Edges | undefined, dirty: Window | undefined): Edit[] {
  const info = new DocumentInfo(text, settings, lexicon, edges);
  const windowInfo = dirty && new DocumentInfo(dirty.text, settings, lexicon, { start: false, end: false });
  const markers = findIgnoreMarkers(text);
  const proposals: Edit[] = [];
  for (const rule of rules) {
    let edits: Edit[];
    if (dirty && windowInfo && rule.scope === 'paragraph') {
      const found = dirty.text === '' ? [] : rule.apply(dirty.text, createRuleContext(windowInfo, rule.id));
      for (const edit of found) validateEdit(rule, edit, dirty.text);
      edits = fromWindow(rule, dirty, found);
    } else {
      edits = rule.apply(text, createRuleContext(info, rule.id));
      for (const edit of edits) validateEdit(rule, edit, text);
    }
    // Pushed one by one: spreading a rule's edits into the call would overflow the stack past
    // about 100,000 of them (a megabyte of double spaces).
    if (!markers) {
      for (const edit of edits) proposals.push(edit);
      continue;
    }
    // Inline markers: a suppressed edit takes its whole group with it.
    const suppressed = edits.filter((edit) => isSuppressed(markers, edit.ruleId, edit.start, edit.end));
    const groups = new Set(suppressed.map((edit) => edit.group).filter((group) => group !== undefined));
    for (const edit of edits) if (!suppressed.includes(edit) && !(edit.group !== undefined && groups.has(edit.group))) proposals.push(edit);
  }
  return proposals;
}

function validateEdit(rule: Rule, edit: Edit, text: string): void {
  const bug = (what: string): RuleError =>
    new RuleError(`rule "${rule.id}": ${what}. This is a bug in the rule.`);
  if (edit.ruleId !== rule.id) throw bug(`proposed an edit in the name of "${edit.ruleId}"`);
  if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.start > edit.end) {
    throw bug(`edit has an invalid span [${edit.start}, ${edit.end})`);
  }
  if (edit.end > text.length) {
    throw bug(`edit ends at ${edit.end}, past the end of the text (${text.length})`);
  }
  if (edit.replacement === text.slice(edit.start, edit.end)) {
    throw bug(`edit at ${edit.start} replaces "${edit.replacement}" with itself`);
  }
}

function reportEdits(layout: Layout, passes: readonly Pass[]): AppliedEdit[] {
  const reported: AppliedEdit[] = [];
  passes.forEach((pass, i) => {
    for (const edit of pass.edits) {
      const [start, end] = mapSpanBack(pass.before, edit.start, edit.end);
      reported.push({
        start: layout.toInput(start),
        end: layout.toInput(end),
        ruleId: edit.ruleId,
        message: edit.message,
        before: pass.source.slice(edit.start, edit.end),
        after: edit.replacement,
        pass: i + 1,
        severity: 'fix',
      });
    }
  });
  return reported;
}

/** Names the rules that kept changing the text in `cycle` (the passes that went round). */
function cycleError(layout: Layout, cycle: readonly Pass[], how: string): CycleError {
  const ids = [...new Set(cycle.flatMap((pass) => pass.edits.map((edit) => edit.ruleId)))];
  const last = cycle[cycle.length - 1];
  const first = last?.edits[0];
  const where = first ? locate(lineStarts(layout.input), layout.toInput(mapStartBack(last.before, first.start))) : undefined;
  const names = ids.length === 1 ? `rule "${ids[0]}" undoes itself` : `rules ${ids.map((id) => `"${id}"`).join(' and ')} undo each other`;
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  return new CycleError(`${names}${at} (${how}); please report it.`);
}
