// Document facts: a rule of paragraph scope may read facts of the whole article; when an answer
// it was given changes in a later pass, the engine has it read everything again.
import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/engine/engine.js';
import type { Edit, Fact, Rule } from '../../src/engine/types.js';

const HAS_Y: Fact<'', boolean> = { id: 'test:has-y', prepare: (text) => text.includes('Y'), answer: (prepared) => prepared as boolean };

/** Document scope: X becomes Y. */
const xToY: Rule = {
  id: 'x-to-y',
  description: 'X becomes Y',
  category: 'spelling',
  apply: (text, ctx) => [...text.matchAll(/X/g)].map((m) => ctx.replace(m.index, m.index + 1, 'Y', 'X is Y')),
};

/** Paragraph scope: b becomes c, but only in an article that has a Y somewhere. */
const bToC: Rule = {
  id: 'b-to-c',
  description: 'b becomes c where the article has a Y',
  category: 'spelling',
  scope: 'paragraph',
  apply(text, ctx) {
    if (!ctx.fact(HAS_Y, '')) return [];
    return [...text.matchAll(/b/g)].map((m): Edit => ctx.replace(m.index, m.index + 1, 'c', 'b is c here'));
  },
};

describe('document facts', () => {
  it('re-run a paragraph rule everywhere when a fact it read changed in another paragraph', () => {
    // Pass 1 turns X into Y in the first paragraph; only then does the second paragraph's b qualify.
    const result = runClean('X\n\nb', { rules: [xToY, bToC] });
    expect(result.text).toBe('Y\n\nc');
    expect(result.edits.map((edit) => [edit.ruleId, edit.pass])).toEqual([['x-to-y', 1], ['b-to-c', 2]]);
  });

  it('are read from the whole article, also when the rule sees one paragraph', () => {
    const seen: string[] = [];
    const spy: Rule = { ...bToC, id: 'spy', apply: (text, ctx) => (seen.push(`${text}:${ctx.fact(HAS_Y, '')}`), []) };
    runClean('Y\n\nb\n\nX', { rules: [xToY, spy] });
    expect(seen[0]).toBe('Y\n\nb\n\nX:true');
    // Pass 2 shows the spy only the changed paragraph, with the fact of the whole text.
    expect(seen[1]).toBe('Y:true');
  });
});

describe('ctx.memo', () => {
  it('remembers a value across the passes of one cleaning, not across cleanings', () => {
    let computed = 0;
    const counting: Rule = {
      id: 'counting',
      description: 'asks the memo once a pass',
      category: 'spelling',
      apply: (_text, ctx) => (ctx.memo('line', () => ++computed), []),
    };
    // Two passes (x-to-y changes the text once): the second finds the first pass's value.
    runClean('X', { rules: [xToY, counting] });
    expect(computed).toBe(1);
    runClean('X', { rules: [xToY, counting] });
    expect(computed).toBe(2);
  });
});
