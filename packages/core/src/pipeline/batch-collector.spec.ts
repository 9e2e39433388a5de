// Specs of batch-collector.
import { describe, expect, it } from 'vitest';
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
  it('with maxInFlight 2, delivers batches in hand-over order even when a later one finishes first', async () => {
    const order: string[] = [];
    const collector = new BatchCollector<number>({
      timeoutMs: 0,
      activeSources: () => new Set([0]),
      maxInFlight: 2,
      // Frame 1 takes 20 ms, frame 2 takes 1 ms.
      process: (frames) => new Promise((resolve) => setTimeout(() => resolve(frames.map((f) => f.frameId)), frames[0].frameId === 1 ? 20 : 1)),
      onBatch: (frames) => void order.push(`batch ${frames[0].frameId}`),
    });
    const first = collector.submit(frame(0, 1)).then((r) => order.push(`result ${r}`));
    const second = collector.submit(frame(0, 2)).then((r) => order.push(`result ${r}`));
    await Promise.all([first, second]);
    expect(order).toEqual(['batch 1', 'result 1', 'batch 2', 'result 2']);
  });

  it('with maxInFlight 1 (the default), starts a batch only after the previous one was delivered', async () => {
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
    const results = await Promise.all([1, 2, 3].map((id) => collector.submit(frame(0, id))));
    expect(results).toEqual([1, 2, 3]);
    expect(most).toBe(1);
  });

  it('rejects a failed batch only after the batch before it was delivered', async () => {
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
    const first = collector.submit(frame(0, 1)).then(() => order.push('1 ok'));
    const second = collector.submit(frame(0, 2)).catch((e: Error) => order.push(`2 ${e.message}`));
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
    const submitted = [collector.submit(frame(0, 1)), collector.submit(frame(0, 2)), collector.submit(frame(1, 1))];
    expect(await Promise.all(submitted)).toEqual([1, 2, 1]);
    expect(batches).toEqual(['0:1 1:1', '0:2']);
  });
});
