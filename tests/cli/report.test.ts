// --report FILE: the HTML review page written beside the normal output, for files, standard
// input and JSON Lines, counting what --check --format json counts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newsclean-report-'));
const count = (html: string, key: string): string => new RegExp(`<dd data-count="${key}">([^<]*)</dd>`).exec(html)![1]!;
const labels = (html: string): string[] =>
  (JSON.parse(/id="newsclean-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { documents: { label: string }[] }).documents.map((d) => d.label);

describe('--report', () => {
  it('writes the page for a batch and still prints the --check report; the counts agree', async () => {
    const dir = tempDir();
    const page = join(dir, 'report.html');
    const args = ['--check', '--jobs', '1', join(root, 'seeds'), join(root, 'fixtures/articles')];
    const plain = await runCli([...args, '--format', 'json']);
    const run = await runCli([...args, '--format', 'json', '--report', page]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(plain.stdout);
    const { summary } = JSON.parse(run.stdout) as { summary: { inputs: number; changed: number; findings: number } };
    const html = readFileSync(page, 'utf8');
    expect(count(html, 'inputs')).toBe(String(summary.inputs));
    expect(count(html, 'changed')).toBe(String(summary.changed));
    expect(count(html, 'findings')).toBe(String(summary.findings));
    expect(run.stderr).toMatch(new RegExp(`report .*report\\.html: ${summary.changed} document\\(s\\) with findings, ${summary.changed} of ${summary.inputs} changed, [\\d.]+ KB`));
  });

  it('the same page with worker threads', async () => {
    const dir = tempDir();
    const args = ['--check', join(root, 'fixtures/articles')];
    await runCli([...args, '--jobs', '1', '--report', join(dir, 'one.html')]);
    await runCli([...args, '--jobs', '2', '--report', join(dir, 'two.html')]);
    const strip = (html: string): string => html.replace(/<p class="meta">.*<\/p>/, '');
    expect(strip(readFileSync(join(dir, 'two.html'), 'utf8'))).toBe(
      strip(readFileSync(join(dir, 'one.html'), 'utf8')).replaceAll('--jobs 1', '--jobs 2'),
    );
  });

  it('prints the cleaned text as usual, from standard input', async () => {
    const dir = tempDir();
    const run = await runCli(['--report', join(dir, 'r.html')], { stdin: 'Anthony Blingen met  Lavrov.\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Antony Blinken met Lavrov.\n');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(labels(html)).toEqual(['<stdin>']);
    expect(count(html, 'findings')).toBe('2');
  });

  it('shows every record of JSON Lines with findings, labelled file:line', async () => {
    const dir = tempDir();
    const input = join(dir, 'c.jsonl');
    writeFileSync(input, ['{"id":1,"text":"Toss reports a clean day."}', '{"id":2,"text":"A clean line."}', '{"id":3,"text":"Anthony Blingen spoke."}', ''].join('\n'));
    const run = await runCli(['--jsonl', '--check', '--format', 'json', '--jobs', '1', '--report', join(dir, 'r.html'), input]);
    expect(run.code).toBe(1);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(count(html, 'inputs')).toBe('3');
    expect(count(html, 'changed')).toBe('2');
    expect(labels(html)).toEqual([`${input}:1`, `${input}:3`]);
    expect((JSON.parse(run.stdout) as { summary: { findings: number } }).summary.findings).toBe(Number(count(html, 'findings')));
  });

  it('lists inputs that could not be cleaned, and says so when the page cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x41, 0xe9, 0x0a]));
    const run = await runCli(['--check', '--report', join(dir, 'r.html'), join(dir, 'bad.txt')]);
    expect(run.code).toBe(2);
    expect(count(readFileSync(join(dir, 'r.html'), 'utf8'), 'errors')).toBe('1');
  });

  it('refuses a report path it cannot write before doing any work', async () => {
    const dir = tempDir();
    const nowhere = join(dir, 'missing/dir/r.html');
    const run = await runCli(['--check', '--report', nowhere, join(root, 'seeds')]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `newsclean: cannot write the report "${nowhere}": the folder "${join(dir, 'missing/dir')}" does not exist. Create it, or choose another path.\n`,
    });
    writeFileSync(join(dir, 'file'), '');
    const underFile = await runCli(['--check', '--report', join(dir, 'file/r.html'), join(root, 'seeds')]);
    expect(underFile).toMatchObject({ code: 2, stderr: `newsclean: cannot write the report "${join(dir, 'file/r.html')}": "${join(dir, 'file')}" is not a folder. Choose another path.\n` });
    const folder = await runCli(['--check', '--report', dir, join(root, 'seeds')]);
    expect(folder.stderr).toBe(`newsclean: cannot write the report "${dir}": "${dir}" is a folder. Choose another path.\n`);
  });

  it('prints the findings even when the page cannot be written in the end, and names the page', async () => {
    const dir = tempDir();
    const folder = join(dir, 'out');
    mkdirSync(folder);
    // Standard input is read only once the run has started (after the report's folder was
    // checked); reading it takes the folder away, so the page cannot be written at the end.
    const stdin = new Readable({
      read() {
        rmSync(folder, { recursive: true });
        this.push('Anthony Blingen met  Lavrov.\n');
        this.push(null);
      },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = new PassThrough().on('data', (chunk: Buffer) => out.push(chunk));
    const stderr = new PassThrough().on('data', (chunk: Buffer) => err.push(chunk));
    const page = join(folder, 'r.html');
    const code = await main({ argv: ['--check', '--report', page, '-'], stdin, stdout, stderr, env: {} });
    expect(code).toBe(2);
    expect(Buffer.concat(out).toString()).toContain('<stdin>:1:1  names  known misspelling of Antony Blinken');
    expect(Buffer.concat(err).toString()).toBe(
      `newsclean: cannot write the report "${page}": its folder does not exist (ENOENT); the findings were printed, the page was not written.\n`,
    );
  });
});
