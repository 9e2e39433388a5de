// Specs of the pipeline on virtual time (TestScheduler): delivery, batching, pause, terminate, a throwing sink.
import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { Subject, filter, map } from 'rxjs';
import type { StatusEvent, VideoFrame } from '../types/index.js';
import { fakeModel, fakeSource } from '../fakes/index.js';
import { Pipeline } from './pipeline.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const ids = { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6 };

describe('Pipeline on virtual time', () => {
  it('sequential delivery: a file, frame by frame, each result delivered in order as its run ends', () => {
    newScheduler().run(({ expectObservable }) => {
      const delivered = new Subject<number>();
      // Each read takes 1 ms, each run 3 ms; the next frame's run starts once the previous result is delivered.
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ file: { frames: 4, readMs: 1 } })],
        process: fakeModel({ runMs: 3, result: (f) => f.frameId }).process,
        onPrediction: (result) => delivered.next(result),
      });
      pipeline.start();
      expectObservable(delivered, '^ 20ms !').toBe('----1--2--3--4', ids);
    });
  });

  it('batch delivery with one slow source: a batch waits batchCollectionTimeoutMs for it, then runs without it', () => {
    const scheduler = newScheduler();
    scheduler.run(({ hot, expectObservable }) => {
      const delivered = new Subject<string>();
      const model = fakeModel({ runMs: 2, result: (f) => f.frameId });
      const pipeline = new Pipeline<number>({
        sources: [
          fakeSource({ sourceId: 0, live: hot('-a---b---c---d-|') }),
          // The slow one: a frame every 8 ms.
          fakeSource({ sourceId: 1, live: hot('--a-------b-----|') }),
        ],
        sinkMode: 'batch',
        batchCollectionTimeoutMs: 3,
        process: model.process,
        onPrediction: (results) => delivered.next(results.map((r) => r ?? '-').join('')),
      });
      pipeline.start();
      // 1: source 1 has sent nothing yet (not running), so 0's first frame runs alone (1 to 3).
      // 2: 1's first frame waits for the model; from 3 the batch waits for source 0, whose second
      //    frame comes at 5: batch [2, 1] runs 5 to 7.
      // 9: 0's third frame waits for the slow source; its frame at 10 completes the batch (10 to 12).
      // 13: 0's fourth frame waits the whole batchCollectionTimeoutMs (to 16), then runs alone.
      expectObservable(delivered, '^ 30ms !').toBe('---a---b----c-----d', { a: '1-', b: '21', c: '32', d: '4-' });
      scheduler.flush();
      expect(model.runs.map((r) => r.at)).toEqual([1, 5, 10, 16]);
    });
  });

  it('pause holds a file without losing frames; resume carries on', () => {
    const scheduler = newScheduler();
    scheduler.run(({ expectObservable }) => {
      const delivered = new Subject<number>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ file: { frames: 4, readMs: 1 } })],
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (result) => delivered.next(result),
      });
      pipeline.start();
      scheduler.schedule(() => pipeline.pause(), 4);
      scheduler.schedule(() => pipeline.resume(), 12);
      // Reads: 1 at 1, 2 at 2, 3 asked for at 3 and read at 4; all three are inferred. The demand
      // for 4 (at 5) is held while paused and released at 12: read at 13, delivered at 15.
      expectObservable(delivered, '^ 25ms !').toBe('---1-2-3-------4', ids);
    });
  });

  it('terminate while the model runs: nothing more is delivered, the frame counts as dropped', async () => {
    const scheduler = newScheduler();
    let closes = 0;
    const delivered: number[] = [];
    const sink = Object.assign((result: number) => void delivered.push(result), { close: async () => void (closes += 1) });
    const model = fakeModel({ runMs: 5, result: (f: VideoFrame) => f.frameId });
    const events: StatusEvent[] = [];
    let pipeline!: Pipeline<number>;
    scheduler.run(({ hot }) => {
      pipeline = new Pipeline<number>({ sources: [fakeSource({ live: hot('-a-b-c-d-e-f-g-h') })], process: model.process, onPrediction: sink });
      pipeline.status$.subscribe((e) => events.push(e));
      pipeline.start();
      // The first run is 1 to 6 (b superseded by c meanwhile); terminate at 8, during the second (6 to 11).
      scheduler.schedule(() => void pipeline.terminate(), 8);
    });
    expect(model.runs.map((r) => [r.frames[0].frameId, r.at])).toEqual([[1, 1], [3, 6]]);
    expect(delivered).toEqual([1]);
    await pipeline.join();
    expect(closes).toBe(1);
    const [report] = pipeline.report().sources;
    // Frames a..d arrived by 8: a inferred, b superseded, c in the model and d waiting count as dropped.
    expect([report.framesReceived, report.framesInferred, report.framesDropped]).toEqual([4, 1, 3]);
    // One event per frame cut short, by its id: c (3) in the model, d (4) waiting.
    expect(events.filter((e) => e.type === 'FRAME_DROPPED').map((e) => e.payload)).toEqual([
      { frameId: 2, cause: 'superseded', dropped: 1 },
      { frameId: 3, cause: 'terminated', dropped: 2 },
      { frameId: 4, cause: 'terminated', dropped: 3 },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'PIPELINE_FINISHED', payload: { reason: 'terminated' } });
  });

  it('a throwing sink is reported (SINK_ERROR) and the next frames are still delivered', () => {
    newScheduler().run(({ expectObservable }) => {
      const delivered = new Subject<number>();
      const pipeline = new Pipeline<number>({
        sources: [fakeSource({ file: { frames: 3, readMs: 1 } })],
        process: fakeModel({ runMs: 2, result: (f) => f.frameId }).process,
        onPrediction: (result) => {
          if (result === 2) throw new Error('disk full');
          delivered.next(result);
        },
      });
      const sinkErrors = pipeline.status$.pipe(
        filter((e): e is StatusEvent<'SINK_ERROR'> => e.type === 'SINK_ERROR'),
        map((e) => e.payload),
      );
      pipeline.start();
      expectObservable(delivered, '^ 15ms !').toBe('---1---3', ids);
      expectObservable(sinkErrors, '^ 15ms !').toBe('-----e', { e: { frameId: 2, message: 'disk full' } });
    });
  });
});
