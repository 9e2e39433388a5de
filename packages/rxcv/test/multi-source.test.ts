import { describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import type { ObjectDetectionResult, StatusEvent, VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX } from './helpers.js';

const PARKING = sharedAsset('media', 'parking_topdown_768x432.mp4');

describe.skipIf(!hasSharedAssets())('several sources in one pipeline (real clips, YOLOX-Nano)', () => {
  it('two files: every frame of each, in order per source, in batches with a slot per source', async () => {
    const perSource = new Map<number, number[]>([[0, []], [1, []]]);
    let calls = 0;
    let fullBatches = 0;
    const pipeline = await InferencePipeline.init<ObjectDetectionResult>({
      modelId: YOLOX,
      videoReference: [HIGHWAY, PARKING],
      onPrediction: (predictions: ReadonlyArray<ObjectDetectionResult | null>, frames: ReadonlyArray<VideoFrame | null>) => {
        calls += 1;
        expect(predictions).toHaveLength(2);
        if (frames.every((f) => f !== null)) fullBatches += 1;
        frames.forEach((frame, slot) => {
          if (!frame) return;
          expect(frame.sourceId).toBe(slot);
          expect(predictions[slot]!.image).toEqual({ width: frame.image.width, height: frame.image.height });
          perSource.get(slot)!.push(frame.frameId);
        });
      },
    });
    pipeline.start();
    await pipeline.join();
    expect(perSource.get(0)).toEqual(Array.from({ length: 221 }, (_, i) => i + 1));
    expect(perSource.get(1)).toEqual(Array.from({ length: 377 }, (_, i) => i + 1));
    // While both run, batches hold a frame of each; the shorter clip ending frees the other.
    expect(fullBatches).toBeGreaterThan(150);
    expect(calls).toBeLessThan(221 + 377);
    const report = pipeline.report();
    expect(report.sources.map((s) => [s.source.sourceId, s.framesInferred, s.state])).toEqual([[0, 221, 'ENDED'], [1, 377, 'ENDED']]);
    expect(report.sources[1].source).toMatchObject({ kind: 'file', width: 768, height: 432 });
  }, 180_000);

  it('sequential sink mode with several sources calls onPrediction once per frame', async () => {
    const seen: string[] = [];
    const pipeline = await InferencePipeline.initWithCustomLogic<number>({
      videoReference: [HIGHWAY, HIGHWAY],
      sinkMode: 'sequential',
      onVideoFrame: (frames) => frames.map((f) => f.frameId),
      onPrediction: (result: number, frame: VideoFrame) => {
        expect(result).toBe(frame.frameId);
        seen.push(`${frame.sourceId}:${frame.frameId}`);
      },
    });
    pipeline.start();
    await pipeline.join();
    expect(seen).toHaveLength(442);
    for (const source of [0, 1]) {
      const ids = seen.filter((s) => s.startsWith(`${source}:`)).map((s) => Number(s.split(':')[1]));
      expect(ids).toEqual(Array.from({ length: 221 }, (_, i) => i + 1));
    }
  }, 120_000);

  it('a throwing sink is reported and the pipeline keeps going, in order', async () => {
    const seen: number[] = [];
    const sinkErrors: StatusEvent[] = [];
    const pipeline = await InferencePipeline.initWithCustomLogic<null>({
      videoReference: HIGHWAY,
      onVideoFrame: (frames) => frames.map(() => null),
      onPrediction: (_: null, frame: VideoFrame) => {
        if (frame.frameId % 50 === 0) throw new Error(`sink failed on ${frame.frameId}`);
        seen.push(frame.frameId);
      },
      statusUpdateHandlers: [(e) => void (e.type === 'SINK_ERROR' && sinkErrors.push(e))],
    });
    pipeline.start();
    await pipeline.join();
    expect(seen).toHaveLength(221 - 4);
    expect(seen.every((id, i) => i === 0 || id > seen[i - 1])).toBe(true);
    expect(sinkErrors.map((e) => (e.payload as { frameId: number }).frameId)).toEqual([50, 100, 150, 200]);
  }, 60_000);
});
