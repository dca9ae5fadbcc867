// The --jobs pool: worker threads (piscina) that clean texts and JSON Lines batches. Created on
// first use, so a run that never needs it pays nothing; closed at the end of the run.
import { existsSync } from 'node:fs';
import type { LinesTask, TextOutcome, TextTask } from './worker.js';
import type { LineOutcome } from './jsonl.js';

export interface CleanPool {
  cleanText(task: Omit<TextTask, 'kind'>): Promise<TextOutcome>;
  cleanLines(task: Omit<LinesTask, 'kind'>): Promise<readonly LineOutcome[]>;
  close(): Promise<void>;
}

/**
 * The worker's module: next to this one once built, where the command line uses the bundled one
 * (bundled-worker.ts), which starts faster. Run from the TypeScript sources (the tests), threads
 * cannot load TypeScript, so they use the build, which `npm test` makes first.
 */
function workerFile(): string {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL('../../dist/cli/worker.js', here).href;
  const bundled = new URL('./bundled-worker.js', here);
  return (existsSync(new URL('../bundle/cli.cjs', here)) ? bundled : new URL('./worker.js', here)).href;
}

export async function createPool(threads: number): Promise<CleanPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    // Tasks wait in the queue rather than failing: the callers bound how many are in flight.
    maxQueue: Infinity,
    // Each thread holds a piece or a batch at a time; a small heap keeps the process's memory flat.
    resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 8 },
  });
  return {
    cleanText: (task) => pool.run({ kind: 'text', ...task }) as Promise<TextOutcome>,
    cleanLines: (task) => pool.run({ kind: 'lines', ...task }) as Promise<readonly LineOutcome[]>,
    close: () => pool.destroy(),
  };
}
