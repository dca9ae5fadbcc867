// --report FILE: the HTML review page written beside the normal output, for files, standard
// input and JSON Lines, counting what --check --format json counts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    const nowhere = await runCli(['--check', '--report', join(dir, 'missing/dir/r.html'), join(root, 'seeds')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('cannot write the report');
  });
});
