import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStringField } from '../../src/cli/jsonl.js';
import { runCli } from '../helpers/cli.js';

const DIRTY = 'Anthony Blingen told reporters .';
const FIXED = 'Antony Blinken told reporters.';

describe('--jsonl', () => {
  it('cleans the text field and keeps every other byte of the record', async () => {
    const line = `{"id": 12345678901234567890, "score":1.0,"text":${JSON.stringify(DIRTY)},  "tags":["a","b"], "note":"\\u00e9 \\"q\\""}`;
    const run = await runCli(['--jsonl'], { stdin: `${line}\n` });
    expect(run).toEqual({ code: 0, stdout: `${line.replace(JSON.stringify(DIRTY), JSON.stringify(FIXED))}\n`, stderr: '' });
  });

  it('keeps the records in order, unchanged ones byte for byte', async () => {
    const lines = [`{"text":"${DIRTY}"}`, '{ "text" : "Already clean." }', `{"text":"${DIRTY}","n":3}`];
    const run = await runCli(['--jsonl'], { stdin: lines.join('\n') });
    expect(run.stdout).toBe([`{"text":"${FIXED}"}`, '{ "text" : "Already clean." }', `{"text":"${FIXED}","n":3}`].join('\n'));
  });

  it('cleans the field --field names, and passes records without it through', async () => {
    const run = await runCli(['--jsonl', '--field', 'body'], { stdin: `{"text":"${DIRTY}","body":"${DIRTY}"}\n{"title":"x"}\n[1,2]\n"str"\n` });
    expect(run.stdout).toBe(`{"text":"${DIRTY}","body":"${FIXED}"}\n{"title":"x"}\n[1,2]\n"str"\n`);
  });

  it('adds per-record edit counts by rule with --stats', async () => {
    const run = await runCli(['--jsonl', '--stats'], { stdin: `{"text":"${DIRTY}"}\n{}\n` });
    const [first] = run.stdout.split('\n').map((line) => (line ? JSON.parse(line) : undefined));
    expect(first).toEqual({ text: FIXED, newsclean: { edits: 2, rules: { names: 1, whitespace: 1 } } });
  });

  it('reports a malformed line with its number and passes it through', async () => {
    const run = await runCli(['--jsonl'], { stdin: `{"text":"${DIRTY}"}\n{oops\n{"text":"ok"}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`{"text":"${FIXED}"}\n{oops\n{"text":"ok"}\n`);
    expect(run.stderr).toMatch(/^newsclean: <stdin>:2: not valid JSON \(.*\); passed through unchanged\.\n/);
    expect(run.stderr).toContain('1 line(s) not JSON, passed through unchanged');
  });

  it('stops at a malformed line with --strict, exit 2', async () => {
    const run = await runCli(['--jsonl', '--strict'], { stdin: `{"text":"${DIRTY}"}\n{oops\n{"text":"ok"}\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(`{"text":"${FIXED}"}\n`);
    expect(run.stderr).toContain('<stdin>:2: not valid JSON');
    expect(run.stderr).toContain('stopped (--strict)');
  });

  it('keeps CRLF line breaks and a missing final newline', async () => {
    const run = await runCli(['--jsonl'], { stdin: `{"text":"${DIRTY}"}\r\n{"text":"${DIRTY}"}` });
    expect(run.stdout).toBe(`{"text":"${FIXED}"}\r\n{"text":"${FIXED}"}`);
  });

  it('checks records with --check, each found at file:line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-jsonl-'));
    writeFileSync(join(dir, 'a.jsonl'), `{"text":"fine"}\n{"text":"${DIRTY}"}\n`);
    const run = await runCli(['--jsonl', '--check', 'a.jsonl'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a.jsonl:2:1:1  names  known misspelling of Antony Blinken');
  });

  it('rejects options that do not apply', async () => {
    expect((await runCli(['--jsonl', '--write', 'x.jsonl'])).stderr).toMatch(/--jsonl writes JSON Lines to standard output/);
    expect((await runCli(['--stats'], { stdin: '' })).stderr).toMatch(/--field, --stats and --strict apply to --jsonl/);
  });
});

describe('finding a string field in a JSON line', () => {
  const table: [string, string, [number, number] | undefined][] = [
    ['{"text":"a"}', 'text', [8, 11]],
    ['{ "a" : {"text":"x"}, "text" : "y\\"z" }', 'text', [31, 37]],
    ['{"text":1}', 'text', undefined],
    ['{"other":"text"}', 'text', undefined],
    ['{"text":"a","text":"b"}', 'text', [19, 22]],
    ['{"a":[1,{"b":"]"}],"text":"ok"}', 'text', [26, 30]],
  ];
  for (const [json, key, span] of table) {
    it(json, () => {
      expect(findStringField(json, key)).toEqual(span && { start: span[0], end: span[1] });
    });
  }
});
