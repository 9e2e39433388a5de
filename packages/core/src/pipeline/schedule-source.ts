// scheduleSource: a source's frames through the scheduling of its mode, each to the frame work.
import { EMPTY, Subject, catchError, concatMap, defer, merge, tap, type Observable } from 'rxjs';
import type { UnconvertedVideoFrame, VideoFrame } from '../types/index.js';
import { frameByFrame } from '../operators/frame-by-frame.js';
import { latestFrame } from '../operators/latest-frame.js';
import { gateDemand } from '../operators/gate-demand.js';
import { pausable } from '../operators/pausable.js';
import { spaceOut } from '../operators/space-out.js';
import { dropAboveRate } from '../operators/drop-above-rate.js';
import type { SourceSlot } from './source-slot.js';

export interface ScheduleOptions {
  /** Frames per second the model may run at, per source (none: unlimited). */
  readonly maxFps?: number;
  /** maxFps waits (files only) or drops (any live source). */
  readonly everySourceIsAFile: boolean;
  /** Frame by frame: frames in work at once. */
  readonly framesInFlight: number;
  /** Frame by frame: frames decoded beyond those finished. */
  readonly lookahead: number;
}

/**
 * The results of one source: its frames, scheduled by its mode, each through `work` (which
 * lasts until the frame's result has been delivered). A muted source's frames are dropped
 * before the work.
 */
export function scheduleSource<T>(slot: SourceSlot, work: (frame: VideoFrame) => Observable<T>, options: ScheduleOptions): Observable<T> {
  if (slot.mode === 'frame-by-frame') return frameByFrameResults(slot, work, options);
  return slot.source.unconvertedFrames ? latestUnconvertedResults(slot, work, options) : latestFrameResults(slot, work, options);
}

/** Files: every frame in order; decoding is driven by demand, paused by holding demand. */
function frameByFrameResults<T>(slot: SourceSlot, work: (frame: VideoFrame) => Observable<T>, options: ScheduleOptions): Observable<T> {
  const { maxFps, everySourceIsAFile, framesInFlight, lookahead } = options;
  const frames = (demand$: Observable<number>): Observable<VideoFrame> => {
    // Frames dropped for maxFps never reach the work, so they ask for their replacement.
    const replacements = new Subject<number>();
    const read = slot.source.frames(merge(demand$, replacements).pipe(gateDemand(slot.lifecycle.reading$))).pipe(tap((f) => slot.received(f)));
    if (maxFps === undefined) return read;
    if (everySourceIsAFile) return read.pipe(spaceOut(1000 / maxFps));
    return read.pipe(
      dropAboveRate(1000 / maxFps, (frame) => {
        slot.dropped(frame, 'max-fps');
        replacements.next(1);
      }),
    );
  };
  return frameByFrame(frames, unlessMuted(slot, work), { concurrency: framesInFlight, lookahead });
}

/** Live streams: the newest frame whenever the work is free; superseded frames dropped. */
function latestFrameResults<T>(slot: SourceSlot, work: (frame: VideoFrame) => Observable<T>, options: ScheduleOptions): Observable<T> {
  let frames = pausable(slot.lifecycle.reading$, () => slot.source.frames()).pipe(tap((f) => slot.received(f)));
  if (options.maxFps !== undefined) frames = frames.pipe(dropAboveRate(1000 / options.maxFps, (frame) => slot.dropped(frame, 'max-fps')));
  return frames.pipe(latestFrame(unlessMuted(slot, work), { onDrop: (frame) => slot.dropped(frame, 'superseded') }));
}

/**
 * Live streams that convert a picture only when asked: as `latestFrameResults`, but only the
 * frames kept are converted; dropped ones give their memory back at once. A frame whose
 * conversion fails counts as failed and the source goes on.
 */
function latestUnconvertedResults<T>(slot: SourceSlot, work: (frame: VideoFrame) => Observable<T>, options: ScheduleOptions): Observable<T> {
  const discard = (frame: UnconvertedVideoFrame, cause: 'max-fps' | 'superseded' | 'muted') => {
    slot.dropped(frame, cause);
    frame.discard?.();
  };
  let frames = pausable(slot.lifecycle.reading$, () => slot.source.unconvertedFrames!()).pipe(tap((f) => slot.received(f)));
  if (options.maxFps !== undefined) frames = frames.pipe(dropAboveRate(1000 / options.maxFps, (frame) => discard(frame, 'max-fps')));
  const convertThenWork = (frame: UnconvertedVideoFrame): Observable<T> =>
    defer(() => {
      if (slot.lifecycle.muted) {
        discard(frame, 'muted');
        return EMPTY;
      }
      return defer(() => frame.convert()).pipe(
        catchError((error: unknown) => {
          slot.failed(frame, error, 'converting the picture failed');
          return EMPTY;
        }),
        concatMap(work),
      );
    });
  return frames.pipe(latestFrame(convertThenWork, { onDrop: (frame) => discard(frame, 'superseded') }));
}

/** The work, except on a muted source, where the frame is dropped (cause `muted`). */
function unlessMuted<T>(slot: SourceSlot, work: (frame: VideoFrame) => Observable<T>): (frame: VideoFrame) => Observable<T> {
  return (frame) =>
    defer(() => {
      if (!slot.lifecycle.muted) return work(frame);
      slot.dropped(frame, 'muted');
      return EMPTY;
    });
}
