// Keeping track of where text came from across passes. A pass turns text k-1 into text k; its
// edits, seen as changed regions, compose into one list of regions from the input to the output.
// That list lets us report later-pass edits on input offsets and rebuild the output on the raw
// input, so everything no rule touched (CRLF line endings included) is copied byte for byte.
import type { Edit } from './types.js';

/** `[from, to)` of the old text became `[fromNew, toNew)` of the new one; the rest is unchanged. */
export interface Change {
  readonly from: number;
  readonly to: number;
  readonly fromNew: number;
  readonly toNew: number;
}

/** The changes one pass makes, from its edits (sorted, free of conflicts). */
export function changesOf(edits: readonly Edit[]): Change[] {
  const changes: Change[] = [];
  let delta = 0;
  for (const edit of edits) {
    const fromNew = edit.start + delta;
    const toNew = fromNew + edit.replacement.length;
    const last = changes[changes.length - 1];
    // Touching edits (an insertion right after a replacement) become one region.
    if (last && last.to === edit.start) {
      changes[changes.length - 1] = { from: last.from, to: edit.end, fromNew: last.fromNew, toNew };
    } else {
      changes.push({ from: edit.start, to: edit.end, fromNew, toNew });
    }
    delta += edit.replacement.length - (edit.end - edit.start);
  }
  return changes;
}

/** Composes `first` (text 0 → 1) with `second` (text 1 → 2) into changes from text 0 to text 2. */
export function composeChanges(first: readonly Change[], second: readonly Change[]): Change[] {
  const result: Change[] = [];
  let i = 0;
  let j = 0;
  // The last region consumed from each list: positions between regions shift by its delta.
  let lastFirst: Change | undefined;
  let lastSecond: Change | undefined;
  const back = (p: number): number => (lastFirst ? p - lastFirst.toNew + lastFirst.to : p);
  const forward = (p: number): number => (lastSecond ? p - lastSecond.to + lastSecond.toNew : p);

  while (i < first.length || j < second.length) {
    // In text-1 coordinates, `first` regions are [fromNew, toNew] and `second` ones [from, to];
    // regions that overlap or touch form one cluster.
    const a = first[i];
    const b = second[j];
    const clusterStart = a && (!b || a.fromNew <= b.from) ? a.fromNew : b!.from;
    const start0 = back(clusterStart);
    const start2 = forward(clusterStart);
    let clusterEnd = clusterStart;
    for (;;) {
      const na = first[i];
      const nb = second[j];
      if (na && na.fromNew <= clusterEnd) {
        clusterEnd = Math.max(clusterEnd, na.toNew);
        lastFirst = na;
        i++;
      } else if (nb && nb.from <= clusterEnd) {
        clusterEnd = Math.max(clusterEnd, nb.to);
        lastSecond = nb;
        j++;
      } else {
        break;
      }
    }
    result.push({ from: start0, to: back(clusterEnd), fromNew: start2, toNew: forward(clusterEnd) });
  }
  return result;
}

/**
 * Maps a start offset of the new text back to the old one: inside a changed region it maps to
 * the region's start.
 */
export function mapStartBack(changes: readonly Change[], p: number): number {
  const k = lastIndexWhere(changes, (c) => c.fromNew <= p);
  if (k < 0) return p;
  const c = changes[k]!;
  return p < c.toNew ? c.from : p - c.toNew + c.to;
}

/** Maps an end offset of the new text back: inside a changed region it maps to the region's end. */
export function mapEndBack(changes: readonly Change[], p: number): number {
  const k = lastIndexWhere(changes, (c) => c.fromNew < p);
  if (k < 0) return p;
  const c = changes[k]!;
  return p <= c.toNew ? c.to : p - c.toNew + c.to;
}

/**
 * Maps the span of an edit on the new text back to the smallest span of the old text around it.
 * An insertion where text was deleted would map its start past the deleted text and its end
 * before it; it takes the deleted span instead.
 */
export function mapSpanBack(changes: readonly Change[], start: number, end: number): [number, number] {
  const from = mapStartBack(changes, start);
  const to = mapEndBack(changes, end);
  return from <= to ? [from, to] : [to, from];
}

/** Index of the last element satisfying a predicate that holds for a prefix of the array. */
function lastIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
