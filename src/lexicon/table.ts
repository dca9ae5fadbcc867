// Compact word tables: the words of each length sorted and concatenated into one string, so a
// lookup is a binary search over fixed-width slices, loading is one string per length and nothing
// is allocated per lookup. A table may carry one value per word (a frequency), one character each.

/** A table in its stored form: one line per word length, `length<TAB>sorted words concatenated`. */
export type PackedTable = string;

export interface WordTable {
  /** The index of a lower-case word in its length bucket, or -1; `word` is compared with ASCII capitals folded. */
  indexOf(word: string): number;
  /** The value character stored with the word at `index` of its length bucket (tables with values only). */
  valueAt(length: number, index: number): number;
  /** How many words the table holds. */
  readonly size: number;
}

/** Packs lower-case words (duplicates dropped) into one table; `values` gives each word's value character. */
export function packTable(words: Iterable<string>, values?: ReadonlyMap<string, string>): { words: PackedTable; values: PackedTable } {
  const byLength = new Map<number, Set<string>>();
  for (const word of words) {
    if (word === '') continue;
    const bucket = byLength.get(word.length) ?? new Set<string>();
    bucket.add(word);
    byLength.set(word.length, bucket);
  }
  const lengths = [...byLength.keys()].sort((a, b) => a - b);
  const sorted = lengths.map((length) => [length, [...byLength.get(length)!].sort(compareCodeUnits)] as const);
  return {
    words: sorted.map(([length, bucket]) => `${length}\t${bucket.join('')}`).join('\n'),
    values: values ? sorted.map(([length, bucket]) => `${length}\t${bucket.map((word) => values.get(word)!).join('')}`).join('\n') : '',
  };
}

/**
 * A table read only when first asked: the built-in word tables are files of their own, so a
 * lexicon question about a country does not read 2.5 MB of words.
 */
export function lazyTable(load: () => WordTable): WordTable {
  let table: WordTable | undefined;
  const real = (): WordTable => (table ??= load());
  return {
    indexOf: (word) => real().indexOf(word),
    valueAt: (length, index) => real().valueAt(length, index),
    get size() {
      return real().size;
    },
  };
}

/** Reads a packed table (and its packed values, if any). */
export function unpackTable(words: PackedTable, values: PackedTable = ''): WordTable {
  const buckets = splitBuckets(words);
  const valueBuckets = splitBuckets(values);
  let size = 0;
  for (const [length, bucket] of buckets) size += bucket.length / length;
  return {
    size,
    indexOf(word) {
      const bucket = buckets.get(word.length);
      return bucket === undefined ? -1 : bucketIndex(bucket, word);
    },
    valueAt(length, index) {
      return valueBuckets.get(length)?.charCodeAt(index) ?? 0;
    },
  };
}

/**
 * Reads a packed table stored as ASCII bytes, as the build writes it (it checks they are ASCII):
 * nothing is decoded, a lookup compares bytes.
 */
export function unpackTableBytes(words: Uint8Array, values?: Uint8Array): WordTable {
  const buckets = byteBuckets(words);
  const valueBuckets = values ? byteBuckets(values) : new Map<number, ByteBucket>();
  let size = 0;
  for (const bucket of buckets.values()) size += bucket.count;
  return {
    size,
    indexOf(word) {
      const bucket = buckets.get(word.length);
      if (bucket === undefined) return -1;
      let lo = 0;
      let hi = bucket.count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const order = compareBytes(words, bucket.start + mid * word.length, word);
        if (order === 0) return mid;
        if (order < 0) lo = mid + 1;
        else hi = mid;
      }
      return -1;
    },
    valueAt(length, index) {
      const bucket = valueBuckets.get(length);
      return bucket === undefined || values === undefined ? 0 : (values[bucket.start + index] ?? 0);
    },
  };
}

/** Where a length's bucket starts in the bytes (after `length<TAB>`), and how many entries it holds. */
interface ByteBucket {
  readonly start: number;
  readonly count: number;
}

function byteBuckets(bytes: Uint8Array): Map<number, ByteBucket> {
  const buckets = new Map<number, ByteBucket>();
  let line = 0;
  while (line < bytes.length) {
    const tab = bytes.indexOf(9, line);
    if (tab < 0) break;
    let length = 0;
    for (let i = line; i < tab; i++) length = length * 10 + (bytes[i]! - 48);
    let end = bytes.indexOf(10, tab + 1);
    if (end < 0) end = bytes.length;
    buckets.set(length, { start: tab + 1, count: length === 0 ? 0 : (end - tab - 1) / length });
    line = end + 1;
  }
  return buckets;
}

function compareBytes(bytes: Uint8Array, at: number, word: string): number {
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    const d = bytes[at + i]! - code;
    if (d !== 0) return d;
  }
  return 0;
}

function splitBuckets(packed: PackedTable): Map<number, string> {
  const buckets = new Map<number, string>();
  for (const line of packed.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) buckets.set(Number(line.slice(0, tab)), line.slice(tab + 1));
  }
  return buckets;
}

function bucketIndex(bucket: string, word: string): number {
  const width = word.length;
  let lo = 0;
  let hi = bucket.length / width;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareSlice(bucket, mid * width, word);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Compares `bucket[at, at + word.length)` with `word`, ASCII capitals of `word` folded, without slicing. */
function compareSlice(bucket: string, at: number, word: string): number {
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    const d = bucket.charCodeAt(at + i) - code;
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether every character of `word` is ASCII (then folding A–Z is all `toLowerCase` would do). */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
