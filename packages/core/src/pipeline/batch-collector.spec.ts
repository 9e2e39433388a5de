// Specs of batch-collector.
import { describe, expect, it } from 'vitest';
import { lastValueFrom } from 'rxjs';
import type { VideoFrame } from '../types/index.js';
import { BatchCollector } from './batch-collector.js';

const frame = (sourceId: number, frameId: number): VideoFrame => ({
  image: { width: 1, height: 1, format: 'rgb24', data: new Uint8Array(3) },
  frameId,
  frameTimestamp: 0,
  presentationTime: null,
  sourceId,
  fps: null,
  measuredFps: null,
  comesFromVideoFile: true,
});

describe('BatchCollector', () => {
  it('with maxInFlight 2, hands out results in hand-over order even when a later batch finishes first', async () => {
    const order: string[] = [];
    const collector = new BatchCollector<number>({
      timeoutMs: 0,
      activeSources: () => new Set([0]),
      maxInFlight: 2,
      // Frame 1 takes 20 ms, frame 2 takes 1 ms.
      process: (frames) => new Promise((resolve) => setTimeout(() => resolve(frames.map((f) => f.frameId)), frames[0].frameId === 1 ? 20 : 1)),
    });
    const submit = (id: number) => lastValueFrom(collector.submit(frame(0, id))).then(({ result, batch }) => order.push(`result ${result} of [${batch.frames.map((f) => f.frameId)}]`));
    await Promise.all([submit(1), submit(2)]);
    expect(order).toEqual(['result 1 of [1]', 'result 2 of [2]']);
  });

  it('with maxInFlight 1 (the default), starts a batch only after the previous one was handed out', async () => {
    let inProcess = 0;
    let most = 0;
    const collector = new BatchCollector<number>({
      timeoutMs: 0,
      activeSources: () => new Set([0]),
      process: async (frames) => {
        inProcess += 1;
        most = Math.max(most, inProcess);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inProcess -= 1;
        return frames.map((f) => f.frameId);
      },
    });
    const results = await Promise.all([1, 2, 3].map(async (id) => (await lastValueFrom(collector.submit(frame(0, id)))).result));
    expect(results).toEqual([1, 2, 3]);
    expect(most).toBe(1);
  });

  it('fails a failed batch only after the batch before it was handed out', async () => {
    const order: string[] = [];
    const collector = new BatchCollector<number>({
      timeoutMs: 0,
      activeSources: () => new Set([0]),
      maxInFlight: 2,
      process: (frames) =>
        frames[0].frameId === 1
          ? new Promise((resolve) => setTimeout(() => resolve([1]), 10))
          : Promise.reject(new Error('model broke')),
    });
    const first = lastValueFrom(collector.submit(frame(0, 1))).then(() => order.push('1 ok'));
    const second = lastValueFrom(collector.submit(frame(0, 2))).catch((e: Error) => order.push(`2 ${e.message}`));
    await Promise.all([first, second]);
    expect(order).toEqual(['1 ok', '2 model broke']);
  });

  it('puts at most one frame per source into a batch; a source\'s next frame goes into the next one', async () => {
    const batches: string[] = [];
    const collector = new BatchCollector<number>({
      timeoutMs: 20,
      activeSources: () => new Set([0, 1]),
      maxInFlight: 2,
      process: async (frames) => {
        batches.push(frames.map((f) => `${f.sourceId}:${f.frameId}`).join(' '));
        await new Promise((resolve) => setTimeout(resolve, 5));
        return frames.map((f) => f.frameId);
      },
    });
    // Source 0 hands over frames 1 and 2 before source 1's first frame arrives.
    const submitted = [frame(0, 1), frame(0, 2), frame(1, 1)].map(async (f) => (await lastValueFrom(collector.submit(f))).result);
    expect(await Promise.all(submitted)).toEqual([1, 2, 1]);
    expect(batches).toEqual(['0:1 1:1', '0:2']);
  });
});
