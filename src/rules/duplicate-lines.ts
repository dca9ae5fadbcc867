// Lines that scraped pages repeat: a title shown twice, a photo caption repeated with its credit
// (`… Helene Fischer!` then `… Helene Fischer! Photo: dpa`), a caption cut off with `...` above its
// full version. The copy goes, the first full line stays. Short lines (chants, separators,
// refrains) are never treated as duplicates.
import type { Edit, Line, Rule } from '../engine/types.js';

const MIN_WORDS = 4;
/** What a caption's copy adds: its credit. */
const CREDIT = /^\(?(?:photo|photos|image|picture|foto|credit|source)\s*(?::|by\b)\s*[^.!?]{1,60}\)?$/i;
const ELLIPSIS = /\s*(?:\.\.\.|…)$/;

export const duplicateLines: Rule = {
  id: 'duplicate-lines',
  description: 'Remove a line repeated right after itself, also with a photo credit added or cut off with "..."',
  category: 'chrome',
  leaves: 'short repeated lines (refrains, separators), repeats that are not next to each other',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const content = (line: Line): string => text.slice(line.start, line.end).trim();
    const lines = ctx.lines().filter((line) => content(line) !== '');
    // Each line is compared with the last line that stays, so a run of copies goes in one pass
    // (comparing neighbours only would leave every other copy of a long run for the next pass).
    let kept = lines[0]!;
    for (const line of lines.slice(1)) {
      const copy = findCopy(content(kept), content(line));
      if (copy === undefined) {
        kept = line;
      } else if (copy.which === 'above') {
        edits.push(ctx.removeLine(kept, copy.message));
        kept = line;
      } else {
        edits.push(ctx.removeLine(line, copy.message));
      }
    }
    return edits;
  },
};

/** Which of two neighbouring lines is a copy of the other, if one is. */
function findCopy(above: string, below: string): { which: 'above' | 'below'; message: string } | undefined {
  if (above.split(/\s+/).length < MIN_WORDS) return undefined;
  if (below === above) return { which: 'below', message: 'a copy of the line above' };
  if (below.startsWith(above) && CREDIT.test(below.slice(above.length).trim())) {
    return { which: 'below', message: 'a copy of the caption above, with its photo credit' };
  }
  if (ELLIPSIS.test(above)) {
    const stem = above.replace(ELLIPSIS, '');
    if (stem.split(/\s+/).length >= MIN_WORDS && below.startsWith(stem) && below.length > stem.length) {
      return { which: 'above', message: 'a cut-off copy of the line below' };
    }
  }
  if (isStrippedCopy(below, above)) return { which: 'below', message: 'a copy of the line above without its punctuation' };
  return undefined;
}

/**
 * Whether `copy` is `original` (a headline or caption) with its punctuation stripped and perhaps
 * cut short: `Pensions how Macron plays his all out Le dossier de` under `Pensions: how Macron
 * plays his all-out – Le dossier de L’Express`.
 */
function isStrippedCopy(copy: string, original: string): boolean {
  if (/\p{P}/u.test(copy) || !/\p{P}/u.test(original)) return false;
  const copyWords = words(copy);
  const originalWords = words(original);
  if (copyWords.length < MIN_WORDS + 1 || originalWords.length > MAX_HEADLINE_WORDS) return false;
  return copyWords.every((word, i) => word === originalWords[i]);
}

const MAX_HEADLINE_WORDS = 30;
const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
