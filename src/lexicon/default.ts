// The built-in lexicon, loaded on first use. Built, it is the files the build writes next to this
// module: dist/lexicon/lexicon.json (the lists: names, places, countries, acronyms), three
// ASCII word tables (words.txt, frequency-words.txt, frequencies.txt), the officeholders
// (officeholders.txt) and the known people, merged and packed (known-people.json, with their lines in
// known-persons.txt, kept as bytes), each read on
// the first question that needs it. On the sources (the tests run there) no such files exist and the
// lexicon is compiled from its sources instead. The library reads no other file. The two JSON
// files are ASCII (the build escapes every other character) and read as Latin-1: no UTF-8 decoding.
import { existsSync, readFileSync } from 'node:fs';
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

/** The file the build writes the known people to, merged and packed (see packKnownPeople). */
export const KNOWN_PEOPLE_FILE = new URL('./known-people.json', import.meta.url);

/** The known people's lines (name, what they are, their forms), UTF-8, apart from the indexes (see SplitKnownPeople). */
export const KNOWN_PERSONS_FILE = new URL('./known-persons.txt', import.meta.url);

const builtIn = lazyLexicon(() =>
  existsSync(COMPILED_LEXICON)
    ? parseLexicon(readFileSync(COMPILED_LEXICON, 'latin1'), {
        words: () => readFileSync(tableFile('words')),
        frequencyWords: () => readFileSync(tableFile('frequencyWords')),
        frequencies: () => readFileSync(tableFile('frequencies')),
        officeholders: () => readFileSync(OFFICEHOLDERS_FILE, 'utf8'),
        knownPeople: () => ({ index: readFileSync(KNOWN_PEOPLE_FILE, 'latin1'), persons: readFileSync(KNOWN_PERSONS_FILE) }),
      })
    : compileFromSources(),
);

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
