// Lines that scraped pages repeat: a title shown twice, a photo caption repeated with its credit
// (`… Helene Fischer!` then `… Helene Fischer! Photo: dpa`), a caption cut off with `...` above its
// full version, a caption written twice on one line. The copy goes, the first full line stays.
// Short lines (chants, separators, refrains) are never treated as duplicates, except a name
// repeated once (`Dmitry Peskov` twice under a photo: a caption and its alt text).
import type { Edit, Line, Rule } from '../engine/types.js';

const MIN_WORDS = 4;
/** What a caption's copy adds: its credit. */
const CREDIT = /^\(?(?:photo|photos|image|picture|foto|credit|source)\s*(?::|by\b)\s*[^.!?]{1,60}\)?$/i;
const ELLIPSIS = /\s*(?:\.\.\.|…)$/;

export const duplicateLines: Rule = {
  id: 'duplicate-lines',
  description: 'Remove a line repeated right after itself, also with a photo credit added or cut off with "..."',
  category: 'chrome',
  editsProtected: 'it removes a whole copy of a line, and whatever addresses the copy repeats',
  leaves: 'short repeated lines (refrains, separators), repeats that are not next to each other',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const lines: Line[] = [];
    const contents: string[] = [];
    for (const line of ctx.lines()) {
      const content = text.slice(line.start, line.end).trim();
      if (content === '') continue;
      lines.push(line);
      contents.push(content);
    }
    // Each line is compared with the last line that stays, so a run of copies goes in one pass
    // (comparing neighbours only would leave every other copy of a long run for the next pass).
    let kept = 0;
    for (let i = 0; i < lines.length; i++) {
      const half = doubledHalf(contents[i]!);
      if (half !== undefined) {
        const start = text.indexOf(contents[i]!, lines[i]!.start); // after the line's indentation
        edits.push(ctx.remove(start + half, start + contents[i]!.length, 'the line written twice in a row; the copy goes'));
      }
    }
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      // A name repeated once (not a chant: no third copy after it, none before).
      if (contents[i] === contents[kept] && isNameLine(contents[i]!) && contents[i + 1] !== contents[i] && (kept === 0 || contents[kept - 1] !== contents[kept])) {
        edits.push(ctx.removeLine(line, 'a name line repeated right after itself'));
        continue;
      }
      const copy = findCopy(contents[kept]!, contents[i]!);
      if (copy === undefined) {
        kept = i;
      } else if (copy.which === 'above') {
        edits.push(ctx.removeLine(lines[kept]!, copy.message));
        kept = i;
      } else {
        edits.push(ctx.removeLine(line, copy.message));
      }
    }
    return edits;
  },
};

/**
 * A person's name alone on a line: two to four capitalized words of letters (perhaps with a hyphen,
 * an apostrophe or an initial), nothing else.
 */
function isNameLine(line: string): boolean {
  return line.length <= 60 && NAME_LINE.test(line);
}

const NAME_LINE = /^\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?){1,3}$/u;

/**
 * Where the second copy starts (its space before it included) in a line that is one text written
 * twice, separated by a space, of MIN_WORDS words or more: `Modi addresses a rally (Source: ANI
 * photo) Modi addresses a rally (Source: ANI photo)`.
 */
function doubledHalf(line: string): number | undefined {
  if (line.length < 2 * MIN_DOUBLED_LENGTH + 1 || line.length % 2 === 0) return undefined;
  const mid = (line.length - 1) / 2;
  if (line.charCodeAt(mid) !== 32 || line.charCodeAt(0) !== line.charCodeAt(mid + 1)) return undefined;
  if (!line.startsWith(line.slice(mid + 1)) || !hasWords(line.slice(0, mid), MIN_WORDS)) return undefined;
  // Written twice, not a run of repeats (a chant, a filler line): the text's opening does not
  // come back inside its first copy.
  if (line.indexOf(line.slice(0, MIN_DOUBLED_LENGTH), 1) !== mid + 1) return undefined;
  return mid;
}

const MIN_DOUBLED_LENGTH = 20;

/** Which of two neighbouring lines is a copy of the other, if one is. */
function findCopy(above: string, below: string): { which: 'above' | 'below'; message: string } | undefined {
  if (!hasWords(above, MIN_WORDS)) return undefined;
  if (below === above) return { which: 'below', message: 'a copy of the line above' };
  if (below.startsWith(above) && CREDIT.test(below.slice(above.length).trim())) {
    return { which: 'below', message: 'a copy of the caption above, with its photo credit' };
  }
  if (above.endsWith('...') || above.endsWith('…')) {
    const stem = above.replace(ELLIPSIS, '');
    if (hasWords(stem, MIN_WORDS) && below.startsWith(stem) && below.length > stem.length) {
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
  // Most neighbouring lines differ in their first word already: a cheap test before reading all.
  if (firstWordChar(copy) !== firstWordChar(original)) return false;
  if (/\p{P}/u.test(copy) || !/\p{P}/u.test(original)) return false;
  const copyWords = words(copy);
  const originalWords = words(original);
  if (copyWords.length < MIN_WORDS + 1 || originalWords.length > MAX_HEADLINE_WORDS) return false;
  return copyWords.every((word, i) => word === originalWords[i]);
}

const MAX_HEADLINE_WORDS = 30;

/** Whether splitting `line` at runs of white space gives at least `count` pieces (as `split(/\s+/)` counts them). */
function hasWords(line: string, count: number): boolean {
  let pieces = 1;
  for (let i = 0; i < line.length && pieces < count; i++) {
    if (WHITE.test(line[i]!)) {
      pieces++;
      while (i + 1 < line.length && WHITE.test(line[i + 1]!)) i++;
    }
  }
  return pieces >= count;
}

const WHITE = /\s/;

/** The first letter or digit of a line, lower-cased (what `words` would start with), or ''. */
function firstWordChar(line: string): string {
  const m = FIRST_WORD_CHAR.exec(line);
  return m ? m[0].toLowerCase() : '';
}

const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
const words = (line: string): string[] => line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
