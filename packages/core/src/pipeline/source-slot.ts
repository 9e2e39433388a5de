// SourceSlot: one source in a pipeline, with its lifecycle, its numbers and how they are reported.
import type { DropCause, SchedulingMode, VideoFrame, VideoSource } from '../types/index.js';
import { RxcvError } from '../errors.js';
import { statusEvent } from '../types/status-event.js';
import { SourceLifecycle } from './source-lifecycle.js';
import { SourceStats } from './source-stats.js';
import type { StatusEvents } from './status-events.js';

/**
 * A source as the pipeline runs it: its lifecycle (pause, mute...), its stats, and the
 * accounting of each frame (received, dropped, inferred, failed), each reported as it happens.
 */
export class SourceSlot {
  readonly lifecycle: SourceLifecycle;
  readonly stats: SourceStats;
  /** Ids of the frames received and not yet inferred, dropped or failed: said by id when cut short. */
  private readonly unfinished = new Set<number>();

  constructor(
    readonly source: VideoSource,
    readonly mode: SchedulingMode,
    private readonly events: StatusEvents,
    onStateChange: () => void,
  ) {
    this.stats = new SourceStats(() => source.describe());
    this.lifecycle = new SourceLifecycle(source.sourceId, (from, to) => {
      this.stats.state = to;
      events.next(statusEvent('SOURCE_STATE_CHANGED', to === 'ERROR' ? 'error' : 'info', source.sourceId, { from, to }));
      onStateChange();
    });
  }

  get sourceId(): number {
    return this.source.sourceId;
  }

  /** A frame came from the source: count it; the first one means the source runs. */
  received(frame: { readonly frameId: number }): void {
    this.stats.framesReceived += 1;
    this.stats.lastFrameId = frame.frameId;
    this.unfinished.add(frame.frameId);
    const decodeMs = this.source.stats?.().lastDecodeMs;
    if (decodeMs !== undefined && decodeMs !== null) this.stats.recordDecode(decodeMs);
    if (this.lifecycle.state === 'INITIALISING' || this.lifecycle.state === 'RESTARTING') this.lifecycle.set('RUNNING');
  }

  /** A frame that will never reach the model. */
  dropped(frame: { readonly frameId: number }, cause: DropCause): void {
    this.stats.framesDropped += 1;
    this.unfinished.delete(frame.frameId);
    this.events.next(statusEvent('FRAME_DROPPED', 'debug', this.sourceId, { frameId: frame.frameId, cause, dropped: this.stats.framesDropped }));
  }

  /** The model starts on this frame: how old it is by now. */
  inferenceStarting(frame: VideoFrame, now: number): void {
    const ageMs = now - frame.frameTimestamp;
    this.stats.recordFrameAge(ageMs);
    this.events.next(statusEvent('INFERENCE_STARTED', 'debug', this.sourceId, { frameIds: [frame.frameId], ageMs: [ageMs] }));
  }

  /** The model's result for this frame is in (`started`: when it was handed to the model). */
  inferred(frame: VideoFrame, started: number): void {
    const now = Date.now();
    this.unfinished.delete(frame.frameId);
    this.stats.recordInference(now - started, now - frame.frameTimestamp, now);
    this.events.next(statusEvent('INFERENCE_COMPLETED', 'debug', this.sourceId, { frameIds: [frame.frameId], latencyMs: now - started }));
  }

  /** Converting or inferring this frame failed: it counts as failed, the source goes on. */
  failed(frame: { readonly frameId: number }, error: unknown, what = ''): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.stats.framesFailed += 1;
    this.unfinished.delete(frame.frameId);
    this.events.next(statusEvent('INFERENCE_ERROR', 'error', this.sourceId, {
      frameIds: [frame.frameId],
      code: err instanceof RxcvError ? err.code : 'UNKNOWN',
      message: what ? `${what}: ${err.message}` : err.message,
    }));
  }

  /** The source itself failed: it ends (state ERROR), the others go on. */
  sourceFailed(error: unknown): void {
    const err = error instanceof Error ? error : new Error(String(error));
    this.stats.error = err;
    this.events.next(statusEvent('SOURCE_ERROR', 'error', this.sourceId, { code: err instanceof RxcvError ? err.code : 'UNKNOWN', message: err.message }));
    this.lifecycle.set('ERROR');
  }

  /**
   * Terminated or removed: frames received but not finished count as dropped, so received =
   * inferred + dropped + failed; one FRAME_DROPPED per such frame, with its id (a live source cut
   * short may have one frame being converted or inferred and a newer one waiting).
   */
  countUnfinishedAsDropped(cause: 'terminated' | 'removed' = 'terminated'): void {
    const { stats } = this;
    const unfinished = stats.framesReceived - stats.framesInferred - stats.framesDropped - stats.framesFailed;
    const ids = [...this.unfinished].sort((a, b) => a - b).slice(-Math.max(0, unfinished));
    this.unfinished.clear();
    if (unfinished <= 0) return;
    for (const frameId of ids) {
      stats.framesDropped += 1;
      this.events.next(statusEvent('FRAME_DROPPED', 'debug', this.sourceId, { frameId, cause, dropped: stats.framesDropped }));
    }
    // Frames not known by id (none expected) are counted in one event, as the newest.
    const rest = unfinished - ids.length;
    if (rest > 0) {
      stats.framesDropped += rest;
      this.events.next(statusEvent('FRAME_DROPPED', 'debug', this.sourceId, { frameId: stats.lastFrameId, cause, dropped: stats.framesDropped }));
    }
  }
}
