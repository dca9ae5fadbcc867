// A subject pronoun left after the name it stands for, as machine translation from pro-drop
// languages (Spanish, Italian) leaves it: `the Junts deputy Eduard Pujol He was wrong`,
// `Jair Bolsonaro, He was disgusted`, `Elly Schlein he can’t`. A capitalized He/She/They in
// mid-sentence after a name goes; a lower-case one only after a full name that opens a sentence
// ("told Pedro Sánchez he would" is grammatical and stays). A "name" is a capitalized word that
// is not an English word, so "Yesterday He said" is left alone.
import type { Edit, Rule } from '../engine/types.js';
import { isEnglishWord } from '../data/words.js';

/** Reading: a capitalized word, an optional comma, one space, He/She/They, a space, a lower-case letter. */
const CAPITAL_PRONOUN = /(?<=(?<![\p{L}\p{N}\p{M}’'-])(\p{Lu}[\p{Ll}\p{M}’'-]+),? )(He|She|They) (?=\p{Ll})/gu;
/**
 * Reading: a line or sentence start, two to four capitalized words (the name), one space,
 * he/she, a space, a lower-case letter.
 */
const LOWER_PRONOUN = /(?<=(?:^|[.!?] )(?:\p{Lu}[\p{Ll}\p{M}’'-]+ ){1,3}(\p{Lu}[\p{Ll}\p{M}’'-]+) )(he|she) (?=\p{Ll})/gmu;

export const pronounAfterName: Rule = {
  id: 'pronoun-after-name',
  description: 'Remove a subject pronoun left right after the name it stands for ("Eduard Pujol He was wrong")',
  category: 'grammar',
  leaves: '"told Pedro Sánchez he would", a pronoun after an ordinary capitalized word ("Yesterday He said")',
  apply(text, ctx) {
    const edits: Edit[] = [];
    const patterns = [
      ...(/ (?:He|She|They) /.test(text) ? [CAPITAL_PRONOUN] : []),
      ...(/ (?:he|she) /.test(text) ? [LOWER_PRONOUN] : []),
    ];
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const [pronoun, name, word] = [m[0], m[1]!, m[2]!];
        if (isEnglishWord(name) || ctx.isProtected(m.index, m.index + pronoun.length)) continue;
        edits.push(ctx.remove(m.index, m.index + pronoun.length, `"${word}" repeats the subject "${name}"`));
      }
    }
    return edits;
  },
};
