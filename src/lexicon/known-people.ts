// Everyone the lexicon knows by name, from the name table and the officeholders merged into one
// list of persons (an officeholder who is also in the name table, under any correct or listed
// form or another transliteration of the first name, is one person): what a rule matches near
// misses of names against. Built on first use; lookups allocate nothing.
import type { NameTable } from '../data/names.js';
import { isWithinDistance } from '../text/distance.js';
import type { People, Person } from './lexicon.js';

/** A person as the near-miss rules see them: every correct two-word-or-longer form, split. */
export interface KnownPerson {
  /** The name as people know it: `Antony Blinken`. */
  readonly name: string;
  /** Who they are (the name table's words first, then the positions held): for messages and titles. */
  readonly about: string;
  /** The first word and last word of each correct full form, pairwise: `Antony`, `Blinken`. */
  readonly firstNames: readonly string[];
  readonly surnames: readonly string[];
}

export interface KnownPeople {
  readonly persons: readonly KnownPerson[];
  /** The persons with a correct full form that starts with `firstName` (exact spelling). */
  withFirstName(firstName: string): readonly KnownPerson[];
  /** The persons with a correct full form that ends with `surname` (exact spelling). */
  withSurname(surname: string): readonly KnownPerson[];
  /** Whether `word` is a word of a name the lexicon knows (any first name, surname or word of a correct form): never a misspelling. */
  isKnownName(word: string): boolean;
  /**
   * Whether a title written before a name (`Chancellor`, `Prime Minister`) fits the person: each
   * of its words but "of" occurs in what they are or were (`German Chancellor 2021–2025`).
   */
  fitsTitle(person: KnownPerson, title: string): boolean;
  /**
   * Known surnames with the initial of `word`, within `maxEdits` insertions, deletions or
   * substitutions of it, `word` itself excluded: `Scholtz` → `Scholz` (a misspelling keeps the
   * first letter; looking only there is what makes the search cheap).
   */
  surnamesNear(word: string, maxEdits: number): string[];
}

interface Building {
  name: string;
  about: string[];
  firstNames: string[];
  surnames: string[];
}

const NOBODY: readonly KnownPerson[] = [];

/** Merges the people of the name table with the officeholders (see the file comment). */
export function indexKnownPeople(people: People, officeholders: People, names: NameTable): KnownPeople {
  const building: Building[] = [];
  const byName = new Map<string, Building>();
  const bySurname = new Map<string, Building[]>();
  const add = (person: Person, into: Building | undefined): void => {
    const target = into ?? { name: person.name, about: [], firstNames: [], surnames: [] };
    if (!into) building.push(target);
    target.about.push(person.about);
    for (const form of [person.name, ...Object.keys(person.entry.forms)]) {
      const words = form.split(' ');
      if (words.length < 2) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      if (target.firstNames.some((known, i) => known === first && target.surnames[i] === last)) continue;
      target.firstNames.push(first);
      target.surnames.push(last);
      byName.set(form, target);
      const same = bySurname.get(last) ?? [];
      if (!same.includes(target)) same.push(target);
      bySurname.set(last, same);
    }
  };
  for (const person of people.persons) add(person, byName.get(person.name));
  for (const holder of officeholders.persons) add(holder, sameAs(holder, byName, bySurname, names));

  const all: KnownPerson[] = [];
  const withFirst = new Map<string, KnownPerson[]>();
  const withLast = new Map<string, KnownPerson[]>();
  const aboutWords = new Map<KnownPerson, ReadonlySet<string>>();
  for (const b of building) {
    const person: KnownPerson = { name: b.name, about: b.about.join('; '), firstNames: b.firstNames, surnames: b.surnames };
    all.push(person);
    aboutWords.set(person, new Set(person.about.toLowerCase().split(/[^\p{L}]+/u)));
    for (const first of new Set(b.firstNames)) withFirst.set(first, [...(withFirst.get(first) ?? []), person]);
    for (const last of new Set(b.surnames)) withLast.set(last, [...(withLast.get(last) ?? []), person]);
  }
  const known = new Set<string>([...people.knownWords, ...officeholders.knownWords, ...people.firstNames, ...officeholders.firstNames]);
  return {
    persons: all,
    withFirstName: (firstName) => withFirst.get(firstName) ?? NOBODY,
    withSurname: (surname) => withLast.get(surname) ?? NOBODY,
    isKnownName: (word) => known.has(word),
    fitsTitle(person, title) {
      const words = aboutWords.get(person);
      if (!words) return false;
      for (const word of title.toLowerCase().split(/[\s-]+/)) if (word !== 'of' && !words.has(word)) return false;
      return true;
    },
    surnamesNear(word, maxEdits) {
      const near: string[] = [];
      const initial = word.charCodeAt(0);
      for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
        for (const index of [people, officeholders]) {
          for (const surname of index.surnamesByShape(length, initial)) {
            if (surname !== word && !near.includes(surname) && isWithinDistance(word, surname, maxEdits)) near.push(surname);
          }
        }
      }
      return near;
    },
  };
}

/**
 * The person of the name table an officeholder is: by a correct form, by a listed wrong form
 * (Alexander Vučić), or by the same surname and a first name two letters off with the same
 * initial (Sergey / Sergei Lavrov, Andrii / Andriy Yermak).
 */
function sameAs(holder: Person, byName: ReadonlyMap<string, Building>, bySurname: ReadonlyMap<string, readonly Building[]>, names: NameTable): Building | undefined {
  const direct = byName.get(holder.name) ?? byName.get(names.lookup(holder.name)?.entry.name ?? '');
  if (direct) return direct;
  for (const candidate of bySurname.get(holder.surname) ?? []) {
    for (let i = 0; i < candidate.surnames.length; i++) {
      const first = candidate.firstNames[i]!;
      if (candidate.surnames[i] === holder.surname && first[0] === holder.firstName[0] && isWithinDistance(holder.firstName, first, 2)) return candidate;
    }
  }
  return undefined;
}
