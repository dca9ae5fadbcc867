import { describe, expect, it } from 'vitest';
import { inOrder, inOrderOrThrow } from '../../src/cli/schedule.js';

/** A promise resolved by hand, to finish work in any order the test chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the ordered scheduler', () => {
  it('yields results in the order of the items, whatever order the work finishes in', async () => {
    const gates = [0, 1, 2, 3, 4].map(() => deferred<string>());
    const seen: string[] = [];
    const run = (async () => {
      for await (const [item, result] of inOrderOrThrow([0, 1, 2, 3, 4], 5, (item) => gates[item]!.promise)) seen.push(`${item}:${result}`);
    })();
    for (const i of [4, 2, 0, 3, 1]) {
      gates[i]!.resolve(`r${i}`);
      await tick();
    }
    await run;
    expect(seen).toEqual(['0:r0', '1:r1', '2:r2', '3:r3', '4:r4']);
  });

  it('keeps at most `width` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (item: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick();
      inFlight--;
      return item * 2;
    };
    const results: number[] = [];
    for await (const [, result] of inOrderOrThrow(Array.from({ length: 20 }, (_, i) => i), 3, work)) results.push(result);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(most).toBe(3);
  });

  it('a failing item is reported at its turn; the items after it still run and come out', async () => {
    const out: string[] = [];
    const work = async (name: string) => {
      await tick();
      if (name === 'bad') throw new Error('unreadable');
      return name.toUpperCase();
    };
    for await (const [item, result] of inOrder(['a', 'bad', 'c', 'd'], 2, work)) out.push(result.ok ? result.value : `${item}: ${(result.error as Error).message}`);
    expect(out).toEqual(['A', 'bad: unreadable', 'C', 'D']);
  });

  it('a work function that throws synchronously fails only its item', async () => {
    const work = (n: number) => {
      if (n === 1) throw new Error('sync');
      return n;
    };
    const out = [];
    for await (const [, result] of inOrder([0, 1, 2], 1, work)) out.push(result.ok ? result.value : 'failed');
    expect(out).toEqual([0, 'failed', 2]);
  });

  it('inOrderOrThrow throws the first failure after the results before it', async () => {
    const out: number[] = [];
    const work = async (n: number) => {
      if (n === 2) throw new Error('piece 2');
      return n;
    };
    await expect(
      (async () => {
        for await (const [, n] of inOrderOrThrow([0, 1, 2, 3], 4, work)) out.push(n);
      })(),
    ).rejects.toThrow('piece 2');
    expect(out).toEqual([0, 1]);
  });

  it('back-pressure: reads an item only when there is room, so a slow consumer slows the reading', async () => {
    let read = 0;
    async function* source() {
      for (let i = 0; i < 10; i++) {
        read++;
        yield i;
      }
    }
    const readWhenConsumed: number[] = [];
    for await (const [item] of inOrderOrThrow(source(), 2, async (n) => n)) {
      readWhenConsumed.push(read);
      await tick(); // a slow writer
      expect(read - item).toBeLessThanOrEqual(2); // never more than `width` ahead of the output
    }
    expect(readWhenConsumed).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const [item] of inOrderOrThrow(source(), 3, (n) => n)) if (item === 4) break;
    expect(closed).toBe(true);
  });

  it('an empty input yields nothing and starts nothing', async () => {
    let started = 0;
    for await (const _ of inOrder([], 4, () => started++)) throw new Error('unexpected');
    expect(started).toBe(0);
  });
});
