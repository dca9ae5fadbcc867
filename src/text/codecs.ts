// The single-byte character sets that UTF-8 text is most often mis-decoded with, as tables built
// the first time a text needs them from what iconv-lite (a maintained codec library) decodes each
// byte to, taken once into codec-chars.ts (loading the library and its tables at run time cost
// tens of milliseconds), and a UTF-8 decoder over the bytes such a text stands for.
import { CODEC_CHARS } from './codec-chars.js';

/** A single-byte character set: what bytes 0x80–0xFF read as, and the way back. */
export interface Codec {
  /** iconv-lite's name. */
  readonly id: string;
  /** The name a person knows it by, for messages: "Windows-1251". */
  readonly name: string;
  /** Bit of this codec in the masks below. */
  readonly bit: number;
  /** The byte each character stands for (0x80–0xFF), by UTF-16 code unit. */
  readonly encode: ReadonlyMap<number, number>;
}

export interface CodecTables {
  readonly codecs: readonly Codec[];
  /** Per non-ASCII code unit: the codecs in which it stands for a byte 0x80–0xFF. */
  readonly high: ReadonlyMap<number, number>;
  /** Per code unit: the codecs in which it stands for a UTF-8 lead byte (0xC2–0xF4; 0xED also leads CESU-8). */
  readonly lead: ReadonlyMap<number, number>;
  /** Per code unit: the codecs in which it stands for a UTF-8 continuation byte (0x80–0xBF). */
  readonly continuation: ReadonlyMap<number, number>;
}

/**
 * In the order ties are settled: Windows-1252 (which here also reads C1 control characters as the
 * Latin-1 bytes they are, as web browsers' "sloppy" decoders pass undefined bytes through), then
 * the other Windows code pages, ISO-8859-2, MacRoman and the IBM PC's code page 437.
 */
const CODECS: readonly (readonly [id: string, name: string])[] = [
  ['windows-1252', 'Windows-1252'],
  ['windows-1251', 'Windows-1251'],
  ['windows-1250', 'Windows-1250'],
  ['windows-1257', 'Windows-1257'],
  ['iso-8859-2', 'ISO-8859-2'],
  ['macintosh', 'MacRoman'],
  ['cp437', 'code page 437'],
];

let tables: CodecTables | undefined;

/** The codec tables, built on first use. */
export function codecTables(): CodecTables {
  if (tables) return tables;
  const high = new Map<number, number>();
  const lead = new Map<number, number>();
  const continuation = new Map<number, number>();
  const codecs = CODECS.map(([id, name], index): Codec => {
    const bit = 1 << index;
    const decoded = CODEC_CHARS[id] ?? '';
    if (decoded.length !== 128) throw new Error(`codec ${id}: expected 128 characters for bytes 0x80–0xFF, got ${decoded.length}`);
    const encode = new Map<number, number>();
    for (let b = 0; b < 128; b++) {
      const byte = 0x80 + b;
      let code = decoded.charCodeAt(b);
      // An undefined byte: passed through as the control character of the same number, as
      // browsers and "sloppy" decoders do; a character a decoder dropped is a lost byte instead.
      if (code === 0xfffd) code = byte < 0xa0 ? byte : -1;
      if (code < 0) continue;
      encode.set(code, byte);
      // Windows-1252 also reads the C1 controls it redefines as Latin-1 did.
      if (id === 'windows-1252' && byte < 0xa0 && code !== byte) encode.set(byte, byte);
    }
    for (const [code, byte] of encode) {
      high.set(code, (high.get(code) ?? 0) | bit);
      if (byte >= 0xc2 && byte <= 0xf4) lead.set(code, (lead.get(code) ?? 0) | bit);
      if (byte <= 0xbf) continuation.set(code, (continuation.get(code) ?? 0) | bit);
    }
    return { id, name, bit, encode };
  });
  tables = { codecs, high, lead, continuation };
  return tables;
}

/** A byte the text lost: U+FFFD where a decoder met a byte it did not know. */
export const LOST_BYTE = -1;
/**
 * A space that may have been byte 0xA0 (a no-break space in the codec) until a program turned it
 * into a plain space; read as 0xA0 only where a UTF-8 sequence needs it and its lead makes a
 * likely character (`Ã ` is à, `Â ` a no-break space, `Å ` Š, `Ð ` Р; `â € ` the blank ⠀).
 */
export const SPACE_BYTE = -2;

/** A run of UTF-8 sequences found among the bytes: `[start, end)` in bytes, and what they decode to. */
export interface Utf8Group {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Whether a sequence lost a byte (decoded as U+FFFD). */
  readonly lossy: boolean;
  /** Whether a character came as a CESU-8 surrogate pair. */
  readonly cesu: boolean;
  /** Whether a space was read as byte 0xA0. */
  readonly spaced: boolean;
}

/**
 * The runs of complete multi-byte UTF-8 sequences among `bytes` (standard UTF-8, or surrogate
 * pairs encoded one by one as CESU-8 does), each run as one group. A byte that starts no valid
 * sequence ends the group and stays as it was. `LOST_BYTE` may stand in for a continuation byte
 * (the sequence then decodes as U+FFFD) when `lossy` is set.
 */
export function findUtf8Groups(bytes: readonly number[], lossy: boolean): Utf8Group[] {
  const groups: Utf8Group[] = [];
  let start = -1;
  let text = '';
  let lost = false;
  let cesu = false;
  let spaced = false;
  const close = (end: number) => {
    if (start >= 0) groups.push({ start, end, text, lossy: lost, cesu, spaced });
    start = -1;
    text = '';
    lost = false;
    cesu = false;
    spaced = false;
  };
  for (let i = 0; i < bytes.length; ) {
    const found = readSequence(bytes, i, lossy);
    if (!found) {
      close(i);
      i++;
      continue;
    }
    if (start < 0) start = i;
    text += found.text;
    lost ||= found.lossy;
    cesu ||= found.cesu;
    spaced ||= found.spaced;
    i += found.length;
  }
  close(bytes.length);
  return groups;
}

function isContinuation(byte: number | undefined, lossy: boolean): boolean {
  return byte !== undefined && ((byte >= 0x80 && byte <= 0xbf) || (lossy && byte === LOST_BYTE));
}

/** Where a space may stand for 0xA0: after the leads of à, a no-break space, Š, Π, Р and ٠; inside E0–E3 and F0 sequences. */
function mayBeSpacedA0(bytes: readonly number[], i: number, k: number): boolean {
  const lead = bytes[i]!;
  if (k === 1 && lead < 0xe0) return lead === 0xc2 || lead === 0xc3 || lead === 0xc5 || lead === 0xce || lead === 0xd0 || lead === 0xd9;
  if (lead >= 0xe0 && lead <= 0xe3) return k === 2 || (k === 1 && lead >= 0xe2);
  return lead === 0xf0;
}

type Sequence = { text: string; length: number; lossy: boolean; cesu: boolean; spaced: boolean };

function readSequence(bytes: readonly number[], i: number, lossy: boolean): Sequence | undefined {
  const b0 = bytes[i]!;
  const length = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (length === 0) return undefined;
  const tail: number[] = [];
  let spaced = false;
  for (let k = 1; k < length; k++) {
    let byte = bytes[i + k];
    if (byte === SPACE_BYTE && !spaced && mayBeSpacedA0(bytes, i, k)) {
      byte = 0xa0;
      spaced = true;
    }
    if (!isContinuation(byte, lossy)) return undefined;
    tail.push(byte!);
  }
  if (tail.includes(LOST_BYTE)) {
    // Three lost bytes of four are too few to call it a character.
    if (length === 4 && tail.every((b) => b === LOST_BYTE)) return undefined;
    return { text: '\ufffd', length, lossy: true, cesu: false, spaced };
  }
  const code = codePoint([b0, ...tail], 0, length);
  // Overlong forms and code points past U+10FFFF are not UTF-8.
  if ((length === 3 && code < 0x800) || (length === 4 && (code < 0x10000 || code > 0x10ffff))) return undefined;
  if (code >= 0xd800 && code <= 0xdfff) {
    // CESU-8: a high surrogate's three bytes, then a low surrogate's.
    if (spaced || code > 0xdbff || bytes[i + 3] !== 0xed || !isContinuation(bytes[i + 4], false) || !isContinuation(bytes[i + 5], false)) return undefined;
    const low = codePoint(bytes, i + 3, 3);
    if (low < 0xdc00 || low > 0xdfff) return undefined;
    return { text: String.fromCharCode(code, low), length: 6, lossy: false, cesu: true, spaced: false };
  }
  return { text: String.fromCodePoint(code), length, lossy: false, cesu: false, spaced };
}

function codePoint(bytes: readonly number[], i: number, length: number): number {
  let code = bytes[i]! & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) code = (code << 6) | (bytes[i + k]! & 0x3f);
  return code;
}
