// Issue 17 part 7: opening a file that never delivers (a FIFO nobody writes to) no longer blocks
// forever: a time-out and an AbortSignal answer at once, and FFmpeg's stuck thread is freed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AbortedError, SourceError } from '@rxcv/core';
import { hasSharedAssets } from '@rxcv/testing';
import { openVideoSource } from '../src/index.js';
import { HIGHWAY, makeScratchDir } from './helpers/media-fixtures.js';

/** Settles like `promise`, or rejects after `ms` so that a regression fails instead of hanging the run. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms))]);
}

describe.skipIf(!hasSharedAssets())('opening a FIFO that never writes (issue 17, part 7)', () => {
  const scratch = makeScratchDir();
  const fifo = join(scratch.dir, 'silent.mp4');
  execFileSync('mkfifo', [fifo]);
  afterAll(() => scratch.remove());

  it('openTimeoutMs: rejects with SourceError TIMEOUT naming the file, on time', async () => {
    const started = Date.now();
    const error = await within(openVideoSource(fifo, { openTimeoutMs: 300 }), 5000).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
    expect((error as Error).message).toContain(fifo);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1500);
  });

  it('an AbortSignal: rejects with AbortedError (ABORTED) as soon as it fires', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('user cancelled')), 200);
    const error = await within(openVideoSource(fifo, { signal: controller.signal }), 5000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ code: 'ABORTED' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a signal already aborted: rejects at once', async () => {
    await expect(openVideoSource(HIGHWAY, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
  });

  it('frees the FFmpeg thread each time: after more aborted opens than the thread pool has threads, a file still opens', async () => {
    const poolSize = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
    for (let i = 0; i < poolSize + 2; i++) {
      await within(openVideoSource(fifo, { openTimeoutMs: 60 }), 5000).catch((e: unknown) => {
        expect(e).toMatchObject({ code: 'TIMEOUT' });
      });
    }
    // Were the threads still blocked in open(), this would wait for a free thread forever.
    const source = await within(openVideoSource(HIGHWAY), 10_000);
    expect(source.describe()).toMatchObject({ width: 960, height: 540 });
  });
});
