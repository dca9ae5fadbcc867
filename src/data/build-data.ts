// Build step, run from dist/data after tsc: compiles the English word table (see words.ts) and
// copies the JSON files the built code reads (data, the configuration schema) next to it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { compileWordTable } from './words.js';

const root = new URL('../../', import.meta.url);
mkdirSync(new URL('dist/data/', root), { recursive: true });
writeFileSync(new URL('dist/data/words.txt', root), compileWordTable(readFileSync(wordListPath, 'utf8')));
for (const dir of ['data', 'config']) {
  mkdirSync(new URL(`dist/${dir}/`, root), { recursive: true });
  for (const name of readdirSync(new URL(`src/${dir}/`, root))) {
    if (name.endsWith('.json')) copyFileSync(new URL(`src/${dir}/${name}`, root), new URL(`dist/${dir}/${name}`, root));
  }
}
