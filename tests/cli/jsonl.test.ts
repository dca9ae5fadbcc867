import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findStringField } from '../../src/cli/jsonl.js';
import { runCli } from '../helpers/cli.js';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-jsonl-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

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
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), `{"text":"fine"}\n{"text":"${DIRTY}"}\n`);
    const run = await runCli(['--jsonl', '--check', 'a.jsonl'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a.jsonl:2:1:1  names  known misspelling of Antony Blinken');
  });

  it('counts records, not inputs, and suggests a command that works', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), `{"text":"fine"}\n{"text":"${DIRTY}"}\n{"text":"also fine"}\n`);
    const run = await runCli(['--jsonl', '--check', 'a.jsonl'], { cwd: dir });
    expect(run.stdout.split('\n').at(-2)).toBe('1 record would change (2 edits). Run "newsclean --jsonl --write FILE…" to apply the changes.');
    writeFileSync(join(dir, 'clean.jsonl'), '{"text":"fine"}\n{"text":"also fine"}\n');
    expect((await runCli(['--jsonl', '--check', 'clean.jsonl'], { cwd: dir })).stdout).toBe('All 2 records are clean.\n');
    const json = JSON.parse((await runCli(['--jsonl', '--check', '--format', 'json', 'a.jsonl', 'clean.jsonl'], { cwd: dir })).stdout);
    expect(json.summary).toMatchObject({ inputs: 5, records: 5, changed: 1 });
    const piped = await runCli(['--jsonl', '--check'], { stdin: `{"text":"${DIRTY}"}\n` });
    expect(piped.stdout).toContain('1 record would change (2 edits). Run "newsclean --jsonl" without --check to print the cleaned records.');
  });

  it('rewrites files in place with --write, atomically, only those that change', async () => {
    const dir = tempDir();
    const dirty = `{"id":1,"text":"fine"}\r\n{"id":2, "text":"${DIRTY}"}\n{oops\n{"id":3,"text":"${DIRTY}"}`;
    writeFileSync(join(dir, 'a.jsonl'), dirty);
    writeFileSync(join(dir, 'clean.jsonl'), '{"text":"fine"}\n');
    const before = statSync(join(dir, 'clean.jsonl')).mtimeMs;
    const run = await runCli(['--jsonl', '--write', 'a.jsonl', 'clean.jsonl'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('fixed a.jsonl (2 records, 4 edits)\n');
    expect(run.stderr).toContain('a.jsonl:3: not valid JSON');
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe(dirty.replaceAll(DIRTY, FIXED));
    expect(statSync(join(dir, 'clean.jsonl')).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.jsonl', 'clean.jsonl']);
    // The same bytes as printing.
    writeFileSync(join(dir, 'b.jsonl'), dirty);
    expect((await runCli(['--jsonl', 'b.jsonl'], { cwd: dir })).stdout).toBe(dirty.replaceAll(DIRTY, FIXED));
  });

  it('leaves the file as it was when --write stops at a malformed line (--strict)', async () => {
    const dir = tempDir();
    const dirty = `{"text":"${DIRTY}"}\n{oops\n`;
    writeFileSync(join(dir, 'a.jsonl'), dirty);
    const run = await runCli(['--jsonl', '--write', '--strict', 'a.jsonl'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'a.jsonl'), 'utf8')).toBe(dirty);
    expect(readdirSync(dir)).toEqual(['a.jsonl']);
  });

  it('with --write, a missing file is one that cannot be read', async () => {
    const run = await runCli(['--jsonl', '--write', 'missing.jsonl'], { cwd: tempDir() });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'newsclean: cannot read "missing.jsonl": no such file. Check the path, or pass - to read stdin.\n' });
  });

  it('refuses a read-only JSON Lines file with --write', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.jsonl'), `{"text":"${DIRTY}"}\n`, { mode: 0o444 });
    const run = await runCli(['--jsonl', '--write', 'a.jsonl'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stderr: 'newsclean: a.jsonl: read-only; not written. Make it writable first (chmod u+w) if it should be cleaned.\n' });
  });

  it('rejects options that do not apply', async () => {
    expect((await runCli(['--jsonl', '--diff', 'x.jsonl'])).stderr).toBe('newsclean: --diff does not apply to --jsonl. Use --jsonl --check to list what would change, record by record.\n');
    expect((await runCli(['--jsonl', '--write'])).stderr).toMatch(/--write rewrites files, not standard input/);
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
