import { describe, expect, it } from 'vitest';
import { TestScheduler } from 'rxjs/testing';
import { map } from 'rxjs';
import { track } from './track.js';
import { item } from '../../test/items.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
const ids = map((i: { predictions: { predictions: Array<{ tracker_id: number }> } }) => i.predictions.predictions.map((p) => p.tracker_id).join(',') || '-');

describe('track', () => {
  it('keeps the id of a track lost for fewer frames than the buffer and found again', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-e-|', {
        a: item(1, [{ x: 100, y: 290 }]),
        b: item(2, [{ x: 100, y: 294 }]),
        c: item(3, []),
        d: item(4, []),
        e: item(5, [{ x: 100, y: 300 }]),
      });
      expectObservable(source.pipe(track(), ids)).toBe('a-b-c-d-e-|', { a: '1', b: '1', c: '-', d: '-', e: '1' });
    });
  });

  it('gives a track that starts after the first frame its id from its second frame on (as supervision)', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-|', {
        a: item(1, [{ x: 100, y: 100 }]),
        b: item(2, [{ x: 100, y: 100 }, { x: 500, y: 400 }]),
        c: item(3, [{ x: 100, y: 100 }, { x: 500, y: 400 }]),
      });
      expectObservable(source.pipe(track(), ids)).toBe('a-b-c-|', { a: '1', b: '1', c: '1,2' });
    });
  });

  it('keeps one tracker per source, so two sources never share ids', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-|', {
        a: item(1, [{ x: 100, y: 100 }], 0),
        b: item(1, [{ x: 700, y: 400 }], 1),
        c: item(2, [{ x: 102, y: 100 }], 0),
        d: item(2, [{ x: 700, y: 402 }], 1),
      });
      expectObservable(source.pipe(track(), ids)).toBe('a-b-c-d-|', { a: '1', b: '1', c: '1', d: '1' });
    });
  });

  it('drops a lost track one frame after the buffer is over (as supervision): it comes back with a new id', () => {
    newScheduler().run(({ cold, expectObservable }) => {
      const source = cold('a-b-c-d-e-f-|', {
        a: item(1, [{ x: 100, y: 100 }]),
        b: item(2, []),
        c: item(3, []),
        d: item(4, []),
        e: item(5, [{ x: 100, y: 100 }]),
        f: item(6, [{ x: 100, y: 100 }]),
      });
      // lostTrackBuffer 1 at 30 fps: removed in frame 3, out of the lost list in frame 4. The box in
      // frame 5 starts a new track, confirmed (and given id 2) in frame 6.
      expectObservable(source.pipe(track({ lostTrackBuffer: 1, frameRate: 30 }), ids)).toBe('a-b-c-d-e-f-|', {
        a: '1',
        b: '-',
        c: '-',
        d: '-',
        e: '-',
        f: '2',
      });
    });
  });
});
