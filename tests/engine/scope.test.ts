// Paragraph scope: a rule that declares it is re-run only on the paragraphs the previous pass
// changed. These tests hold the rules to their declaration on every fixture text, and the engine
// to giving the same result as re-running everything.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runClean } from '../../src/engine/engine.js';
import { createRuleContext, DocumentInfo } from '../../src/engine/context.js';
import { defaultSettings } from '../../src/settings.js';
import { defaultLexicon } from '../../src/lexicon/default.js';
import type { Edit, Rule } from '../../src/engine/types.js';
import { windowOf } from '../../src/engine/window.js';

const root = new URL('../../', import.meta.url);
const texts = ['seeds/', 'fixtures/articles/', 'fixtures/clean/', 'fixtures/clean-extra/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${dir}${name}`, text: readFileSync(new URL(`${dir}${name}`, root), 'utf8') })),
);
const settings = defaultSettings();
const lexicon = defaultLexicon();
const paragraphRules = RULES.filter((rule) => rule.scope === 'paragraph');

function run(rule: Rule, text: string, edges = { start: true, end: true }): Edit[] {
  return rule.apply(text, createRuleContext(new DocumentInfo(text, settings, lexicon, edges), rule.id));
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
        const wholeInfo = new DocumentInfo(text, settings, lexicon);
        let start = 0;
        for (const block of text.split('\n\n')) {
          // The paragraph alone, with the facts of its article (who is named, how digits are grouped).
          const window = windowOf(text, [[start, start + block.length]]);
          const info = new DocumentInfo(block, settings, lexicon, { start: false, end: false }, { info: wholeInfo, window });
          for (const edit of rule.apply(block, createRuleContext(info, rule.id))) {
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
      const fast = runClean(text, { rules: RULES, lexicon });
      const full = runClean(text, { rules: everywhere, lexicon });
      expect(fast.text, name).toBe(full.text);
      expect(fast.edits, name).toEqual(full.edits);
    }
  });

  it('re-runs paragraph rules after an edit inside a run of line breaks', () => {
    // Pass 1 deletes a space among blank lines and decodes â€, so that entities finds "&amp" in
    // pass 2. The window of changed paragraphs once began a block after the edit it held: at
    // the start of the text entities' edit landed "across a blank line" (a RuleError), in the
    // middle one character off ("&amp”" became "&&").
    for (const text of [' \n\n\n&ampâ€', 'One line.\n \n\nTwo.\n\n&ampâ€']) {
      const fast = runClean(text, { rules: RULES, lexicon });
      const full = runClean(text, { rules: everywhere, lexicon });
      expect(fast.text).toBe(full.text);
      expect(fast.edits).toEqual(full.edits);
      expect(fast.text.endsWith('&”')).toBe(true);
    }
  });

  it('gives paragraph rules the same answer at the end of a changed paragraph as inside the text', () => {
    // Pass 1 removes the © line; pass 2 re-runs the paragraph rules on the paragraph before it alone.
    // untranslated read the end of that paragraph as "no space after è" ("aeè" stayed), and numbers,
    // whose convention comes from the whole text ("1,200" in another paragraph), found none there.
    for (const [text, ending] of [['The raceè\n©\n\nOver.', 'The race is\n\nOver.'], ['1,200\n\n©\n1.245.803', '1,200\n\n1,245,803']]) {
      const fast = runClean(text!, { rules: RULES, lexicon });
      expect(fast.text).toBe(runClean(text!, { rules: everywhere, lexicon }).text);
      expect(fast.text).toBe(ending);
    }
  });

  it('re-runs a paragraph rule where an earlier rule changed the text, however far into it', () => {
    // Pass 1: entities decodes &amp; in the last paragraph; pass 2: a-an sees "a apple" only then.
    const text = `${'A paragraph of text.\n\n'.repeat(50)}He ate a&#32;apple.\n`;
    const result = runClean(text, { rules: RULES, lexicon });
    expect(result.text.endsWith('He ate an apple.\n')).toBe(true);
  });
});
