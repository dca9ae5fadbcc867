// The streaming yardstick's rules (rules.mjs) over many files in one process: every file named on
// the command line, or every file of a directory (sorted), is read whole, cleaned and written to
// standard output in order, with back-pressure. This is what `npm run bench` compares
// `newsclean small/` with: one process, the same files, the same output stream.
//   node tests/bench/node-yardstick-files.mjs small/ > out
import { once } from 'node:events';
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyRules } from './rules.mjs';

const files = process.argv.slice(2).flatMap((path) =>
  statSync(path).isDirectory() ? readdirSync(path).sort().map((name) => join(path, name)) : [path],
);
for (const file of files) {
  const text = await readFile(file, 'utf8');
  if (!process.stdout.write(applyRules(text))) await once(process.stdout, 'drain');
}
