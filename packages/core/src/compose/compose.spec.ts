// Specs of compose.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { lastValueFrom, of, toArray } from 'rxjs';
import type { FrameImage, Model, ObjectDetectionPrediction, ObjectDetectionResult, VideoFrame } from '../types/index.js';
import { filterPredictions } from './filter-predictions.js';
import { inferFrame } from './infer-frame.js';
import { toSink } from './to-sink.js';
import type { Inferred } from './inferred.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

const frame = (frameId: number): VideoFrame => ({
  image: { width: 1, height: 1, format: 'rgb24', data: new Uint8Array(3) },
  frameId,
  frameTimestamp: 0,
  presentationTime: null,
  sourceId: 0,
  fps: null,
  measuredFps: null,
  comesFromVideoFile: true,
});
const box = (cls: string): ObjectDetectionPrediction => ({ x: 0, y: 0, width: 1, height: 1, confidence: 1, class: cls, class_id: 0, detection_id: cls });
const inferred = (frameId: number, ...classes: string[]): Inferred<ObjectDetectionResult> => ({
  frame: frame(frameId),
  predictions: { image: { width: 1, height: 1 }, predictions: classes.map(box) },
});

describe('filterPredictions', () => {
  it('keeps matching predictions and every frame', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const a = inferred(1, 'car', 'person');
      const b = inferred(2, 'car');
      const result = cold('-a-b-|', { a, b }).pipe(filterPredictions<ObjectDetectionResult>((p) => p.class === 'person'));
      expectObservable(result).toBe('-a-b-|', { a: inferred(1, 'person'), b: inferred(2) });
    });
  });
});

describe('toSink', () => {
  it('calls the sink in order and passes items on at once', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const calls: Array<[number, number]> = [];
      const sink = (_: ObjectDetectionResult, f: VideoFrame) => void calls.push([f.frameId, scheduler.now()]);
      const a = inferred(1);
      const b = inferred(2);
      expectObservable(cold('-a-b-|', { a, b }).pipe(toSink(sink))).toBe('-a-b-|', { a, b });
      scheduler.flush();
      expect(calls).toEqual([[1, 1], [2, 3]]);
    });
  });

  it('closes the sink once when unsubscribed early', async () => {
    let closes = 0;
    const sink = Object.assign(() => undefined, { close: async () => void (closes += 1) });
    const subscription = of(inferred(1)).pipe(toSink(sink)).subscribe();
    subscription.unsubscribe();
    await new Promise((r) => setTimeout(r, 1));
    expect(closes).toBe(1);
  });

  it('awaits an async sink and its close before completing', async () => {
    const log: string[] = [];
    const sink = Object.assign(
      async (_: ObjectDetectionResult, f: VideoFrame) => {
        await new Promise((r) => setTimeout(r, 5));
        log.push(`frame ${f.frameId}`);
      },
      { close: async () => void log.push('closed') },
    );
    const out = await lastValueFrom(of(inferred(1), inferred(2)).pipe(toSink(sink), toArray()));
    expect(out.map((i) => i.frame.frameId)).toEqual([1, 2]);
    expect(log).toEqual(['frame 1', 'frame 2', 'closed']);
  });
});

describe('inferFrame', () => {
  it('runs the model on the frame image and pairs the result with the frame', async () => {
    const seen: FrameImage[] = [];
    const model: Model<ObjectDetectionResult> = {
      id: 'echo',
      task: 'object-detection',
      classNames: ['car'],
      infer: async (images, options) => {
        seen.push(...images);
        expect(options).toEqual({ confidence: 0.6 });
        return images.map(() => ({ image: { width: 1, height: 1 }, predictions: [box('car')] }));
      },
      dispose: async () => undefined,
    };
    const f = frame(7);
    const result = await lastValueFrom(inferFrame(model, { confidence: 0.6 })(f));
    expect(result.frame).toBe(f);
    expect(result.predictions.predictions[0].class).toBe('car');
    expect(seen).toEqual([f.image]);
  });
});
