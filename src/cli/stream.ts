// Cleaning an input of any size with flat memory: bytes are decoded as they arrive (invalid UTF-8
// and NUL bytes are reported with their offset), cut into pieces at paragraph breaks, and each
// piece is cleaned on its own and handed on before the next is read.
import type { CleanOptions, LocatedWarning } from '../index.js';
import { cleanDocument } from '../index.js';
import type { Edges, Finding } from '../engine/types.js';
import { Chunker } from '../engine/chunks.js';
import { firstInvalidUtf8, InputError } from './input.js';
import { inOrderOrThrow } from './schedule.js';
import { outcomeError } from './clean-text.js';
import type { Threads } from './workers.js';
import { loadMarker, type MarkRequest } from './word-diff.js';
import { keepHeapSmall } from './heap.js';

export interface StreamOutcome {
  /** Every finding, on lines and offsets of the whole input. */
  readonly findings: Finding[];
  /** Whether any piece changed. */
  readonly changed: boolean;
  /** How many edits cleaning applied (counted even when findings are not collected). */
  readonly fixes: number;
  /** Bytes read. */
  readonly bytes: number;
  /** Warnings about the text (an unknown rule in a marker), on lines of the whole input. */
  readonly warnings: readonly LocatedWarning[];
}

/** A cleaned piece: its text, and its findings on the piece's own offsets. */
export interface CleanedPiece {
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly edits: number;
  readonly warnings: readonly LocatedWarning[];
}


/**
 * Reads `input` to the end, cleans it piece by piece, and passes each cleaned piece to `output`
 * (awaited, so a slow reader slows the reading down). `label` names the input in errors. With
 * `threads`, pieces after the first may be cleaned in worker threads, as many at a time as
 * `threads.width()` says, and are handed on in order. With `mark`, each finding gets its context
 * (a piece ends at a paragraph break, so no context is cut short by it).
 */
export async function cleanStream(
  input: AsyncIterable<Buffer | string>,
  label: string,
  options: CleanOptions,
  output: (text: string) => Promise<void> | void,
  collectFindings = true,
  threads?: Threads,
  mark?: MarkRequest,
): Promise<StreamOutcome> {
  const marker = await loadMarker(mark);
  const decoder = new Utf8Pieces(label);
  const findings: Finding[] = [];
  const warnings: LocatedWarning[] = [];
  let changed = false;
  let fixes = 0;
  let lineOffset = 0;
  let charOffset = 0;

  const cleanHere = (piece: string, edges: Edges): CleanedPiece => {
    const result = cleanDocument(piece, { ...options, edges, locate: collectFindings });
    const findings = marker ? marker(piece, result.text, result.changes, result.findings).findings : result.findings;
    return { text: result.text, findings, edits: result.counts.edits, warnings: result.warnings };
  };
  const start = ({ piece, edges }: Piece, index: number): CleanedPiece | Promise<CleanedPiece> => {
    if (!threads) return cleanHere(piece, edges);
    threads.observe(index + 1, Buffer.byteLength(piece));
    // The first piece is cleaned here: an input of one piece never waits for a worker to start.
    if (index === 0) return cleanHere(piece, edges);
    return threads.run(
      () => cleanHere(piece, edges),
      async (pool) => {
        const outcome = await pool.cleanText({ text: piece, spec: threads.spec, edges, collectFindings, ...(mark ? { mark } : {}) });
        if (!outcome.ok) throw outcomeError(outcome);
        return outcome;
      },
    );
  };

  for await (const [{ piece }, result] of inOrderOrThrow(piecesOf(input, decoder), () => threads?.width() ?? 1, start)) {
    if (result.text !== piece) changed = true;
    fixes += result.edits;
    if (collectFindings) {
      for (const finding of result.findings) {
        findings.push({
          ...finding,
          start: finding.start + charOffset,
          end: finding.end + charOffset,
          line: finding.line + lineOffset,
          endLine: finding.endLine + lineOffset,
        });
      }
    }
    for (const warning of result.warnings) warnings.push({ ...warning, line: warning.line + lineOffset });
    lineOffset += countLines(piece);
    charOffset += piece.length;
    await output(result.text);
    keepHeapSmall();
  }
  return { findings, changed, fixes, bytes: decoder.bytes, warnings };
}

interface Piece {
  readonly piece: string;
  readonly edges: Edges;
}

/**
 * The pieces of a byte stream, decoded and cut at paragraph breaks, each with whether it starts
 * or ends the input (the last piece is held back until the input ends, to know it is the last).
 */
async function* piecesOf(input: AsyncIterable<Buffer | string>, decoder: Utf8Pieces): AsyncGenerator<Piece> {
  const chunker = new Chunker();
  let pending: string | undefined;
  let count = 0;
  const take = (piece: string): Piece | undefined => {
    const previous = pending === undefined ? undefined : { piece: pending, edges: { start: count++ === 0, end: false } };
    pending = piece;
    return previous;
  };
  for await (const chunk of input) {
    const text = decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    for (const piece of chunker.push(text)) {
      const ready = take(piece);
      if (ready) yield ready;
    }
  }
  const tail = decoder.end();
  for (const piece of [...chunker.push(tail), ...chunker.end()]) {
    const ready = take(piece);
    if (ready) yield ready;
  }
  if (pending !== undefined) yield { piece: pending, edges: { start: count === 0, end: true } };
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The text of a byte stream, decoded strictly (see Utf8Pieces), chunk by chunk. */
export async function* decodeStream(input: AsyncIterable<Buffer | string>, label: string): AsyncGenerator<string> {
  const decoder = new Utf8Pieces(label);
  for await (const chunk of input) yield decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  yield decoder.end();
}

/** UTF-8 decoding across chunk boundaries, strict: no replacement characters, offsets in errors. */
class Utf8Pieces {
  private carry: Buffer = Buffer.alloc(0);
  bytes = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(private readonly label: string) {}

  decode(chunk: Buffer): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTail(bytes);
    this.carry = bytes.subarray(complete);
    const offset = this.bytes;
    this.bytes += complete;
    return this.decodeComplete(bytes.subarray(0, complete), offset);
  }

  end(): string {
    if (this.carry.length === 0) return '';
    const tail = this.carry;
    this.carry = Buffer.alloc(0);
    const offset = this.bytes;
    this.bytes += tail.length;
    return this.decodeComplete(tail, offset);
  }

  private decodeComplete(bytes: Uint8Array, offset: number): string {
    if (offset === 0 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new InputError(`${this.label}: is UTF-16 (byte-order mark); newsclean reads UTF-8. Convert it first, e.g. iconv -f UTF-16 -t UTF-8.`);
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new InputError(`${this.label}: looks like a binary file (NUL byte at offset ${offset + nul}); skipped.`);
    try {
      return this.decoder.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      const byte = (bytes[at] ?? 0).toString(16).padStart(2, '0');
      throw new InputError(
        `${this.label}: is not valid UTF-8 (byte 0x${byte} at offset ${offset + at}); skipped, nothing written. Convert it to UTF-8 first (e.g. iconv -f latin1 -t utf-8).`,
      );
    }
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}
