import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { countLine } from './count-line.js';
import { track } from './track.js';
import { LineZone } from '../zones/line-zone.js';
import { frame, item } from '../../test/items.js';
import type { LineCrossedEvent } from '../events.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const horizontal = () => new LineZone({ start: { x: 0, y: 300 }, end: { x: 960, y: 300 } });
const crossed = (frameId: number, trackerId: number, direction: 'in' | 'out', cls = 'car'): LineCrossedEvent => ({
  type: 'line_crossed',
  sourceId: 0,
  frameId,
  frameTimestamp: frame(frameId).frameTimestamp,
  trackerId,
  class: cls,
  classId: cls === 'car' ? 2 : 0,
  line: 'line',
  direction,
});

describe('countLine', () => {
  it('fires when a track lost on one side within the buffer is found again on the other', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const line = horizontal();
      const source = cold('a-b-c-d-e-f-|', {
        a: item(1, [{ x: 100, y: 290 }]),
        b: item(2, [{ x: 100, y: 294 }]),
        c: item(3, []),
        d: item(4, []),
        e: item(5, [{ x: 100, y: 300 }]),
        f: item(6, [{ x: 100, y: 306 }]),
      });
      expectObservable(source.pipe(track(), countLine(line))).toBe('----------x-|', { x: crossed(6, 1, 'out') });
    });
  });

  it('counts in and out per class, only once the anchors are all on the other side', () => {
    newScheduler().run(({ cold, expectObservable, flush }) => {
      const line = horizontal();
      const source = cold('a-b-c-|', {
        a: item(1, [{ x: 100, y: 320, tracker_id: 1 }, { x: 400, y: 280, tracker_id: 2, class: 'person' }]),
        b: item(2, [{ x: 100, y: 300, tracker_id: 1 }, { x: 400, y: 320, tracker_id: 2, class: 'person' }]),
        c: item(3, [{ x: 100, y: 280, tracker_id: 1 }]),
      });
      expectObservable(source.pipe(countLine(line))).toBe('--y-x-|', { y: crossed(2, 2, 'out', 'person'), x: crossed(3, 1, 'in') });
      flush();
      expect([line.inCount, line.outCount, line.inCountPerClass, line.outCountPerClass]).toEqual([1, 1, { car: 1 }, { person: 1 }]);
    });
  });

  it('never counts predictions without a tracker id', () => {
    newScheduler().run(({ cold, expectObservable, flush }) => {
      const line = horizontal();
      // Untracked boxes on both sides, frame after frame: as one object they would "cross" every frame.
      const source = cold('a-b-c-|', {
        a: item(1, [{ x: 100, y: 280 }, { x: 600, y: 320 }]),
        b: item(2, [{ x: 600, y: 320 }, { x: 100, y: 280 }]),
        c: item(3, [{ x: 100, y: 280 }, { x: 600, y: 320 }]),
      });
      expectObservable(source.pipe(countLine(line))).toBe('------|');
      flush();
      expect([line.inCount, line.outCount]).toEqual([0, 0]);
    });
  });

  it('keeps the tracks of two sources apart', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const line = horizontal();
      // The same tracker id 1 above the line on source 0 and below it on source 1: no crossing.
      const source = cold('a-b-|', {
        a: item(1, [{ x: 100, y: 280, tracker_id: 1 }], 0),
        b: item(1, [{ x: 100, y: 320, tracker_id: 1 }], 1),
      });
      expectObservable(source.pipe(countLine(line))).toBe('----|');
    });
  });
});
