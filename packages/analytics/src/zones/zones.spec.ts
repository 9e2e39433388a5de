import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../errors.js';
import { Position } from '../geometry/anchors.js';
import { LineZone } from './line-zone.js';
import { PolygonZone } from './polygon-zone.js';
import { TimeInZone, frameTimeMs } from './time-in-zone.js';
import { box, frame } from '../../test/items.js';

describe('PolygonZone', () => {
  const zone = new PolygonZone({ polygon: [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }, { x: 0, y: 100 }] });

  it('says which predictions have their bottom centre inside (edge included) and counts them, tracked or not', () => {
    const inside = zone.trigger([box({ x: 50, y: 50 }), box({ x: 50, y: 95 }), box({ x: 50, y: 96 }), box({ x: 150, y: 50 })]);
    expect(inside).toEqual([true, true, false, false]);
    expect(zone.currentCount).toBe(2);
  });

  it('needs every triggering anchor inside', () => {
    const corners = new PolygonZone({ polygon: [[0, 0], [100, 0], [100, 100], [0, 100]], triggeringAnchors: [Position.TOP_LEFT, Position.BOTTOM_RIGHT] });
    expect(corners.trigger([box({ x: 50, y: 50 }), box({ x: 90, y: 50 })])).toEqual([true, false]);
  });

  it('rejects a polygon of fewer than 3 points or with a bad coordinate, with a typed error', () => {
    expect(() => new PolygonZone({ polygon: [[0, 0], [1, 1]] })).toThrow(AnalyticsError);
    expect(() => new PolygonZone({ polygon: [[0, 0], [1, 1], [2, Number.NaN]] })).toThrow(/point 2/);
    expect(() => new PolygonZone({ polygon: [[0, 0], [1, 1], [2, 0]], triggeringAnchors: [] })).toThrow(/cannot be empty/);
  });
});

describe('LineZone', () => {
  it('rejects a line of zero length and unknown anchors', () => {
    const error = (() => {
      try {
        new LineZone({ start: { x: 5, y: 5 }, end: { x: 5, y: 5 } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AnalyticsError);
    expect((error as AnalyticsError).code).toBe('INVALID_ZONE');
    expect(() => new LineZone({ start: { x: 0, y: 0 }, end: { x: 1, y: 0 }, triggeringAnchors: ['MIDDLE' as Position] })).toThrow(/unknown anchor "MIDDLE"/);
  });

  it('does not count an object outside the band the line spans', () => {
    const line = new LineZone({ start: { x: 0, y: 300 }, end: { x: 200, y: 300 } });
    line.trigger([box({ x: 500, y: 280, tracker_id: 1 })]);
    line.trigger([box({ x: 500, y: 320, tracker_id: 1 })]);
    expect(line.outCount).toBe(0);
  });

  it('waits minimumCrossingThreshold frames on the other side', () => {
    const line = new LineZone({ start: { x: 0, y: 300 }, end: { x: 960, y: 300 }, minimumCrossingThreshold: 2 });
    const counts = [280, 320, 320].map((y) => line.trigger([box({ x: 100, y, tracker_id: 1 })]).crossedOut[0]);
    expect(counts).toEqual([false, false, true]);
  });
});

describe('TimeInZone', () => {
  it('times visits on the video clock (presentation time for files), not the wall clock', () => {
    const zone = new PolygonZone({ polygon: [[0, 0], [100, 0], [100, 100], [0, 100]] });
    const timer = new TimeInZone(zone);
    const fileFrame = (frameId: number) => ({ ...frame(frameId), comesFromVideoFile: true, presentationTime: frameId * 0.5, frameTimestamp: Date.now() });
    expect(frameTimeMs(fileFrame(3))).toBe(1500);
    timer.update([box({ x: 50, y: 50, tracker_id: 4 })], fileFrame(1));
    const update = timer.update([box({ x: 50, y: 50, tracker_id: 4 }), box({ x: 60, y: 50 })], fileFrame(4));
    expect(update.timeInZoneMs).toEqual([1500, 0]);
    expect(timer.visitOf(4)).toMatchObject({ enteredAtMs: 500, lastSeenAtMs: 2000 });
  });
});
