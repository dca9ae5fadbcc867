// The engine: runs the rules over a text in passes until none proposes anything, and reports every
// edit on offsets of the original input.
import type { AppliedEdit, CleanResult, Edges, Edit, Finding, Rule, TextWarning } from './types.js';
import { ruleNames, type RuleNames } from './rule-names.js';
import { defaultSettings, type Settings } from '../settings.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { applyEdits, selectEdits } from './apply.js';
import { changesOf, composeChanges, mapSpanBack, mapStartBack, type Change } from './changes.js';
import { createRuleContext, DocumentInfo } from './context.js';
import { CycleError, RuleError } from './errors.js';
import { FactLog } from './facts.js';
import { windowOf, fromWindow, BLOCK_SEPARATOR, type Window } from './window.js';
import { paragraphAt, scanText, splitParagraphs, TriggerTable, type Paragraphs, type Scan } from '../text/document.js';
import { findIgnoreMarkers, isSuppressed } from './ignore.js';
import { decodeLayout, encodeLayout, type Layout } from './layout.js';
import { MarkdownTracker } from './markdown.js';
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
  /**
   * What the rule names in inline markers mean (ids, families, categories); default: the ids of
   * `rules`. `clean` passes the names of the whole rule set, so a marker may name a rule that is off.
   */
  readonly names?: RuleNames;
  /**
   * Whether rules are called only where their triggers occur (default true). Turned off, every
   * rule reads every paragraph: the same edits, slower; tests compare the two.
   */
  readonly dispatch?: boolean;
  /**
   * Whether the text is Markdown: its code, HTML, tables, front matter and link destinations are
   * protected, and only its prose is cleaned (see markdown.ts). Default false: plain text.
   */
  readonly markdown?: boolean;
}

export { CycleError, RuleError } from './errors.js';

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
  const names = options.names ?? ruleNames(rules);

  let text = layout.text;
  let total: Change[] = [];
  const passes: Pass[] = [];
  const reported = new Map<string, AppliedEdit>();
  const seen = new Map<string, number>([[text, 0]]);
  const dispatch = createDispatch(rules, options.dispatch ?? true);
  const memory = new Map<Rule, RuleMemory>(); // the facts each rule read and what it remembered, across passes
  let dirty: Uint8Array | undefined; // the paragraphs the last pass changed; undefined: all of them
  let paragraphs = splitParagraphs(text);
  const markdown = options.markdown ? new MarkdownTracker() : undefined;
  // What the last pass knew of the paragraphs this one has unchanged (see sameParagraphs).
  let earlier: { scan: Scan; info: DocumentInfo; sameAs: Int32Array } | undefined;
  for (let pass = 1; ; pass++) {
    // Every pass has the words of the whole text: the document facts read them each pass, and rules
    // given a window take theirs from them. A paragraph the last pass did not change keeps its words,
    // triggers and protected spans, moved: only the changed paragraphs are read again.
    const scan = scanText(text, { table: dispatch.table, ...(earlier ? { earlier } : {}) }, paragraphs);
    const info = new DocumentInfo(text, settings, lexicon, options.edges, undefined, { paragraphs, words: scan.words, ...(earlier ? { earlier: { info: earlier.info, sameAs: earlier.sameAs } } : {}) }, markdown?.spansOf(text));
    const proposals = proposeEdits({ text, info, scan, dirty, ...triggered(scan, dirty) }, rules, dispatch, memory, names);
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
    const earlierPass = seen.get(next);
    if (earlierPass !== undefined) {
      throw cycleError(layout, passes.slice(earlierPass), `pass ${pass} brought back the text of pass ${earlierPass}`);
    }
    seen.set(next, pass);
    markdown?.advance(edits, next);
    const nextParagraphs = splitParagraphs(next);
    dirty = changedParagraphs(nextParagraphs, edits);
    earlier = { scan, info, sameAs: sameParagraphs(paragraphs, nextParagraphs, edits, dirty) };
    paragraphs = nextParagraphs;
    text = next;
  }
  const { output, changes } = encodeLayout(layout, text, total);
  return {
    text: output,
    edits: reportEdits(layout, passes),
    reported: [...reported.values()],
    changes,
    passes: passes.length + 1,
    warnings: markerWarnings(layout, names),
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

/**
 * Adds 1-based lines and columns to edits reported on `input`, in reading order. A finding is
 * placed at the first character it changes that a reader sees: a removed line usually goes with
 * the line break before it, and is placed at the line, not at the end of the line above (`start`
 * and `end` stay the edit's own span).
 */
export function locateEdits(input: string, edits: readonly AppliedEdit[]): Finding[] {
  const starts = lineStarts(input);
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end || a.pass - b.pass);
  return ordered.map((edit) => {
    const from = locate(starts, shownStart(input, edit));
    const to = locate(starts, edit.end);
    return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
}

/** Where a removal shows: past the line breaks it starts with, when it removes more than breaks. */
function shownStart(input: string, edit: AppliedEdit): number {
  if (edit.after !== '') return edit.start;
  let at = edit.start;
  while (at < edit.end && (input[at] === '\n' || input[at] === '\r')) at++;
  return at < edit.end ? at : edit.start;
}

/**
 * The paragraphs a pass changed, as indices into the paragraphs of the text after it: every
 * paragraph an edit's result touches (at an edge included), and both neighbours of an edit that
 * falls between two paragraphs.
 */
function changedParagraphs(paragraphs: Paragraphs, edits: readonly Edit[]): Uint8Array {
  const dirty = new Uint8Array(paragraphs.count);
  let shift = 0;
  for (const edit of edits) {
    const start = edit.start + shift;
    const end = start + edit.replacement.length;
    shift += edit.replacement.length - (edit.end - edit.start);
    const first = paragraphAt(paragraphs, start);
    dirty[first] = 1;
    for (let p = first + 1; p < paragraphs.count && paragraphs.starts[p]! <= end + BLOCK_SEPARATOR.length; p++) {
      if (paragraphs.starts[p]! <= end || start > paragraphs.ends[p - 1]!) dirty[p] = 1;
    }
  }
  return dirty;
}

/**
 * For each paragraph of the text after a pass, the paragraph of the text before it with the same
 * characters (-1 for a changed one): a paragraph no edit touched is where it was, moved by what the
 * edits before it added or removed.
 */
function sameParagraphs(before: Paragraphs, after: Paragraphs, edits: readonly Edit[], dirty: Uint8Array): Int32Array {
  const same = new Int32Array(after.count).fill(-1);
  let e = 0;
  let shift = 0; // what the edits wholly before the paragraph added
  for (let p = 0; p < after.count; p++) {
    const start = after.starts[p]!;
    // The edits that end before this paragraph starts, on offsets of the text after the pass.
    while (e < edits.length) {
      const edit = edits[e]!;
      if (edit.start + shift + edit.replacement.length > start) break;
      shift += edit.replacement.length - (edit.end - edit.start);
      e++;
    }
    if (dirty[p] === 1) continue;
    const from = start - shift;
    const q = paragraphAt(before, from);
    if (before.starts[q] === from && before.ends[q]! - from === after.ends[p]! - start) same[p] = q;
  }
  return same;
}

/** What a pass knows about the text it works on, shared by every rule. */
interface PassState {
  readonly text: string;
  readonly info: DocumentInfo;
  readonly scan: Scan;
  /** The rules (trigger bits) any paragraph triggers, and any changed paragraph (all of them on the first pass). */
  readonly anywhere: number;
  readonly inChanged: number;
  /** Whether the last pass changed any paragraph (true on the first pass). */
  readonly anyChanged: boolean;
  /** The paragraphs the last pass changed (1), or undefined on the first pass: all of them. */
  readonly dirty: Uint8Array | undefined;
}

/**
 * How a pass dispatches rules: the trigger table of the rules that declare triggers, and each
 * rule's bit in it (-1 for rules called everywhere).
 */
interface Dispatch {
  readonly table: TriggerTable;
  readonly bits: ReadonlyMap<Rule, number>;
  /** False to call every rule on everything (the reference the dispatch is tested against). */
  readonly enabled: boolean;
}

/**
 * The dispatch of the last rule lists seen, by their ids: every cleaning with the same rules (all
 * files of a run) shares one trigger table instead of compiling it again.
 */
const dispatchCache = new Map<string, { rules: readonly Rule[]; dispatch: Dispatch }>();
const DISPATCH_CACHE_SIZE = 16;

function createDispatch(rules: readonly Rule[], enabled: boolean): Dispatch {
  const key = `${enabled}:${rules.map((rule) => rule.id).join(',')}`;
  const cached = dispatchCache.get(key);
  if (cached && cached.rules.length === rules.length && cached.rules.every((rule, i) => rule === rules[i])) return cached.dispatch;
  const dispatch = compileDispatch(rules, enabled);
  if (dispatchCache.size >= DISPATCH_CACHE_SIZE) dispatchCache.delete(dispatchCache.keys().next().value!);
  dispatchCache.set(key, { rules: [...rules], dispatch });
  return dispatch;
}

function compileDispatch(rules: readonly Rule[], enabled: boolean): Dispatch {
  const triggered = rules.filter((rule) => rule.triggers !== undefined).slice(0, 32);
  const bits = new Map<Rule, number>();
  triggered.forEach((rule, i) => bits.set(rule, 1 << i));
  return { table: new TriggerTable(triggered.map((rule) => rule.triggers)), bits, enabled };
}

/** What paragraphsFor asks of every rule, found once a pass: the triggers anywhere and in the changed paragraphs. */
function triggered(scan: Scan, dirty: Uint8Array | undefined): { anywhere: number; inChanged: number; anyChanged: boolean } {
  let anywhere = 0;
  let inChanged = 0;
  let anyChanged = dirty === undefined;
  for (let p = 0; p < scan.masks.length; p++) {
    anywhere |= scan.masks[p]!;
    if (dirty === undefined || dirty[p] === 1) {
      inChanged |= scan.masks[p]!;
      anyChanged = true;
    }
  }
  return { anywhere, inChanged, anyChanged };
}

/** The paragraphs rule `rule` must look at in this pass, or 'all' for the whole text unchanged. */
function paragraphsFor(rule: Rule, state: PassState, dispatch: Dispatch): [number, number][] | 'all' {
  const bit = dispatch.enabled ? (dispatch.bits.get(rule) ?? 0) : 0;
  const { paragraphs, masks } = state.scan;
  const paragraphScope = rule.scope === 'paragraph';
  if (!paragraphScope || (state.dirty === undefined && bit === 0)) {
    if (bit !== 0 && (state.anywhere & bit) === 0) return [];
    return 'all';
  }
  // Nothing changed that the rule looks for: nothing to read (most rules, most later passes).
  if (bit !== 0 ? (state.inChanged & bit) === 0 : !state.anyChanged) return [];
  const blocks: [number, number][] = [];
  let every = true;
  let covered = 0;
  for (let p = 0; p < paragraphs.count; p++) {
    if ((state.dirty === undefined || state.dirty[p] === 1) && (bit === 0 || (masks[p]! & bit) !== 0)) {
      const last = blocks[blocks.length - 1];
      // Neighbouring paragraphs stay one block: the window then copies them as they are.
      if (last && last[1] + BLOCK_SEPARATOR.length === paragraphs.starts[p]!) last[1] = paragraphs.ends[p]!;
      else blocks.push([paragraphs.starts[p]!, paragraphs.ends[p]!]);
      covered += paragraphs.ends[p]! - paragraphs.starts[p]!;
    } else {
      every = false;
    }
  }
  // A rule of paragraph scope may always read more paragraphs than it must: when most of the text
  // is wanted, reading it in place beats copying it out. (Measured: at 90% instead of half, the
  // rules read 6% fewer characters but a window's copy, words and protected spans cost more.)
  return every || covered > state.text.length * MOSTLY ? 'all' : blocks;
}

/** The share of a text above which a paragraph rule reads the whole text rather than a window. */
const MOSTLY = 0.5;

/** What the engine keeps for each rule across the passes of one cleaning. */
interface RuleMemory {
  /** The facts the rule read and their answers. */
  readonly log: FactLog;
  /** What the rule remembered with `ctx.memo`. */
  readonly memos: Map<string, unknown>;
}

/**
 * The names in the input's markers that mean nothing. Marker lines are never changed, so those of
 * the input are those of every pass.
 */
function markerWarnings(layout: Layout, names: RuleNames): TextWarning[] {
  return (findIgnoreMarkers(layout.text, names)?.unknown ?? []).map(({ start, end, name, marker, suggestion }) => ({
    start: layout.toInput(start),
    end: layout.toInput(end),
    message: `unknown rule "${name}" in ${marker}${suggestion ? `; did you mean "${suggestion}"?` : '.'} It has no effect (newsclean rules lists the names).`,
  }));
}

function proposeEdits(state: PassState, rules: readonly Rule[], dispatch: Dispatch, memory: Map<Rule, RuleMemory>, names: RuleNames): Edit[] {
  const { text, info } = state;
  const markers = findIgnoreMarkers(text, names);
  const proposals: Edit[] = [];
  // Rules that want the same paragraphs share one window (after the first pass, the changed ones).
  const windows = new Map<string, { window: Window; info: DocumentInfo }>();
  for (const rule of rules) {
    let remembered = memory.get(rule);
    if (!remembered) memory.set(rule, (remembered = { log: new FactLog(), memos: new Map() }));
    const { log, memos } = remembered;
    // A fact the rule read changed: the paragraphs it did not re-read may now read differently.
    // (Checked only when the rule would not read everything anyway.)
    let where = paragraphsFor(rule, state, dispatch);
    if (where === 'all' || (state.dirty !== undefined && log.size > 0 && !log.holds(info.facts))) {
      where = 'all';
      log.clear();
    }
    let edits: Edit[];
    if (where === 'all') {
      edits = rule.apply(text, createRuleContext(info, rule.id, log, memos));
      for (const edit of edits) validateEdit(rule, edit, text);
    } else if (where.length === 0) {
      continue;
    } else {
      const key = where.join(';');
      let shared = windows.get(key);
      if (!shared) {
        const window = windowOf(text, where);
        shared = { window, info: new DocumentInfo(window.text, info.settings, info.lexicon, PIECE, { info, window }) };
        windows.set(key, shared);
      }
      const { window, info: windowInfo } = shared;
      const found = rule.apply(window.text, createRuleContext(windowInfo, rule.id, log, memos));
      for (const edit of found) validateEdit(rule, edit, window.text);
      edits = fromWindow(rule, window, found);
    }
    // Protection is the engine's: a rule cannot forget it. A rule that removes whole lines may
    // take a link with them, never a Markdown text's code or tables.
    if (edits.length > 0 && (rule.editsProtected === undefined || info.markdown)) {
      edits = dropProtected(edits, rule.editsProtected === undefined ? (s, e) => info.isProtected(s, e) : (s, e) => info.isVerbatim(s, e));
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

const PIECE: Edges = { start: false, end: false };

/** The edits that touch no protected span; an edit dropped takes the rest of its group with it. */
function dropProtected(edits: Edit[], isProtected: (start: number, end: number) => boolean): Edit[] {
  const dropped = new Set(edits.filter((edit) => isProtected(edit.start, edit.end)));
  if (dropped.size === 0) return edits;
  const groups = new Set([...dropped].map((edit) => edit.group).filter((group) => group !== undefined));
  return edits.filter((edit) => !dropped.has(edit) && !(edit.group !== undefined && groups.has(edit.group)));
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
