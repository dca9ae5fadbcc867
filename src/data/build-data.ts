// Build step, run from dist/data after tsc: compiles the lexicon from its named sources (see
// src/lexicon/sources.ts and README "Data and sources") into dist/lexicon/ (lexicon.json and its
// three word tables), and copies
// the configuration schema next to the built configuration code. `npm run build` runs it.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { compactLexicon, splitCompactLexicon } from '../lexicon/lexicon.js';
import { COMPILED_LEXICON, tableFile } from '../lexicon/default.js';
import { readSources } from '../lexicon/sources.js';

const root = new URL('../../', import.meta.url);
const { lists, tables } = splitCompactLexicon(compactLexicon(readSources(new URL('src/data/', root))));
writeFileSync(COMPILED_LEXICON, lists);
for (const [name, table] of Object.entries(tables)) {
  // Read back as bytes, without decoding: the tables must be ASCII.
  if (/[^\x00-\x7f]/.test(table)) throw new Error(`build: the word table "${name}" holds a character outside ASCII`);
  writeFileSync(tableFile(name as keyof typeof tables), table);
}
mkdirSync(new URL('dist/config/', root), { recursive: true });
for (const name of readdirSync(new URL('src/config/', root))) {
  if (name.endsWith('.json')) copyFileSync(new URL(`src/config/${name}`, root), new URL(`dist/config/${name}`, root));
}
