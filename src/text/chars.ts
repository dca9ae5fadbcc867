// Character classes the rules share. Unicode-aware, with a fast path for ASCII.

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch) || MARK.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A letter, a digit or a combining mark: something that continues a word. */
export function isWordChar(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

/** Space, tab or no-break space (not a line break). */
export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
}

export function isSpace(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || isInlineSpace(ch);
}

/** Double quotation marks of every style. */
export const DOUBLE_QUOTES = '"“”„‟«»';
/** Quotation marks that open, in any style. */
export const OPENING_QUOTES = '“„‟«‘‚';
/** Quotation marks that close, in any style. */
export const CLOSING_QUOTES = '”»’';

/** Capitalizes the first letter of a word. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lower-cases the first letter of a word. */
export function decapitalize(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** The characters from code unit `first` to `last`, inclusive, as one string (for trigger lists). */
export function charRange(first: number, last: number): string {
  // In pieces of a few thousand, each made at once: adding 20,000 characters one by one made a
  // string of 20,000 pieces that every reader then had to flatten.
  const pieces: string[] = [];
  for (let from = first; from <= last; from += 4096) {
    const codes: number[] = [];
    for (let c = from; c <= Math.min(last, from + 4095); c++) codes.push(c);
    pieces.push(String.fromCharCode(...codes));
  }
  return pieces.join('');
}
