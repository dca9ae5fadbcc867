// The English word list (npm `word-list`, 274,000 words) as a compact lookup table: the words of
// each length are sorted and concatenated, so a lookup is a binary search over fixed-width slices
// and loading is one file read. `npm run build` writes the table to dist/data/words.txt; without
// it (tests on the sources) the table is compiled from the package on first use.
import { existsSync, readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** Set membership for lower-case English words. */
export interface WordSet {
  has(word: string): boolean;
}

/** From src/data or dist/data alike, the compiled table sits in dist/data. */
const COMPILED = new URL('../../dist/data/words.txt', import.meta.url);

let loaded: WordSet | undefined;

/** The English word list, loaded on first use (a few milliseconds once compiled). */
export function englishWords(): WordSet {
  loaded ??= parseWordTable(existsSync(COMPILED) ? readFileSync(COMPILED, 'utf8') : compileWordTable(readFileSync(wordListPath, 'utf8')));
  return loaded;
}

/** Whether a word (any case) is in the English word list. */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/** One line per word length: `length<TAB>sorted words concatenated`. */
export function compileWordTable(list: string): string {
  const byLength = new Map<number, string[]>();
  for (const word of list.split('\n')) {
    if (word === '') continue;
    const bucket = byLength.get(word.length) ?? [];
    bucket.push(word);
    byLength.set(word.length, bucket);
  }
  return [...byLength.entries()]
    .sort(([a], [b]) => a - b)
    .map(([length, words]) => `${length}\t${words.sort(compareCodeUnits).join('')}`)
    .join('\n');
}

export function parseWordTable(table: string): WordSet {
  const buckets = new Map<number, string>();
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) buckets.set(Number(line.slice(0, tab)), line.slice(tab + 1));
  }
  return {
    has(word) {
      const bucket = buckets.get(word.length);
      return bucket !== undefined && bucketIncludes(bucket, word);
    },
  };
}

function bucketIncludes(bucket: string, word: string): boolean {
  const width = word.length;
  let lo = 0;
  let hi = bucket.length / width;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareSlice(bucket, mid * width, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/** Compares `bucket[at, at + word.length)` with `word` by code units, without slicing. */
function compareSlice(bucket: string, at: number, word: string): number {
  for (let i = 0; i < word.length; i++) {
    const d = bucket.charCodeAt(at + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return 0;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
