// --word-diff, and the marked-up context under each --check and --explain finding: what a person
// reads to review the changes. The seed's word diff is a golden file, read and checked by eye.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = 'seeds/000_074836f2c1ba7ac7.txt';
const GOLDEN = readFileSync(join(root, 'fixtures/golden/000_074836f2c1ba7ac7.word-diff.txt'), 'utf8');
const CLEANED = readFileSync(join(root, 'fixtures/golden/000_074836f2c1ba7ac7.expected.txt'), 'utf8');
const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const ESC = '\u001b[';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclean-word-diff-'));
});
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Thirty words of well-edited filler, different each time. */
const filler = (tag: string): string =>
  Array.from({ length: 30 }, (_, i) => `${tag}${i}`).join(' ');

describe('--word-diff', () => {
  it('shows the seed word by word, as the golden file has it', async () => {
    const run = await runCli(['--word-diff', SEED], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: GOLDEN, stderr: '' });
  });

  it('marks changes with [-…-]{+…+} in a pipe and with NO_COLOR, in colour on a terminal', async () => {
    const piped = await runCli(['--word-diff'], { stdin: DIRTY });
    expect(piped.stdout).toBe('<stdin>\n  1:23  US Secretary of State [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} told reporters.\n');
    const noColor = await runCli(['--word-diff'], { stdin: DIRTY, tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toBe(piped.stdout);

    const terminal = await runCli(['--word-diff'], { stdin: DIRTY, tty: true });
    expect(terminal.stdout).not.toContain('[-');
    expect(terminal.stdout).not.toContain('{+');
    // Removed: red and struck through; inserted: green.
    expect(terminal.stdout).toContain(`${ESC}31m${ESC}9mAnthony`);
    expect(terminal.stdout).toContain(`${ESC}32mAntony`);
    expect(terminal.stdout.replace(/\u001b\[\d+m/g, '')).toBe(piped.stdout.replace(/\[-|-\]|\{\+|\+\}/g, ''));
    expect((await runCli(['--word-diff', '--color'], { stdin: DIRTY })).stdout).toBe(terminal.stdout);
  });

  it('trims a long line to a few words around each change, and keeps close changes on one row', async () => {
    const line = `${filler('a')} Anthony Blingen ${filler('b')} and Riya Novosti said. ${filler('c')}\n`;
    const run = await runCli(['--word-diff'], { stdin: line });
    const rows = run.stdout.split('\n').slice(1, -1);
    expect(rows).toEqual([
      '  1:111  […] a25 a26 a27 a28 a29 [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} b0 b1 b2 b3 b4 […]',
      '  1:241  […] b26 b27 b28 b29 and [-Riya-]{+RIA+} Novosti said. c0 c1 c2 […]',
    ]);
    // Changes a few words apart share a row.
    const close = await runCli(['--word-diff'], { stdin: `${filler('a')} Anthony Blinken met Riya Novosti reporters. ${filler('b')}\n` });
    expect(close.stdout.split('\n').slice(1, -1)).toEqual([
      '  1:111  […] a25 a26 a27 a28 a29 [-Anthony-]{+Antony+} Blinken met [-Riya-]{+RIA+} Novosti reporters. b0 b1 b2 […]',
    ]);
  });

  it('makes whitespace-only changes visible: spaces removed and added, blank lines dropped', async () => {
    const run = await runCli(['--word-diff'], { stdin: 'He said  that it rained.He left.\n\n\n\nNext paragraph here.\n' });
    expect(run.stdout).toBe(
      '<stdin>\n' +
        '  1:8  He said[-␠␠-]{+␠+}that it rained.{+␠+}He left.\n' +
        // The line above is shown from where its last change ends.
        '  3:1  […]He left.⏎⏎[-⏎⏎-]Next paragraph here.\n',
    );
  });

  it('reads CRLF input: a dropped CRLF blank line is one ⏎, and no carriage return is printed', async () => {
    const run = await runCli(['--word-diff'], { stdin: 'Anthony Blingen said.\r\n\r\n\r\n\r\nNext line\r\n' });
    expect(run.stdout).toBe('<stdin>\n  1:1  [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} said.\n  3:1  […] said.⏎⏎[-⏎⏎-]Next line\n');
    expect(run.stdout).not.toContain('\r');
  });

  it('labels every input of a directory, prints nothing for clean ones, and exits 1 with --check', async () => {
    file('a.txt', DIRTY);
    file('b.txt', 'Antony Blinken met Sergei Lavrov in Geneva.\n');
    file('c.txt', 'Talks with Riya Novosti.\n');
    const run = await runCli(['--word-diff', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'a.txt\n  1:23  US Secretary of State [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} told reporters.\n' +
        'c.txt\n  1:12  Talks with [-Riya-]{+RIA+} Novosti.\n',
    );
    const check = await runCli(['--word-diff', '--check', '.'], { cwd: dir });
    expect(check).toEqual({ code: 1, stdout: run.stdout, stderr: '' });
    expect(await runCli(['--word-diff', '--check', 'b.txt'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('shows every changed record of JSON Lines under its file:line, instead of the records', async () => {
    const path = file('a.jsonl', ['{"id":1,"text":"Talks with Riya Novosti."}', '{"id":2,"text":"Clean."}', 'not json', '{"id":4,"text":"Anthony Blingen said.\\n\\n\\n\\nNext."}', ''].join('\n'));
    const run = await runCli(['--jsonl', '--word-diff', path]);
    expect(run.stdout).toBe(
      `${path}:1\n  1:12  Talks with [-Riya-]{+RIA+} Novosti.\n` +
        `${path}:4\n  1:1  [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} said.\n  3:1  […] said.⏎⏎[-⏎⏎-]Next.\n`,
    );
    expect(run.stderr).toContain(`${path}:3: not valid JSON`);
  });

  it('is byte for byte the same with any --jobs, for files and for JSON Lines', async () => {
    const articles = ['mt-004', 'mt-016', 'mt-018', 'mt-019'].map((name) => readFileSync(join(root, `fixtures/articles/${name}.txt`), 'utf8'));
    for (let i = 0; i < 12; i++) file(`a${String(i).padStart(2, '0')}.txt`, `${articles[i % articles.length]!}\nNumber ${i}  here.\n`);
    const one = await runCli(['--word-diff', '--jobs', '1', dir]);
    const three = await runCli(['--word-diff', '--jobs', '3', dir]);
    expect(one.stdout).toContain('Number 0[-␠␠-]{+␠+}here.');
    expect(three).toEqual(one);

    // 600 records: three batches, so workers clean some of them.
    const records = Array.from({ length: 600 }, (_, i) => JSON.stringify({ text: `${articles[i % articles.length]!.slice(0, 400)} Record ${i}  here.` }));
    const jsonl = file('corpus.jsonl', `${records.join('\n')}\n`);
    const jsonlOne = await runCli(['--jsonl', '--word-diff', '--jobs', '1', jsonl]);
    const jsonlThree = await runCli(['--jsonl', '--word-diff', '--jobs', '3', jsonl]);
    expect(jsonlOne.stdout).toContain(`${jsonl}:600\n`);
    expect(jsonlThree).toEqual(jsonlOne);
  });

  it('is what the README shows', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readme.slice(readme.indexOf('$ newsclean --word-diff seeds/'), readme.indexOf('```', readme.indexOf('$ newsclean --word-diff seeds/')));
    const rows = example.split('\n').filter((line) => /^ {2}\d/.test(line));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(GOLDEN.split('\n'), row).toContain(row);
  });

  it('leaves --diff a unified diff that patch applies', async () => {
    const run = await runCli(['--diff', SEED], { cwd: root });
    expect(run.stdout).not.toContain('[-');
    expect(applyPatch(readFileSync(join(root, SEED), 'utf8'), run.stdout)).toBe(CLEANED);
  });

  it('refuses --word-diff with --write or --diff', async () => {
    const path = file('a.txt', DIRTY);
    for (const other of ['--write', '--diff']) {
      const run = await runCli(['--word-diff', other, path]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^newsclean: --(write|diff) and --word-diff: /);
    }
  });
});

describe('the context of each finding', () => {
  it('follows every --check finding on an indented line, marked as in --word-diff', async () => {
    const run = await runCli(['--check', SEED], { cwd: root });
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `${SEED}:1:17  names  known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Blingen" → "Blinken")`,
      '    Ukraine: Lavrov-[-Blingen-]{+Blinken+}-Europe talks begin in Geneva',
      `${SEED}:3:94  names  known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blinken" → "Antony Blinken")`,
      '    […] and US Secretary of State [-Anthony-]{+Antony+} Blinken have been linked to […]',
    ]);
    // Every finding has its context, and each context is a row of the word diff, or part of one.
    const rows = GOLDEN.split('\n').slice(1, -1).map((row) => row.replace(/^ +\S+ +/, ''));
    const contexts = lines.filter((line) => line.startsWith('    ')).map((line) => line.slice(4));
    expect(contexts).toHaveLength(20);
    for (const context of contexts) {
      const core = context.replace(/^\[…\] ?/, '').replace(/ ?\[…\]$/, '');
      expect(rows.some((row) => row.includes(core)), context).toBe(true);
    }
  });

  it('shows a report-only finding as the change it proposes, on the text that stays', async () => {
    const config = file('newsclean.config.json', JSON.stringify({ rules: { names: 'report' } }));
    const run = await runCli(['--check', '--config', config], { stdin: 'Talks with Riya Novosti  today.\n' });
    expect(run.stdout).toBe(
      '<stdin>:1:12  names  known misspelling of RIA Novosti (Russian state news agency) ("Riya Novosti" → "RIA Novosti")  (report only)\n' +
        // The proposed change in the text as it is, its double space still there.
        '    Talks with [-Riya-]{+RIA+} Novosti  today.\n' +
        '<stdin>:1:24  whitespace  run of spaces ("  " → " ")\n' +
        '    Talks with Riya Novosti[-␠␠-]{+␠+}today.\n' +
        '\n1 input would change (1 edit). Run "newsclean" without --check to print the cleaned text. 1 finding to review (report only).\n',
    );
  });

  it('follows every --explain line on stderr, and is the same when standard input is cleaned in pieces with --jobs', async () => {
    const run = await runCli(['--explain'], { stdin: DIRTY });
    expect(run.stderr).toBe(
      '<stdin>:1:23  names  known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blingen" → "Antony Blinken")\n' +
        '    US Secretary of State [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} told reporters.\n',
    );
    // About 300 KB: several pieces, some cleaned in workers with --jobs 3.
    const big = Array.from({ length: 400 }, (_, i) => `${filler(`p${i}w`)} Anthony Blingen said  so ${i}.\n\n`).join('');
    const one = await runCli(['--check', '--jobs', '1'], { stdin: big });
    const three = await runCli(['--check', '--jobs', '3'], { stdin: big });
    expect(one.code).toBe(1);
    expect(three).toEqual(one);
    expect(one.stdout).toContain('<stdin>:799:231  names');
    expect(one.stdout).toContain('<stdin>:799:251  whitespace');
    // Both findings show the row the word diff has: the two changes a word apart together.
    expect(one.stdout.match(/ {4}\[…\] p399w25 p399w26 p399w27 p399w28 p399w29 \[-Anthony-\]\{\+Antony\+\} \[-Blingen-\]\{\+Blinken\+\} said\[-␠␠-\]\{\+␠\+\}so 399\.\n/g)).toHaveLength(2);
  });

  it('labels JSON Lines findings file:line, each with its context', async () => {
    const path = file('a.jsonl', '{"text":"Clean."}\n{"text":"Talks with Riya Novosti."}\n');
    const run = await runCli(['--jsonl', '--check', path]);
    expect(run.stdout).toBe(
      `${path}:2:1:12  names  known misspelling of RIA Novosti (Russian state news agency) ("Riya Novosti" → "RIA Novosti")\n` +
        '    Talks with [-Riya-]{+RIA+} Novosti.\n' +
        '\n1 record would change (1 edit). Run "newsclean --jsonl --write FILE…" to apply the changes.\n',
    );
  });

  it('leaves the machine-readable formats as they were', async () => {
    for (const format of ['json', 'github', 'sarif']) {
      const run = await runCli(['--check', '--format', format], { stdin: DIRTY });
      expect(run.stdout, format).not.toContain('[-');
      expect(run.stdout, format).not.toContain('[…]');
      expect(run.stdout, format).not.toContain('"context"');
    }
  });
});
