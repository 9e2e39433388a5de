// Specs of addSource / removeSource on a running pipeline, on virtual time (TestScheduler).
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { Subject, filter, map, type Observable } from 'rxjs';
import type { StatusEvent, VideoFrame } from '../types/index.js';
import { InvalidStateError, OptionError } from '../errors.js';
import { fakeModel, fakeSource } from '../fakes/index.js';
import { Pipeline } from './pipeline.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const label = (frame: VideoFrame) => `${frame.sourceId}:${frame.frameId}`;

describe('Pipeline.addSource / removeSource on a running pipeline', () => {
  /** Source 0 (frames at 1, 3, 5...), a 1 ms model; source 1 added at `addAt` when given. */
  const sequentialRun = (scheduler: TestScheduler, hot: (marbles: string) => Observable<unknown>, addAt?: number) => {
    const delivered = new Subject<string>();
    const pipeline = new Pipeline<number>({
      sources: [fakeSource({ sourceId: 0, live: hot('-a-b-c-d-e-f|') })],
      batchCollectionTimeoutMs: 0,
      process: fakeModel({ runMs: 1, result: (f) => f.frameId }).process,
      onPrediction: (_result, frame) => delivered.next(label(frame)),
    });
    if (addAt !== undefined) {
      const late = fakeSource({ sourceId: 1, live: hot('------x---y-|') });
      scheduler.schedule(() => pipeline.addSource(late), addAt);
    }
    return { pipeline, delivered };
  };

  it('a source added mid-run is delivered; the first source keeps its frame ids and delivery times', () => {
    const values = { a: '0:1', b: '0:2', c: '0:3', d: '0:4', e: '0:5', f: '0:6', x: '1:1', y: '1:2' };
    const baseline = newScheduler();
    baseline.run(({ hot, expectObservable }) => {
      const { pipeline, delivered } = sequentialRun(baseline, hot);
      pipeline.start();
      expectObservable(delivered, '^ 20ms !').toBe('--a-b-c-d-e-f', values);
    });
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const { pipeline, delivered } = sequentialRun(scheduler, hot, 4);
      const events: StatusEvent[] = [];
      pipeline.status$.subscribe((e) => events.push(e));
      pipeline.start();
      // Added at 4: its frames (at 6 and 10) run between source 0's, which are delivered as before.
      expectObservable(delivered, '^ 20ms !').toBe('--a-b-cxd-eyf', values);
      expectObservable(delivered.pipe(filter((l) => l.startsWith('0:'))), '^ 20ms !').toBe('--a-b-c-d-e-f', values);
      scheduler.flush();
      expect(events.find((e) => e.type === 'SOURCE_ADDED')).toMatchObject({ sourceId: 1, payload: { sources: 2 } });
      expect(pipeline.report().sources.map((s) => [s.framesReceived, s.framesInferred, s.state])).toEqual([
        [6, 6, 'ENDED'],
        [2, 2, 'ENDED'],
      ]);
      expect(events.at(-1)).toMatchObject({ type: 'PIPELINE_FINISHED', payload: { reason: 'completed' } });
    });
  });

  it('batch mode: a source added mid-run gets a slot in the batches whose run starts after it joined', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const delivered = new Subject<string>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: hot('-a---b---c|') })],
        sinkMode: 'batch',
        batchCollectionTimeoutMs: 3,
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (results) => delivered.next(results.map((r) => r ?? '-').join('')),
      });
      const late = fakeSource({ sourceId: 1, live: hot('----x---y-|') });
      scheduler.schedule(() => pipeline.addSource(late), 2);
      pipeline.start();
      // 1: [0:1] runs alone (1 to 3), in one slot. Source 1 joins at 2; from then on batches have
      // two slots. 4: 1:1 waits for source 0, whose 0:2 comes at 5: [0:2, 1:1] runs 5 to 7.
      // 8: 1:2 waits for source 0 again: [0:3, 1:2] runs 9 to 11.
      expectObservable(delivered, '^ 20ms !').toBe('---a---b---c', { a: '1', b: '21', c: '32' });
    });
  });

  it('removing one of two: the other is delivered as before, a batch in the model keeps its other frames', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const delivered = new Subject<string>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: hot('--a---b---c---d---|') }), fakeSource({ sourceId: 1, live: hot('-a---b---c---d|') })],
        sinkMode: 'batch',
        batchCollectionTimeoutMs: 3,
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (results) => delivered.next(results.map((r) => r ?? '-').join('')),
      });
      const events: StatusEvent[] = [];
      pipeline.status$.subscribe((e) => events.push(e));
      const finished = pipeline.status$.pipe(filter((e) => e.type === 'PIPELINE_FINISHED'), map(() => 'f'));
      pipeline.start();
      // 1: [1:1] alone (0 is not running yet), 1 to 3. 5: [0:1, 1:2] runs 5 to 7; source 1 is
      // removed at 6, during that run: 0:1 is still delivered at 7, in the batch's two slots,
      // with 1:2 left out. Then source 0 runs alone (one slot): 0:2 at 7 to 9, 0:3 at 10 to 12,
      // 0:4 at 14 to 16; it ends at 18 and so does the pipeline.
      scheduler.schedule(() => void pipeline.removeSource(1), 6);
      expectObservable(delivered, '^ 25ms !').toBe('---a---b-c--d---e', { a: '-1', b: '1-', c: '2', d: '3', e: '4' });
      expectObservable(finished, '^ 25ms !').toBe('------------------f');
      scheduler.flush();
      expect(pipeline.report().sources.map((s) => s.source.sourceId)).toEqual([0]);
      expect(events.filter((e) => e.sourceId === 1 && e.type === 'SOURCE_STATE_CHANGED').map((e) => e.payload).slice(-2)).toEqual([
        { from: 'RUNNING', to: 'TERMINATING' },
        { from: 'TERMINATING', to: 'ENDED' },
      ]);
      // 1:2 was in the model when its source left: dropped, cause `removed`.
      expect(events.filter((e) => e.type === 'FRAME_DROPPED' && e.sourceId === 1).map((e) => e.payload)).toEqual([
        { frameId: 2, cause: 'removed', dropped: 1 },
      ]);
      expect(events.find((e) => e.type === 'SOURCE_REMOVED')).toMatchObject({ sourceId: 1, payload: { sources: 1 } });
    });
  });

  it('removing the last source finishes the pipeline; its frame in the model counts as dropped', async () => {
    const scheduler = newScheduler();
    const delivered: string[] = [];
    let pipeline!: Pipeline<number>;
    const events: StatusEvent[] = [];
    scheduler.run(({ hot, expectObservable }) => {
      pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: hot('-a---b---c|') })],
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (_result, frame) => void delivered.push(label(frame)),
      });
      pipeline.status$.subscribe((e) => events.push(e));
      pipeline.start();
      // a runs 1 to 3; b runs from 5 and the source is removed at 6, during that run.
      scheduler.schedule(() => void pipeline.removeSource(0), 6);
      const finished = pipeline.status$.pipe(filter((e) => e.type === 'PIPELINE_FINISHED'), map((e) => e.payload));
      expectObservable(finished, '^ 20ms !').toBe('------f', { f: { reason: 'completed' } });
    });
    await pipeline.join();
    expect(delivered).toEqual(['0:1']);
    expect(events.filter((e) => e.type === 'FRAME_DROPPED').map((e) => e.payload)).toEqual([{ frameId: 2, cause: 'removed', dropped: 1 }]);
    expect(pipeline.report().sources).toEqual([]);
    expect(() => pipeline.start()).toThrow(InvalidStateError);
  });

  it('a source added from a status handler while the first one starts is run, and the pipeline still finishes', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const delivered = new Subject<string>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: cold('-a|') })],
        batchCollectionTimeoutMs: 0,
        process: fakeModel({ runMs: 1, result: (f) => f.frameId }).process,
        onPrediction: (_result, frame) => delivered.next(label(frame)),
      });
      const late = fakeSource({ sourceId: 1, live: cold('---x|') });
      pipeline.status$.subscribe((e) => {
        if (e.type === 'SOURCE_STATE_CHANGED' && e.sourceId === 0 && e.payload.to === 'INITIALISING') pipeline.addSource(late);
      });
      const finished = pipeline.status$.pipe(filter((e) => e.type === 'PIPELINE_FINISHED'), map(() => 'f'));
      pipeline.start();
      expectObservable(delivered, '^ 10ms !').toBe('--a-x', { a: '0:1', x: '1:1' });
      expectObservable(finished, '^ 10ms !').toBe('----f');
    });
  });

  it('before start: addSource adds a slot, a duplicate id is an OptionError, an unknown id to remove is a no-op', async () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold }) => {
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ sourceId: 0, live: cold('-a|') })],
        process: fakeModel({ runMs: 1, result: (f) => f.frameId }).process,
        onPrediction: () => undefined,
      });
      pipeline.addSource(fakeSource({ sourceId: 3, file: { frames: 2, readMs: 1 } }));
      expect(() => pipeline.addSource(fakeSource({ sourceId: 3, live: cold('-a|') }))).toThrow(OptionError);
      expect(() => pipeline.addSource(fakeSource({ sourceId: 0, live: cold('-a|') }))).toThrow(/source 0 is already in the pipeline/);
      void pipeline.removeSource(42);
      pipeline.start();
      scheduler.flush();
      expect(pipeline.report().sources.map((s) => [s.source.sourceId, s.framesInferred, s.state])).toEqual([
        [0, 1, 'ENDED'],
        [3, 2, 'ENDED'],
      ]);
    });
  });
});
