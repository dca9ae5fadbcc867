// A window: some paragraphs of a text, copied out and joined by blank lines, so that a rule of
// paragraph scope can run on just them (the ones a pass changed, the ones that hold the rule's
// triggers). Edits made on the window are moved back onto the text.
import type { Edit, Rule } from './types.js';
import { RuleError } from './errors.js';
import { lastAtOrBefore } from '../text/document.js';

export const BLOCK_SEPARATOR = '\n\n';

export interface Window {
  readonly text: string;
  /** Where block i starts in the text… */
  readonly starts: readonly number[];
  /** …and in the window. */
  readonly offsets: readonly number[];
  readonly lengths: readonly number[];
}

/** The window over `blocks` (`[start, end)` ranges of `text`, ascending, not overlapping). */
export function windowOf(text: string, blocks: readonly (readonly [number, number])[]): Window {
  const starts: number[] = [];
  const offsets: number[] = [];
  const lengths: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const [start, end] of blocks) {
    starts.push(start);
    offsets.push(offset);
    lengths.push(end - start);
    parts.push(text.slice(start, end));
    offset += end - start + BLOCK_SEPARATOR.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), starts, offsets, lengths };
}

/** The block of the window holding window offset `at`. */
export function blockOf(window: Window, at: number): number {
  return lastAtOrBefore(window.offsets, window.offsets.length, at);
}

/**
 * The text span a window span stands for, clamped to the block of `start`: what lies past a
 * block's edge in the window is another paragraph than in the text.
 */
export function spanInText(window: Window, start: number, end: number): [number, number] {
  let block = blockOf(window, start);
  // A span starting in the blank line after a block reaches into the next one.
  if (start >= window.offsets[block]! + window.lengths[block]! && end > start && block + 1 < window.offsets.length) block++;
  const offset = window.offsets[block]!;
  const length = window.lengths[block]!;
  const shift = window.starts[block]! - offset;
  const clamp = (at: number): number => Math.min(Math.max(at, offset), offset + length) + shift;
  return [clamp(start), clamp(end)];
}

/** Moves the edits a paragraph rule made on a window back onto the text. */
export function fromWindow(rule: Rule, window: Window, edits: readonly Edit[]): Edit[] {
  return edits.map((edit) => {
    const block = blockOf(window, edit.start);
    const offset = window.offsets[block]!;
    if (edit.end > offset + window.lengths[block]!) {
      throw new RuleError(`rule "${rule.id}" declares paragraph scope but proposed an edit across a blank line. This is a bug in the rule.`);
    }
    const shift = window.starts[block]! - offset;
    return { ...edit, start: edit.start + shift, end: edit.end + shift };
  });
}
