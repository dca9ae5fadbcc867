// Properties over generated texts: text without artifacts comes out unchanged; any text, with or
// without artifacts, is cleaned in one go (a second run finds nothing); the engine never breaks
// a surrogate pair or a CRLF.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

/** Phrases of well-edited news English, each safe next to any other. */
const PHRASES = [
  'the minister said', 'talks resumed', 'on Tuesday', 'in Geneva', 'with officials', 'from Kyiv',
  'and Moscow', 'next week', 'according to Reuters', 'Antony Blinken', 'Sergei Lavrov', 'Volodymyr Zelensky',
  'the Netherlands', 'the United States', 'the Russia-Ukraine war', 'its iPhone sales', 'on YouTube',
  'at McDonald’s', 'her PhD thesis', 'about 1,200 troops', 'up 3.5%', 'in the U.S.', 'e.g. tariffs',
  'at https://example.com/news', 'via press@example.org', 'by @AstroSamantha', 'under #20Million',
  'in São Paulo', 'Alberto Núñez Feijóo', 'for $1,000', 'at 10:30 CET', 'during 2024', 'the company’s shares',
  'don’t', 'O’Neill’s play', 'in the ’90s', 'while', 'because prices rose', 'despite the rain', 'TASS reported',
  'easyJet flights', 'on LinkedIn', 'his team-mate', 'the EU27', 'Formula 1', 'an hour later', 'a university',
  'the Italy squad', 'NATO allies', 'RIA Novosti', 'in Kyiv', 'in Zürich', 'by 9% since mid-July',
];
const STARTS = ['The government', 'Officials', 'Moscow', 'Antony Blinken', 'Prices', 'Italy', 'Apple', 'Analysts'];

const sentence = fc
  .record({
    start: fc.constantFrom(...STARTS),
    body: fc.array(fc.constantFrom(...PHRASES), { minLength: 2, maxLength: 9 }),
    quote: fc.option(fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 4 }), { nil: undefined }),
    end: fc.constantFrom('.', '.', '.', '?', '!'),
  })
  .map(({ start, body, quote, end }) => {
    const words = body.filter((phrase, i) => phrase !== body[i - 1]); // no phrase twice in a row
    const quoted = quote ? ` “${quote.filter((p, i) => p !== quote[i - 1]).join(' ')}”` : '';
    return `${start} ${words.join(' ')}${quoted}${end}`;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

/** Articles of distinct paragraphs, separated by blank lines or by single line breaks. */
const cleanArticle = fc
  .record({
    paragraphs: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 6 }),
    separator: fc.constantFrom('\n\n', '\n'),
    finalNewline: fc.boolean(),
    crlf: fc.boolean(),
  })
  .map(({ paragraphs, separator, finalNewline, crlf }) => {
    const text = paragraphs.join(separator) + (finalNewline ? '\n' : '');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

/** Artifacts to sprinkle over a clean article. */
const ARTIFACTS: ((text: string, at: number) => string)[] = [
  (t, at) => `${t.slice(0, at)}  ${t.slice(at)}`, // double space
  (t, at) => `${t.slice(0, at)} .${t.slice(at)}`, // space before a full stop
  (t, at) => `${t.slice(0, at)}“${t.slice(at)}`, // a stray quotation mark
  (t, at) => `${t.slice(0, at)}\n\n\n${t.slice(at)}`, // blank lines
  (t) => t.replace('Antony Blinken', 'Anthony Blingen'),
  (t) => t.replace('the minister said', 'the minister saidThe'),
  (t) => t.replace(' talks', ' the the talks'),
  (t) => t.replace('”', '“'),
  (t) => t.replace('.', '.The'),
  (t) => `${t}\n\nSee also: Zelensky meets Meloni in Rome\n`,
  (t) => `Home / World / Europe\n${t}`,
  (t) => `${t}\n\nReproduction reserved © Copyright ANSA`,
  (t) => t.replace('’', 'â€™'),
  (t) => t.replace('Moscow', 'moscow'),
  (t) => t.replace('“', '& quot;'),
  (t) => t.replace(' 1,200', ' 1.245.803 and 1,200'),
];

const dirtyArticle = fc
  .record({
    text: cleanArticle,
    artifacts: fc.array(fc.record({ kind: fc.nat(ARTIFACTS.length - 1), at: fc.nat() }), { maxLength: 8 }),
  })
  .map(({ text, artifacts }) =>
    artifacts.reduce((t, { kind, at }) => ARTIFACTS[kind]!(t, Math.min(at % (t.length + 1), t.length)), text),
  );

/** Lone surrogates or a CR not followed by LF where the input had none. */
function hasBrokenPairs(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

describe('properties', () => {
  it('text without artifacts comes out byte for byte', () => {
    fc.assert(
      fc.property(cleanArticle, (text) => {
        const result = clean(text);
        expect(result.edits.map((e) => `${e.ruleId}: ${e.before} → ${e.after}`)).toEqual([]);
        expect(result.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('cleaning is idempotent on text with artifacts', () => {
    fc.assert(
      fc.property(dirtyArticle, (text) => {
        const once = clean(text).text;
        expect(clean(once).edits).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every CRLF whole and every surrogate pair paired', () => {
    fc.assert(
      fc.property(dirtyArticle, fc.constantFrom('😀', '👍🏽', '𝔸'), (text, emoji) => {
        const input = text.replaceAll('\r', '').replaceAll('\n', '\r\n').replace(' ', ` ${emoji} `);
        const output = clean(input).text;
        expect(hasBrokenPairs(output)).toBe(false);
        expect(/\r(?!\n)|(?<!\r)\n/.test(output)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('reports the changes: the input between them is copied, they rebuild the output, edits cover them', () => {
    fc.assert(
      fc.property(dirtyArticle, fc.boolean(), fc.boolean(), (text, crlf, bom) => {
        const input = (bom ? '\ufeff' : '') + (crlf ? text.replaceAll('\r', '').replaceAll('\n', '\r\n') : text);
        const result = clean(input);
        let rebuilt = '';
        let cursor = 0;
        let outCursor = 0;
        for (const change of result.changes) {
          expect(change.start).toBeGreaterThanOrEqual(cursor);
          expect(change.end).toBeGreaterThanOrEqual(change.start);
          // Between changes, input and output agree at the offsets the changes give.
          expect(result.text.slice(outCursor, change.outStart)).toBe(input.slice(cursor, change.start));
          rebuilt += input.slice(cursor, change.start) + result.text.slice(change.outStart, change.outEnd);
          // Some edit of the result explains each change.
          expect(result.edits.some((edit) => edit.start <= change.end && edit.end >= change.start)).toBe(true);
          cursor = change.end;
          outCursor = change.outEnd;
        }
        rebuilt += input.slice(cursor);
        expect(rebuilt).toBe(result.text);
        expect(result.text.slice(outCursor)).toBe(input.slice(cursor));
        expect(result.changes.length === 0).toBe(result.text === input);
      }),
      { numRuns: 200 },
    );
  });

  it('accounts for every removed character with an edit that names its rule', () => {
    fc.assert(
      fc.property(dirtyArticle, (text) => {
        const { edits } = clean(text);
        for (const edit of edits) expect(typeof edit.ruleId).toBe('string');
        // Characters outside every reported edit span are exactly the input's, in order.
        const covered = new Array<boolean>(text.length).fill(false);
        for (const edit of edits) for (let i = edit.start; i < edit.end; i++) covered[i] = true;
        const kept = [...text].length === text.length ? text.split('').filter((_, i) => !covered[i]).join('') : '';
        const output = clean(text).text;
        let cursor = 0;
        for (const ch of kept) {
          cursor = output.indexOf(ch, cursor);
          expect(cursor).toBeGreaterThanOrEqual(0);
          cursor++;
        }
      }),
      { numRuns: 100 },
    );
  });
});
