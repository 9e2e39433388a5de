import { describe, expect, it } from 'vitest';
import { TensorPool } from './tensor-pool.js';

describe('TensorPool', () => {
  it('creates at most `capacity` buffers; a caller beyond that waits for the next release, in order', async () => {
    let made = 0;
    const pool = new TensorPool(() => ({ n: ++made }), 2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect([a.n, b.n]).toEqual([1, 2]);
    const got: number[] = [];
    const c = pool.acquire().then((e) => got.push(e.n));
    const d = pool.acquire().then((e) => got.push(e.n));
    await Promise.resolve();
    expect(got).toEqual([]);
    expect(pool.inUse).toBe(2);
    pool.release(b);
    pool.release(a);
    await Promise.all([c, d]);
    expect(got).toEqual([2, 1]);
    expect(made).toBe(2);
  });

  it('reuses released buffers instead of making new ones', async () => {
    let made = 0;
    const pool = new TensorPool(() => ({ n: ++made }), 2);
    for (let i = 0; i < 5; i++) pool.release(await pool.acquire());
    expect(made).toBe(1);
    expect(pool.inUse).toBe(0);
  });

  it('rejects a capacity below 1', () => {
    expect(() => new TensorPool(() => 0, 0)).toThrow(RangeError);
  });
});
