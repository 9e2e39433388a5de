/**
 * One tracked object (supervision's `STrack`): its Kalman state, its two ids (an internal one for
 * every track the tracker starts, an external one, the `tracker_id` users see, given once the
 * track has lasted `minimumConsecutiveFrames`), and its life cycle New → Tracked ⇄ Lost → Removed.
 */
import type { Xyxy } from '../geometry/point.js';
import { initiate, predict, update, type Covariance, type Mean } from './kalman-filter.js';

export type TrackState = 'new' | 'tracked' | 'lost' | 'removed';

/** Hands out increasing ids from `start`; `NO_ID` (-1) means none yet. */
export class IdCounter {
  static readonly NO_ID = -1;
  private next: number;

  constructor(private readonly start: number) {
    this.next = start;
  }

  newId(): number {
    return this.next++;
  }

  reset(): void {
    this.next = this.start;
  }
}

export class Track {
  state: TrackState = 'new';
  isActivated = false;
  startFrame = 0;
  frameId = 0;
  trackletLength = 0;
  internalId = IdCounter.NO_ID;
  externalId = IdCounter.NO_ID;
  private mean: Mean | null = null;
  private covariance: Covariance | null = null;

  /** A candidate track from one detection box `xyxy` with its confidence. */
  constructor(
    private readonly detection: Xyxy,
    public score: number,
    private readonly minimumConsecutiveFrames: number,
    private readonly internalIds: IdCounter,
    private readonly externalIds: IdCounter,
  ) {}

  /** The current box: the Kalman estimate once started, else the detection. */
  get xyxy(): Xyxy {
    if (this.mean === null) return this.detection;
    const [cx, cy, a, h] = this.mean;
    const w = a * h;
    return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
  }

  /** Moves the estimate one frame ahead; a track that is not being tracked stops growing or shrinking. */
  predict(): void {
    const mean = new Float64Array(this.mean!);
    if (this.state !== 'tracked') mean[7] = 0;
    ({ mean: this.mean, covariance: this.covariance } = predict(mean, this.covariance!));
  }

  /** Starts this candidate as a new track in `frameId`. */
  activate(frameId: number): void {
    this.internalId = this.internalIds.newId();
    ({ mean: this.mean, covariance: this.covariance } = initiate(toXyah(this.detection)));
    this.trackletLength = 0;
    this.state = 'tracked';
    if (frameId === 1) this.isActivated = true;
    if (this.minimumConsecutiveFrames === 1) this.externalId = this.externalIds.newId();
    this.frameId = frameId;
    this.startFrame = frameId;
  }

  /** A lost track found again by `detection`. */
  reActivate(detection: Track, frameId: number): void {
    this.correct(detection);
    this.trackletLength = 0;
    this.state = 'tracked';
    this.frameId = frameId;
    this.score = detection.score;
  }

  /** A tracked track matched to `detection` in `frameId`. */
  update(detection: Track, frameId: number): void {
    this.frameId = frameId;
    this.trackletLength += 1;
    this.correct(detection);
    this.state = 'tracked';
    if (this.trackletLength === this.minimumConsecutiveFrames) {
      this.isActivated = true;
      if (this.externalId === IdCounter.NO_ID) this.externalId = this.externalIds.newId();
    }
    this.score = detection.score;
  }

  private correct(detection: Track): void {
    ({ mean: this.mean, covariance: this.covariance } = update(this.mean!, this.covariance!, toXyah(detection.xyxy)));
  }
}

/** Corners to `(centre x, centre y, width / height, height)`. */
function toXyah([x1, y1, x2, y2]: Xyxy): [number, number, number, number] {
  const w = x2 - x1;
  const h = y2 - y1;
  return [x1 + w / 2, y1 + h / 2, w / h, h];
}
