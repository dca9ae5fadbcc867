// A person the article names correctly in full (Antony Blinken, from the name table) but misspells
// elsewhere in ways no table can list (`Secretary Blinkan`, `Anthony Blinkken`). A near form of
// the surname (at most two letters off, one for short names) is corrected when it stands in the
// same context: after the person's first name or a title. Longer forms of the surname (Lavrova,
// a different person) and capitalized English words are never touched.
import type { Edit, Rule } from '../engine/types.js';
import type { NameEntry, NameTable } from '../data/names.js';
import type { Settings } from '../settings.js';
import { isEnglishWord } from '../data/words.js';
import { editDistance } from '../text/distance.js';

/**
 * Titles of office that put a surname in the same context as a first name: in an article about
 * Olaf Scholz, "Chancellor Scholtz" is him. "Mr", "Dr" and the like fit anybody ("Mr Schulz" may
 * be Martin Schulz) and are not here.
 */
const TITLES = new Set([
  'President', 'Secretary', 'Minister', 'Chancellor', 'Premier', 'Senator', 'Governor', 'Mayor',
  'Ambassador', 'Commissioner', 'Speaker', 'Prince', 'King', 'Queen', 'Pope', 'Cardinal', 'Sheikh',
]);

/** A capitalized word. */
const CAPITALIZED = /(?<![\p{L}\p{N}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{N}\p{M}])/gu;
/** The word just before a position, with the one space after it: a first name or a title. */
const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*) $/u;

interface Person {
  readonly entry: NameEntry;
  readonly full: string;
  readonly first: string;
  readonly last: string;
}

interface Found {
  /** Each person by full name. */
  readonly people: ReadonlyMap<string, Person>;
  readonly correct: ReadonlySet<string>;
  /** The most words a full name has. */
  readonly longest: number;
}

/** The people of each settings' name table, indexed on first use. */
const indexes = new WeakMap<Settings, Found>();

/** People with a full name of two words or more, and every correct form (never "corrected"). */
function indexPeople(table: NameTable, entries: readonly NameEntry[]): Found {
  const people = new Map<string, Person>();
  const correct = new Set<string>();
  let longest = 2;
  for (const entry of entries) {
    for (const form of Object.keys(entry.forms)) for (const word of form.split(' ')) correct.add(word);
    if (entry.kind !== 'person') continue;
    for (const full of new Set([entry.name, ...Object.keys(entry.forms)])) {
      const words = full.split(' ');
      if (words.length < 2 || table.lookup(full)) continue;
      people.set(full, { entry, full, first: words[0]!, last: words[words.length - 1]! });
      longest = Math.max(longest, words.length);
    }
  }
  return { people, correct, longest };
}

/** The people named in full in the text: runs of words from a capitalized one, looked up by name. */
function findNamedPeople(text: string, found: Found): Person[] {
  const named = new Set<Person>();
  const words = [...text.matchAll(NAME_WORD)];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalized(words[i]![0])) continue;
    let phrase = words[i]![0];
    for (let k = 1; k < found.longest && i + k < words.length; k++) {
      const previous = words[i + k - 1]!;
      const next = words[i + k]!;
      if (next.index !== previous.index + previous[0].length + 1 || text[next.index - 1] !== ' ') break;
      phrase += ` ${next[0]}`;
      const person = found.people.get(phrase);
      if (person) named.add(person);
    }
  }
  return [...named];
}

const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const isCapitalized = (word: string): boolean => word[0] !== word[0]!.toLowerCase();

export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'Correct near misspellings of a surname the article also spells right in full ("Antony Blinken … Secretary Blinkan")',
  category: 'spelling',
  leaves: 'longer forms of the surname (Lavrov / Lavrova), near forms without a first name or title before them, English words',
  apply(text, ctx) {
    let index = indexes.get(ctx.settings);
    if (!index) {
      index = indexPeople(ctx.settings.names, ctx.settings.nameEntries);
      indexes.set(ctx.settings, index);
    }
    const named = findNamedPeople(text, index);
    if (named.length === 0) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(CAPITALIZED)) {
      const word = m[0];
      if (index.correct.has(word) || !named.some((p) => isNearForm(word, p.last)) || isEnglishWord(word)) continue;
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
      const person = before === undefined ? undefined : named.find((p) => isNearForm(word, p.last) && fitsContext(before, p));
      if (!person) continue;
      const start = m.index;
      if (ctx.isProtected(start, start + word.length)) continue;
      edits.push(ctx.replace(start, start + word.length, person.last, `"${word}" is "${person.last}" (${person.full}, named in full in this text)`));
    }
    return edits;
  },
};

/**
 * Within two letters of the surname (one for surnames of five letters or fewer), and neither a
 * longer or shorter form of it nor the same name with or without accents (Sanchez is an accepted
 * way to write Sánchez).
 */
function isNearForm(word: string, last: string): boolean {
  if (word === last || word.startsWith(last) || last.startsWith(word)) return false;
  if (foldAccents(word) === foldAccents(last)) return false;
  if (word[0] !== last[0]) return false;
  const limit = last.length <= 5 ? 1 : 2;
  return Math.abs(word.length - last.length) <= limit && editDistance(word, last) <= limit;
}

/** After the first name (or a near form of it) or a title. */
function fitsContext(before: string, person: Person): boolean {
  return TITLES.has(before) || before === person.first || (before[0] === person.first[0] && editDistance(before, person.first) <= 1);
}
