// Build step, run from dist/data after tsc: compiles the lexicon from its named sources (see
// src/lexicon/sources.ts and README "Data and sources") into dist/lexicon/ (lexicon.json, its
// three word tables, the officeholders and the known people merged and packed), and copies
// the configuration schema next to the built configuration code. `npm run build` runs it.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { compactLexicon, createLexicon, splitCompactLexicon } from '../lexicon/lexicon.js';
import { packKnownPeople, splitKnownPeople } from '../lexicon/known-people.js';
import { COMPILED_LEXICON, KNOWN_PEOPLE_FILES, OFFICEHOLDERS_FILE, tableFile } from '../lexicon/default.js';
import { readSources } from '../lexicon/sources.js';

const root = new URL('../../', import.meta.url);
const sources = readSources(new URL('src/data/', root));
const compact = compactLexicon(sources);
const { lists, tables, officeholders } = splitCompactLexicon(compact);
writeFileSync(COMPILED_LEXICON, asciiJson(lists));
writeFileSync(OFFICEHOLDERS_FILE, officeholders);
// The people of the name table and the officeholders merged once here, not on every first use.
const people = createLexicon({ names: sources.names });
const known = splitKnownPeople(packKnownPeople(people.people, compact.officeholders, people.names, compact.otherNames));
// The indexes and the persons' lines as UTF-8: the lexicon reads a block or a line when asked.
writeFileSync(KNOWN_PEOPLE_FILES.header, known.header);
writeFileSync(KNOWN_PEOPLE_FILES.blocks, known.blocks);
writeFileSync(KNOWN_PEOPLE_FILES.persons, known.persons);
writeFileSync(KNOWN_PEOPLE_FILES.personStarts, known.personStarts);
for (const [name, table] of Object.entries(tables)) {
  // Read back as bytes, without decoding: the tables must be ASCII.
  if (/[^\x00-\x7f]/.test(table)) throw new Error(`build: the word table "${name}" holds a character outside ASCII`);
  writeFileSync(tableFile(name as keyof typeof tables), table);
}
mkdirSync(new URL('dist/config/', root), { recursive: true });
for (const name of readdirSync(new URL('src/config/', root))) {
  if (name.endsWith('.json')) copyFileSync(new URL(`src/config/${name}`, root), new URL(`dist/config/${name}`, root));
}

/**
 * JSON with every character outside ASCII written as a \u escape (they occur only inside strings,
 * where an escape means the same): the lexicon reads the file as Latin-1, a copy of the bytes,
 * instead of decoding UTF-8, which took longer than parsing.
 */
function asciiJson(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
