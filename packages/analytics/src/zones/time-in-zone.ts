/**
 * Time in zone, from frame timestamps: remembers, per source and tracker id, when a track was
 * first seen inside a `PolygonZone`, and reports who entered and who left in each frame. A track
 * that goes missing (the tracker lost it) stays inside for up to `maxMissingFrames` frames, so a
 * short occlusion neither ends nor restarts its visit; after that it has left. Times come from
 * the frames, not the wall clock, so a file gives the same answer however fast it is processed.
 * Predictions without a `tracker_id` are never counted.
 */
import type { VideoFrame } from '@rxcv/core';
import { AnalyticsError } from '../errors.js';
import { hasTrackerId, type BoxPrediction } from '../tracked.js';
import type { PolygonZone } from './polygon-zone.js';

export interface TimeInZoneOptions {
  /** Frames a track may be missing before it counts as gone. Default 30 (ByteTrack's lost-track buffer). */
  maxMissingFrames?: number;
}

/** The frame a zone update is for. */
export type ZoneFrame = Pick<VideoFrame, 'sourceId' | 'frameId' | 'frameTimestamp' | 'presentationTime' | 'comesFromVideoFile'>;

/** A track's visit: who, and when it was first and last seen inside. */
export interface ZoneVisit {
  readonly trackerId: number;
  readonly class: string;
  readonly class_id: number;
  readonly enteredAtMs: number;
  readonly lastSeenAtMs: number;
  readonly lastSeenFrameId: number;
}

export interface ZoneUpdate {
  /** Tracks first seen inside in this frame. */
  entered: ZoneVisit[];
  /** Tracks that left in this frame: seen outside (`'exited'`) or missing too long (`'lost'`), with their time inside. */
  left: Array<ZoneVisit & { timeSpentMs: number; reason: 'exited' | 'lost' }>;
  /** One number per prediction: ms inside so far (0 when outside or untracked). */
  timeInZoneMs: number[];
}

/** Milliseconds on the video's own clock: presentation time for files, the receive time for streams. */
export function frameTimeMs(frame: ZoneFrame): number {
  return frame.comesFromVideoFile && frame.presentationTime !== null ? frame.presentationTime * 1000 : frame.frameTimestamp;
}

export class TimeInZone {
  readonly maxMissingFrames: number;
  private readonly visits = new Map<string, ZoneVisit & { sourceId: number }>();

  constructor(
    readonly zone: PolygonZone,
    options: TimeInZoneOptions = {},
  ) {
    const max = options.maxMissingFrames ?? 30;
    if (!Number.isInteger(max) || max < 0) {
      throw new AnalyticsError('INVALID_ZONE', `TimeInZone maxMissingFrames must be an integer >= 0, got ${max}`);
    }
    this.maxMissingFrames = max;
  }

  /** Updates the visits with one frame's tracked predictions. */
  update(predictions: readonly BoxPrediction[], frame: ZoneFrame): ZoneUpdate {
    const now = frameTimeMs(frame);
    const inside = this.zone.trigger(predictions);
    const result: ZoneUpdate = { entered: [], left: [], timeInZoneMs: predictions.map(() => 0) };
    const seen = new Set<string>();
    predictions.forEach((p, i) => {
      if (!hasTrackerId(p)) return;
      const key = `${frame.sourceId}:${p.tracker_id}`;
      const visit = this.visits.get(key);
      seen.add(key);
      if (inside[i]) {
        const next = {
          sourceId: frame.sourceId,
          trackerId: p.tracker_id,
          class: p.class,
          class_id: p.class_id,
          enteredAtMs: visit?.enteredAtMs ?? now,
          lastSeenAtMs: now,
          lastSeenFrameId: frame.frameId,
        };
        this.visits.set(key, next);
        if (!visit) result.entered.push(publicVisit(next));
        result.timeInZoneMs[i] = now - next.enteredAtMs;
      } else if (visit) {
        this.visits.delete(key);
        result.left.push({ ...publicVisit(visit), timeSpentMs: visit.lastSeenAtMs - visit.enteredAtMs, reason: 'exited' });
      }
    });
    for (const [key, visit] of this.visits) {
      if (visit.sourceId !== frame.sourceId || seen.has(key)) continue;
      if (frame.frameId - visit.lastSeenFrameId > this.maxMissingFrames) {
        this.visits.delete(key);
        result.left.push({ ...publicVisit(visit), timeSpentMs: visit.lastSeenAtMs - visit.enteredAtMs, reason: 'lost' });
      }
    }
    return result;
  }

  /** The visit of a track now inside, if any. */
  visitOf(trackerId: number, sourceId = 0): ZoneVisit | undefined {
    const visit = this.visits.get(`${sourceId}:${trackerId}`);
    return visit && publicVisit(visit);
  }

  /** Forgets every visit. */
  reset(): void {
    this.visits.clear();
  }
}

function publicVisit({ sourceId: _, ...visit }: ZoneVisit & { sourceId: number }): ZoneVisit {
  return visit;
}
