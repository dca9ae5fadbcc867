// The pieces a report shows must give back the input and the output exactly, and name the rule of
// every change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, locateEdits } from '../../src/index.js';
import { piecesOf, type Piece, type ReportSource } from '../../src/report/model.js';

const root = new URL('../../', import.meta.url).pathname;
const articles = readdirSync(join(root, 'fixtures/articles'))
  .filter((name) => !name.endsWith('.expected.txt'))
  .map((name) => ({ name, text: readFileSync(join(root, 'fixtures/articles', name), 'utf8') }));

function source(input: string, options = {}): ReportSource {
  const result = clean(input, options);
  return { label: 'doc', input, output: result.text, findings: locateEdits(input, [...result.edits, ...result.reported]), changes: result.changes };
}

const inputOf = (pieces: readonly Piece[]): string => pieces.map((p) => (typeof p === 'string' ? p : p[0])).join('');
const outputOf = (pieces: readonly Piece[]): string => pieces.map((p) => (typeof p === 'string' ? p : (p[1] ?? p[0]))).join('');
const changesOf = (pieces: readonly Piece[]) => pieces.filter((p): p is Exclude<Piece, string> => typeof p !== 'string');

describe('report pieces', () => {
  it.each(articles)('give back the input and the output of $name', ({ text }) => {
    for (const variant of [text, text.replaceAll('\n', '\r\n'), `\ufeff${text}`]) {
      const doc = source(variant);
      const pieces = piecesOf(doc);
      expect(inputOf(pieces)).toBe(variant);
      expect(outputOf(pieces)).toBe(doc.output);
      // Every fix is shown on some change, exactly once.
      const shown = changesOf(pieces).flatMap((p) => p[2]);
      const fixes = doc.findings.flatMap((f, i) => (f.severity === 'fix' ? [i] : []));
      expect([...shown].sort((a, b) => a - b)).toEqual(fixes);
    }
  });

  it('cuts a change into one piece per first-pass edit, with the text between them kept', () => {
    const doc = source('Anthony Blingen met  Lavrov.\n');
    const pieces = piecesOf(doc);
    expect(pieces).toEqual([
      ['Anthony Blingen', 'Antony Blinken', [expect.any(Number)]],
      ' met',
      ['  ', ' ', [expect.any(Number)]],
      'Lavrov.\n',
    ]);
    const rules = changesOf(pieces).map((p) => doc.findings[p[2][0]!]!.ruleId);
    expect(rules).toEqual(['names', 'whitespace']);
  });

  it('keeps a change whole, naming every rule, where a later pass worked on an earlier one', () => {
    // glued-words splits "TheUkraine", then country-article drops "The" from the result.
    const doc = source('Meanwhile TheUkraine accuses Russia of delays.\n');
    const changes = changesOf(piecesOf(doc));
    expect(changes).toHaveLength(1);
    const rules = changes[0]![2].map((i) => doc.findings[i]!.ruleId).sort();
    expect(rules.length).toBeGreaterThan(1);
    expect(inputOf(piecesOf(doc))).toBe(doc.input);
  });

  it('leaves a clean text as one kept piece', () => {
    const text = 'Antony Blinken met Sergei Lavrov in Geneva on Friday.\n';
    expect(piecesOf(source(text))).toEqual([text]);
  });

  it('marks report-only findings on text that stayed, without changing it', () => {
    const input = 'the minister said the the talks resumed.\n';
    const result = clean(input, { modes: { 'doubled-words': 'report' } });
    const doc: ReportSource = { label: 'doc', input, output: result.text, findings: locateEdits(input, [...result.edits, ...result.reported]), changes: result.changes };
    expect(doc.output).toBe(input);
    const pieces = piecesOf(doc);
    const marked = changesOf(pieces);
    expect(marked.length).toBe(1);
    expect(marked[0]![1]).toBeNull();
    expect(doc.findings[marked[0]![2][0]!]!.ruleId).toBe('doubled-words');
    expect(outputOf(pieces)).toBe(input);
  });
});
