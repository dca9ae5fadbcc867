// How a word diff reads (`--word-diff`, and the context under each `--check` and `--explain`
// finding): on a terminal, removed text struck through in red and inserted text in green; without
// colour, `[-removed-]{+inserted+}` as `git diff --word-diff` writes it. Whitespace that a change
// removes or adds is shown with a sign, so that a dropped space or blank line is seen. The
// comparison itself (src/report/word-diff.ts, with the diff package) is loaded only by runs that
// show one.
import type { Finding, TextChange } from '../engine/types.js';
import type { Hunk, MarkedDocument, MarkRequest, Segment } from '../report/word-diff.js';
import type { Paint } from './paint.js';

export type { FindingWithContext, Hunk, MarkRequest, Segment } from '../report/word-diff.js';

/** Stands where context or the middle of a long change is left out. */
export const CUT = '[…]';

/** The rows and the finding contexts of one cleaned text (see markDocument). */
export type Marker = (input: string, output: string, changes: readonly TextChange[], findings: readonly Finding[]) => MarkedDocument;

/** The options of a run that decide what it marks up (see Options in args.ts). */
interface RunOptions {
  readonly check?: boolean;
  readonly diff?: boolean;
  readonly wordDiff?: boolean;
  readonly explain?: boolean;
  readonly format: string;
}

/** What a run shows: rows for --word-diff; contexts for the --check text report and --explain. */
export function markRequest(options: RunOptions): MarkRequest | undefined {
  const hunks = options.wordDiff === true;
  const report = options.check === true && options.format === 'text' && !options.diff && !hunks;
  const contexts = report || options.explain === true;
  return hunks || contexts ? { hunks, contexts } : undefined;
}

let comparing: Promise<typeof import('../report/word-diff.js')> | undefined;

/** The marker for `request`, loading the comparison on first use; undefined when nothing is asked. */
export async function loadMarker(request: MarkRequest | undefined): Promise<Marker | undefined> {
  if (!request) return undefined;
  const { markDocument } = await (comparing ??= import('../report/word-diff.js'));
  return (input, output, changes, findings) => markDocument(input, output, changes, findings, request);
}

/** One input's word diff: its label, then one row a change (or a few close together), `line:col` first. */
export function formatWordDiff(label: string, hunks: readonly Hunk[], paint: Paint): string {
  if (hunks.length === 0) return '';
  const places = hunks.map((hunk) => `${hunk.line}:${hunk.column}`);
  const width = Math.max(...places.map((place) => place.length));
  const rows = hunks.map((hunk, i) => `  ${paint.dim(places[i]!.padEnd(width))}  ${renderSegments(hunk.segments, paint)}\n`);
  return `${paint.bold(label)}\n${rows.join('')}`;
}

/** A row of marked-up text. */
export function renderSegments(segments: readonly Segment[], paint: Paint): string {
  return segments
    .map(([kind, text, rest]) => {
      // Unchanged line breaks show only around a change made of line breaks.
      if (kind === 'same') return text.includes('\n') ? text.replace(/\r?\n/g, paint.dim('⏎')) : text;
      if (kind === 'cut') return paint.dim(CUT);
      const shown = rest === undefined ? visible(text, true, true) : `${visible(text, true, false)}${CUT}${visible(rest, false, true)}`;
      return kind === 'removed' ? paint.deleted(shown) : paint.inserted(shown);
    })
    .join('');
}

/** Signs for whitespace and invisible characters in removed or inserted text. */
const SIGNS: Record<string, string> = { '\r\n': '⏎', '\n': '⏎', '\r': '␍', '\t': '⇥', ' ': '␠' };
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/u;
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/**
 * Removed or inserted text with its whitespace made visible: a line break is ⏎, a tab ⇥, a
 * no-break or other special space ⍽, a character that shows nothing ⟨U+200B⟩, and a space ␠
 * unless it is a single space between two visible characters (so `{+” +}` shows as `{+”␠+}`).
 * `atStart` and `atEnd` say whether the text begins and ends the change (a cut one is shown in two).
 */
export function visible(text: string, atStart: boolean, atEnd: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\r' && text[i + 1] === '\n') {
      out += SIGNS['\r\n'];
      i++;
    } else if (ch === ' ') {
      const before = i > 0 ? text[i - 1]! : undefined;
      const after = i + 1 < text.length ? text[i + 1]! : undefined;
      const edge = (before === undefined && atStart) || (after === undefined && atEnd);
      const inRun = (before !== undefined && /\s/.test(before)) || (after !== undefined && /\s/.test(after));
      out += edge || inRun ? SIGNS[' '] : ' ';
    } else if (SIGNS[ch] !== undefined) {
      out += SIGNS[ch];
    } else if (OTHER_SPACE.test(ch)) {
      out += '⍽';
    } else if (INVISIBLE.test(ch)) {
      out += `⟨U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
    } else {
      out += ch;
    }
  }
  return out;
}
