// "The Russia wants": a definite article that machine translation (from Italian, Spanish, French,
// German) puts before a country name that takes none in English. We drop it only when the country
// is the subject of a verb that follows it, so "the Russia-Ukraine war", "the Russia of the 1990s",
// "the Italy squad", "the Italy that did not go" and "the Netherlands" stay. The same goes for a
// person the lexicon knows by surname (`The Zelensky also said`), when the surname is no English
// word (so "The Hill reported", "The Times said" stay), and for a name the article writes without
// an article elsewhere (`that the Petrobras will` beside `for Petrobras,`). "The president Jair
// Bolsonaro" opening a sentence, before a known person the title fits, is "President Jair Bolsonaro".
import type { Edit, Rule } from '../engine/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { matchesAt } from '../text/scan.js';

/** Verb forms that cannot be read as a noun after a country name ("the Russia talks" could). */
const VERBS = [
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'shall', 'does', 'did', 'wants', 'wanted', 'says', 'said', 'seeks', 'sought', 'insists', 'insisted',
  'accuses', 'accused', 'denies', 'denied', 'believes', 'believed', 'considers', 'considered',
  'intends', 'intended', 'continues', 'continued', 'remains', 'remained', 'refuses', 'refused',
  'rejects', 'rejected', 'announces', 'announced', 'hopes', 'hoped', 'expects', 'expected', 'warns',
  'warned', 'claims', 'claimed', 'threatens', 'threatened', 'needs', 'needed', 'tries', 'tried',
  'aims', 'agrees', 'agreed', 'decided', 'decides', 'knows', 'knew', 'thinks', 'thought', 'sees',
  'saw', 'feels', 'felt', 'keeps', 'kept', 'asks', 'asked', 'launched', 'launches', 'sent', 'sends',
  'became', 'becomes', 'reached', 'reaches', 'signed', 'responded', 'responds', 'stated', 'admitted',
  'admits', 'confirmed', 'confirms', 'promised', 'declared', 'declares', 'opposes', 'opposed',
  'supported', 'condemned', 'condemns', 'demanded', 'called', 'urged', 'urges', 'planned',
];
const ADVERBS = ['also', 'still', 'now', 'already', 'never', 'again', 'reportedly', 'allegedly', 'apparently', 'clearly', 'officially', 'even', 'only', 'just', 'then', 'once', 'firmly'];

const patterns = new WeakMap<Lexicon, RegExp>();
/** Where both patterns below may match, searched first (their lookbehind would be tried everywhere). */
const THE = /[Tt]he /g;

/** Reading: "the"/"The", a space, a country name, a space, an optional adverb, a verb, a word end. */
function articleBeforeCountry(lexicon: Lexicon): RegExp {
  let pattern = patterns.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])([Tt]he) (?=(${lexicon.countriesWithoutArticle.join('|')}) (?:(?:${ADVERBS.join('|')}) )?(?:${VERBS.join('|')})(?![\\p{L}\\p{N}'’-]))`,
      'gu',
    );
    patterns.set(lexicon, pattern);
  }
  return pattern;
}

/** Reading: "the"/"The", a space, a capitalized word, a space, an optional adverb, a verb, a word end. */
let beforeName: RegExp | undefined;
function articleBeforeName(): RegExp {
  beforeName ??= new RegExp(
    `(?<![\\p{L}\\p{N}])([Tt]he) (?=(\\p{Lu}\\p{Ll}+) (?:(?:${ADVERBS.join('|')}) )?(?:${VERBS.join('|')})(?![\\p{L}\\p{N}'’-]))`,
    'gu',
  );
  return beforeName;
}

/** Whether `word` is the surname of a person the lexicon knows, and no English word, country or place. */
function isPersonsSurname(word: string, lexicon: Lexicon): boolean {
  if (lexicon.knownPeople.withSurname(word).length === 0) return false;
  return !lexicon.isWord(word.toLowerCase()) && lexicon.frequency(word) < 3 && !lexicon.isPlace(word) && lexicon.country(word) === undefined && lexicon.acronym(word) === undefined;
}

/**
 * `The president Jair Bolsonaro said`: "The", a title in lower case, a first name and a surname,
 * opening a sentence (the start of a line, after a full stop and a space, or a dateline's dash).
 */
const TITLE_AFTER_THE = /(The) (\p{Ll}+) (?=(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:['’]s)?)(?![\p{L}\p{N}-]))/gmu;

/** Whether `at` opens a sentence: the start of a line, after a full stop and a space, or a dateline's dash. */
function opensSentence(text: string, at: number): boolean {
  if (at === 0 || text[at - 1] === '\n') return true;
  return text[at - 1] === ' ' && /[.!?–—]/.test(text[at - 2] ?? '');
}

/** Whether a known person is written `first surname` and the title fits them (`president` Jair Bolsonaro). */
function isTitledPerson(lexicon: Lexicon, title: string, first: string, surname: string): boolean {
  const known = lexicon.knownPeople;
  for (const person of known.withSurname(surname)) {
    for (let i = 0; i < person.surnames.length; i++) {
      if (person.surnames[i] === surname && person.firstNames[i] === first && known.fitsTitle(person, title)) return true;
    }
  }
  return false;
}

/**
 * `that the Petrobras will`: "the" in mid-sentence before a capitalized word, then a verb or an
 * opening bracket (not a noun the name would qualify, `the Petrobras board`, nor a comma, `the
 * Cupertino, California, firm`).
 */
const THE_BEFORE_NAME = new RegExp(
  `the (\\p{Lu}\\p{Ll}{3,})(?= (?:(?:${ADVERBS.join('|')}) )?(?:${VERBS.join('|')})(?![\\p{L}\\p{N}'’-])| \\()`,
  'gu',
);

/**
 * Whether the article writes `name` (no English word, place, country, people or acronym) without
 * an article elsewhere and never with one but at `at`: after a lower-case word other than an
 * article, and before a punctuation mark, a possessive or the end of the text (`for Petrobras,`,
 * `criticized Petrobras’ pricing`), not as a modifier (`Taliban fighters`).
 */
function isBareName(text: string, lexicon: Lexicon, name: string, at: number): boolean {
  if (lexicon.isWord(name) || lexicon.frequency(name) > 0 || lexicon.isPlace(name) || lexicon.city(name) !== undefined || lexicon.country(name) !== undefined || lexicon.countryOfDemonym(name) !== undefined || lexicon.acronym(name.toUpperCase()) !== undefined || lexicon.isRegion(name)) return false;
  let bare = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (i === at + 4) continue;
    const after = text[i + name.length] ?? '';
    if (/[\p{L}\p{N}-]/u.test(after) || /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue;
    const before = /(\p{L}+) $/u.exec(text.slice(Math.max(0, i - 20), i))?.[1];
    if (before === undefined) continue;
    if (/^(?:the|a|an)$/i.test(before)) return false;
    if (/^\p{Ll}/u.test(before) && (after === '' || /[,.;:)’']/.test(after))) bare++;
  }
  return bare > 0;
}

export const countryArticle: Rule = {
  id: 'country-article',
  description: 'Drop "the" before a country that takes no article, a known person\'s surname or a name the article writes bare, when it is the subject, and before a title opening a known person\'s name',
  category: 'grammar',
  scope: 'paragraph',
  // No triggers: "the" as the pattern reads it may follow an apostrophe or a combining mark, where
  // the tokenizer sees one longer word (`the’The`), and the rule is cheap anyway.
  leaves: 'the Netherlands, the United States, the Russia-Ukraine war, the Russia of the 1990s, the Italy squad, the Zelensky government, The Hill reported, the Taliban said (never written bare), the Petrobras board, The former president Jair Bolsonaro',
  examples: [
    ['The Russia wants peace', 'Russia wants peace'],
    ['The Zelensky also said', 'Zelensky also said'],
    ['The president Jair Bolsonaro said', 'President Jair Bolsonaro said'],
    ['that the Petrobras will sell, said Petrobras.', 'that Petrobras will sell, said Petrobras.'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of matchesAt(text, articleBeforeCountry(ctx.lexicon), THE)) {
      const end = m.index + m[0].length;
      if (ctx.isProtected(m.index, end)) continue;
      edits.push(ctx.remove(m.index, end, `"${m[2]}" takes no article`));
    }
    for (const m of text.matchAll(TITLE_AFTER_THE)) {
      if (!opensSentence(text, m.index)) continue;
      const title = m[2]!;
      const office = title[0]!.toUpperCase() + title.slice(1);
      const end = m.index + m[1]!.length + 1 + title.length;
      if (!ctx.lexicon.isTitle(office) || !isTitledPerson(ctx.lexicon, office, m[3]!, m[4]!.replace(/['’]s$/, '')) || ctx.isProtected(m.index, end)) continue;
      edits.push(ctx.replace(m.index, end, office, `"${office} ${m[3]} ${m[4]}": a title before a name takes no article`));
    }
    for (const m of text.matchAll(THE_BEFORE_NAME)) {
      if (text[m.index - 1] !== ' ' || !/\p{Ll}/u.test(text[m.index - 2] ?? '')) continue; // in mid-sentence, after a lower-case word
      const name = m[1]!;
      const end = m.index + 4;
      if (!isBareName(text, ctx.lexicon, name, m.index) || ctx.isProtected(m.index, end + name.length)) continue;
      edits.push(ctx.remove(m.index, end, `the article writes "${name}" without "the" elsewhere`));
    }
    for (const m of matchesAt(text, articleBeforeName(), THE)) {
      const end = m.index + m[0].length;
      if (!isPersonsSurname(m[2]!, ctx.lexicon) || ctx.isProtected(m.index, end)) continue;
      edits.push(ctx.remove(m.index, end, `"${m[2]}" is a person's name and takes no article`));
    }
    return edits;
  },
};
