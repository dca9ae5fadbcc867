// The process model. A run cleans in this thread; worker threads start only when the work pays
// for what each costs (a V8 isolate that loads every module and table: a few hundred
// milliseconds and tens of MiB) and there are idle cores to run them: when a file of
// WORKER_BYTES or more is about to be cleaned, once a run has read that much, or when --jobs asks
// for them. Then this thread keeps cleaning too, taking what the workers have no room for, so
// `--jobs N` means N threads clean. Output never depends on where a text was cleaned.
import { availableParallelism, loadavg } from 'node:os';
import type { CleanPool } from './pool.js';
import type { OptionsSpec } from './spec.js';

/** What a run has seen so far, for deciding whether workers pay. */
export interface Workload {
  /** Files in the run, or, for one input cleaned in pieces or batches, the pieces read so far. */
  readonly items: number;
  /** Bytes of text read so far in the run. */
  readonly bytes: number;
  /** Bytes the run knows it will read (the size of a large file it is about to stream). */
  readonly expected: number;
}

/** --jobs as given (undefined: not given) and the cores of the machine that are idle. */
export interface JobsSetting {
  readonly requested: number | undefined;
  readonly cores: number;
}

/** How many threads should clean, this one included (1: no worker). Pure, so it can be tested. */
export type WorkerDecision = (work: Workload, jobs: JobsSetting) => number;

/**
 * Text a run must have (read, or about to stream from one file) before the default starts
 * workers. Below it a second isolate costs about what it saves (cleaning runs at 1–2 MB/s a
 * thread; a worker takes a few hundred ms and tens of MiB to load), and on a 2-core machine
 * shared with other work it measured slower than one thread at 1 and 4 MB.
 */
export const WORKER_BYTES = 8 * 1024 * 1024;

/** The default decision: --jobs N when there are two items or more; otherwise by the bytes. */
export const decideThreads: WorkerDecision = (work, { requested, cores }) => {
  if (requested !== undefined) return work.items >= 2 ? requested : 1;
  return cores >= 2 && Math.max(work.bytes, work.expected) >= WORKER_BYTES ? cores : 1;
};

/**
 * The cores no other process keeps busy: all of them less the one-minute load average rounded to
 * the nearest whole core (0 on systems without one), at least 1. Rounded, not cut down: on two
 * cores with other work keeping one of them 60 % busy, a worker shares a core and a cache with it
 * and cleans less than it costs to start (measured: 16 MB by default ran at 0.77× `--jobs 1`).
 */
export function idleCores(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, cores - Math.round(load));
}

/** What the process model is made of; tests replace parts of it. */
export interface ProcessModel {
  readonly decide: WorkerDecision;
  readonly cores: number;
  /** Starts `threads` worker threads. */
  readonly startPool: (threads: number) => Promise<CleanPool>;
}

export const DEFAULT_PROCESS_MODEL: ProcessModel = {
  decide: decideThreads,
  get cores() {
    return idleCores();
  },
  startPool: async (threads) => (await import('./pool.js')).createPool(threads),
};

/** Where the texts, pieces and batches of a run are cleaned (what cleanStream and cleanJsonl use). */
export interface Threads {
  /** The options every worker builds its clean() options from. */
  readonly spec: OptionsSpec;
  /** Counts `bytes` read and `items` seen, and starts workers if that now pays. */
  observe(items: number, bytes: number): void;
  /** How many items to keep in flight. */
  width(): number;
  /** Runs a task in a worker when one has room, here otherwise. */
  run<R>(here: () => R, remote: (pool: CleanPool) => Promise<R>): R | Promise<R>;
}

/**
 * The threads of one run: where each text, piece or batch is cleaned. Starts the pool when the
 * decision first says so, and closes it at the end of the run.
 */
export class Workers implements Threads {
  private threads = 1;
  private bytes = 0;
  private expected = 0;
  private pool: Promise<CleanPool> | undefined;
  /** Tasks handed to the pool and not yet back. */
  private pending = 0;

  constructor(
    private readonly model: ProcessModel,
    private readonly requested: number | undefined,
    readonly spec: OptionsSpec,
  ) {}

  /** Counts `bytes` of text read and `items` seen, and starts workers if that now pays. */
  observe(items: number, bytes: number): void {
    this.bytes += bytes;
    if (this.threads > 1 || this.requested === 1) return;
    const work = { items, bytes: this.bytes, expected: this.expected };
    this.threads = Math.max(1, this.model.decide(work, { requested: this.requested, cores: this.model.cores }));
  }

  /** Notes that the run is about to stream `bytes` more (a large file of known size). */
  expect(bytes: number): void {
    this.expected = Math.max(this.expected, this.bytes + bytes);
  }

  /** How many items to keep in flight: a few per thread, one when cleaning only here. */
  width(): number {
    return this.threads > 1 ? this.threads * 2 : 1;
  }

  /** Whether workers are (or are being) started. */
  get started(): boolean {
    return this.pool !== undefined;
  }

  /**
   * Runs a task in a worker when one has room (two tasks each: one running, one waiting), here
   * otherwise: this thread cleans too, and never waits while a worker idles for want of work.
   */
  run<R>(here: () => R, remote: (pool: CleanPool) => Promise<R>): R | Promise<R> {
    const workers = this.threads - 1;
    if (workers < 1 || this.pending >= workers * 2) return here();
    this.pending++;
    this.pool ??= this.model.startPool(workers);
    return this.pool.then(remote).finally(() => this.pending--);
  }

  async close(): Promise<void> {
    if (this.pool) await (await this.pool).close();
  }
}
