// Writes fixtures/segmentation/dom-names.txt: 200 method and property names of the DOM, in
// camelCase of one hump (`postMessage`, `aspectRatio`: the shape glue has too), taken evenly from
// the sorted names that TypeScript's lib.dom.d.ts declares on interfaces (node_modules/typescript,
// Apache License 2.0; the names are those of the web's specifications). Every name must come out
// of newsclean unchanged (tests/suites/segmentation.test.ts). Usage:
//   node tests/tools/import-dom-names.mjs > fixtures/segmentation/dom-names.txt
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
const names = new Set();
// A member of an interface: four spaces, perhaps `readonly`, a name, perhaps `?`, then `(` or `:`.
for (const m of source.matchAll(/^ {4}(?:readonly )?([a-z]+[A-Z][a-z]+)\??[(:]/gm)) names.add(m[1]);
const sorted = [...names].sort();
const COUNT = 200;
const picked = Array.from({ length: COUNT }, (_, i) => sorted[Math.floor((i * sorted.length) / COUNT)]);
process.stdout.write(`${[...new Set(picked)].join('\n')}\n`);
