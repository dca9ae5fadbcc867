// Settling and applying one pass of edits. Rules propose freely; here we keep a set of edits that
// do not touch each other, preferring rules earlier in the rule order, then earlier positions.
// Whatever is left out is proposed again in the next pass, on the updated text.
import type { Edit } from './types.js';

/**
 * Whether two edits cannot both be applied in one pass. Edits of one rule may touch at an end
 * point; edits of two rules that touch wait for each other (the later rule sees the earlier one's
 * result next pass), so that two rules never repair one artifact twice, each its own way.
 */
export function conflicts(a: Edit, b: Edit): boolean {
  if (a.ruleId !== b.ruleId) return a.start <= b.end && b.start <= a.end;
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

const byPosition = (a: Edit, b: Edit): number => a.start - b.start || a.end - b.end;

/**
 * Chooses the edits of one pass: groups are taken whole or not at all; among conflicting
 * proposals the rule with the lower rank wins, then the one that starts first.
 */
export function selectEdits(edits: readonly Edit[], rankOf: (ruleId: string) => number): Edit[] {
  const units = groupEdits(edits);
  units.sort((a, b) => rankOf(a[0]!.ruleId) - rankOf(b[0]!.ruleId) || byPosition(a[0]!, b[0]!));
  const accepted: Edit[] = []; // sorted by position, pairwise free of conflicts
  for (const unit of units) {
    if (unit.some((edit) => conflictsWithAny(accepted, edit))) continue;
    for (const edit of unit) accepted.splice(insertionIndex(accepted, edit), 0, edit);
  }
  return accepted;
}

function groupEdits(edits: readonly Edit[]): Edit[][] {
  const units: Edit[][] = [];
  const groups = new Map<string, Edit[]>();
  for (const edit of edits) {
    if (edit.group === undefined) {
      units.push([edit]);
      continue;
    }
    const key = `${edit.ruleId}\u0000${edit.group}`;
    let unit = groups.get(key);
    if (!unit) {
      unit = [];
      groups.set(key, unit);
      units.push(unit);
    }
    unit.push(edit);
  }
  for (const unit of groups.values()) unit.sort(byPosition);
  return units.filter((unit) => !unit.some((edit, i) => i > 0 && conflicts(unit[i - 1]!, edit)));
}

/** Index of the first accepted edit that sorts after `edit`. */
function insertionIndex(accepted: readonly Edit[], edit: Edit): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition(accepted[mid]!, edit) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function conflictsWithAny(accepted: readonly Edit[], edit: Edit): boolean {
  // Accepted edits do not overlap, so sorted by start their ends do not decrease either: walk back
  // from the first one starting after `edit` while they can still reach it.
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (accepted[mid]!.start <= edit.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const other = accepted[i]!;
    if (other.end < edit.start) break;
    if (conflicts(other, edit)) return true;
  }
  return false;
}

/** Applies edits that are sorted by position and free of conflicts (as `selectEdits` returns them). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    parts.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
