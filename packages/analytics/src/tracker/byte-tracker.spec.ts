import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../errors.js';
import { ByteTracker } from './byte-tracker.js';
import { item } from '../../test/items.js';

const result = (...ys: number[]) => item(1, ys.map((y) => ({ x: 100, y, height: 40 }))).predictions;

describe('ByteTracker', () => {
  it('returns the same JSON with the kept predictions, each with a tracker_id, and other fields untouched', () => {
    const tracker = new ByteTracker();
    const input = { ...result(100, 300), time: 0.01 };
    const tracked = tracker.update(input);
    expect(tracked.time).toBe(0.01);
    expect(tracked.predictions).toEqual(input.predictions.map((p, i) => ({ ...p, tracker_id: i + 1 })));
    expect(input.predictions[0]).not.toHaveProperty('tracker_id');
  });

  it('takes a bare array of predictions too, and returns the kept ones', () => {
    const tracker = new ByteTracker();
    const tracked = tracker.update(result(100, 300).predictions);
    expect(tracked.map((p) => p.tracker_id)).toEqual([1, 2]);
  });

  it('ignores detections below 0.1 and never starts a track below the activation threshold + 0.1', () => {
    const tracker = new ByteTracker();
    const weak = item(1, [{ x: 100, y: 100, confidence: 0.3 }, { x: 500, y: 100, confidence: 0.05 }]).predictions;
    expect(tracker.update(weak).predictions).toEqual([]);
    expect(tracker.update(weak).predictions).toEqual([]);
  });

  it('never tracks a box that is not finite or has no area', () => {
    const tracker = new ByteTracker();
    const bad = item(1, [{ x: Number.NaN, y: 100 }, { x: 100, y: 100, height: 0 }, { x: 300, y: 300 }]).predictions;
    expect(tracker.update(bad).predictions.map((p) => p.x)).toEqual([300]);
  });

  it('reset() forgets tracks and starts ids from 1 again', () => {
    const tracker = new ByteTracker();
    tracker.update(result(100));
    tracker.update(result(100, 300));
    tracker.update(result(100, 300));
    expect(tracker.update(result(300)).predictions[0].tracker_id).toBe(2);
    tracker.reset();
    expect(tracker.update(result(300)).predictions[0].tracker_id).toBe(1);
  });

  it('scales the lost-track buffer by the frame rate, as supervision', () => {
    expect(new ByteTracker({ frameRate: 25 }).maxTimeLost).toBe(25);
    expect(new ByteTracker({ frameRate: 60, lostTrackBuffer: 10 }).maxTimeLost).toBe(20);
  });

  it('rejects options out of range and a result without predictions, with typed errors', () => {
    expect(() => new ByteTracker({ trackActivationThreshold: 2 })).toThrow(AnalyticsError);
    expect(() => new ByteTracker({ frameRate: 0 })).toThrow(/frameRate/);
    expect(() => new ByteTracker({ minimumConsecutiveFrames: 0.5 })).toThrow(/minimumConsecutiveFrames/);
    expect(() => new ByteTracker().update({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_PREDICTIONS' }));
  });
});
