// The typed events the analytics operators emit: a line crossed, a zone entered or left.
import type { VideoFrame } from '@rxcv/core';

/** What every analytics event says: which object, on which frame of which source. */
export interface AnalyticsEventBase {
  readonly sourceId: number;
  readonly frameId: number;
  /** The frame's `frameTimestamp` (ms since the epoch). */
  readonly frameTimestamp: number;
  readonly trackerId: number;
  readonly class: string;
  readonly classId: number;
}

/** A tracked object crossed a `LineZone`: `in` or `out` as supervision counts them. */
export interface LineCrossedEvent extends AnalyticsEventBase {
  readonly type: 'line_crossed';
  /** The line's `name`. */
  readonly line: string;
  readonly direction: 'in' | 'out';
}

/** A tracked object was first seen inside a `PolygonZone`. */
export interface ZoneEnteredEvent extends AnalyticsEventBase {
  readonly type: 'zone_entered';
  /** The zone's `name`. */
  readonly zone: string;
}

/**
 * A tracked object left a `PolygonZone`: seen outside (`exited`), or missing for more than
 * `maxMissingFrames` (`lost`). `frameId`/`frameTimestamp` are the frame that told.
 */
export interface ZoneLeftEvent extends AnalyticsEventBase {
  readonly type: 'zone_left';
  readonly zone: string;
  /** From the first to the last frame it was seen inside, on the video's clock. */
  readonly timeSpentMs: number;
  readonly reason: 'exited' | 'lost';
}

export type ZoneEvent = ZoneEnteredEvent | ZoneLeftEvent;
export type AnalyticsEvent = LineCrossedEvent | ZoneEvent;

/** The frame fields every event copies. */
export function frameFields(frame: Pick<VideoFrame, 'sourceId' | 'frameId' | 'frameTimestamp'>) {
  return { sourceId: frame.sourceId, frameId: frame.frameId, frameTimestamp: frame.frameTimestamp };
}
