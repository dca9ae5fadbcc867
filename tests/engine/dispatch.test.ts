// Trigger dispatch: a rule that declares triggers is called only on the paragraphs where one
// occurs. These tests hold every rule to its declaration (a paragraph without its triggers gets
// no edit from it) and the engine to giving exactly the result of calling every rule everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runClean } from '../../src/engine/engine.js';
import { createRuleContext, DocumentInfo } from '../../src/engine/context.js';
import { defaultSettings } from '../../src/settings.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import { scanText, TriggerTable } from '../../src/text/document.js';
import { HOSTILE_INPUTS } from '../robustness/inputs.js';

const root = new URL('../../', import.meta.url);
const texts = ['seeds/', 'fixtures/articles/', 'fixtures/clean/', 'fixtures/clean-extra/', 'fixtures/golden/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${dir}${name}`, text: readFileSync(new URL(`${dir}${name}`, root), 'utf8') })),
);
const hostile = [
  ...HOSTILE_INPUTS.map((input) => ({ name: `hostile: ${input.name}`, text: input.make(4000) })),
  // Words the tokenizer reads longer than a rule's pattern does (found by the property tests).
  { name: 'an article after an apostrophe', text: 'the\n\ntheâ€™The Russia wants' },
  { name: 'an article after a combining mark', text: '\u0301The Russia wants\r\n\r\nthe' },
];
const settings = defaultSettings();
const lexicon = defaultLexicon();
const triggered = RULES.filter((rule) => rule.triggers !== undefined);

describe('rules with triggers', () => {
  it('are many of the rules (dispatch saves little otherwise)', () => {
    expect(triggered.length).toBeGreaterThanOrEqual(8);
  });

  for (const rule of triggered) {
    it(`${rule.id}: proposes nothing on a paragraph without its triggers`, () => {
      const table = new TriggerTable([rule.triggers]);
      let silent = 0;
      for (const { name, text } of [...texts, ...hostile]) {
        const { paragraphs, masks } = scanText(text, { table, words: false });
        for (let p = 0; p < paragraphs.count; p++) {
          if (masks[p] !== 0) continue;
          const paragraph = text.slice(paragraphs.starts[p], paragraphs.ends[p]);
          const edits = rule.apply(paragraph, createRuleContext(new DocumentInfo(paragraph, settings, lexicon), rule.id));
          expect(edits, `${name}, paragraph ${p}: ${paragraph.slice(0, 80)}`).toEqual([]);
          silent++;
        }
      }
      expect(silent).toBeGreaterThan(0); // the declaration does spare some paragraphs
    });
  }
});

describe('the engine with trigger dispatch', () => {
  it('cleans every fixture and hostile input exactly as calling every rule everywhere does', () => {
    for (const { name, text } of [...texts, ...hostile]) {
      const fast = runClean(text, { rules: RULES, lexicon });
      const full = runClean(text, { rules: RULES, lexicon, dispatch: false });
      expect(fast.text, name).toBe(full.text);
      expect(fast.edits, name).toEqual(full.edits);
      expect(fast.reported, name).toEqual(full.reported);
    }
  });
});
