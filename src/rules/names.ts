// Machine translation respells names it does not know (Blingen, Riya Novosti, Wladimir Putin). We
// fix only the wrong forms listed in src/data/names.json; a name without an entry is left alone,
// and a wrong form that is also an ordinary word (Toss) is fixed only in its listed context.
import type { Edit, Rule } from '../engine/types.js';
import { searchFact } from '../text/facts.js';
import type { Correction, NameTable } from '../data/names.js';
import { isUpper, isWordChar } from '../text/chars.js';

/** Words before a news agency's name: `according to TASS`, `told Interfax`. */
const AGENCY_BEFORE = /(?:according to|reports?|reported by|quoted by|cited by|citing|told|informs?|news agency|the agency|agency)[\s,]*$/i;
/** Words after it: `TASS reports`, `TASS news agency`. */
const AGENCY_AFTER = /^[\s,]*(?:reports?|reported|reporting|news agency|agency|writes|wrote|says|said|quotes?|quoted|informs?|cites|cited|learned|learnt)\b/i;
const CONTEXT_REACH = 40;

/** Builds the rule over a name table (the built-in one by default). */
export function createNamesRule(table?: NameTable): Rule {
  return {
    id: 'names',
    description: 'Correct known misspellings of people, agencies and places in world news',
    category: 'spelling',
    family: 'names',
    scope: 'paragraph',
    leaves: 'names without an entry, accepted variants (Sergey/Sergei, Zelenskyy/Zelenskiy, Kiev, Sanchez), ordinary words out of context ("Toss the salad")',
    examples: [
      ['Anthony Blinken said', 'Antony Blinken said'],
      ['according to Riya Novosti', 'according to RIA Novosti'],
      ['Toss reports', 'TASS reports'],
    ],
    apply(text, ctx) {
      const names = table ?? ctx.lexicon.names;
      const edits: Edit[] = [];
      for (const { start, end, correction } of names.find(text)) {
        if (ctx.isProtected(start, end) || !fitsContext(text, start, end, correction)) continue;
        if (correction.when === 'named' && !ctx.fact(NAMED_IN_FULL, fullForms(correction))) continue;
        const edit = ctx.replace(start, end, correction.to, message(correction));
        edits.push(correction.report ? { ...edit, report: true } : edit);
      }
      return edits;
    },
  };
}

export const names: Rule = createNamesRule();

function message(correction: Correction): string {
  const { entry } = correction;
  return `known misspelling of ${entry.name} (${entry.about})`;
}

function fitsContext(text: string, start: number, end: number, correction: Correction): boolean {
  switch (correction.when) {
    case undefined:
      return true;
    case 'agency':
      // The words around, within the paragraph: a blank line ends the context.
      return AGENCY_BEFORE.test(withinParagraph(text.slice(Math.max(0, start - CONTEXT_REACH), start), 'before')) || AGENCY_AFTER.test(withinParagraph(text.slice(end, end + CONTEXT_REACH), 'after'));
    case 'mid-sentence':
      return isMidSentence(text, start) && !isPartOfCapitalizedRun(text, start);
    case 'named':
      return true; // decided on the whole text, see isNamed
  }
}

/** The correct forms of an entity of two words or more, as one key (see NAMED_IN_FULL). */
function fullForms(correction: Correction): string {
  const { entry } = correction;
  return [entry.name, ...Object.keys(entry.forms)].filter((form) => form.includes(' ')).join(FORM_SEPARATOR);
}

const FORM_SEPARATOR = '\u0001';

/** Whether the article names an entity in full: by one of its forms (joined by FORM_SEPARATOR), anywhere. */
const NAMED_IN_FULL = searchFact<boolean>('names:named-in-full', (text, forms) => forms !== '' && forms.split(FORM_SEPARATOR).some((form) => containsWord(text, form)));

function containsWord(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + phrase.length])) return true;
  }
  return false;
}

/** The part of `context` (the text just before or after a name) that lies in the name's paragraph. */
function withinParagraph(context: string, side: 'before' | 'after'): string {
  const blank = side === 'before' ? context.lastIndexOf('\n\n') : context.indexOf('\n\n');
  if (blank < 0) return context;
  return side === 'before' ? context.slice(blank + 2) : context.slice(0, blank);
}

/** Whether a word at `start` follows other words of its sentence (not a sentence or line start). */
function isMidSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && /[\p{L}\p{N},;]/u.test(text[i] as string);
}

/** Whether the word before `start` is capitalized too (`Day Tripper`). */
function isPartOfCapitalizedRun(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  let wordStart = i;
  while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
  return i >= 0 && isUpper(text[wordStart]);
}
