/**
 * The vocabulary shared by the engine and the rules: a rule reads a text and proposes edits; the
 * engine settles conflicts, applies them and repeats until nothing changes.
 */
import type { Settings } from '../settings.js';
import type { Triggers, Words } from '../text/document.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** What kind of artifact a rule repairs; used to group rules in listings and reports. */
export type Category =
  | 'spelling' // misspelled names, wrong capitals
  | 'punctuation' // quotation marks, spacing around punctuation
  | 'spacing' // runs of spaces and blank lines, words run together
  | 'grammar' // articles, doubled words, stray pronouns
  | 'chrome' // lines that are not part of the article: links, credits, site furniture
  | 'encoding'; // mojibake, broken HTML entities

/** A change a rule proposes, on offsets of the text the rule was given (UTF-16 code units). */
export interface Edit {
  /** First code unit replaced. */
  readonly start: number;
  /** One past the last code unit replaced; equal to `start` for an insertion. */
  readonly end: number;
  readonly replacement: string;
  readonly ruleId: string;
  /** The reason, for a person: "known misspelling of Antony Blinken". */
  readonly message: string;
  /**
   * Edits that only make sense together carry the same group: the engine applies all of them or
   * none (a quotation mark moved from one side of a word to the other is two edits, one group).
   */
  readonly group?: string;
  /** A finding too risky to apply: `--check` reports it, cleaning never applies it. */
  readonly report?: boolean;
}

export interface Edges {
  readonly start: boolean;
  readonly end: boolean;
}

/** One line of a document: `[start, end)` is its content, `next` the start of the following line. */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * A fact about the whole document (see src/text/facts.ts): `prepare` reads the whole text once
 * per pass, `answer` answers one question from what it prepared. Answers are primitives, or arrays
 * compared element by element, so the engine can tell when one changed.
 */
export interface Fact<K, V> {
  /** Unique among facts; names the fact in the engine's bookkeeping. */
  readonly id: string;
  prepare(text: string, document: FactDocument): unknown;
  answer(prepared: unknown, key: K): V;
  /**
   * Optional: a primitive that is the same whenever every answer is (the names a fact knows,
   * joined). With it, the engine checks a rule's answers one by one only when it changed.
   */
  fingerprint?(prepared: unknown): string | number | boolean;
}

/** What a fact may read besides the text: the configuration, the lexicon, the pass's words. */
export interface FactDocument {
  readonly settings: Settings;
  readonly lexicon: Lexicon;
  words(): Words;
}

/** What a rule may ask about the text it is looking at. */
export interface RuleContext {
  readonly text: string;
  /** Words to keep and extra patterns in force (the configuration's, or the defaults). */
  readonly settings: Settings;
  /** English words and their frequencies, the name table, places, countries, acronyms: all the data a rule reads. */
  readonly lexicon: Lexicon;
  /**
   * Whether the text starts and ends where the document does. A large input is cleaned in
   * pieces; a piece in the middle must not be treated as if its edges were the document's
   * (blank lines "at the end", teasers "closing the text").
   */
  readonly edges: Edges;
  /** Whether `[start, end)` touches a URL, an e-mail address, a handle, a hashtag or a code-like token. */
  isProtected(start: number, end: number): boolean;
  /** The lines of the text, in order (computed once per pass and shared by the rules). */
  lines(): readonly Line[];
  /** The words of the text with their shapes (see WordFlag), in order; computed once per pass and shared. */
  words(): Words;
  /**
   * A fact about the whole document, also when the rule is given only some of its paragraphs.
   * The engine notes the answer: if it changes in a later pass, the rule reads everything again.
   */
  fact<K, V>(fact: Fact<K, V>, key: K): V;
  /**
   * `compute()`, remembered under `key` for the rest of this cleaning (every pass): for what a
   * rule of document scope derives from a line's content alone, so that later passes, which
   * change few lines, do not derive it again. `compute` must depend on nothing but what `key` says.
   */
  memo<T>(key: string, compute: () => T): T;
  replace(start: number, end: number, replacement: string, message: string, group?: string): Edit;
  insert(at: number, text: string, message: string, group?: string): Edit;
  remove(start: number, end: number, message: string, group?: string): Edit;
  /**
   * Removes a whole line together with one of the line breaks around it, so that the paragraph
   * separation around it survives: `A\n\nL\nB` becomes `A\n\nB`, and a last line goes with the
   * break before it, so a text without a final newline still has none.
   */
  removeLine(line: Line, message: string, group?: string): Edit;
  /** Removes the lines from `first` to `last` (inclusive) as one edit, like `removeLine`. */
  removeLines(first: Line, last: Line, message: string, group?: string): Edit;
}

/** A rule: one small module that looks for one kind of artifact. */
export interface Rule {
  /** kebab-case; also the file name, the `--disable` key and the word in every report. */
  readonly id: string;
  /** One line for `newsclean rules`: what the rule repairs. */
  readonly description: string;
  readonly category: Category;
  /**
   * The kind of fix the rule shares with others, as people name it (`names`: every rule that
   * corrects a name). `--disable`, `--enable`, `--only`, the configuration and inline markers
   * accept it for all its rules; it comes before a rule id of the same name.
   */
  readonly family?: string;
  /** What the rule deliberately leaves alone, for `newsclean rules --verbose` and the README. */
  readonly leaves?: string;
  /**
   * Short texts the rule, run alone, turns from the first form into the second (`''` when it
   * removes the whole text, as a line rule does), for `newsclean rules --verbose` and the README.
   * A test holds every rule to its examples.
   */
  readonly examples?: readonly (readonly [before: string, after: string])[];
  /** Off unless enabled by name (`--enable`). */
  readonly optIn?: boolean;
  /**
   * `paragraph`: what the rule proposes inside a paragraph (a run of lines between blank lines)
   * depends on that paragraph alone, and no edit crosses a blank line. The engine then re-runs it
   * only on the paragraphs the previous pass changed. Default `document`: re-run on everything.
   */
  readonly scope?: 'paragraph' | 'document';
  /**
   * What the rule looks for, as characters, words or word shapes: the engine calls it only on
   * paragraphs (or, for document scope, texts) where one occurs. A test holds every rule to its
   * declaration: the same edits with and without dispatch on every fixture. Absent: everywhere.
   */
  readonly triggers?: Triggers;
  /**
   * The engine drops every edit that touches a protected span (a URL, an e-mail address, a
   * handle, code, a word the configuration keeps). A rule that must edit them says why here:
   * removing a whole line of site furniture takes the link on it too.
   */
  readonly editsProtected?: string;
  /** Proposes edits; pure: no state, no I/O, edits point into `text`. */
  apply(text: string, ctx: RuleContext): Edit[];
}

/** An edit as `clean` reports it: offsets into the original input, with what the rule saw. */
export interface AppliedEdit {
  /** Offsets into the input given to `clean` (UTF-16 code units, BOM and CR included). */
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  readonly message: string;
  /** The text the rule replaced, as it saw it. */
  readonly before: string;
  /** What the rule put in its place. */
  readonly after: string;
  /**
   * The pass that made the edit (1 = on the input itself). An edit from a later pass worked on
   * text an earlier edit produced; its offsets are those of the smallest input span around it.
   */
  readonly pass: number;
  /** `fix` for edits cleaning applies, `report` for findings it only reports. */
  readonly severity: 'fix' | 'report';
}

/** An edit located for people: 1-based lines and columns (UTF-16 code units). */
export interface Finding extends AppliedEdit {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * Where the output differs from the input: `[start, end)` of the input became `[outStart, outEnd)`
 * of the output. Between two changes the input is copied unchanged. Edits that overlap or touch
 * (a later pass working on an earlier pass's text) fall into one change.
 */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly outStart: number;
  readonly outEnd: number;
}

export interface CleanResult {
  /** The cleaned text; the BOM, line endings and final newline of the input are kept. */
  readonly text: string;
  /** Every edit made, in the order of passes, then position. */
  readonly edits: readonly AppliedEdit[];
  /** Findings of report-only rules and entries: found, not applied (severity `report`). */
  readonly reported: readonly AppliedEdit[];
  /** The spans of the input that changed and what they became, ascending (see `TextChange`). */
  readonly changes: readonly TextChange[];
  /** Passes run, including the last one that found nothing to do. */
  readonly passes: number;
  /** What in the text newsclean could not follow (an unknown rule named in a marker), on input offsets. */
  readonly warnings: readonly TextWarning[];
}

/** Something in a text newsclean could not follow, such as a marker that names no rule. */
export interface TextWarning {
  /** Offsets into the input of what the warning is about (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  readonly message: string;
}
