// The one ordered scheduler of the command line: files, pieces of a large input and batches of
// JSON Lines all go through it. It keeps up to `width` items in flight and hands back their
// results in the items' order, so work overlaps while the output stays as a one-at-a-time run
// would write it. Items are pulled only when there is room: a slow reader of the results slows
// the reading of the input down (back-pressure), and memory holds at most `width` items.

/** The result of one item: its value, or the error its work raised. */
export type Settled<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/**
 * Runs `start` on each item of `items`, up to `width` at a time, and yields `[item, result]` in
 * the items' order. An item whose work fails yields `{ ok: false, error }` at its turn; the items
 * after it still run and are yielded. `start` receives the item's position (0-based). `width` may
 * be a function: it is asked again before each item, so a run can widen once workers start.
 */
export async function* inOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  width: number | (() => number),
  start: (item: T, index: number) => Promise<R> | R,
): AsyncGenerator<[T, Settled<R>]> {
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items[Symbol.iterator]());
  const room = typeof width === 'number' ? () => width : width;
  const running: { item: T; result: Promise<Settled<R>> }[] = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && running.length < Math.max(1, room())) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        running.push({ item: next.value, result: settle(start, next.value, index++) });
      }
      const head = running.shift();
      if (!head) return;
      yield [head.item, await head.result];
    }
  } finally {
    // The consumer stopped early (an error, an interrupt): close the source so it can clean up.
    if (!exhausted) await source.return?.();
  }
}

/** Like `inOrder`, but throws the first failure at its turn, after the results before it. */
export async function* inOrderOrThrow<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  width: number | (() => number),
  start: (item: T, index: number) => Promise<R> | R,
): AsyncGenerator<[T, R]> {
  for await (const [item, result] of inOrder(items, width, start)) {
    if (!result.ok) throw result.error;
    yield [item, result.value];
  }
}

function settle<T, R>(start: (item: T, index: number) => Promise<R> | R, item: T, index: number): Promise<Settled<R>> {
  try {
    return Promise.resolve(start(item, index)).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error });
  }
}

function toAsync<T>(iterator: Iterator<T>): AsyncIterator<T> {
  return {
    next: async () => iterator.next(),
    return: async () => iterator.return?.() ?? { done: true, value: undefined },
  };
}
