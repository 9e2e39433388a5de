// InferencePipeline.addSource / removeSource with real clips: sources join and leave a running pipeline.
import { describe, expect, it } from 'vitest';
import { hasSharedAssets, sharedAsset } from '@rxcv/testing';
import { SourceError, type ObjectDetectionResult, type StatusEvent, type VideoFrame } from '@rxcv/core';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX } from './helpers.js';

const PARKING = sharedAsset('media', 'parking_topdown_768x432.mp4');
const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.skipIf(!hasSharedAssets())('sources added and removed while running (real clips)', () => {
  it('a second file added mid-run (YOLOX-Nano): both complete, each with frame ids 1..N, sized for the model', async () => {
    const perSource = new Map<number, number[]>([[0, []], [1, []]]);
    const sizes = new Map<number, string>();
    let pipeline!: InferencePipeline<ObjectDetectionResult>;
    let added: Promise<number> | null = null;
    pipeline = await InferencePipeline.init<ObjectDetectionResult>({
      modelId: YOLOX,
      videoReference: HIGHWAY,
      onPrediction: (predictions: ObjectDetectionResult, frame: VideoFrame) => {
        perSource.get(frame.sourceId)!.push(frame.frameId);
        sizes.set(frame.sourceId, frame.image.resized ? `${frame.image.resized.width}x${frame.image.resized.height}` : 'none');
        expect(predictions.image).toEqual({ width: frame.image.width, height: frame.image.height });
        // Added while the first file is a quarter of the way through.
        if (frame.sourceId === 0 && frame.frameId === 50) added = pipeline.addSource(PARKING);
      },
    });
    pipeline.start();
    await pipeline.join();
    expect(await added).toBe(1);
    expect(perSource.get(0)).toEqual(ids(221));
    expect(perSource.get(1)).toEqual(ids(377));
    // Opened as init opens references: also scaled to the model's input while decoding (`resized`).
    expect(sizes.get(0)).toMatch(/^\d+x\d+$/);
    expect(sizes.get(1)).toMatch(/^\d+x\d+$/);
    expect(pipeline.sources.map((s) => s.sourceId)).toEqual([0, 1]);
    expect(pipeline.report().sources.map((s) => [s.source.sourceId, s.framesInferred, s.state])).toEqual([
      [0, 221, 'ENDED'],
      [1, 377, 'ENDED'],
    ]);
  }, 180_000);

  it('removing the added file part-way: the first file still delivers 1..221; the removed one stops at once', async () => {
    const perSource = new Map<number, number[]>([[0, []], [1, []]]);
    const events: StatusEvent[] = [];
    let removal: Promise<void> | null = null;
    let pipeline!: InferencePipeline<number>;
    pipeline = await InferencePipeline.initWithCustomLogic<number>({
      videoReference: HIGHWAY,
      onVideoFrame: (frames) => frames.map((f) => f.frameId),
      onPrediction: (result: number, frame: VideoFrame) => {
        perSource.get(frame.sourceId)!.push(result);
        if (frame.sourceId === 1 && result === 20) removal = pipeline.removeSource(1);
      },
      statusUpdateHandlers: [(e) => void events.push(e)],
    });
    const newId = await pipeline.addSource(PARKING);
    expect(newId).toBe(1);
    await expect(pipeline.addSource('/no/such/clip.mp4')).rejects.toBeInstanceOf(SourceError);
    pipeline.start();
    await pipeline.join();
    await removal;
    expect(perSource.get(0)).toEqual(ids(221));
    const removed = perSource.get(1)!;
    expect(removed.slice(0, 20)).toEqual(ids(20));
    expect(removed.length).toBeLessThan(30);
    expect(events.some((e) => e.type === 'SOURCE_REMOVED' && e.sourceId === 1)).toBe(true);
    expect(pipeline.sources.map((s) => s.sourceId)).toEqual([0]);
    expect(pipeline.report().sources.map((s) => [s.source.sourceId, s.framesInferred])).toEqual([[0, 221]]);
  }, 120_000);
});
