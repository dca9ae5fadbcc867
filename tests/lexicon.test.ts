// The lexicon: lookups on data in memory, the compact form the build writes, the built-in data
// (a few known words, frequencies, countries, demonyms, acronyms, people), configuration's
// changes, and the library cleaning with a lexicon it was given without reading a file.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, createLexicon, createSettings, extendLexicon, parseLexicon, type Country, type NameEntry } from '../src/index.js';
import { compactLexicon, COMPACT_FORMAT, lazyLexicon, splitCompactLexicon } from '../src/lexicon/lexicon.js';
import { defaultLexicon } from '../src/lexicon/default.js';
import { knownPeopleInMemory, packKnownPeople, splitKnownPeople, unpackKnownPeople } from '../src/lexicon/known-people.js';
import { readSources } from '../src/lexicon/sources.js';
import { configure, validateConfig } from '../src/config/config.js';

const BLINKEN: NameEntry = {
  name: 'Antony Blinken',
  about: 'US Secretary of State 2021–2025',
  kind: 'person',
  forms: { 'Antony Blinken': ['Anthony Blinken'], Blinken: ['Blingen'] },
};
const LAVROV: NameEntry = { name: 'Sergei Lavrov', about: 'Russian Foreign Minister', kind: 'person', forms: { 'Sergei Lavrov': ['Sergej Lavrov'], Lavrov: ['Lawrow'] } };
const GERMANY: Country = {
  name: 'Germany', official: 'Federal Republic of Germany', alpha2: 'DE', alpha3: 'DEU', demonym: 'German',
  capitals: ['Berlin'], aliases: ['Bundesrepublik Deutschland'], independent: true,
};

const small = {
  words: ['the', 'supplies', 'military', 'statement', 'that', 'Treaty'],
  frequencies: [['the', 7.48], ['supplies', 4.1], ['military', 4.6], ['THAT', 7.1], ['Café', 2.04]] as [string, number][],
  mixedCase: ['iPhone', 'YouTube'],
  places: ['Russia', 'Geneva', 'Russia'],
  cities: [{ name: 'Hamilton', country: 'CA', population: 569353 }, { name: 'Hamilton', country: 'NZ', population: 152641 }],
  countriesWithoutArticle: ['Russia'],
  countries: [GERMANY],
  acronyms: [{ acronym: 'NATO', name: 'North Atlantic Treaty Organization', kind: 'organization' as const }],
  names: [BLINKEN, LAVROV],
  officeholders: [{ name: 'Mikhail Mishustin', wikidata: 'Q4298520', positions: ['Prime Minister of Russia (2020–)'] }],
  otherNames: ['Mishutin'],
  titles: ['Prime Minister', 'President'],
};

describe('a lexicon from data in memory', () => {
  const lexicon = createLexicon(small);

  it('knows words in any case, and only those', () => {
    expect(['the', 'The', 'THE', 'treaty', 'Statement'].map((w) => lexicon.isWord(w))).toEqual([true, true, true, true, true]);
    expect(['th', 'thee', 'statementthat', '', 'Blinken'].map((w) => lexicon.isWord(w))).toEqual([false, false, false, false, false]);
  });

  it('gives Zipf frequencies in steps of 0.1, case folded, 0 for unseen words', () => {
    expect(lexicon.frequency('the')).toBe(7.5);
    expect(lexicon.frequency('The')).toBe(7.5);
    expect(lexicon.frequency('that')).toBe(7.1);
    expect(lexicon.frequency('café')).toBe(2);
    expect(lexicon.frequency('CAFÉ')).toBe(2);
    expect(lexicon.frequency('statement')).toBe(0);
    expect(lexicon.frequency('')).toBe(0);
  });

  it('knows mixed-case words, places, countries, demonyms and acronyms by their exact spelling', () => {
    expect([lexicon.isMixedCase('iPhone'), lexicon.isMixedCase('Iphone')]).toEqual([true, false]);
    expect([lexicon.isPlace('Geneva'), lexicon.isPlace('geneva')]).toEqual([true, false]);
    expect(lexicon.places).toEqual(['Russia', 'Geneva']);
    expect(lexicon.city('Hamilton')?.country).toBe('CA'); // the largest of the name
    expect(lexicon.city('hamilton')).toBeUndefined();
    expect(lexicon.country('Germany')?.demonym).toBe('German');
    expect(lexicon.country('Federal Republic of Germany')).toBe(GERMANY);
    expect(lexicon.country('Bundesrepublik Deutschland')).toBe(GERMANY);
    expect(lexicon.countryOfDemonym('German')).toBe(GERMANY);
    expect(lexicon.country('German')).toBeUndefined();
    expect(lexicon.acronym('NATO')?.name).toBe('North Atlantic Treaty Organization');
    expect(lexicon.acronym('Nato')).toBeUndefined();
  });

  it('gives the usual spelling of a name written in lower case', () => {
    expect(['german', 'germany', 'nato', 'geneva', 'berlin', 'treaty'].map((w) => lexicon.properCase(w))).toEqual(['German', 'Germany', 'NATO', 'Geneva', 'Berlin', undefined]);
  });

  it('indexes the people of the name table', () => {
    const { people } = lexicon;
    expect([...people.fullNames].sort()).toEqual(['Antony Blinken', 'Sergei Lavrov']);
    expect([...people.surnames].sort()).toEqual(['Blinken', 'Lavrov']);
    expect([...people.firstNames].sort()).toEqual(['Antony', 'Sergei']);
    expect(people.knownWords.has('Blinken') && people.knownWords.has('Antony')).toBe(true);
    expect(people.withSurname('Blinken').map((p) => p.about)).toEqual(['US Secretary of State 2021–2025']);
    expect(people.surnamesByShape(7, 'B'.charCodeAt(0))).toEqual(['Blinken']);
    expect(people.surnamesByShape(7, 'C'.charCodeAt(0))).toEqual([]);
  });

  it('finds known surnames one or two letters off', () => {
    const { people } = lexicon;
    expect(people.surnamesNear('Blingen')).toEqual(['Blinken']);
    expect(people.surnamesNear('Blinken')).toEqual([]);
    expect(people.surnamesNear('Lawrow')).toEqual([]);
    expect(people.surnamesNear('Lawrow', 2)).toEqual(['Lavrov']);
    expect(people.surnamesNear('Blinkenov', 1)).toEqual([]);
  });

  it('knows titles written before a name', () => {
    expect([lexicon.isTitle('Prime Minister'), lexicon.isTitle('President'), lexicon.isTitle('prime minister'), lexicon.isTitle('Minister')]).toEqual([true, true, false, false]);
  });

  it('indexes officeholders apart from the name table', () => {
    const { officeholders } = lexicon;
    expect(officeholders.surnamesNear('Mishustim')).toEqual(['Mishustin']);
    expect(officeholders.withSurname('Mishustin')[0]?.about).toBe('Prime Minister of Russia (2020–)');
    expect(lexicon.people.surnames.has('Mishustin')).toBe(false);
    expect(lexicon.names.lookup('Mishustin')).toBeUndefined();
  });

  it('merges the name table and the officeholders into one list of known people', () => {
    const { knownPeople } = lexicon;
    expect(knownPeople.persons.map((person) => person.name)).toEqual(['Antony Blinken', 'Sergei Lavrov', 'Mikhail Mishustin']);
    expect(knownPeople.withFirstName('Mikhail').map((person) => person.name)).toEqual(['Mikhail Mishustin']);
    expect(knownPeople.withSurname('Lavrov').map((person) => person.name)).toEqual(['Sergei Lavrov']);
    expect(knownPeople.surnamesNear('Mishustim', 1)).toEqual(['Mishustin']);
    expect(knownPeople.surnamesNear('Nishustin', 1)).toEqual([]);
    expect([knownPeople.isKnownName('Lavrov'), knownPeople.isKnownName('Mikhail'), knownPeople.isKnownName('Lawrow')]).toEqual([true, true, false]);
    expect([knownPeople.isOtherName('Mishutin'), knownPeople.isOtherName('Mishustin'), knownPeople.isKnownName('Mishutin')]).toEqual([true, false, false]);
    const [mishustin] = knownPeople.withSurname('Mishustin');
    expect([knownPeople.fitsTitle(mishustin!, 'Prime Minister'), knownPeople.fitsTitle(mishustin!, 'President')]).toEqual([true, false]);
  });

  it('counts an officeholder who is in the name table under another spelling once', () => {
    const merged = createLexicon({ ...small, officeholders: [{ name: 'Sergey Lavrov', positions: ['Minister of Foreign Affairs of Russia (2004–)'] }] }).knownPeople;
    expect(merged.withSurname('Lavrov').map((person) => [person.name, person.firstNames])).toEqual([['Sergei Lavrov', ['Sergei', 'Sergey']]]);
  });

  it('corrects names from its own name table', () => {
    expect(lexicon.names.lookup('Blingen')?.to).toBe('Blinken');
    expect(lexicon.nameEntries).toEqual([BLINKEN, LAVROV]);
  });

  it('is empty when made from nothing', () => {
    const empty = createLexicon();
    expect([empty.isWord('the'), empty.frequency('the'), empty.people.persons.length, empty.names.corrections.length]).toEqual([false, 0, 0, 0]);
  });
});

describe('the compact form', () => {
  it('answers as the data it was packed from', () => {
    const compact = compactLexicon(small);
    const lexicon = parseLexicon(JSON.stringify(compact));
    const direct = createLexicon(small);
    for (const word of ['the', 'The', 'treaty', 'café', 'supplies', 'none']) {
      expect([lexicon.isWord(word), lexicon.frequency(word)]).toEqual([direct.isWord(word), direct.frequency(word)]);
    }
    expect(lexicon.countryOfDemonym('German')?.name).toBe('Germany');
    expect(lexicon.names.lookup('Lawrow')?.to).toBe('Lavrov');
  });

  it('answers the same when stored as the build stores it: lists apart, word tables as ASCII bytes and officeholders as lines, read on first use', () => {
    const { lists, tables, officeholders } = splitCompactLexicon(compactLexicon(small));
    const read: string[] = [];
    const bytes = (name: keyof typeof tables) => () => (read.push(name), new TextEncoder().encode(tables[name]));
    const lines = () => (read.push('officeholders'), officeholders);
    const lexicon = parseLexicon(lists, { words: bytes('words'), frequencyWords: bytes('frequencyWords'), frequencies: bytes('frequencies'), officeholders: lines });
    const direct = createLexicon(small);
    expect(lexicon.countryOfDemonym('German')?.name).toBe('Germany');
    expect(read).toEqual([]); // no word table read for a question about countries
    for (const word of ['the', 'The', 'treaty', 'café', 'supplies', 'none', '', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']) {
      expect([lexicon.isWord(word), lexicon.frequency(word)], word).toEqual([direct.isWord(word), direct.frequency(word)]);
    }
    expect(read.sort()).toEqual(['frequencies', 'frequencyWords', 'words']);
    expect(lexicon.cities).toEqual(direct.cities);
    expect(lexicon.officeholders.fullNames).toEqual(direct.officeholders.fullNames);
    expect(lexicon.knownPeople.persons).toEqual(direct.knownPeople.persons);
    expect(lexicon.knownPeople.isOtherName('Mishutin')).toBe(true);
    expect(officeholders).toBe('Mikhail Mishustin\tPrime Minister of Russia (2020–)\n\nMishutin');
  });

  it('answers the same from known people the build merged and packed', () => {
    const { lists, tables, officeholders } = splitCompactLexicon(compactLexicon(small));
    const direct = createLexicon(small);
    const packed = packKnownPeople(direct.people, compactLexicon(small).officeholders, direct.names, small.otherNames);
    const read: string[] = [];
    const lexicon = parseLexicon(lists, { ...Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, () => table])), officeholders: () => (read.push('officeholders'), officeholders), knownPeople: () => (read.push('knownPeople'), packed) } as never);
    expect(lexicon.knownPeople.withSurname('Mishustin').map((person) => person.name)).toEqual(['Mikhail Mishustin']);
    expect(read).toEqual(['knownPeople']); // the officeholders are not merged again
    expect(lexicon.knownPeople.persons).toEqual(direct.knownPeople.persons);
    // A configuration that changes the name table merges its people anew.
    const extended = extendLexicon(lexicon, { disableNames: ['Sergei Lavrov'] });
    expect(extended.knownPeople.withSurname('Lavrov')).toEqual([]);
    expect(extendLexicon(lexicon, {}).knownPeople.withSurname('Lavrov').map((person) => person.name)).toEqual(['Sergei Lavrov']);
  });

  it('answers the same from known people stored in parts (a header, the index blocks and the persons as UTF-8 bytes)', () => {
    const direct = createLexicon(readSources(new URL('../src/data/', import.meta.url)));
    const packed = packKnownPeople(direct.people, compactLexicon(small).officeholders, direct.names, small.otherNames);
    const files = splitKnownPeople(packed);
    expect(JSON.parse(files.header)).not.toHaveProperty('persons');
    const whole = unpackKnownPeople(packed);
    const split = unpackKnownPeople(knownPeopleInMemory(files));
    const words = ['Blinken', 'Antony', 'Anthony', 'Lavrov', 'Sergei', 'Sergey', 'Mishustin', 'Mikhail', 'Mishutin', 'Zelensky', 'Volodymyr', 'Erdoğan', 'Erdogan', 'Ann', 'Anna', 'A', '', 'Zzzz', 'Ümit', 'Le', 'Drian', 'Jean-Yves'];
    for (const word of words) {
      const names = (people: readonly { name: string }[]): string[] => people.map((person) => person.name);
      expect([names(split.withFirstName(word)), names(split.withSurname(word)), split.isKnownName(word), split.isOtherName(word), split.surnamesNear(word, 2)], word).toEqual([
        names(whole.withFirstName(word)),
        names(whole.withSurname(word)),
        whole.isKnownName(word),
        whole.isOtherName(word),
        whole.surnamesNear(word, 2),
      ]);
    }
    expect(split.withSurname('Blinken').map((person) => person.name)).toEqual(['Antony Blinken']);
    expect(split.isKnownName('Blingen')).toBe(false);
    expect(split.isKnownName('Lavrov')).toBe(true);
    expect(split.withFirstName('Sergei').map((person) => person.name)).toContain('Sergei Lavrov');
    expect(split.isOtherName('Mishutin')).toBe(true);
    expect(split.isOtherName('Mishustin')).toBe(false);
    expect(split.surnamesNear('Blingen', 2)).toContain('Blinken');
    expect(split.persons).toEqual(whole.persons);
  });

  it('is refused in another format, with what to do', () => {
    expect(() => parseLexicon(JSON.stringify({ ...compactLexicon(small), format: 99 }))).toThrow(`format 99 is not ${COMPACT_FORMAT}. Rebuild it with "npm run build"`);
  });

  describe('built from the sources', () => {
    const compact = compactLexicon(readSources(new URL('../src/data/', import.meta.url)));

    it('holds packed word tables and the lists', () => {
      expect(compact.format).toBe(COMPACT_FORMAT);
      expect(Object.keys(compact).sort()).toEqual(['acronyms', 'cities', 'countries', 'countriesWithoutArticle', 'format', 'frequencies', 'frequencyWords', 'mixedCase', 'names', 'officeholders', 'otherNames', 'places', 'regions', 'titles', 'words']);
      // One line per word length: `length<TAB>words of that length, sorted, concatenated`.
      for (const line of compact.words.split('\n')) {
        const [length, words] = line.split('\t') as [string, string];
        expect(words.length % Number(length)).toBe(0);
      }
      expect(compact.words.split('\n')[0]).toMatch(/^2\t/); // word-list has no one-letter words
      // Frequencies: one ASCII character per word, aligned with the frequency words.
      expect(compact.frequencies.split('\n').map((line) => line.length)).toEqual(
        compact.frequencyWords.split('\n').map((line) => line.split('\t')[0]!.length + 1 + line.split('\t')[1]!.length / Number(line.split('\t')[0])),
      );
      expect(/^[\t\n0-9\x30-\x7e]*$/.test(compact.frequencies)).toBe(true);
      expect(compact.names.some((entry) => entry.examples)).toBe(false);
    });

    it('has about the sizes of its sources', () => {
      expect(compact.words.length).toBeGreaterThan(2_000_000); // word-list: 274,000 words
      expect(compact.countries.length).toBe(250);
      expect(compact.names.length).toBeGreaterThan(700);
      expect(compact.acronyms.length).toBeGreaterThan(40);
    });
  });
});

describe('the built-in data', () => {
  const lexicon = defaultLexicon();

  it('knows English words and how common they are', () => {
    expect(['the', 'treaty', 'supplies', 'military', 'statement', 'aardvark'].every((w) => lexicon.isWord(w))).toBe(true);
    expect(lexicon.isWord('statementthat')).toBe(false);
    expect(lexicon.frequency('the')).toBeGreaterThan(7);
    expect(lexicon.frequency('statement')).toBeGreaterThan(4);
    expect(lexicon.frequency('statement')).toBeLessThan(5);
    expect(lexicon.frequency('aardvark')).toBeLessThan(3);
    // A word splitter's comparison: the two words are far more likely than the glued form.
    expect(lexicon.frequency('statement') + lexicon.frequency('that')).toBeGreaterThan(lexicon.frequency('statementthat'));
    expect(lexicon.frequency('supplies')).toBeGreaterThan(lexicon.frequency('suppl'));
  });

  it('knows countries, their demonyms and other names', () => {
    expect(lexicon.countries.length).toBe(250);
    expect(lexicon.country('Germany')?.demonym).toBe('German');
    expect(lexicon.country('Ukraine')?.capitals).toEqual(['Kyiv']);
    expect(lexicon.countryOfDemonym('French')?.name).toBe('France');
    expect(lexicon.countryOfDemonym('American')?.name).toBe('United States');
    expect(lexicon.countryOfDemonym('Dutch')?.name).toBe('Netherlands');
    expect(lexicon.country('United States of America')?.alpha2).toBe('US');
    expect(lexicon.properCase('russian')).toBe('Russian');
  });

  it('knows the cities of 100,000 people or more', () => {
    expect(lexicon.cities.length).toBeGreaterThan(4000);
    expect(lexicon.city('Kherson')?.country).toBe('UA');
    expect(lexicon.city('Reading')?.country).toBe('GB');
    expect(lexicon.city('Moscow')?.population).toBeGreaterThan(10_000_000);
    expect(lexicon.city('Davos')).toBeUndefined(); // too small: in the hand-written places instead
    expect(lexicon.isPlace('Davos')).toBe(true);
  });

  it('knows agencies and parties by their letters, each hand-written one with its example', () => {
    expect(lexicon.acronym('NATO')?.kind).toBe('organization');
    expect(lexicon.acronym('AfD')?.kind).toBe('party');
    expect(lexicon.acronym('TASS')?.kind).toBe('agency'); // from the name table
    const file = JSON.parse(readFileSync(new URL('../src/data/acronyms.json', import.meta.url), 'utf8')) as { acronyms: { acronym: string; example: string }[] };
    for (const { acronym, example } of file.acronyms) expect(example).toMatch(new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u'));
  });

  it('knows titles, each hand-written one with its example', () => {
    expect(lexicon.isTitle('Foreign Minister') && lexicon.isTitle('Secretary of State')).toBe(true);
    const file = JSON.parse(readFileSync(new URL('../src/data/titles.json', import.meta.url), 'utf8')) as { titles: { title: string; example: string }[] };
    // Each example opens with its title and a capitalized name after it.
    for (const { title, example } of file.titles) expect(example.startsWith(`${title} `) && /^\p{Lu}/u.test(example.slice(title.length + 1))).toBe(true);
  });

  it('knows the people of the name table, with their roles', () => {
    expect(lexicon.people.withSurname('Blinken')[0]?.about).toMatch(/Secretary of State/);
    expect(lexicon.people.surnamesNear('Blingen')).toContain('Blinken');
    expect(lexicon.isPlace('Geneva') && lexicon.isPlace('Russia')).toBe(true);
    expect(lexicon.isMixedCase('YouTube')).toBe(true);
  });
});

describe('the officeholders', () => {
  const file = JSON.parse(readFileSync(new URL('../src/data/officeholders.json', import.meta.url), 'utf8')) as {
    sources: { repository: string; commit: string; path: string; date: string }[];
    people: { name: string; wikidata: string; positions: string[] }[];
    otherNames: string[];
  };

  it('name their sources by repository, commit, file and date', () => {
    const repositories = new Set(file.sources.map((source) => source.repository));
    expect(repositories.size).toBeGreaterThan(150); // heads of state and government, and a cabinet for each country that has one
    for (const source of file.sources) {
      expect(source.repository).toMatch(/^every-politician-scrapers\//);
      expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(source.path).toMatch(/^(?:data|html)\/[a-z0-9]+\.csv$/);
      expect(source.date).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
    expect(file.sources.filter((source) => /legislators|holders21/.test(source.path)).length).toBeGreaterThan(300); // the other names' tables
  });

  it('are plain names in Latin script with a Wikidata id and at least one position', () => {
    expect(file.people.length).toBeGreaterThan(5000);
    for (const person of file.people) {
      expect(person.name).not.toMatch(/^Q\d+$|,| of |\(|\bJr\.?$|^Dr\b|\p{Cf}/u);
      expect(person.name).not.toMatch(/(?![\p{Script=Latin}])\p{L}/u);
      expect(person.wikidata).toMatch(/^Q\d+$/);
      expect(person.positions.length).toBeGreaterThan(0);
    }
    expect(new Set(file.people.map((person) => person.wikidata)).size).toBe(file.people.length);
  });

  it('list the other names as single words that no officeholder has', () => {
    const words = new Set(file.people.flatMap((person) => person.name.split(/[\s-]+/)));
    expect(file.otherNames.length).toBeGreaterThan(10_000);
    for (const name of file.otherNames) expect(name).toMatch(/^\p{Lu}\p{Ll}{2,}$/u);
    expect(file.otherNames.filter((name) => words.has(name))).toEqual([]);
    expect(file.otherNames).toEqual(expect.arrayContaining(['Schulz', 'Chiron', 'Mandava']));
  });

  it('reach the built-in lexicon, for near misses of current leaders and ministers', () => {
    const { officeholders, knownPeople } = defaultLexicon();
    expect(officeholders.withSurname('Mishustin')[0]?.about).toMatch(/Prime Minister of Russia/);
    expect(officeholders.fullNames.has('Keir Starmer')).toBe(true);
    expect(officeholders.surnamesNear('Shmyhel')).toContain('Shmyhal');
    // Ministers of cabinets beyond the first eleven countries.
    expect(knownPeople.withSurname('Mouynes').map((person) => person.about)).toEqual(['Minister of Foreign Affairs, Panama (2020–)']);
    expect(knownPeople.withFirstName('Pekka').map((person) => person.name)).toContain('Pekka Haavisto');
    expect(knownPeople.withSurname('Rutte').map((person) => person.name)).toEqual(['Mark Rutte']);
    expect([knownPeople.isOtherName('Schulz'), knownPeople.isOtherName('Scholz'), knownPeople.isKnownName('Scholz')]).toEqual([true, false, true]);
  });
});

describe('configuration extends the lexicon', () => {
  const KALLAS: NameEntry = { name: 'Kaja Kallas', about: 'EU foreign policy chief', kind: 'person', forms: { 'Kaja Kallas': ['Kaya Kallas'] } };

  it('adds and turns off name entries, sharing the word tables', () => {
    const base = createLexicon(small);
    const extended = extendLexicon(base, { addNames: [KALLAS], disableNames: ['Antony Blinken'], addMixedCase: ['eBay'], addAcronyms: [{ acronym: 'OSCE', name: 'OSCE', kind: 'organization' }] });
    expect(extended.names.lookup('Kaya Kallas')?.to).toBe('Kaja Kallas');
    expect(extended.names.lookup('Blingen')).toBeUndefined();
    expect(base.names.lookup('Blingen')?.to).toBe('Blinken');
    expect(extended.people.surnames.has('Kallas')).toBe(true);
    expect([extended.isWord('supplies'), extended.isMixedCase('eBay'), extended.acronym('OSCE')?.kind]).toEqual([true, true, 'organization']);
  });

  it('reports a wrong form that would stand for two names', () => {
    const clash: NameEntry = { name: 'Someone Else', about: 'x', kind: 'person', forms: { Blinkov: ['Blingen'] } };
    expect(() => extendLexicon(createLexicon(small), { addNames: [clash] })).toThrow(/name table: "Blingen" stands for both "Blinken" and "Blinkov"/);
    expect(() => validateConfig({ names: { add: [clash] } }, 'newsclean.config.json')).toThrow(/newsclean.config.json: name table: "Blingen" stands for both/);
  });

  it('reaches clean() through settings, on the built-in lexicon or one passed in', () => {
    const settings = createSettings({ addNames: [KALLAS], disableNames: ['Sergei Lavrov'] });
    expect(clean('Kaya Kallas met Lawrow and Blingen.', { settings }).text).toBe('Kaja Kallas met Lawrow and Blinken.');
    expect(clean('Kaya Kallas met Lawrow and Blingen.', { settings, lexicon: createLexicon(small), only: ['names'] }).text).toBe('Kaja Kallas met Lawrow and Blinken.');
    const options = configure({ names: { add: [KALLAS] } });
    expect(clean('Kaya Kallas spoke.', options).text).toBe('Kaja Kallas spoke.');
  });
});

describe('the way data reaches rules', () => {
  it('is ctx.lexicon: no rule and no engine module imports a data module or the lexicon loader', () => {
    const offending: string[] = [];
    for (const dir of ['rules', 'engine']) {
      const folder = new URL(`../src/${dir}/`, import.meta.url);
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
        const source = readFileSync(new URL(name, folder), 'utf8');
        for (const [line] of source.matchAll(/^import (?!type ).*from '\.\.\/(?:data|lexicon)\/.*$/gm)) offending.push(`src/${dir}/${name}: ${line}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('the library on data passed in', () => {
  it('cleans with a lexicon made in memory and reads no file', () => {
    const lexicon = createLexicon(small);
    const reads: string[] = [];
    const saved = { readFileSync: fs.readFileSync, existsSync: fs.existsSync, openSync: fs.openSync, statSync: fs.statSync };
    const refuse = (name: string) => (path: unknown) => {
      reads.push(`${name} ${String(path)}`);
      throw new Error(`no file may be read: ${String(path)}`);
    };
    Object.assign(fs, { readFileSync: refuse('readFileSync'), existsSync: refuse('existsSync'), openSync: refuse('openSync'), statSync: refuse('statSync') });
    syncBuiltinESMExports();
    try {
      const result = clean('Anthony Blinken  said the Russia wants peace.Blingen agreed.', { lexicon });
      expect(result.text).toBe('Antony Blinken said Russia wants peace. Blinken agreed.');
    } finally {
      Object.assign(fs, saved);
      syncBuiltinESMExports();
    }
    expect(reads).toEqual([]);
  });

  it('leaves words alone that its lexicon does not know (the rules read only the lexicon given)', () => {
    const bare = createLexicon({});
    // "statementthat" is split only where "statement" is a known English word.
    expect(clean('It issued a statementthat was clear.', { lexicon: bare, only: ['glued-words'] }).text).toBe('It issued a statementthat was clear.');
    expect(clean('It issued a statementthat was clear.', { only: ['glued-words'] }).text).toBe('It issued a statement that was clear.');
  });
});

describe('a lazy lexicon', () => {
  it('loads on the first question, once', () => {
    let loads = 0;
    const lexicon = lazyLexicon(() => {
      loads++;
      return createLexicon(small);
    });
    expect(loads).toBe(0);
    expect([lexicon.isWord('the'), lexicon.frequency('the'), lexicon.people.surnames.has('Lavrov')]).toEqual([true, 7.5, true]);
    expect(extendLexicon(lexicon, { addNames: [] }).isWord('supplies')).toBe(true);
    expect(loads).toBe(1);
  });
});
