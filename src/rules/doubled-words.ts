// A word written twice, as machine translation and hand-edited scrapes leave it: `since since`,
// `in the the span`. Only short function words whose doubling is never grammatical; "had had",
// "that that", "is is" and phrasal verbs followed by their preposition ("log in in") are left.
// Also a speech attribution translated twice: `“…every day”, he said. he launched, alluding`.
import type { Edit, Rule } from '../engine/types.js';

const NEVER_DOUBLED = [
  'the', 'a', 'an', 'of', 'to', 'for', 'from', 'with', 'and', 'or', 'but', 'since', 'into', 'than',
  'which', 'who', 'its', 'their', 'our', 'this', 'these', 'those', 'whose', 'whom',
];
const NEVER_DOUBLED_SET = new Set(NEVER_DOUBLED);
const LONGEST = Math.max(...NEVER_DOUBLED.map((word) => word.length));
/** Characters that join a word to the one before or after it: `rock-and`, `'n'`. */
const JOINERS = "'’-";

const SPEECH_VERB = '(?:said|says|added|adds|launched|declared|stated|explained|continued|insisted|stressed|noted|told|replied|asked|estimated|warned|concluded)';
/** Reading: `, he said`, a full stop, a lower-case `he launched`, then a comma or a full stop. */
const DOUBLED_ATTRIBUTION = new RegExp(`, (he|she|they) ${SPEECH_VERB}(\\. \\1 ${SPEECH_VERB})(?=[,.])`, 'g');

function isJoiner(ch: string | undefined): boolean {
  return ch !== undefined && JOINERS.includes(ch);
}

function isSpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ') return false;
  return true;
}

export const doubledWords: Rule = {
  id: 'doubled-words',
  description: 'Remove a function word written twice, and an attribution translated twice',
  category: 'grammar',
  scope: 'paragraph',
  leaves: '"had had", "that that", "is is", a preposition after a phrasal verb ("log in in"), words in different case ("Will will")',
  examples: [
    ['since since 2022', 'since 2022'],
    ['the the war', 'the war'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    // Two words of the same length with only spaces between, alike, and one of NEVER_DOUBLED: the
    // cheap tests (lengths, characters) first, so most words cost no string at all.
    const words = ctx.words();
    for (let w = 1; w < words.count; w++) {
      const start = words.starts[w]!;
      const end = words.ends[w]!;
      const previous = words.starts[w - 1]!;
      const previousEnd = words.ends[w - 1]!;
      const length = end - start;
      if (length > LONGEST || length !== previousEnd - previous || !isSpaces(text, previousEnd, start)) continue;
      if (isJoiner(text[previous - 1]) || isJoiner(text[end])) continue;
      const first = text.slice(previous, previousEnd);
      const second = text.slice(start, end);
      // "The the" at a sentence start, or both alike; never "Which which" mid-sentence or "THE the".
      const sameCase = first === second || (first === second[0]!.toUpperCase() + second.slice(1) && second === second.toLowerCase());
      if (sameCase && NEVER_DOUBLED_SET.has(second.toLowerCase()) && !ctx.isProtected(previous, end)) {
        edits.push(ctx.remove(previousEnd, end, `"${second}" written twice`));
      }
    }
    if (text.includes('. he ') || text.includes('. she ') || text.includes('. they ')) {
      for (const m of text.matchAll(DOUBLED_ATTRIBUTION)) {
        const start = m.index + m[0].length - m[2]!.length;
        edits.push(ctx.remove(start, start + m[2]!.length, 'the attribution is translated twice'));
      }
    }
    return edits;
  },
};
