// Maintenance step (`npm run docs`, after the build): rewrites the README's rules section and the
// rule list of src/config/schema.json from the rules' metadata (src/rules/metadata.ts). With
// `--check` (`npm run docs -- --check`) it writes nothing and exits 1 when either is out of date;
// tests/docs.test.ts fails in the same case.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from './index.js';
import { DOCS_COMMAND, rewriteReadmeSection, rewriteSchemaRules } from './metadata.js';

const root = new URL('../../', import.meta.url);
// The schema also has a built copy (dist/config/schema.json, where the configuration reads it).
const targets = [
  { name: 'README.md', update: (text: string) => rewriteReadmeSection(text, RULES), copies: [] },
  { name: 'src/config/schema.json', update: (text: string) => rewriteSchemaRules(text, RULES), copies: ['dist/config/schema.json'] },
];

const checkOnly = process.argv.includes('--check');
let stale = 0;
for (const { name, update, copies } of targets) {
  const file = new URL(name, root);
  const text = readFileSync(file, 'utf8');
  const updated = update(text);
  if (updated === text) continue;
  stale += 1;
  if (checkOnly) process.stderr.write(`${name} is out of date with the rules. Run "${DOCS_COMMAND}" to regenerate it.\n`);
  else {
    writeFileSync(file, updated);
    for (const copy of copies) writeFileSync(new URL(copy, root), updated);
    process.stderr.write(`updated ${name}\n`);
  }
}
if (checkOnly && stale > 0) process.exitCode = 1;
