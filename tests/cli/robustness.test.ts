// Bad input, hostile conditions, interrupted runs: newsclean keeps working and loses nothing.
// Most cases run the built command in a child process, as a user would (signals, pipes, kill -9).
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/newsclean.js');
const articles = readdirSync(join(root, 'fixtures/articles'))
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'fixtures/articles', name), 'utf8'));
const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const FIXED = 'US Secretary of State Antony Blinken told reporters.\n';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsclean-robust-'));

/** A directory of `count` dirty articles, and what each must become. */
function batch(count: number): { dir: string; before: Map<string, string>; after: Map<string, string> } {
  const dir = tempDir();
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const name = `a${String(i).padStart(4, '0')}.txt`;
    const text = `${articles[i % articles.length]!}\nNumber ${i}  here.\n`.repeat(3);
    writeFileSync(join(dir, name), text);
    before.set(name, text);
    after.set(name, clean(text).text);
  }
  return { dir, before, after };
}

interface Child {
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  readonly kill: (signal: NodeJS.Signals) => void;
  readonly stdout: Readable;
}

function start(args: readonly string[], options: { stdin?: string } = {}): Child {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.on('error', () => undefined);
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin ?? '');
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { done, kill: (signal) => child.kill(signal), stdout: child.stdout };
}

/** Waits until one of the files has been rewritten (or the time runs out). */
async function firstRewrite(dir: string, before: Map<string, string>, limitMs = 20_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    for (const [name, text] of before) if (readFileSync(join(dir, name), 'utf8') !== text) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no file was rewritten in time');
}

/** Every file is either untouched or completely cleaned: never partial. */
function expectOldOrNew(dir: string, before: Map<string, string>, after: Map<string, string>): { old: number; fresh: number } {
  let old = 0;
  let fresh = 0;
  for (const [name, text] of before) {
    const now = readFileSync(join(dir, name), 'utf8');
    if (now === text) old++;
    else {
      expect(now, name).toBe(after.get(name));
      fresh++;
    }
  }
  return { old, fresh };
}

describe('interrupted runs', () => {
  it('kill -9 in the middle of --write leaves every file old or new, never partial', { timeout: 60_000 }, async () => {
    const { dir, before, after } = batch(300);
    const child = start(['--write', '--jobs', '1', dir]);
    await firstRewrite(dir, before);
    child.kill('SIGKILL');
    const { signal } = await child.done;
    expect(signal).toBe('SIGKILL');
    const { old, fresh } = expectOldOrNew(dir, before, after);
    expect(fresh).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(0); // killed halfway, not after the end
  });

  it('Ctrl-C during --write stops before the next file, exits 130, and leaves no temporary file', { timeout: 60_000 }, async () => {
    const { dir, before, after } = batch(300);
    const child = start(['--write', '--jobs', '2', dir]);
    await firstRewrite(dir, before);
    child.kill('SIGINT');
    const { code, stderr } = await child.done;
    expect(code).toBe(130);
    expect(stderr).toMatch(/newsclean: interrupted after \d+ of 300 input\(s\); the rest were not touched\.\n$/);
    const { old } = expectOldOrNew(dir, before, after);
    expect(old).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a reader that goes away (newsclean big.txt | head -1) ends it quietly', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, articles.join('\n\n').repeat(20));
    const child = start([big]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const { code, stderr } = await child.done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('files that change under newsclean', () => {
  it('--write never overwrites lines another program appends while it cleans', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const big = join(dir, 'log.txt');
    const original = `${articles.join('\n\n')}\n`.repeat(40); // over 1 MB: cleaned as a stream
    writeFileSync(big, original);
    const child = start(['--write', '--jobs', '1', big]);
    let appended = '';
    let n = 0;
    const writer = setInterval(() => {
      const line = `appended line ${n++}\n`;
      appendFileSync(big, line);
      appended += line;
    }, 5);
    const { code, stderr } = await child.done;
    clearInterval(writer);
    expect(code).toBe(2);
    expect(stderr).toContain(`${big}: changed after newsclean read it; not written`);
    expect(readFileSync(big, 'utf8')).toBe(original + appended);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('limits', () => {
  it('skips a file over --max-size with a message naming it and the limit, and cleans the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), DIRTY.repeat(100));
    writeFileSync(join(dir, 'small.txt'), DIRTY);
    const run = await runCli(['--max-size', '2KB', join(dir, 'big.txt'), join(dir, 'small.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).toBe(`newsclean: ${join(dir, 'big.txt')}: is 5.3 KB, over the --max-size of 2.0 KB; skipped. Raise the limit with --max-size.\n`);
  });

  it('reads sizes with units and refuses others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), DIRTY);
    for (const size of ['1MB', '64mb', '1.5G', '500k', '100000', '2 KB']) {
      expect((await runCli(['--max-size', size, join(dir, 'a.txt')])).stdout, size).toBe(FIXED);
    }
    for (const bad of ['0', 'big', '-5MB', '10TB']) {
      const run = await runCli(['--max-size', bad, join(dir, 'a.txt')]);
      expect(run.code, bad).toBe(2);
      expect(run.stderr, bad).toContain('--max-size');
    }
  });

  it('puts no limit on standard input', async () => {
    const lines = (text: string): string => Array.from({ length: 100 }, (_, i) => `${i}. ${text}`).join('');
    const run = await runCli(['--max-size', '1KB'], { stdin: lines(DIRTY) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(lines(FIXED));
  });
});

describe('encodings and odd files', () => {
  it('round-trips an empty file, whitespace only, no final newline, mixed line endings', async () => {
    const dir = tempDir();
    const cases: [string, string, string][] = [
      ['empty.txt', '', ''],
      ['newline.txt', '\n', '\n'],
      ['spaces.txt', '   \n\n\n', '\n'], // whitespace only: trailing spaces and blank lines are real fixes
      ['no-newline.txt', 'Antony Blinken met Sergei Lavrov.', 'Antony Blinken met Sergei Lavrov.'],
      ['mixed.txt', 'One line.\r\nTwo  lines.\nThree.\r\n', 'One line.\r\nTwo lines.\nThree.\r\n'],
      ['bom.txt', '\uFEFFAnthony Blingen spoke.\r\n', '\uFEFFAntony Blinken spoke.\r\n'],
    ];
    for (const [name, input, output] of cases) {
      writeFileSync(join(dir, name), input);
      const run = await runCli([join(dir, name)]);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toBe(output);
    }
  });

  it('reports a UTF-16 file and leaves it alone, even with --write', async () => {
    const dir = tempDir();
    const path = join(dir, 'utf16.txt');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Anthony Blingen spoke.\n', 'utf16le')]);
    writeFileSync(path, bytes);
    const run = await runCli(['--write', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path}: is UTF-16`);
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('reports a file it may not read, and a directory with nothing to clean, and goes on', async () => {
    const dir = tempDir();
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, DIRTY);
    chmodSync(locked, 0o000);
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    const good = join(dir, 'good.txt');
    writeFileSync(good, DIRTY);
    const run = await runCli([locked, empty, good]);
    const root = process.getuid?.() === 0; // root may read anything
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(root ? FIXED + FIXED : FIXED);
    expect(run.stderr.trim().split('\n')).toHaveLength(root ? 1 : 2);
    expect(run.stderr).toContain(empty);
    if (!root) expect(run.stderr).toContain(`cannot read "${locked}"`);
  });
});

describe('paths', () => {
  it('takes paths with spaces, non-ASCII letters and a leading dash (after --)', async () => {
    const dir = tempDir();
    const names = ['with space.txt', 'çà-ü 日本.txt', '-dash.txt'];
    for (const name of names) writeFileSync(join(dir, name), DIRTY);
    for (const name of names) {
      const run = await runCli(['--', join(dir, name)]);
      expect(run, name).toEqual({ code: 0, stdout: FIXED, stderr: '' });
    }
    // A leading dash relative to the working directory: `newsclean -- -dash.txt`.
    const relative = await runCli(['--', '-dash.txt'], { cwd: dir });
    expect(relative).toEqual({ code: 0, stdout: FIXED, stderr: '' });
  });
});
