// Specs of the pipeline on real time: delivery, conversion, framesInFlight, errors, batches.
import { describe, expect, it } from 'vitest';
import { NEVER, concat, interval, map, take } from 'rxjs';
import type { StatusEvent, UnconvertedVideoFrame, VideoFrame, VideoSource } from '../types/index.js';
import { Pipeline } from './pipeline.js';
import { OptionError } from '../errors.js';
import { memorySource } from '../../test/memory-source.js';

const collect = (pipeline: Pipeline<unknown>) => {
  const events: StatusEvent[] = [];
  pipeline.status$.subscribe((e) => events.push(e));
  return events;
};

describe('Pipeline', () => {
  it('delivers every frame of every source, in order per source', async () => {
    const seen: Array<[number, number]> = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 20), memorySource(1, 15)],
      sinkMode: 'sequential',
      process: async (frames) => frames.map((f) => f.frameId * 10),
      onPrediction: (result: number, frame: VideoFrame) => {
        expect(result).toBe(frame.frameId * 10);
        seen.push([frame.sourceId, frame.frameId]);
      },
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    for (const [id, n] of [[0, 20], [1, 15]]) {
      expect(seen.filter(([s]) => s === id).map(([, f]) => f)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
    expect(pipeline.report().sources.map((s) => [s.framesInferred, s.state])).toEqual([[20, 'ENDED'], [15, 'ENDED']]);
    expect(events.at(-1)).toMatchObject({ type: 'PIPELINE_FINISHED', payload: { reason: 'completed' } });
  });

  it('with a source that converts on request, converts only the frames it keeps and discards the dropped ones (latest-frame mode)', async () => {
    const converted: number[] = [];
    const inferred: number[] = [];
    const discarded: number[] = [];
    let nextId = 1;
    const unconverted = (): UnconvertedVideoFrame => {
      const frameId = nextId++;
      const meta = { frameId, frameTimestamp: Date.now(), presentationTime: null, sourceId: 0, fps: 500, measuredFps: null, comesFromVideoFile: false };
      return {
        ...meta,
        width: 2,
        height: 2,
        discard: () => void discarded.push(frameId),
        convert: async () => {
          converted.push(frameId);
          // The first frame is always worked on (nothing else is in work then): its conversion fails.
          if (frameId === 1) throw new Error('bad picture');
          return { ...meta, image: { width: 2, height: 2, format: 'rgb24', data: new Uint8Array(12) } };
        },
      };
    };
    const live = memorySource(0, 0, { mode: 'latest-frame' });
    const source: VideoSource = {
      ...live,
      frames: () => {
        throw new Error('frames() must not be used when unconvertedFrames() exists');
      },
      // A frame every 2 ms, 60 of them; the model takes 15 ms, so most are superseded.
      unconvertedFrames: () => interval(2).pipe(take(60), map(unconverted)),
    };
    const pipeline = new Pipeline<number>({
      sources: [source],
      process: async (frames) => {
        await new Promise((resolve) => setTimeout(resolve, 15));
        return frames.map((f) => f.frameId);
      },
      onPrediction: (_: number, frame: VideoFrame) => void inferred.push(frame.frameId),
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    const [report] = pipeline.report().sources;
    expect(report.framesReceived).toBe(60);
    expect(report.framesInferred + report.framesDropped + report.framesFailed).toBe(60);
    expect(report.framesDropped).toBeGreaterThan(30);
    // Converted: exactly the frames worked on (the one whose conversion failed, then those inferred).
    expect(converted).toEqual([1, ...inferred]);
    // The dropped ones gave their memory back at once.
    expect(discarded.length).toBe(report.framesDropped);
    expect(discarded.some((id) => converted.includes(id))).toBe(false);
    expect(report.framesFailed).toBe(1);
    expect(events.find((e) => e.type === 'INFERENCE_ERROR')?.payload).toMatchObject({ frameIds: [1], message: expect.stringContaining('bad picture') });
  });

  describe('framesInFlight', () => {
    /** A `process` that queues its calls like a model on its own thread: one run at a time, in call order. */
    function queuedProcess(runMs: number) {
      let tail = Promise.resolve();
      let inProcess = 0;
      const stats = { maxInProcess: 0, calls: 0 };
      const process = (frames: readonly VideoFrame[]) => {
        stats.calls += 1;
        inProcess += 1;
        stats.maxInProcess = Math.max(stats.maxInProcess, inProcess);
        const run = tail.then(() => new Promise<number[]>((resolve) => setTimeout(() => resolve(frames.map((f) => f.frameId)), runMs)));
        tail = run.then(() => undefined);
        return run.finally(() => (inProcess -= 1));
      };
      return { process, stats };
    }

    it('with 2 and files, hands over the next frame while the current one is in process; sink calls stay in order, never overlapping', async () => {
      const { process, stats } = queuedProcess(5);
      const delivered: number[] = [];
      let inSink = 0;
      let maxInSink = 0;
      const pipeline = new Pipeline<number>({
        sources: [memorySource(0, 12)],
        framesInFlight: 2,
        process,
        // A sink slower than the model, and asynchronous: it must still see frames one at a time, in order.
        onPrediction: async (result: number, frame: VideoFrame) => {
          inSink += 1;
          maxInSink = Math.max(maxInSink, inSink);
          expect(result).toBe(frame.frameId);
          await new Promise((resolve) => setTimeout(resolve, frame.frameId % 2 ? 9 : 1));
          delivered.push(frame.frameId);
          inSink -= 1;
        },
      });
      pipeline.start();
      await pipeline.join();
      expect(delivered).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(stats.maxInProcess).toBe(2);
      expect(maxInSink).toBe(1);
      const [report] = pipeline.report().sources;
      expect(report.framesReceived).toBe(report.framesInferred);
    });

    it('with 2, still never overlaps process calls when a source is live (its frame would wait behind another run)', async () => {
      const { process, stats } = queuedProcess(5);
      const pipeline = new Pipeline<number>({
        sources: [memorySource(0, 10), memorySource(1, 40, { mode: 'latest-frame', everyMs: 2 })],
        framesInFlight: 2,
        process,
        onPrediction: () => undefined,
      });
      pipeline.start();
      await pipeline.join();
      expect(stats.calls).toBeGreaterThan(5);
      expect(stats.maxInProcess).toBe(1);
    });

    it('rejects a value below 1', () => {
      expect(() => new Pipeline({ sources: [memorySource(0, 1)], framesInFlight: 0, process: async () => [], onPrediction: () => undefined })).toThrow(OptionError);
    });
  });

  it('reports a throwing sink and goes on with the next frames', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 5)],
      process: async (frames) => frames.map(() => 1),
      onPrediction: (_: number, frame: VideoFrame) => {
        if (frame.frameId === 2) throw new Error('sink broke');
        seen.push(frame.frameId);
      },
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual([1, 3, 4, 5]);
    expect(events.filter((e) => e.type === 'SINK_ERROR')).toMatchObject([{ sourceId: 0, payload: { frameId: 2, message: 'sink broke' } }]);
  });

  it('a source error ends that source after delivering what came before; join rejects with it', async () => {
    const seen: number[] = [];
    let closed = 0;
    const sink = Object.assign((_: number, frame: VideoFrame) => void seen.push(frame.frameId), {
      close: async () => void (closed += 1),
    });
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 10, { failAfter: 3 }), memorySource(1, 4)],
      sinkMode: 'sequential',
      process: async (frames) => {
        await new Promise((r) => setTimeout(r, 5));
        return frames.map(() => 0);
      },
      onPrediction: sink,
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await expect(pipeline.join()).rejects.toMatchObject({ code: 'SOURCE_DECODE_FAILED' });
    expect(seen).toHaveLength(3 + 4);
    expect(closed).toBe(1);
    expect(events.find((e) => e.type === 'SOURCE_ERROR')).toMatchObject({ sourceId: 0, severity: 'error' });
    expect(pipeline.report().sources.map((s) => s.state)).toEqual(['ERROR', 'ENDED']);
  });

  it('latest-frame: a slow model drops superseded frames; received = inferred + dropped', async () => {
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 30, { mode: 'latest-frame', everyMs: 2 })],
      process: async (frames) => {
        await new Promise((r) => setTimeout(r, 15));
        return frames.map(() => 0);
      },
      onPrediction: () => undefined,
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    const [report] = pipeline.report().sources;
    expect(report.framesDropped).toBeGreaterThan(0);
    expect(report.framesReceived).toBe(30);
    expect(report.framesInferred + report.framesDropped).toBe(30);
    expect(events.filter((e) => e.type === 'FRAME_DROPPED')).toHaveLength(report.framesDropped);
  });

  it('terminate() stops an endless source promptly and closes the sink once', async () => {
    let closed = 0;
    const sink = Object.assign(() => undefined, { close: async () => void (closed += 1) });
    const endless: VideoSource = { ...memorySource(0, 0), frames: () => concat(NEVER) };
    const pipeline = new Pipeline({ sources: [endless], process: async () => [], onPrediction: sink });
    pipeline.start();
    const started = Date.now();
    await pipeline.terminate();
    await pipeline.join();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(closed).toBe(1);
    expect(pipeline.report().sources[0].state).toBe('ENDED');
  });

  it('reports an inference error and carries on', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 4)],
      process: async (frames) => {
        if (frames[0].frameId === 3) throw new Error('model broke');
        return [0];
      },
      onPrediction: (_: number, f: VideoFrame) => void seen.push(f.frameId),
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual([1, 2, 4]);
    expect(events.filter((e) => e.type === 'INFERENCE_ERROR')).toMatchObject([{ payload: { frameIds: [3], message: 'model broke' } }]);
  });

  it('batch sink mode: one call per model run with a slot per source', async () => {
    const batches: Array<Array<number | null>> = [];
    const modelBatchSizes: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 12), memorySource(1, 12)],
      sinkMode: 'batch',
      batchCollectionTimeoutMs: 200,
      process: async (frames) => {
        modelBatchSizes.push(frames.length);
        return frames.map((f) => f.frameId);
      },
      onPrediction: (results: ReadonlyArray<number | null>, frames: ReadonlyArray<VideoFrame | null>) => {
        expect(results).toHaveLength(2);
        frames.forEach((f, i) => expect(f === null ? null : f.sourceId).toBe(f === null ? null : i));
        batches.push([...results]);
      },
    });
    pipeline.start();
    await pipeline.join();
    // Every frame of each source arrives, in order, in its own slot.
    for (const slot of [0, 1]) {
      expect(batches.map((b) => b[slot]).filter((r) => r !== null)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    }
    // Both sources run at the same pace, so the model mostly gets batches of two.
    expect(modelBatchSizes.filter((n) => n === 2).length).toBeGreaterThanOrEqual(10);
  });

  it('a source that has ended never holds the others back', async () => {
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 2), memorySource(1, 30)],
      sinkMode: 'batch',
      batchCollectionTimeoutMs: 5_000,
      process: async (frames) => frames.map(() => 0),
      onPrediction: () => undefined,
    });
    const started = Date.now();
    pipeline.start();
    await pipeline.join();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(pipeline.report().sources.map((s) => s.framesInferred)).toEqual([2, 30]);
  });

});

describe('Pipeline with outputs', () => {
  it("puts each output's counters in the report and its status events in status$", async () => {
    const { Subject } = await import('rxjs');
    const { statusEvent } = await import('../types/status-event.js');
    // A minimal output: counts what it is given; its "broker" refuses the third frame.
    const status$ = new Subject<StatusEvent>();
    let delivered = 0;
    let overflow = 0;
    const output = Object.assign(
      (_: number, frame: VideoFrame) => {
        if (frame.frameId === 3) {
          overflow += 1;
          status$.next(statusEvent('OUTPUT_OVERFLOW', 'warning', null, { output: 'memory://out', dropped: overflow, queueSize: 0 }));
        } else delivered += 1;
      },
      { status$, stats: () => ({ output: 'memory://out', connected: true, queued: 0, delivered, overflow, failed: 0 }) },
    );
    const events$ = new Subject<StatusEvent>();
    const listed = { status$: events$, stats: () => ({ output: 'memory://listed', connected: false, queued: 2, delivered: 0, overflow: 0, failed: 1 }) };
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 5)],
      process: async (frames) => frames.map((f) => f.frameId),
      onPrediction: output,
      outputs: [listed],
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    events$.next(statusEvent('OUTPUT_DISCONNECTED', 'warning', null, { output: 'memory://listed', reason: 'down', queued: 2 }));
    await pipeline.join();
    expect(pipeline.report().outputs).toEqual([
      { output: 'memory://listed', connected: false, queued: 2, delivered: 0, overflow: 0, failed: 1 },
      { output: 'memory://out', connected: true, queued: 0, delivered: 4, overflow: 1, failed: 0 },
    ]);
    expect(events.filter((e) => e.type.startsWith('OUTPUT_')).map((e) => e.type)).toEqual(['OUTPUT_DISCONNECTED', 'OUTPUT_OVERFLOW']);
  });

  it('leaves `outputs` out of the report when there are none', async () => {
    const pipeline = new Pipeline<number>({ sources: [memorySource(0, 1)], process: async (f) => f.map(() => 0), onPrediction: () => undefined });
    pipeline.start();
    await pipeline.join();
    expect(pipeline.report()).not.toHaveProperty('outputs');
  });
});
