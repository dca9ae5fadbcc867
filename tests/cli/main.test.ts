import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applyPatch } from 'diff';
import { beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const root = new URL('../../', import.meta.url).pathname;
const SEED = join(root, 'seeds/000_074836f2c1ba7ac7.txt');
const GOLDEN = readFileSync(join(root, 'fixtures/golden/000_074836f2c1ba7ac7.expected.txt'), 'utf8');
const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const FIXED = 'US Secretary of State Antony Blinken told reporters.\n';
const CLEAN = 'Antony Blinken met Sergei Lavrov in Geneva.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclean-cli-'));
});
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('printing the cleaned text', () => {
  it('cleans a file', async () => {
    const run = await runCli([SEED]);
    expect(run).toEqual({ code: 0, stdout: GOLDEN, stderr: '' });
  });

  it('reads standard input when no file is given, or for -', async () => {
    expect(await runCli([], { stdin: DIRTY })).toEqual({ code: 0, stdout: FIXED, stderr: '' });
    expect(await runCli(['-'], { stdin: DIRTY })).toEqual({ code: 0, stdout: FIXED, stderr: '' });
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const run = await runCli([], { stdin: '\ufeffAnthony Blingen  said.\r\nNext line\r\n' });
    expect(run.stdout).toBe('\ufeffAntony Blinken said.\r\nNext line\r\n');
  });

  it('explains every edit on stderr, with rule and reason', async () => {
    const run = await runCli(['--explain'], { stdin: DIRTY });
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).toBe(
      '<stdin>:1:23  names  known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blingen" → "Antony Blinken")\n' +
        '    US Secretary of State [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} told reporters.\n',
    );
  });
});

describe('--check', () => {
  it('lists findings as path:line:col  rule  message, each with its context, and exits 1', async () => {
    const path = file('a.txt', DIRTY);
    const run = await runCli(['--check', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${path}:1:23  names  known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blingen" → "Antony Blinken")\n` +
        '    US Secretary of State [-Anthony-]{+Antony+} [-Blingen-]{+Blinken+} told reporters.\n' +
        '\n1 input would change (1 edit). Run "newsclean --write FILE…" to apply the changes.\n',
    );
  });

  it('exits 0 and says so for clean text', async () => {
    const run = await runCli(['--check', file('a.txt', CLEAN), file('b.txt', CLEAN)]);
    expect(run).toEqual({ code: 0, stdout: 'All 2 inputs are clean.\n', stderr: '' });
  });

  it('writes a JSON report with --format json', async () => {
    const path = file('a.txt', DIRTY);
    const run = await runCli(['--check', '--format', 'json', path]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ inputs: 1, changed: 1, findings: 1, errors: 0, ignored: 0 });
    expect(report.files[0]).toMatchObject({ path, changed: true });
    expect(report.files[0].findings[0]).toEqual({
      line: 1, column: 23, endLine: 1, endColumn: 38, start: 22, end: 37, rule: 'names',
      message: 'known misspelling of Antony Blinken (US Secretary of State 2021–2025)',
      before: 'Anthony Blingen', after: 'Antony Blinken', severity: 'fix', pass: 1,
    });
  });
});

describe('--diff', () => {
  it('prints a unified diff that applies to the input', async () => {
    const run = await runCli(['--diff', SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^--- .*000_074836f2c1ba7ac7\.txt\n\+\+\+ /);
    expect(applyPatch(readFileSync(SEED, 'utf8'), run.stdout)).toBe(GOLDEN);
  });

  it('prints nothing for clean text, and exits 1 with --check', async () => {
    expect(await runCli(['--diff'], { stdin: CLEAN })).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await runCli(['--diff', '--check'], { stdin: DIRTY });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('-US Secretary of State Anthony Blingen told reporters.');
  });

  it('colours the diff on request, not by default', async () => {
    expect((await runCli(['--diff', '--color'], { stdin: DIRTY })).stdout).toContain('\u001b[');
    expect((await runCli(['--diff'], { stdin: DIRTY })).stdout).not.toContain('\u001b[');
    expect((await runCli(['--diff'], { stdin: DIRTY, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(['--diff'], { stdin: DIRTY, tty: true })).stdout).toContain('\u001b[');
  });
});

describe('--write', () => {
  it('rewrites changed files in place, keeps their mode, and leaves clean files alone', async () => {
    const dirty = file('dirty.txt', DIRTY);
    const clean = file('clean.txt', CLEAN);
    chmodSync(dirty, 0o640);
    const before = statSync(clean).mtimeMs;
    const run = await runCli(['--write', dirty, clean]);
    expect(run).toEqual({ code: 0, stdout: `fixed ${dirty} (1 edit)\n`, stderr: '' });
    expect(readFileSync(dirty, 'utf8')).toBe(FIXED);
    expect(statSync(dirty).mode & 0o777).toBe(0o640);
    expect(statSync(clean).mtimeMs).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['clean.txt', 'dirty.txt']); // no temporary file left
  });

  it('writes through a symbolic link to its target', async () => {
    const target = file('target.txt', DIRTY);
    const link = join(dir, 'link.txt');
    symlinkSync(target, link);
    await runCli(['--write', link]);
    expect(readFileSync(target, 'utf8')).toBe(FIXED);
  });
});

describe('errors', () => {
  it('names a missing file, still processes the others, and exits 2', async () => {
    const good = file('good.txt', DIRTY);
    const run = await runCli([join(dir, 'missing.txt'), good]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).toBe(`newsclean: cannot read "${join(dir, 'missing.txt')}": no such file. Check the path, or pass - to read stdin.\n`);
  });

  it('refuses invalid UTF-8 with the byte offset, and never rewrites it', async () => {
    const latin1 = file('latin1.txt', Buffer.from([0x41, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const run = await runCli(['--write', latin1]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not valid UTF-8 (byte 0xe9 at offset 5)');
    expect(readFileSync(latin1)).toEqual(Buffer.from([0x41, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
  });

  it('skips a binary file', async () => {
    const run = await runCli([file('bin.dat', Buffer.from([0x41, 0x00, 0x42]))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('looks like a binary file (NUL byte at offset 1)');
  });

  it('names a directory with nothing to clean', async () => {
    const run = await runCli([dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"${dir}" has no files ending in .txt or .md to clean.`);
  });

  it('suggests the rule meant by a misspelt id', async () => {
    const run = await runCli(['--disable', 'glued-word'], { stdin: DIRTY });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'newsclean: unknown rule "glued-word" in --disable. Did you mean "glued-words"? (newsclean rules lists them)\n' });
  });

  const usage: [string, string[], RegExp][] = [
    ['--write on stdin', ['--write'], /--write rewrites files, not standard input/],
    ['--check with --write', ['--check', '--write', 'x.txt'], /use one of them/],
    ['--format without --check', ['--format', 'json'], /--format json applies to --check/],
    ['an unknown option', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown format', ['--check', '--format', 'xml'], /Allowed choices are text, json/],
    ['an unknown option of `rules`', ['rules', '--bogus'], /^newsclean: unknown option '--bogus'/],
    ['a bad --jobs', ['--jobs', 'many'], /^newsclean: option '-j, --jobs <n>' argument 'many' is invalid/],
  ];
  for (const [name, argv, message] of usage) {
    it(`exits 2 for ${name}`, async () => {
      const run = await runCli(argv, { stdin: DIRTY });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  }
});

describe('rule selection', () => {
  it('turns a rule off with --disable', async () => {
    expect((await runCli(['--disable', 'names'], { stdin: DIRTY })).stdout).toBe(DIRTY);
  });

  it('runs only the named rules with --only', async () => {
    const run = await runCli(['--only', 'whitespace'], { stdin: 'Anthony Blingen  said .\n' });
    expect(run.stdout).toBe('Anthony Blingen said.\n');
  });

  it('lists every rule with `newsclean rules`', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    const ids = run.stdout.split('\n\n')[0]!.split('\n').map((line) => line.split(/\s+/)[0]);
    expect(ids).toEqual(RULES.map((rule) => rule.id));
    expect((await runCli(['rules', '--verbose'])).stdout).toContain('leaves: ');
  });
});

describe('the command', () => {
  it('prints its version and help, exit 0', async () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 nothing to report, 1 --check found changes, 2 usage or input error, 130 interrupted (Ctrl-C).');
  });

  it('has help without repeats, empty defaults or promises the rules do not keep', async () => {
    const help = (await runCli(['--help'])).stdout.replace(/\s+/g, ' ');
    expect(help.match(/Commands:/g)).toHaveLength(1);
    expect(help).toContain('Commands: rules [options] list every rule with what it fixes');
    expect(help).not.toContain('(default: [])');
    expect(help).not.toContain('off by default');
    expect(help).toContain('the pieces of a large input');
    expect(RULES.some((rule) => rule.optIn)).toBe(false); // if one ever is, --enable's help says so again
  });

  it('runs as bin/newsclean.js from the build', async () => {
    const bin = join(root, 'bin/newsclean.js');
    expect(existsSync(join(root, 'dist/cli/main.js')), 'run "npm run build" first').toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, SEED]);
    expect(stdout).toBe(GOLDEN);
    // --version takes a short cut that loads nothing else; it must say the same.
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-V']) expect((await promisify(execFile)(process.execPath, [bin, flag])).stdout).toBe(`${version}\n`);
  });
});
