// A person the article names correctly in full (Antony Blinken, from the name table) but misspells
// elsewhere in ways no table can list (`Secretary Blinkan`, `Anthony Blinkken`). A near form of
// the surname (at most two letters off, one for short names) is corrected when it stands in the
// same context: after the person's first name or a title. Longer forms of the surname (Lavrova,
// a different person) and capitalized English words are never touched.
import type { Edit, Rule } from '../engine/types.js';
import type { NameEntry, NameTable } from '../data/names.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { editDistance } from '../text/distance.js';
import { isWordCharAt } from '../text/scan.js';

/**
 * Titles of office that put a surname in the same context as a first name: in an article about
 * Olaf Scholz, "Chancellor Scholtz" is him. "Mr", "Dr" and the like fit anybody ("Mr Schulz" may
 * be Martin Schulz) and are not here.
 */
const TITLES = new Set([
  'President', 'Secretary', 'Minister', 'Chancellor', 'Premier', 'Senator', 'Governor', 'Mayor',
  'Ambassador', 'Commissioner', 'Speaker', 'Prince', 'King', 'Queen', 'Pope', 'Cardinal', 'Sheikh',
]);

/**
 * A capitalized word in Latin script (the names this rule knows are written in it): an upper-case
 * letter and lower-case ones. Whether it starts and ends a word is checked around the match.
 */
const CAPITALIZED = /[A-Z\u00C0-\u00DE\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F'’-]+/g;
/** The word just before a position, with the one space after it: a first name or a title. */
const WORD_BEFORE = /([\p{L}][\p{L}\p{M}.'’-]*) $/u;

interface Person {
  readonly entry: NameEntry;
  readonly full: string;
  readonly first: string;
  readonly last: string;
}

interface Found {
  /** The people, filed under the first word of their full name. */
  readonly byFirstWord: ReadonlyMap<string, readonly Person[]>;
  readonly correct: ReadonlySet<string>;
}

/** The people of each lexicon's name table, indexed on first use. */
const indexes = new WeakMap<Lexicon, Found>();

/** People with a full name of two words or more, and every correct form (never "corrected"). */
function indexPeople(table: NameTable, entries: readonly NameEntry[]): Found {
  const byFirstWord = new Map<string, Person[]>();
  const correct = new Set<string>();
  for (const entry of entries) {
    for (const form of Object.keys(entry.forms)) for (const word of form.split(' ')) correct.add(word);
    if (entry.kind !== 'person') continue;
    for (const full of new Set([entry.name, ...Object.keys(entry.forms)])) {
      const words = full.split(' ');
      if (words.length < 2 || table.lookup(full)) continue;
      const person = { entry, full, first: words[0]!, last: words[words.length - 1]! };
      byFirstWord.set(person.first, [...(byFirstWord.get(person.first) ?? []), person]);
    }
  }
  return { byFirstWord, correct };
}

/** The capitalized words of a text that start and end a word, with their offsets. */
function capitalizedWords(text: string): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  for (const m of text.matchAll(CAPITALIZED)) {
    if (!isWordCharAt(text, m.index - 1) && !isWordCharAt(text, m.index + m[0].length)) words.push({ word: m[0], at: m.index });
  }
  return words;
}

/** The people named in full in the text: each capitalized word looked up as a first name, then the rest compared in place. */
function findNamedPeople(text: string, words: readonly { word: string; at: number }[], found: Found): Person[] {
  const named = new Set<Person>();
  for (const { word, at } of words) {
    const people = found.byFirstWord.get(word);
    if (!people) continue;
    for (const person of people) {
      if (!named.has(person) && text.startsWith(person.full, at) && !isWordCharAt(text, at + person.full.length)) named.add(person);
    }
  }
  return [...named];
}

const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');


export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'Correct near misspellings of a surname the article also spells right in full ("Antony Blinken … Secretary Blinkan")',
  category: 'spelling',
  leaves: 'longer forms of the surname (Lavrov / Lavrova), near forms without a first name or title before them, English words',
  apply(text, ctx) {
    let index = indexes.get(ctx.lexicon);
    if (!index) {
      index = indexPeople(ctx.lexicon.names, ctx.lexicon.nameEntries);
      indexes.set(ctx.lexicon, index);
    }
    const words = capitalizedWords(text);
    const named = findNamedPeople(text, words, index);
    if (named.length === 0) return [];
    // The named people by the first letter of their surname: most words meet none of them.
    const byInitial = new Map<string, Person[]>();
    for (const person of named) byInitial.set(person.last[0]!, [...(byInitial.get(person.last[0]!) ?? []), person]);
    const edits: Edit[] = [];
    for (const { word, at } of words) {
      const candidates = byInitial.get(word[0]!);
      if (!candidates || index.correct.has(word) || !candidates.some((p) => isNearForm(word, p.last)) || ctx.lexicon.isWord(word)) continue;
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      const person = before === undefined ? undefined : candidates.find((p) => isNearForm(word, p.last) && fitsContext(before, p));
      if (!person) continue;
      const start = at;
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
  const limit = last.length <= 5 ? 1 : 2;
  if (word[0] !== last[0] || Math.abs(word.length - last.length) > limit) return false;
  if (word === last || word.startsWith(last) || last.startsWith(word)) return false;
  return editDistance(word, last) <= limit && foldAccents(word) !== foldAccents(last);
}

/** After the first name (or a near form of it) or a title. */
function fitsContext(before: string, person: Person): boolean {
  return TITLES.has(before) || before === person.first || (before[0] === person.first[0] && editDistance(before, person.first) <= 1);
}
