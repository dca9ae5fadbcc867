// Machine translation misspells people the lexicon knows by a letter or two (`Antony Blinkon`,
// `Chancellor Scholtz`, `Giorga Meloni`), also where the article never writes the name right. Only
// anchored forms change: after the person's exact first name where it starts the name and the name
// ends there, after a title that fits them and nobody else near, or a first name before a surname
// only they have. Known names, listed wrong forms, English words, other spellings (Sanchez), longer
// forms (Lavrova, Abdul Rahim Bakri) and other people are left alone. A whole name a letter off in
// each part (`Georgia Melons`) changes only beside the person's own surname, written twice; and no
// form changes to a person's name when the article writes another known surname as near.
import type { Edit, Fact, FactDocument, Rule, RuleContext } from '../engine/types.js';
import type { KnownPeople, KnownPerson } from '../lexicon/known-people.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { nearMissDistance, transliterated } from '../text/name-distance.js';
import { WordFlag, type Words } from '../text/document.js';
import { TIMES_WRITTEN } from '../text/facts.js';
import { answersFor, FormAnswers, wordFormsOf } from '../text/word-forms.js';

/** Titles have at most three words (`Deputy Prime Minister`, `Secretary of State`). */
const TITLE_WORDS = 3;
/** Shapes that rule a word out at once: all capitals, capitals inside, digits. */
const NOT_A_NAME = WordFlag.AllCaps | WordFlag.LowerThenUpper | WordFlag.Digit | WordFlag.DigitThenUpper;
const SPACE = 0x20;
const HYPHEN = 0x2d;
/** Zipf frequency from which a first name is common in English (Pedro 3.8, Donald 4.2; Antony is 2.8). */
const COMMON_FIRST_NAME = 3;

export const nameNearMiss: Rule = {
  id: 'name-near-miss',
  description: 'Correct a name one or two letters off a person the lexicon knows, right after their first name or a title that fits them, alone in an article about their country, or a whole name a letter off in each part beside the person\'s surname',
  category: 'spelling',
  family: 'names',
  scope: 'paragraph',
  triggers: { flags: ['Capitalized'] },
  leaves:
    'near forms with neither the first name nor a title that fits before them, near forms two known people could be (Prime Minister Johnston), a first name inside a longer name (Fidel René Meza, Abdul Rahim Bakri), the names of other real people the lexicon lists on one clue alone (Chancellor Schulz, Vladimir Petrov), two letters off after a title alone (President Bohary), known names, English and common words (Bidden), other spellings of the same name (Sanchez, Volodimir, Zelenskaya), longer or shorter forms (Lavrova, Blinkens), a surname after a common first name without a fitting title (Mike Johnston), a surname alone under seven letters or in an article that names none of the person\'s countries, regions (Lombardy), all-capital and hyphenated words',
  examples: [
    ['Antony Blinkon said', 'Antony Blinken said'],
    ['Chancellor Scholtz said', 'Chancellor Scholz said'],
    ['Giorga Meloni said', 'Giorgia Meloni said'],
    ['Foreign Minister Erica Mouns said', 'Foreign Minister Erika Mouynes said'],
    ['In Brazil, Bolsonao said', 'In Brazil, Bolsonaro said'],
    ['Meloni spoke. Meloni left. Georgia Melons said', 'Meloni spoke. Meloni left. Giorgia Meloni said'],
  ],
  apply(text, ctx) {
    const known = ctx.lexicon.knownPeople;
    const words = ctx.words();
    const edits: Edit[] = [];
    const forms = wordFormsOf(text, words);
    const roles = rolesOf(ctx.lexicon);
    const rolesOfForm = (form: string): number => 1 + nameRoles(ctx, known, form);
    for (let w = 1; w < words.count; w++) {
      const start = words.starts[w]!;
      const previousEnd = words.ends[w - 1]!;
      // Anchored means written right after the word before, one space between.
      if (previousEnd !== start - 1 || text.charCodeAt(previousEnd) !== SPACE) continue;
      if (!isCandidate(words, w - 1) || !isCandidate(words, w)) continue;
      const end = stemEnd(text, words, w);
      if (end < 0 || text.charCodeAt(end) === HYPHEN || text.charCodeAt(words.starts[w - 1]! - 1) === HYPHEN) continue;
      // What the two spellings allow (see nameRoles): most pairs of capitalized words can be no name of the lexicon's.
      const beforeRoles = roles.get(forms, forms.ids[w - 1]!, rolesOfForm) - 1;
      const wordRoles = end === words.ends[w] ? roles.get(forms, forms.ids[w]!, rolesOfForm) - 1 : nameRoles(ctx, known, text.slice(start, end));
      if (!mayNamePair(beforeRoles, wordRoles)) continue;
      const word = text.slice(start, end);
      const before = text.slice(words.starts[w - 1]!, previousEnd);
      if (!isLatinCapitalized(word) || !isLatinCapitalized(before)) continue;
      const edit =
        surnameAfterFirstName(text, ctx, known, words, w, word, before) ??
        wholeNameAfterTitle(text, ctx, known, words, w, word, before) ??
        surnameAfterTitle(text, ctx, known, words, w, word) ??
        firstNameBeforeSurname(text, ctx, known, words, w, word, before) ??
        wholeNameOfNamedPerson(text, ctx, known, words, w, word, before);
      if (edit && !ctx.isProtected(edit.start, edit.end) && !isHouseSpelling(text, ctx, edit) && !writesOtherNearName(text, ctx, known, edit)) edits.push(edit);
    }
    for (let w = 0; w < words.count; w++) {
      // A surname alone is one the lexicon may misspell with one surname near it (see surnameAlone).
      if (!isCandidate(words, w) || words.ends[w]! - words.starts[w]! < LONE_SURNAME_LENGTH) continue;
      if ((words.flags[w]! & WordFlag.Apostrophe) === 0 && ((roles.get(forms, forms.ids[w]!, rolesOfForm) - 1) & LONE_SURNAME) === 0) continue;
      const edit = surnameAlone(text, ctx, known, words, w);
      if (edit && !ctx.isProtected(edit.start, edit.end) && !isHouseSpelling(text, ctx, edit) && !writesOtherNearName(text, ctx, known, edit)) edits.push(edit);
    }
    return edits;
  },
};

/** What a spelling may be in a pair of capitalized words or alone (bits; see nameRoles). */
const MAY_BE_MISSPELLED = 1; // a name the lexicon may misspell, nobody else's (surnameAfterTitle, wholeNameAfterTitle; firstNameBeforeSurname's first name)
const FEW_SURNAME = 2; // the surname of one to three known people and nothing else (firstNameBeforeSurname)
const WHOLE_SURNAME = 4; // may be the surname of a whole name a letter off (wholeNameOfNamedPerson)
const FIRST_NAME = 8; // a known person's first name (surnameAfterFirstName)
const LONG_FIRST = 16; // four letters or more and no listed wrong form (wholeNameOfNamedPerson's first name)
const LONE_SURNAME = 32; // misspellable, with one known surname near it (surnameAlone)

/**
 * What a spelling may be, as bits: each a condition one of the rule's cases requires of the word
 * or of the word before it, asked once per spelling (the answers depend on the lexicon alone).
 */
function nameRoles(ctx: RuleContext, known: KnownPeople, form: string): number {
  let roles = 0;
  const misspellable = mayBeMisspelled(ctx, known, form) && !known.isOtherName(form);
  if (misspellable) roles |= MAY_BE_MISSPELLED;
  const people = known.withSurname(form).length;
  if (people > 0 && people <= FEW_WITH_SURNAME && known.withFirstName(form).length === 0 && !isCommonWord(ctx, form)) roles |= FEW_SURNAME;
  if (mayBeWholeNameSurname(ctx, known, form)) roles |= WHOLE_SURNAME;
  if (known.withFirstName(form).length > 0) roles |= FIRST_NAME;
  if (form.length >= 4 && !ctx.lexicon.names.lookup(form)) roles |= LONG_FIRST;
  if (misspellable && form.length >= LONE_SURNAME_LENGTH && loneSurnameNear(known, form) !== undefined) roles |= LONE_SURNAME;
  return roles;
}

/** Whether one of the rule's cases may apply to a word after another, by what their spellings may be. */
function mayNamePair(before: number, word: number): boolean {
  return (before & FIRST_NAME) !== 0 || (word & MAY_BE_MISSPELLED) !== 0 || ((word & FEW_SURNAME) !== 0 && (before & MAY_BE_MISSPELLED) !== 0) || ((word & WHOLE_SURNAME) !== 0 && (before & LONG_FIRST) !== 0);
}

const ROLES = new WeakMap<Lexicon, FormAnswers>();

function rolesOf(lexicon: Lexicon): FormAnswers {
  return answersFor(ROLES, lexicon);
}

/**
 * Whether the form an edit would replace is the article's own spelling of the name: written three
 * times or more and the lexicon's form never (`Mahinda Rajapakse` throughout, an accepted spelling
 * some papers keep), not a slip of translation.
 */
function isHouseSpelling(text: string, ctx: RuleContext, edit: Edit): boolean {
  const written = text.slice(edit.start, edit.end);
  return ctx.fact(TIMES_WRITTEN, written) >= HOUSE_SPELLING && ctx.fact(TIMES_WRITTEN, edit.replacement) === 0;
}

/**
 * Whether the article writes another known surname the changed word is as near (`Nikos
 * Christodoulidis` beside `Christodoulides`, where a Nikos Christodoulakis is also known): the
 * article's own form says which person is meant, and it is not the lexicon's nearest.
 */
function writesOtherNearName(text: string, ctx: RuleContext, known: KnownPeople, edit: Edit): boolean {
  const written = text.slice(edit.start, edit.end);
  const word = written.slice(written.lastIndexOf(' ') + 1);
  const fix = edit.replacement.slice(edit.replacement.lastIndexOf(' ') + 1);
  if (word === fix) return false;
  for (const near of known.surnamesNear(word, 2)) {
    if (near !== fix && nearMissDistance(word, near) >= 0 && ctx.fact(TIMES_WRITTEN, near) > 0) return true;
  }
  return false;
}

/** How often an article writes a form of a name for it to be its house spelling. */
const HOUSE_SPELLING = 3;

/**
 * `Antony Blinkon`: the surname of the one known person with this first name that the word is near.
 * The first name must start the name and the word end it: in `Fidel René Meza Cabrera` or `Abdul
 * Rahim Bakri` a known René Meka or Abdul Rashid is not named. A first name many people have (an
 * English word, or common in English: Mike, Joe, Donald) is not enough on its own ("Mike Johnston"
 * is the mayor of Denver, not Speaker Mike Johnson): a title that fits the person must come before
 * it ("Speaker Mike Jonson").
 */
function surnameAfterFirstName(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number, word: string, first: string): Edit | undefined {
  const people = known.withFirstName(first);
  if (people.length === 0 || isFollowedByCapitalized(text, words, w) || !beginsName(text, ctx, known, words, w - 1)) return undefined;
  const found = ctx.memo(`name-near-miss:first:${first} ${word}`, () => (mayBeMisspelled(ctx, known, word) ? nearest(word, people, (person, i) => person.firstNames[i] === first) : undefined));
  if (!found) return undefined;
  // Two clues are needed where one is weak: a first name many people have, or a word that is the
  // name of another real person (Vladimir Petrov is not Vladimir Pertsov). For the name of another
  // person the two must name one known person together: Speaker Mike is Mike Johnson (Speaker Mike
  // Jonson), Minister Vladimir is any of a dozen ministers (Minister Vladimir Petrov stays).
  const other = known.isOtherName(word);
  if (isCommonFirstName(ctx, first) || other) {
    const title = w >= 2 && startsAfterSpace(text, words, w - 1) ? titleBefore(text, ctx, words, w - 1) : undefined;
    if (title === undefined || !known.fitsTitle(found.person, title)) return undefined;
    // Of the people with this first name whom the title fits, one alone may have a surname with
    // the word's initial (Speaker Mike: Mike Johnson, not Mike Reynolds).
    if (other && people.filter((person) => known.fitsTitle(person, title) && person.surnames.some((surname) => surname[0] === word[0])).length !== 1) return undefined;
  }
  const start = words.starts[w]!;
  return ctx.replace(start, start + word.length, found.surname, `"${word}" is "${found.surname}" (${found.person.name}, after the first name "${first}")`);
}

/**
 * `Chancellor Scholtz`: the one known person whose surname the word is near and whom the title
 * fits. Known people the title does not fit do not count (Christophe Schiltz, president of
 * Luxembourg's Council of State, is as near Scholtz as Olaf Scholz, but no chancellor).
 */
function surnameAfterTitle(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number, word: string): Edit | undefined {
  const title = titleBefore(text, ctx, words, w);
  if (title === undefined || isFollowedByCapitalized(text, words, w) || !mayBeMisspelled(ctx, known, word) || known.isOtherName(word)) return undefined;
  // Who the word may stand for depends on the word and the title alone: asked once per cleaning.
  const people = ctx.memo(`name-near-miss:title:${title}:${word}`, () => peopleNear(known, word).filter((person) => known.fitsTitle(person, title)));
  if (people.length !== 1) return undefined; // nobody, or two known people fit
  const found = nearest(word, people, () => true);
  // A title fits hundreds of people (every president, every foreign minister): without the first
  // name, one slip is a misspelling, two are as likely another person (President Mandava).
  if (!found || nearMissDistance(word, found.surname) > 1) return undefined;
  const start = words.starts[w]!;
  return ctx.replace(start, start + word.length, found.surname, `"${word}" is "${found.surname}" (${found.person.name}, after "${title}")`);
}

/**
 * `Foreign Minister Erica Mouns`: first name and surname both off, after a title that fits. The
 * first name is another spelling of the person's (Erica / Erika) or one letter off it, the surname
 * a near miss of theirs; exactly one known person fits all three, and the whole name is written as
 * the lexicon has it. An accepted spelling of the first name before the right surname stays.
 */
function wholeNameAfterTitle(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number, word: string, first: string): Edit | undefined {
  if (w < 2 || !startsAfterSpace(text, words, w - 1) || isFollowedByCapitalized(text, words, w)) return undefined;
  const title = titleBefore(text, ctx, words, w - 1);
  if (title === undefined || !mayBeMisspelled(ctx, known, word) || known.isOtherName(word) || !isWholeTitle(text, ctx, words, w - 1, title)) return undefined;
  const found = ctx.memo(`name-near-miss:whole:${title}:${first} ${word}`, () => {
    let match: { person: KnownPerson; name: string } | undefined;
    for (const person of peopleNear(known, word)) {
      if (!known.fitsTitle(person, title)) continue;
      for (let i = 0; i < person.surnames.length; i++) {
        const firstName = person.firstNames[i]!;
        if (nearMissDistance(word, person.surnames[i]!) < 0 || !isSameFirstName(first, firstName)) continue;
        const name = `${firstName} ${person.surnames[i]!}`;
        if (match && (match.person !== person || match.name !== name)) return undefined;
        match = { person, name };
      }
    }
    return match;
  });
  if (!found) return undefined;
  const start = words.starts[w - 1]!;
  return ctx.replace(start, words.starts[w]! + word.length, found.name, `"${first} ${word}" is "${found.name}" (${found.person.name}, after "${title}")`);
}

/** How many times the article must write the surname right for a whole name two letters off it to be the person's. */
const NAMED_SURNAME_TIMES = 2;

/**
 * `said, Georgia Melons, in his` -> `Giorgia Meloni`: first name and surname each one letter off
 * those of one known person whom the article names by the right surname twice or more. The two
 * words may be English words or a place (translation turns names into words it knows): the pair,
 * each one slip off the same person's name beside that person's own surname, is the evidence.
 * An accepted spelling of either part (Nicos, Sergey), a surname the lexicon knows as another
 * person's, and two people who fit stay.
 */
function wholeNameOfNamedPerson(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number, word: string, first: string): Edit | undefined {
  if (first.length < 4 || !mayBeWholeNameSurname(ctx, known, word) || ctx.lexicon.names.lookup(first)) return undefined; // listed forms are the names rule's
  // Only the surnames of known people the article writes twice or more are compared: no search
  // of the lexicon's surnames for every pair of capitalized words.
  if (isFollowedByCapitalized(text, words, w)) return undefined;
  const named = ctx.fact(NAMED_SURNAMES, word[0]!);
  if (named === '' || !beginsName(text, ctx, known, words, w - 1)) return undefined;
  let found: { person: KnownPerson; first: string; surname: string } | undefined;
  for (const surname of named.split('\n')) {
    if (nearMissDistance(word, surname, 1) !== 1) continue;
    for (const person of known.withSurname(surname)) {
      for (let i = 0; i < person.surnames.length; i++) {
        if (person.surnames[i] !== surname || nearMissDistance(first, person.firstNames[i]!, 1) !== 1) continue;
        if (found && (found.person !== person || found.first !== person.firstNames[i])) return undefined;
        found = { person, first: person.firstNames[i]!, surname };
      }
    }
  }
  if (!found) return undefined;
  const start = words.starts[w - 1]!;
  const name = `${found.first} ${found.surname}`;
  return ctx.replace(start, words.starts[w]! + word.length, name, `"${first} ${word}" is "${name}" (${found.person.name}, whom the article names as "${found.surname}")`);
}

/** Four letters or more, no listed wrong form (the names rule's), no name the lexicon knows, nobody else's name: remembered by word. */
function mayBeWholeNameSurname(ctx: RuleContext, known: KnownPeople, word: string): boolean {
  const answers = answersOf(WHOLE_NAME_SURNAMES, ctx.lexicon);
  let answer = answers.get(word);
  if (answer === undefined) answers.set(word, (answer = !(word.length < 4 || ctx.lexicon.names.lookup(word) || known.isKnownName(word) || known.isOtherName(word))));
  return answer;
}

/**
 * The surnames of known people the article writes twice or more that start with a letter, in
 * order and one a line ('' for none): what a whole name two letters off may be corrected to (see
 * wholeNameOfNamedPerson). Asked by initial, so that a surname with another initial written once
 * more changes no answer; all are read in one go when the first is asked.
 */
const NAMED_SURNAMES: Fact<string, string> = {
  id: 'name-near-miss:named-surnames',
  prepare: (text, document) => ({ text, document, byInitial: undefined }),
  answer: (prepared, initial) => {
    const state = prepared as { text: string; document: FactDocument; byInitial: Map<string, string> | undefined };
    state.byInitial ??= namedSurnames(state.text, state.document);
    return state.byInitial.get(initial) ?? '';
  },
};

/** The surnames of known people the text writes twice or more, by initial (see NAMED_SURNAMES). */
function namedSurnames(text: string, document: FactDocument): Map<string, string> {
  const known = document.lexicon.knownPeople;
  const words = document.words();
  const { starts, flags, count } = words;
  const times = new Map<string, number>();
  const surnames = answersOf(KNOWN_SURNAMES, document.lexicon);
  for (let w = 0; w < count; w++) {
    if ((flags[w]! & (WordFlag.Capitalized | NOT_A_NAME)) !== WordFlag.Capitalized) continue;
    const end = stemEnd(text, words, w);
    if (end < 0 || end - starts[w]! < 4) continue;
    const word = text.slice(starts[w]!, end);
    const seen = times.get(word);
    if (seen !== undefined) times.set(word, seen + 1);
    else if (isKnownSurname(surnames, known, word)) times.set(word, 1);
  }
  const byInitial = new Map<string, string>();
  for (const word of [...times].filter(([, n]) => n >= NAMED_SURNAME_TIMES).map(([form]) => form).sort()) {
    const initial = word[0]!;
    const before = byInitial.get(initial);
    byInitial.set(initial, before === undefined ? word : `${before}\n${word}`);
  }
  return byInitial;
}

/** Whether `word` is the surname of a known person (remembered by word). */
function isKnownSurname(surnames: WordAnswers, known: KnownPeople, word: string): boolean {
  let answer = surnames.get(word);
  if (answer === undefined) surnames.set(word, (answer = known.withSurname(word).length > 0));
  return answer;
}

/** Words before a title that leave the office as it is: `Former Foreign Minister`. */
const TITLE_QUALIFIERS = new Set(['Former', 'Then', 'Outgoing', 'Incoming', 'Acting', 'Interim']);

/**
 * Whether `title`, ending before word `w`, is the whole title: the capitalized word before it, if
 * any, is a country, a people or a qualifier (`Panamanian Foreign Minister`, `Former President`),
 * not part of another office (`Health Minister`, where only `Minister` is a title the lexicon knows).
 */
function isWholeTitle(text: string, ctx: RuleContext, words: Words, w: number, title: string): boolean {
  const first = w - title.split(' ').length;
  if (first < 1 || !startsAfterSpace(text, words, first) || (words.flags[first - 1]! & WordFlag.Capitalized) === 0) return true;
  const before = text.slice(words.starts[first - 1]!, words.ends[first - 1]!).replace(/['’]s$/, '');
  return TITLE_QUALIFIERS.has(before) || ctx.lexicon.country(before) !== undefined || ctx.lexicon.countryOfDemonym(before) !== undefined;
}

/** The same first name in another spelling (Erica / Erika, Sergey / Sergei) or one letter off it (Feliope / Felipe). */
function isSameFirstName(written: string, known: string): boolean {
  return written === known || transliterated(written) === transliterated(known) || (known.length >= 5 && nearMissDistance(written, known, 1) >= 0);
}

/** From this length a surname one letter off is clearly nearer than others two letters off. */
const CLEAR_LONE_SURNAME_LENGTH = 8;

/** Surnames shorter than this are not corrected alone: too many real names are a letter off a short one. */
const LONE_SURNAME_LENGTH = 7;

/**
 * `from Bolsonao`: a surname alone, one letter off one known surname (and no other within two, or
 * within one for a word of eight letters or more: Bolongo is two off), in
 * an article that names the country where a person of that surname holds or held office. The word is nothing else the lexicon knows (no word, name of another real person, place), at
 * least seven letters long, and stands alone: no capitalized word joined to it on either side
 * but an English word opening the sentence.
 */
function surnameAlone(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number): Edit | undefined {
  if (!isCandidate(words, w) || words.ends[w]! - words.starts[w]! < LONE_SURNAME_LENGTH) return undefined;
  const start = words.starts[w]!;
  const end = stemEnd(text, words, w);
  if (end < 0 || end - start < LONE_SURNAME_LENGTH || text.charCodeAt(end) === HYPHEN || text.charCodeAt(start - 1) === HYPHEN) return undefined;
  const word = text.slice(start, end);
  if (!isLatinCapitalized(word) || isFollowedByCapitalized(text, words, w)) return undefined;
  if (w > 0 && startsAfterSpace(text, words, w) && (words.flags[w - 1]! & WordFlag.Capitalized) !== 0 && !beginsName(text, ctx, known, words, w)) return undefined;
  if (w > 0 && startsAfterSpace(text, words, w) && titleBefore(text, ctx, words, w) !== undefined) return undefined; // surnameAfterTitle's
  if (!mayBeMisspelled(ctx, known, word) || known.isOtherName(word)) return undefined;
  // The one surname near the word: whoever of that name is meant, the spelling is the same.
  const surname = loneSurnameNear(known, word);
  if (surname === undefined) return undefined;
  for (const person of known.withSurname(surname)) {
    const country = ctx.fact(NAMED_COUNTRY_OF, person.about);
    if (country !== '') return ctx.replace(start, end, surname, `"${word}" is "${surname}" (${person.name}, in an article that names ${country})`);
  }
  return undefined;
}

/**
 * The one known surname a word standing alone is a near miss of, or undefined. It depends on the
 * word and the people only, so the answer is kept across articles (a search among thousands of
 * surnames of the same initial is most of the rule's time): by the people, in a bounded map.
 */
function loneSurnameNear(known: KnownPeople, word: string): string | undefined {
  let answers = loneAnswers.get(known);
  if (!answers) loneAnswers.set(known, (answers = new Map()));
  if (answers.has(word)) return answers.get(word);
  let match: string | undefined;
  for (const near of known.surnamesNear(word, 2)) {
    const distance = nearMissDistance(word, near);
    if (distance < 0 || (distance === 2 && word.length >= CLEAR_LONE_SURNAME_LENGTH)) continue;
    if (distance > 1 || (match !== undefined && match !== near)) {
      match = undefined;
      break;
    }
    match = near;
  }
  if (answers.size >= MAX_LONE_ANSWERS) answers.clear();
  answers.set(word, match);
  return match;
}

const loneAnswers = new WeakMap<KnownPeople, Map<string, string | undefined>>();
/** How many words' answers are kept before the map starts over: a few megabytes at most. */
const MAX_LONE_ANSWERS = 50_000;

/**
 * The country the article names (by common name or demonym: `Brazil`, `Brazilian`) that a known
 * person's roles mention (`President of Brazil (2019–2022)`), or '' for none: what ties a surname
 * alone to a person who held office there. Asked with the person's roles.
 */
const NAMED_COUNTRY_OF: Fact<string, string> = {
  id: 'name-near-miss:named-country-of',
  prepare: (text, document) => {
    const { lexicon } = document;
    const { starts, ends, flags, count } = document.words();
    const named = new Set<string>();
    for (let w = 0; w < count; w++) {
      if ((flags[w]! & WordFlag.Capitalized) === 0 || (flags[w]! & WordFlag.AllCaps) !== 0) continue;
      const word = text.slice(starts[w]!, ends[w]!).replace(/['’]s$/, '');
      const country = lexicon.country(word) ?? lexicon.countryOfDemonym(word);
      if (country) named.add(country.name);
    }
    return [...named].sort();
  },
  fingerprint: (prepared) => (prepared as string[]).join('\n'),
  answer: (prepared, about) => (prepared as string[]).find((name) => containsWords(about, name)) ?? '',
};

/** Whether `phrase` occurs in `text` with no letter right before or after it. */
function containsWords(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + phrase.length] ?? '')) return true;
  }
  return false;
}

/** The known people with a surname `word` is a near miss of. */
function peopleNear(known: KnownPeople, word: string): readonly KnownPerson[] {
  const people = new Set<KnownPerson>();
  for (const surname of known.surnamesNear(word, 2)) {
    if (nearMissDistance(word, surname) < 0) continue;
    for (const person of known.withSurname(surname)) people.add(person);
  }
  return [...people];
}

/**
 * The surname `word` is a near miss of, among the full forms `fits` admits of one person: the
 * nearest, and of several as near the one in the person's name (Zelenskyi: Zelensky, not
 * Zelenskyy). Undefined when none is near, or the forms of two people are.
 */
function nearest(word: string, people: readonly KnownPerson[], fits: (person: KnownPerson, form: number) => boolean): { person: KnownPerson; surname: string } | undefined {
  let found: KnownPerson | undefined;
  let best = Infinity;
  let surnames: string[] = [];
  for (const person of people) {
    for (let i = 0; i < person.surnames.length; i++) {
      const surname = person.surnames[i]!;
      if (!fits(person, i)) continue;
      const distance = nearMissDistance(word, surname);
      if (distance < 0) continue;
      if (found && found !== person) return undefined;
      found = person;
      if (distance < best) [best, surnames] = [distance, [surname]];
      else if (distance === best && !surnames.includes(surname)) surnames.push(surname);
    }
  }
  if (!found) return undefined;
  const own = found.name.slice(found.name.lastIndexOf(' ') + 1);
  const surname = surnames.length === 1 ? surnames[0] : surnames.find((s) => s === own);
  return surname === undefined ? undefined : { person: found, surname };
}

/** Whether many people have this first name: an English word (Mike, Joe) or common in English (Donald, Pedro). */
function isCommonFirstName(ctx: RuleContext, first: string): boolean {
  return ctx.lexicon.isWord(first) || ctx.lexicon.frequency(first) >= COMMON_FIRST_NAME;
}

/** A surname shared by more known people than this is too common to anchor a first name. */
const FEW_WITH_SURNAME = 3;

/**
 * `Antoni Blinken`: a first name one letter off that of the one known person with this surname
 * whose first name it is near (of three at most: Giorgia, not Assunta Meloni), when the surname is nothing else (no English word, nobody's first name) and the first name is
 * no name the lexicon knows (Olav, Sergey and Jill stay).
 */
function firstNameBeforeSurname(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number, surname: string, first: string): Edit | undefined {
  const people = known.withSurname(surname);
  if (people.length === 0 || people.length > FEW_WITH_SURNAME || known.withFirstName(surname).length > 0 || isCommonWord(ctx, surname)) return undefined;
  if (!mayBeMisspelled(ctx, known, first) || known.isOtherName(first) || !startsName(text, ctx, words, w - 1)) return undefined;
  // The one known person of this surname whose first name the word is near (Giorgia Meloni, not Assunta Meloni).
  let fix: string | undefined;
  let person: KnownPerson | undefined;
  for (const candidate of people) {
    for (let i = 0; i < candidate.firstNames.length; i++) {
      if (candidate.surnames[i] !== surname || nearMissDistance(first, candidate.firstNames[i]!, 1) < 0) continue;
      if (fix !== undefined && fix !== candidate.firstNames[i]) return undefined;
      fix = candidate.firstNames[i];
      person = candidate;
    }
  }
  if (fix === undefined || person === undefined) return undefined;
  const start = words.starts[w - 1]!;
  return ctx.replace(start, start + first.length, fix, `"${first}" is "${fix}" (${person.name}, before the surname "${surname}")`);
}

/** Not a name the lexicon knows or lists as wrong, no English or common word, no place, region, country, people or acronym. */
function mayBeMisspelled(ctx: RuleContext, known: KnownPeople, word: string): boolean {
  const answers = answersOf(MISSPELLABLE, ctx.lexicon);
  let answer = answers.get(word);
  if (answer === undefined) answers.set(word, (answer = isMisspellable(ctx, known, word)));
  return answer;
}

/**
 * Answers about a word alone, by lexicon, remembered (a bounded map: a few megabytes at most):
 * the same names come back in every article and every pass.
 */
class WordAnswers {
  private readonly answers = new Map<string, boolean>();

  get(word: string): boolean | undefined {
    return this.answers.get(word);
  }

  set(word: string, answer: boolean): void {
    if (this.answers.size >= MAX_WORD_ANSWERS) this.answers.clear();
    this.answers.set(word, answer);
  }
}

const MAX_WORD_ANSWERS = 50_000;
const MISSPELLABLE = new WeakMap<Lexicon, WordAnswers>();
const WHOLE_NAME_SURNAMES = new WeakMap<Lexicon, WordAnswers>();
const KNOWN_SURNAMES = new WeakMap<Lexicon, WordAnswers>();

function answersOf(tables: WeakMap<Lexicon, WordAnswers>, lexicon: Lexicon): WordAnswers {
  let answers = tables.get(lexicon);
  if (!answers) tables.set(lexicon, (answers = new WordAnswers()));
  return answers;
}

function isMisspellable(ctx: RuleContext, known: KnownPeople, word: string): boolean {
  const { lexicon } = ctx;
  // A listed wrong form is the names rule's, with its context and mode (Kalas may be report-only).
  if (word.length < 3 || known.isKnownName(word) || isCommonWord(ctx, word) || lexicon.names.lookup(word)) return false;
  return !lexicon.isPlace(word) && !lexicon.city(word) && !lexicon.isRegion(word) && !lexicon.country(word) && !lexicon.countryOfDemonym(word) && !lexicon.acronym(word) && !lexicon.isMixedCase(word);
}

function isCommonWord(ctx: RuleContext, word: string): boolean {
  return ctx.lexicon.isWord(word) || ctx.lexicon.frequency(word) > 0;
}

/** A capitalized word of letters only (an apostrophe only in a final `'s`), not all capitals. */
function isCandidate(words: Words, w: number): boolean {
  const flags = words.flags[w]!;
  return (flags & WordFlag.Capitalized) !== 0 && (flags & NOT_A_NAME) === 0;
}

/** Where the word ends, without a possessive `'s`; -1 for another apostrophe (O'Brien's is checked as a word later). */
function stemEnd(text: string, words: Words, w: number): number {
  const end = words.ends[w]!;
  if ((words.flags[w]! & WordFlag.Apostrophe) === 0) return end;
  const apostrophe = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019) ? end - 2 : -1;
}

/** The longest title of office (lexicon.isTitle) that ends right before word `w`, one space between. */
function titleBefore(text: string, ctx: RuleContext, words: Words, w: number): string | undefined {
  const end = words.ends[w - 1]!;
  let title: string | undefined;
  for (let first = w - 1; first >= Math.max(0, w - TITLE_WORDS); first--) {
    if (first < w - 1 && words.ends[first]! !== words.starts[first + 1]! - 1) break; // more than one character between
    const start = words.starts[first]!;
    if (start > 0 && text.charCodeAt(start - 1) === HYPHEN) continue;
    const phrase = text.slice(start, end);
    if (ctx.lexicon.isTitle(phrase)) title = phrase;
  }
  return title;
}

/** Whether the word is followed, one space on, by a capitalized word: then it may be a first name. */
function isFollowedByCapitalized(text: string, words: Words, w: number): boolean {
  if (w + 1 >= words.count) return false;
  const end = words.ends[w]!;
  return words.starts[w + 1] === end + 1 && text.charCodeAt(end) === SPACE && (words.flags[w + 1]! & WordFlag.Capitalized) !== 0;
}

/** Whether word `w` follows the word before it after exactly one space. */
function startsAfterSpace(text: string, words: Words, w: number): boolean {
  return words.ends[w - 1] === words.starts[w]! - 1 && text.charCodeAt(words.ends[w - 1]!) === SPACE;
}

/**
 * Whether word `w` begins a name: it starts one (see startsName), or the capitalized word before it
 * is no part of a name: an English word that starts the sentence ("When Antony Blinkon arrived"),
 * a place, country, people or acronym ("Russia's Sergei Lavrow"). A known name or an unknown word
 * before it may be a first name of its own (Fidel René Meza, Maria Teresa Rivero).
 */
function beginsName(text: string, ctx: RuleContext, known: KnownPeople, words: Words, w: number): boolean {
  if (startsName(text, ctx, words, w)) return true;
  const end = stemEnd(text, words, w - 1);
  if (end < 0) return false;
  const before = text.slice(words.starts[w - 1]!, end);
  if (known.isKnownName(before)) return false;
  const { lexicon } = ctx;
  return lexicon.isWord(before) || lexicon.isPlace(before) || lexicon.country(before) !== undefined || lexicon.countryOfDemonym(before) !== undefined || lexicon.acronym(before) !== undefined;
}

/** Whether word `w` starts a name: no capitalized word right before it, unless that ends a title. */
function startsName(text: string, ctx: RuleContext, words: Words, w: number): boolean {
  if (w === 0) return true;
  const start = words.starts[w]!;
  const previousEnd = words.ends[w - 1]!;
  if (previousEnd !== start - 1 || text.charCodeAt(previousEnd) !== SPACE) return text.charCodeAt(start - 1) !== HYPHEN;
  if ((words.flags[w - 1]! & WordFlag.Capitalized) === 0) return true;
  return titleBefore(text, ctx, words, w) !== undefined;
}

/** A capital and lower-case letters of the Latin script (the names the lexicon knows are written in it). */
function isLatinCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde && first !== 0xd7) || (first >= 0x100 && first <= 0x24f))) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x24f))) return false;
  }
  return true;
}

