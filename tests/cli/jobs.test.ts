// --jobs: worker threads clean files and JSON Lines batches; what comes out must be byte for byte
// what one thread prints, in the same order, with the same reports and exit codes.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url);
const articles = readdirSync(new URL('fixtures/articles/', root))
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .sort()
  .map((name) => readFileSync(new URL(`fixtures/articles/${name}`, root), 'utf8'));

/** A directory of `count` articles (fixtures over again, each a little different), and an unreadable entry. */
function corpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-jobs-'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), `${articles[i % articles.length]!}\nNumber ${i}  here.\n`);
  }
  return dir;
}

describe('--jobs', () => {
  it('prints what one thread prints, in the same order', async () => {
    const dir = corpus(40);
    const one = await runCli(['--jobs', '1', dir]);
    const four = await runCli(['--jobs', '4', dir]);
    expect(one.code).toBe(0);
    expect(four).toEqual(one);
    expect(one.stdout).toContain('Number 0 here.');
  });

  it('reports what one thread reports with --check, in every format', async () => {
    const dir = corpus(12);
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const one = await runCli(['--check', '--format', format, '--jobs', '1', dir]);
      const three = await runCli(['--check', '--format', format, '--jobs', '3', dir]);
      expect(one.code).toBe(1);
      expect(three, format).toEqual(one);
    }
  });

  it('writes the same files with --write', async () => {
    const a = corpus(10);
    const b = corpus(10);
    await runCli(['--write', '--jobs', '1', a]);
    await runCli(['--write', '--jobs', '4', b]);
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name), 'utf8'), name).toBe(readFileSync(join(a, name), 'utf8'));
  });

  it('names an unreadable file and still cleans the others', async () => {
    const dir = corpus(6);
    writeFileSync(join(dir, 'a002.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const one = await runCli(['--jobs', '1', dir]);
    const two = await runCli(['--jobs', '2', dir]);
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
    expect(two.stderr).toContain('a002.txt');
  });

  it('cleans JSON Lines in batches to the same bytes, malformed lines included', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const text = articles[i % articles.length]!.slice(0, 400 + (i % 300));
      lines.push(i % 97 === 5 ? '{not json' : JSON.stringify({ id: i, text }));
    }
    const stdin = `${lines.join('\n')}\n`;
    const one = await runCli(['--jsonl', '--stats', '--jobs', '1'], { stdin });
    const four = await runCli(['--jsonl', '--stats', '--jobs', '4'], { stdin });
    expect(one.code).toBe(0);
    expect(four).toEqual(one);
    expect(one.stdout.split('\n')).toHaveLength(1501);
    const check1 = await runCli(['--jsonl', '--check', '--format', 'json', '--jobs', '1'], { stdin });
    const check4 = await runCli(['--jsonl', '--check', '--format', 'json', '--jobs', '4'], { stdin });
    expect(check4).toEqual(check1);
  });

  it('stops at the same line with --strict', async () => {
    const lines = Array.from({ length: 900 }, (_, i) => (i === 700 ? '{oops' : JSON.stringify({ text: `Line ${i}  here.` })));
    const stdin = `${lines.join('\n')}\n`;
    const one = await runCli(['--jsonl', '--strict', '--jobs', '1'], { stdin });
    const three = await runCli(['--jsonl', '--strict', '--jobs', '3'], { stdin });
    expect(one.code).toBe(2);
    expect(three).toEqual(one);
    expect(one.stdout.split('\n')).toHaveLength(701);
  });

  it('cleans a large standard input piece by piece in workers to the same bytes and findings', async () => {
    // Well over one piece (64 KiB): the pieces after the first go to the workers.
    const stdin = articles.join('\n\n').repeat(Math.ceil((5 * 65536) / articles.join('\n\n').length));
    expect(stdin.length).toBeGreaterThan(4 * 65536);
    const one = await runCli(['--jobs', '1'], { stdin });
    const three = await runCli(['--jobs', '3'], { stdin });
    expect(three).toEqual(one);
    expect(one.stdout).not.toBe(stdin);
    const check1 = await runCli(['--check', '--format', 'json', '--jobs', '1'], { stdin });
    const check3 = await runCli(['--check', '--format', 'json', '--jobs', '3'], { stdin });
    expect(check1.code).toBe(1);
    expect(check3).toEqual(check1);
  });

  it('shows no progress when stderr is not a terminal', async () => {
    const run = await runCli(['--jobs', '2', corpus(30)]);
    expect(run.stderr).toBe('');
  });

  it('refuses a number of jobs that is not a whole number from 1 to 256', async () => {
    for (const bad of ['0', '-1', '2.5', 'many', '1000']) {
      const run = await runCli(['--jobs', bad, '-'], { stdin: 'x' });
      expect(run.code, bad).toBe(2);
      expect(run.stderr, bad).toContain('--jobs');
    }
  });
});
