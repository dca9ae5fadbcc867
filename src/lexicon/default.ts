// The built-in lexicon, loaded on first use. Built, it is one file the build writes next to this
// module (dist/lexicon/lexicon.json, a few milliseconds to read); on the sources (the tests run
// there) no such file exists and the lexicon is compiled from its sources instead. The library
// reads no other file.
import { existsSync, readFileSync } from 'node:fs';
import { createLexicon, lazyLexicon, parseLexicon, type Lexicon } from './lexicon.js';
import { readSources } from './sources.js';

/** Where the build writes the compact lexicon: beside the compiled module. */
export const COMPILED_LEXICON = new URL('./lexicon.json', import.meta.url);

/** The repository's own data files, beside the sources of this module (src/data/). */
const SOURCE_DATA = new URL('../data/', import.meta.url);

const builtIn = lazyLexicon(() => (existsSync(COMPILED_LEXICON) ? parseLexicon(readFileSync(COMPILED_LEXICON, 'utf8')) : compileFromSources()));

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
