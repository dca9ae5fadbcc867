// Numbers grouped the continental way (`1.245.803`) in an English text that groups them with
// commas elsewhere (`4,464,005`). Only numbers with two dot groups or more, which cannot be
// decimals; a single group (`+9.300`) is ambiguous and stays, and so does every number in a text
// with no comma-grouped number to go by. Also the pronoun "one" written as a digit by machine
// translation: `in which 1 can see`, `on the 1 hand` (only after a word that introduces a clause and
// before a modal verb, or in that idiom).
import type { Edit, Rule } from '../engine/types.js';
import { COMMA_GROUPING } from '../text/facts.js';

/** Reading: one to three digits, then two or more groups of a dot and three digits; no digit around. */
const DOT_GROUPED = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d]|[.,]\d)/g;
/** What every match of DOT_GROUPED holds, found literal-first. */
const TWO_DOT_GROUPS = /\.\d{3}\.\d{3}/;

/** `which 1 can`: a lone 1 between which, where or how and a modal verb, where English writes the pronoun (not after and, if, that: `scored 1 and 1 will follow` counts). */
const ONE_AS_PRONOUN = /(?<![\p{L}\p{N}])(?:[Ww]hich|[Ww]here|[Hh]ow) (1) (?=(?:can|could|must|should|would|may|might|will|cannot|needs to|has to)(?![\p{L}\p{N}]))/gu;
/** `on the 1 hand`: the idiom with the digit. */
const ONE_HAND = /(?<![\p{L}\p{N}])[Oo]n the (1) hand(?![\p{L}\p{N}])/gu;

export const numbers: Rule = {
  id: 'numbers',
  description: 'Regroup "1.245.803" as "1,245,803" in a text that groups numbers with commas; write the pronoun "one" machine translation gave as "1"',
  category: 'punctuation',
  leaves: 'one dot group (9.300 may be a decimal), dates, versions and addresses, texts without comma-grouped numbers, counts (1 of 5, only 1 can win)',
  scope: 'paragraph',
  triggers: { flags: ['Digit'] },
  examples: [
    ['1.245.803 votes and 12,500 abstentions', '1,245,803 votes and 12,500 abstentions'],
  ],
  apply(text, ctx) {
    const edits: Edit[] = [];
    // Both patterns need a lone 1 between spaces: most paragraphs with digits have none.
    for (const pattern of text.includes(' 1 ') ? [ONE_AS_PRONOUN, ONE_HAND] : []) {
      for (const m of text.matchAll(pattern)) {
        const at = m.index + m[0].lastIndexOf('1');
        if (!ctx.isProtected(at, at + 1)) edits.push(ctx.replace(at, at + 1, 'one', 'the pronoun "one" written as a digit'));
      }
    }
    // The convention may be set in another paragraph: it is a fact of the whole article.
    if (!ctx.fact(COMMA_GROUPING, '')) return edits;
    for (const m of TWO_DOT_GROUPS.test(text) ? text.matchAll(DOT_GROUPED) : []) {
      if (ctx.isProtected(m.index, m.index + m[0].length)) continue;
      edits.push(ctx.replace(m.index, m.index + m[0].length, m[0].replaceAll('.', ','), 'continental digit grouping in an English text'));
    }
    return edits;
  },
};
