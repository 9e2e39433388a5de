// Specs of a result stage (what InferencePipeline's tracking, lines and zones plug in): it sees
// every result in order before the sink, in sequential and in batch delivery, its status events
// join status$ and its counts the report.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { Subject, filter, map, type Observable } from 'rxjs';
import type { Inferred } from '../compose/inferred.js';
import type { ResultStage, StatusEvent } from '../types/index.js';
import { statusEvent } from '../types/status-event.js';
import { fakeModel, fakeSource } from '../fakes/index.js';
import { Pipeline } from './pipeline.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** A stage that multiplies each result by 10 and reports an event for every even frame. */
function timesTen(): ResultStage & { seen: number[] } {
  const status$ = new Subject<StatusEvent>();
  const seen: number[] = [];
  return {
    seen,
    status$,
    apply: <T extends Inferred<unknown>>(results: Observable<T>) =>
      results.pipe(
        map((item) => {
          seen.push(item.frame.frameId);
          if (item.frame.frameId % 2 === 0) {
            status$.next(statusEvent('ANALYTICS_EVENT', 'info', item.frame.sourceId, { event: { type: 'even', trackerId: 1, frameId: item.frame.frameId } }));
          }
          return { ...item, predictions: (item.predictions as number) * 10 };
        }),
      ),
    counts: () => ({ lines: [{ name: 'l', in: seen.length, out: 0, inPerClass: {}, outPerClass: {} }], zones: [] }),
  };
}

describe('Pipeline resultStage', () => {
  it('sequential: the sink gets what the stage made of each result, in order and at the same times; events join status$', () => {
    const scheduler = newScheduler();
    const stage = timesTen();
    let pipeline!: Pipeline<number>;
    scheduler.run(({ expectObservable }) => {
      const delivered = new Subject<number>();
      pipeline = new Pipeline<number>({
        sources: [fakeSource({ file: { frames: 4, readMs: 1 } })],
        process: fakeModel({ runMs: 3, result: (f) => f.frameId }).process,
        onPrediction: (result) => delivered.next(result),
        resultStage: stage,
      });
      const analytics = pipeline.status$.pipe(
        filter((e): e is StatusEvent<'ANALYTICS_EVENT'> => e.type === 'ANALYTICS_EVENT'),
        map((e) => e.payload.event.frameId),
      );
      pipeline.start();
      expectObservable(delivered, '^ 20ms !').toBe('----a--b--c--d', { a: 10, b: 20, c: 30, d: 40 });
      // Raised as the stage sees frames 2 and 4, right before their delivery.
      expectObservable(analytics, '^ 20ms !').toBe('-------x-----y', { x: 2, y: 4 });
    });
    expect(stage.seen).toEqual([1, 2, 3, 4]);
    expect(pipeline.report().analytics).toEqual({ lines: [{ name: 'l', in: 4, out: 0, inPerClass: {}, outPerClass: {} }], zones: [] });
  });

  it('batch: the batch handed to the sink holds the stage\'s results', () => {
    newScheduler().run(({ hot, expectObservable }) => {
      const delivered = new Subject<string>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: hot('-a---b-|') }), fakeSource({ sourceId: 1, live: hot('-a---b-|') })],
        sinkMode: 'batch',
        batchCollectionTimeoutMs: 3,
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (results) => delivered.next(results.join(',')),
        resultStage: timesTen(),
      });
      pipeline.start();
      // Batches as the collector makes them (source 1 is not running yet at 1); the values are the stage's.
      expectObservable(delivered, '^ 15ms !').toBe('---a---b-c', { a: '10,', b: '20,10', c: ',20' });
    });
  });

  it('start() says where the model runs (MODEL_DEVICE), right after PIPELINE_STARTED', () => {
    newScheduler().run(() => {
      const events: string[] = [];
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ file: { frames: 1, readMs: 1 } })],
        process: fakeModel({ runMs: 1, result: (f) => f.frameId }).process,
        onPrediction: () => undefined,
        model: { id: 'yolox-nano', executionProvider: { name: 'cpu', failures: [{ provider: 'cuda', reason: 'no libcudart' }] } },
      });
      pipeline.status$.subscribe((e) => events.push(e.type === 'MODEL_DEVICE' ? `${e.type} ${e.payload.model} ${e.payload.provider} ${e.payload.failures[0].provider}` : e.type));
      pipeline.start();
      expect(events.slice(0, 2)).toEqual(['PIPELINE_STARTED', 'MODEL_DEVICE yolox-nano cpu cuda']);
    });
  });
});
