// Specs of the pipeline's lifecycle: pause, mute, maxFps, disallowed operations, restart, the watchdog.
import { describe, expect, it } from 'vitest';
import type { PipelineReport, VideoFrame } from '../types/index.js';
import { InvalidStateError } from '../errors.js';
import { Pipeline } from './pipeline.js';
import { memorySource } from '../../test/memory-source.js';
import { PipelineWatchdog } from './pipeline-watchdog.js';

describe('Pipeline lifecycle', () => {
  it('pause() holds a file without losing frames; resume() carries on', async () => {
    const seen: number[] = [];
    const pipeline = new Pipeline<number>({
      sources: [memorySource(0, 40)],
      process: async (frames) => frames.map(() => 0),
      onPrediction: (_: number, f: VideoFrame) => void seen.push(f.frameId),
    });
    const states: string[] = [];
    pipeline.status$.subscribe((e) => e.type === 'SOURCE_STATE_CHANGED' && states.push(e.payload.to));
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
    pipeline.status$.subscribe((e) => e.type === 'FRAME_DROPPED' && drops.push(e.payload.cause));
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
    pipeline.status$.subscribe((e) => e.type === 'FRAME_DROPPED' && causes.push(e.payload.cause));
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
