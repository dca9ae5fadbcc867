// Build step, run from dist/data after tsc: compiles the English word table (see words.ts) and
// copies the JSON data files next to the built code that reads them.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { compileWordTable } from './words.js';

const sources = new URL('../../src/data/', import.meta.url);
const target = new URL('../../dist/data/', import.meta.url);
mkdirSync(target, { recursive: true });
writeFileSync(new URL('words.txt', target), compileWordTable(readFileSync(wordListPath, 'utf8')));
for (const name of readdirSync(sources)) {
  if (name.endsWith('.json')) copyFileSync(new URL(name, sources), new URL(name, target));
}
