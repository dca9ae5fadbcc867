// Everyone the lexicon knows by name, from the name table and the officeholders merged into one
// list of persons (an officeholder who is also in the name table, under any correct or listed
// form or another transliteration of the first name, is one person): what a rule matches near
// misses of names against. The merged list is packed into text (packKnownPeople: the build does it
// once for the built-in lexicon) and read lazily (unpackKnownPeople): a question about a word reads
// only the index of its initial and the persons it names, so the first use costs little with
// thousands of people; lookups allocate nothing once answered.
import type { NameTable } from '../data/names.js';
import { isWithinDistance } from '../text/distance.js';
import type { Holder, People } from './lexicon.js';

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
   * Whether `word` is a word of the name of another real person the lexicon lists (a legislator, a
   * former officeholder: Schulz, Petrov, Johnston): not to be read as a misspelling of a known
   * name on one clue alone.
   */
  isOtherName(word: string): boolean;
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
/** The parts of a name that are words of their own: `Jean-Yves Le Drian` → Jean, Yves, Le, Drian. */
const NAME_PARTS = /[\s-]+/;

/** Merges the people of the name table with the officeholders (see the file comment) and indexes them. */
export function indexKnownPeople(people: People, holders: readonly Holder[], names: NameTable, otherNames: readonly string[] = []): KnownPeople {
  return unpackKnownPeople(packKnownPeople(people, holders, names, otherNames));
}

/**
 * The merged list of `indexKnownPeople` as text: a JSON object with the persons one a line
 * (`name<TAB>about<TAB>First Last<TAB>…`, numbered from 0 by line), and by initial the first names
 * and surnames with the numbers of their persons (`Sergei<TAB>12 45`, one a line), the words that
 * are parts of known names and the `otherNames`, of other real people (one a line each).
 */
export function packKnownPeople(people: People, holders: readonly Holder[], names: NameTable, otherNames: readonly string[] = []): string {
  const { persons, words } = mergePeople(people, holders, names);
  const first = new Map<string, number[]>();
  const last = new Map<string, number[]>();
  const lines: string[] = [];
  persons.forEach((person, id) => {
    lines.push([person.name, person.about, ...person.firstNames.map((name, i) => `${name} ${person.surnames[i]!}`)].join('\t'));
    for (const name of new Set(person.firstNames)) first.set(name, [...(first.get(name) ?? []), id]);
    for (const name of new Set(person.surnames)) last.set(name, [...(last.get(name) ?? []), id]);
  });
  for (const line of lines) if (line.includes('\n')) throw new Error(`lexicon: the known person "${line.split('\t')[0]!}" has a line break in the name or what they are. Fix the source data.`);
  const byInitial = (entries: Iterable<string>): Record<string, string> => {
    const blocks: Record<string, string[]> = {};
    for (const entry of [...entries].sort()) (blocks[entry[0]!] ??= []).push(entry);
    return Object.fromEntries(Object.entries(blocks).map(([initial, block]) => [initial, block.join('\n')]));
  };
  const ids = (index: Map<string, number[]>): Iterable<string> => [...index].map(([name, list]) => `${name}\t${list.join(' ')}`);
  const others = otherNames.filter((name) => name !== '' && !words.has(name));
  return JSON.stringify({ format: PACKED_FORMAT, persons: lines.join('\n'), first: byInitial(ids(first)), last: byInitial(ids(last)), words: byInitial([...words].filter((word) => word !== '')), others: byInitial(new Set(others)) });
}

/** The form packKnownPeople writes: a change of it is a change of this number. */
const PACKED_FORMAT = 2;

interface Packed {
  readonly format: number;
  readonly persons: string;
  readonly first: Readonly<Record<string, string>>;
  readonly last: Readonly<Record<string, string>>;
  readonly words: Readonly<Record<string, string>>;
  readonly others: Readonly<Record<string, string>>;
}

/**
 * Sorted lines of text (as JavaScript sorts strings: by UTF-16 code units), searched in place by
 * their key: the text before the line's first tab, or the whole line. A tab sorts before every
 * character of a name, so the lines are in the order of their keys.
 */
class SortedLines {
  private starts: Uint32Array | undefined;

  constructor(private readonly text: string) {}

  /** Where each line starts, and one past the end of the last line's line break. */
  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const { text } = this;
    let count = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Uint32Array(count + 1);
    let n = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[n++] = at + 1;
    starts[count] = text.length + 1;
    return (this.starts = starts);
  }

  /** The number of the line whose key is `key`, or -1. */
  find(key: string): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(starts[middle]!, starts[middle + 1]! - 1, key);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The text after the key of line `line` and its tab. */
  rest(line: number): string {
    const starts = this.lineStarts();
    const end = starts[line + 1]! - 1;
    const tab = this.text.indexOf('\t', starts[line]!);
    return tab < 0 || tab >= end ? '' : this.text.slice(tab + 1, end);
  }

  /** Every key, in order. */
  *keys(): Generator<string> {
    const starts = this.lineStarts();
    for (let line = 0; line + 1 < starts.length; line++) {
      const end = starts[line + 1]! - 1;
      const tab = this.text.indexOf('\t', starts[line]!);
      yield this.text.slice(starts[line]!, tab < 0 || tab >= end ? end : tab);
    }
  }

  /** The key of the line from `start` to `end` against `key`: negative when it sorts first. */
  private compare(start: number, end: number, key: string): number {
    const { text } = this;
    for (let i = 0; ; i++) {
      const at = start + i;
      const code = at < end ? text.charCodeAt(at) : 9;
      if (i === key.length) return code === 9 ? 0 : 1;
      if (code === 9) return -1;
      const difference = code - key.charCodeAt(i);
      if (difference !== 0) return difference;
    }
  }
}

/**
 * The text of packKnownPeople stored in parts, as the build writes them: a small header (JSON:
 * the byte range of each index block by initial, and the number of persons), the blocks as UTF-8
 * bytes, the persons' lines as UTF-8 bytes and where each line starts. Nothing is read or decoded
 * before a rule asks: a question about a word reads the block of its initial, a person is read
 * when a rule first asks about them. (26,000 lines of names and offices were 5.3 MB of the heap as
 * one string, and a megabyte of index took longer to parse than a short article to clean.)
 */
export interface SplitKnownPeople {
  /** JSON: `format`, `count` (persons) and, for `first`, `last`, `words` and `others`, `[start, end]` of each initial's block. */
  readonly header: string;
  /** The UTF-8 text of bytes `[start, end)` of the blocks. */
  blocks(start: number, end: number): string;
  /** Where each person's line starts in the persons' bytes, then one past the end of the last (count + 1 entries). */
  personStarts(): Uint32Array;
  /** The UTF-8 text of bytes `[start, end)` of the persons' lines. */
  persons(start: number, end: number): string;
}

/** The parts of SplitKnownPeople as the build writes them to files: the header, and three byte strings. */
export interface KnownPeopleFiles {
  readonly header: string;
  readonly blocks: Buffer;
  readonly persons: Buffer;
  /** The persons' line starts, as little-endian 32-bit numbers. */
  readonly personStarts: Buffer;
}

/** The packed text split into the parts the build stores (see SplitKnownPeople). */
export function splitKnownPeople(text: string): KnownPeopleFiles {
  const packed = JSON.parse(text) as Packed;
  const chunks: Buffer[] = [];
  let at = 0;
  const ranges = (index: Readonly<Record<string, string>>): Record<string, [number, number]> => {
    const out: Record<string, [number, number]> = {};
    for (const [initial, block] of Object.entries(index)) {
      const bytes = Buffer.from(block, 'utf8');
      chunks.push(bytes);
      out[initial] = [at, at + bytes.length];
      at += bytes.length;
    }
    return out;
  };
  const first = ranges(packed.first);
  const last = ranges(packed.last);
  const words = ranges(packed.words);
  const others = ranges(packed.others);
  const lines = packed.persons === '' ? [] : packed.persons.split('\n');
  const persons = Buffer.from(packed.persons, 'utf8');
  const starts = new Uint32Array(lines.length + 1);
  let offset = 0;
  lines.forEach((line, i) => {
    starts[i] = offset;
    offset += Buffer.byteLength(line, 'utf8') + 1;
  });
  starts[lines.length] = offset;
  const personStarts = Buffer.alloc(starts.length * 4);
  starts.forEach((start, i) => personStarts.writeUInt32LE(start, i * 4));
  const header = JSON.stringify({ format: STORED_FORMAT, count: lines.length, first, last, words, others });
  return { header, blocks: Buffer.concat(chunks), persons, personStarts };
}

/** SplitKnownPeople over the parts in memory (see KnownPeopleFiles). */
export function knownPeopleInMemory(files: KnownPeopleFiles): SplitKnownPeople {
  return {
    header: files.header,
    blocks: (start, end) => files.blocks.toString('utf8', start, end),
    personStarts: () => readStarts(files.personStarts),
    persons: (start, end) => files.persons.toString('utf8', start, end),
  };
}

/** Little-endian 32-bit numbers, as splitKnownPeople writes the persons' line starts. */
export function readStarts(bytes: Uint8Array): Uint32Array {
  const starts = new Uint32Array(bytes.byteLength >>> 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < starts.length; i++) starts[i] = view.getUint32(i * 4, true);
  return starts;
}

/** The form of the header of SplitKnownPeople: a change of it is a change of this number. */
const STORED_FORMAT = 3;

/** The persons' lines of packed known people, each decoded when first read. */
interface PersonLines {
  readonly count: number;
  line(id: number): string;
}

function linesOfText(text: string): PersonLines {
  const lines = text.split('\n');
  return { count: lines.length, line: (id) => lines[id]! };
}

function storedLines(stored: SplitKnownPeople, count: number): PersonLines {
  let starts: Uint32Array | undefined;
  return {
    count,
    line: (id) => {
      starts ??= stored.personStarts();
      return stored.persons(starts[id]!, starts[id + 1]! - 1);
    },
  };
}

/** The block of an index for an initial ('' when no word has it). */
type Index = (initial: string) => string;

const ofRecord = (record: Readonly<Record<string, string>>): Index => (initial) => (Object.hasOwn(record, initial) ? record[initial]! : '');

/** Known people over the text of packKnownPeople (or its stored parts), each part read when first asked (see the file comment). */
export function unpackKnownPeople(stored: string | SplitKnownPeople): KnownPeople {
  let personLines: () => PersonLines;
  let indexes: { first: Index; last: Index; words: Index; others: Index };
  if (typeof stored === 'string') {
    const packed = JSON.parse(stored) as Packed;
    if (packed.format !== PACKED_FORMAT) throw new Error(`lexicon: known people in format ${String(packed.format)}, not ${PACKED_FORMAT}. Rebuild it with "npm run build".`);
    let lines: PersonLines | undefined;
    personLines = () => (lines ??= linesOfText(packed.persons));
    indexes = { first: ofRecord(packed.first), last: ofRecord(packed.last), words: ofRecord(packed.words), others: ofRecord(packed.others) };
  } else {
    type Ranges = Readonly<Record<string, readonly [number, number]>>;
    const header = JSON.parse(stored.header) as { format: number; count: number; first: Ranges; last: Ranges; words: Ranges; others: Ranges };
    if (header.format !== STORED_FORMAT) throw new Error(`lexicon: known people stored in format ${String(header.format)}, not ${STORED_FORMAT}. Rebuild it with "npm run build".`);
    const lines = storedLines(stored, header.count);
    personLines = () => lines;
    // Each block read when its initial is first asked about.
    const lazy = (ranges: Ranges): Index => (initial) => (Object.hasOwn(ranges, initial) ? stored.blocks(ranges[initial]![0], ranges[initial]![1]) : '');
    indexes = { first: lazy(header.first), last: lazy(header.last), words: lazy(header.words), others: lazy(header.others) };
  }
  const cache: (KnownPerson | undefined)[] = [];
  const person = (id: number): KnownPerson => {
    let found = cache[id];
    if (!found) {
      const [name, about, ...forms] = personLines().line(id).split('\t');
      const firstNames: string[] = [];
      const surnames: string[] = [];
      for (const form of forms) {
        const space = form.indexOf(' ');
        firstNames.push(form.slice(0, space));
        surnames.push(form.slice(space + 1));
      }
      cache[id] = found = { name: name!, about: about!, firstNames, surnames };
    }
    return found;
  };
  // The blocks of the indexes stay the sorted text the build wrote, searched in place: no map of
  // thousands of names is built for the one a rule asks about.
  const blocks = (index: Index): ((initial: string) => SortedLines) => {
    const read = new Map<string, SortedLines>();
    return (initial) => {
      let block = read.get(initial);
      if (!block) read.set(initial, (block = new SortedLines(index(initial))));
      return block;
    };
  };
  const resolved = new Map<string, readonly KnownPerson[]>();
  const persons = (block: SortedLines, key: string, kind: string): readonly KnownPerson[] => {
    const line = block.find(key);
    if (line < 0) return NOBODY;
    const cacheKey = kind + key;
    let found = resolved.get(cacheKey);
    if (!found) resolved.set(cacheKey, (found = block.rest(line).split(' ').map((id) => person(Number(id)))));
    return found;
  };
  const firstBlock = blocks(indexes.first);
  const lastBlock = blocks(indexes.last);
  const wordSets = (index: Index): ((word: string) => boolean) => {
    const block = blocks(index);
    return (word) => word !== '' && block(word[0]!).find(word) >= 0;
  };
  const isKnownName = wordSets(indexes.words);
  const isOtherName = wordSets(indexes.others);
  const shapes = new Map<string, ReadonlyMap<number, readonly string[]>>();
  const surnamesOfShape = (initial: string, length: number): readonly string[] => {
    let byLength = shapes.get(initial);
    if (!byLength) {
      const built = new Map<number, string[]>();
      for (const surname of lastBlock(initial).keys()) {
        const list = built.get(surname.length);
        if (list) list.push(surname);
        else built.set(surname.length, [surname]);
      }
      shapes.set(initial, (byLength = built));
    }
    return byLength.get(length) ?? NO_WORDS;
  };
  const aboutWords = new WeakMap<KnownPerson, ReadonlySet<string>>();
  let all: readonly KnownPerson[] | undefined;
  return {
    get persons() {
      return (all ??= Array.from({ length: personLines().count }, (_, id) => person(id)));
    },
    withFirstName: (firstName) => (firstName === '' ? NOBODY : persons(firstBlock(firstName[0]!), firstName, 'f')),
    withSurname: (surname) => (surname === '' ? NOBODY : persons(lastBlock(surname[0]!), surname, 's')),
    isKnownName,
    isOtherName,
    fitsTitle(person, title) {
      let words = aboutWords.get(person);
      if (!words) aboutWords.set(person, (words = new Set(person.about.toLowerCase().split(/[^\p{L}]+/u))));
      for (const word of title.toLowerCase().split(/[\s-]+/)) if (word !== 'of' && !words.has(word)) return false;
      return true;
    },
    surnamesNear(word, maxEdits) {
      const near: string[] = [];
      if (word === '') return near;
      for (let length = Math.max(1, word.length - maxEdits); length <= word.length + maxEdits; length++) {
        for (const surname of surnamesOfShape(word[0]!, length)) {
          if (surname !== word && isWithinDistance(word, surname, maxEdits)) near.push(surname);
        }
      }
      return near;
    },
  };
}

const NO_WORDS: readonly string[] = [];

/** The merged list: the persons, and every word of a known name (see KnownPeople.isKnownName). */
function mergePeople(people: People, holders: readonly Holder[], names: NameTable): { persons: KnownPerson[]; words: Set<string> } {
  const building: Building[] = [];
  const byName = new Map<string, Building>();
  const bySurname = new Map<string, Building[]>();
  const words = new Set<string>([...people.knownWords, ...people.firstNames]);
  const start = (name: string, into: Building | undefined): Building => {
    if (into) return into;
    const target: Building = { name, about: [], firstNames: [], surnames: [] };
    building.push(target);
    return target;
  };
  const addForm = (target: Building, form: string): void => {
    const space = form.indexOf(' ');
    if (space < 0) return;
    const first = form.slice(0, space);
    const last = form.slice(form.lastIndexOf(' ') + 1);
    for (let i = 0; i < target.firstNames.length; i++) if (target.firstNames[i] === first && target.surnames[i] === last) return;
    target.firstNames.push(first);
    target.surnames.push(last);
    byName.set(form, target);
    const same = bySurname.get(last);
    if (!same) bySurname.set(last, [target]);
    else if (!same.includes(target)) same.push(target);
  };
  for (const person of people.persons) {
    const target = start(person.name, byName.get(person.name));
    target.about.push(person.about);
    addForm(target, person.name);
    for (const form in person.entry.forms) addForm(target, form);
  }
  for (const holder of holders) {
    const space = holder.name.indexOf(' ');
    const first = space < 0 ? holder.name : holder.name.slice(0, space);
    const last = holder.name.slice(holder.name.lastIndexOf(' ') + 1);
    words.add(first);
    for (const word of holder.name.split(NAME_PARTS)) words.add(word);
    const target = start(holder.name, sameAs(holder.name, first, last, byName, bySurname, names));
    target.about.push(holder.about);
    addForm(target, holder.name);
  }
  return { persons: building.map((b) => ({ name: b.name, about: b.about.join('; '), firstNames: b.firstNames, surnames: b.surnames })), words };
}

/**
 * The person of the name table an officeholder is: by a correct form, by a listed wrong form
 * (Alexander Vučić), or by the same surname and a first name two letters off with the same
 * initial (Sergey / Sergei Lavrov, Andrii / Andriy Yermak).
 */
function sameAs(name: string, first: string, surname: string, byName: ReadonlyMap<string, Building>, bySurname: ReadonlyMap<string, readonly Building[]>, names: NameTable): Building | undefined {
  const direct = byName.get(name) ?? byName.get(names.lookup(name)?.entry.name ?? '');
  if (direct) return direct;
  for (const candidate of bySurname.get(surname) ?? []) {
    for (let i = 0; i < candidate.surnames.length; i++) {
      const known = candidate.firstNames[i]!;
      if (candidate.surnames[i] === surname && known[0] === first[0] && isWithinDistance(first, known, 2)) return candidate;
    }
  }
  return undefined;
}
