// The integrations in the repository run the commands they say: the GitHub Actions workflow, the
// pre-commit hooks, and the package as another project installs it.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'bin/newsclean.js');
const run = promisify(execFile);

/** Runs a command line that starts with `npx newsclean` or `newsclean`, with the built bin. */
async function runNewsclean(commandLine: string, args: readonly string[], cwd: string) {
  const words = commandLine.replace(/^npx /, '').split(/\s+/);
  expect(words[0]).toBe('newsclean');
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...words.slice(1), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('the GitHub Actions workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/newsclean.yml'), 'utf8'));
  const steps: { run?: string }[] = workflow.jobs.newsclean.steps;
  const check = steps.find((step) => step.run?.includes('newsclean'))!;

  it('installs with npm ci, then checks with annotations', () => {
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', check.run]);
    expect(check.run).toMatch(/^npx newsclean --check --format github /);
  });

  it('passes on this repository, as its step runs it', async () => {
    const result = await runNewsclean(check.run!, [], root);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('annotates what it finds, and fails the job', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-gha-'));
    writeFileSync(join(dir, 'a.txt'), 'Anthony Blingen told reporters.\n');
    const result = await runNewsclean('npx newsclean --check --format github', ['a.txt'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=a\.txt,line=1,col=1,endLine=1,endColumn=16,title=newsclean \(names\)::known misspelling/);
  });
});

describe('the pre-commit hooks', () => {
  const hooks: { id: string; entry: string; language: string; files: string }[] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));

  it('define a fixing hook and a checking hook for .txt and .md files', () => {
    expect(hooks.map((hook) => [hook.id, hook.entry, hook.language])).toEqual([
      ['newsclean', 'newsclean --write', 'node'],
      ['newsclean-check', 'newsclean --check', 'node'],
    ]);
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      expect(['a.txt', 'dir/b.md'].every((name) => files.test(name))).toBe(true);
      expect(['c.json', 'd.txt.bak'].some((name) => files.test(name))).toBe(false);
    }
  });

  it('run as pre-commit runs them: the entry, then the staged file names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-hook-'));
    writeFileSync(join(dir, 'dirty.txt'), 'Anthony Blingen told reporters.\n');
    writeFileSync(join(dir, 'clean.md'), 'Antony Blinken told reporters.\n');
    const [fix, checkOnly] = hooks;
    const checked = await runNewsclean(checkOnly!.entry, ['dirty.txt', 'clean.md'], dir);
    expect(checked.code).toBe(1);
    const fixed = await runNewsclean(fix!.entry, ['dirty.txt', 'clean.md'], dir);
    expect(fixed).toEqual({ code: 0, stdout: 'fixed dirty.txt (1 edit)\n', stderr: '' });
    expect(readFileSync(join(dir, 'dirty.txt'), 'utf8')).toBe('Antony Blinken told reporters.\n');
    expect((await runNewsclean(checkOnly!.entry, ['dirty.txt', 'clean.md'], dir)).code).toBe(0);
  });
});

describe('the package', () => {
  const pack = (cwd: string) =>
    JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', cwd], { cwd: root, encoding: 'utf8' }))[0];

  it('ships the command, the built library, its data and the schema; no sources or tests', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-pack-'));
    const files: string[] = pack(dir).files.map((file: { path: string }) => file.path);
    for (const needed of ['bin/newsclean.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/lexicon/lexicon.json', 'dist/lexicon/words.txt', 'dist/lexicon/frequencies.txt', 'dist/config/schema.json', 'README.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /^(src|tests|fixtures|seeds)\//.test(file))).toEqual([]);
  });

  it('works with npx from another project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-consumer-'));
    const tarball = join(dir, pack(dir).filename);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir, stdio: 'ignore' });
    writeFileSync(join(dir, 'a.txt'), 'Anthony Blingen told reporters.\n');
    const { stdout } = await run('npx', ['newsclean', 'a.txt'], { cwd: dir });
    expect(stdout).toBe('Antony Blinken told reporters.\n');
    const library = await run(process.execPath, ['--input-type=module', '-e', 'import { clean } from "newsclean"; console.log(clean("Riya Novosti").text)'], { cwd: dir });
    expect(library.stdout).toBe('RIA Novosti\n');
  }, 120_000);
});
