// Numbers grouped the continental way (`1.245.803`) in an English text that groups them with
// commas elsewhere (`4,464,005`). Only numbers with two dot groups or more, which cannot be
// decimals; a single group (`+9.300`) is ambiguous and stays, and so does every number in a text
// with no comma-grouped number to go by.
import type { Edit, Rule } from '../engine/types.js';
import { COMMA_GROUPING } from '../text/facts.js';

/** Reading: one to three digits, then two or more groups of a dot and three digits; no digit around. */
const DOT_GROUPED = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d]|[.,]\d)/g;

export const numbers: Rule = {
  id: 'numbers',
  description: 'Regroup "1.245.803" as "1,245,803" in a text that groups numbers with commas',
  category: 'punctuation',
  leaves: 'one dot group (9.300 may be a decimal), dates, versions and addresses, texts without comma-grouped numbers',
  scope: 'paragraph',
  triggers: { flags: ['Digit'] },
  examples: [
    ['1.245.803 votes and 12,500 abstentions', '1,245,803 votes and 12,500 abstentions'],
  ],
  apply(text, ctx) {
    // The convention may be set in another paragraph: it is a fact of the whole article.
    if (!ctx.fact(COMMA_GROUPING, '')) return [];
    const edits: Edit[] = [];
    for (const m of text.matchAll(DOT_GROUPED)) {
      if (ctx.isProtected(m.index, m.index + m[0].length)) continue;
      edits.push(ctx.replace(m.index, m.index + m[0].length, m[0].replaceAll('.', ','), 'continental digit grouping in an English text'));
    }
    return edits;
  },
};
