// The process model: one thread unless the work pays for workers. Decided by a pure function, so
// these tests check the decision and what main() does with it, never timing. The pool here is a
// stand-in that runs the worker module's own functions in this thread.
import { PassThrough } from 'node:stream';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cleanLines, cleanText } from '../../src/cli/worker.js';
import type { CleanPool } from '../../src/cli/pool.js';
import { decideThreads, idleCores, WORKER_BYTES, type ProcessModel, type Workload } from '../../src/cli/workers.js';

const root = new URL('../../', import.meta.url);
const article = readFileSync(new URL('seeds/000_074836f2c1ba7ac7.txt', root), 'utf8');
const articles = readdirSync(new URL('fixtures/articles/', root))
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .sort()
  .map((name) => readFileSync(new URL(`fixtures/articles/${name}`, root), 'utf8'))
  .join('\n\n');

/**
 * A process model that records every decision and pool, with a pool that runs in this thread. It
 * decides as the default does, but at SMALL_BYTES instead of WORKER_BYTES, to keep the inputs small.
 */
const SMALL_BYTES = 200_000;
function recordingModel(cores = 4) {
  const decisions: { work: Workload; threads: number }[] = [];
  const pools: { threads: number; tasks: number }[] = [];
  const model: ProcessModel = {
    cores,
    decide(work, jobs) {
      const threads = decideThreads({ ...work, bytes: (work.bytes * WORKER_BYTES) / SMALL_BYTES, expected: (work.expected * WORKER_BYTES) / SMALL_BYTES }, jobs);
      decisions.push({ work, threads });
      return threads;
    },
    async startPool(threads) {
      const pool = { threads, tasks: 0 };
      pools.push(pool);
      const later = () => new Promise((resolve) => setImmediate(resolve));
      const fake: CleanPool = {
        cleanText: async (task) => (pool.tasks++, await later(), cleanText({ kind: 'text', ...task })),
        cleanLines: async (task) => (pool.tasks++, await later(), cleanLines({ kind: 'lines', ...task })),
        close: async () => undefined,
      };
      return fake;
    },
  };
  return { model, decisions, pools };
}

async function run(argv: string[], stdin: string, model: ProcessModel) {
  const input = new PassThrough();
  input.end(stdin);
  const out: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  const stderr = new PassThrough();
  const code = await main({ argv, stdin: input, stdout, stderr, env: {} }, model);
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

describe('the decision', () => {
  it('counts as idle only the cores the load average leaves free, rounded', () => {
    const rows: [cores: number, load: number, idle: number][] = [
      [2, 0, 2],
      [2, 0.4, 2],
      [2, 0.6, 1], // another process keeps a core more than half busy: no worker on two cores
      [2, 1.4, 1],
      [2, 7, 1],
      [8, 2.5, 5],
      [1, 0, 1],
    ];
    for (const [cores, load, idle] of rows) expect(idleCores(cores, load), `${cores} cores, load ${load}`).toBe(idle);
  });

  it('by default, starts no worker below WORKER_BYTES, however many files', () => {
    for (const items of [1, 2, 100, 2000]) {
      expect(decideThreads({ items, bytes: 0, expected: 0 }, { requested: undefined, cores: 8 })).toBe(1);
      expect(decideThreads({ items, bytes: WORKER_BYTES - 1, expected: 0 }, { requested: undefined, cores: 8 })).toBe(1);
    }
  });

  it('by default, one thread per core once the run has read WORKER_BYTES; none on one core', () => {
    expect(decideThreads({ items: 1, bytes: WORKER_BYTES, expected: 0 }, { requested: undefined, cores: 2 })).toBe(2);
    expect(decideThreads({ items: 40, bytes: 10 * WORKER_BYTES, expected: 0 }, { requested: undefined, cores: 8 })).toBe(8);
    expect(decideThreads({ items: 40, bytes: 10 * WORKER_BYTES, expected: 0 }, { requested: undefined, cores: 1 })).toBe(1);
  });

  it('by default, workers from the start for a file of WORKER_BYTES about to be streamed', () => {
    expect(decideThreads({ items: 1, bytes: 0, expected: WORKER_BYTES }, { requested: undefined, cores: 2 })).toBe(2);
    expect(decideThreads({ items: 1, bytes: 0, expected: WORKER_BYTES - 1 }, { requested: undefined, cores: 2 })).toBe(1);
  });

  it('--jobs N: N threads as soon as there are two items, whatever their size; --jobs 1 never', () => {
    expect(decideThreads({ items: 1, bytes: 10 * WORKER_BYTES, expected: 0 }, { requested: 3, cores: 2 })).toBe(1);
    expect(decideThreads({ items: 2, bytes: 10, expected: 0 }, { requested: 3, cores: 2 })).toBe(3);
    expect(decideThreads({ items: 2000, bytes: 10 * WORKER_BYTES, expected: 0 }, { requested: 1, cores: 8 })).toBe(1);
  });
});

describe('main() with the default --jobs', () => {
  it('cleans a small input without starting a worker', async () => {
    const { model, decisions, pools } = recordingModel();
    const result = await run([], article, model);
    expect(result.code).toBe(0);
    expect(pools).toEqual([]);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((d) => d.threads === 1 && d.work.bytes < SMALL_BYTES)).toBe(true);
  });

  it('starts workers (one fewer than the cores: this thread cleans too) once a large input has read enough, with the bytes of --jobs 1', async () => {
    const big = articles.repeat(Math.ceil((SMALL_BYTES * 2) / articles.length));
    const { model, decisions, pools } = recordingModel(3);
    const auto = await run([], big, model);
    const one = await run(['--jobs', '1'], big, recordingModel(3).model);
    expect(auto).toEqual(one);
    expect(pools).toHaveLength(1);
    expect(pools[0]!.threads).toBe(2);
    expect(pools[0]!.tasks).toBeGreaterThan(0);
    const first = decisions.findIndex((d) => d.threads > 1);
    expect(decisions[first]!.work.bytes).toBeGreaterThanOrEqual(SMALL_BYTES);
    expect(decisions.slice(0, first).every((d) => d.work.bytes < SMALL_BYTES)).toBe(true);
  });

  it('JSON Lines: a small corpus stays in this thread, a large one goes to workers, the same bytes', async () => {
    const record = (i: number) => `${JSON.stringify({ id: i, text: article.slice(0, 1500) })}\n`;
    const small = Array.from({ length: 60 }, (_, i) => record(i)).join('');
    const large = Array.from({ length: Math.ceil((SMALL_BYTES * 2) / 1500) }, (_, i) => record(i)).join('');
    const smallModel = recordingModel(2);
    expect((await run(['--jsonl', '--stats'], small, smallModel.model)).code).toBe(0);
    expect(smallModel.pools).toEqual([]);
    const largeModel = recordingModel(2);
    const auto = await run(['--jsonl', '--stats'], large, largeModel.model);
    expect(largeModel.pools).toHaveLength(1);
    expect(auto).toEqual(await run(['--jsonl', '--stats', '--jobs', '1'], large, recordingModel(2).model));
  });

  it('--jobs 1 never starts a worker, even for a large input', async () => {
    const big = articles.repeat(Math.ceil((SMALL_BYTES * 2) / articles.length));
    const { model, pools } = recordingModel(4);
    await run(['--jobs', '1'], big, model);
    expect(pools).toEqual([]);
  });
});
