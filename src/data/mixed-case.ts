// Real words with capitals inside (iPhone, McDonald, TheStreet), from mixed-case.json.
import { readFileSync } from 'node:fs';

let words: ReadonlySet<string> | undefined;

export function mixedCaseWords(): ReadonlySet<string> {
  words ??= new Set((JSON.parse(readFileSync(new URL('./mixed-case.json', import.meta.url), 'utf8')) as { words: string[] }).words);
  return words;
}
