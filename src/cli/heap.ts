// Memory of a long run. V8 lets the heap grow far past what a run keeps alive (the live heap of a
// run is about 40 MB; a 16 MB input reached 265 MiB of resident memory) because collecting while
// allocation runs fast looks wasteful to it. Between pieces of a large input, a full collection
// when the heap has grown HEAP_BUDGET past what the last one left keeps memory flat at a small
// cost (one collection of a ~40 MB heap, tens of ms, per HEAP_BUDGET allocated into the old
// generation). Output never depends on it.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How far the heap may grow past the last collection's live size before the next one. */
export const HEAP_BUDGET = 24 * 1024 * 1024;

let collect: (() => void) | undefined;
let live = 0;

/** V8's collector as a function (the flag that exposes it, set for a fresh context only). */
function collector(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/** Collects when the heap has grown HEAP_BUDGET past the last collection; call between pieces. */
export function keepHeapSmall(): void {
  if (process.env.NEWSCLEAN_HEAP === 'off') return;
  if (live === 0 || oldUsed() >= live + HEAP_BUDGET) {
    collector()();
    live = oldUsed();
  }
}

/** What the heap holds outside the young generation (whose garbage a scavenge takes anyway). */
function oldUsed(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name !== 'new_space') used += space.space_used_size;
  return used;
}
