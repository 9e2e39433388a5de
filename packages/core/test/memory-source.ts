// memorySource: an in-memory VideoSource of tiny frames for the engine's own specs.
import { NEVER, Observable, interval, map, of, take, throwError, timer } from 'rxjs';
import { readOnDemand } from '../src/operators/read-on-demand.js';
import type { SchedulingMode, VideoFrame, VideoSource } from '../src/types/index.js';
import { SourceError } from '../src/errors.js';

// An in-memory source of tiny frames: the engine is tested here on its own; the real sources,
// models and clips are exercised by the integration tests of the `rxcv` package.
export function memorySource(sourceId: number, count: number, opts: { failAfter?: number; mode?: SchedulingMode; everyMs?: number } = {}): VideoSource {
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

