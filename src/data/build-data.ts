// Build step, run from dist/data after tsc: compiles the lexicon from its named sources (see
// src/lexicon/sources.ts and README "Data and sources") into dist/lexicon/lexicon.json, and copies
// the configuration schema next to the built configuration code. `npm run build` runs it.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { compactLexicon } from '../lexicon/lexicon.js';
import { COMPILED_LEXICON } from '../lexicon/default.js';
import { readSources } from '../lexicon/sources.js';

const root = new URL('../../', import.meta.url);
writeFileSync(COMPILED_LEXICON, JSON.stringify(compactLexicon(readSources(new URL('src/data/', root)))));
mkdirSync(new URL('dist/config/', root), { recursive: true });
for (const name of readdirSync(new URL('src/config/', root))) {
  if (name.endsWith('.json')) copyFileSync(new URL(`src/config/${name}`, root), new URL(`dist/config/${name}`, root));
}
