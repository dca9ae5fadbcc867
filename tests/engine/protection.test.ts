// Protection is the engine's: whatever a rule proposes inside a URL, an e-mail address, a handle
// or code is dropped, unless the rule declares why it may edit there.
import { describe, expect, it } from 'vitest';
import { runClean } from '../../src/engine/engine.js';
import type { Rule } from '../../src/engine/types.js';

/** A careless rule: every "o" becomes "0", wherever it stands. */
const careless: Rule = {
  id: 'careless',
  description: 'o becomes 0',
  category: 'spelling',
  apply: (text, ctx) => [...text.matchAll(/o/g)].map((m) => ctx.replace(m.index, m.index + 1, '0', 'o is 0')),
};

describe('protection enforced by the engine', () => {
  it.each([
    ['https://example.org/foo', 'a URL'],
    ['write to bob@example.org', 'an e-mail address'],
    ['follow @foo_bot', 'a handle'],
    ['call `foo()` now', 'inline code'],
  ])('drops edits inside %s (%s)', (text) => {
    const out = runClean(`${text}\n`, { rules: [careless] }).text;
    for (const protectedPart of ['example.org/foo', 'bob@example.org', '@foo_bot', '`foo()`']) {
      if (text.includes(protectedPart)) expect(out).toContain(protectedPart);
    }
  });

  it('still applies the same rule outside protected spans', () => {
    expect(runClean('go to https://example.org now\n', { rules: [careless] }).text).toBe('g0 t0 https://example.org n0w\n');
  });

  it('lets a rule that declares why edit protected spans', () => {
    const lineRemover: Rule = { ...careless, id: 'line-remover', editsProtected: 'removes whole lines' };
    expect(runClean('see https://example.org\n', { rules: [lineRemover] }).text).toBe('see https://example.0rg\n');
  });
});
