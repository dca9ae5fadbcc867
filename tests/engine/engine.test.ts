import { describe, expect, it } from 'vitest';
import { CycleError, RuleError, runCheck, runClean } from '../../src/engine/engine.js';
import type { Edit, Rule } from '../../src/engine/types.js';

/** A rule that replaces every `from` with `to`. */
function replaceRule(id: string, from: string, to: string): Rule {
  return {
    id,
    description: `${from} → ${to}`,
    category: 'spelling',
    apply(text, ctx) {
      const edits: Edit[] = [];
      for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length)) {
        edits.push(ctx.replace(i, i + from.length, to, `${from} becomes ${to}`));
      }
      return edits;
    },
  };
}

describe('the engine', () => {
  it('repeats passes until no rule proposes anything', () => {
    const rules = [replaceRule('ab', 'ab', 'b'), replaceRule('bc', 'bc', 'c')];
    // ab→b and bc→c overlap on "abc": "ab" wins pass 1, "bc" gets its turn later.
    const result = runClean('aabcc', { rules });
    expect(result.text).toBe('cc');
    expect(result.passes).toBeGreaterThan(2);
  });

  it('reports every edit on offsets of the input, with what the rule saw', () => {
    const result = runClean('x Blingen y', { rules: [replaceRule('names', 'Blingen', 'Blinken')] });
    expect(result.edits).toEqual([
      { start: 2, end: 9, ruleId: 'names', message: 'Blingen becomes Blinken', before: 'Blingen', after: 'Blinken', pass: 1, severity: 'fix' },
    ]);
  });

  it('maps an edit of a later pass to the input span it came from', () => {
    const rules = [replaceRule('one', 'aa', 'b'), replaceRule('two', 'bb', 'c')];
    const result = runClean('xaaby', { rules });
    expect(result.text).toBe('xcy');
    const second = result.edits.find((edit) => edit.pass === 2)!;
    expect([second.start, second.end]).toEqual([1, 4]);
    expect(second.before).toBe('bb');
  });

  it('maps an insertion where an earlier pass deleted text to the deleted span, not an inverted one', () => {
    // Pass 1 deletes the space in "word ,"; the insertion before the comma touches that edit and
    // waits for pass 2, where it lands on the point the space was deleted from.
    const deleteSpace: Rule = {
      id: 'delete',
      description: 'no space before a comma',
      category: 'spacing',
      apply: (text, ctx) => (text.includes(' ,') ? [ctx.remove(text.indexOf(' ,'), text.indexOf(' ,') + 1, 'space before a comma')] : []),
    };
    const insertMark: Rule = {
      id: 'insert',
      description: 'a mark before the comma',
      category: 'punctuation',
      apply: (text, ctx) => (text.includes('d,') ? [ctx.insert(text.indexOf('d,') + 1, '!', 'a mark')] : []),
    };
    const result = runClean('word , next', { rules: [deleteSpace, insertMark] });
    expect(result.text).toBe('word!, next');
    expect(result.edits.map((edit) => [edit.ruleId, edit.pass, edit.start, edit.end])).toEqual([
      ['delete', 1, 4, 5],
      ['insert', 2, 4, 5],
    ]);
  });

  it('keeps CRLF line endings, a BOM and a missing final newline', () => {
    const input = '\ufeffone  two\r\nthree\r\nfour';
    const result = runClean(input, { rules: [replaceRule('spaces', '  ', ' ')] });
    expect(result.text).toBe('\ufeffone two\r\nthree\r\nfour');
    expect(result.edits[0]).toMatchObject({ start: 4, end: 6 });
  });

  it('keeps mixed line endings where nothing changed and uses the majority for new ones', () => {
    const rule = replaceRule('split', '|', '\n');
    expect(runClean('a\r\nb\nc\r\nd|e', { rules: [rule] }).text).toBe('a\r\nb\nc\r\nd\r\ne');
    expect(runClean('a\nb\nc\r\nd|e', { rules: [rule] }).text).toBe('a\nb\nc\r\nd\ne');
  });

  it('locates findings by line and column in the input, CRs included', () => {
    const findings = runCheck('first\r\nsecond Blingen', { rules: [replaceRule('names', 'Blingen', 'Blinken')] });
    expect(findings).toMatchObject([{ line: 2, column: 8, endLine: 2, endColumn: 15 }]);
  });

  it('places a removed line at its first character, not at the end of the line before', () => {
    const dropLine: Rule = {
      id: 'drop',
      description: 'd',
      category: 'chrome',
      apply: (text, ctx) => ctx.lines().filter((line) => text.startsWith('See also', line.start)).map((line) => ctx.removeLine(line, 'link line')),
    };
    const input = 'Body text.\r\n\r\nSee also: more\r\nEnd.\n\nSee also: the last line';
    const findings = runCheck(input, { rules: [dropLine] });
    expect(findings.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([
      [3, 1, 4, 1],
      [6, 1, 6, 24],
    ]);
    // The edit itself keeps its span: the last line goes with the breaks before it.
    expect(input.slice(findings[1]!.start, findings[1]!.end)).toBe('\n\nSee also: the last line');
  });

  it('stops with a clear error when rules undo each other', () => {
    const rules = [replaceRule('there', 'a', 'b'), replaceRule('back', 'b', 'a')];
    expect(() => runClean('xa', { rules })).toThrow(CycleError);
    expect(() => runClean('xa', { rules })).toThrow(/rules "(there|back)" and "(there|back)" undo each other at line 1, column 2/);
  });

  it('stops after the pass limit when a rule never settles', () => {
    const grow: Rule = { id: 'grow', description: 'd', category: 'spelling', apply: (text, ctx) => [ctx.insert(text.length, 'x', 'more')] };
    expect(() => runClean('a', { rules: [grow], maxPasses: 3 })).toThrow(/stopped after 3 passes/);
  });

  it('rejects edits outside the text, naming the rule', () => {
    const broken: Rule = { id: 'broken', description: 'd', category: 'spelling', apply: (text, ctx) => [ctx.remove(0, text.length + 7, 'oops')] };
    expect(() => runClean('abc', { rules: [broken] })).toThrow(RuleError);
    expect(() => runClean('abc', { rules: [broken] })).toThrow('rule "broken": edit ends at 10, past the end of the text (3). This is a bug in the rule.');
  });

  it('rejects an edit in the name of another rule and an edit that changes nothing', () => {
    const impostor: Rule = { id: 'me', description: 'd', category: 'spelling', apply: () => [{ start: 0, end: 1, replacement: 'x', ruleId: 'you', message: 'm' }] };
    expect(() => runClean('abc', { rules: [impostor] })).toThrow(/in the name of "you"/);
    const idle: Rule = { id: 'idle', description: 'd', category: 'spelling', apply: (_, ctx) => [ctx.replace(0, 1, 'a', 'same')] };
    expect(() => runClean('abc', { rules: [idle] })).toThrow(/replaces "a" with itself/);
  });

  it('reports, without applying, the edits of report-only rules and edits marked report', () => {
    const careful: Rule = { id: 'careful', description: 'd', category: 'spelling', apply: (_, ctx) => [{ ...ctx.replace(0, 1, 'X', 'risky'), report: true }] };
    const result = runClean('abc', { rules: [careful, replaceRule('names', 'c', 'C')], reportOnly: new Set(['names']) });
    expect(result.text).toBe('abc');
    expect(result.edits).toEqual([]);
    expect(result.reported.map((e) => [e.ruleId, e.before, e.after, e.severity])).toEqual([
      ['careful', 'a', 'X', 'report'],
      ['names', 'c', 'C', 'report'],
    ]);
    expect(runCheck('abc', { rules: [careful], reportOnly: new Set() }).map((f) => [f.line, f.column, f.severity])).toEqual([[1, 1, 'report']]);
  });

  it('returns the input unchanged, in one pass, when no rule fires', () => {
    const result = runClean('nothing here\r\n', { rules: [replaceRule('names', 'Blingen', 'Blinken')] });
    expect(result).toEqual({ text: 'nothing here\r\n', edits: [], changes: [], reported: [], passes: 1, warnings: [] });
  });
});
