// Specs of the pipeline against users' callbacks that throw or never settle (issue 17 parts 2 and 7).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureUnhandledErrors, type UnhandledErrors } from '../fakes/index.js';
import { filter } from 'rxjs';
import type { StatusEvent, VideoFrame } from '../types/index.js';
import { memorySource } from '../../test/memory-source.js';
import { Pipeline } from './pipeline.js';
import { PipelineWatchdog } from './pipeline-watchdog.js';

/** What RxJS would have rethrown on a timer, crashing Node. */
let unhandled: UnhandledErrors;
beforeEach(() => (unhandled = captureUnhandledErrors()));
afterEach(() => unhandled.restore());

const process = async (frames: readonly VideoFrame[]) => frames.map((f) => f.frameId);

describe('Pipeline and users\' callbacks', () => {
  it('a status$ subscriber that throws becomes CALLBACK_ERROR; the pipeline and the other subscribers go on', async () => {
    const pipeline = new Pipeline<number>({ sources: [memorySource(0, 10)], process, onPrediction: () => undefined });
    pipeline.status$.subscribe((event) => {
      if (event.type === 'INFERENCE_COMPLETED') throw new Error('handler broke');
    });
    // Through an operator, and with an observer object, it is guarded too.
    pipeline.status$.pipe(filter((e) => e.type === 'PIPELINE_STARTED')).subscribe({
      next: () => {
        throw new Error('piped handler broke');
      },
    });
    const events: StatusEvent[] = [];
    pipeline.status$.subscribe((e) => events.push(e));
    pipeline.start();
    await pipeline.join();
    const callbackErrors = events.filter((e) => e.type === 'CALLBACK_ERROR');
    expect(callbackErrors.map((e) => e.payload)).toContainEqual({ callback: 'status$ subscriber', message: 'handler broke' });
    expect(callbackErrors.map((e) => e.payload)).toContainEqual({ callback: 'status$ subscriber', message: 'piped handler broke' });
    expect(callbackErrors).toHaveLength(11);
    expect(pipeline.report().sources[0].framesInferred).toBe(10);
    expect(unhandled.errors).toEqual([]);
  });

  it('a subscriber that throws on CALLBACK_ERROR too is not reported again (no loop)', async () => {
    const pipeline = new Pipeline<number>({ sources: [memorySource(0, 3)], process, onPrediction: () => undefined });
    pipeline.status$.subscribe(() => {
      throw new Error('always broken');
    });
    const events: StatusEvent[] = [];
    pipeline.status$.subscribe((e) => events.push(e));
    pipeline.start();
    await pipeline.join();
    // One report per other event it threw on; none for the reports themselves.
    const reports = events.filter((e) => e.type === 'CALLBACK_ERROR').length;
    expect(reports).toBe(events.length - reports);
    expect(events.at(-1)?.type).toBe('PIPELINE_FINISHED');
    expect(pipeline.report().sources[0].framesInferred).toBe(3);
    expect(unhandled.errors).toEqual([]);
  });

  it('a watchdog onReport that throws becomes CALLBACK_ERROR; reports and the pipeline go on', async () => {
    let reports = 0;
    const watchdog = new PipelineWatchdog({
      intervalMs: 10,
      onReport: () => {
        reports += 1;
        throw new Error('report handler broke');
      },
    });
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 10)],
      watchdog,
      process: async (frames) => {
        await new Promise((r) => setTimeout(r, 8));
        return frames.map(() => 0);
      },
      onPrediction: () => undefined,
    });
    const events: StatusEvent[] = [];
    pipeline.status$.subscribe((e) => events.push(e));
    pipeline.start();
    await pipeline.join();
    expect(reports).toBeGreaterThanOrEqual(2);
    expect(events.filter((e) => e.type === 'CALLBACK_ERROR').map((e) => e.payload)).toContainEqual({ callback: 'watchdog onReport', message: 'report handler broke' });
    expect(pipeline.report().sources[0].framesInferred).toBe(10);
    expect(unhandled.errors).toEqual([]);
  });

  it('an onPrediction that never settles on a stream raises SINK_TIMEOUT after sinkTimeoutMs, and delivery goes on', async () => {
    const delivered: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 30, { mode: 'latest-frame', everyMs: 5 })],
      sinkTimeoutMs: 40,
      process,
      onPrediction: (_: number, frame: VideoFrame) => {
        delivered.push(frame.frameId);
        // The first call hangs for good; the others are quick.
        return delivered.length === 1 ? new Promise<void>(() => undefined) : undefined;
      },
    });
    const events: StatusEvent[] = [];
    pipeline.status$.subscribe((e) => events.push(e));
    pipeline.start();
    await pipeline.join();
    const timeouts = events.filter((e) => e.type === 'SINK_TIMEOUT');
    expect(timeouts.map((e) => e.payload)).toEqual([{ frameId: delivered[0], timeoutMs: 40 }]);
    expect(timeouts[0].sourceId).toBe(0);
    // After the time-out, later frames were still delivered.
    expect(delivered.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ type: 'PIPELINE_FINISHED', payload: { reason: 'completed' } });
  });

  it('rejects a sinkTimeoutMs that is not > 0', () => {
    expect(() => new Pipeline({ sources: [memorySource(0, 1)], sinkTimeoutMs: 0, process, onPrediction: () => undefined })).toThrow(/sinkTimeoutMs/);
  });
});
