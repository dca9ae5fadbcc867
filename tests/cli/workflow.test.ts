// A team's workflow: inputs of every kind, configuration, ignore files, report formats.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIRTY = 'US Secretary of State Anthony Blingen told reporters.\n';
const FIXED = 'US Secretary of State Antony Blinken told reporters.\n';
const CLEAN = 'Antony Blinken met Sergei Lavrov in Geneva.\n';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsclean-workflow-'));
});

/** Writes files under the temporary root: { 'a/b.txt': 'text' }. */
function tree(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const checked = async (argv: string[], cwd = root) => {
  const run = await runCli(['--check', '--format', 'json', ...argv], { cwd });
  const report = run.stdout ? JSON.parse(run.stdout) : undefined;
  return { ...run, paths: report?.files.map((f: { path: string }) => f.path) as string[] };
};

describe('inputs', () => {
  it('walks a directory recursively for .txt and .md, in a stable order', async () => {
    tree({ 'news/b.txt': DIRTY, 'news/a.md': CLEAN, 'news/deep/c.txt': DIRTY, 'news/skip.html': DIRTY, 'news/.hidden/d.txt': DIRTY, 'news/node_modules/e.txt': DIRTY });
    const run = await checked(['news']);
    expect(run.paths).toEqual(['news/a.md', 'news/b.txt', 'news/deep/c.txt']);
    expect(run.code).toBe(1);
  });

  it('takes other extensions with --ext', async () => {
    tree({ 'news/a.txt': DIRTY, 'news/b.html': DIRTY });
    expect((await checked(['news', '--ext', '.html'])).paths).toEqual(['news/b.html']);
    expect((await checked(['news', '--ext', 'txt,html'])).paths).toEqual(['news/a.txt', 'news/b.html']);
  });

  it('expands glob patterns', async () => {
    tree({ 'a/one.txt': DIRTY, 'a/two.md': DIRTY, 'b/three.txt': DIRTY });
    expect((await checked(['**/*.txt'])).paths).toEqual(['a/one.txt', 'b/three.txt']);
  });

  it('reports a pattern that matches nothing', async () => {
    const run = await checked(['missing/**/*.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no files match "missing/**/*.txt"');
  });

  it('keeps the arguments’ order and never cleans a file twice', async () => {
    tree({ 'z.txt': DIRTY, 'a.txt': DIRTY });
    expect((await checked(['z.txt', 'a.txt', 'z.txt', '*.txt'])).paths).toEqual(['z.txt', 'a.txt']);
  });

  it('skips what .newscleanignore lists, in gitignore syntax', async () => {
    tree({ '.newscleanignore': 'drafts/\n*.draft.txt\n!keep.draft.txt\n', 'a.txt': DIRTY, 'drafts/b.txt': DIRTY, 'c.draft.txt': DIRTY, 'keep.draft.txt': DIRTY });
    expect((await checked(['.'])).paths).toEqual(['a.txt', 'keep.draft.txt']);
    expect((await checked(['drafts/b.txt', 'a.txt'])).paths).toEqual(['a.txt']);
  });

  it('reads another ignore file with --ignore-path', async () => {
    tree({ 'ci.ignore': 'b.txt\n', 'a.txt': DIRTY, 'b.txt': DIRTY });
    expect((await checked(['.', '--ignore-path', 'ci.ignore'])).paths).toEqual(['a.txt']);
    const missing = await checked(['.', '--ignore-path', 'nope.ignore']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read ignore file "nope.ignore"');
  });

  it('reports an unreadable or binary file and still checks the others', async () => {
    tree({ 'a.txt': DIRTY, 'b.txt': Buffer.from([0x41, 0x00]), 'c.txt': DIRTY });
    const run = await checked(['.']);
    expect(run.code).toBe(2);
    expect(run.paths).toEqual(['a.txt', 'c.txt']);
    expect(run.stderr).toContain('b.txt: looks like a binary file');
  });
});

describe('configuration', () => {
  const config = (content: unknown, name = 'newsclean.config.json', dir = '') =>
    tree({ [join(dir, name)]: typeof content === 'string' ? content : JSON.stringify(content) });

  it('is found in the working directory or above it, newsclean.config.json first', async () => {
    config({ rules: { names: 'off' } }, 'newsclean.config.json');
    config({ rules: { whitespace: 'off' } }, '.newscleanrc.json');
    config({ name: 'x', newsclean: { rules: { quotes: 'off' } } }, 'package.json');
    tree({ 'sub/dir/a.txt': DIRTY });
    const printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: join(root, 'sub/dir') })).stdout);
    expect(printed.configFile).toBe(join(root, 'newsclean.config.json'));
    expect(printed.rules.names).toBe('off');
  });

  it('falls back to .newscleanrc.json, then to "newsclean" in package.json', async () => {
    config({ rules: { whitespace: 'off' } }, '.newscleanrc.json');
    config({ name: 'x', newsclean: { rules: { quotes: 'off' } } }, 'package.json');
    let printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: root })).stdout);
    expect(printed.configFile).toBe(join(root, '.newscleanrc.json'));
    tree({ 'pkg/package.json': JSON.stringify({ name: 'y', newsclean: { rules: { quotes: 'report' } } }) });
    printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: join(root, 'pkg') })).stdout);
    expect(printed.configFile).toBe(join(root, 'pkg/package.json#newsclean'));
    expect(printed.rules.quotes).toBe('report');
  });

  it('skips a package.json without a "newsclean" key and keeps looking upwards', async () => {
    config({ rules: { casing: 'off' } });
    tree({ 'pkg/package.json': JSON.stringify({ name: 'y' }) });
    const printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: join(root, 'pkg') })).stdout);
    expect(printed.configFile).toBe(join(root, 'newsclean.config.json'));
  });

  it('--config names one, --no-config uses none', async () => {
    config({ rules: { names: 'off' } });
    config({ rules: { quotes: 'off' } }, 'other.json', 'conf');
    tree({ 'a.txt': DIRTY });
    expect((await runCli(['a.txt'], { cwd: root })).stdout).toBe(DIRTY);
    expect((await runCli(['--no-config', 'a.txt'], { cwd: root })).stdout).toBe(FIXED);
    expect((await runCli(['--config', 'conf/other.json', 'a.txt'], { cwd: root })).stdout).toBe(FIXED);
    const printed = JSON.parse((await runCli(['--config', 'conf/other.json', '--print-config', 'a.txt'], { cwd: root })).stdout);
    expect(printed.rules).toMatchObject({ quotes: 'off', names: 'fix' });
  });

  it('"rules": fix, report or off per rule; report findings do not fail the check', async () => {
    config({ rules: { names: 'report' } });
    tree({ 'a.txt': DIRTY });
    expect((await runCli(['a.txt'], { cwd: root })).stdout).toBe(DIRTY);
    const run = await runCli(['--check', 'a.txt'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('names  known misspelling of Antony Blinken');
    expect(run.stdout).toContain('(report only)');
    expect(run.stdout).toContain('1 finding to review (report only)');
  });

  it('"names": adds entries and turns built-in ones off', async () => {
    config({
      names: {
        add: [{ name: 'Kaja Kallas', about: 'EU foreign policy chief', kind: 'person', forms: { 'Kaja Kallas': ['Kaya Kallas'] } }],
        disable: ['Antony Blinken'],
      },
    });
    tree({ 'a.txt': 'Kaya Kallas met Blingen.\n' });
    expect((await runCli(['a.txt'], { cwd: root })).stdout).toBe('Kaja Kallas met Blingen.\n');
  });

  it('"boilerplate" and "seeAlso": more whole-line patterns', async () => {
    config({ boilerplate: ['^Follow our live coverage'], seeAlso: ['^More from our correspondents:'] });
    tree({ 'a.txt': 'Text.\n\nFollow our live coverage here\n\nMore from our correspondents: Kyiv diary\n\nEnd.\n' });
    expect((await runCli(['a.txt'], { cwd: root })).stdout).toBe('Text.\n\nEnd.\n');
  });

  it('"keep": words that are never split or changed', async () => {
    config({ keep: ['Blingen', 'dataLake'] });
    tree({ 'a.txt': 'Blingen moved the dataLake.\n' });
    expect((await runCli(['a.txt'], { cwd: root })).stdout).toBe('Blingen moved the dataLake.\n');
  });

  it('"extensions" and "ignore": what directories yield', async () => {
    config({ extensions: ['.news'], ignore: ['old/'] });
    tree({ 'a.news': DIRTY, 'b.txt': DIRTY, 'old/c.news': DIRTY });
    expect((await checked(['.'])).paths).toEqual(['a.news']);
  });

  const wrong: [string, string, string][] = [
    ['invalid JSON', '{ "rules": { "names": "off", } }', 'not valid JSON ('],
    ['an unknown key', JSON.stringify({ rulez: {} }), 'unknown key "rulez" (did you mean "rules"?)'],
    ['an unknown rule', JSON.stringify({ rules: { 'glued-word': 'off' } }), 'unknown key "rules.glued-word" (did you mean "glued-words"?)'],
    ['a wrong mode', JSON.stringify({ rules: { casing: 'on' } }), '"rules.casing" must be one of fix, report, off (got "on")'],
    ['a wrong type', JSON.stringify({ keep: 'Blingen' }), '"keep" must be an array (got "Blingen")'],
    ['a name entry without forms', JSON.stringify({ names: { add: [{ name: 'X', about: 'y' }] } }), '"names.add[0]" needs "forms"'],
    ['an unknown built-in entry', JSON.stringify({ names: { disable: ['Antony Blinkn'] } }), '"names.disable" lists "Antony Blinkn", which is not a built-in entry; did you mean "Antony Blinken"?'],
    ['a bad pattern', JSON.stringify({ boilerplate: ['(unclosed'] }), '"boilerplate" pattern "(unclosed" is not a valid regular expression'],
  ];
  for (const [name, content, message] of wrong) {
    it(`rejects ${name}: names the file and the key, exit 2`, async () => {
      config(content);
      tree({ 'a.txt': DIRTY });
      const run = await runCli(['a.txt'], { cwd: root });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`newsclean: invalid configuration in "${join(root, 'newsclean.config.json')}": `);
      expect(run.stderr).toContain(message);
    });
  }

  it('rejects a --config file that does not exist', async () => {
    const run = await runCli(['--config', 'nope.json', '-'], { cwd: root, stdin: DIRTY });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`newsclean: cannot read configuration "${join(root, 'nope.json')}": no such file.\n`);
  });
});

describe('inline markers through the command line', () => {
  it('protects what the markers say', async () => {
    tree({ 'a.md': `<!-- newsclean-disable-next-line names, name-consistency -->\n${DIRTY}\nThen Anthony Blingen left.\n` });
    expect((await runCli(['a.md'], { cwd: root })).stdout).toBe(
      `<!-- newsclean-disable-next-line names, name-consistency -->\n${DIRTY}\nThen Antony Blinken left.\n`,
    );
  });
});

describe('report formats', () => {
  beforeEach(() => tree({ 'news/a.txt': DIRTY, 'news/b,c.txt': `Line one.\n${DIRTY}`, 'news/clean.txt': CLEAN }));

  it('github: workflow annotations that parse back to every finding', async () => {
    const run = await runCli(['--check', '--format', 'github', 'news'], { cwd: root });
    expect(run.code).toBe(1);
    const annotations = run.stdout.trim().split('\n').map((line) => {
      const m = /^::(error|warning) (.*?)::(.*)$/.exec(line)!;
      const properties = Object.fromEntries(m[2]!.split(',').map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v!)]));
      return { level: m[1], ...properties, message: decodeURIComponent(m[3]!) };
    });
    expect(annotations).toEqual([
      { level: 'error', file: 'news/a.txt', line: '1', col: '23', endLine: '1', endColumn: '38', title: 'newsclean (names)', message: 'known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blingen" → "Antony Blinken")' },
      { level: 'error', file: 'news/b,c.txt', line: '2', col: '23', endLine: '2', endColumn: '38', title: 'newsclean (names)', message: 'known misspelling of Antony Blinken (US Secretary of State 2021–2025) ("Anthony Blingen" → "Antony Blinken")' },
    ]);
  });

  it('sarif: a SARIF 2.1.0 log with its required fields, a result and a fix a finding', async () => {
    const run = await runCli(['--check', '--format', 'sarif', 'news'], { cwd: root });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('newsclean');
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('names');
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.results).toHaveLength(2);
    for (const result of sarifRun.results) {
      expect(result.message.text).toEqual(expect.any(String));
      expect(sarifRun.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
      expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Antony Blinken');
    }
    expect(sarifRun.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['news/a.txt', 'news/b%2Cc.txt']);
  });

  it('--diff over many files: one patch that patch -p0 and git apply -p0 apply', async () => {
    const run = await runCli(['--diff', 'news'], { cwd: root });
    expect(run.code).toBe(0);
    writeFileSync(join(root, 'changes.patch'), run.stdout);
    execFileSync('patch', ['-p0', '--dry-run', '-i', 'changes.patch'], { cwd: root });
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['apply', '-p0', 'changes.patch'], { cwd: root });
    expect(readFileSync(join(root, 'news/a.txt'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(root, 'news/b,c.txt'), 'utf8')).toBe(`Line one.\n${FIXED}`);
  });
});
