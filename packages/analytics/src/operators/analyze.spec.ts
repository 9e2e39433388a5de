import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { analyze, analyticsCounts, wantsAnalytics } from './analyze.js';
import { LineZone } from '../zones/line-zone.js';
import { PolygonZone } from '../zones/polygon-zone.js';
import { frame, item } from '../../test/items.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const horizontal = () => new LineZone({ start: { x: 0, y: 300 }, end: { x: 960, y: 300 }, name: 'road' });
const fields = (frameId: number, trackerId: number, sourceId = 0) => ({
  sourceId,
  frameId,
  frameTimestamp: frame(frameId).frameTimestamp,
  trackerId,
  class: 'car',
  classId: 2,
});

describe('analyze', () => {
  it('passes every item on, tracked, with the line_crossed event on the frame of the crossing', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-e-|', {
        a: item(1, [{ x: 100, y: 290 }]),
        b: item(2, [{ x: 100, y: 294 }]),
        c: item(3, [{ x: 100, y: 298 }]),
        d: item(4, [{ x: 100, y: 302 }]),
        e: item(5, [{ x: 100, y: 306 }]),
      });
      const none = expect.objectContaining({ events: [] });
      expectObservable(source.pipe(analyze({ lines: [horizontal()] }))).toBe('a-b-c-d-e-|', {
        a: none,
        b: none,
        c: none,
        d: none,
        e: expect.objectContaining({ events: [{ type: 'line_crossed', ...fields(5, 1), line: 'road', direction: 'out' }] }),
      });
    });
  });

  it('gives the predictions tracker ids, and zone events after line events', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      // The zone starts below the line, so the car enters it in the frame it crosses.
      const zone = new PolygonZone({ polygon: [[0, 300], [960, 300], [960, 540], [0, 540]], name: 'below' });
      const source = cold('a-b-c-|', { a: item(1, [{ x: 100, y: 294 }]), b: item(2, [{ x: 100, y: 300 }]), c: item(3, [{ x: 100, y: 306 }]) });
      const tracked = expect.objectContaining({ predictions: [expect.objectContaining({ tracker_id: 1 })] });
      expectObservable(source.pipe(analyze({ lines: [horizontal()], zones: [zone] }))).toBe('a-b-c-|', {
        a: expect.objectContaining({ predictions: tracked, events: [] }),
        b: expect.objectContaining({ predictions: tracked, events: [{ type: 'zone_entered', ...fields(2, 1), zone: 'below' }] }),
        c: expect.objectContaining({ events: [{ type: 'line_crossed', ...fields(3, 1), line: 'road', direction: 'out' }] }),
      });
    });
  });

  it('puts line events before zone events of the same frame', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const zone = new PolygonZone({ polygon: [[0, 308], [960, 308], [960, 540], [0, 540]], name: 'below' });
      const source = cold('a-b-c-|', { a: item(1, [{ x: 100, y: 294 }]), b: item(2, [{ x: 100, y: 300 }]), c: item(3, [{ x: 100, y: 306 }]) });
      expectObservable(source.pipe(analyze({ lines: [horizontal()], zones: [zone] }))).toBe('a-b-c-|', {
        a: expect.objectContaining({ events: [] }),
        b: expect.objectContaining({ events: [] }),
        c: expect.objectContaining({
          events: [
            { type: 'line_crossed', ...fields(3, 1), line: 'road', direction: 'out' },
            { type: 'zone_entered', ...fields(3, 1), zone: 'below' },
          ],
        }),
      });
    });
  });

  it('keeps the tracks of two sources apart (one tracker per source)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      // Source 0's car goes down over the line, source 1's goes up over it, at the same place.
      const source = cold('a-b-c-d-e-f-|', {
        a: item(1, [{ x: 100, y: 294 }], 0),
        b: item(1, [{ x: 100, y: 306 }], 1),
        c: item(2, [{ x: 100, y: 300 }], 0),
        d: item(2, [{ x: 100, y: 300 }], 1),
        e: item(3, [{ x: 100, y: 306 }], 0),
        f: item(3, [{ x: 100, y: 294 }], 1),
      });
      const events = (e: unknown[]) => expect.objectContaining({ events: e });
      expectObservable(source.pipe(analyze({ lines: [horizontal()] }))).toBe('a-b-c-d-e-f-|', {
        a: events([]),
        b: events([]),
        c: events([]),
        d: events([]),
        e: events([{ type: 'line_crossed', ...fields(3, 1, 0), line: 'road', direction: 'out' }]),
        f: events([{ type: 'line_crossed', ...fields(3, 1, 1), line: 'road', direction: 'in' }]),
      });
    });
  });

  it('tracking false leaves untracked predictions uncounted', () => {
    newScheduler().run(({ cold, expectObservable, flush }) => {
      const line = horizontal();
      const source = cold('a-b-|', { a: item(1, [{ x: 100, y: 298 }]), b: item(2, [{ x: 100, y: 306 }]) });
      expectObservable(source.pipe(analyze({ tracking: false, lines: [line] }))).toBe('a-b-|', {
        a: expect.objectContaining({ events: [] }),
        b: expect.objectContaining({ events: [] }),
      });
      flush();
      expect(line.outCount).toBe(0);
    });
  });

  it('a user function that throws inside a zone becomes an error notification', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const zone = new PolygonZone({ polygon: [[0, 0], [10, 0], [10, 10]] });
      zone.trigger = () => {
        throw new Error('broken zone');
      };
      const source = cold('a-|', { a: item(1, [{ x: 5, y: 5 }]) });
      expectObservable(source.pipe(analyze({ zones: [zone] }))).toBe('#', undefined, new Error('broken zone'));
    });
  });
});

describe('analyticsCounts and wantsAnalytics', () => {
  it('snapshots the counts of lines and zones', () => {
    const line = horizontal();
    line.trigger(item(1, [{ x: 100, y: 290, tracker_id: 4 }]).predictions as never);
    line.trigger(item(2, [{ x: 100, y: 310, tracker_id: 4 }]).predictions as never);
    const zone = new PolygonZone({ polygon: [[0, 0], [960, 0], [960, 540], [0, 540]], name: 'all' });
    zone.trigger(item(1, [{ x: 5, y: 5 }, { x: 50, y: 50 }]).predictions);
    expect(analyticsCounts([line], [zone])).toEqual({
      lines: [{ name: 'road', in: 0, out: 1, inPerClass: {}, outPerClass: { car: 1 } }],
      zones: [{ name: 'all', currentCount: 2 }],
    });
  });

  it('is on for tracking, lines or zones only', () => {
    expect(wantsAnalytics({})).toBe(false);
    expect(wantsAnalytics({ tracking: false, lines: [] })).toBe(false);
    expect(wantsAnalytics({ tracking: true })).toBe(true);
    expect(wantsAnalytics({ lines: [horizontal()] })).toBe(true);
  });
});
