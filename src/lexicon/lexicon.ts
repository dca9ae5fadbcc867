// The lexicon: everything rules know about words and names, in one object handed to them as
// `ctx.lexicon`. It is built from plain data (createLexicon) or from the compact form the build
// writes (parseLexicon); nothing here reads a file. Derived tables are built on first use.
import { isAscii as isAsciiBytes } from 'node:buffer';
import { buildNameTable, type NameEntry, type NameTable } from '../data/names.js';
import { indexKnownPeople, unpackKnownPeople, type KnownPeople, type SplitKnownPeople } from './known-people.js';
import { boundedDistance } from '../text/distance.js';
import { isAscii, lazyTable, packTable, unpackTable, unpackTableBytes, type PackedTable, type WordTable } from './table.js';

/** A country as the lexicon knows it (from the `world-countries` data set unless added). */
export interface Country {
  /** Common English name: `Germany`. */
  readonly name: string;
  /** Official English name: `Federal Republic of Germany`. */
  readonly official: string;
  /** ISO 3166-1 alpha-2 and alpha-3 codes: `DE`, `DEU`. */
  readonly alpha2: string;
  readonly alpha3: string;
  /** What its people are called, and the adjective: `German` (feminine form when it differs: `demonymFemale`). */
  readonly demonym: string;
  readonly demonymFemale?: string;
  readonly capitals: readonly string[];
  /** Other English names and spellings it goes by: `Czechia` for the Czech Republic. */
  readonly aliases: readonly string[];
  readonly independent: boolean;
}

/** A city of 100,000 people or more (GeoNames, through src/data/cities.json). */
export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of its country: `UA`. */
  readonly country: string;
  readonly population: number;
}

/** An agency, party or organization known by its letters. */
export interface Acronym {
  /** As written: `NATO`, `AfD`. */
  readonly acronym: string;
  /** What it stands for, for messages: `North Atlantic Treaty Organization`. */
  readonly name: string;
  readonly kind: 'agency' | 'party' | 'organization' | 'media' | 'company';
  /** A sentence using it, checked by the tests. */
  readonly example?: string;
}

/** A head of state or government or a minister (from Wikidata, through src/data/officeholders.json). */
export interface Officeholder {
  /** The English label: `Mikhail Mishustin`. */
  readonly name: string;
  /** The Wikidata item: `Q4298520`. */
  readonly wikidata?: string;
  /** Each position with its years: `Prime Minister of Russia (2020–)`. */
  readonly positions: readonly string[];
}

/** An officeholder as a lexicon keeps one: the name, and the positions held as one text (`Prime Minister of Russia (2020–)`). */
export interface Holder {
  readonly name: string;
  readonly about: string;
}

/** A person of the name table (or an officeholder: `about` lists the positions). */
export interface Person {
  /** The name as people know it: `Antony Blinken`. */
  readonly name: string;
  /** Who they are, their title or role: `US Secretary of State 2021–2025`. */
  readonly about: string;
  /** First word and last word of `name` (equal for a one-word name). */
  readonly firstName: string;
  readonly surname: string;
  readonly entry: NameEntry;
}

/** The people of the name table, indexed for the rules. */
export interface People {
  /** Every correct form of two words or more of a person: `Antony Blinken`, `Sergei Lavrov`. */
  readonly fullNames: ReadonlySet<string>;
  /** The last word of each of those forms. */
  readonly surnames: ReadonlySet<string>;
  /** The first word of each of those forms. */
  readonly firstNames: ReadonlySet<string>;
  /** Every word of every correct form in the table, of any kind (Schoof, Kyiv, Reuters): never split or changed as a misspelling. */
  readonly knownWords: ReadonlySet<string>;
  readonly persons: readonly Person[];
  /** The persons whose name ends with `surname` (exact spelling). */
  withSurname(surname: string): readonly Person[];
  /** The surnames of `length` letters that start with the character code `firstChar`: where a near-miss search starts. */
  surnamesByShape(length: number, firstChar: number): readonly string[];
  /**
   * Known surnames within `maxEdits` insertions, deletions or substitutions of `word` (case-sensitive),
   * nearest first, `word` itself excluded: `Blingen` → `Blinken`.
   */
  surnamesNear(word: string, maxEdits?: number): string[];
}

export interface Lexicon {
  /** Whether a word (any case) is in the English word list. */
  isWord(word: string): boolean;
  /**
   * How common a word (any case) is in English, on the Zipf scale: log10 of its occurrences per
   * billion words (`the` 7.5, `treaty` 3.7, a word seen once in the source 1.3), in steps of 0.1;
   * 0 for a word the frequency list never saw. Sums of Zipf values compare word splits.
   */
  frequency(word: string): number;
  /** Whether `word` is a real word with capitals inside, spelled exactly so (iPhone, McDonald's). */
  isMixedCase(word: string): boolean;
  readonly mixedCaseWords: ReadonlySet<string>;
  /** Whether `name` is a place world news names every day (a country or a large city; exact spelling). */
  isPlace(name: string): boolean;
  readonly places: readonly string[];
  /**
   * Whether `name` is a region, province, state or other subdivision of a country by its English
   * name (exact spelling): `Lombardy`, `Bahia`, `Zakarpattia` (CLDR, through cldr-subdivisions-full).
   */
  isRegion(name: string): boolean;
  readonly regions: readonly string[];
  /** The largest city of that name among those of 100,000 people or more (exact spelling): `Kherson`, `Reading`. */
  city(name: string): City | undefined;
  readonly cities: readonly City[];
  /** Country names that take no article in English (Russia, not "the Russia"). */
  readonly countriesWithoutArticle: readonly string[];
  /** The country of a common or official English name, or another name it goes by (exact spelling). */
  country(name: string): Country | undefined;
  /** The country of a demonym: `German` → Germany (exact spelling). */
  countryOfDemonym(demonym: string): Country | undefined;
  readonly countries: readonly Country[];
  /** An agency, party or organization written `word` (exact spelling): `NATO`, `AfD`, `TASS`. */
  acronym(word: string): Acronym | undefined;
  readonly acronyms: readonly Acronym[];
  /** The usual spelling of a country, demonym, place or acronym given in lower case: `russian` → `Russian`, `nato` → `NATO`. */
  properCase(lowerCase: string): string | undefined;
  /** The name table: known wrong forms of names and what they become. */
  readonly names: NameTable;
  readonly nameEntries: readonly NameEntry[];
  readonly people: People;
  /**
   * Heads of state and government and ministers, by their correct names: what later rules match
   * near misses against (`Mishustim` → `Mishustin`). Not used by the name table.
   */
  readonly officeholders: People;
  /**
   * The people of the name table and the officeholders as one list (the same person once), with
   * their first names and surnames indexed: what near misses of names are matched against.
   */
  readonly knownPeople: KnownPeople;
  /** Whether `phrase` is a title written before a person's name (exact spelling): `Foreign Minister`, `President`. */
  isTitle(phrase: string): boolean;
  readonly titles: readonly string[];
}

/** A lexicon as plain data: what `createLexicon` takes. Every part is optional. */
export interface LexiconData {
  /** English words, any case (looked up folded to lower case). */
  readonly words?: Iterable<string>;
  /** Zipf values by word, any case (see `Lexicon.frequency`). */
  readonly frequencies?: Iterable<readonly [string, number]>;
  readonly mixedCase?: readonly string[];
  readonly places?: readonly string[];
  readonly cities?: readonly City[];
  /** English names of the subdivisions of countries (regions, provinces, states). */
  readonly regions?: readonly string[];
  readonly countriesWithoutArticle?: readonly string[];
  readonly countries?: readonly Country[];
  readonly acronyms?: readonly Acronym[];
  readonly names?: readonly NameEntry[];
  readonly officeholders?: readonly Officeholder[];
  /** Words of the names of other real people (legislators, former officeholders): never a misspelling of a known name. */
  readonly otherNames?: readonly string[];
  readonly titles?: readonly string[];
}

/** The form the build writes: tables packed into strings (see table.ts), the rest as JSON. */
export interface CompactLexicon {
  readonly format: typeof COMPACT_FORMAT;
  readonly words: PackedTable;
  readonly frequencyWords: PackedTable;
  readonly frequencies: PackedTable;
  readonly mixedCase: readonly string[];
  readonly places: readonly string[];
  readonly cities: readonly City[];
  readonly regions?: readonly string[];
  readonly countriesWithoutArticle: readonly string[];
  readonly countries: readonly Country[];
  readonly acronyms: readonly Acronym[];
  readonly names: readonly NameEntry[];
  readonly officeholders: readonly Holder[];
  readonly otherNames: readonly string[];
  readonly titles: readonly string[];
}

/** What configuration may add to (or turn off in) a lexicon. */
export interface LexiconChanges {
  readonly addNames?: readonly NameEntry[];
  /** Name entries to turn off, by `name`. */
  readonly disableNames?: readonly string[];
  readonly addMixedCase?: readonly string[];
  readonly addPlaces?: readonly string[];
  readonly addAcronyms?: readonly Acronym[];
}

export const COMPACT_FORMAT = 4;

/** Zipf values are stored one ASCII character a word: code `ZIPF_BASE + round(zipf * ZIPF_STEPS)` (at most 0x7c for 7.6). */
const ZIPF_BASE = 0x30;
const ZIPF_STEPS = 10;

/** The parts a lexicon is made of; an extended lexicon shares its base's word tables. */
interface Parts {
  readonly words: WordTable;
  readonly frequencies: WordTable;
  readonly mixedCase: readonly string[];
  readonly places: readonly string[];
  readonly cities: readonly City[];
  readonly regions: readonly string[];
  readonly countriesWithoutArticle: readonly string[];
  readonly countries: readonly Country[];
  readonly acronyms: readonly Acronym[];
  readonly names: readonly NameEntry[];
  readonly officeholders: readonly Holder[];
  readonly otherNames: readonly string[];
  readonly titles: readonly string[];
  /** Set when the name table was built already (to report a clash when extending). */
  readonly nameTable?: NameTable;
  /** The known people as the build packed them (see packKnownPeople), for this name table and these officeholders. */
  readonly packedKnownPeople?: () => string | SplitKnownPeople;
}

const partsOf = new WeakMap<Lexicon, Parts>();
/** The loader behind each lazy lexicon. */
const loaderOf = new WeakMap<Lexicon, () => Lexicon>();

/** A lexicon over data in memory: reads no file. */
export function createLexicon(data: LexiconData = {}): Lexicon {
  return assemble({ ...packData(data), ...listsOf(data) });
}

/** Packs plain data into the compact form the build writes. */
export function compactLexicon(data: LexiconData): CompactLexicon {
  const { words, frequencyWords, frequencies } = packTables(data);
  return { format: COMPACT_FORMAT, words, frequencyWords, frequencies, ...listsOf(data) };
}

/**
 * The word tables of a compact lexicon, stored apart from the rest and read on first use: as
 * text, or as the ASCII bytes of the files the build writes (then nothing is decoded).
 */
export interface PackedTables {
  words(): PackedTable | Uint8Array;
  frequencyWords(): PackedTable | Uint8Array;
  frequencies(): PackedTable | Uint8Array;
}

/**
 * What the build stores apart from the lists: the word tables, the officeholders and the other
 * names (as `officeholderLines` writes them) and, optionally, the known people merged and packed
 * (packKnownPeople), so that the first question about a name does not merge thousands of people.
 */
export interface StoredParts extends PackedTables {
  /**
   * Whether the word tables are known to be ASCII bytes (the build checks it when it writes them):
   * then they are not checked again on every start, which read every byte of them.
   */
  readonly asciiTables?: boolean;
  officeholders(): string;
  knownPeople?(): string | SplitKnownPeople;
}

/** The names of the files the build writes the word tables to, beside the lexicon. */
export const TABLE_FILES: Readonly<Record<keyof PackedTables, string>> = {
  words: 'words.txt',
  frequencyWords: 'frequency-words.txt',
  frequencies: 'frequencies.txt',
};

/**
 * A compact lexicon split for storage: the lists as JSON, the three word tables as plain ASCII
 * text each (read fast, and only when a rule first asks about words), and the officeholders as
 * lines of text (thousands of them, read when a rule first asks about people).
 */
export function splitCompactLexicon(compact: CompactLexicon): { lists: string; tables: Record<keyof PackedTables, PackedTable>; officeholders: string } {
  const { words, frequencyWords, frequencies, officeholders, otherNames, ...lists } = compact;
  // The long list of cities few rules read stays JSON text inside the JSON: parsed when first asked.
  const deferred = { ...lists, cities: JSON.stringify(lists.cities) };
  return { lists: JSON.stringify(deferred), tables: { words, frequencyWords, frequencies }, officeholders: officeholderLines(officeholders, otherNames) };
}

/**
 * Officeholders one a line, the name and what they held apart by a tab (`Mikhail
 * Mishustin<TAB>Prime Minister of Russia (2020–)`), then an empty line and the other names, one a line.
 */
export function officeholderLines(holders: readonly Holder[], otherNames: readonly string[]): string {
  for (const { name, about } of holders) {
    if (/[\t\n]/.test(name + about) || name === '') throw new Error(`lexicon: the officeholder "${name}" has no name, or a tab or a line break in the name or positions. Fix the source data.`);
  }
  for (const name of otherNames) if (/[\s]/.test(name) || name === '') throw new Error(`lexicon: the other name "${name}" is not one word. Fix the source data.`);
  return [...holders.map(({ name, about }) => `${name}\t${about}`), '', ...otherNames].join('\n');
}

/** The officeholders and other names of `officeholderLines` text. */
function parseOfficeholderLines(text: string): { holders: Holder[]; otherNames: string[] } {
  const lines = text.split('\n');
  const blank = lines.indexOf('');
  const holders: Holder[] = [];
  for (const line of blank < 0 ? lines : lines.slice(0, blank)) {
    const tab = line.indexOf('\t');
    holders.push({ name: line.slice(0, tab), about: line.slice(tab + 1) });
  }
  return { holders, otherNames: blank < 0 ? [] : lines.slice(blank + 1) };
}

/** A list stored as JSON text (see splitCompactLexicon), parsed on first use; or the list itself. */
function deferredList<T>(stored: readonly T[] | string): () => readonly T[] {
  if (typeof stored !== 'string') return () => stored;
  let list: readonly T[] | undefined;
  return () => (list ??= JSON.parse(stored) as readonly T[]);
}

/**
 * A lexicon over the compact form (the text of the file the build writes). Its word tables and
 * officeholders are in the text, or, when the build stored them apart, read through `tables` on
 * first use.
 */
export function parseLexicon(text: string, tables?: Partial<StoredParts>): Lexicon {
  const compact = JSON.parse(text) as Partial<CompactLexicon> & Omit<CompactLexicon, keyof PackedTables | 'cities' | 'officeholders'> & { cities: readonly City[] | string };
  if (compact.format !== COMPACT_FORMAT) {
    throw new Error(`lexicon: format ${String(compact.format)} is not ${COMPACT_FORMAT}. Rebuild it with "npm run build".`);
  }
  const read = <K extends keyof PackedTables | 'officeholders'>(name: K): ReturnType<StoredParts[K]> => {
    const read = tables?.[name] as (() => ReturnType<StoredParts[K]>) | undefined;
    if (!read) throw new Error(`lexicon: the table "${name}" is neither in the lexicon nor given. Rebuild it with "npm run build".`);
    return read();
  };
  const table = (name: keyof PackedTables): PackedTable | Uint8Array => compact[name] ?? read(name);
  // Bytes are compared as they are when they are ASCII (as the build writes them), else decoded.
  const decoded = (table: PackedTable | Uint8Array): PackedTable => (typeof table === 'string' ? table : new TextDecoder().decode(table));
  const ascii = (bytes: Uint8Array): boolean => tables?.asciiTables === true || isAsciiBytes(bytes);
  const unpack = (words: PackedTable | Uint8Array, values?: PackedTable | Uint8Array): WordTable =>
    typeof words !== 'string' && ascii(words) && (values === undefined || (typeof values !== 'string' && ascii(values)))
      ? unpackTableBytes(words, values)
      : unpackTable(decoded(words), values === undefined ? undefined : decoded(values));
  const cities = deferredList(compact.cities);
  let stored: { holders: readonly Holder[]; otherNames: readonly string[] } | undefined =
    compact.officeholders ? { holders: compact.officeholders, otherNames: compact.otherNames ?? [] } : undefined;
  const holders = (): { holders: readonly Holder[]; otherNames: readonly string[] } => (stored ??= parseOfficeholderLines(read('officeholders')));
  return assemble({
    words: lazyTable(() => unpack(table('words'))),
    frequencies: lazyTable(() => unpack(table('frequencyWords'), table('frequencies'))),
    mixedCase: compact.mixedCase,
    places: compact.places,
    get cities() {
      return cities();
    },
    regions: compact.regions ?? [],
    countriesWithoutArticle: compact.countriesWithoutArticle,
    countries: compact.countries,
    acronyms: compact.acronyms,
    names: compact.names,
    get officeholders() {
      return holders().holders;
    },
    get otherNames() {
      return holders().otherNames;
    },
    titles: compact.titles,
    ...(tables?.knownPeople ? { packedKnownPeople: tables.knownPeople } : {}),
  });
}

/**
 * A lexicon with configuration's changes: more name entries, entries turned off, more mixed-case
 * words, places and acronyms. The word tables are shared with `base`. Throws when a name entry
 * clashes with another (`name table: "X" stands for both …`).
 */
export function extendLexicon(base: Lexicon, changes: LexiconChanges): Lexicon {
  const parts = partsOf.get(loaderOf.get(base)?.() ?? base);
  if (!parts) throw new Error('extendLexicon: the base lexicon was not made by createLexicon, parseLexicon or the default loader');
  const off = new Set(changes.disableNames ?? []);
  const added = changes.addNames ?? [];
  const sameNames = off.size === 0 && added.length === 0;
  const names = sameNames ? parts.names : [...parts.names.filter((entry) => !off.has(entry.name)), ...added];
  return assemble({
    ...parts,
    names,
    nameTable: sameNames ? base.names : buildNameTable(names),
    // Packed for the base's name table: another one merges its people anew.
    packedKnownPeople: sameNames ? parts.packedKnownPeople : undefined,
    mixedCase: [...parts.mixedCase, ...(changes.addMixedCase ?? [])],
    places: [...parts.places, ...(changes.addPlaces ?? [])],
    acronyms: [...parts.acronyms, ...(changes.addAcronyms ?? [])],
  });
}

/**
 * A lexicon that calls `load` on its first use and answers from what it returns: the built-in one
 * reads its file only when a rule asks something.
 */
export function lazyLexicon(load: () => Lexicon): Lexicon {
  let loaded: Lexicon | undefined;
  const real = (): Lexicon => (loaded ??= load());
  const lexicon: Lexicon = {
    isWord: (word) => real().isWord(word),
    frequency: (word) => real().frequency(word),
    isMixedCase: (word) => real().isMixedCase(word),
    get mixedCaseWords() {
      return real().mixedCaseWords;
    },
    isPlace: (name) => real().isPlace(name),
    get places() {
      return real().places;
    },
    city: (name) => real().city(name),
    get cities() {
      return real().cities;
    },
    isRegion: (name) => real().isRegion(name),
    get regions() {
      return real().regions;
    },
    get countriesWithoutArticle() {
      return real().countriesWithoutArticle;
    },
    country: (name) => real().country(name),
    countryOfDemonym: (demonym) => real().countryOfDemonym(demonym),
    get countries() {
      return real().countries;
    },
    acronym: (word) => real().acronym(word),
    get acronyms() {
      return real().acronyms;
    },
    properCase: (lowerCase) => real().properCase(lowerCase),
    get names() {
      return real().names;
    },
    get nameEntries() {
      return real().nameEntries;
    },
    get people() {
      return real().people;
    },
    get officeholders() {
      return real().officeholders;
    },
    get knownPeople() {
      return real().knownPeople;
    },
    isTitle: (phrase) => real().isTitle(phrase),
    get titles() {
      return real().titles;
    },
  };
  loaderOf.set(lexicon, real);
  return lexicon;
}

function packData(data: LexiconData): Pick<Parts, 'words' | 'frequencies'> {
  const { words, frequencyWords, frequencies } = packTables(data);
  return { words: unpackTable(words), frequencies: unpackTable(frequencyWords, frequencies) };
}

function packTables(data: LexiconData): { words: PackedTable; frequencyWords: PackedTable; frequencies: PackedTable } {
  const words = packTable([...(data.words ?? [])].map((word) => word.toLowerCase())).words;
  const zipf = new Map<string, number>();
  for (const [word, value] of data.frequencies ?? []) {
    const lower = word.toLowerCase();
    zipf.set(lower, Math.max(zipf.get(lower) ?? 0, value));
  }
  const values = new Map([...zipf].map(([word, value]) => [word, String.fromCharCode(ZIPF_BASE + Math.max(0, Math.round(value * ZIPF_STEPS)))]));
  const packed = packTable(zipf.keys(), values);
  return { words, frequencyWords: packed.words, frequencies: packed.values };
}

function listsOf(data: LexiconData): Omit<Parts, 'words' | 'frequencies'> {
  return {
    mixedCase: data.mixedCase ?? [],
    places: data.places ?? [],
    cities: data.cities ?? [],
    regions: data.regions ?? [],
    countriesWithoutArticle: data.countriesWithoutArticle ?? [],
    countries: data.countries ?? [],
    acronyms: data.acronyms ?? [],
    names: data.names ?? [],
    officeholders: (data.officeholders ?? []).map((holder) => ({ name: holder.name, about: holder.positions.join('; ') })),
    otherNames: data.otherNames ?? [],
    titles: data.titles ?? [],
  };
}

function assemble(parts: Parts): Lexicon {
  const { words, frequencies } = parts;
  const mixedCaseWords: ReadonlySet<string> = new Set(parts.mixedCase);
  const places = [...new Set(parts.places)];
  const placeSet: ReadonlySet<string> = new Set(places);
  const titleSet: ReadonlySet<string> = new Set(parts.titles);
  let countryIndex: CountryIndex | undefined;
  const countries = (): CountryIndex => (countryIndex ??= indexCountries(parts.countries));
  let cityIndex: ReadonlyMap<string, City> | undefined;
  let regionSet: ReadonlySet<string> | undefined;
  const cities = (): ReadonlyMap<string, City> => (cityIndex ??= indexCities(parts.cities));
  let acronymIndex: ReadonlyMap<string, Acronym> | undefined;
  const acronyms = (): ReadonlyMap<string, Acronym> => (acronymIndex ??= new Map(parts.acronyms.map((entry) => [entry.acronym, entry])));
  let properCases: ReadonlyMap<string, string> | undefined;
  let nameTable = parts.nameTable;
  let people: People | undefined;
  let officeholders: People | undefined;
  let knownPeople: KnownPeople | undefined;

  // News repeats its words: the answers of the two table lookups are remembered (a bounded map,
  // so memory stays flat over any corpus), and a binary search is paid once per word form.
  const wordAnswers = new AnswerCache<boolean>();
  const frequencyAnswers = new AnswerCache<number>();
  const lexicon: Lexicon = {
    isWord(word) {
      let answer = wordAnswers.get(word);
      if (answer === undefined) {
        // toLowerCase only where it could do more than fold A–Z (the word list is ASCII).
        answer = (isAscii(word) ? words.indexOf(word) : words.indexOf(word.toLowerCase())) >= 0;
        wordAnswers.set(word, answer);
      }
      return answer;
    },
    frequency(word) {
      let answer = frequencyAnswers.get(word);
      if (answer === undefined) {
        const index = isAscii(word) ? frequencies.indexOf(word) : frequencies.indexOf(word.toLowerCase());
        answer = index < 0 ? 0 : (frequencies.valueAt(word.length, index) - ZIPF_BASE) / ZIPF_STEPS;
        frequencyAnswers.set(word, answer);
      }
      return answer;
    },
    isMixedCase: (word) => mixedCaseWords.has(word),
    mixedCaseWords,
    isPlace: (name) => placeSet.has(name),
    places,
    city: (name) => cities().get(name),
    get cities() {
      return parts.cities;
    },
    isRegion: (name) => (regionSet ??= new Set(parts.regions)).has(name),
    regions: parts.regions,
    countriesWithoutArticle: parts.countriesWithoutArticle,
    country: (name) => countries().byName.get(name),
    countryOfDemonym: (demonym) => countries().byDemonym.get(demonym),
    countries: parts.countries,
    acronym: (word) => acronyms().get(word),
    acronyms: parts.acronyms,
    properCase(lowerCase) {
      properCases ??= indexProperCases(parts, places);
      return properCases.get(lowerCase);
    },
    get names() {
      nameTable ??= buildNameTable(parts.names);
      return nameTable;
    },
    nameEntries: parts.names,
    get people() {
      people ??= indexPeople(parts.names);
      return people;
    },
    get officeholders() {
      officeholders ??= indexPeople(parts.officeholders.map(asNameEntry));
      return officeholders;
    },
    get knownPeople() {
      knownPeople ??= parts.packedKnownPeople ? unpackKnownPeople(parts.packedKnownPeople()) : indexKnownPeople(lexicon.people, parts.officeholders, lexicon.names, parts.otherNames);
      return knownPeople;
    },
    isTitle: (phrase) => titleSet.has(phrase),
    titles: parts.titles,
  };
  partsOf.set(lexicon, parts);
  return lexicon;
}

interface CountryIndex {
  readonly byName: ReadonlyMap<string, Country>;
  readonly byDemonym: ReadonlyMap<string, Country>;
}

/** Common names win over official names, official names over aliases; independent countries first. */
function indexCountries(countries: readonly Country[]): CountryIndex {
  const ordered = [...countries.filter((c) => c.independent), ...countries.filter((c) => !c.independent)];
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  for (const pick of [(c: Country) => [c.name], (c: Country) => [c.official], (c: Country) => c.aliases]) {
    for (const country of ordered) for (const name of pick(country)) if (!byName.has(name)) byName.set(name, country);
  }
  for (const country of ordered) {
    for (const demonym of [country.demonym, country.demonymFemale]) {
      if (demonym && !byDemonym.has(demonym)) byDemonym.set(demonym, country);
    }
  }
  return { byName, byDemonym };
}

/** By name, the largest city of each name. */
function indexCities(cities: readonly City[]): ReadonlyMap<string, City> {
  const byName = new Map<string, City>();
  for (const city of cities) {
    const known = byName.get(city.name);
    if (!known || known.population < city.population) byName.set(city.name, city);
  }
  return byName;
}

function indexProperCases(parts: Parts, places: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  const add = (form: string | undefined): void => {
    if (form && !map.has(form.toLowerCase())) map.set(form.toLowerCase(), form);
  };
  for (const acronym of parts.acronyms) add(acronym.acronym);
  for (const country of parts.countries) {
    add(country.name);
    add(country.demonym);
    add(country.demonymFemale);
  }
  for (const place of places) add(place);
  for (const country of parts.countries) for (const capital of country.capitals) add(capital);
  return map;
}

/** An officeholder as a name entry without wrong forms, so that one index serves both. */
function asNameEntry(holder: Holder): NameEntry {
  return { name: holder.name, about: holder.about, kind: 'person', forms: { [holder.name]: [] } };
}

function indexPeople(entries: readonly NameEntry[]): People {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  const firstNames = new Set<string>();
  const knownWords = new Set<string>();
  const persons: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  for (const entry of entries) {
    for (const form of Object.keys(entry.forms)) for (const word of form.split(/[\s-]+/)) knownWords.add(word);
    if (entry.kind !== 'person') continue;
    const nameWords = entry.name.split(' ');
    const person: Person = { name: entry.name, about: entry.about, firstName: nameWords[0]!, surname: nameWords[nameWords.length - 1]!, entry };
    persons.push(person);
    for (const form of [entry.name, ...Object.keys(entry.forms)]) {
      const words = form.split(' ');
      if (words.length < 2) continue;
      fullNames.add(form);
      firstNames.add(words[0]!);
      const surname = words[words.length - 1]!;
      surnames.add(surname);
      const list = bySurname.get(surname) ?? [];
      if (!list.includes(person)) list.push(person);
      bySurname.set(surname, list);
    }
  }
  const byShape = new Map<number, Map<number, string[]>>();
  for (const surname of surnames) {
    const byFirst = byShape.get(surname.length) ?? new Map<number, string[]>();
    byShape.set(surname.length, byFirst);
    const list = byFirst.get(surname.charCodeAt(0)) ?? [];
    list.push(surname);
    byFirst.set(surname.charCodeAt(0), list);
  }
  const byLength = new Map<number, string[]>();
  for (const [length, byFirst] of byShape) byLength.set(length, [...byFirst.values()].flat());
  const none: readonly never[] = [];
  return {
    fullNames,
    surnames,
    firstNames,
    knownWords,
    persons,
    withSurname: (surname) => bySurname.get(surname) ?? none,
    surnamesByShape: (length, firstChar) => byShape.get(length)?.get(firstChar) ?? none,
    surnamesNear(word, maxEdits = 1) {
      const found: { surname: string; distance: number }[] = [];
      for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
        for (const surname of byLength.get(length) ?? none) {
          const distance = boundedDistance(word, surname, maxEdits);
          if (distance > 0 && distance <= maxEdits) found.push({ surname, distance });
        }
      }
      return found.sort((a, b) => a.distance - b.distance || (a.surname < b.surname ? -1 : 1)).map((f) => f.surname);
    },
  };
}

/** How many answers an AnswerCache keeps before it starts again: far more than a day's news has word forms in use. */
const ANSWER_CACHE_SIZE = 1 << 16;

/**
 * Remembered answers, at most ANSWER_CACHE_SIZE of them: when full it is emptied and refilled
 * by the words in use, which costs one lookup per word form again and bounds memory.
 */
class AnswerCache<T> {
  private readonly answers = new Map<string, T>();

  get(key: string): T | undefined {
    return this.answers.get(key);
  }

  set(key: string, value: T): void {
    if (this.answers.size >= ANSWER_CACHE_SIZE) this.answers.clear();
    this.answers.set(key, value);
  }
}
