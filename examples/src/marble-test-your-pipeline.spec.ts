/**
 * How to marble-test your own pipeline: a user's pipeline (the latest frame of a camera, a
 * class filter, a sink) run on RxJS's `TestScheduler` with rxcv's virtual-time fakes, so what
 * it delivers, when, and what it drops are pinned to the millisecond, without a camera or a
 * model and in no real time at all.
 *
 *   pnpm --filter @rxcv/examples test
 */
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { map, type Observable } from 'rxjs';
import { filterPredictions, latestFrame, toSink, type Inferred, type ObjectDetectionResult, type OnPrediction, type VideoFrame } from '@rxcv/core';
import { fakeModel, fakeSource } from '@rxcv/core/fakes';

/** The pipeline under test, as it would be in your app: people only, on the freshest frame. */
function peopleOnFreshestFrame(
  frames$: Observable<VideoFrame>,
  infer: (frame: VideoFrame) => Observable<Inferred<ObjectDetectionResult>>,
  sink: OnPrediction<ObjectDetectionResult>,
): Observable<Inferred<ObjectDetectionResult>> {
  return frames$.pipe(
    latestFrame(infer),
    filterPredictions<ObjectDetectionResult>((p) => p.class === 'person'),
    toSink(sink),
  );
}

/** What the fake model "sees" in frame n: a car in every frame, a person in the odd ones. */
function detections(frame: VideoFrame): ObjectDetectionResult {
  const box = (name: string, id: number) => ({ x: 1, y: 1, width: 1, height: 1, confidence: 0.9, class: name, class_id: id, detection_id: `${name}-${frame.frameId}` });
  return { image: { width: 1, height: 1 }, predictions: frame.frameId % 2 === 1 ? [box('car', 2), box('person', 0)] : [box('car', 2)] };
}

describe('my pipeline: people on the freshest frame', () => {
  it('runs on the newest frame when the model is free, drops the superseded ones, keeps only people', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ hot, expectObservable }) => {
      // A camera frame every 2 ms (frames 1..6), a model taking 3 ms.
      const camera = fakeSource({ live: hot('-a-b-c-d-e-f-|') });
      const model = fakeModel({ runMs: 3, result: detections });
      const sunk: Array<[number, number]> = [];
      const sink: OnPrediction<ObjectDetectionResult> = (predictions, frame) => void sunk.push([frame.frameId, predictions.predictions.length]);

      const delivered = peopleOnFreshestFrame(camera.frames(), model.inferFrame, sink).pipe(
        map(({ frame, predictions }) => `${frame.frameId}:${predictions.predictions.map((p) => p.class).join(',')}`),
      );

      // Runs: frame 1 at 1-4; then each time the newest frame waiting: 2 at 4-7 (arrived at 3),
      // 4 at 7-10 (3 superseded at 7), 5 at 10-13, 6 at 13-16 (the camera ended at 13: the
      // frame still waiting is inferred before the results complete).
      expectObservable(delivered).toBe('----a--b--c--d--(e|)', { a: '1:person', b: '2:', c: '4:', d: '5:person', e: '6:' });
      scheduler.flush();
      expect(model.runs.map((run) => [run.frames[0].frameId, run.at])).toEqual([[1, 1], [2, 4], [4, 7], [5, 10], [6, 13]]);
      // The sink saw every delivered frame, in order, with the cars filtered out.
      expect(sunk).toEqual([[1, 1], [2, 0], [4, 0], [5, 1], [6, 0]]);
    });
  });
});
