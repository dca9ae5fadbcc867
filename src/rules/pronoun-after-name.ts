// A subject pronoun left after the name it stands for, as machine translation from pro-drop
// languages (Spanish, Italian) leaves it: `the Junts deputy Eduard Pujol He was wrong`,
// `Jair Bolsonaro, He was disgusted`, `Elly Schlein he can’t`, `Ferrari’s Carlos Sainz he
// finished`. A capitalized He/She/They in mid-sentence after a name goes; a lower-case he/she
// after a full name (two capitalized words or more) goes unless a verb before the name makes it
// the object of a clause ("told Pedro Sánchez he would" is grammatical and stays). A "name" ends
// in a capitalized word that is not an English word, or is a surname in the name table (Macron,
// which the word list also has), so "Yesterday He said" is left alone.
import type { Edit, Rule } from '../engine/types.js';
import { matchBefore } from '../text/scan.js';

/** He/She/They with a space on each side and a lower-case word after: the anchor. */
const CAPITAL_PRONOUN = / (He|She|They) (?=\p{Ll})/gu;
const LOWER_PRONOUN = / (he|she) (?=\p{Ll})/gu;
/** Before a capital pronoun: a capitalized word (the name), perhaps a comma. */
export const NAME_BEFORE = /(?<![\p{L}\p{N}\p{M}’'-])(\p{Lu}[\p{Ll}\p{M}’'-]+),?$/u;
/**
 * Before a lower-case pronoun: two to four capitalized words (a full name), and the word before
 * them, if any.
 */
export const FULL_NAME_BEFORE = /(?:(?<![\p{L}\p{N}\p{M}])([\p{L}’'-]+) )?((?:\p{Lu}[\p{Ll}\p{M}’'-]+ ){1,3}(\p{Lu}[\p{Ll}\p{M}’'-]+))$/u;
/** Verbs after which "Name he …" is an object and a clause: "told Macron he would". */
const CLAUSE_VERBS = new Set([
  'told', 'tell', 'tells', 'telling', 'warned', 'warn', 'warns', 'assured', 'assure', 'assures', 'informed',
  'inform', 'reminded', 'remind', 'asked', 'ask', 'asks', 'promised', 'promise', 'convinced', 'persuaded',
  'showed', 'shown', 'show', 'taught', 'advised', 'urged', 'said', 'says', 'believes', 'believed', 'thinks',
  'thought', 'knows', 'knew', 'hopes', 'hoped', 'feared', 'fears', 'means', 'meant', 'reported', 'heard',
  'let', 'made', 'make', 'makes', 'saw', 'see', 'sees', 'watched', 'helped', 'guaranteed', 'notified',
  'that', 'if', 'whether', 'because', 'when', 'while', 'unless', 'until', 'since', 'as', 'than',
]);

/** capitalizedWordBefore: no such word; or it cannot tell (a character outside the BMP), and the pattern decides. */
export const NONE = -1;
const UNSURE = -2;

/**
 * Where the capitalized word ending at `end` starts (a capital, then letters of the patterns'
 * tail class), NONE or UNSURE: what both patterns above need first, checked before they run
 * (they try every start in their reach).
 */
export function capitalizedWordBefore(text: string, end: number): number {
  let k = end;
  for (; k > 0; k--) {
    const c = text.charCodeAt(k - 1);
    if ((c >= 97 && c <= 122) || c === 39 || c === 45 || c === 0x2019) continue;
    if (c < 128) break;
    if (c >= 0xd800 && c <= 0xdfff) return UNSURE;
    if (!TAIL.test(text[k - 1]!)) break;
  }
  if (k === end || k === 0) return NONE;
  const c = text.charCodeAt(k - 1);
  if (c >= 65 && c <= 90) return k - 1;
  if (c < 128) return NONE;
  if (c >= 0xd800 && c <= 0xdfff) return UNSURE;
  return CAPITAL.test(text[k - 1]!) ? k - 1 : NONE;
}

/** Whether two capitalized words, a space between, may end at `end`: FULL_NAME_BEFORE needs them. */
export function mayEndWithFullName(text: string, end: number): boolean {
  const last = capitalizedWordBefore(text, end);
  if (last === UNSURE) return true;
  if (last < 1 || text[last - 1] !== ' ') return false;
  return capitalizedWordBefore(text, last - 1) !== NONE;
}

const TAIL = /[\p{Ll}\p{M}]/u;
const CAPITAL = /\p{Lu}/u;

export const pronounAfterName: Rule = {
  id: 'pronoun-after-name',
  description: 'Remove a subject pronoun left right after the name it stands for',
  category: 'grammar',
  scope: 'paragraph',
  triggers: { words: ['He', 'She', 'They', 'he', 'she'] },
  leaves: '"told Pedro Sánchez he would", "that Macron he …", a pronoun after an ordinary capitalized word ("Yesterday He said")',
  examples: [
    ['Eduard Pujol He was wrong', 'Eduard Pujol was wrong'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    const remove = (at: number, pronoun: string, name: string): void => {
      const start = at + 1;
      const end = start + pronoun.length + 1;
      if (!ctx.isProtected(start, end)) edits.push(ctx.remove(start, end, `"${pronoun}" repeats the subject "${name}"`));
    };
    const people = ctx.lexicon.people;
    for (const m of text.includes('He ') || text.includes('She ') || text.includes('They ') ? text.matchAll(CAPITAL_PRONOUN) : []) {
      const name = capitalizedWordBefore(text, text[m.index - 1] === ',' ? m.index - 1 : m.index) === NONE ? undefined : matchBefore(text, m.index, NAME_BEFORE, 40)?.[1];
      if (name !== undefined && (people.surnames.has(name) || !ctx.lexicon.isWord(name))) remove(m.index, m[1]!, name);
    }
    for (const m of text.includes(' he ') || text.includes(' she ') ? text.matchAll(LOWER_PRONOUN) : []) {
      if (!mayEndWithFullName(text, m.index)) continue;
      const found = matchBefore(text, m.index, FULL_NAME_BEFORE, 100);
      if (!found) continue;
      const [, before, full, last] = found as unknown as [string, string | undefined, string, string];
      const isName = people.surnames.has(last) || !ctx.lexicon.isWord(last) || people.fullNames.has(full.trimEnd());
      if (!isName || (before !== undefined && CLAUSE_VERBS.has(before.toLowerCase()))) continue;
      remove(m.index, m[1]!, last);
    }
    return edits;
  },
};
