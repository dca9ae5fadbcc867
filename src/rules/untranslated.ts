// Function words machine translation left in the source language: Spanish `y` between two people
// (`Chiara Ferragni (36) y Fedez (34) have`), Italian `e` between two names (`Inter e Juve`),
// Italian `è` (is) glued to an English word (`the raceè over`), and Italian ages (`17enne`). Names
// that contain "y" (Ortega y Gasset) or "e" (Joaquim Silva e Luna), "x and y", "Y-axis", "vitamin E" and Italian titles ("La
// vita è bella") stay.
import type { Edit, Rule } from '../engine/types.js';
import { isWordCharAt, matchAt, matchBefore, occurrences } from '../text/scan.js';

/** Before ` e `: two capitalized words or more, a first name and a surname (`Joaquim Silva`). */
const FULL_NAME_BEFORE = /\p{Lu}[\p{Ll}\p{M}’'-]+ \p{Lu}[\p{Ll}\p{M}’'-]+$/u;
/** Before ` y `/` e `: a name, a capitalized word perhaps followed by an age in brackets. */
const NAME_BEFORE = /\p{Lu}[\p{Ll}\p{M}’'-]+(?: \(\d{1,3}\))?$/u;
/**
 * After it: a second name (one or two capitalized words, perhaps with an age), then a plural verb
 * — the sign that these are two people and not one name (José Ortega y Gasset, Ramón y Cajal).
 */
const NAME_AND_VERB_AFTER =
  /(\p{Lu}[\p{Ll}\p{M}’'-]+)(?: \p{Lu}[\p{Ll}\p{M}’'-]+)?(?: \(\d{1,3}\))?,? (?:have|are|were|had|both|will|would|met|married|separated|said|say)\b/uy;
/**
 * After an Italian ` e `: a capitalized word. Italian names do not contain "e" as Spanish ones
 * contain "y" (Ortega y Gasset), so no verb is needed to tell two people from one name.
 */
const NAME_AFTER = /(\p{Lu}[\p{Ll}\p{M}’'-]+)/uy;
/** Words that follow "y"/"e" inside Spanish and Italian company names: `Prisa y Asociados`. */
const FIRM_WORDS = new Set(['Asociados', 'Asociadas', 'Compañía', 'Cía', 'Hijos', 'Hermanos', 'Contratas', 'Servicios', 'Figli', 'Fratelli', 'Associati', 'Partners', 'Company']);
/**
 * `è` glued to the end of an English word (`raceè`): the word before it. Alone between words it
 * may belong to an Italian title quoted as such ("La vita è bella"), so that stays.
 */
const WORD_BEFORE_E = /(?<![\p{L}\p{M}])\p{Ll}{2,}$/u;
const AFTER_E = /[\s,.;:!?]/;
/** An Italian age: digits before `enne`/`enni`. */
const AGE_DIGITS = /(?<![\p{L}\p{N}])\d{1,3}$/u;

export const untranslated: Rule = {
  id: 'untranslated',
  description: 'Translate function words left in Spanish or Italian',
  category: 'grammar',
  scope: 'paragraph',
  // A lone "y" or "e", "è", and the digits of an Italian age (`17enne`).
  triggers: { words: ['y', 'e'], chars: 'è', flags: ['Digit'] },
  leaves: '"x and y", "Y-axis", "vitamin E", names with "y" (Ortega y Gasset), company names, Italian titles ("La vita è bella"), words of other languages quoted as such',
  examples: [
    ['Chiara Ferragni (36) y Fedez (34) have', 'Chiara Ferragni (36) and Fedez (34) have'],
    ['the raceè', 'the race is'],
    ['a 17enne', 'a 17-year-old'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const word of ['y', 'e']) {
      for (const at of occurrences(text, ` ${word} `)) {
        const second = matchAt(text, at + 3, word === 'y' ? NAME_AND_VERB_AFTER : NAME_AFTER);
        if (!second || FIRM_WORDS.has(second[1]!) || !matchBefore(text, at, NAME_BEFORE, 60)) continue;
        // `Joaquim Silva e Luna`, `Ulisses Correia e Silva`: in Portuguese a surname may hold "e";
        // after a name of two words or more, "e" is part of it.
        if (word === 'e' && matchBefore(text, at, FULL_NAME_BEFORE, 80)) continue;
        const language = word === 'y' ? 'Spanish' : 'Italian';
        edits.push(ctx.replace(at + 1, at + 2, 'and', `"${word}" is ${language} for "and"`));
      }
    }
    for (const at of occurrences(text, 'è')) {
      const stem = matchBefore(text, at, WORD_BEFORE_E, 40);
      // The end of the text counts as a space: a paragraph ends the same way alone and in its text.
      if (!stem || !(at + 1 === text.length || AFTER_E.test(text[at + 1]!)) || !ctx.lexicon.isWord(stem[0])) continue;
      edits.push(ctx.replace(at, at + 1, ' is', 'Italian "è" (is) glued to the word before'));
    }
    for (const at of occurrences(text, 'enn')) {
      const ending = text[at + 3];
      if ((ending !== 'e' && ending !== 'i') || isWordCharAt(text, at + 4)) continue;
      const digits = matchBefore(text, at, AGE_DIGITS, 6);
      if (!digits) continue;
      const word = text.slice(digits.index, at + 4);
      edits.push(ctx.replace(digits.index, at + 4, `${digits[0]}-year-old${ending === 'i' ? 's' : ''}`, `Italian "${word}" is an age`));
    }
    return edits.filter((edit) => !ctx.isProtected(edit.start, edit.end));
  },
};
