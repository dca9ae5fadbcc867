// What an HTML report shows of one document: its text cut into pieces that stayed and pieces that
// changed, each changed piece pointing at the findings that explain it. Kept pieces and the
// `after` side of changed pieces give back the output exactly; kept pieces and `before` sides give
// back the input. Pure: text in, plain data out.
import type { AppliedEdit, Finding, TextChange } from '../engine/types.js';

/**
 * A piece of a document: text that stayed, or `[before, after, findings]`: a change (the input's
 * `before` became `after`) or, with `after` null, a report-only finding on text that stayed.
 * `findings` are indexes into the document's findings.
 */
export type Piece = string | readonly [before: string, after: string | null, findings: readonly number[]];

/** What the report needs of one cleaned document. */
export interface ReportSource {
  /** How the document is named: a path, `<stdin>`, or `file.jsonl:12`. */
  readonly label: string;
  readonly input: string;
  readonly output: string;
  /** Edits and report-only findings, on input offsets (as `clean` and `check` give them). */
  readonly findings: readonly (AppliedEdit | Finding)[];
  readonly changes: readonly TextChange[];
}

/**
 * Cuts a document into pieces. Where a change is the work of first-pass edits alone, it is cut
 * further into one piece per edit, so that each highlight names exactly one rule; where later
 * passes worked on earlier passes' text, the change stays one piece naming every rule involved.
 */
export function piecesOf(source: ReportSource): Piece[] {
  const { input, output, findings, changes } = source;
  const fixes = byStart(findings, (finding) => finding.severity === 'fix');
  const reports = byStart(findings, (finding) => finding.severity === 'report');

  // Every fix goes to the first change it overlaps (or touches, for an insertion or a deletion).
  const units: Unit[] = [];
  const taken = new Set<number>();
  let next = 0;
  for (const change of changes) {
    const mine: number[] = [];
    while (next < fixes.length && findings[fixes[next]!]!.end < change.start) next++;
    for (let k = next; k < fixes.length && findings[fixes[k]!]!.start <= change.end; k++) {
      const index = fixes[k]!;
      if (!taken.has(index) && meets(findings[index]!, change)) {
        mine.push(index);
        taken.add(index);
      }
    }
    units.push({ start: change.start, end: change.end, pieces: splitChange(input, output, change, mine, findings) });
  }

  // A report-only finding on text that stayed gets a marker; inside a change it joins the change.
  let u = 0;
  let marker: Unit | undefined;
  const markers: Unit[] = [];
  for (const index of reports) {
    const finding = findings[index]!;
    while (u < units.length && units[u]!.end < finding.start) u++;
    const unit = units[u];
    if (unit && meets(finding, unit)) {
      firstChange(unit.pieces)[2].push(index);
    } else if (marker && finding.start < marker.end) {
      firstChange(marker.pieces)[2].push(index);
    } else {
      marker = { start: finding.start, end: finding.end, pieces: [[input.slice(finding.start, finding.end), null, [index]]] };
      markers.push(marker);
    }
  }

  const all = [...units, ...markers].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const unit of all) {
    if (unit.start > cursor) pieces.push(input.slice(cursor, unit.start));
    pieces.push(...unit.pieces);
    cursor = Math.max(cursor, unit.end);
  }
  if (cursor < input.length) pieces.push(input.slice(cursor));
  return pieces;
}

type Change = [before: string, after: string | null, findings: number[]];

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly pieces: (string | Change)[];
}

function firstChange(pieces: readonly (string | Change)[]): Change {
  return pieces.find((piece): piece is Change => typeof piece !== 'string')!;
}

/** Whether a span overlaps another, or touches it when either is empty. */
function meets(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * One change as pieces: one per edit, with the text between edits kept, when first-pass edits
 * alone account for it exactly (checked by rebuilding the change's output); otherwise whole.
 */
function splitChange(input: string, output: string, change: TextChange, mine: readonly number[], findings: readonly AppliedEdit[]): (string | Change)[] {
  const before = input.slice(change.start, change.end);
  const after = output.slice(change.outStart, change.outEnd);
  const whole: (string | Change)[] = [[before, after, [...mine]]];
  if (mine.length < 2 || before.includes('\r') || after.includes('\r')) return whole;
  if (mine.some((i) => findings[i]!.pass !== 1)) return whole;
  const pieces: (string | Change)[] = [];
  let cursor = change.start;
  let rebuilt = '';
  for (const i of mine) {
    const edit = findings[i]!;
    if (edit.start < cursor || edit.end > change.end) return whole;
    if (edit.start > cursor) {
      const gap = input.slice(cursor, edit.start);
      pieces.push(gap);
      rebuilt += gap;
    }
    pieces.push([input.slice(edit.start, edit.end), edit.after, [i]]);
    rebuilt += edit.after;
    cursor = edit.end;
  }
  if (cursor < change.end) {
    const gap = input.slice(cursor, change.end);
    pieces.push(gap);
    rebuilt += gap;
  }
  return rebuilt === after ? pieces : whole;
}

/** Indexes of the findings that pass `test`, by start offset. */
function byStart(findings: readonly AppliedEdit[], test: (finding: AppliedEdit) => boolean): number[] {
  const indexes: number[] = [];
  findings.forEach((finding, i) => {
    if (test(finding)) indexes.push(i);
  });
  return indexes.sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
}
