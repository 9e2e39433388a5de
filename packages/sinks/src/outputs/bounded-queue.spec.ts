// BoundedQueue: fixed capacity, first in first out, every drop counted.
import { describe, expect, it } from 'vitest';
import { BoundedQueue } from './bounded-queue.js';

describe('BoundedQueue', () => {
  it('drop-oldest keeps the newest items, in order, and counts the dropped ones', () => {
    const queue = new BoundedQueue<number>(3);
    const kept = [1, 2, 3, 4, 5].map((n) => queue.push(n));
    expect(kept).toEqual([true, true, true, false, false]);
    expect([queue.size, queue.dropped]).toEqual([3, 2]);
    expect(queue.take(10)).toEqual([3, 4, 5]);
  });

  it('drop-newest refuses what does not fit', () => {
    const queue = new BoundedQueue<number>(2, 'drop-newest');
    [1, 2, 3].forEach((n) => queue.push(n));
    expect(queue.peek()).toBe(1);
    expect(queue.take(10)).toEqual([1, 2]);
    expect(queue.dropped).toBe(1);
  });

  it('wraps around its ring without losing order', () => {
    const queue = new BoundedQueue<number>(3);
    const out: number[] = [];
    for (let n = 0; n < 10; n++) {
      queue.push(n);
      if (queue.size === 3) out.push(queue.shift()!);
    }
    out.push(...queue.take(10));
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(queue.shift()).toBeUndefined();
    expect(queue.dropped).toBe(0);
  });
});
