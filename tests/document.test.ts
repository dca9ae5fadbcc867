import { describe, expect, it } from 'vitest';
import { check, clean, cleanDocument } from '../src/index.js';

const ARTICLE = 'US Secretary of State Anthony Blingen told reporters.\r\n\r\nThe talks  ended .\r\n\r\nSee also: more news\r\n';

describe('cleanDocument', () => {
  it('gives the text and changes of clean(), the findings of check(), and counts', () => {
    const document = cleanDocument(ARTICLE);
    const cleaned = clean(ARTICLE);
    expect(document.text).toBe(cleaned.text);
    expect(document.changed).toBe(true);
    expect(document.changes).toEqual(cleaned.changes);
    expect(document.findings).toEqual(check(ARTICLE));
    expect(document.counts.edits).toBe(cleaned.edits.length);
    expect(document.counts.reported).toBe(cleaned.reported.length);
    const byRule: Record<string, number> = {};
    for (const edit of cleaned.edits) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
    expect(document.counts.byRule).toEqual(byRule);
    expect(Object.keys(document.counts.byRule)).toEqual([...new Set(cleaned.edits.map((edit) => edit.ruleId))]);
  });

  it('leaves the findings out with locate: false, and keeps the counts', () => {
    const document = cleanDocument(ARTICLE, { locate: false });
    expect(document.findings).toEqual([]);
    expect(document.counts.edits).toBeGreaterThan(0);
  });

  it('a clean text comes back unchanged, with nothing to report', () => {
    const document = cleanDocument('The talks ended on Tuesday.\n');
    expect(document).toMatchObject({ text: 'The talks ended on Tuesday.\n', changed: false, findings: [], changes: [], counts: { edits: 0, reported: 0, byRule: {} } });
  });

  it('passes the options on: with only one rule, every edit is that rule\'s', () => {
    const document = cleanDocument(ARTICLE, { only: ['whitespace'] });
    expect(Object.keys(document.counts.byRule)).toEqual(['whitespace']);
    expect(document.text).toBe(clean(ARTICLE, { only: ['whitespace'] }).text);
  });
});
