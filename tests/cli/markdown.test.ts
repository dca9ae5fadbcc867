// The command line reads a file as Markdown by its extension (.md, .markdown…), in this thread and
// in worker threads alike; standard input and other files are plain text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { isMarkdownPath } from '../../src/cli/inputs.js';

const TEXT = 'Anthony Blinken said.The war goes on.\n\n```\nconst a  =  \'america\';\n```\n';
const CLEANED_MD = 'Antony Blinken said. The war goes on.\n\n```\nconst a  =  \'america\';\n```\n';

describe('Markdown files on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclean-md-'));
  for (const name of ['a.md', 'b.markdown', 'c.txt']) writeFileSync(join(dir, name), TEXT);

  it.each([
    ['a.md', true],
    ['notes/B.MARKDOWN', true],
    ['x.mdown', true],
    ['c.txt', false],
    ['md', false],
    ['-', false],
  ])('%s is Markdown: %s', (path, expected) => {
    expect(isMarkdownPath(path)).toBe(expected);
  });

  it.each([['1'], ['2']])('keeps the code of .md and .markdown files, not of .txt ones (--jobs %s)', async (jobs) => {
    const result = await runCli(['--jobs', jobs, join(dir, 'a.md'), join(dir, 'b.markdown'), join(dir, 'c.txt')]);
    expect(result.code).toBe(0);
    const [md, markdown, txt] = [result.stdout.slice(0, CLEANED_MD.length), result.stdout.slice(CLEANED_MD.length, 2 * CLEANED_MD.length), result.stdout.slice(2 * CLEANED_MD.length)];
    expect(md).toBe(CLEANED_MD);
    expect(markdown).toBe(CLEANED_MD);
    expect(txt).not.toContain("'america'");
  });

  it('reads standard input as plain text', async () => {
    const result = await runCli(['-'], { stdin: TEXT });
    expect(result.stdout).not.toContain("'america'");
  });
});
