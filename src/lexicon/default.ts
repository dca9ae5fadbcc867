// The built-in lexicon, loaded on first use. Built, it is the files the build writes next to this
// module: dist/lexicon/lexicon.json (the lists: names, places, countries, acronyms), three
// ASCII word tables (words.txt, frequency-words.txt, frequencies.txt), the officeholders
// (officeholders.txt) and the known people, merged and packed (known-people.json, with their lines in
// known-persons.txt, kept as bytes), each read on
// the first question that needs it. On the sources (the tests run there) no such files exist and the
// lexicon is compiled from its sources instead. The library reads no other file. The two JSON
// files are ASCII (the build escapes every other character) and read as Latin-1: no UTF-8 decoding.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { readStarts, type SplitKnownPeople } from './known-people.js';
import { createLexicon, lazyLexicon, parseLexicon, TABLE_FILES, type Lexicon, type PackedTables } from './lexicon.js';
import { readSources } from './sources.js';

/** Where the build writes the compact lexicon: beside the compiled module. */
export const COMPILED_LEXICON = new URL('./lexicon.json', import.meta.url);

/** The repository's own data files, beside the sources of this module (src/data/). */
const SOURCE_DATA = new URL('../data/', import.meta.url);

/** The file the build writes a word table to, beside the lexicon. */
export const tableFile = (name: keyof PackedTables): URL => new URL(`./${TABLE_FILES[name]}`, import.meta.url);

/** The file the build writes the officeholders to, one a line, beside the lexicon. */
export const OFFICEHOLDERS_FILE = new URL('./officeholders.txt', import.meta.url);

/** The files the build writes the known people to, merged and packed (see packKnownPeople and SplitKnownPeople). */
export const KNOWN_PEOPLE_FILES = {
  /** The header: where each block of the indexes is. */
  header: new URL('./known-people.json', import.meta.url),
  /** The blocks of the indexes, UTF-8. */
  blocks: new URL('./known-people.txt', import.meta.url),
  /** The known people's lines (name, what they are, their forms), UTF-8. */
  persons: new URL('./known-persons.txt', import.meta.url),
  /** Where each line starts, 32-bit little-endian. */
  personStarts: new URL('./known-persons.idx', import.meta.url),
} as const;

const builtIn = lazyLexicon(() =>
  existsSync(COMPILED_LEXICON)
    ? parseLexicon(readFileSync(COMPILED_LEXICON, 'latin1'), {
        // The build writes the tables only when they are ASCII.
        asciiTables: true,
        words: () => readFileSync(tableFile('words')),
        frequencyWords: () => readFileSync(tableFile('frequencyWords')),
        frequencies: () => readFileSync(tableFile('frequencies')),
        officeholders: () => readFileSync(OFFICEHOLDERS_FILE, 'utf8'),
        knownPeople: storedKnownPeople,
      })
    : compileFromSources(),
);

/** The known people the build stored: each block and person read from its file when first asked. */
function storedKnownPeople(): SplitKnownPeople {
  const blocks = new RangeFile(KNOWN_PEOPLE_FILES.blocks);
  const persons = new RangeFile(KNOWN_PEOPLE_FILES.persons);
  return {
    header: readFileSync(KNOWN_PEOPLE_FILES.header, 'latin1'),
    blocks: (start, end) => blocks.text(start, end),
    personStarts: () => readStarts(readFileSync(KNOWN_PEOPLE_FILES.personStarts)),
    persons: (start, end) => persons.text(start, end),
  };
}

/**
 * A file read piece by piece, where a question needs it: a short article asks about a few names
 * and reads a few kilobytes of megabytes. After many pieces the file is read whole once instead.
 */
class RangeFile {
  private whole: Buffer | undefined;
  private reads = 0;

  constructor(private readonly url: URL) {}

  /** The UTF-8 text of bytes `[start, end)`. */
  text(start: number, end: number): string {
    if (this.whole) return this.whole.toString('utf8', start, end);
    if (++this.reads > RANGE_READS) {
      this.whole = readFileSync(this.url);
      return this.whole.toString('utf8', start, end);
    }
    const bytes = Buffer.allocUnsafe(end - start);
    const fd = openSync(this.url, 'r');
    try {
      let done = 0;
      while (done < bytes.length) {
        const read = readSync(fd, bytes, done, bytes.length - done, start + done);
        if (read === 0) throw new Error(`newsclean: ${this.url.pathname} is shorter than the lexicon says. Run "npm run build".`);
        done += read;
      }
    } finally {
      closeSync(fd);
    }
    return bytes.toString('utf8');
  }
}

/** How many pieces a RangeFile reads before it reads the whole file. */
const RANGE_READS = 256;

/** The built-in lexicon: one per process, read on the first question a rule asks it. */
export function defaultLexicon(): Lexicon {
  return builtIn;
}

function compileFromSources(): Lexicon {
  try {
    return createLexicon(readSources(SOURCE_DATA));
  } catch (error) {
    throw new Error(`newsclean: the lexicon ${COMPILED_LEXICON.pathname} is missing and its sources cannot be read (${(error as Error).message}). Run "npm run build".`);
  }
}
