// The document model: one scan of a text gives its paragraphs, its words with their shapes, and
// for each paragraph which rules have something to look at there. Rules and the engine read it
// instead of re-splitting the text; nothing here knows about any particular rule.

/** A word's shape, as bits: a word is a run of letters, digits and combining marks. */
export const WordFlag = {
  /** Starts with an upper-case letter. */
  Capitalized: 1 << 0,
  /** Two letters or more, none lower-case (`NATO`, `TASS`). */
  AllCaps: 1 << 1,
  /** Has a lower-case letter directly followed by an upper-case one (`suppliesMilitary`, `iPhone`). */
  LowerThenUpper: 1 << 2,
  /** Has a digit directly followed by an upper-case letter (`2023The`). */
  DigitThenUpper: 1 << 3,
  /** Holds a digit. */
  Digit: 1 << 4,
  /** A single lower-case letter (`i n the`). */
  SingleLower: 1 << 5,
  /** Holds a letter outside ASCII. */
  NonAscii: 1 << 6,
  /** Every letter lower-case, two letters or more. */
  Lower: 1 << 7,
  /** Holds an apostrophe between letters (`Putin's`, `don’t`): one word, not two. */
  Apostrophe: 1 << 8,
} as const;
export type WordFlagName = keyof typeof WordFlag;
const FLAG_BITS = 9;

/** `[start, end)` of each paragraph: the text between two occurrences of a blank line (`\n\n`). */
export interface Paragraphs {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
}

/**
 * The paragraphs of a text: cut at every `\n\n`, left to right, so that joining them with `\n\n`
 * gives the text back (a run of three line breaks leaves the third at the start of the next one).
 */
export function splitParagraphs(text: string): Paragraphs {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  for (;;) {
    const blank = text.indexOf('\n\n', start);
    starts.push(start);
    if (blank < 0) {
      ends.push(text.length);
      break;
    }
    ends.push(blank);
    start = blank + 2;
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends), count: starts.length };
}

/** The index of the paragraph holding offset `at` (a separator belongs to the paragraph before it). */
export function paragraphAt(paragraphs: Paragraphs, at: number): number {
  return lastAtOrBefore(paragraphs.starts, paragraphs.count, at);
}

/** The index of the last of `count` ascending `starts` that is at most `at` (0 when none is). */
export function lastAtOrBefore(starts: ArrayLike<number>, count: number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The words of a text: parallel arrays of offsets and shape flags. */
export interface Words {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Uint16Array;
  readonly count: number;
}

/**
 * What makes a rule worth calling on a paragraph: any of these characters, any of these words
 * (exact, case-sensitive), or a word with any of these shapes. A rule without triggers is called
 * everywhere.
 */
export interface Triggers {
  readonly chars?: string;
  readonly words?: readonly string[];
  readonly flags?: readonly WordFlagName[];
}

/**
 * The triggers of up to 32 rules compiled into lookup tables: bit `i` of a mask stands for the
 * i-th rule given.
 */
export class TriggerTable {
  /** The rules each ASCII character triggers (read directly by the scan). */
  readonly ascii = new Uint32Array(128);
  /**
   * The rules each other UTF-16 code unit triggers (a table: a scan looks up every one it reads);
   * made only for rules that list such a character.
   */
  private other: Uint32Array | undefined;
  /** Trigger words by hash (see `hashStep`), each with the rules it triggers. */
  private readonly words = new Map<number, { word: string; mask: number }[]>();
  /** One bit per low 12 bits of a trigger word's hash: most words of a text are ruled out by it. */
  private readonly wordBits = new Uint8Array(4096);
  private readonly byFlags: Uint32Array;
  readonly maxWordLength: number;
  /** Bits of the rules that have no triggers (always called). */
  readonly always: number;

  constructor(triggers: readonly (Triggers | undefined)[]) {
    if (triggers.length > 32) throw new RangeError('a trigger table holds at most 32 rules');
    const flagMasks = new Uint32Array(FLAG_BITS);
    let always = 0;
    let maxWordLength = 0;
    triggers.forEach((trigger, i) => {
      const bit = 1 << i;
      if (!trigger) {
        always |= bit;
        return;
      }
      // By code unit, not `for…of`: a rule may list twenty thousand characters (a script's block).
      const chars = trigger.chars ?? '';
      for (let k = 0; k < chars.length; k++) {
        const c = chars.charCodeAt(k);
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < chars.length && (chars.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
          throw new RangeError(`trigger character "${chars.slice(k, k + 2)}" is not one UTF-16 code unit`);
        }
        if (c < 128) this.ascii[c]! |= bit;
        else (this.other ??= new Uint32Array(65536))[c]! |= bit;
      }
      for (const word of trigger.words ?? []) {
        let hash = HASH_SEED;
        for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
        const bucket = this.words.get(hash) ?? [];
        const known = bucket.find((entry) => entry.word === word);
        if (known) known.mask |= bit;
        else bucket.push({ word, mask: bit });
        this.words.set(hash, bucket);
        this.wordBits[hash & 4095] = 1;
        maxWordLength = Math.max(maxWordLength, word.length);
      }
      for (const name of trigger.flags ?? []) flagMasks[31 - Math.clz32(WordFlag[name])]! |= bit;
    });
    // Every combination of flags to the rules it triggers, so a word costs one lookup.
    this.byFlags = new Uint32Array(1 << FLAG_BITS);
    for (let combo = 1; combo < this.byFlags.length; combo++) {
      let mask = 0;
      for (let b = 0; b < FLAG_BITS; b++) if (combo & (1 << b)) mask |= flagMasks[b]!;
      this.byFlags[combo] = mask;
    }
    this.always = always;
    this.maxWordLength = maxWordLength;
  }

  /** The rules a character triggers. */
  char(c: number): number {
    return c < 128 ? this.ascii[c]! : this.other === undefined ? 0 : this.other[c]!;
  }

  /** The rules a word triggers, by its text (its hash, computed while scanning) and its shape. */
  word(text: string, start: number, end: number, hash: number, flags: number): number {
    let mask = this.byFlags[flags]!;
    if (this.wordBits[hash & 4095] === 1 && end - start <= this.maxWordLength) {
      const bucket = this.words.get(hash);
      if (bucket) for (const entry of bucket) if (entry.word.length === end - start && text.startsWith(entry.word, start)) mask |= entry.mask;
    }
    return mask;
  }
}

const HASH_SEED = 0x811c9dc5;
/** One step of FNV-1a over UTF-16 code units: words are hashed as they are read, never sliced. */
function hashStep(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x01000193);
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

// Character classes for the scan: 0 not part of a word, then these.
const OTHER = 0;
const UP = 1;
const LOW = 2;
const LET = 3; // a letter without case, or a combining mark
const DIG = 4;
const UNKNOWN = 255;
/** The class of every UTF-16 code unit, filled in on first sight (ASCII at once). */
const CLASS = new Uint8Array(65536).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  CLASS[c] = c >= 65 && c <= 90 ? UP : c >= 97 && c <= 122 ? LOW : c >= 48 && c <= 57 ? DIG : OTHER;
}

function classOf(c: number): number {
  const known = CLASS[c]!;
  if (known !== UNKNOWN) return known;
  const ch = String.fromCharCode(c);
  const k = UPPER.test(ch) ? UP : LOWER.test(ch) ? LOW : LETTER_OR_MARK.test(ch) ? LET : DIGIT.test(ch) ? DIG : OTHER;
  CLASS[c] = k;
  return k;
}

/** The result of scanning a text: its paragraphs, its words and the rules each paragraph triggers. */
export interface Scan {
  readonly paragraphs: Paragraphs;
  readonly words: Words;
  /** For each paragraph, the rules (bits of the trigger table) it triggers. */
  readonly masks: Uint32Array;
  /** For each paragraph, the index of its first word; then the word count (paragraphs.count + 1 entries). */
  readonly paragraphWords: Int32Array;
}

/** A table with no triggers: scanning with it only collects words. */
const NO_TRIGGERS = new TriggerTable([]);

/** What `scanText` reads and collects. */
export interface ScanOptions {
  /** The rules to find triggers for. */
  readonly table?: TriggerTable;
  /** Only these paragraphs (1 = scan); the others get an empty mask. */
  readonly only?: Uint8Array;
  /** Whether to collect the words (default true). */
  readonly words?: boolean;
  /**
   * A scan of an earlier text with the same trigger table, and for each paragraph of this text the
   * paragraph of that one with the same characters (-1 where none is known): those paragraphs'
   * words and triggers are copied from it, moved, instead of read again.
   */
  readonly earlier?: { readonly scan: Scan; readonly sameAs: Int32Array };
}

/**
 * One pass over the text: paragraphs, words with flags and, with a trigger table, the rules each
 * paragraph triggers. Linear; no regular expression runs on ASCII text.
 */
export function scanText(text: string, options: ScanOptions = {}, paragraphs: Paragraphs = splitParagraphs(text)): Scan {
  const { only, earlier } = options;
  const table = options.table ?? NO_TRIGGERS;
  const asciiMasks = table.ascii;
  const collect = options.words ?? true;
  const masks = new Uint32Array(paragraphs.count);
  // News has a word every six characters or so: room for one every four is rarely outgrown.
  let starts: Int32Array = new Int32Array(collect ? Math.max(16, text.length >> 2) : 0);
  let ends: Int32Array = new Int32Array(starts.length);
  let flagsOf: Uint16Array = new Uint16Array(starts.length);
  const paragraphWords = new Int32Array(paragraphs.count + 1);
  let count = 0;
  for (let p = 0; p < paragraphs.count; p++) {
    paragraphWords[p] = count;
    if (only && only[p] !== 1) continue;
    const q = earlier ? earlier.sameAs[p]! : -1;
    if (q >= 0 && collect) {
      // A paragraph as it was: its words and triggers moved, not read again.
      const before = earlier!.scan;
      const first = before.paragraphWords[q]!;
      const n = before.paragraphWords[q + 1]! - first;
      const shift = paragraphs.starts[p]! - before.paragraphs.starts[q]!;
      while (count + n > starts.length) {
        starts = growInt32(starts);
        ends = growInt32(ends);
        flagsOf = growUint16(flagsOf);
      }
      const { starts: oldStarts, ends: oldEnds, flags: oldFlags } = before.words;
      for (let w = 0; w < n; w++) {
        starts[count + w] = oldStarts[first + w]! + shift;
        ends[count + w] = oldEnds[first + w]! + shift;
      }
      flagsOf.set(oldFlags.subarray(first, first + n), count);
      count += n;
      masks[p] = before.masks[q]!;
      continue;
    }
    const paragraphEnd = paragraphs.ends[p]!;
    let mask = table.always;
    let i = paragraphs.starts[p]!;
    while (i < paragraphEnd) {
      const c = text.charCodeAt(i);
      mask |= c < 128 ? asciiMasks[c]! : table.char(c);
      let cls = CLASS[c]!;
      if (cls === UNKNOWN) cls = classOf(c);
      if (cls === OTHER) {
        i++;
        continue;
      }
      // A word: read it to its end, collecting its shape.
      const start = i;
      let flags = cls === UP ? WordFlag.Capitalized : 0;
      let letters = 0;
      let uppers = 0;
      let lowers = 0;
      let previous = OTHER;
      let ascii = true;
      let hash = HASH_SEED;
      while (i < paragraphEnd) {
        const d = text.charCodeAt(i);
        let k = CLASS[d]!;
        if (k === UNKNOWN) k = classOf(d);
        if (k === OTHER) {
          // An apostrophe between letters joins them: `Putin's`, `don’t`.
          if ((d !== 39 && d !== 0x2019) || previous === DIG || previous === OTHER || i + 1 >= paragraphEnd) break;
          const after = classOf(text.charCodeAt(i + 1));
          if (after !== UP && after !== LOW && after !== LET) break;
          flags |= WordFlag.Apostrophe;
          hash = hashStep(hash, d);
          mask |= table.char(d);
          previous = OTHER;
          i++;
          continue;
        }
        hash = hashStep(hash, d);
        if (d < 128) mask |= asciiMasks[d]!;
        else {
          mask |= table.char(d);
          ascii = false;
        }
        if (k === UP) {
          uppers++;
          letters++;
          if (previous === LOW) flags |= WordFlag.LowerThenUpper;
          else if (previous === DIG) flags |= WordFlag.DigitThenUpper;
        } else if (k === LOW) {
          lowers++;
          letters++;
        } else if (k === LET) {
          letters++;
        } else {
          flags |= WordFlag.Digit;
        }
        previous = k;
        i++;
      }
      if (!ascii) flags |= WordFlag.NonAscii;
      if (uppers >= 2 && lowers === 0) flags |= WordFlag.AllCaps;
      if (lowers >= 2 && uppers === 0 && letters === lowers) flags |= WordFlag.Lower;
      if (i - start === 1 && cls === LOW) flags |= WordFlag.SingleLower;
      mask |= table.word(text, start, i, hash, flags);
      if (!collect) continue;
      if (count === starts.length) {
        starts = growInt32(starts);
        ends = growInt32(ends);
        flagsOf = growUint16(flagsOf);
      }
      starts[count] = start;
      ends[count] = i;
      flagsOf[count] = flags;
      count++;
    }
    masks[p] = mask;
  }
  paragraphWords[paragraphs.count] = count;
  return { paragraphs, words: { starts, ends, flags: flagsOf, count }, masks, paragraphWords };
}

function growInt32(array: Int32Array): Int32Array {
  const bigger = new Int32Array(Math.max(16, array.length * 2));
  bigger.set(array);
  return bigger;
}

function growUint16(array: Uint16Array): Uint16Array {
  const bigger = new Uint16Array(Math.max(16, array.length * 2));
  bigger.set(array);
  return bigger;
}
