// Loads the command line as the build bundled it (dist/bundle/cli.cjs, see src/cli/bundle.mjs),
// with V8's code cache for it (dist/bundle/cli.cache): the build runs the bundle once on an
// article and stores the compiled code, so that starting newsclean reads it instead of parsing and
// compiling the code again. The cache is only ever an optimization: V8 checks that it was made
// for this V8, these flags and a source of this length, and ignores it otherwise (a missing or
// stale cache costs the compilation it would have saved). V8 does not compare the source itself:
// the build clears dist/bundle/ and writes the bundle and its cache together, never one alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import type { main as Main } from './main.js';
import type runWorkerTask from './worker.js';

/** The bundle and its code cache, beside each other in dist/bundle/. */
const BUNDLE = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
const CODE_CACHE = fileURLToPath(new URL('../bundle/cli.cache', import.meta.url));

export interface LoadedBundle {
  readonly main: typeof Main;
  /** What a worker thread of the pool runs (worker.ts). */
  readonly runTask: typeof runWorkerTask;
  /** Whether V8 took the code cache (false: there was none, or it was made for another V8 or other flags). */
  readonly cacheUsed: boolean;
  /** Writes the code cache of what has been compiled so far (the build's warm-up does, after a run). */
  saveCodeCache(): void;
}

/**
 * The bundled command line, compiled as CommonJS with the code cache when V8 accepts it. The
 * wrapper gives the bundle what Node gives a CommonJS module, and the URL its modules find their
 * data from (`__bundleUrl`, see bundle.mjs).
 */
export function loadBundle(): LoadedBundle {
  const source = readFileSync(BUNDLE, 'utf8');
  const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as { main: typeof Main; runTask: typeof runWorkerTask } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE), pathToFileURL(BUNDLE).href);
  return {
    main: module.exports.main,
    runTask: module.exports.runTask,
    cacheUsed: cachedData !== undefined && script.cachedDataRejected !== true,
    saveCodeCache: () => writeFileSync(CODE_CACHE, script.createCachedData()),
  };
}
