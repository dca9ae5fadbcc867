// A word written twice, as machine translation and hand-edited scrapes leave it: `since since`,
// `in the the span`. Only short function words whose doubling is never grammatical; "had had",
// "that that", "is is" and phrasal verbs followed by their preposition ("log in in") are left.
// Also a speech attribution translated twice: `“…every day”, he said. he launched, alluding`.
import type { Edit, Rule } from '../engine/types.js';

const NEVER_DOUBLED = [
  'the', 'a', 'an', 'of', 'to', 'for', 'from', 'with', 'and', 'or', 'but', 'since', 'into', 'than',
  'which', 'who', 'its', 'their', 'our', 'this', 'these', 'those', 'whose', 'whom',
];
/** Reading: one of the words at a word start, spaces, the same word again, a word end. */
const DOUBLED = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}'’-])(${NEVER_DOUBLED.join('|')})( +)(\\1)(?![\\p{L}\\p{N}\\p{M}'’-])`, 'giu');

const SPEECH_VERB = '(?:said|says|added|adds|launched|declared|stated|explained|continued|insisted|stressed|noted|told|replied|asked|estimated|warned|concluded)';
/** Reading: `, he said`, a full stop, a lower-case `he launched`, then a comma or a full stop. */
const DOUBLED_ATTRIBUTION = new RegExp(`(?<=, (he|she|they) ${SPEECH_VERB})\\. \\1 ${SPEECH_VERB}(?=[,.])`, 'gu');

export const doubledWords: Rule = {
  id: 'doubled-words',
  description: 'Remove a function word written twice ("since since", "the the") and an attribution translated twice',
  category: 'grammar',
  leaves: '"had had", "that that", "is is", a preposition after a phrasal verb ("log in in"), words in different case',
  apply(text, ctx) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(DOUBLED)) {
      const [whole, first, space, second] = m as unknown as [string, string, string, string];
      // "The the" at a sentence start, or both alike; never "Which which" mid-sentence or "THE the".
      const sameCase = first === second || (first === second[0]!.toUpperCase() + second.slice(1) && second === second.toLowerCase());
      if (!sameCase || ctx.isProtected(m.index, m.index + whole.length)) continue;
      const start = m.index + first.length;
      edits.push(ctx.remove(start, start + space.length + second.length, `"${second}" written twice`));
    }
    for (const m of text.matchAll(DOUBLED_ATTRIBUTION)) {
      edits.push(ctx.remove(m.index, m.index + m[0].length, 'the attribution is translated twice'));
    }
    return edits;
  },
};
