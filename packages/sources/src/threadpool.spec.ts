import { afterEach, describe, expect, it } from 'vitest';
import { recommendedThreadpoolSize, threadpoolSize } from './threadpool.js';

describe('threadpool sizing', () => {
  const saved = process.env.UV_THREADPOOL_SIZE;
  afterEach(() => {
    if (saved === undefined) delete process.env.UV_THREADPOOL_SIZE;
    else process.env.UV_THREADPOOL_SIZE = saved;
  });

  it('reads UV_THREADPOOL_SIZE, defaulting to Node\'s 4', () => {
    delete process.env.UV_THREADPOOL_SIZE;
    expect(threadpoolSize()).toBe(4);
    process.env.UV_THREADPOOL_SIZE = '16';
    expect(threadpoolSize()).toBe(16);
    process.env.UV_THREADPOOL_SIZE = 'lots';
    expect(threadpoolSize()).toBe(4);
  });

  it('recommends one thread per live source plus 4', () => {
    expect(recommendedThreadpoolSize(0)).toBe(4);
    expect(recommendedThreadpoolSize(2)).toBe(6);
    expect(recommendedThreadpoolSize(8)).toBe(12);
  });
});
