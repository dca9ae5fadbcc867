// Paragraph scope: a rule that declares it is re-run only on the paragraphs the previous pass
// changed. These tests hold the rules to their declaration on every fixture text, and the engine
// to giving the same result as re-running everything.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runClean } from '../../src/engine/engine.js';
import { createRuleContext, DocumentInfo } from '../../src/engine/context.js';
import { defaultSettings } from '../../src/settings.js';
import type { Edit, Rule } from '../../src/engine/types.js';

const root = new URL('../../', import.meta.url);
const texts = ['seeds/', 'fixtures/articles/', 'fixtures/clean/', 'fixtures/clean-extra/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${dir}${name}`, text: readFileSync(new URL(`${dir}${name}`, root), 'utf8') })),
);
const settings = defaultSettings();
const paragraphRules = RULES.filter((rule) => rule.scope === 'paragraph');

function run(rule: Rule, text: string, edges = { start: true, end: true }): Edit[] {
  return rule.apply(text, createRuleContext(new DocumentInfo(text, settings, edges), rule.id));
}

const key = (edit: Edit): string => `${edit.start}:${edit.end}:${edit.replacement}`;

describe('rules of paragraph scope', () => {
  it('are most of the rules (the engine saves little otherwise)', () => {
    expect(paragraphRules.length).toBeGreaterThanOrEqual(10);
  });

  for (const rule of paragraphRules) {
    it(`${rule.id}: proposes the same edits on each paragraph alone as on the whole text`, () => {
      for (const { name, text } of texts) {
        const whole = run(rule, text).map(key).sort();
        const alone: string[] = [];
        let start = 0;
        for (const block of text.split('\n\n')) {
          for (const edit of run(rule, block, { start: false, end: false })) {
            alone.push(key({ ...edit, start: edit.start + start, end: edit.end + start }));
          }
          start += block.length + 2;
        }
        expect(alone.sort(), name).toEqual(whole);
      }
    });
  }
});

describe('the engine with paragraph scope', () => {
  const everywhere = RULES.map((rule) => ({ ...rule, scope: 'document' as const }));
  it('cleans every fixture exactly as re-running every rule on everything does', () => {
    for (const { name, text } of texts) {
      const fast = runClean(text, { rules: RULES });
      const full = runClean(text, { rules: everywhere });
      expect(fast.text, name).toBe(full.text);
      expect(fast.edits, name).toEqual(full.edits);
    }
  });

  it('re-runs a paragraph rule where an earlier rule changed the text, however far into it', () => {
    // Pass 1: entities decodes &amp; in the last paragraph; pass 2: a-an sees "a apple" only then.
    const text = `${'A paragraph of text.\n\n'.repeat(50)}He ate a&#32;apple.\n`;
    const result = runClean(text, { rules: RULES });
    expect(result.text.endsWith('He ate an apple.\n')).toBe(true);
  });
});
