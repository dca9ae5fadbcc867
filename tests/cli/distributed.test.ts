// Past one machine: the JSON Lines mode as a map-only step. GNU parallel --pipe (on one machine),
// Hadoop Streaming and Spark's rdd.pipe all cut the input at line ends, run the command on each
// part and put the outputs back together; the result must equal one process over everything.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const bin = `${root}bin/newsclean.js`;
const articles = readdirSync(`${root}fixtures/articles`)
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .sort()
  .map((name) => readFileSync(`${root}fixtures/articles/${name}`, 'utf8'));

/** JSON Lines of fixture articles, with a malformed line and a record without text here and there. */
function records(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 211 === 7) lines.push('{broken');
    else if (i % 157 === 3) lines.push(JSON.stringify({ id: i, title: 'no text' }));
    else lines.push(JSON.stringify({ id: i, source: 'fixture', text: articles[i % articles.length]!.slice(0, 600 + ((i * 37) % 900)) }));
  }
  return `${lines.join('\n')}\n`;
}

function newsclean(input: string, args: readonly string[] = []): string {
  return execFileSync(process.execPath, [bin, '--jsonl', ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

describe('JSON Lines as a map-only step', () => {
  const input = records(500);
  const single = newsclean(input, ['--jobs', '1']);

  it('a single process cleans the records (the reference is not a no-op)', () => {
    expect(single).not.toBe(input);
    expect(single.split('\n')).toHaveLength(input.split('\n').length);
  });

  it('cut at line ends into parts, each cleaned alone, put back in order: the same bytes (Hadoop Streaming, Spark rdd.pipe)', { timeout: 120_000 }, () => {
    const lines = input.split(/(?<=\n)/);
    for (const parts of [3, 11]) {
      const size = Math.ceil(lines.length / parts);
      let joined = '';
      for (let i = 0; i < lines.length; i += size) joined += newsclean(lines.slice(i, i + size).join(''), ['--jobs', '1']);
      expect(joined, `${parts} parts`).toBe(single);
    }
  });

  // GNU parallel is Debian's `parallel` package, which .ci/run installs. On a machine without it
  // this one test is reported as skipped (vitest lists it), not passed.
  it.runIf(hasParallel)('GNU parallel --pipe --keep-order gives the same bytes', { timeout: 120_000 }, () => {
    for (const block of ['64k', '256k']) {
      const out = execFileSync('parallel', ['--pipe', '--keep-order', '--block', block, '-j', '4', process.execPath, bin, '--jsonl', '--jobs', '1'], {
        input,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      });
      expect(out, `--block ${block}`).toBe(single);
    }
  });
});
