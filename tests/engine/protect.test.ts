// The protected spans are found token by token (only tokens holding a trigger character meet the
// big pattern). That must find exactly what one scan of the whole text with the pattern finds.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INLINE_CODE, PROTECTED, TRIGGER, findProtectedSpans, nextTrigger } from '../../src/engine/protect.js';

/** The plain way: the whole pattern over the whole text, links losing their closing full stop. */
function reference(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [PROTECTED, INLINE_CODE]) {
    for (const m of text.matchAll(pattern)) {
      let end = m.index + m[0].length;
      if (pattern === PROTECTED) while (end > m.index && /[.,;:!?)\]]/.test(text[end - 1] ?? '')) end--;
      spans.push([m.index, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function spans(text: string): [number, number][] {
  const found = findProtectedSpans(text);
  return found.starts.map((start, i) => [start, found.ends[i]!]);
}

const TOKENS = [
  'word', 'Word', 'the', 'iPhone', 'getElementById', 'https://example.com/a?b=c.', 'www.site.org/x', 'mail@example.co.uk',
  'a.b@c.io', '@handle', '#hashtag', 'report.pdf', 'Censor.NET', 'censor.net,', '--flag', '-x', 'snake_case', 'a::b',
  'a->b', 'call()', '`code here`', '`', 'U.S.', 'said.The', 'well-known', 'Russia-Ukraine', '(see', 'note)', 'e.g.',
  ':', '@', '#', '.', '-', '_', '(', ')', '>', '“quoted”', 'l’Unità', 'Müller', '3.5', '10:30', 'x@y', 'foo.bar.baz',
  'postMessage(', 'innerHTML', 'texImage2D', 'utf8Decode', 'foo.bar(', 'os.path', '1.2.3', 'v2.1', 'a3f9c2d1', 'sp.PIPE', 'p.m.', 'deadbeef', 'f00d', 'e.g',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '\t', '\u00a0', '', ', ', '. '];

describe('protected spans', () => {
  it('token by token equals one scan of the whole text, on random texts', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
      .map((parts) => parts.map(([token, separator]) => token + separator).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(spans(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('token by token equals one scan of the whole text, on every fixture', () => {
    const root = new URL('../../', import.meta.url);
    for (const dir of ['fixtures/articles/', 'fixtures/clean/', 'fixtures/clean-extra/']) {
      for (const name of readdirSync(new URL(dir, root)).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(new URL(`${dir}${name}`, root), 'utf8');
        expect(spans(text), name).toEqual(reference(text));
      }
    }
  });
});

describe('nextTrigger', () => {
  // The loop that finds where protection looks must find what the pattern it stands for finds.
  const byPattern = (text: string, from: number): number => {
    const pattern = new RegExp(TRIGGER.source, 'g');
    pattern.lastIndex = from;
    return pattern.exec(text)?.index ?? -1;
  };
  const root = new URL('../../', import.meta.url);
  const fixtures = ['fixtures/articles/', 'fixtures/clean/'].flatMap((dir) =>
    readdirSync(new URL(dir, root))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(`${dir}${name}`, root), 'utf8')),
  );

  it.each(['', 'plain words only', 'a:b', 'x@y #tag a_b f(x) a->b', '.NET -x --flag 3-', 'iPhone eBay', 'v2 v 2 3D 1.2.3 1.2 1..2. 12.34.', 'é.Ω 9é Ж-', 'end.', 'end-', '7.'])(
    'matches the pattern from every offset of %j',
    (text) => {
      for (let from = 0; from <= text.length; from++) expect(nextTrigger(text, from), `from ${from}`).toBe(byPattern(text, from));
    },
  );

  it('matches the pattern on every fixture, from each trigger on', () => {
    let triggers = 0;
    for (const text of fixtures) {
      for (let from = 0; from <= text.length; ) {
        const at = byPattern(text, from);
        expect(nextTrigger(text, from)).toBe(at);
        if (at < 0) break;
        triggers++;
        from = at + 1;
      }
    }
    expect(triggers).toBeGreaterThan(100);
  });
});
