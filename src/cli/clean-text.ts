// One text cleaned for the command line, in this thread or in a worker: the library's
// cleanDocument, with a rule bug (CycleError, RuleError) turned into data, so that the input is
// reported and the others go on, and so that the outcome crosses a thread as a plain object.
import { cleanDocument, CycleError, RuleError, type CleanOptions, type LocatedWarning } from '../index.js';
import type { Edges, Finding, TextChange } from '../engine/types.js';
import type { FindingWithContext, Hunk, Marker } from './word-diff.js';

export type TextOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly edits: number;
      readonly findings: FindingWithContext[];
      readonly changes: readonly TextChange[];
      /** What in the text newsclean could not follow (an unknown rule in a marker). */
      readonly warnings: readonly LocatedWarning[];
      /** With a marker: the word diff's rows. */
      readonly hunks?: readonly Hunk[];
    }
  | { readonly ok: false; readonly error: string; readonly name: 'CycleError' | 'RuleError' };

/**
 * Cleans `text`; with `collect` false, leaves findings and changes out (printing or writing does
 * not need them, and they would only cross a thread for nothing). With `marker`, adds the word
 * diff's rows and each finding's context, as the marker's request says.
 */
export function cleanText(text: string, options: CleanOptions, collect = true, edges?: Edges, marker?: Marker): TextOutcome {
  try {
    const document = cleanDocument(text, { ...options, ...(edges ? { edges } : {}), locate: collect });
    const changes = collect ? document.changes : [];
    const { warnings } = document;
    if (!marker) return { ok: true, text: document.text, edits: document.counts.edits, findings: document.findings, changes, warnings };
    const { hunks, findings } = marker(text, document.text, document.changes, document.findings);
    return { ok: true, text: document.text, edits: document.counts.edits, findings: [...findings], changes, warnings, hunks };
  } catch (error) {
    if (error instanceof CycleError || error instanceof RuleError) return { ok: false, error: error.message, name: error.name };
    throw error;
  }
}

/** The error a failed outcome stands for, to throw where a piece of a larger input failed. */
export function outcomeError(outcome: Extract<TextOutcome, { ok: false }>): Error {
  return outcome.name === 'CycleError' ? new CycleError(outcome.error) : new RuleError(outcome.error);
}
