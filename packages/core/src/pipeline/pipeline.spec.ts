import { describe, expect, it } from 'vitest';
import { NEVER, Observable, concat, interval, map, of, take, throwError, timer } from 'rxjs';
import { readOnDemand } from '../operators/read-on-demand.js';
import type { SchedulingMode, StatusEvent, UnconvertedVideoFrame, VideoFrame, VideoSource } from '../types/index.js';
import { InvalidStateError, OptionError, SourceError } from '../errors.js';
import { Pipeline, type PipelineReport } from './pipeline.js';
import { PipelineWatchdog } from './pipeline-watchdog.js';

// An in-memory source of tiny frames: the engine is tested here on its own; the real sources,
// models and clips are exercised by the integration tests of the `rxcv` package.
function memorySource(sourceId: number, count: number, opts: { failAfter?: number; mode?: SchedulingMode; everyMs?: number } = {}): VideoSource {
  let nextId = 1;
  const frame = (): VideoFrame => ({
    image: { width: 2, height: 2, format: 'rgb24', data: new Uint8Array(12) },
    frameId: nextId++,
    frameTimestamp: Date.now(),
    presentationTime: null,
    sourceId,
    fps: 25,
    measuredFps: null,
    comesFromVideoFile: opts.mode !== 'latest-frame',
  });
  return {
    sourceId,
    defaultMode: opts.mode ?? 'frame-by-frame',
    events$: NEVER,
    describe: () => ({ sourceId, reference: `memory:${sourceId}`, kind: 'file', width: 2, height: 2, fps: 25, totalFrames: count }),
    frames: (demand$?: Observable<number>) => {
      if (opts.everyMs !== undefined) return interval(opts.everyMs).pipe(take(count), map(frame));
      let read = 0;
      return readOnDemand(() => {
        read += 1;
        if (opts.failAfter !== undefined && read > opts.failAfter) {
          return throwError(() => new SourceError('SOURCE_DECODE_FAILED', `memory:${sourceId} broke`, `memory:${sourceId}`));
        }
        return read <= count ? timer(1).pipe(map(frame)) : of(null);
      }, demand$);
    },
  };
}

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

  it('pause() holds a file without losing frames; resume() carries on', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 40)],
      process: async (frames) => frames.map(() => 0),
      onPrediction: (_: number, f: VideoFrame) => void seen.push(f.frameId),
    });
    const states: string[] = [];
    pipeline.status$.subscribe((e) => e.type === 'SOURCE_STATE_CHANGED' && states.push((e as StatusEvent<'SOURCE_STATE_CHANGED'>).payload.to));
    pipeline.start();
    while (seen.length < 5) await new Promise((r) => setTimeout(r, 1));
    pipeline.pause();
    await new Promise((r) => setTimeout(r, 50));
    const whilePaused = seen.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.length).toBe(whilePaused); // nothing processed while paused
    expect(whilePaused).toBeLessThan(40);
    pipeline.resume();
    await pipeline.join();
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(states).toEqual(['INITIALISING', 'RUNNING', 'PAUSED', 'RUNNING', 'ENDED']);
  });

  it('mute() keeps reading and drops every frame until resume()', async () => {
    const seen: number[] = [];
    const drops: string[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 30)],
      process: async (frames) => {
        await new Promise((r) => setTimeout(r, 2));
        return frames.map(() => 0);
      },
      onPrediction: (_: number, f: VideoFrame) => {
        seen.push(f.frameId);
        if (f.frameId === 5) pipeline.mute();
      },
    });
    pipeline.status$.subscribe((e) => e.type === 'FRAME_DROPPED' && drops.push((e as StatusEvent<'FRAME_DROPPED'>).payload.cause));
    pipeline.start();
    await pipeline.join();
    expect(seen.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.length + drops.length).toBe(30);
    expect(drops.length).toBeGreaterThan(20);
    expect(new Set(drops)).toEqual(new Set(['muted']));
  });

  it('maxFps on files waits instead of dropping', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 6)],
      maxFps: 50,
      process: async (frames) => frames.map(() => 0),
      onPrediction: (_: number, f: VideoFrame) => void seen.push(f.frameId),
    });
    const started = Date.now();
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 20 - 5);
  });

  it('maxFps on streams drops the surplus (cause max-fps)', async () => {
    const causes: string[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 40, { mode: 'latest-frame', everyMs: 2 })],
      maxFps: 100,
      process: async (frames) => frames.map(() => 0),
      onPrediction: () => undefined,
    });
    pipeline.status$.subscribe((e) => e.type === 'FRAME_DROPPED' && causes.push((e as StatusEvent<'FRAME_DROPPED'>).payload.cause));
    pipeline.start();
    await pipeline.join();
    const [report] = pipeline.report().sources;
    expect(causes.filter((c) => c === 'max-fps').length).toBeGreaterThan(10);
    expect(report.framesInferred + report.framesDropped).toBe(40);
  });

  it('operations a state does not allow throw InvalidStateError; an unknown source id is a no-op', async () => {
    const pipeline = new Pipeline<number>({ sources: [memorySource(0, 5)], process: async (f) => f.map(() => 0), onPrediction: () => undefined });
    expect(() => pipeline.pause()).toThrow(InvalidStateError);
    expect(() => pipeline.resume(0)).toThrow(/source 0 is NOT_STARTED/);
    await expect(pipeline.join()).rejects.toBeInstanceOf(InvalidStateError);
    pipeline.start();
    expect(() => pipeline.start()).toThrow(InvalidStateError);
    expect(() => pipeline.resume(0)).toThrow(InvalidStateError);
    expect(() => pipeline.pause(99)).not.toThrow();
    await pipeline.join();
    expect(() => pipeline.mute()).toThrow(InvalidStateError);
  });

  it('starts again after join(), frame ids carrying on', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 3)],
      process: async (f) => f.map(() => 0),
      onPrediction: (_: number, f: VideoFrame) => void seen.push(f.frameId),
    });
    pipeline.start();
    await pipeline.join();
    pipeline.start();
    await pipeline.join();
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((id, i) => i === 0 || id > seen[i - 1])).toBe(true);
  });

  it('a watchdog reports per-source numbers while the pipeline runs, then stops', async () => {
    const reports: PipelineReport[] = [];
    const watchdog = new PipelineWatchdog({ intervalMs: 20, onReport: (r) => reports.push(r) });
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 20)],
      watchdog,
      process: async (frames) => {
        await new Promise((r) => setTimeout(r, 5));
        return frames.map(() => 0);
      },
      onPrediction: () => undefined,
    });
    expect(watchdog.getReport()).toBeNull();
    pipeline.start();
    await pipeline.join();
    const count = reports.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(reports.length).toBe(count); // detached when finished
    expect(count).toBeGreaterThanOrEqual(2);
    const last = watchdog.getReport()!;
    expect(last.state).toBe('FINISHED');
    expect(last.sources[0]).toMatchObject({ framesReceived: 20, framesInferred: 20, framesDropped: 0, state: 'ENDED' });
    expect(last.sources[0].source).toMatchObject({ reference: 'memory:0', kind: 'file' });
    expect(last.sources[0].inferenceLatencyMs!.p50).toBeGreaterThanOrEqual(4);
    expect(last.sources[0].endToEndLatencyMs!.p95).toBeGreaterThanOrEqual(last.sources[0].inferenceLatencyMs!.p50);
  });
});
