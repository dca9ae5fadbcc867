// Cutting a large input into pieces that can be cleaned one by one, so that memory stays flat
// whatever the input's size. Pieces end after a paragraph break (the whole run of blank lines
// goes with the piece before), so paragraphs, quotations and line-based rules see what they would
// see in the whole text; only document-wide rules (name consistency, a number style) see less.
// An input shorter than a piece is one piece: cleaned exactly as a whole.

/** About how long a piece is (in UTF-16 code units); a piece ends at the first paragraph break after it. */
export const PIECE_TARGET = 64 * 1024;
/** Past this, a piece ends at a line break, and past twice this at a space, whatever the paragraph. */
export const PIECE_LIMIT = 1024 * 1024;

/** A blank line: a line break, perhaps spaces, a line break. */
const PARAGRAPH_BREAK = /\n[ \t\u00a0\r]*\n/g;

export class Chunker {
  private buffer = '';

  constructor(
    private readonly target = PIECE_TARGET,
    private readonly limit = PIECE_LIMIT,
  ) {}

  /** Adds text; returns the pieces now complete. */
  push(text: string): string[] {
    this.buffer += text;
    const pieces: string[] = [];
    for (let cut = this.findCut(); cut > 0; cut = this.findCut()) {
      pieces.push(this.buffer.slice(0, cut));
      this.buffer = this.buffer.slice(cut);
    }
    return pieces;
  }

  /** The last piece, if any text is left. */
  end(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return rest === '' ? [] : [rest];
  }

  /** Where the next piece ends, or 0 when more text is needed to decide. */
  private findCut(): number {
    const { buffer, target, limit } = this;
    if (buffer.length <= target) return 0;
    PARAGRAPH_BREAK.lastIndex = target;
    const paragraph = PARAGRAPH_BREAK.exec(buffer);
    if (paragraph) {
      // Take every blank line of the run: the next piece starts with text.
      let end = paragraph.index + paragraph[0].length;
      while (end < buffer.length && /[\n \t\u00a0\r]/.test(buffer[end]!)) end++;
      if (end < buffer.length) return lastLineStart(buffer, end);
      return 0; // the run may go on in the next chunk of input
    }
    if (buffer.length <= limit) return 0;
    const line = buffer.indexOf('\n', limit);
    if (line >= 0 && line < buffer.length - 1) return line + 1;
    if (buffer.length <= 2 * limit) return 0;
    // One enormous line: end at a space, never inside a word or a surrogate pair.
    const space = buffer.lastIndexOf(' ', 2 * limit);
    if (space > limit) return space + 1;
    let cut = 2 * limit;
    if (/[\ud800-\udbff]/.test(buffer[cut - 1]!)) cut--;
    return cut;
  }
}

/** The start of the line that contains `at` (the piece ends with a whole line break). */
function lastLineStart(buffer: string, at: number): number {
  return buffer.lastIndexOf('\n', at - 1) + 1;
}
