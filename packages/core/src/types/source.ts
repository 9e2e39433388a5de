// The VideoSource interface: what files, streams and webcams offer the pipeline.
import type { Observable } from 'rxjs';
import type { VideoFrame } from './video-frame.js';
import type { StatusEvent } from './status-event.js';

export type SourceKind = 'file' | 'stream' | 'webcam';

/**
 * How frames reach the model.
 * - `frame-by-frame`: every frame, in order; decoding runs only a few frames ahead (files).
 * - `latest-frame`: the source runs at its own pace; the model takes the newest frame and the
 *   superseded ones are dropped and counted (live streams, webcams).
 */
export type SchedulingMode = 'frame-by-frame' | 'latest-frame';

/** What a source is, safe to log: the reference never carries credentials. */
export interface SourceDescription {
  readonly sourceId: number;
  /** The video reference with user info, query and fragment removed. */
  readonly reference: string;
  readonly kind: SourceKind;
  readonly width: number | null;
  readonly height: number | null;
  readonly fps: number | null;
  /** Frame count the container declares, for progress; null for streams or when unknown. */
  readonly totalFrames: number | null;
}

/**
 * A decoded frame whose picture has not been converted (to packed RGB/BGR, and scaled to a model
 * input) yet: everything of a `VideoFrame` except `image`, which `convert()` produces. Live
 * sources can hand these out (`unconvertedFrames()`) so that a pipeline converts only the frames
 * it keeps: in latest-frame mode a fast camera's frames are mostly superseded and dropped, and
 * converting them would be wasted work.
 */
export interface UnconvertedVideoFrame extends Omit<VideoFrame, 'image'> {
  /** The decoded picture's size. */
  readonly width: number;
  readonly height: number;
  /** Converts the picture; resolves with the complete frame (the same object on every call). */
  convert(): Promise<VideoFrame>;
  /**
   * Optional: gives the decoded picture's memory back now instead of when the garbage collector
   * finds the frame (a pipeline calls it on frames it drops). `convert()` rejects afterwards.
   */
  discard?(): void;
}

/**
 * A video source. `frames()` is cold: each subscription opens the input anew (frame ids carry
 * on from the previous subscription). With `demand$` it decodes one frame per unit of demand
 * (pull); without it, as fast as the input gives frames (push). It completes at end of file,
 * and errors with a `SourceError` that names the problem.
 */
export interface VideoSource {
  readonly sourceId: number;
  /** Filled in as soon as the input has been opened. */
  describe(): SourceDescription;
  readonly defaultMode: SchedulingMode;
  frames(demand$?: Observable<number>): Observable<VideoFrame>;
  /**
   * Optional, for live sources: like `frames()` without demand, but each frame's picture is
   * converted only when its `convert()` is called. A pipeline in latest-frame mode uses it when
   * the source has it.
   */
  unconvertedFrames?(): Observable<UnconvertedVideoFrame>;
  /** Events the source raises by itself (connect attempts, reconnects). */
  readonly events$: Observable<StatusEvent>;
  /** Optional counters; `lastDecodeMs` (read, decode and convert one frame) feeds the watchdog. */
  stats?(): { readonly lastDecodeMs: number | null };
}
