// Issue 17 part 7: `init` cannot hang on an input that never delivers, and can be cancelled.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortedError, SourceError } from '@rxcv/core';
import { hasSharedAssets } from '@rxcv/testing';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX, tempDir } from './helpers.js';

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms))]);
}

describe.skipIf(!hasSharedAssets())('InferencePipeline.init: time-out and AbortSignal (issue 17, part 7)', () => {
  const fifo = join(tempDir(), 'never-written.mp4');
  execFileSync('mkfifo', [fifo]);
  const base = { modelId: YOLOX, onPrediction: () => undefined };

  it('a FIFO that never writes: init rejects with TIMEOUT after openTimeoutMs', async () => {
    const error = await within(InferencePipeline.init({ ...base, videoReference: fifo, openTimeoutMs: 500 }), 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('a FIFO that never writes: aborting the signal rejects init with AbortedError at once', async () => {
    const controller = new AbortController();
    const pending = InferencePipeline.init({ ...base, videoReference: fifo, signal: controller.signal });
    // Let the model load and the open start, then cancel.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const aborted = Date.now();
    controller.abort();
    const error = await within(pending, 5000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(Date.now() - aborted).toBeLessThan(200);
  });

  it('a signal aborted while the model loads: init rejects at once', async () => {
    const controller = new AbortController();
    const pending = InferencePipeline.init({ ...base, videoReference: HIGHWAY, signal: controller.signal });
    controller.abort();
    await expect(within(pending, 2000)).rejects.toBeInstanceOf(AbortedError);
  });

  it('a signal that never fires changes nothing', async () => {
    const pipeline = await InferencePipeline.init({ ...base, videoReference: HIGHWAY, signal: new AbortController().signal });
    expect(pipeline.sources[0].describe()).toMatchObject({ width: 960 });
    await pipeline.dispose();
  });
});
