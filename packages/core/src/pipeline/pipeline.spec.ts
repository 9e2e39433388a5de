import { describe, expect, it } from 'vitest';
import { NEVER, Observable, concat, interval, map, of, take, throwError, timer } from 'rxjs';
import { readOnDemand } from '../operators/read-on-demand.js';
import type { SchedulingMode, StatusEvent, VideoFrame, VideoSource } from '../types/index.js';
import { SourceError } from '../errors.js';
import { Pipeline } from './pipeline.js';

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
      process: async (frames) => frames.map((f) => f.frameId * 10),
      onPrediction: (result, frame) => {
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

  it('reports a throwing sink and goes on with the next frames', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 5)],
      process: async (frames) => frames.map(() => 1),
      onPrediction: (_, frame) => {
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
      onPrediction: (_, f) => void seen.push(f.frameId),
    });
    const events = collect(pipeline as Pipeline<unknown>);
    pipeline.start();
    await pipeline.join();
    expect(seen).toEqual([1, 2, 4]);
    expect(events.filter((e) => e.type === 'INFERENCE_ERROR')).toMatchObject([{ payload: { frameIds: [3], message: 'model broke' } }]);
  });
});
