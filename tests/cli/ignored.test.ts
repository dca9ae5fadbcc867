// A file named on the command line that an ignore list excludes: a filter never eats text, so it
// is printed unchanged with a notice, listed by --check, and shown by --print-config; --no-ignore
// cleans it after all. Files an ignore list excludes inside a directory stay skipped quietly.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const FIXED = 'US Secretary of State Antony Blinken told reporters.\n';
const CLEAN = 'Antony Blinken met Sergei Lavrov in Geneva.\n';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsclean-ignored-'));
  tree({ '.newscleanignore': 'skip.txt\ndrafts/\n', 'skip.txt': DIRTY, 'a.txt': CLEAN, 'drafts/d.txt': DIRTY });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const BIN = new URL('../../bin/newsclean.js', import.meta.url).pathname;
const NOTICE = 'newsclean: skip.txt: ignored by .newscleanignore; printed unchanged. Pass --no-ignore to clean it.\n';

describe('a named file that is ignored', () => {
  it('is printed unchanged, with a notice on stderr, exit 0', async () => {
    expect(await runCli(['skip.txt'], { cwd: root })).toEqual({ code: 0, stdout: DIRTY, stderr: NOTICE });
  });

  it('keeps its place among the other inputs, byte for byte even when it is not UTF-8', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    tree({ 'skip.txt': latin1 });
    const stdout = execFileSync(process.execPath, [BIN, 'a.txt', 'skip.txt', 'a.txt'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
    expect(stdout).toEqual(Buffer.concat([Buffer.from(CLEAN), latin1]));
  });

  it('is listed by --check, which checks nothing else of it', async () => {
    const run = await runCli(['--check', 'skip.txt'], { cwd: root });
    expect(run).toEqual({
      code: 0,
      stdout: 'skip.txt: ignored by .newscleanignore; not checked.\n\nNothing checked. 1 input ignored (--no-ignore checks it).\n',
      stderr: '',
    });
    const mixed = await runCli(['--check', 'a.txt', 'skip.txt'], { cwd: root });
    expect(mixed.stdout).toBe('skip.txt: ignored by .newscleanignore; not checked.\n\nClean: nothing to change. 1 input ignored (--no-ignore checks it).\n');
  });

  it('is listed in JSON, GitHub and SARIF reports', async () => {
    const json = JSON.parse((await runCli(['--check', '--format', 'json', 'skip.txt', 'a.txt'], { cwd: root })).stdout);
    expect(json.ignored).toEqual([{ path: 'skip.txt', by: '.newscleanignore' }]);
    expect(json.summary).toMatchObject({ inputs: 1, ignored: 1 });
    expect(json.files.map((file: { path: string }) => file.path)).toEqual(['a.txt']);
    const github = await runCli(['--check', '--format', 'github', 'skip.txt'], { cwd: root });
    expect(github.stdout).toBe('::notice file=skip.txt,title=newsclean::ignored by .newscleanignore; not checked\n');
    const sarif = JSON.parse((await runCli(['--check', '--format', 'sarif', 'skip.txt'], { cwd: root })).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: 'skip.txt: ignored by .newscleanignore; not checked.' } },
    ]);
  });

  it('is not written by --write, and says so', async () => {
    const before = statSync(join(root, 'skip.txt')).mtimeMs;
    const run = await runCli(['--write', 'skip.txt'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'newsclean: skip.txt: ignored by .newscleanignore; not written. Pass --no-ignore to clean it.\n' });
    expect(statSync(join(root, 'skip.txt')).mtimeMs).toBe(before);
  });

  it('names the configuration when its "ignore" key excludes the file', async () => {
    tree({ '.newscleanignore': '', 'newsclean.config.json': JSON.stringify({ ignore: ['*.txt'] }) });
    const run = await runCli(['skip.txt'], { cwd: root });
    expect(run.stderr).toBe('newsclean: skip.txt: ignored by "ignore" in newsclean.config.json; printed unchanged. Pass --no-ignore to clean it.\n');
  });

  it('is cleaned with --no-ignore, as is everything in an ignored directory', async () => {
    expect(await runCli(['--no-ignore', 'skip.txt'], { cwd: root })).toEqual({ code: 0, stdout: FIXED, stderr: '' });
    const json = JSON.parse((await runCli(['--no-ignore', '--check', '--format', 'json', '.'], { cwd: root })).stdout);
    expect(json.files.map((file: { path: string }) => file.path)).toEqual(['a.txt', 'drafts/d.txt', 'skip.txt']);
  });

  it('is shown as ignored by --print-config', async () => {
    const printed = JSON.parse((await runCli(['--print-config', 'skip.txt'], { cwd: root })).stdout);
    expect(printed).toMatchObject({ file: join(root, 'skip.txt'), ignored: true, ignoredBy: '.newscleanignore' });
    expect(JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: root })).stdout)).toMatchObject({ ignored: false });
    expect(JSON.parse((await runCli(['--no-ignore', '--print-config', 'skip.txt'], { cwd: root })).stdout)).toMatchObject({ ignored: false });
  });

  it('in JSON Lines, passes the file through unchanged too', async () => {
    tree({ '.newscleanignore': 'skip.jsonl\n', 'skip.jsonl': `{"text":${JSON.stringify(DIRTY)}}\n` });
    const run = await runCli(['--jsonl', 'skip.jsonl'], { cwd: root });
    expect(run.stdout).toBe(readFileSync(join(root, 'skip.jsonl'), 'utf8'));
    expect(run.stderr).toContain('skip.jsonl: ignored by .newscleanignore; printed unchanged.');
  });
});

describe('files an ignore list excludes inside a directory or pattern', () => {
  it('are skipped without a word', async () => {
    const run = await runCli(['--check', '.'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: 'Clean: nothing to change.\n', stderr: '' });
    expect((await runCli(['--check', '*.txt'], { cwd: root })).stdout).toBe('Clean: nothing to change.\n');
  });
});
