// A person the article names correctly in full (Antony Blinken, from the name table) but misspells
// elsewhere in ways no table can list (`Secretary Blinkan`, `Anthony Blinkken`). A near form of
// the surname (at most two letters off, one for short names) is corrected when it stands in the
// same context: after the person's first name or a title. Longer forms of the surname (Lavrova,
// a different person) and capitalized English words are never touched.
import type { Edit, Fact, FactDocument, Rule } from '../engine/types.js';
import type { NameEntry, NameTable } from '../data/names.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isWithinDistance } from '../text/distance.js';
import { WordFlag, type Words } from '../text/document.js';
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

function indexOf(lexicon: Lexicon): Found {
  let index = indexes.get(lexicon);
  if (!index) {
    index = indexPeople(lexicon.names, lexicon.nameEntries);
    indexes.set(lexicon, index);
  }
  return index;
}

/** The people the article names in full, by the first letter of their surname, in the order it first names them. */
interface Named {
  readonly byInitial: ReadonlyMap<string, readonly Person[]>;
  /** Their full names, in order: the same whenever every answer is. */
  readonly fingerprint: string;
  /** Answers already given this pass. */
  readonly near: Map<string, readonly Person[]>;
}

/**
 * The people named in full in the article whose surname `word` is a near form of (see
 * isNearForm), in the order the article first names them: the first one that fits wins. Asked
 * word by word, so that naming someone new re-reads only the paragraphs with a word near them.
 */
const NEAR_NAMED: Fact<string, readonly Person[]> = {
  id: 'name-consistency:near-named',
  prepare: (text, document): Named => {
    const byInitial = new Map<string, Person[]>();
    const named = namedPeopleOf(text, document);
    for (const person of named) byInitial.set(person.last[0]!, [...(byInitial.get(person.last[0]!) ?? []), person]);
    return { byInitial, near: new Map(), fingerprint: named.map((person) => person.full).join('\n') };
  },
  fingerprint: (prepared) => (prepared as Named).fingerprint,
  answer: (prepared, word) => {
    const { byInitial, near } = prepared as Named;
    let found = near.get(word);
    if (found === undefined) {
      found = byInitial.get(word[0]!)?.filter((person) => isNearForm(word, person.last)) ?? NOBODY;
      near.set(word, found);
    }
    return found;
  },
};

/**
 * The first letters of the surnames of the people the article names in full ('' for nobody): a
 * word with another initial is near none of them, and needs no question of its own.
 */
const NAMED_INITIALS: Fact<'', string> = {
  id: 'name-consistency:named-initials',
  prepare: (text, document) => [...new Set(namedPeopleOf(text, document).map((person) => person.last[0]!))].sort().join(''),
  answer: (prepared) => prepared as string,
};

const NOBODY: readonly Person[] = [];

/** The people named in a pass's text, by its document: both facts above read them in the same pass. */
const namedBy = new WeakMap<FactDocument, Person[]>();

function namedPeopleOf(text: string, document: FactDocument): Person[] {
  let people = namedBy.get(document);
  if (!people) namedBy.set(document, (people = findNamedPeople(text, document.words(), indexOf(document.lexicon))));
  return people;
}

/** The capitalized words of a text that start and end a word, with their offsets. */
function capitalizedWords(text: string): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  for (const m of text.matchAll(CAPITALIZED)) {
    if (!isWordCharAt(text, m.index - 1) && !isWordCharAt(text, m.index + m[0].length)) words.push({ word: m[0], at: m.index });
  }
  return words;
}

/**
 * The people named in full in the text: each capitalized Latin word (as CAPITALIZED reads one)
 * looked up as a first name, then the rest compared in place.
 */
function findNamedPeople(text: string, words: Words, found: Found): Person[] {
  const named = new Set<Person>();
  for (let w = 0; w < words.count; w++) {
    if ((words.flags[w]! & (WordFlag.Capitalized | WordFlag.Apostrophe)) !== WordFlag.Capitalized) continue;
    const at = words.starts[w]!;
    const end = words.ends[w]!;
    if (end - at < 2 || !isLatinCapitalized(text, at, end)) continue;
    const people = found.byFirstWord.get(text.slice(at, end));
    if (!people) continue;
    for (const person of people) {
      if (!named.has(person) && text.startsWith(person.full, at) && !isWordCharAt(text, at + person.full.length)) named.add(person);
    }
  }
  return [...named];
}

/** Whether `[start, end)` is a capital and lower-case letters as CAPITALIZED reads them. */
function isLatinCapitalized(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde) || (first >= 0x100 && first <= 0x24f))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff) || (c >= 0x100 && c <= 0x24f))) return false;
  }
  return true;
}

const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'Correct near misspellings of a surname the article also spells right in full',
  category: 'spelling',
  family: 'names',
  scope: 'paragraph',
  leaves: 'longer or shorter forms of the surname (Lavrov / Lavrova), near forms without a first name or title of office before them, the name without its accents, English words',
  examples: [
    ['Antony Blinken arrived. Secretary Blinkan said', 'Antony Blinken arrived. Secretary Blinken said'],
  ],
  apply(text, ctx) {
    // The person may be named in full in another paragraph: who is named is a fact of the article.
    const initials = ctx.fact(NAMED_INITIALS, '');
    if (initials === '') return [];
    const index = indexOf(ctx.lexicon);
    const edits: Edit[] = [];
    for (const { word, at } of capitalizedWords(text)) {
      if (!initials.includes(word[0]!) || index.correct.has(word)) continue;
      const near = ctx.fact(NEAR_NAMED, word);
      if (near.length === 0 || ctx.lexicon.isWord(word)) continue;
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      const person = before === undefined ? undefined : near.find((p) => fitsContext(before, p));
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
  return isWithinDistance(word, last, limit) && foldAccents(word) !== foldAccents(last);
}

/** After the first name (or a near form of it) or a title. */
function fitsContext(before: string, person: Person): boolean {
  return TITLES.has(before) || before === person.first || (before[0] === person.first[0] && isWithinDistance(before, person.first, 1));
}
