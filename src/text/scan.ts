// Scanning helpers for fast rules. A regular expression that begins with a lookbehind or a broad
// character class is tried at every position of the text; these helpers let a rule find a cheap
// anchor first (a literal, a rare character) and only then look around it.

/** Every offset at which `needle` occurs, left to right (overlaps included). */
export function* occurrences(text: string, needle: string): Generator<number> {
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) yield i;
}

/**
 * The match of `pattern` (which should end with `$`) against the text just before `at`, looking
 * back at most `reach` characters; `match.index` is an offset into the text.
 */
export function matchBefore(text: string, at: number, pattern: RegExp, reach = 80): RegExpExecArray | null {
  const from = Math.max(0, at - reach);
  const match = pattern.exec(text.slice(from, at));
  if (match) match.index += from;
  return match;
}

/** The match of a sticky (`y`) pattern starting exactly at `at`, or null. */
export function matchAt(text: string, at: number, sticky: RegExp): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether the character at `at` continues a word (a letter, digit or combining mark). */
export function isWordCharAt(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(ch);
}

/** Whether the character at `at` may start a word as `forEachWord` reads one (a letter or a digit). */
export function isWordStartAt(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? ASCII_WORD[c] === 1 : WORD_START.test(ch);
}

/**
 * Calls `visit` with each run of letters, digits and combining marks that starts with a letter or
 * a digit (a word, or a piece of a hyphenated one), left to right. A hand-written loop: ASCII is
 * classified by table, anything else by one Unicode test, and no match object is built per word.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !WORD_START.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128 ? ASCII_WORD[d] === 0 : !WORD_CHAR.test(text[i]!)) break;
      i++;
    }
    visit(start, i);
  }
}

const WORD_START = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
}

/**
 * The matches `text.matchAll(pattern)` gives, found by trying `pattern` only where `anchor` (a
 * global pattern, cheap to search: a literal, one character class) matches. For patterns that
 * begin with a lookbehind or a broad class, which a search would otherwise try at every position:
 * `anchor` must match at every offset where a match of `pattern` can start, and `pattern` must not
 * match the empty string.
 */
export function* matchesAt(text: string, pattern: RegExp, anchor: RegExp): Generator<RegExpExecArray> {
  const sticky = stickyOf(pattern);
  for (let from = 0; from < text.length; ) {
    anchor.lastIndex = from;
    const candidate = anchor.exec(text);
    if (candidate === null) return;
    sticky.lastIndex = candidate.index;
    const match = sticky.exec(text);
    if (match === null || match[0].length === 0) {
      from = candidate.index + 1;
      continue;
    }
    from = match.index + match[0].length;
    yield match;
  }
}

const stickies = new WeakMap<RegExp, RegExp>();

/** `pattern` matching only where it is put (`y`), not searching on (no `g`). */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, (sticky = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`)));
  return sticky;
}
