// Edit distance for short strings (names, rule ids).

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether the Levenshtein distance between `a` and `b` is at most `limit` (see boundedDistance).
 */
export function isWithinDistance(a: string, b: string, limit: number): boolean {
  return boundedDistance(a, b, limit) <= limit;
}

/** The candidate nearest to `word` (ignoring case), if one is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Scratch rows for `boundedDistance`, three of them: a transposition looks two rows back. */
let rowT0 = new Int32Array(64);
let rowT1 = new Int32Array(64);
let rowT2 = new Int32Array(64);

/**
 * Edit distance where two neighbouring letters swapped (`Blniken`) cost one, like an insertion,
 * a deletion or a substitution (the optimal string alignment distance); see boundedDistance.
 */
export function transposedDistance(a: string, b: string, limit: number): number {
  return boundedDistance(a, b, limit, true);
}

/**
 * Levenshtein distance (with `transpositions`, swapped neighbours cost one too), or `limit + 1`
 * as soon as it must exceed `limit`: a row that exceeds it ends the search. Allocates nothing
 * for words under 64 letters; names are short and this runs for every candidate.
 */
export function boundedDistance(a: string, b: string, limit: number, transpositions = false): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > rowT0.length) {
    rowT0 = new Int32Array(b.length * 2 + 2);
    rowT1 = new Int32Array(b.length * 2 + 2);
    rowT2 = new Int32Array(b.length * 2 + 2);
  }
  let before = rowT0; // row i - 2
  let previous = rowT1; // row i - 1
  let current = rowT2;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === cb ? 0 : 1));
      if (transpositions && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    const swap = before;
    before = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
