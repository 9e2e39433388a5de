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
  /** Events the source raises by itself (connect attempts, reconnects). */
  readonly events$: Observable<StatusEvent>;
  /** Optional counters; `lastDecodeMs` (read, decode and convert one frame) feeds the watchdog. */
  stats?(): { readonly lastDecodeMs: number | null };
}
