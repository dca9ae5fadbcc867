// Which words of a short list of lower-case words start or end a token, read letter by letter
// from the token's edge without slicing it: a first test that most words of a text fail at the
// first or second letter (glued-words asks it of every lower-case and capitalized word).

/** The longest word a table holds, and so the longest affix it reports. */
const MAX_AFFIX = 30;
const LETTERS = 26;

export class AffixTable {
  /** `next[node * 26 + letter]`: the node after reading `letter` (a–z) from `node`; 0 for none. */
  private readonly next: Int32Array;
  /** Whether a word ends at each node. */
  private readonly terminal: Uint8Array;

  /**
   * `words` (a–z only, at most MAX_AFFIX letters) read from their start (`prefixes`) or from
   * their end (`suffixes`).
   */
  constructor(words: Iterable<string>, readonly side: 'prefixes' | 'suffixes') {
    const list = [...words];
    const size = 1 + list.reduce((sum, word) => sum + word.length, 0);
    const next = new Int32Array(size * LETTERS);
    const terminal = new Uint8Array(size);
    let nodes = 1;
    for (const word of list) {
      if (!/^[a-z]+$/.test(word) || word.length > MAX_AFFIX) throw new RangeError(`affix "${word}" is not a word of a–z of at most ${MAX_AFFIX} letters`);
      let node = 0;
      for (let d = 0; d < word.length; d++) {
        const letter = word.charCodeAt(side === 'prefixes' ? d : word.length - 1 - d) - 97;
        let child = next[node * LETTERS + letter]!;
        if (child === 0) next[node * LETTERS + letter] = child = nodes++;
        node = child;
      }
      terminal[node] = 1;
    }
    this.next = next;
    this.terminal = terminal;
  }

  /**
   * The lengths of the words of the table that start (prefixes) or end (suffixes) the token
   * `[start, end)` of `text`, as bits: bit `d` is set when a word of `d` letters does. A word as
   * long as the token counts.
   */
  lengths(text: string, start: number, end: number): number {
    const { next, terminal } = this;
    const fromEnd = this.side === 'suffixes';
    const limit = Math.min(end - start, MAX_AFFIX);
    let node = 0;
    let found = 0;
    for (let d = 1; d <= limit; d++) {
      const letter = text.charCodeAt(fromEnd ? end - d : start + d - 1) - 97;
      if (!(letter >= 0 && letter < LETTERS)) break;
      node = next[node * LETTERS + letter]!;
      if (node === 0) break;
      if (terminal[node] === 1) found |= 1 << d;
    }
    return found;
  }
}

/** The bits of `lengths` for lengths `from` to `to` (inclusive). */
export function lengthsBetween(from: number, to: number): number {
  if (to < from) return 0;
  const high = to >= 31 ? -1 : (1 << (to + 1)) - 1;
  return high & ~((1 << from) - 1);
}
