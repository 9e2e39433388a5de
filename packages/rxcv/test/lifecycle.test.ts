import { describe, expect, it } from 'vitest';
import { hasSharedAssets } from '@rxcv/testing';
import { InvalidStateError, type SourceState, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pipeline on the real highway clip with a 5 ms "model", recording frame ids and states. */
async function highwayPipeline() {
  const seen: number[] = [];
  const states: SourceState[] = [];
  const pipeline = await InferencePipeline.initWithCustomLogic<null>({
    videoReference: HIGHWAY,
    onVideoFrame: async (frames) => {
      await sleep(5);
      return frames.map(() => null);
    },
    onPrediction: (_: null, frame: VideoFrame) => void seen.push(frame.frameId),
    statusUpdateHandlers: [
      (e: StatusEvent) => void (e.type === 'SOURCE_STATE_CHANGED' && states.push(e.payload.to)),
    ],
  });
  return { pipeline, seen, states };
}

const waitFor = async (condition: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(2);
  }
};

describe.skipIf(!hasSharedAssets())('lifecycle on a real file', () => {
  it('pausing a file loses no frame; resume carries on; the states follow', async () => {
    const { pipeline, seen, states } = await highwayPipeline();
    pipeline.start();
    await waitFor(() => seen.length >= 20);
    pipeline.pause();
    await sleep(100);
    const atPause = seen.length;
    await sleep(300);
    expect(seen.length).toBe(atPause);
    pipeline.resume();
    await pipeline.join();
    expect(seen).toEqual(Array.from({ length: 221 }, (_, i) => i + 1));
    expect(states).toEqual(['INITIALISING', 'RUNNING', 'PAUSED', 'RUNNING', 'ENDED']);
  });

  it('mute discards frames while reading on; resume infers again', async () => {
    const { pipeline, seen } = await highwayPipeline();
    const drops: string[] = [];
    pipeline.status$.subscribe((e) => void (e.type === 'FRAME_DROPPED' && drops.push(e.payload.cause)));
    pipeline.start();
    await waitFor(() => seen.length >= 10);
    pipeline.mute();
    await waitFor(() => drops.length >= 30);
    pipeline.resume();
    await pipeline.join();
    expect(seen.length + drops.length).toBe(221);
    expect(seen.at(-1)).toBe(221);
    expect(new Set(drops)).toEqual(new Set(['muted']));
  });

  it('terminate() returns promptly from every state, and a disallowed operation throws', async () => {
    // NOT_STARTED
    let { pipeline } = await highwayPipeline();
    expect(() => pipeline.resume()).toThrow(InvalidStateError);
    let started = Date.now();
    await pipeline.terminate();
    expect(Date.now() - started).toBeLessThan(1000);

    for (const prepare of ['RUNNING', 'PAUSED', 'MUTED'] as const) {
      ({ pipeline } = await highwayPipeline());
      pipeline.start();
      // The source leaves INITIALISING when its first frame is read (30-400 ms on a busy machine).
      for (let waited = 0; pipeline.report().sources[0].state === 'INITIALISING' && waited < 10_000; waited += 20) await sleep(20);
      if (prepare === 'PAUSED') pipeline.pause();
      if (prepare === 'MUTED') pipeline.mute();
      expect(pipeline.report().sources[0].state).toBe(prepare);
      started = Date.now();
      await pipeline.terminate();
      await pipeline.join();
      expect(Date.now() - started, `terminate from ${prepare}`).toBeLessThan(1000);
      expect(pipeline.report().sources[0].state).toBe('ENDED');
      expect(() => pipeline.pause()).toThrow(InvalidStateError);
    }
  });

  it('starts again after join(), frame ids carrying on', async () => {
    const { pipeline, seen } = await highwayPipeline();
    pipeline.start();
    await pipeline.join();
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual(Array.from({ length: 442 }, (_, i) => i + 1));
  });
});
