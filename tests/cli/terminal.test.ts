// On a terminal: the progress line never runs into other output, shows how far a large file or a
// JSON Lines file has got, stays away when the cleaned text goes to the same terminal; a bare
// `newsclean` says it reads standard input. Time is a fake clock: nothing here waits or times.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Progress } from '../../src/cli/progress.js';

const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclean-terminal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A clock that moves a second every time it is read: the progress line is always due. */
function fastClock(): () => number {
  let now = 0;
  return () => (now += 1000);
}

interface TerminalRun {
  readonly code: number;
  /** What a person at one terminal sees: standard output and standard error, interleaved as written. */
  readonly screen: string;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with the streams marked as terminals as asked, recording one shared screen. */
async function runOnTerminal(argv: string[], tty: { stdin?: boolean; stdout?: boolean; stderr?: boolean }, stdinText = ''): Promise<TerminalRun> {
  const screen: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const stream = (isTTY: boolean | undefined, own: string[]) => {
    const s = Object.assign(new PassThrough(), { isTTY: isTTY === true });
    s.on('data', (chunk: Buffer) => {
      screen.push(chunk.toString());
      own.push(chunk.toString());
    });
    return s;
  };
  const stdin = Object.assign(new PassThrough(), { isTTY: tty.stdin === true });
  stdin.end(stdinText);
  const code = await main({ argv, stdin, stdout: stream(tty.stdout, out), stderr: stream(tty.stderr, err), env: {}, cwd: dir, now: fastClock() });
  return { code, screen: screen.join(''), stdout: out.join(''), stderr: err.join('') };
}

function files(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `f${String(i).padStart(3, '0')}.txt`;
    writeFileSync(join(dir, name), DIRTY);
    return name;
  });
}

/** A file over 1 MiB, which is cleaned piece by piece. */
function bigFile(name: string): void {
  const text = Array.from({ length: 40_000 }, (_, i) => `Paragraph ${i}: Anthony Blingen told reporters.\n`).join('\n');
  writeFileSync(join(dir, name), text);
}

describe('the progress line', () => {
  it('is cleared before anything else is written to the terminal', async () => {
    const run = await runOnTerminal(['--write', ...files(30)], { stdout: true, stderr: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('/30 files');
    // Every time the line was drawn, what follows it on the screen starts by going back to the
    // beginning of the line (a redraw, or a clear before other output).
    for (const [i, at] of [...run.screen.matchAll(/MB\/s/g)].map((match, i) => [i, match.index + 4] as const)) {
      expect(run.screen.slice(at, at + 4), `draw ${i}`).toMatch(/^(\r\x1b\[K|$)/);
    }
    expect(run.screen).toMatch(/MB\/s\r\x1b\[Kfixed f001\.txt \(1 edit\)\n/);
    expect(run.screen.endsWith('\r\x1b[K') || run.screen.endsWith('\n')).toBe(true);
  });

  it('stays away when the cleaned text goes to the same terminal', async () => {
    const printed = await runOnTerminal(files(30), { stdout: true, stderr: true });
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toBe(DIRTY.replace('Anthony Blingen', 'Antony Blinken').repeat(30));
    // Into a pipe or a file, the progress line on the terminal is welcome.
    const piped = await runOnTerminal(files(30), { stdout: false, stderr: true });
    expect(piped.stderr).toContain('/30 files');
  });

  it('shows how far a large file has got', async () => {
    bigFile('big.txt');
    const run = await runOnTerminal(['--check', 'big.txt'], { stderr: true });
    expect(run.stderr).toMatch(/newsclean: big\.txt: \d+% of 2\.\d MB, [\d.]+ MB\/s/);
    expect(run.stderr).toContain('100% of');
    expect(run.stdout).toMatch(/^big\.txt:1:14  names/);
  });

  it('counts the records of a JSON Lines file', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `Record ${i}: Anthony Blingen spoke.` })).join('\n');
    writeFileSync(join(dir, 'corpus.jsonl'), `${lines}\n`);
    const run = await runOnTerminal(['--jsonl', '--jobs', '1', 'corpus.jsonl'], { stderr: true });
    expect(run.stderr).toMatch(/newsclean: corpus\.jsonl: [\d,]+ records, \d+% of 0\.\d MB/);
    expect(run.stderr).toContain('3,000 records');
  });

  it('is not drawn when standard error is not a terminal', async () => {
    const run = await runOnTerminal(['--write', ...files(30)], { stdout: true });
    expect(run.stderr).toBe('');
  });

  it('is drawn only after a second, at most every tenth of a second', () => {
    let now = 0;
    const written: string[] = [];
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    stream.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    const progress = new Progress({ stream, enabled: true, now: () => now });
    progress.startFiles(3);
    now = 500;
    progress.fileDone(1_000_000);
    expect(written).toEqual([]);
    now = 1000;
    progress.fileDone(1_000_000);
    now = 1050;
    progress.fileDone(1_000_000);
    progress.clear();
    progress.clear();
    expect(written).toEqual(['\r\x1b[Knewsclean: 2/3 files, 2.0 MB/s', '\r\x1b[K']);
  });
});

describe('a bare newsclean', () => {
  it('says on a terminal that it reads standard input, and how to end it', async () => {
    const run = await runOnTerminal([], { stdin: true, stdout: true, stderr: true }, DIRTY);
    expect(run.stderr).toMatch(/^newsclean: reading the text to clean from the terminal; end it with Ctrl-D \(newsclean --help shows how to clean files\)\.\n$/);
    expect(run.stdout).toBe(DIRTY.replace('Anthony Blingen', 'Antony Blinken'));
  });

  it('says nothing when standard input is a pipe, or when - asks for it', async () => {
    expect((await runOnTerminal([], { stdout: true, stderr: true }, DIRTY)).stderr).toBe('');
    expect((await runOnTerminal(['-'], { stdin: true, stdout: true, stderr: true }, DIRTY)).stderr).toBe('');
  });
});
