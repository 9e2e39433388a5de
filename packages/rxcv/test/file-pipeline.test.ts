import { describe, expect, it } from 'vitest';
import { tap } from 'rxjs';
import { hasSharedAssets } from '@rxcv/testing';
import { Pipeline, type ObjectDetectionResult, type VideoFrame, type VideoSource } from '@rxcv/core';
import { openVideoSource } from '@rxcv/sources';
import { loadModel } from '@rxcv/models';
import { InferencePipeline } from '../src/index.js';
import { HIGHWAY, YOLOX, slowedDown } from './helpers.js';

describe.skipIf(!hasSharedAssets())('InferencePipeline on a video file (YOLOX-Nano, highway clip)', () => {
  it('calls onPrediction for every frame in order with Roboflow JSON, and sees cars', async () => {
    const calls: Array<{ predictions: ObjectDetectionResult; frame: VideoFrame }> = [];
    const pipeline = await InferencePipeline.init<ObjectDetectionResult>({
      modelId: YOLOX,
      videoReference: HIGHWAY,
      onPrediction: (predictions, frame) => void calls.push({ predictions, frame }),
    });
    pipeline.start();
    await pipeline.join();

    expect(calls.map((c) => c.frame.frameId)).toEqual(Array.from({ length: 221 }, (_, i) => i + 1));
    const { predictions, frame } = calls[100];
    expect(frame).toMatchObject({ sourceId: 0, fps: 25, comesFromVideoFile: true });
    expect(frame.image).toMatchObject({ width: 960, height: 540 });
    expect(predictions.image).toEqual({ width: 960, height: 540 });
    for (const p of predictions.predictions) {
      expect(Object.keys(p).sort()).toEqual(['class', 'class_id', 'confidence', 'detection_id', 'height', 'width', 'x', 'y']);
      expect(p.confidence).toBeGreaterThanOrEqual(0.4);
      expect(p.x - p.width / 2).toBeGreaterThanOrEqual(-1);
      expect(p.x + p.width / 2).toBeLessThanOrEqual(961);
    }
    const withCar = calls.filter((c) => c.predictions.predictions.some((p) => p.class === 'car')).length;
    expect(withCar / calls.length).toBeGreaterThanOrEqual(0.8);
    const timestamps = calls.map((c) => c.frame.frameTimestamp);
    expect(timestamps.every((t, i) => i === 0 || t >= timestamps[i - 1])).toBe(true);
  });

  it('decodes at most `lookahead` frames ahead of a deliberately slow (30 ms) model', async () => {
    const model = slowedDown(await loadModel(YOLOX), 30);
    const file = await openVideoSource(HIGHWAY);
    let decoded = 0;
    let inferred = 0;
    let maxAhead = 0;
    const counted: VideoSource = {
      sourceId: file.sourceId,
      defaultMode: file.defaultMode,
      events$: file.events$,
      describe: () => file.describe(),
      frames: (demand$) =>
        file.frames(demand$).pipe(
          tap(() => {
            decoded += 1;
            maxAhead = Math.max(maxAhead, decoded - inferred);
          }),
        ),
    };
    const pipeline = new Pipeline({
      sources: [counted],
      process: (frames: readonly VideoFrame[]) => model.infer(frames.map((f) => f.image)),
      onPrediction: () => void (inferred += 1),
      lookahead: 2,
    });
    pipeline.start();
    await pipeline.join();
    await model.dispose();
    expect(inferred).toBe(221);
    expect(decoded).toBe(221);
    expect(maxAhead).toBeLessThanOrEqual(2);
    expect(maxAhead).toBeGreaterThanOrEqual(1);
  });
});
