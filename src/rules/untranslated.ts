// Function words machine translation left in the source language: Spanish `y` and Italian `e`
// between two people (`Chiara Ferragni (36) y Fedez (34) have`), Italian `è` (is) glued to an
// English word (`the raceè over`), and Italian ages (`17enne`). Names that contain "y" (Ortega y
// Gasset), "x and y", "Y-axis", "vitamin E" and Italian titles ("La vita è bella") stay.
import type { Edit, Rule } from '../engine/types.js';
import { isEnglishWord } from '../data/words.js';

/**
 * Reading: a name (a capitalized word, perhaps with an age in brackets), ` y `/` e `, a second
 * name (one or two capitalized words, perhaps with an age), then a plural verb — the sign that
 * these are two people and not one name (José Ortega y Gasset, Santiago Ramón y Cajal).
 */
const AND_BETWEEN_NAMES =
  /(?<=\p{Lu}[\p{Ll}\p{M}’'-]+(?: \(\d{1,3}\))?) (y|e) (?=\p{Lu}[\p{Ll}\p{M}’'-]+(?: \p{Lu}[\p{Ll}\p{M}’'-]+)?(?: \(\d{1,3}\))?,? (?:have|are|were|had|both|will|would|met|married|separated|said|say)\b)/gu;
/** Words that follow "y"/"e" inside Spanish and Italian company names: `Prisa y Asociados`. */
const FIRM_WORDS = new Set(['Asociados', 'Asociadas', 'Compañía', 'Cía', 'Hijos', 'Hermanos', 'Contratas', 'Servicios', 'Figli', 'Fratelli', 'Associati', 'Partners', 'Company']);
/**
 * `è` glued to the end of an English word (`raceè`). Alone between words it may belong to an
 * Italian title quoted as such ("La vita è bella"), so that stays.
 */
const ITALIAN_IS = /(?<=(?<![\p{L}\p{M}])(\p{Ll}{2,}))è(?=[\s,.;:!?])/gu;
/** An Italian age: `17enne`, `45enni`. */
const ITALIAN_AGE = /(?<![\p{L}\p{N}])(\d{1,3})enn[ei](?![\p{L}\p{N}])/gu;

export const untranslated: Rule = {
  id: 'untranslated',
  description: 'Translate function words left in Spanish or Italian ("Ferragni y Fedez", "raceè", "17enne")',
  category: 'grammar',
  leaves: '"x and y", "Y-axis", "vitamin E", words of other languages quoted as such',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const pairs = text.includes(' y ') || text.includes(' e ') ? text.matchAll(AND_BETWEEN_NAMES) : [];
    for (const m of pairs) {
      const next = /^\p{L}+/u.exec(text.slice(m.index + 3))?.[0] ?? '';
      if (FIRM_WORDS.has(next)) continue;
      const language = m[1] === 'y' ? 'Spanish' : 'Italian';
      edits.push(ctx.replace(m.index + 1, m.index + 2, 'and', `"${m[1]}" is ${language} for "and"`));
    }
    for (const m of text.includes('è') ? text.matchAll(ITALIAN_IS) : []) {
      if (!isEnglishWord(m[1]!)) continue;
      edits.push(ctx.replace(m.index, m.index + 1, ' is', 'Italian "è" (is) glued to the word before'));
    }
    for (const m of text.includes('enn') ? text.matchAll(ITALIAN_AGE) : []) {
      edits.push(ctx.replace(m.index, m.index + m[0].length, `${m[1]}-year-old${m[0].endsWith('i') ? 's' : ''}`, `Italian "${m[0]}" is an age`));
    }
    return edits.filter((edit) => !ctx.isProtected(edit.start, edit.end));
  },
};
