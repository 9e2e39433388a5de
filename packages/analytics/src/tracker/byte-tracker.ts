/**
 * ByteTrack as supervision implements it (`sv.ByteTrack`): a Kalman filter per track, a first
 * matching of tracks to high-confidence detections (IoU fused with confidence), a second one of
 * the tracks left over to low-confidence detections, a lost-track buffer that lets a track come
 * back after missed frames, and the same defaults. `update` keeps and drops exactly what
 * supervision's `update_with_detections` keeps and drops: the detections matched to a confirmed
 * track, each with that track's `tracker_id`.
 */
import { AnalyticsError } from '../errors.js';
import { iouDistance } from '../geometry/box-iou.js';
import { xyxyOf, type Xyxy } from '../geometry/point.js';
import type { BoxPrediction, BoxResult, Tracked, TrackedResult } from '../tracked.js';
import { linearAssignment } from './linear-assignment.js';
import { IdCounter, Track } from './track.js';
import { jointTracks, removeDuplicateTracks, subTracks } from './track-lists.js';

export interface ByteTrackerOptions {
  /** Detections above this confidence start and first-match tracks; lower ones (above 0.1) only keep tracks alive. Default 0.25. */
  trackActivationThreshold?: number;
  /** Frames (at 30 fps; scaled by `frameRate`) a lost track is kept to be found again. Default 30. */
  lostTrackBuffer?: number;
  /** Highest fused cost (1 - IoU x confidence) of a first-stage match. Default 0.8. */
  minimumMatchingThreshold?: number;
  /** The video's frame rate. Default 30. */
  frameRate?: number;
  /** Frames a track must be matched before it gets a `tracker_id`. Default 1. */
  minimumConsecutiveFrames?: number;
}

/** supervision's defaults. */
export const BYTE_TRACKER_DEFAULTS: Required<ByteTrackerOptions> = {
  trackActivationThreshold: 0.25,
  lostTrackBuffer: 30,
  minimumMatchingThreshold: 0.8,
  frameRate: 30,
  minimumConsecutiveFrames: 1,
};

/** Below this, a detection is ignored altogether (ByteTrack's fixed low bound). */
const LOW_CONFIDENCE_BOUND = 0.1;

export class ByteTracker {
  readonly options: Required<ByteTrackerOptions>;
  /** Frames a lost track survives: `trunc(frameRate / 30 * lostTrackBuffer)`. */
  readonly maxTimeLost: number;
  private readonly detectionThreshold: number;
  private readonly internalIds = new IdCounter(0);
  private readonly externalIds = new IdCounter(1);
  private frameId = 0;
  private tracked: Track[] = [];
  private lost: Track[] = [];
  private removed: Track[] = [];

  constructor(options: ByteTrackerOptions = {}) {
    this.options = checkOptions({ ...BYTE_TRACKER_DEFAULTS, ...definedOnly(options) });
    this.detectionThreshold = this.options.trackActivationThreshold + 0.1;
    this.maxTimeLost = Math.trunc((this.options.frameRate / 30) * this.options.lostTrackBuffer);
  }

  /**
   * Tracks one frame's predictions. Returns the same result with only the predictions matched to a
   * confirmed track, in their original order, each with its `tracker_id` (given an array of
   * predictions, returns that array's kept predictions). Predictions whose box is not finite or
   * has no area are never tracked.
   */
  update<R extends BoxResult>(result: R): TrackedResult<R>;
  update<P extends BoxPrediction>(predictions: readonly P[]): Tracked<P>[];
  update(input: BoxResult | readonly BoxPrediction[]): object {
    if (Array.isArray(input)) return this.track(input);
    const result = input as BoxResult;
    if (!result || !Array.isArray(result.predictions)) {
      throw new AnalyticsError('INVALID_PREDICTIONS', 'ByteTracker.update needs a result with a `predictions` array, or an array of predictions');
    }
    return { ...result, predictions: this.track(result.predictions) };
  }

  private track<P extends BoxPrediction>(all: readonly P[]): Tracked<P>[] {
    const usable = all.filter(isUsableBox);
    const boxes = usable.map(xyxyOf);
    const tracks = this.updateWithBoxes(boxes, usable.map((p) => p.confidence));
    if (tracks.length === 0) return [];
    const { matches } = linearAssignment(iouDistance(boxes, tracks.map((t) => t.xyxy)), 0.5, tracks.length);
    const trackerIds = new Map(matches.map(([detection, track]) => [usable[detection], tracks[track].externalId]));
    return all.filter((p) => trackerIds.has(p)).map((p) => ({ ...p, tracker_id: trackerIds.get(p)! }));
  }

  /** Forgets every track and starts ids from 1 again (for the next video). */
  reset(): void {
    this.frameId = 0;
    this.tracked = [];
    this.lost = [];
    this.removed = [];
    this.internalIds.reset();
    this.externalIds.reset();
  }

  /** One ByteTrack step on boxes and confidences; returns the confirmed tracked tracks. */
  private updateWithBoxes(boxes: readonly Xyxy[], scores: readonly number[]): Track[] {
    const frameId = ++this.frameId;
    const { trackActivationThreshold: high, minimumMatchingThreshold } = this.options;
    const newTrack = (i: number) =>
      new Track(boxes[i], scores[i], this.options.minimumConsecutiveFrames, this.internalIds, this.externalIds);
    const indices = boxes.map((_, i) => i);
    let detections = indices.filter((i) => scores[i] > high).map(newTrack);
    const detectionsSecond = indices.filter((i) => scores[i] > LOW_CONFIDENCE_BOUND && scores[i] < high).map(newTrack);

    const activated: Track[] = [];
    const refound: Track[] = [];
    const lostNow: Track[] = [];
    const removedNow: Track[] = [];
    const unconfirmed = this.tracked.filter((t) => !t.isActivated);
    const confirmed = this.tracked.filter((t) => t.isActivated);

    // First association: confirmed and lost tracks, moved ahead, against high-confidence detections.
    const pool = jointTracks(confirmed, this.lost);
    for (const track of pool) track.predict();
    const first = linearAssignment(fuseScore(iouDistance(pool.map((t) => t.xyxy), detections.map((d) => d.xyxy)), detections), minimumMatchingThreshold, detections.length);
    for (const [t, d] of first.matches) matchTrack(pool[t], detections[d], frameId, activated, refound);

    // Second association: tracks still tracked but unmatched, against low-confidence detections.
    const remaining = first.unmatchedRows.map((t) => pool[t]).filter((t) => t.state === 'tracked');
    const second = linearAssignment(iouDistance(remaining.map((t) => t.xyxy), detectionsSecond.map((d) => d.xyxy)), 0.5, detectionsSecond.length);
    for (const [t, d] of second.matches) matchTrack(remaining[t], detectionsSecond[d], frameId, activated, refound);
    for (const t of second.unmatchedRows) {
      const track = remaining[t];
      if (track.state !== 'lost') {
        track.state = 'lost';
        lostNow.push(track);
      }
    }

    // Tracks seen in one frame only: confirmed by a high-confidence detection now, or removed.
    detections = first.unmatchedColumns.map((d) => detections[d]);
    const third = linearAssignment(fuseScore(iouDistance(unconfirmed.map((t) => t.xyxy), detections.map((d) => d.xyxy)), detections), 0.7, detections.length);
    for (const [t, d] of third.matches) {
      unconfirmed[t].update(detections[d], frameId);
      activated.push(unconfirmed[t]);
    }
    for (const t of third.unmatchedRows) {
      unconfirmed[t].state = 'removed';
      removedNow.push(unconfirmed[t]);
    }

    // New tracks from confident detections nobody claimed.
    for (const d of third.unmatchedColumns) {
      const track = detections[d];
      if (track.score < this.detectionThreshold) continue;
      track.activate(frameId);
      activated.push(track);
    }

    // Lost tracks past the buffer are removed.
    for (const track of this.lost) {
      if (frameId - track.frameId > this.maxTimeLost) {
        track.state = 'removed';
        removedNow.push(track);
      }
    }

    // Like supervision, a lost track removed in this frame leaves the lost list only in the next one.
    this.tracked = this.tracked.filter((t) => t.state === 'tracked');
    this.tracked = jointTracks(jointTracks(this.tracked, activated), refound);
    this.lost = subTracks(this.lost, this.tracked);
    this.lost.push(...lostNow);
    this.lost = subTracks(this.lost, this.removed);
    this.removed = removedNow;
    [this.tracked, this.lost] = removeDuplicateTracks(this.tracked, this.lost);
    return this.tracked.filter((t) => t.isActivated);
  }
}

function matchTrack(track: Track, detection: Track, frameId: number, activated: Track[], refound: Track[]): void {
  if (track.state === 'tracked') {
    track.update(detection, frameId);
    activated.push(track);
  } else {
    track.reActivate(detection, frameId);
    refound.push(track);
  }
}

/** `1 - IoU x confidence`, in place: a confident detection is a cheaper match (supervision's `fuse_score`). */
function fuseScore(distance: number[][], detections: readonly Track[]): number[][] {
  for (const row of distance) for (let j = 0; j < row.length; j++) row[j] = 1 - (1 - row[j]) * detections[j].score;
  return distance;
}

function isUsableBox(p: { x: number; y: number; width: number; height: number; confidence: number }): boolean {
  return [p.x, p.y, p.width, p.height, p.confidence].every(Number.isFinite) && p.width > 0 && p.height > 0;
}

function definedOnly(options: ByteTrackerOptions): ByteTrackerOptions {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined));
}

function checkOptions(o: Required<ByteTrackerOptions>): Required<ByteTrackerOptions> {
  const fail = (name: string, rule: string) => {
    throw new AnalyticsError('INVALID_TRACKER_OPTIONS', `ByteTracker option ${name} must be ${rule}, got ${JSON.stringify((o as unknown as Record<string, unknown>)[name])}`);
  };
  const isIn01 = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!isIn01(o.trackActivationThreshold)) fail('trackActivationThreshold', 'a number from 0 to 1');
  if (!isIn01(o.minimumMatchingThreshold)) fail('minimumMatchingThreshold', 'a number from 0 to 1');
  if (!Number.isFinite(o.lostTrackBuffer) || o.lostTrackBuffer < 0) fail('lostTrackBuffer', 'a number of frames >= 0');
  if (!Number.isFinite(o.frameRate) || o.frameRate <= 0) fail('frameRate', 'a number > 0');
  if (!Number.isInteger(o.minimumConsecutiveFrames) || o.minimumConsecutiveFrames < 1) fail('minimumConsecutiveFrames', 'an integer >= 1');
  return o;
}
