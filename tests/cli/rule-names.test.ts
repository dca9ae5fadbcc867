// Naming rules on the command line, in the configuration and in markers: a rule id, a family
// (`names`) or a category (`encoding`); a name that means nothing gets a "did you mean".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NEAR = 'Antony Blinken arrived. Secretary Blinkan said.\n';
const MARKED = 'First line.\n<!-- newsclean-disable nmaes -->\nAnthony Blingen told reporters.\n';
const WARNING = 'unknown rule "nmaes" in newsclean-disable; did you mean "names"? It has no effect (newsclean rules lists the names).';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclean-names-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('names for rules on the command line and in the configuration', () => {
  it('--disable takes a family: names turns off every rule that corrects a name', async () => {
    expect((await runCli([], { stdin: NEAR })).stdout).toBe('Antony Blinken arrived. Secretary Blinken said.\n');
    expect(await runCli(['--disable', 'names'], { stdin: NEAR })).toEqual({ code: 0, stdout: NEAR, stderr: '' });
    expect((await runCli(['--only', 'spacing'], { stdin: 'Anthony Blingen  said .\n' })).stdout).toBe('Anthony Blingen said.\n');
  });

  it('a misspelt name is refused with the nearest rule, family or category', async () => {
    expect(await runCli(['--disable', 'nmaes'], { stdin: NEAR })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'newsclean: unknown rule "nmaes" in --disable. Did you mean "names"? (newsclean rules lists them)\n',
    });
  });

  it('the configuration gives a category a mode, and a rule of it another', async () => {
    writeFileSync(join(dir, 'newsclean.config.json'), JSON.stringify({ rules: { spelling: 'report', casing: 'off' } }));
    writeFileSync(join(dir, 'a.txt'), NEAR);
    const run = await runCli(['--check', 'a.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a.txt:1:35  name-consistency');
    expect(run.stdout).toContain('(report only)');
    const printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: dir })).stdout);
    expect(printed.rules).toMatchObject({ names: 'report', 'name-consistency': 'report', casing: 'off', quotes: 'fix' });
  });

  it('the configuration refuses a name that means nothing, with the nearest one', async () => {
    writeFileSync(join(dir, 'newsclean.config.json'), JSON.stringify({ rules: { spellng: 'off' } }));
    const run = await runCli(['a.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key "rules.spellng" (did you mean "spelling"?)');
  });
});

describe('a marker that names no rule', () => {
  it('is reported at its place, and the text is cleaned as if it were not there', async () => {
    writeFileSync(join(dir, 'a.txt'), MARKED);
    const run = await runCli(['a.txt'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: MARKED.replace('Anthony Blingen', 'Antony Blinken'),
      stderr: `newsclean: a.txt:2:24: ${WARNING}\n`,
    });
    expect((await runCli(['--check', 'a.txt'], { cwd: dir })).stderr).toBe(`newsclean: a.txt:2:24: ${WARNING}\n`);
  });

  it('is reported on the lines of a large file cleaned piece by piece', async () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `Paragraph ${i} of the long report is here.\n`).join('\n');
    writeFileSync(join(dir, 'big.txt'), `${filler}\n${MARKED}`);
    const markerLine = `${filler}\n`.split('\n').length + 1; // after the filler, "First line.", then the marker
    const run = await runCli(['--check', 'big.txt'], { cwd: dir });
    expect(run.stderr).toBe(`newsclean: big.txt:${markerLine}:24: ${WARNING}\n`);
  });

  it('is reported with its record in JSON Lines', async () => {
    writeFileSync(join(dir, 'a.jsonl'), `{"text":"fine"}\n${JSON.stringify({ text: MARKED })}\n`);
    const run = await runCli(['--jsonl', 'a.jsonl'], { cwd: dir });
    expect(run.stderr).toBe(`newsclean: a.jsonl:2: ${WARNING} (line 2, column 24 of "text")\n`);
  });
});
