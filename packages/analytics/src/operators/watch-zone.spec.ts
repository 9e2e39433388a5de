import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { watchZone } from './watch-zone.js';
import { track } from './track.js';
import { PolygonZone } from '../zones/polygon-zone.js';
import { frame, item } from '../../test/items.js';
import type { ZoneEvent } from '../events.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const square = () => new PolygonZone({ polygon: [[0, 0], [200, 0], [200, 200], [0, 200]] });
const base = (frameId: number, trackerId: number) => ({
  sourceId: 0,
  frameId,
  frameTimestamp: frame(frameId).frameTimestamp,
  trackerId,
  class: 'car',
  classId: 2,
  zone: 'zone',
});
const entered = (frameId: number, trackerId: number): ZoneEvent => ({ type: 'zone_entered', ...base(frameId, trackerId) });
const left = (frameId: number, trackerId: number, timeSpentMs: number, reason: 'exited' | 'lost'): ZoneEvent => ({
  type: 'zone_left',
  ...base(frameId, trackerId),
  timeSpentMs,
  reason,
});

describe('watchZone', () => {
  it('ignores a track lost within the buffer and found again inside; fires zone_left when it is seen outside', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-e-f-|', {
        a: item(1, [{ x: 100, y: 95 }]),
        b: item(2, [{ x: 100, y: 96 }]),
        c: item(3, []),
        d: item(4, []),
        e: item(5, [{ x: 100, y: 97 }]),
        f: item(6, [{ x: 100, y: 100 }]),
      });
      // Bottom centres at y 100, 101, -, -, 102 (inside, the zone ends at 103), then 105 (outside).
      // Time inside: first seen frame 1, last seen inside frame 5: 4 frames of 40 ms.
      const zone = new PolygonZone({ polygon: [[0, 0], [200, 0], [200, 103], [0, 103]] });
      expectObservable(source.pipe(track(), watchZone(zone))).toBe('x---------y-|', { x: entered(1, 1), y: left(6, 1, 160, 'exited') });
    });
  });

  it('fires zone_left with reason lost once a track has been missing for more than maxMissingFrames', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-|', {
        a: item(1, [{ x: 100, y: 100, tracker_id: 7 }]),
        b: item(2, [{ x: 100, y: 100, tracker_id: 7 }]),
        c: item(3, []),
        d: item(5, []),
      });
      expectObservable(source.pipe(watchZone(square(), { maxMissingFrames: 2 }))).toBe('x-----y-|', { x: entered(1, 7), y: left(5, 7, 40, 'lost') });
    });
  });

  it('never follows predictions without a tracker id', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-|', {
        a: item(1, [{ x: 100, y: 100 }]),
        b: item(2, [{ x: 500, y: 100 }]),
        c: item(3, [{ x: 100, y: 100 }, { x: 150, y: 150 }]),
      });
      expectObservable(source.pipe(watchZone(square()))).toBe('------|');
    });
  });
});
