// A person the article names correctly in full (Antony Blinken, from the name table or the
// officeholders) but misspells elsewhere in ways no table can list (`Secretary Blinkan`, `Anthony
// Blinkken`, `Moines recalled`), and a name the article writes better elsewhere than here: as part
// of a full name, or far more often (`Probowo` twice beside `Prabowo` seven times). A near form (at
// most two letters off, one for short names) changes; longer or shorter forms (Lavrova, a
// different person), other spellings (Sanchez), English words and names the lexicon knows never do,
// nor a near form with a first name of its own (Tom Jansen beside Anna Janssen).
import type { Edit, Fact, FactDocument, Rule, RuleContext } from '../engine/types.js';
import type { NameEntry, NameTable } from '../data/names.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { KnownPeople } from '../lexicon/known-people.js';
import { isWithinDistance } from '../text/distance.js';
import { nearMissDistance, transliterated } from '../text/name-distance.js';
import { WordFlag, type Words } from '../text/document.js';
import { isWordCharAt } from '../text/scan.js';
import { answersFor, FormAnswers, wordFormsOf } from '../text/word-forms.js';

/**
 * Titles of office that put a surname in the same context as a first name: in an article about
 * Olaf Scholz, "Chancellor Scholtz" is him. "Mr", "Dr" and the like fit anybody ("Mr Schulz" may
 * be Martin Schulz) and are not here.
 */
const TITLES = new Set([
  'President', 'Secretary', 'Minister', 'Chancellor', 'Premier', 'Senator', 'Governor', 'Mayor',
  'Ambassador', 'Commissioner', 'Speaker', 'Prince', 'King', 'Queen', 'Pope', 'Cardinal', 'Sheikh',
]);

interface Person {
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
      const person = { full, first: words[0]!, last: words[words.length - 1]! };
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
  if (!people) namedBy.set(document, (people = findNamedPeople(text, document.words(), indexOf(document.lexicon), document.lexicon)));
  return people;
}

/** Words between a first name and the surname of one full name (`Luiz Inácio Lula da Silva`: Inácio, Lula, da). */
const MIDDLE_WORDS = 3;

/**
 * The people named in full in the text: each capitalized Latin word
 * looked up as a first name, then the rest compared in place: a full form of the name table, or
 * a first name and surname of one known person (the officeholders too) with at most three words
 * between them.
 */
function findNamedPeople(text: string, words: Words, found: Found, lexicon: Lexicon): Person[] {
  const named = new Map<string, Person>();
  const known = lexicon.knownPeople;
  const forms = wordFormsOf(text, words);
  const firstNames = answersFor(FIRST_WORDS, lexicon);
  // Whether a spelling starts a full form of the name table or is a known person's first name.
  const isFirstWord = (form: string): boolean => found.byFirstWord.has(form) || surnamesAfter(known, form).size > 0;
  for (let w = 0; w < words.count; w++) {
    if ((words.flags[w]! & (WordFlag.Capitalized | WordFlag.Apostrophe)) !== WordFlag.Capitalized) continue;
    const at = words.starts[w]!;
    const end = words.ends[w]!;
    if (end - at < 2 || !firstNames.is(forms, forms.ids[w]!, isFirstWord) || !isLatinCapitalized(text, at, end)) continue;
    const first = text.slice(at, end);
    for (const person of found.byFirstWord.get(first) ?? []) {
      if (!named.has(person.full) && text.startsWith(person.full, at) && !isWordCharAt(text, at + person.full.length)) named.set(person.full, person);
    }
    const surnames = surnamesAfter(known, first);
    if (surnames.size === 0) continue;
    // The words of the name: joined by one space each, as far as MIDDLE_WORDS words between.
    for (let v = w + 1; v <= w + 1 + MIDDLE_WORDS && v < words.count && words.starts[v] === words.ends[v - 1]! + 1 && text.charCodeAt(words.ends[v - 1]!) === 0x20; v++) {
      const last = stemOf(text, words.starts[v]!, words.ends[v]!);
      const full = `${first} ${last}`;
      if (surnames.has(last) && !named.has(full)) named.set(full, { full, first, last });
    }
  }
  return [...named.values()];
}

/** Answers about spellings (see FormAnswers), by lexicon: whether one may start a name (see findNamedPeople). */
const FIRST_WORDS = new WeakMap<Lexicon, FormAnswers>();
/** Whether a spelling is a name word of the article's (see readAttestations). */
const NAME_WORDS = new WeakMap<Lexicon, FormAnswers>();

const surnamesByFirstName = new WeakMap<KnownPeople, Map<string, ReadonlySet<string>>>();
const NO_SURNAMES: ReadonlySet<string> = new Set();

/** The surnames known people have after the first name `first` (in the same full form). */
function surnamesAfter(known: KnownPeople, first: string): ReadonlySet<string> {
  let byFirst = surnamesByFirstName.get(known);
  if (!byFirst) surnamesByFirstName.set(known, (byFirst = new Map()));
  let surnames = byFirst.get(first);
  if (!surnames) {
    const found = new Set<string>();
    for (const person of known.withFirstName(first)) {
      for (let i = 0; i < person.firstNames.length; i++) if (person.firstNames[i] === first) found.add(person.surnames[i]!);
    }
    byFirst.set(first, (surnames = found.size === 0 ? NO_SURNAMES : found));
  }
  return surnames;
}

/** The word `[start, end)` without a possessive `'s` or `’s`. */
function stemOf(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return /['’]s$/.test(word) ? word.slice(0, -2) : word;
}

/** Whether `[start, end)` is a capital and lower-case letters of the Latin script (the names this rule knows are written in it). */
function isLatinCapitalized(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde) || (first >= 0x100 && first <= 0x24f))) return false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff) || (c >= 0x100 && c <= 0x24f))) return false;
  }
  return true;
}

export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'Correct near misspellings of a name the article also spells right: in full, or far more often',
  category: 'spelling',
  family: 'names',
  scope: 'paragraph',
  leaves:
    'longer or shorter forms of the surname (Lavrov / Lavrova), near forms with a first name of their own (Tom Jansen beside Anna Janssen), other spellings (Sanchez, Nicos, Zelensky / Zelenskyy, Jaemyung / Jae-myung), names the lexicon knows, English words, places and regions, a name written in a family of forms (Afganistán, Afghanistan, Afganistanu), near forms as well attested as the other',
  examples: [
    ['Antony Blinken arrived. Secretary Blinkan said', 'Antony Blinken arrived. Secretary Blinken said'],
    ['Erika Mouynes spoke. Moines said', 'Erika Mouynes spoke. Mouynes said'],
    ['Prabowo won. Prabowo spoke. Prabowo left. Probowo said', 'Prabowo won. Prabowo spoke. Prabowo left. Prabowo said'],
  ],
  apply(text, ctx) {
    const { lexicon } = ctx;
    // The person may be named in full in another paragraph: who is named is a fact of the article.
    // Only the words of the article with a near form in it, or near a person it names, are read.
    // The suspects are asked by initial, once each: a name corrected elsewhere changes only the
    // answer of its initial.
    const suspectsByInitial = new Map<string, ReadonlySet<string>>();
    let initials: string | undefined;
    const index = indexOf(lexicon);
    const words = ctx.words();
    const edits: Edit[] = [];
    for (let w = 0; w < words.count; w++) {
      if ((words.flags[w]! & (WordFlag.Capitalized | NOT_A_NAME)) !== WordFlag.Capitalized) continue;
      const start = words.starts[w]!;
      const end = stemEnd(text, words, w);
      if (end < 0 || end - start < 3) continue;
      const word = text.slice(start, end);
      let suspects = suspectsByInitial.get(word[0]!);
      if (!suspects) suspectsByInitial.set(word[0]!, (suspects = suspectSet(ctx.fact(SUSPECTS, word[0]!))));
      if (!suspects.has(word) || text[start - 1] === '-' || text[end] === '-' || index.correct.has(word)) continue;
      initials ??= ctx.fact(NAMED_INITIALS, '');
      const before = wordBefore(text, words, w);
      let fix: { to: string; why: string } | undefined;
      const near = initials.includes(word[0]!) ? ctx.fact(NEAR_NAMED, word) : NOBODY;
      if (near.length > 0) {
        if (before !== undefined && !isSentenceOpener(ctx, before)) {
          const person = near.find((p) => fitsContext(before, p));
          if (person) fix = { to: person.last, why: `${person.full}, named in full in this text` };
        } else if (near.every((p) => p.last === near[0]!.last) && isLoneName(text, ctx, words, w, word) && ctx.fact(RELATED_FORMS, word) <= 1) {
          fix = { to: near[0]!.last, why: `${near[0]!.full}, named in full in this text` };
        }
      } else if (word.length >= MIN_ATTESTED_LENGTH && (before === undefined || isSentenceOpener(ctx, before) || TITLES.has(before)) && isLoneName(text, ctx, words, w, word)) {
        const attested = ctx.fact(BETTER_ATTESTED, word);
        if (attested !== '') fix = { to: attested.slice(0, attested.indexOf('\t')), why: attested.slice(attested.indexOf('\t') + 1) };
      }
      if (!fix || ctx.isProtected(start, end)) continue;
      edits.push(ctx.replace(start, end, fix.to, `"${word}" is "${fix.to}" (${fix.why})`));
    }
    return edits;
  },
};

/**
 * The name words of the article (see readAttestations) with a given initial that are a near miss
 * of another of its name words or of the surname of a person it names in full, one a line: the
 * only words this rule may change. Asked by initial, each found when first asked in a pass.
 */
const SUSPECTS: Fact<string, string> = {
  id: 'name-consistency:suspects',
  prepare: (text, document) => ({ text, document, answers: new Map<string, string>() }),
  answer: (prepared, initial) => {
    const { text, document, answers } = prepared as { text: string; document: FactDocument; answers: Map<string, string> };
    let found = answers.get(initial);
    if (found === undefined) answers.set(initial, (found = suspectsWith(text, document, initial)));
    return found;
  },
};

function suspectsWith(text: string, document: FactDocument, initial: string): string {
  const forms = attestationsOf(text, document).byInitial.get(initial);
  if (!forms) return '';
  // The forms to compare with, by length: a near miss is at most two letters longer or shorter.
  const byLength = new Map<number, string[]>();
  const file = (other: string): void => {
    const list = byLength.get(other.length);
    if (list) list.push(other);
    else byLength.set(other.length, [other]);
  };
  for (const form of forms) file(form);
  for (const person of namedPeopleOf(text, document)) if (person.last[0] === initial) file(person.last);
  const found: string[] = [];
  for (const form of forms) if (hasNearForm(form, byLength)) found.push(form);
  return found.sort().join('\n');
}

/** Whether one of `byLength` (forms filed by length) other than `form` is a near miss of it. */
function hasNearForm(form: string, byLength: ReadonlyMap<number, readonly string[]>): boolean {
  for (let length = Math.max(1, form.length - MAX_NEAR_EDITS); length <= form.length + MAX_NEAR_EDITS; length++) {
    for (const other of byLength.get(length) ?? NO_FORMS) if (other !== form && nearMissDistance(form, other) >= 0) return true;
  }
  return false;
}

/** The most letters a near miss differs by (see nearMissDistance). */
const MAX_NEAR_EDITS = 2;
const NO_FORMS: readonly string[] = [];

const suspectSets = new Map<string, ReadonlySet<string>>();

/** The words of a SUSPECTS answer as a set (the last few hundred remembered: each paragraph asks again). */
function suspectSet(suspects: string): ReadonlySet<string> {
  let set = suspectSets.get(suspects);
  if (!set) {
    if (suspectSets.size >= 256) suspectSets.clear();
    suspectSets.set(suspects, (set = new Set(suspects === '' ? [] : suspects.split('\n'))));
  }
  return set;
}

/** Shapes that rule a word out: all capitals, capitals inside, digits. */
const NOT_A_NAME = WordFlag.AllCaps | WordFlag.LowerThenUpper | WordFlag.Digit | WordFlag.DigitThenUpper;

/** Where word `w` ends without a possessive `'s`; -1 for another apostrophe inside (O'Brien). */
function stemEnd(text: string, words: Words, w: number): number {
  const end = words.ends[w]!;
  if ((words.flags[w]! & WordFlag.Apostrophe) === 0) return end;
  return /['’]s$/.test(text.slice(end - 2, end)) ? end - 2 : -1;
}

/** The capitalized word joined to word `w` by one space before it, if any. */
function wordBefore(text: string, words: Words, w: number): string | undefined {
  if (w === 0 || words.ends[w - 1] !== words.starts[w]! - 1 || text[words.ends[w - 1]!] !== ' ') return undefined;
  if ((words.flags[w - 1]! & WordFlag.Capitalized) === 0) return undefined;
  return text.slice(words.starts[w - 1]!, words.ends[w - 1]!);
}

/** An English word in capitals before a name, as a sentence opens (`When`, `But`): no part of the name. */
function isSentenceOpener(ctx: RuleContext, word: string): boolean {
  return !TITLES.has(word) && ctx.lexicon.isWord(word) && !ctx.lexicon.knownPeople.isKnownName(word);
}

/**
 * Whether word `w` can only be a name written alone: no capitalized word after it, nothing the
 * lexicon knows (a name of its own, of another real person, a place, a people, an acronym, a
 * word however rare), five letters or more.
 */
function isLoneName(text: string, ctx: RuleContext, words: Words, w: number, word: string): boolean {
  if (word.length < 5) return false;
  if (w + 1 < words.count && words.starts[w + 1] === words.ends[w]! + 1 && text[words.ends[w]!] === ' ' && (words.flags[w + 1]! & WordFlag.Capitalized) !== 0) return false;
  const { lexicon } = ctx;
  const known = lexicon.knownPeople;
  if (known.isKnownName(word) || known.isOtherName(word) || lexicon.frequency(word) > 0 || lexicon.names.lookup(word)) return false;
  return !lexicon.isPlace(word) && !lexicon.city(word) && !lexicon.isRegion(word) && !lexicon.country(word) && !lexicon.countryOfDemonym(word) && !lexicon.acronym(word) && !lexicon.isMixedCase(word);
}

/** The shortest name corrected on the article's evidence alone. */
const MIN_ATTESTED_LENGTH = 6;

/** How a capitalized word is written in the article. */
interface Attestation {
  count: number;
  /** Times it is written beside another name word (`Sidônio Palmeira`, `Karol Nawrocki`). */
  inName: number;
  /** The name words written right before it (`Karol` in `Karol Nawrocki`). */
  readonly before: Set<string>;
}

/**
 * The form the article attests better than `word`, a near miss of it (see nearMissDistance), with
 * the reason after a tab; '' for none. Better attested: written as part of a full name at least
 * as often as `word` is written at all, or three times and twice as often as `word`. There must
 * be one such form, and `word` must have no first name of its own (Tom Jansen is not Anna
 * Janssen). Asked for words written alone (see isLoneName).
 */
const BETTER_ATTESTED: Fact<string, string> = {
  id: 'name-consistency:better-attested',
  prepare: (text, document) => attestationsOf(text, document),
  answer: (prepared, word) => {
    const article = prepared as Attestations;
    let found = article.better.get(word);
    if (found === undefined) article.better.set(word, (found = betterAttested(article, word)));
    return found;
  },
};

function betterAttested(article: Attestations, word: string): string {
  const own = article.forms.get(word);
  if (!own || relatedForms(article, word) > 1) return '';
  let found = '';
  for (const form of article.byInitial.get(word[0]!) ?? []) {
    if (form === word || nearMissDistance(word, form) < 0) continue;
    const seen = article.forms.get(form)!;
    const why =
      seen.inName > 0 && seen.count >= own.count
        ? `the article writes "${form}" in a full name`
        : seen.count >= FREQUENT && seen.count >= 2 * own.count
          ? `the article writes "${form}" ${seen.count} times`
          : undefined;
    if (why === undefined) continue;
    if ([...own.before].some((first) => !seen.before.has(first))) return '';
    if (found !== '') return '';
    found = `${form}\t${why}`;
  }
  return found;
}

/**
 * How many other forms of the article are related to `word`: near it, or another spelling or a
 * longer or shorter form of it. A name written in one more form is a slip; in a family of forms
 * it is a list of the name in several languages or its inflections (Afganistán, Afghanistan,
 * Afganistanu), and no form is the slip.
 */
function relatedForms(article: Attestations, word: string): number {
  const plain = transliterated(word);
  let related = 0;
  for (const form of article.byInitial.get(word[0]!) ?? []) {
    if (form === word || Math.abs(form.length - word.length) > RELATED_REACH) continue;
    const other = transliterated(form);
    if (other === plain || other.startsWith(plain) || plain.startsWith(other) || isWithinDistance(plain, other, RELATED_REACH)) related++;
  }
  return related;
}

const RELATED_REACH = 2;

/** The number of forms of the article related to a word (see relatedForms). */
const RELATED_FORMS: Fact<string, number> = {
  id: 'name-consistency:related-forms',
  prepare: (text, document) => attestationsOf(text, document),
  answer: (prepared, word) => relatedForms(prepared as Attestations, word),
};

/** How often a form must be written to outweigh a near form by frequency alone. */
const FREQUENT = 3;

/** The capitalized words of an article with how it writes them, by initial, and the answers given. */
interface Attestations {
  readonly forms: ReadonlyMap<string, Attestation>;
  readonly byInitial: ReadonlyMap<string, readonly string[]>;
  readonly better: Map<string, string>;
}

const attestationsBy = new WeakMap<FactDocument, Attestations>();

/** The capitalized words of the article with how it writes them (see Attestation); English words left out. */
function attestationsOf(text: string, document: FactDocument): Attestations {
  let found = attestationsBy.get(document);
  if (!found) {
    const forms = readAttestations(text, document);
    const byInitial = new Map<string, string[]>();
    for (const form of forms.keys()) {
      const list = byInitial.get(form[0]!);
      if (list) list.push(form);
      else byInitial.set(form[0]!, [form]);
    }
    attestationsBy.set(document, (found = { forms, byInitial, better: new Map() }));
  }
  return found;
}

function readAttestations(text: string, document: FactDocument): Map<string, Attestation> {
  const { lexicon } = document;
  const words = document.words();
  const forms = new Map<string, Attestation>();
  const spellings = wordFormsOf(text, words);
  const names = answersFor(NAME_WORDS, lexicon);
  const isNameWord = (form: string): boolean => form.length >= 3 && isLatinCapitalized(form, 0, form.length) && !lexicon.isWord(form);
  let previous = ''; // the name word right before, joined by one space
  let previousEnd = -2;
  for (let w = 0; w < words.count; w++) {
    const start = words.starts[w]!;
    const joined = previousEnd === start - 1 && text[previousEnd] === ' ';
    if ((words.flags[w]! & (WordFlag.Capitalized | NOT_A_NAME)) !== WordFlag.Capitalized) {
      previous = '';
      previousEnd = words.ends[w]!;
      continue;
    }
    const end = stemEnd(text, words, w);
    let word: string;
    let isName: boolean;
    if (end === words.ends[w]) {
      // A word without an apostrophe: its spelling decides, once.
      isName = names.is(spellings, spellings.ids[w]!, isNameWord);
      word = spellings.forms[spellings.ids[w]!]!;
    } else {
      word = end < 0 ? '' : text.slice(start, end);
      isName = word.length >= 3 && isLatinCapitalized(text, start, end) && !lexicon.isWord(word);
    }
    if (isName) {
      let seen = forms.get(word);
      if (!seen) forms.set(word, (seen = { count: 0, inName: 0, before: new Set() }));
      seen.count++;
      if (joined && previous !== '') {
        seen.inName++;
        seen.before.add(previous);
        const first = forms.get(previous);
        if (first) first.inName++;
      }
    }
    previous = isName && end === words.ends[w] ? word : '';
    previousEnd = words.ends[w]!;
  }
  return forms;
}

/**
 * A near miss of the surname (see nearMissDistance): within two letters (one for surnames of five
 * letters or fewer), and neither a longer or shorter form of it nor another accepted spelling
 * (Sanchez is an accepted way to write Sánchez).
 */
function isNearForm(word: string, last: string): boolean {
  return nearMissDistance(word, last) >= 0;
}

/** After the first name (or a near form of it) or a title. */
function fitsContext(before: string, person: Person): boolean {
  return TITLES.has(before) || before === person.first || (before[0] === person.first[0] && isWithinDistance(before, person.first, 1));
}
